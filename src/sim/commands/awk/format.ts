// printf and sprintf as gawk does them: C conversions with flags, widths and precisions (also
// from arguments with *), widths counted in characters (a UTF-8 locale), %c taking a code point
// or a string's first character, integers of any size, and gawk's +inf/-nan for non-finite values.

import { formatExponential, formatFixed, formatGeneral } from '../../text/float-format.ts';
import { AwkFatal } from './errors.ts';
import { nonFiniteText, setNumberFormatter, toNum, toStr, type Value } from './values.ts';

const SPEC = /%([-+ #0]*)(\*|\d+)?(?:\.(\*|\d*))?[hlLqjzt]*(.?)/y;

interface Spec {
  flags: string;
  width: string | undefined;
  precision: string | undefined;
  conversion: string;
  /** Offset of the %, for "ran out for this one". */
  at: number;
  left: boolean;
  zeros: boolean;
}

/** A format cut into literal text and conversions, parsed once per distinct format. */
type Piece = string | Spec;

const parsedFormats = new Map<string, Piece[]>();

function parseFormat(format: string): Piece[] {
  let pieces = parsedFormats.get(format);
  if (pieces !== undefined) return pieces;
  pieces = [];
  let literal = '';
  let i = 0;
  while (i < format.length) {
    const percent = format.indexOf('%', i);
    if (percent < 0) {
      literal += format.slice(i);
      break;
    }
    literal += format.slice(i, percent);
    SPEC.lastIndex = percent;
    const [text, flags, width, precision, conversion] = SPEC.exec(format)!;
    i = percent + text.length;
    if (conversion === '%') literal += '%';
    else if (conversion === '' || !'cdiouxXeEfFgGs'.includes(conversion)) literal += text;
    else {
      if (literal !== '') pieces.push(literal);
      literal = '';
      const left = flags.includes('-');
      const zeros = flags.includes('0') && isNumeric(conversion) && (precision === undefined || !'diouxX'.includes(conversion));
      pieces.push({ flags, width, precision, conversion, at: percent, left, zeros });
    }
  }
  if (literal !== '') pieces.push(literal);
  if (parsedFormats.size > 200) parsedFormats.clear();
  parsedFormats.set(format, pieces);
  return pieces;
}

export function sprintf(format: string, args: readonly Value[], convfmt: string): string {
  const pieces = parseFormat(format);
  let out = '';
  let next = 0;
  const take = (at: number): Value => {
    if (next >= args.length) throw notEnoughArguments(format, at);
    return args[next++];
  };
  for (let p = 0; p < pieces.length; p++) {
    const piece = pieces[p];
    if (typeof piece === 'string') {
      out += piece;
      continue;
    }
    let left = piece.left;
    let width = 0;
    if (piece.width === '*') {
      width = Math.trunc(toNum(take(piece.at)));
      if (width < 0) {
        left = true;
        width = -width;
      }
    } else if (piece.width !== undefined) width = Number(piece.width);
    let precision: number | undefined;
    if (piece.precision === '*') {
      const n = Math.trunc(toNum(take(piece.at)));
      precision = n < 0 ? undefined : n;
    } else if (piece.precision !== undefined) precision = piece.precision === '' ? 0 : Number(piece.precision);
    const body = convert(piece.conversion, piece.flags, precision, take(piece.at), convfmt);
    // gawk prints infinities and NaN bare, ignoring the width.
    if (width === 0 || (isNumeric(piece.conversion) && /^[-+](?:inf|nan)$/.test(body))) out += body;
    else out += pad(body, width, left, piece.zeros && !left);
  }
  return out;
}

function isNumeric(conversion: string): boolean {
  return conversion !== 's' && conversion !== 'c';
}

function convert(conversion: string, flags: string, precision: number | undefined, arg: Value, convfmt: string): string {
  switch (conversion) {
    case 's': {
      const s = toStr(arg, convfmt);
      return precision === undefined ? s : sliceChars(s, precision);
    }
    case 'c': {
      if (typeof arg === 'string') return firstChar(arg);
      const n = toNum(arg);
      if (!Number.isFinite(n)) return '\0';
      const code = Math.trunc(n);
      if (code < 0 || code > 0x10ffff) return String.fromCharCode(code & 0xff);
      return String.fromCodePoint(code);
    }
    case 'd':
    case 'i':
      return integer(toNum(arg), flags, precision);
    case 'o':
    case 'u':
    case 'x':
    case 'X':
      return unsigned(toNum(arg), conversion, flags, precision);
    default:
      return floating(toNum(arg), conversion, flags, precision ?? 6);
  }
}

function firstChar(s: string): string {
  if (s === '') return '\0';
  const code = s.codePointAt(0)!;
  return String.fromCodePoint(code);
}

function sign(negative: boolean, flags: string): string {
  if (negative) return '-';
  if (flags.includes('+')) return '+';
  if (flags.includes(' ')) return ' ';
  return '';
}

function integer(n: number, flags: string, precision: number | undefined): string {
  if (!Number.isFinite(n)) return nonFiniteText(n);
  const t = Math.trunc(n);
  let digits = Math.abs(t) < 2 ** 53 ? String(Math.abs(t)) : BigInt(Math.abs(t)).toString();
  if (precision !== undefined) digits = precision === 0 && t === 0 ? '' : digits.padStart(precision, '0');
  return sign(t < 0, flags) + digits;
}

function unsigned(n: number, conversion: string, flags: string, precision: number | undefined): string {
  if (!Number.isFinite(n)) return nonFiniteText(n);
  let value = BigInt(Math.trunc(n));
  if (value < 0n) value = BigInt.asUintN(64, value);
  const radix = conversion === 'o' ? 8 : conversion === 'u' ? 10 : 16;
  let digits = value.toString(radix);
  if (conversion === 'X') digits = digits.toUpperCase();
  if (precision !== undefined) digits = precision === 0 && value === 0n ? '' : digits.padStart(precision, '0');
  if (flags.includes('#')) {
    if (conversion === 'o' && !digits.startsWith('0')) digits = `0${digits}`;
    else if (value !== 0n && conversion === 'x') digits = `0x${digits}`;
    else if (value !== 0n && conversion === 'X') digits = `0X${digits}`;
  }
  return digits;
}

function floating(n: number, conversion: string, flags: string, precision: number): string {
  if (!Number.isFinite(n)) return nonFiniteText(n);
  const upper = conversion === 'E' || conversion === 'G';
  let text: string;
  if (conversion === 'f' || conversion === 'F') text = formatFixed(n, precision);
  else if (conversion === 'e' || conversion === 'E') text = formatExponential(n, precision, upper);
  else text = formatGeneral(n, precision, upper, flags.includes('#'));
  if (flags.includes('#') && !text.includes('.') && !/[eE]/.test(text) && (conversion === 'f' || conversion === 'F')) text += '.';
  if (flags.includes('#') && (conversion === 'e' || conversion === 'E') && !text.includes('.')) text = text.replace(/[eE]/, '.$&');
  const negative = text.startsWith('-');
  return sign(negative, flags) + (negative ? text.slice(1) : text);
}

function pad(body: string, width: number, left: boolean, zeros: boolean): string {
  const length = charLength(body);
  if (length >= width) return body;
  const fill = width - length;
  if (left) return body + ' '.repeat(fill);
  if (zeros) {
    const prefix = /^[-+ ]?(?:0[xX])?/.exec(body)![0].length;
    return body.slice(0, prefix) + '0'.repeat(fill) + body.slice(prefix);
  }
  return ' '.repeat(fill) + body;
}

export function charLength(s: string): number {
  if (!/[\uD800-\uDFFF]/.test(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) n++;
  }
  return n;
}

function sliceChars(s: string, count: number): string {
  if (!/[\uD800-\uDFFF]/.test(s)) return s.slice(0, count);
  return Array.from(s).slice(0, count).join('');
}

function notEnoughArguments(format: string, at: number): AwkFatal {
  // The caret sits under the conversion, counted in bytes as gawk does.
  const offset = new TextEncoder().encode(format.slice(0, at)).length + 1;
  return new AwkFatal(`not enough arguments to satisfy format string\n\t\`${format}'\n\t${' '.repeat(offset)}^ ran out for this one`);
}

/** OFMT and CONVFMT may be any printf format with one conversion. */
setNumberFormatter((format, n) => sprintf(format, [n], '%.6g'));
