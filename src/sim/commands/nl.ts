// nl: number lines of files (GNU coreutils 9.1): numbering styles for header, body and footer
// sections of logical pages (delimited by lines of \\:\\:\\:, \\:\\: and \\:), formats, widths,
// separators, start and increment. The regular-expression style (-b pBRE) is not simulated.

import { defineCommand } from './command.ts';
import type { CommandContext } from './context.ts';
import { Unsupported } from './context.ts';
import { Errno } from '../kernel/errors.ts';
import type { InputReader } from '../io/input-reader.ts';
import { quoteLocale, quoteName } from '../text/quote.ts';
import { SCAN_US_PER_BYTE, SYSCALL_US } from '../kernel/cost-model.ts';
import { UsageError } from './getopt.ts';
import { INT_MAX, parseNumber } from './text-count-argument.ts';
import { lineBlocks } from './text-line-blocks.ts';
import { ByteBuilder, utf8Bytes } from './text-byte-builder.ts';
import { coreutilsVersion } from './text-version.ts';

const HELP = `Usage: nl [OPTION]... [FILE]...
Write each FILE to standard output, with line numbers added.

With no FILE, or when FILE is -, read standard input.

Mandatory arguments to long options are mandatory for short options too.
  -b, --body-numbering=STYLE      use STYLE for numbering body lines
  -d, --section-delimiter=CC      use CC for logical page delimiters
  -f, --footer-numbering=STYLE    use STYLE for numbering footer lines
  -h, --header-numbering=STYLE    use STYLE for numbering header lines
  -i, --line-increment=NUMBER     line number increment at each line
  -l, --join-blank-lines=NUMBER   group of NUMBER empty lines counted as one
  -n, --number-format=FORMAT      insert line numbers according to FORMAT
  -p, --no-renumber               do not reset line numbers for each section
  -s, --number-separator=STRING   add STRING after (possible) line number
  -v, --starting-line-number=NUMBER  first line number for each section
  -w, --number-width=NUMBER       use NUMBER columns for line numbers
      --help        display this help and exit
      --version     output version information and exit

Default options are: -bt -d'\\:' -fn -hn -i1 -l1 -n'rn' -s<TAB> -v1 -w6

CC are two delimiter characters used to construct logical page delimiters;
a missing second character implies ':'.  As a GNU extension one can specify
more than two characters, and also specifying the empty string (-d '')
disables section matching.

STYLE is one of:

  a      number all lines
  t      number only nonempty lines
  n      number no lines
  pBRE   number only lines that contain a match for the basic regular
         expression, BRE

FORMAT is one of:

  ln     left justified, no leading zeros
  rn     right justified, no leading zeros
  rz     right justified, leading zeros


`;

type Style = 'a' | 't' | 'n';

interface Numbering {
  styles: { header: Style; body: Style; footer: Style };
  format: 'ln' | 'rn' | 'rz';
  width: number;
  separator: Uint8Array;
  start: bigint;
  increment: bigint;
  reset: boolean;
  joinBlank: bigint;
  /** The three delimiter lines: header (three times the delimiter), body (twice), footer (once). */
  delimiter: Uint8Array;
}

/** Line numbers are plain numbers while exact, BigInts beyond (up to intmax_t). */
type LineNumber = number | bigint;

interface State {
  lineNo: LineNumber;
  style: Style;
  blankRun: bigint;
}

const INTMAX_MAX = 2n ** 63n - 1n;
const INTMAX_MIN = -(2n ** 63n);

export const nl = defineCommand({
  name: 'nl',
  summary: 'number lines of files',
  help: HELP,
  async run(ctx) {
    const { options, operands } = ctx.parse([
      { short: 'h', long: 'header-numbering', arg: 'required' },
      { short: 'b', long: 'body-numbering', arg: 'required' },
      { short: 'f', long: 'footer-numbering', arg: 'required' },
      { short: 'v', long: 'starting-line-number', arg: 'required' },
      { short: 'i', long: 'line-increment', arg: 'required' },
      { short: 'p', long: 'no-renumber' },
      { short: 'l', long: 'join-blank-lines', arg: 'required' },
      { short: 's', long: 'number-separator', arg: 'required' },
      { short: 'w', long: 'number-width', arg: 'required' },
      { short: 'n', long: 'number-format', arg: 'required' },
      { short: 'd', long: 'section-delimiter', arg: 'required' },
      { long: 'version' },
    ]);
    const numbering: Numbering = {
      styles: { header: 'n', body: 't', footer: 'n' },
      format: 'rn',
      width: 6,
      separator: utf8Bytes('\t'),
      start: 1n,
      increment: 1n,
      reset: true,
      joinBlank: 1n,
      delimiter: utf8Bytes('\\:'),
    };
    let ok = true;
    for (const { key, value, spelled } of options) {
      const text = value!;
      switch (key) {
        case 'header-numbering':
        case 'body-numbering':
        case 'footer-numbering': {
          const section = key.slice(0, key.indexOf('-')) as 'header' | 'body' | 'footer';
          if (text[0] === 'a' || text[0] === 't' || text[0] === 'n') numbering.styles[section] = text[0];
          else if (text[0] === 'p') throw new Unsupported(`${spelled} pBRE`);
          else {
            await ctx.error(`invalid ${section} numbering style: ${quoteLocale(text)}`);
            ok = false;
          }
          break;
        }
        case 'starting-line-number':
        case 'line-increment':
        case 'join-blank-lines':
        case 'number-width': {
          const limits = {
            'starting-line-number': ['invalid starting line number', INTMAX_MIN, INTMAX_MAX],
            'line-increment': ['invalid line number increment', INTMAX_MIN, INTMAX_MAX],
            'join-blank-lines': ['invalid line number of blank lines', 1n, INTMAX_MAX],
            'number-width': ['invalid line number field width', 1n, INT_MAX],
          } as const;
          const [what, min, max] = limits[key];
          const parsed = parseNumber(text, what, { min, max, signed: true });
          if (parsed.error !== undefined) {
            await ctx.error(parsed.error);
            return 1;
          }
          if (key === 'starting-line-number') numbering.start = parsed.value;
          else if (key === 'line-increment') numbering.increment = parsed.value;
          else if (key === 'join-blank-lines') numbering.joinBlank = parsed.value;
          else numbering.width = Number(parsed.value);
          break;
        }
        case 'no-renumber':
          numbering.reset = false;
          break;
        case 'number-separator':
          numbering.separator = utf8Bytes(text);
          break;
        case 'number-format':
          if (text === 'ln' || text === 'rn' || text === 'rz') numbering.format = text;
          else {
            await ctx.error(`invalid line numbering format: ${quoteLocale(text)}`);
            ok = false;
          }
          break;
        case 'section-delimiter': {
          // One or two characters replace the start of "\\:" (POSIX); longer strings are used whole.
          const bytes = utf8Bytes(text);
          if (bytes.length === 1) numbering.delimiter = Uint8Array.of(bytes[0], numbering.delimiter[1] ?? 0x3a);
          else numbering.delimiter = bytes;
          break;
        }
        case 'version':
          await ctx.stdout.write(coreutilsVersion('nl', 'Written by Scott Bartram and David MacKenzie.'));
          return 0;
      }
    }
    if (!ok) throw new UsageError('');
    const state: State = { lineNo: small(numbering.start), style: numbering.styles.body, blankRun: 0n };
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
        if (!(await numberLines(ctx, reader, numbering, state))) {
          // "line number overflow" is fatal.
          ctx.closeInput(reader);
          return 1;
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

class LineNumberOverflow extends Error {}

/** Numbers the lines of one input; false after a line number overflow. */
async function numberLines(ctx: CommandContext, reader: InputReader, numbering: Numbering, state: State): Promise<boolean> {
  const unnumbered = new Uint8Array(numbering.width + numbering.separator.length).fill(0x20);
  for await (const block of lineBlocks(reader)) {
    await ctx.tick(SYSCALL_US + block.length * SCAN_US_PER_BYTE);
    const out = new ByteBuilder(block.length * 2 + 64);
    let start = 0;
    try {
      while (start < block.length) {
        let end = block.indexOf(0x0a, start);
        if (end < 0) end = block.length;
        numberLine(block, start, end, numbering, state, out, unnumbered);
        start = end + 1;
      }
    } catch (error) {
      if (!(error instanceof LineNumberOverflow)) throw error;
      await ctx.stdout.write(out.take());
      await ctx.stdout.flush();
      await ctx.error('line number overflow');
      return false;
    }
    await ctx.stdout.write(out.take());
  }
  return true;
}

function numberLine(block: Uint8Array, start: number, end: number, numbering: Numbering, state: State, out: ByteBuilder, unnumbered: Uint8Array): void {
  const section = sectionOf(block, start, end, numbering.delimiter);
  if (section !== null) {
    state.style = numbering.styles[section];
    if (numbering.reset) state.lineNo = small(numbering.start);
    out.push(0x0a);
    return;
  }
  const blank = end === start;
  let numbered = false;
  if (state.style === 'a') {
    if (numbering.joinBlank > 1n) {
      if (!blank || ++state.blankRun === numbering.joinBlank) {
        numbered = true;
        state.blankRun = 0n;
      }
    } else numbered = true;
  } else if (state.style === 't') numbered = !blank;
  if (numbered) {
    const lineNo = state.lineNo;
    if (typeof lineNo === 'bigint' && (lineNo > INTMAX_MAX || lineNo < INTMAX_MIN)) throw new LineNumberOverflow();
    // The number is ASCII: its characters go in as bytes without an encoder.
    const text = formatNumber(lineNo, numbering);
    out.reserve(text.length);
    for (let i = 0; i < text.length; i++) out.bytes[out.length++] = text.charCodeAt(i);
    out.append(numbering.separator);
    // (An increment too big to be exact as a number gives NaN, which is not a safe integer.)
    const step = numbering.increment >= -(2n ** 52n) && numbering.increment <= 2n ** 52n ? Number(numbering.increment) : NaN;
    const next = typeof lineNo === 'number' ? lineNo + step : NaN;
    state.lineNo = typeof lineNo === 'number' && Number.isSafeInteger(next) ? next : BigInt(lineNo) + numbering.increment;
  } else out.append(unnumbered);
  out.append(block, start, end);
  out.push(0x0a);
}

function small(value: bigint): LineNumber {
  return value >= -(2n ** 53n) && value <= 2n ** 53n ? Number(value) : value;
}

/** printf's %*jd, %-*jd or %0*jd. */
function formatNumber(value: LineNumber, numbering: Numbering): string {
  const text = String(value);
  if (numbering.format === 'ln') return text.padEnd(numbering.width);
  if (numbering.format === 'rn') return text.padStart(numbering.width);
  if (text.startsWith('-')) return `-${text.slice(1).padStart(numbering.width - 1, '0')}`;
  return text.padStart(numbering.width, '0');
}

/** Which section delimiter line this is, if any (check_section). */
function sectionOf(block: Uint8Array, start: number, end: number, delimiter: Uint8Array): 'header' | 'body' | 'footer' | null {
  const length = end - start;
  const d = delimiter.length;
  if (length < 2 || d < 2 || block[start] !== delimiter[0] || block[start + 1] !== delimiter[1]) return null;
  const repeats = length % d === 0 ? length / d : 0;
  if (repeats < 1 || repeats > 3) return null;
  for (let i = 0; i < length; i++) if (block[start + i] !== delimiter[i % d]) return null;
  return repeats === 3 ? 'header' : repeats === 2 ? 'body' : 'footer';
}
