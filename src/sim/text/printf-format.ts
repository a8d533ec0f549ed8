// The printf format engine shared by bash's printf builtin and coreutils' /usr/bin/printf: the
// format is reused until the arguments run out; conversions %d %i %o %u %x %X %f %F %e %E %g %G
// %c %s %b %q %%, flags, widths and precisions (also from arguments with *); backslash escapes.
// The two dialects differ only in their messages and in %q's quoting.

import { decodeEscape } from '../shell/parser/words.ts';
import { formatExponential, formatFixed, formatGeneral } from './float-format.ts';
import { printfQuote } from '../shell/quoting.ts';
import { quoteName } from './quote.ts';
import { byteChar, normalizeBytes } from './byte-text.ts';

export type PrintfDialect = 'bash' | 'coreutils';

export interface PrintfResult {
  /** All the output (for printf -v). */
  output: string;
  /** Messages to print after the program's name ("printf: abc: invalid number"). */
  errors: string[];
  status: number;
  /** Output and messages in the order they arose: each message follows the output before it. */
  sequence: { stream: 'out' | 'err'; text: string }[];
}

const MAX = 2n ** 63n - 1n;
const MIN = -(2n ** 63n);

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

export function formatPrintf(format: string, args: readonly string[], dialect: PrintfDialect): PrintfResult {
  const result: PrintfResult = { output: '', errors: [], status: 0, sequence: [] };
  const out = new Emitter(result);
  let next = 0;
  const take = (): string | undefined => (next < args.length ? args[next++] : undefined);
  for (;;) {
    const before = next;
    const stop = formatOnce(format, take, dialect, out);
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
function formatOnce(format: string, take: () => string | undefined, dialect: PrintfDialect, out: Emitter): boolean {
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
      if (width === undefined || text.length >= width) return text;
      if (left) return text.padEnd(width);
      if (numeric && flags.includes('0') && !(precision !== undefined && 'dioxXu'.includes(conversion))) {
        const sign = /^[-+ ]|^0[xX]/.exec(text)?.[0] ?? '';
        return sign + text.slice(sign.length).padStart(width - sign.length, '0');
      }
      return text.padStart(width);
    };
    switch (conversion) {
      case 's': {
        let text = take() ?? '';
        if (precision !== undefined) text = [...text].slice(0, precision).join('');
        out.text += pad(text, false);
        break;
      }
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
        if (precision !== undefined) text = text.slice(0, precision);
        out.text += pad(text, false);
        if (stopped) return true;
        break;
      }
      case 'q': {
        const arg = take() ?? '';
        out.text += pad(dialect === 'bash' ? printfQuote(arg) : quoteName(arg, { colon: false }), false);
        break;
      }
      case 'c': {
        const arg = take() ?? '';
        out.text += pad([...arg][0] ?? '', false);
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
      default: {
        out.result.status = 1;
        out.error(dialect === 'bash' ? `\`${conversion || '%'}': invalid format character` : `${spec[0]}: invalid conversion specification`);
        return true;
      }
    }
  }
  return false;
}

/** An integer argument: decimal, 0x hex, 0 octal, or 'c for a character's code. */
function parseInteger(text: string, dialect: PrintfDialect, out: Emitter): bigint {
  const trimmed = text.replace(/^\s+/, '');
  if (/^['"]/.test(trimmed)) return BigInt(trimmed.length > 1 ? trimmed.codePointAt(1)! : 0);
  const match = /^([-+]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)/.exec(trimmed);
  if (!match) {
    invalidNumber(text, dialect, out, false);
    return 0n;
  }
  let value = BigInt(match[2].startsWith('0') && match[2].length > 1 && !/^0[xX]/.test(match[2]) ? `0o${match[2].slice(1)}` : match[2]);
  if (match[1] === '-') value = -value;
  if (match[0].length !== trimmed.length) invalidNumber(text, dialect, out, true);
  if (value > MAX || value < MIN) {
    if (dialect === 'coreutils') out.result.status = 1;
    out.error(dialect === 'bash' ? `warning: ${text}: Numerical result out of range` : `‘${text}’: Numerical result out of range`);
    return value > MAX ? MAX : MIN;
  }
  return value;
}

function parseFloatArg(text: string, dialect: PrintfDialect, out: Emitter): number {
  const trimmed = text.trim();
  if (/^['"]/.test(trimmed)) return trimmed.length > 1 ? trimmed.codePointAt(1)! : 0;
  const match = /^[-+]?(?:inf(?:inity)?|nan|0[xX][0-9a-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)/i.exec(trimmed);
  if (!match) {
    invalidNumber(text, dialect, out, false);
    return 0;
  }
  if (match[0].length !== trimmed.length) invalidNumber(text, dialect, out, true);
  const lower = match[0].toLowerCase();
  if (lower.includes('inf')) return lower.startsWith('-') ? -Infinity : Infinity;
  if (lower.includes('nan')) return NaN;
  if (/^[-+]?0x/.test(lower)) return (lower.startsWith('-') ? -1 : 1) * parseInt(lower.replace(/^[-+]?0x/, ''), 16);
  return Number(match[0]);
}

function invalidNumber(text: string, dialect: PrintfDialect, out: Emitter, partial: boolean): void {
  out.result.status = 1;
  if (dialect === 'bash') out.error(`${text}: invalid number`);
  else out.error(partial ? `‘${text}’: value not completely converted` : `‘${text}’: expected a numeric value`);
}
