// fold: wrap each input line to fit a width (GNU coreutils 9.1). Like GNU fold, it counts bytes as
// columns (no multibyte support), except that backspace, carriage return and tab move the column;
// -b counts every byte as one column, -s breaks after the last blank.

import { defineCommand } from './command.ts';
import type { CommandContext } from './context.ts';
import { Errno } from '../kernel/errors.ts';
import type { InputReader } from '../io/input-reader.ts';
import { quoteName } from '../text/quote.ts';
import { SCAN_US_PER_BYTE, SYSCALL_US } from '../kernel/cost-model.ts';
import { parseNumber } from './text-count-argument.ts';
import { ByteBuilder } from './text-byte-builder.ts';
import { coreutilsVersion } from './text-version.ts';

const HELP = `Usage: fold [OPTION]... [FILE]...
Wrap input lines in each FILE, writing to standard output.

With no FILE, or when FILE is -, read standard input.

Mandatory arguments to long options are mandatory for short options too.
  -b, --bytes         count bytes rather than columns
  -s, --spaces        break at spaces
  -w, --width=WIDTH   use WIDTH columns instead of 80
      --help        display this help and exit
      --version     output version information and exit

`;

const TAB_WIDTH = 8;

interface FoldOptions {
  width: number;
  bytes: boolean;
  spaces: boolean;
}

export const fold = defineCommand({
  name: 'fold',
  summary: 'wrap each input line to fit in specified width',
  help: HELP,
  async run(ctx) {
    const { options, operands } = ctx.parse([
      { short: 'b', long: 'bytes' },
      { short: 's', long: 'spaces' },
      { short: 'w', long: 'width', arg: 'required' },
      { long: 'version' },
      // The obsolete -NUM: each digit is an option whose optional argument holds the other digits.
      ...'0123456789'.split('').map((d) => ({ short: d, arg: 'optional' as const, key: 'digit' })),
    ]);
    const opts: FoldOptions = { width: 80, bytes: false, spaces: false };
    for (const { key, value, spelled } of options) {
      if (key === 'bytes') opts.bytes = true;
      else if (key === 'spaces') opts.spaces = true;
      else if (key === 'width' || key === 'digit') {
        const text = key === 'digit' ? spelled.slice(1) + (value ?? '') : value!;
        const parsed = parseNumber(text, 'invalid number of columns', { min: 1n, max: 2n ** 64n - 1n - 9n });
        if (parsed.error !== undefined) {
          await ctx.error(parsed.error);
          return 1;
        }
        opts.width = Number(parsed.value);
      } else if (key === 'version') {
        await ctx.stdout.write(coreutilsVersion('fold', 'Written by David MacKenzie.'));
        return 0;
      }
    }
    let status = 0;
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
        await foldStream(ctx, reader, opts);
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

async function foldStream(ctx: CommandContext, reader: InputReader, opts: FoldOptions): Promise<void> {
  const { width, bytes: countBytes, spaces } = opts;
  const advance = (column: number, c: number): number => {
    if (countBytes) return column + 1;
    if (c === 0x08) return column > 0 ? column - 1 : 0;
    if (c === 0x0d) return 0;
    if (c === 0x09) return column + TAB_WIDTH - (column % TAB_WIDTH);
    return column + 1;
  };
  // The line being built, held until it ends or overflows.
  let line = new Uint8Array(256);
  let length = 0;
  let column = 0;
  for (;;) {
    const chunk = await reader.read();
    if (chunk.length === 0) break;
    await ctx.tick(SYSCALL_US + chunk.length * SCAN_US_PER_BYTE);
    const out = new ByteBuilder(chunk.length + chunk.length / 8 + 64);
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i];
      if (length + 1 >= line.length) {
        const grown = new Uint8Array(line.length * 2);
        grown.set(line);
        line = grown;
      }
      if (c === 0x0a) {
        line[length++] = c;
        out.append(line, 0, length);
        length = column = 0;
        continue;
      }
      for (;;) {
        column = advance(column, c);
        if (column <= width) {
          line[length++] = c;
          break;
        }
        // This character would make the line too long.
        if (spaces) {
          let blank = length - 1;
          while (blank >= 0 && line[blank] !== 0x20 && line[blank] !== 0x09) blank--;
          if (blank >= 0) {
            // Break after the last blank and carry the rest over to the next line.
            const end = blank + 1;
            out.append(line, 0, end);
            out.push(0x0a);
            line.copyWithin(0, end, length);
            length -= end;
            column = 0;
            for (let k = 0; k < length; k++) column = advance(column, line[k]);
            continue;
          }
        }
        if (length === 0) {
          line[length++] = c;
          break;
        }
        line[length++] = 0x0a;
        out.append(line, 0, length);
        length = column = 0;
      }
    }
    await ctx.stdout.write(out.take());
  }
  if (length > 0) await ctx.stdout.write(line.slice(0, length));
}
