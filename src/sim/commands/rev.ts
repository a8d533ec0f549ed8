// rev: reverse the characters of each line (util-linux 2.38.1). Lines are decoded as UTF-8 (rev
// works on wide characters); invalid input stops the file with fgetws's error and the line count.

import { defineCommand } from './command.ts';
import { Errno } from '../kernel/errors.ts';
import type { InputReader } from '../io/input-reader.ts';
import { SCAN_US_PER_BYTE, SYSCALL_US } from '../kernel/cost-model.ts';
import { lineBlocks } from './text-line-blocks.ts';
import { utilLinuxVersion } from './text-version.ts';

const HELP = `Usage: rev [options] [file ...]

Reverse lines characterwise.

Options:
 -h, --help     display this help
 -V, --version  display version

For more details see rev(1).
`;

const strict = new TextDecoder('utf-8', { fatal: true });

export const rev = defineCommand({
  name: 'rev',
  summary: 'reverse lines characterwise',
  help: HELP,
  async run(ctx) {
    const { options, operands } = ctx.parse([{ short: 'V', long: 'version' }, { short: 'h' }]);
    for (const { key } of options) {
      if (key === 'version') {
        await ctx.stdout.write(utilLinuxVersion('rev'));
        return 0;
      }
      if (key === 'h') {
        await ctx.printHelp(HELP);
        return 0;
      }
    }
    let status = 0;
    // util-linux rev reads standard input only without operands: "-" is a file name to it.
    for (const file of operands.length > 0 ? operands : [null]) {
      let reader: InputReader;
      try {
        reader = file === null ? ctx.stdin : await ctx.openInput(file === '-' ? './-' : file);
      } catch (error) {
        if (!(error instanceof Errno)) throw error;
        await ctx.error(`cannot open ${file}: ${error.message}`);
        status = 1;
        continue;
      }
      const name = file ?? 'stdin';
      let lines = 0;
      try {
        for await (const block of lineBlocks(reader)) {
          await ctx.tick(SYSCALL_US + block.length * SCAN_US_PER_BYTE);
          const { text, count, failed } = reverseBlock(block);
          await ctx.stdout.write(text);
          lines += count;
          if (failed) {
            await ctx.error(`${name}: ${lines}: Invalid or incomplete multibyte or wide character`);
            status = 1;
            break;
          }
        }
      } catch (error) {
        if (!(error instanceof Errno)) throw error;
        await ctx.error(`${name}: ${lines}: ${error.message}`);
        status = 1;
      } finally {
        if (file !== null) ctx.closeInput(reader);
      }
    }
    return status;
  },
});

/** The block's lines reversed, up to the first line that is not valid UTF-8. */
function reverseBlock(block: Uint8Array): { text: Uint8Array; count: number; failed: boolean } {
  let valid = block.length;
  try {
    strict.decode(block);
  } catch {
    // Find the first bad line: the ones before it are still printed.
    valid = 0;
    while (valid < block.length) {
      let end = block.indexOf(0x0a, valid);
      end = end < 0 ? block.length : end + 1;
      try {
        strict.decode(block.subarray(valid, end));
      } catch {
        break;
      }
      valid = end;
    }
  }
  const out = new Uint8Array(valid);
  let count = 0;
  let start = 0;
  while (start < valid) {
    let end = block.indexOf(0x0a, start);
    if (end < 0 || end >= valid) end = valid;
    // Copy characters from the last one back: a character starts at a byte that is not 10xxxxxx.
    let at = start;
    for (let i = end - 1; i >= start; ) {
      let first = i;
      while (first > start && (block[first] & 0xc0) === 0x80) first--;
      for (let k = first; k <= i; k++) out[at++] = block[k];
      i = first - 1;
    }
    if (end < valid) out[at] = 0x0a;
    count++;
    start = end + 1;
  }
  return { text: out, count, failed: valid < block.length };
}
