// seq: print a sequence of numbers (GNU coreutils 9.1): integer sequences through the fast path
// that counts in decimal digits (arbitrarily large, in bounded memory), others in floating point
// with the default %.PRECf format, -w's zero padding or a -f format.

import { defineCommand } from './command.ts';
import type { CommandContext } from './context.ts';
import { COPY_US_PER_BYTE, SCAN_US_PER_BYTE } from '../kernel/cost-model.ts';
import { UsageError } from './getopt.ts';
import { quoteLocale } from '../text/quote.ts';
import { ByteBuilder, utf8Bytes } from './text-byte-builder.ts';
import { coreutilsVersion } from './text-version.ts';
import { type Format, type Operand, SeqFatalError, SeqUsageError, defaultFormat, parseFormatted, scanOperand, userFormat } from './seq-numbers.ts';

const HELP = `Usage: seq [OPTION]... LAST
  or:  seq [OPTION]... FIRST LAST
  or:  seq [OPTION]... FIRST INCREMENT LAST
Print numbers from FIRST to LAST, in steps of INCREMENT.

Mandatory arguments to long options are mandatory for short options too.
  -f, --format=FORMAT      use printf style floating-point FORMAT
  -s, --separator=STRING   use STRING to separate numbers (default: \\n)
  -w, --equal-width        equalize width by padding with leading zeroes
      --help        display this help and exit
      --version     output version information and exit

If FIRST or INCREMENT is omitted, it defaults to 1.  That is, an
omitted INCREMENT defaults to 1 even when LAST is smaller than FIRST.
The sequence of numbers ends when the sum of the current number and
INCREMENT would become greater than LAST.
FIRST, INCREMENT, and LAST are interpreted as floating point values.
INCREMENT is usually positive if FIRST is smaller than LAST, and
INCREMENT is usually negative if FIRST is greater than LAST.
INCREMENT must not be 0; none of FIRST, INCREMENT and LAST may be NaN.
FORMAT must be suitable for printing one argument of type 'double';
it defaults to %.PRECf if FIRST, INCREMENT, and LAST are all fixed point
decimal numbers with maximum precision PREC, and to %g otherwise.

`;

const FAST_STEP_LIMIT = 200;
const LONGS = ['format', 'separator', 'equal-width', 'help', 'version'];

interface Settings {
  format: string | null;
  separator: string;
  equalWidth: boolean;
}

export const seq = defineCommand({
  name: 'seq',
  summary: 'print a sequence of numbers',
  help: HELP,
  // Options end at the first operand or negative number: "seq -1 --help" is an invalid number.
  answersHelp: false,
  async run(ctx) {
    const settings: Settings = { format: null, separator: '\n', equalWidth: false };
    let operands: string[];
    try {
      const parsed = parseArguments(ctx.args, settings);
      if (parsed === 'help') {
        await ctx.printHelp(HELP);
        return 0;
      }
      if (parsed === 'version') {
        await ctx.stdout.write(coreutilsVersion('seq', 'Written by Ulrich Drepper.'));
        return 0;
      }
      operands = parsed;
      if (operands.length < 1) throw new UsageError('missing operand');
      if (operands.length > 3) throw new UsageError(`extra operand ${quoteLocale(operands[3])}`);
      let format: Format | null = settings.format === null ? null : userFormat(settings.format);
      if (format !== null && settings.equalWidth) throw new UsageError('format string may not be specified when printing equal width strings');
      const simple = !settings.equalWidth && format === null && settings.separator.length === 1;
      const allDigits = (s: string): boolean => /^[0-9]+$/.test(s);
      const n = operands.length;
      if (simple && allDigits(operands[0]) && (n === 1 || allDigits(operands[1])) && (n < 3 || (allDigits(operands[2]) && Number(operands[1]) > 0 && Number(operands[1]) <= FAST_STEP_LIMIT))) {
        const step = n === 3 ? Number(operands[1]) : 1;
        await seqFast(ctx, n === 1 ? '1' : operands[0], operands[n - 1], step, settings.separator);
        return 0;
      }
      let first: Operand = { value: 1, width: 1, precision: 0 };
      let step: Operand = { value: 1, width: 1, precision: 0 };
      let last = scanOperand(operands[0]);
      if (n >= 2) {
        first = last;
        last = scanOperand(operands[1]);
        if (n === 3) {
          step = last;
          if (step.value === 0) throw new SeqUsageError(`invalid Zero increment value: ${quoteLocale(operands[1])}`);
          last = scanOperand(operands[2]);
        }
      }
      // Integers written as 1e3, or an infinite end: the fast path again.
      if (simple && first.precision === 0 && step.precision === 0 && last.precision === 0 && Number.isFinite(first.value) && first.value >= 0 && last.value >= 0 && step.value > 0 && step.value <= FAST_STEP_LIMIT && Number.isSafeInteger(first.value) && (Number.isSafeInteger(last.value) || last.value === Infinity)) {
        await seqFast(ctx, String(first.value), last.value === Infinity ? 'inf' : String(last.value), step.value, settings.separator);
        return 0;
      }
      format ??= defaultFormat(first, step, last, settings.equalWidth);
      await printNumbers(ctx, format, first.value, step.value, last.value, settings.separator);
      return 0;
    } catch (error) {
      if (error instanceof SeqUsageError) throw new UsageError(error.message);
      if (error instanceof SeqFatalError) {
        await ctx.error(error.message);
        return 1;
      }
      throw error;
    }
  },
});

/** seq's option loop: getopt "+f:s:w", stopping early at an argument that looks like a negative number. */
function parseArguments(args: readonly string[], settings: Settings): string[] | 'help' | 'version' {
  let i = 0;
  for (; i < args.length; i++) {
    const arg = args[i];
    if (/^-[.0-9]/.test(arg)) break;
    if (arg === '--') {
      i++;
      break;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq < 0 ? undefined : eq);
      const matches = LONGS.filter((l) => l.startsWith(name));
      const long = LONGS.includes(name) ? name : matches.length === 1 ? matches[0] : null;
      if (long === null) {
        if (matches.length > 1) throw new UsageError(`option '--${name}' is ambiguous; possibilities: ${matches.map((m) => `'--${m}'`).join(' ')}`);
        throw new UsageError(`unrecognized option '${eq < 0 ? arg : arg.slice(0, eq)}'`);
      }
      const takesArg = long === 'format' || long === 'separator';
      if (!takesArg && eq >= 0) throw new UsageError(`option '--${long}' doesn't allow an argument`);
      let value: string | undefined;
      if (takesArg) {
        if (eq >= 0) value = arg.slice(eq + 1);
        else if (i + 1 < args.length) value = args[++i];
        else throw new UsageError(`option '--${long}' requires an argument`);
      }
      if (long === 'help' || long === 'version') return long;
      apply(settings, long === 'format' ? 'f' : long === 'separator' ? 's' : 'w', value);
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') break;
    for (let j = 1; j < arg.length; j++) {
      const c = arg[j];
      if (c === 'w') {
        apply(settings, 'w', undefined);
        continue;
      }
      if (c !== 'f' && c !== 's') throw new UsageError(`invalid option -- '${c}'`);
      let value = arg.slice(j + 1);
      if (value === '') {
        if (i + 1 >= args.length) throw new UsageError(`option requires an argument -- '${c}'`);
        value = args[++i];
      }
      apply(settings, c, value);
      break;
    }
  }
  return args.slice(i);
}

function apply(settings: Settings, option: 'f' | 's' | 'w', value: string | undefined): void {
  if (option === 'f') settings.format = value!;
  else if (option === 's') settings.separator = value!;
  else settings.equalWidth = true;
}

/** seq_fast: whole numbers counted in decimal digits, FIRST to LAST (or forever for "inf"). */
async function seqFast(ctx: CommandContext, from: string, to: string, step: number, separator: string): Promise<void> {
  const first = BigInt(from);
  // How many numbers to print; -1 for "inf" (until the reader goes away).
  let left = to === 'inf' ? -1 : BigInt(to) < first ? 0 : Number((BigInt(to) - first) / BigInt(step) + 1n);
  if (left === 0) return;
  // Past 2^53 numbers the count cannot be exact, but no one waits that long: count forever.
  if (!Number.isSafeInteger(left)) left = -1;
  const sep = utf8Bytes(separator)[0];
  // The current number's ASCII digits, right-aligned in `digits` from index `start`.
  let digits = new Uint8Array(64);
  const text = first.toString();
  if (text.length >= digits.length) digits = new Uint8Array(text.length * 2);
  let start = digits.length - text.length;
  digits.set(utf8Bytes(text), start);
  for (;;) {
    const out = new ByteBuilder(65536 + 128);
    const bytes = out.bytes;
    let at = 0;
    while (at < 65536 && left !== 0) {
      for (let i = start; i < digits.length; i++) bytes[at++] = digits[i];
      bytes[at++] = sep;
      if (left > 0) left--;
      for (let n = 0; n < step; n++) {
        let i = digits.length - 1;
        while (i >= start && digits[i] === 0x39) digits[i--] = 0x30;
        if (i >= start) digits[i]++;
        else {
          if (start === 0) {
            const grown = new Uint8Array(digits.length * 2);
            grown.set(digits, digits.length);
            start += digits.length;
            digits = grown;
          }
          digits[--start] = 0x31;
        }
      }
    }
    // The last separator becomes the terminator.
    if (left === 0) bytes[at - 1] = 0x0a;
    out.length = at;
    await ctx.tick(at * COPY_US_PER_BYTE * 10);
    await ctx.stdout.write(out.take());
    if (left === 0) return;
  }
}

/** print_numbers: FIRST + i * STEP while within LAST, plus a last one that prints as LAST. */
async function printNumbers(ctx: CommandContext, format: Format, first: number, step: number, last: number, separator: string): Promise<void> {
  const beyond = (x: number): boolean => (step < 0 ? x < last : last < x);
  if (beyond(first)) return;
  const strip = (text: string): string => text.slice(format.prefix, text.length - format.suffix);
  let out = '';
  let x = first;
  for (let i = 1; ; i++) {
    const x0 = x;
    out += format.print(x);
    x = first + i * step;
    if (beyond(x)) {
      // Rounding may push the last number just past LAST: print it if it prints as LAST.
      const shown = strip(format.print(x));
      if (parseFormatted(shown) !== last || strip(format.print(x0)) === shown) break;
      out += separator + format.print(x);
      break;
    }
    out += separator;
    if (out.length >= 16384) {
      await ctx.tick(out.length * SCAN_US_PER_BYTE * 20);
      await ctx.stdout.write(out);
      out = '';
    }
  }
  await ctx.stdout.write(`${out}\n`);
}
