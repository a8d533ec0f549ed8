// The printf format engine shared by bash's printf builtin and coreutils' /usr/bin/printf: the
// format is reused until the arguments run out; conversions %d %i %o %u %x %X %f %F %e %E %g %G
// %c %s %b %q %%, flags, widths and precisions (also from arguments with *); backslash escapes.
// The two dialects differ in their messages and %q's quoting, and bash adds %Q and %(fmt)T.
// Widths and precisions of the string conversions count bytes, as C's printf and bash's do.

import { decodeEscape } from '../shell/parser/words.ts';
import { formatExponential, formatFixed, formatGeneral } from './float-format.ts';
import { printfQuote } from '../shell/quoting.ts';
import { quoteName } from './quote.ts';
import { byteChar, decodeBytes, encodeText, normalizeBytes } from './byte-text.ts';
import { parseFloatArg, parseInteger } from './printf-numbers.ts';

export type PrintfDialect = 'bash' | 'coreutils';

export interface PrintfOptions {
  /**
   * bash's %(fmt)T: what strftime makes of FMT at SECONDS since the epoch (-1 is now, -2 the
   * shell's start). Only the builtin has a clock and a TZ to give.
   */
  formatTime?: (format: string, seconds: bigint) => string;
}

export interface PrintfResult {
  /** All the output (for printf -v). */
  output: string;
  /** Messages to print after the program's name ("printf: abc: invalid number"). */
  errors: string[];
  status: number;
  /** Output and messages in the order they arose: each message follows the output before it. */
  sequence: { stream: 'out' | 'err'; text: string }[];
}

/** Output of one pass, and where its messages go in between. */
class Emitter {
  text = '';
  constructor(readonly result: PrintfResult) {}

  error(message: string): void {
    this.flush();
    this.result.errors.push(message);
    this.result.sequence.push({ stream: 'err', text: message });
  }

  flush(): void {
    if (this.text === '') return;
    this.result.sequence.push({ stream: 'out', text: normalizeBytes(this.text) });
    this.text = '';
  }
}

export function formatPrintf(format: string, args: readonly string[], dialect: PrintfDialect, options: PrintfOptions = {}): PrintfResult {
  const result: PrintfResult = { output: '', errors: [], status: 0, sequence: [] };
  const out = new Emitter(result);
  let next = 0;
  const take = (): string | undefined => (next < args.length ? args[next++] : undefined);
  for (;;) {
    const before = next;
    const stop = formatOnce(format, take, dialect, out, options);
    // Passes are collected as parts and joined once: growing one string and slicing it per pass
    // would flatten it every time (quadratic for printf '%s\n' {1..70000}).
    out.flush();
    if (stop || next >= args.length || next === before) break;
  }
  result.output = result.sequence
    .filter((part) => part.stream === 'out')
    .map((part) => part.text)
    .join('');
  return result;
}

/** One pass over the format; true when output must stop (\c, or an invalid format). */
function formatOnce(format: string, take: () => string | undefined, dialect: PrintfDialect, out: Emitter, options: PrintfOptions): boolean {
  let i = 0;
  while (i < format.length) {
    const c = format[i];
    if (c === '\\') {
      const decoded = decodeEscape(format, i + 1, false);
      if (decoded.stop) return true;
      // printf's format knows \" \' \? and octal without a leading zero too.
      const octal = /^[0-7]{1,3}/.exec(format.slice(i + 1));
      if (octal && format[i + 1] !== '0') {
        out.text += byteChar(parseInt(octal[0], 8) & 0xff);
        i += 1 + octal[0].length;
        continue;
      }
      const simple = format[i + 1];
      if (simple === '"' || simple === "'" || simple === '?') {
        out.text += simple;
        i += 2;
        continue;
      }
      out.text += decoded.text;
      i = decoded.end;
      continue;
    }
    if (c !== '%') {
      out.text += c;
      i++;
      continue;
    }
    const start = i;
    const spec = /^%([-+ #0]*)(\*|\d+)?(?:\.(\*|\d*))?([hjlLtz]*)(.?)/.exec(format.slice(i))!;
    i += spec[0].length;
    const [, flags, widthText, precisionText, , conversion] = spec;
    if (conversion === '%' && spec[0] === '%%') {
      out.text += '%';
      continue;
    }
    let width = widthText === '*' ? Number(parseInteger(take() ?? '0', dialect, out)) : widthText ? Number(widthText) : undefined;
    let left = flags.includes('-');
    if (width !== undefined && width < 0) {
      left = true;
      width = -width;
    }
    let precision = precisionText === '*' ? Number(parseInteger(take() ?? '0', dialect, out)) : precisionText !== undefined ? Number(precisionText || '0') : undefined;
    if (precision !== undefined && precision < 0) precision = undefined;
    const pad = (text: string, numeric: boolean): string => {
      if (width === undefined) return text;
      const length = byteLength(text);
      if (length >= width) return text;
      const fill = width - length;
      if (left) return text + ' '.repeat(fill);
      if (numeric && flags.includes('0') && !(precision !== undefined && 'dioxXu'.includes(conversion))) {
        const sign = /^[-+ ]|^0[xX]/.exec(text)?.[0] ?? '';
        return sign + '0'.repeat(fill) + text.slice(sign.length);
      }
      return ' '.repeat(fill) + text;
    };
    /** A string conversion's text: at most `precision` bytes of it, padded to the width. */
    const field = (text: string): string => pad(precision === undefined ? text : truncateBytes(text, precision), false);
    switch (conversion) {
      case 's':
        out.text += field(take() ?? '');
        break;
      case 'b': {
        const arg = take() ?? '';
        let text = '';
        let stopped = false;
        for (let k = 0; k < arg.length; k++) {
          if (arg[k] !== '\\') {
            text += arg[k];
            continue;
          }
          // %b takes \NNN as well as echo's \0NNN.
          const octal = /^[1-7][0-7]{0,2}/.exec(arg.slice(k + 1));
          if (octal) {
            text += byteChar(parseInt(octal[0], 8) & 0xff);
            k += octal[0].length;
            continue;
          }
          const decoded = decodeEscape(arg, k + 1, false);
          if (decoded.stop) {
            stopped = true;
            break;
          }
          text += decoded.text;
          k = decoded.end - 1;
        }
        out.text += field(text);
        if (stopped) return true;
        break;
      }
      case 'q': {
        const arg = take() ?? '';
        out.text += field(dialect === 'bash' ? printfQuote(arg) : quoteName(arg, { colon: false }));
        break;
      }
      case 'Q': {
        if (dialect !== 'bash') return invalidConversion(out, dialect, conversion, spec[0]);
        // Only a precision written in digits cuts the argument, and the quoted text is never cut
        // (bash reads the digits again from the format; a '*' precision is taken but unused).
        const arg = take() ?? '';
        const digits = precisionText !== undefined && /^\d+$/.test(precisionText);
        const text = printfQuote(digits ? truncateBytes(arg, Number(precisionText)) : arg);
        out.text += pad(precisionText === '' ? '' : text, false);
        break;
      }
      case '(': {
        if (dialect !== 'bash' || options.formatTime === undefined) return invalidConversion(out, dialect, conversion, spec[0]);
        const end = closingParen(format, i);
        const after = end < format.length ? (format[end + 1] ?? '\0') : '\0';
        if (after !== 'T') {
          // bash warns, prints the '%' and goes on reading the format just after it.
          out.error(`warning: \`${after}': invalid time format specification`);
          out.text += '%';
          i = start + 1;
          break;
        }
        const arg = take();
        const seconds = arg === undefined ? -1n : parseInteger(arg, dialect, out);
        out.text += field(options.formatTime(format.slice(i, end) || '%X', seconds));
        i = end + 2;
        break;
      }
      case 'c': {
        // One byte: a character of several is cut; no argument at all prints a NUL.
        const arg = take() ?? '';
        out.text += pad(arg === '' ? '\0' : truncateBytes(arg, 1), false);
        break;
      }
      case 'd':
      case 'i': {
        const value = parseInteger(take() ?? '0', dialect, out);
        let text = (value < 0n ? -value : value).toString();
        if (precision !== undefined) text = precision === 0 && value === 0n ? '' : text.padStart(precision, '0');
        const sign = value < 0n ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
        out.text += pad(sign + text, true);
        break;
      }
      case 'o':
      case 'u':
      case 'x':
      case 'X': {
        let value = parseInteger(take() ?? '0', dialect, out);
        if (value < 0n) value += 2n ** 64n;
        const base = conversion === 'o' ? 8 : conversion === 'u' ? 10 : 16;
        let text = value.toString(base);
        if (conversion === 'X') text = text.toUpperCase();
        if (precision !== undefined) text = precision === 0 && value === 0n ? '' : text.padStart(precision, '0');
        if (flags.includes('#') && value !== 0n) {
          if (conversion === 'o' && !text.startsWith('0')) text = `0${text}`;
          if (conversion === 'x') text = `0x${text}`;
          if (conversion === 'X') text = `0X${text}`;
        }
        out.text += pad(text, true);
        break;
      }
      case 'f':
      case 'F':
      case 'e':
      case 'E':
      case 'g':
      case 'G':
      case 'a':
      case 'A': {
        const value = parseFloatArg(take() ?? '0', dialect, out);
        const p = precision ?? 6;
        let text =
          conversion === 'f' || conversion === 'F'
            ? formatFixed(value, p)
            : conversion === 'e' || conversion === 'E'
              ? formatExponential(value, p, conversion === 'E')
              : conversion === 'g' || conversion === 'G'
                ? formatGeneral(value, p, conversion === 'G', flags.includes('#'))
                : value.toString(16);
        if (conversion === 'F') text = text.toUpperCase();
        if (flags.includes('#') && (conversion === 'f' || conversion === 'F') && p === 0) text += '.';
        if (!text.startsWith('-')) text = (flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '') + text;
        out.text += pad(text, true);
        break;
      }
      default:
        return invalidConversion(out, dialect, conversion, spec[0]);
    }
  }
  return false;
}

/** An unknown conversion ends the output; true (stop) for formatOnce to return. */
function invalidConversion(out: Emitter, dialect: PrintfDialect, conversion: string, spec: string): true {
  out.result.status = 1;
  out.error(dialect === 'bash' ? `\`${conversion || '%'}': invalid format character` : `${spec}: invalid conversion specification`);
  return true;
}

/** Where the ')' that closes the '(' before `from` is (nested pairs count); the format's end if none. */
function closingParen(format: string, from: number): number {
  let depth = 1;
  for (let j = from; j < format.length; j++) {
    if (format[j] === '(') depth++;
    else if (format[j] === ')' && --depth === 0) return j;
  }
  return format.length;
}

function byteLength(text: string): number {
  return /^[\x00-\x7f]*$/.test(text) ? text.length : encodeText(text).length;
}

/** The first `max` bytes; a character cut in two leaves its first bytes (escaped, see byte-text.ts). */
function truncateBytes(text: string, max: number): string {
  if (text.length <= max && /^[\x00-\x7f]*$/.test(text)) return text;
  const bytes = encodeText(text);
  return bytes.length <= max ? text : decodeBytes(bytes.subarray(0, max)).text;
}
