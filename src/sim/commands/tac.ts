// tac: concatenate and print files with their records (lines by default) in reverse order (GNU
// coreutils 9.1). Records end with the separator, or begin with it under -b; -s sets a separator
// string. Regular-expression separators (-r) are not simulated.

import { defineCommand } from './command.ts';
import type { CommandContext } from './context.ts';
import { Unsupported } from './context.ts';
import { Errno } from '../kernel/errors.ts';
import type { InputReader } from '../io/input-reader.ts';
import { RegularFileDescription } from '../fs/open-file.ts';
import { quoteAlways, quoteName } from '../text/quote.ts';
import { COPY_US_PER_BYTE, SCAN_US_PER_BYTE } from '../kernel/cost-model.ts';
import { ByteBuilder, utf8Bytes } from './text-byte-builder.ts';
import { coreutilsVersion } from './text-version.ts';

const HELP = `Usage: tac [OPTION]... [FILE]...
Write each FILE to standard output, last line first.

With no FILE, or when FILE is -, read standard input.

Mandatory arguments to long options are mandatory for short options too.
  -b, --before             attach the separator before instead of after
  -r, --regex              interpret the separator as a regular expression
  -s, --separator=STRING   use STRING as the separator instead of newline
      --help        display this help and exit
      --version     output version information and exit

`;

export const tac = defineCommand({
  name: 'tac',
  summary: 'concatenate and print files in reverse',
  help: HELP,
  async run(ctx) {
    const { options, operands } = ctx.parse([
      { short: 'b', long: 'before' },
      { short: 'r', long: 'regex' },
      { short: 's', long: 'separator', arg: 'required' },
      { long: 'version' },
    ]);
    let before = false;
    let separator = utf8Bytes('\n');
    for (const { key, value, spelled } of options) {
      if (key === 'before') before = true;
      else if (key === 'regex') throw new Unsupported(spelled);
      // An empty separator is GNU tac's NUL byte (it copies the string's terminator).
      else if (key === 'separator') separator = value === '' ? new Uint8Array(1) : utf8Bytes(value!);
      else if (key === 'version') {
        await ctx.stdout.write(coreutilsVersion('tac', 'Written by Jay Lepreau and David MacKenzie.'));
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
        await ctx.error(`failed to open ${quoteAlways(file)} for reading: ${error.message}`);
        status = 1;
        continue;
      }
      try {
        // GNU tac seeks to the end first, which a directory on ext4 refuses with EINVAL.
        if (reader.description.kind === 'directory') throw new Errno('EINVAL');
        // GNU tac reads a seekable input backwards from its end, which leaves the offset where it
        // started: `tac - - < file` prints the file twice.
        const description = reader.description;
        const start = description instanceof RegularFileDescription ? description.offset : -1;
        const data = await reader.readAll();
        if (description instanceof RegularFileDescription) description.offset = start;
        await ctx.tick(data.length * SCAN_US_PER_BYTE);
        await reverseRecords(ctx, data, separator, before);
      } catch (error) {
        if (!(error instanceof Errno)) throw error;
        await ctx.error(`${quoteName(file === '-' ? 'standard input' : file)}: read error: ${error.message}`);
        status = 1;
      } finally {
        ctx.closeInput(reader);
      }
    }
    return status;
  },
});

/** Writes the records of `data` last first, searching backwards for non-overlapping separators. */
async function reverseRecords(ctx: CommandContext, data: Uint8Array, separator: Uint8Array, before: boolean): Promise<void> {
  const length = separator.length;
  const out = new ByteBuilder(Math.min(data.length, 65536) + 16);
  let end = data.length;
  let limit = data.length - length;
  for (;;) {
    const match = lastMatch(data, separator, limit);
    const start = match < 0 ? 0 : before ? match : match + length;
    out.append(data, start, end);
    if (out.length >= 65536) {
      await ctx.tick(out.length * COPY_US_PER_BYTE);
      await ctx.stdout.write(out.take());
    }
    if (match < 0) break;
    end = start;
    limit = match - length;
  }
  await ctx.stdout.write(out.take());
}

/** The last position at or before `limit` where `separator` occurs, or -1. */
function lastMatch(data: Uint8Array, separator: Uint8Array, limit: number): number {
  if (limit < 0) return -1;
  const first = separator[0];
  for (let at = data.lastIndexOf(first, limit); at >= 0; at = at === 0 ? -1 : data.lastIndexOf(first, at - 1)) {
    let k = 1;
    while (k < separator.length && data[at + k] === separator[k]) k++;
    if (k === separator.length) return at;
  }
  return -1;
}
