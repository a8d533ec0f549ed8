// expand: convert tabs to spaces (GNU coreutils 9.1), with tab stop lists and -i (initial blanks
// only). Like GNU expand it is byte-oriented, and all inputs form one stream: a line may continue
// from one file into the next.

import { defineCommand } from './command.ts';
import { Errno } from '../kernel/errors.ts';
import type { InputReader } from '../io/input-reader.ts';
import { quoteName } from '../text/quote.ts';
import { SCAN_US_PER_BYTE, SYSCALL_US } from '../kernel/cost-model.ts';
import { TabStopError, TabStops } from './expand-tabs.ts';
import { ByteBuilder } from './text-byte-builder.ts';
import { coreutilsVersion } from './text-version.ts';

const HELP = `Usage: expand [OPTION]... [FILE]...
Convert tabs in each FILE to spaces, writing to standard output.

With no FILE, or when FILE is -, read standard input.

Mandatory arguments to long options are mandatory for short options too.
  -i, --initial    do not convert tabs after non blanks
  -t, --tabs=N     have tabs N characters apart, not 8
  -t, --tabs=LIST  use comma separated list of tab positions.
                     The last specified position can be prefixed with '/'
                     to specify a tab size to use after the last
                     explicitly specified tab stop.  Also a prefix of '+'
                     can be used to align remaining tab stops relative to
                     the last specified tab stop instead of the first column
      --help        display this help and exit
      --version     output version information and exit

`;

export const expand = defineCommand({
  name: 'expand',
  summary: 'convert tabs to spaces',
  help: HELP,
  async run(ctx) {
    const { options, operands } = ctx.parse([
      { short: 'i', long: 'initial' },
      { short: 't', long: 'tabs', arg: 'required' },
      { long: 'version' },
      // The obsolete -NUM: each digit is an option whose optional argument holds the other digits.
      ...'0123456789'.split('').map((d) => ({ short: d, arg: 'optional' as const, key: 'digit' })),
    ]);
    let initialOnly = false;
    const stops = new TabStops();
    try {
      for (const { key, value, spelled } of options) {
        if (key === 'initial') initialOnly = true;
        else if (key === 'tabs') stops.parse(value!);
        else if (key === 'digit') stops.parse(spelled.slice(1) + (value ?? ''));
        else if (key === 'version') {
          await ctx.stdout.write(coreutilsVersion('expand', 'Written by David MacKenzie.'));
          return 0;
        }
      }
      stops.finish();
    } catch (error) {
      if (!(error instanceof TabStopError)) throw error;
      for (const message of error.messages) await ctx.error(message);
      return 1;
    }
    let status = 0;
    // The line state runs on across files, as GNU expand reads them as one stream.
    let column = 0;
    const tab = { index: 0 };
    let convert = true;
    for (const file of operands.length > 0 ? operands : ['-']) {
      let reader: InputReader;
      try {
        reader = await ctx.openInput(file);
      } catch (error) {
        if (!(error instanceof Errno)) throw error;
        await ctx.fileError(file, error);
        status = 1;
        continue;
      }
      try {
        for (;;) {
          const chunk = await reader.read();
          if (chunk.length === 0) break;
          await ctx.tick(SYSCALL_US + chunk.length * SCAN_US_PER_BYTE);
          const out = new ByteBuilder(chunk.length * 2 + 64);
          for (let i = 0; i < chunk.length; i++) {
            let c = chunk[i];
            if (convert) {
              if (c === 0x09) {
                let next = stops.next(column, tab);
                if (next < 0) next = column + 1;
                out.reserve(next - column);
                while (++column < next) out.push(0x20);
                c = 0x20;
              } else if (c === 0x08) {
                // Back one column, and look for the next tab stop again.
                if (column > 0) column--;
                if (tab.index > 0) tab.index--;
              } else column++;
              convert = !initialOnly || c === 0x20 || c === 0x09;
            }
            out.push(c);
            if (c === 0x0a) {
              column = 0;
              tab.index = 0;
              convert = true;
            }
          }
          await ctx.stdout.write(out.take());
        }
      } catch (error) {
        if (!(error instanceof Errno)) throw error;
        await ctx.error(`${quoteName(file)}: ${error.message}`);
        status = 1;
      } finally {
        ctx.closeInput(reader);
      }
    }
    return status;
  },
});
