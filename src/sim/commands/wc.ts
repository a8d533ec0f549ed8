// wc: count lines, words, characters, bytes and the longest line's width (GNU coreutils 9.1),
// with GNU's column widths: they come from the total size of the regular files named (7 when an
// input is not a regular file, 1 when only one count of one input is printed).

import { defineCommand } from './command.ts';
import type { CommandContext } from './context.ts';
import { Unsupported } from './context.ts';
import { Errno } from '../kernel/errors.ts';
import type { InputReader } from '../io/input-reader.ts';
import { RegularFileDescription } from '../fs/open-file.ts';
import { quoteName } from '../text/quote.ts';
import { SCAN_US_PER_BYTE, SYSCALL_US } from '../kernel/cost-model.ts';
import { type Counts, WordCounter } from './wc-count.ts';
import { coreutilsVersion } from './text-version.ts';
import { countByte } from './text-count-lines.ts';

const HELP = `Usage: wc [OPTION]... [FILE]...
  or:  wc [OPTION]... --files0-from=F
Print newline, word, and byte counts for each FILE, and a total line if
more than one FILE is specified.  A word is a non-zero-length sequence of
printable characters delimited by white space.

With no FILE, or when FILE is -, read standard input.

The options below may be used to select which counts are printed, always in
the following order: newline, word, character, byte, maximum line length.
  -c, --bytes            print the byte counts
  -m, --chars            print the character counts
  -l, --lines            print the newline counts
      --files0-from=F    read input from the files specified by
                           NUL-terminated names in file F;
                           If F is - then read names from standard input
  -L, --max-line-length  print the maximum display width
  -w, --words            print the word counts
      --help        display this help and exit
      --version     output version information and exit

`;

type Field = 'lines' | 'words' | 'chars' | 'bytes' | 'maxLength';

const ORDER: readonly Field[] = ['lines', 'words', 'chars', 'bytes', 'maxLength'];

export const wc = defineCommand({
  name: 'wc',
  summary: 'print newline, word, and byte counts for each file',
  help: HELP,
  async run(ctx) {
    const { options, operands } = ctx.parse([
      { short: 'c', long: 'bytes' },
      { short: 'm', long: 'chars' },
      { short: 'l', long: 'lines' },
      { long: 'files0-from', arg: 'required' },
      { short: 'L', long: 'max-line-length' },
      { short: 'w', long: 'words' },
      { long: 'version' },
    ]);
    const wanted = new Set<Field>();
    for (const { key, spelled } of options) {
      if (key === 'bytes') wanted.add('bytes');
      else if (key === 'chars') wanted.add('chars');
      else if (key === 'lines') wanted.add('lines');
      else if (key === 'words') wanted.add('words');
      else if (key === 'max-line-length') wanted.add('maxLength');
      else if (key === 'files0-from') throw new Unsupported(spelled);
      else if (key === 'version') {
        await ctx.stdout.write(coreutilsVersion('wc', 'Written by Paul Rubin and David MacKenzie.'));
        return 0;
      }
    }
    if (wanted.size === 0) ['lines', 'words', 'bytes'].forEach((f) => wanted.add(f as Field));
    const fields = ORDER.filter((f) => wanted.has(f));
    const files = operands.length > 0 ? operands : [null];
    const width = numberWidth(ctx, files, fields.length);
    const format = (counts: Counts, name: string | null): string => {
      const numbers = fields.map((f) => String(counts[f]).padStart(width)).join(' ');
      return name === null ? `${numbers}\n` : `${numbers} ${name.includes('\n') ? quoteName(name) : name}\n`;
    };
    const total: Counts = { lines: 0, words: 0, chars: 0, bytes: 0, maxLength: 0 };
    let status = 0;
    for (const file of files) {
      if (file === '') {
        await ctx.error('invalid zero-length file name');
        status = 1;
        continue;
      }
      let reader: InputReader;
      try {
        reader = await ctx.openInput(file ?? '-');
      } catch (error) {
        if (!(error instanceof Errno)) throw error;
        await ctx.fileError(file!, error);
        status = 1;
        continue;
      }
      let counts: Counts;
      try {
        counts = await count(ctx, reader, wanted);
      } catch (error) {
        if (!(error instanceof Errno)) throw error;
        // Like GNU wc, a read error still prints the (zero) counts.
        await ctx.error(`${quoteName(file ?? 'standard input')}: ${error.message}`);
        status = 1;
        counts = { lines: 0, words: 0, chars: 0, bytes: 0, maxLength: 0 };
      } finally {
        ctx.closeInput(reader);
      }
      await ctx.stdout.write(format(counts, file));
      for (const f of ORDER) total[f] = f === 'maxLength' ? Math.max(total[f], counts[f]) : total[f] + counts[f];
    }
    if (files.length > 1) await ctx.stdout.write(format(total, 'total'));
    return status;
  },
});

/** compute_number_width: digits of the regular files' total size, at least 7 if one is not regular. */
function numberWidth(ctx: CommandContext, files: (string | null)[], fieldCount: number): number {
  if (files.length === 1 && fieldCount === 1) return 1;
  const sizes: (number | 'other' | 'failed')[] = files.map((file) => {
    if (file === null || file === '-') {
      const description = ctx.stdin.description;
      return description instanceof RegularFileDescription ? description.inode.size : 'other';
    }
    try {
      const inode = ctx.lookup(file);
      return inode.type === 'file' ? inode.size : 'other';
    } catch {
      return 'failed';
    }
  });
  if (sizes[0] === 'failed') return 1;
  let minimum = 1;
  let regular = 0;
  for (const size of sizes) {
    if (size === 'other') minimum = 7;
    else if (size !== 'failed') regular += size;
  }
  return Math.max(minimum, String(regular).length);
}

async function count(ctx: CommandContext, reader: InputReader, wanted: Set<Field>): Promise<Counts> {
  const counts: Counts = { lines: 0, words: 0, chars: 0, bytes: 0, maxLength: 0 };
  const description = reader.description;
  const complicated = wanted.has('words') || wanted.has('chars') || wanted.has('maxLength');
  if (!complicated && !wanted.has('lines') && description instanceof RegularFileDescription) {
    // Only bytes of a regular file: its size, without reading it.
    await ctx.tick(SYSCALL_US);
    counts.bytes = Math.max(0, description.inode.size - description.offset);
    return counts;
  }
  if (!complicated) {
    for (;;) {
      const chunk = await reader.read();
      if (chunk.length === 0) return counts;
      await ctx.tick(SYSCALL_US + chunk.length * SCAN_US_PER_BYTE);
      counts.bytes += chunk.length;
      if (wanted.has('lines')) counts.lines += countByte(chunk, 0x0a);
    }
  }
  const counter = new WordCounter();
  for (;;) {
    const chunk = await reader.read();
    if (chunk.length === 0) return counter.finish();
    await ctx.tick(SYSCALL_US + chunk.length * SCAN_US_PER_BYTE);
    counter.add(chunk);
  }
}
