// seq's arithmetic and formats, after coreutils 9.1 seq.c: operands are scanned for their value,
// printed width and decimal precision (scan_arg), which choose the default %.PRECf or %g format;
// -f formats are checked to hold exactly one floating-point directive (long_double_format).
// Values are doubles where GNU uses long double: formatted output agrees except far past 2^53.

import { quoteLocale } from '../text/quote.ts';
import { formatFixed } from '../text/float-format.ts';
import { formatPrintf } from '../text/printf-format.ts';

export interface Operand {
  value: number;
  width: number;
  /** Digits after the decimal point; Infinity when not a plain fixed-point number. */
  precision: number;
}

/** A usage error of seq: the message, then "Try 'seq --help'". */
export class SeqUsageError extends Error {}
/** A fatal error of seq: the message only. */
export class SeqFatalError extends Error {}

const FLOAT = /^[ \t\n\v\f\r]*[-+]?(?:(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?|0[xX](?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)(?:[pP][-+]?[0-9]+)?|inf(?:inity)?|nan(?:\([0-9A-Za-z_]*\))?)$/i;

/** strtold of a whole argument, or NaN-free failure as undefined. */
function parseFloating(text: string): number | undefined {
  if (!FLOAT.test(text)) return undefined;
  const t = text.trim().toLowerCase();
  const negative = t.startsWith('-');
  const body = t.replace(/^[-+]/, '');
  let value: number;
  if (body.startsWith('inf')) value = Infinity;
  else if (body.startsWith('nan')) value = NaN;
  else if (body.startsWith('0x')) {
    const match = /^0x([0-9a-f]*)\.?([0-9a-f]*)(?:p([-+]?[0-9]+))?$/.exec(body)!;
    const digits = match[1] + match[2];
    value = (parseInt(digits || '0', 16) / 16 ** match[2].length) * 2 ** Number(match[3] ?? 0);
  } else value = Number(body);
  return negative ? -value : value;
}

export function scanOperand(arg: string): Operand {
  const value = parseFloating(arg);
  if (value === undefined) throw new SeqUsageError(`invalid floating point argument: ${quoteLocale(arg)}`);
  if (Number.isNaN(value)) throw new SeqUsageError(`invalid ${quoteLocale('not-a-number')} argument: ${quoteLocale(arg)}`);
  // Spaces and '+' are not printed, so they do not count in the width.
  const text = arg.replace(/^[ \t\n\v\f\r+]+/, '');
  let width = 0;
  let precision = Infinity;
  const point = text.indexOf('.');
  if (point < 0 && !text.includes('p')) precision = 0;
  if (!/[xX]/.test(text) && Number.isFinite(value)) {
    let fraction = 0;
    width = text.length;
    if (point >= 0) {
      fraction = strcspn(text.slice(point + 1), 'eE');
      precision = fraction;
      width += fraction === 0 ? -1 : point === 0 || !/[0-9]/.test(text[point - 1]) ? 1 : 0;
    }
    let e = text.indexOf('e');
    if (e < 0) e = text.indexOf('E');
    if (e >= 0) {
      let exponent = Math.max(parseInt(text.slice(e + 1), 10) || 0, -Number.MAX_SAFE_INTEGER);
      precision += exponent < 0 ? -exponent : -Math.min(precision, exponent);
      width -= text.length - e;
      if (exponent < 0) {
        if (point >= 0) {
          if (e === point + 1) width++;
        } else width++;
        exponent = -exponent;
      } else {
        if (point >= 0 && precision === 0 && fraction) width--;
        exponent -= Math.min(fraction, exponent);
      }
      width += exponent;
    }
  }
  return { value, width, precision };
}

function strcspn(text: string, reject: string): number {
  let i = 0;
  while (i < text.length && !reject.includes(text[i])) i++;
  return i;
}

export interface Format {
  print(x: number): string;
  /** Bytes before and after the number (for the end-of-range check). */
  prefix: number;
  suffix: number;
}

/** get_default_format */
export function defaultFormat(first: Operand, step: Operand, last: Operand, equalWidth: boolean): Format {
  const prec = Math.max(first.precision, step.precision);
  if (prec !== Infinity && last.precision !== Infinity) {
    if (!equalWidth) return { print: (x) => formatFixed(x, prec), prefix: 0, suffix: 0 };
    const firstWidth = first.width + (prec - first.precision) + (first.precision === 0 && prec ? 1 : 0);
    let lastWidth = last.width + (prec - last.precision);
    if (last.precision && prec === 0) lastWidth--;
    if (last.precision === 0 && prec) lastWidth++;
    const width = Math.max(firstWidth, lastWidth);
    return { print: (x) => zeroPad(formatFixed(x, prec), width), prefix: 0, suffix: 0 };
  }
  return userFormat('%Lg');
}

function zeroPad(text: string, width: number): string {
  if (text.length >= width || !/^-?[0-9]/.test(text)) return text.padStart(width);
  const sign = text.startsWith('-') ? '-' : '';
  return sign + text.slice(sign.length).padStart(width - sign.length, '0');
}

/** long_double_format: a -f FORMAT with exactly one %e %f %g %a directive (any case). */
export function userFormat(format: string): Format {
  let i = 0;
  let prefix = 0;
  while (!(format[i] === '%' && format[i + 1] !== '%')) {
    if (i >= format.length) throw new SeqFatalError(`format ${quoteLocale(format)} has no % directive`);
    prefix++;
    i += format[i] === '%' ? 2 : 1;
  }
  const start = i;
  i++;
  while (i < format.length && "-+#0 '".includes(format[i])) i++;
  while (i < format.length && format[i] >= '0' && format[i] <= '9') i++;
  if (format[i] === '.') {
    i++;
    while (i < format.length && format[i] >= '0' && format[i] <= '9') i++;
  }
  if (format[i] === 'L') i++;
  if (i >= format.length) throw new SeqFatalError(`format ${quoteLocale(format)} ends in %`);
  if (!'efgaEFGA'.includes(format[i])) throw new SeqFatalError(`format ${quoteLocale(format)} has unknown %${format[i]} directive`);
  const end = i + 1;
  let suffix = 0;
  for (i = end; i < format.length; i += format[i] === '%' ? 2 : 1) {
    if (format[i] === '%' && format[i + 1] !== '%') throw new SeqFatalError(`format ${quoteLocale(format)} has too many % directives`);
    suffix++;
  }
  // printf(3) does not interpret backslashes, the shared engine does: double them. The ' flag
  // (digit grouping) does nothing in C.UTF-8.
  const directive = format.slice(start, end).replace(/'/g, '').replace('L', '');
  const escape = (text: string): string => text.replace(/\\/g, '\\\\');
  const head = escape(format.slice(0, start));
  const tail = escape(format.slice(end));
  return {
    print: (x) => formatPrintf(`${head}${directive}${tail}`, [numberText(x)], 'coreutils').output,
    prefix,
    suffix,
  };
}

/** The argument text that the printf engine reads back as exactly x. */
function numberText(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x < 0 ? '-inf' : 'inf';
  return Object.is(x, -0) ? '-0' : String(x);
}

export function parseFormatted(text: string): number | undefined {
  return parseFloating(text);
}
