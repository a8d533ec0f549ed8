// tr: translate, squeeze and/or delete bytes of standard input (GNU coreutils 9.1). Works on
// bytes like GNU tr: a multibyte character in a set stands for its separate bytes.

import { defineCommand } from './command.ts';
import type { CommandContext } from './context.ts';
import { SCAN_US_PER_BYTE, SYSCALL_US } from '../kernel/cost-model.ts';
import { Errno } from '../kernel/errors.ts';
import { UsageError } from './getopt.ts';
import { quoteLocale } from '../text/quote.ts';
import { utf8Bytes } from './text-byte-builder.ts';
import { coreutilsVersion } from './text-version.ts';
import { TrError, parseSpec } from './tr-sets.ts';
import { SpecList, translationTable, validate } from './tr-plan.ts';

const HELP = `Usage: tr [OPTION]... STRING1 [STRING2]
Translate, squeeze, and/or delete characters from standard input,
writing to standard output.  STRING1 and STRING2 specify arrays of
characters ARRAY1 and ARRAY2 that control the action.

  -c, -C, --complement    use the complement of ARRAY1
  -d, --delete            delete characters in ARRAY1, do not translate
  -s, --squeeze-repeats   replace each sequence of a repeated character
                            that is listed in the last specified ARRAY,
                            with a single occurrence of that character
  -t, --truncate-set1     first truncate ARRAY1 to length of ARRAY2
      --help        display this help and exit
      --version     output version information and exit

ARRAYs are specified as strings of characters.  Most represent themselves.
Interpreted sequences are:

  \\NNN            character with octal value NNN (1 to 3 octal digits)
  \\\\              backslash
  \\a              audible BEL
  \\b              backspace
  \\f              form feed
  \\n              new line
  \\r              return
  \\t              horizontal tab
  \\v              vertical tab
  CHAR1-CHAR2     all characters from CHAR1 to CHAR2 in ascending order
  [CHAR*]         in ARRAY2, copies of CHAR until length of ARRAY1
  [CHAR*REPEAT]   REPEAT copies of CHAR, REPEAT octal if starting with 0
  [:alnum:]       all letters and digits
  [:alpha:]       all letters
  [:blank:]       all horizontal whitespace
  [:cntrl:]       all control characters
  [:digit:]       all digits
  [:graph:]       all printable characters, not including space
  [:lower:]       all lower case letters
  [:print:]       all printable characters, including space
  [:punct:]       all punctuation characters
  [:space:]       all horizontal or vertical whitespace
  [:upper:]       all upper case letters
  [:xdigit:]      all hexadecimal digits
  [=CHAR=]        all characters which are equivalent to CHAR

Translation occurs if -d is not given and both STRING1 and STRING2 appear.
-t may be used only when translating.  ARRAY2 is extended to length of
ARRAY1 by repeating its last character as necessary.  Excess characters
of ARRAY2 are ignored.  Character classes expand in unspecified order;
while translating, [:lower:] and [:upper:] may be used in pairs to
specify case conversion.  Squeezing occurs after translation or deletion.

`;

interface Filter {
  /** Byte to byte map applied first (identity when not translating). */
  xlate: Uint8Array | null;
  remove: Uint8Array | null;
  squeeze: Uint8Array | null;
}

export const tr = defineCommand({
  name: 'tr',
  summary: 'translate or delete characters',
  help: HELP,
  // tr stops at its first operand, so `tr a --help` translates 'a' to "--help".
  answersHelp: false,
  async run(ctx) {
    const { options, operands } = ctx.parse(
      [
        { short: 'A' },
        { short: 'c', long: 'complement' },
        { short: 'C', key: 'complement' },
        { short: 'd', long: 'delete' },
        { short: 's', long: 'squeeze-repeats' },
        { short: 't', long: 'truncate-set1' },
        { long: 'help' },
        { long: 'version' },
      ],
      { stopAtOperand: true },
    );
    let complement = false;
    let remove = false;
    let squeeze = false;
    let truncate = false;
    for (const { key } of options) {
      if (key === 'complement') complement = true;
      else if (key === 'delete') remove = true;
      else if (key === 'squeeze-repeats') squeeze = true;
      else if (key === 'truncate-set1') truncate = true;
      else if (key === 'help') {
        await ctx.printHelp(HELP);
        return 0;
      } else if (key === 'version') {
        await ctx.stdout.write(coreutilsVersion('tr', 'Written by Jim Meyering.'));
        return 0;
      }
      // -A (undocumented) selects the C locale, which for bytes is what C.UTF-8 gives already.
    }
    const count = operands.length;
    const translating = count === 2 && !remove;
    const minOperands = 1 + (remove === squeeze ? 1 : 0);
    const maxOperands = 1 + (Number(remove) <= Number(squeeze) ? 1 : 0);
    if (count < minOperands) {
      if (count === 0) throw new UsageError('missing operand');
      await ctx.error(`missing operand after ${quoteLocale(operands[count - 1])}`);
      await ctx.stderr.write(squeeze ? 'Two strings must be given when both deleting and squeezing repeats.\n' : 'Two strings must be given when translating.\n');
      throw new UsageError('');
    }
    if (count > maxOperands) {
      await ctx.error(`extra operand ${quoteLocale(operands[maxOperands])}`);
      if (count === 2) await ctx.stderr.write('Only one string may be given when deleting without squeezing repeats.\n');
      throw new UsageError('');
    }
    let filter: Filter;
    // Warnings about odd escapes come before any error, as GNU prints them while parsing.
    const warnings: string[] = [];
    const warn = (message: string): void => void warnings.push(message);
    try {
      const s1 = new SpecList(parseSpec(utf8Bytes(operands[0]), warn));
      const s2 = count === 2 ? new SpecList(parseSpec(utf8Bytes(operands[1]), warn)) : null;
      validate(s1, s2, { complement, truncate, translating });
      if (squeeze && count === 1) filter = { xlate: null, remove: null, squeeze: s1.members(complement) };
      else if (remove && count === 1) filter = { xlate: null, remove: s1.members(complement), squeeze: null };
      else if (squeeze && remove) filter = { xlate: null, remove: s1.members(complement), squeeze: s2!.members() };
      else filter = { xlate: translationTable(s1, s2!, complement), remove: null, squeeze: squeeze ? s2!.members() : null };
    } catch (error) {
      if (!(error instanceof TrError)) throw error;
      for (const message of warnings) await ctx.error(message);
      await ctx.error(error.message);
      return 1;
    }
    for (const message of warnings) await ctx.error(message);
    try {
      await run(ctx, filter);
    } catch (error) {
      if (!(error instanceof Errno)) throw error;
      await ctx.stdout.flush();
      await ctx.error(`read error: ${error.message}`);
      return 1;
    }
    return 0;
  },
});

async function run(ctx: CommandContext, filter: Filter): Promise<void> {
  const { xlate, remove, squeeze } = filter;
  // The previous byte written, carried across reads so runs split between two reads still squeeze.
  const state = { previous: -1 };
  for (;;) {
    const chunk = await ctx.stdin.read();
    if (chunk.length === 0) break;
    await ctx.tick(SYSCALL_US + chunk.length * SCAN_US_PER_BYTE);
    const out = squeeze !== null ? squeezeBytes(chunk, remove, xlate, squeeze, state) : remove !== null ? deleteBytes(chunk, remove) : translate(chunk, xlate!);
    if (out.length > 0) await ctx.stdout.write(out);
  }
}

// The loops live in small synchronous functions, which V8 optimizes better than a loop inside the
// async reader.

function deleteBytes(chunk: Uint8Array, remove: Uint8Array): Uint8Array {
  const out = new Uint8Array(chunk.length);
  let n = 0;
  for (let i = 0; i < chunk.length; i++) {
    const c = chunk[i];
    if (remove[c] === 0) out[n++] = c;
  }
  return out.subarray(0, n);
}

/** Deletion and translation first (either may be absent), then squeezing. */
function squeezeBytes(chunk: Uint8Array, remove: Uint8Array | null, xlate: Uint8Array | null, squeeze: Uint8Array, state: { previous: number }): Uint8Array {
  const removed = remove ?? NOTHING;
  const map = xlate ?? IDENTITY;
  const out = new Uint8Array(chunk.length);
  let n = 0;
  let previous = state.previous;
  for (let i = 0; i < chunk.length; i++) {
    const b = chunk[i];
    if (removed[b] === 1) continue;
    const c = map[b];
    if (c === previous && squeeze[c] === 1) continue;
    out[n++] = c;
    previous = c;
  }
  state.previous = previous;
  return out.subarray(0, n);
}

const NOTHING = new Uint8Array(256);
const IDENTITY = Uint8Array.from({ length: 256 }, (_, i) => i);

/** The chunk mapped through the table, four bytes at a time where the alignment allows. */
function translate(chunk: Uint8Array, xlate: Uint8Array): Uint8Array {
  const length = chunk.length;
  // Give the output the input's alignment so both can be read and written as 32-bit words.
  const skew = chunk.byteOffset & 3;
  const out = new Uint8Array(new ArrayBuffer(length + skew), skew, length);
  const head = Math.min(length, (4 - skew) & 3);
  for (let i = 0; i < head; i++) out[i] = xlate[chunk[i]];
  const words = (length - head) >> 2;
  const input = new Uint32Array(chunk.buffer, chunk.byteOffset + head, words);
  const output = new Uint32Array(out.buffer, skew + head, words);
  for (let i = 0; i < words; i++) {
    const w = input[i];
    output[i] = xlate[w & 255] | (xlate[(w >>> 8) & 255] << 8) | (xlate[(w >>> 16) & 255] << 16) | (xlate[w >>> 24] << 24);
  }
  for (let i = head + words * 4; i < length; i++) out[i] = xlate[chunk[i]];
  return out;
}
