// The numbers sort -n, -h, -g and -M read from a key, parsed as GNU sort does in the C.UTF-8 locale
// (decimal point '.', no thousands separator). Keys are byte strings (sort-byte-lines.ts).
//
// -n compares decimal strings exactly (gnulib's strnumcmp). To keep comparisons cheap, each key is
// turned into a double once: exact in order for up to 15 significant digits; longer numbers are
// flagged so that ties between their doubles are settled by the exact string comparison.

/** isblank() plus newline, GNU sort's field_sep(): what -b skips and what separates fields. */
export function isBlankByte(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

const POWERS_OF_TEN: number[] = Array.from({ length: 23 }, (_, i) => Number(`1e${i}`));

/** A key's -n value; `exact` is false when the double may tie with a different number. */
export interface NumericValue {
  value: number;
  exact: boolean;
}

/**
 * Reads [blanks][-]digits[.digits] from text[from, to). Anything else ends the number; no digits
 * means zero. Returns the value, and through `out.exact` whether it is exact in order.
 */
export function numericValue(text: string, from: number, to: number, out: NumericValue): number {
  let i = from;
  while (i < to && isBlankByte(text.charCodeAt(i))) i++;
  let negative = false;
  if (i < to && text.charCodeAt(i) === 0x2d) {
    negative = true;
    i++;
  }
  const start = i;
  let mantissa = 0;
  let significant = 0;
  let fractionDigits = 0;
  let pendingZeros = 0;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (!isDigit(c)) break;
    if (significant > 0 || c !== 0x30) {
      mantissa = mantissa * 10 + (c - 0x30);
      significant++;
    }
    i++;
  }
  const integerEnd = i;
  if (i < to && text.charCodeAt(i) === 0x2e) {
    i++;
    while (i < to) {
      const c = text.charCodeAt(i);
      if (!isDigit(c)) break;
      fractionDigits++;
      if (c === 0x30) pendingZeros++;
      else {
        // Trailing zeros of the fraction do not count; zeros between digits do.
        for (; pendingZeros > 0; pendingZeros--) {
          if (significant > 0) {
            mantissa *= 10;
            significant++;
          }
        }
        mantissa = mantissa * 10 + (c - 0x30);
        significant++;
      }
      i++;
    }
  }
  const scale = fractionDigits - pendingZeros;
  if (significant <= 15 && scale < POWERS_OF_TEN.length) {
    out.exact = true;
    // Both operands are exact, so the quotient is the correctly rounded value.
    const value = scale === 0 ? mantissa : mantissa / POWERS_OF_TEN[scale];
    return negative ? -value : value;
  }
  out.exact = false;
  const digits = text.slice(start, integerEnd) + (i > integerEnd ? `.${text.slice(integerEnd + 1, i)}` : '');
  const value = Number(digits === '.' ? '0' : digits);
  return negative ? -value : value;
}

interface Decimal {
  negative: boolean;
  integer: string;
  fraction: string;
}

function decimalOf(text: string, from: number, to: number): Decimal {
  let i = from;
  while (i < to && isBlankByte(text.charCodeAt(i))) i++;
  let negative = false;
  if (i < to && text.charCodeAt(i) === 0x2d) {
    negative = true;
    i++;
  }
  const intStart = i;
  while (i < to && isDigit(text.charCodeAt(i))) i++;
  let integer = text.slice(intStart, i).replace(/^0+/, '');
  let fraction = '';
  if (i < to && text.charCodeAt(i) === 0x2e) {
    const fracStart = ++i;
    while (i < to && isDigit(text.charCodeAt(i))) i++;
    fraction = text.slice(fracStart, i).replace(/0+$/, '');
  }
  if (integer === '' && fraction === '') negative = false;
  return { negative, integer, fraction };
}

/** strnumcmp: exact comparison of two -n numbers. */
export function compareDecimalStrings(a: string, aFrom: number, aTo: number, b: string, bFrom: number, bTo: number): number {
  const x = decimalOf(a, aFrom, aTo);
  const y = decimalOf(b, bFrom, bTo);
  if (x.negative !== y.negative) return x.negative ? -1 : 1;
  let order: number;
  if (x.integer.length !== y.integer.length) order = x.integer.length < y.integer.length ? -1 : 1;
  else if (x.integer !== y.integer) order = x.integer < y.integer ? -1 : 1;
  else if (x.fraction !== y.fraction) order = x.fraction < y.fraction ? -1 : 1;
  else order = 0;
  return x.negative ? -order : order;
}

const UNIT_ORDER: Record<string, number> = { K: 1, k: 1, M: 2, G: 3, T: 4, P: 5, E: 6, Z: 7, Y: 8 };

/**
 * -h: the order of magnitude of the SI suffix after the number (0 without one, or when the number
 * is zero), negative for negative numbers; GNU's find_unit_order.
 */
export function unitOrder(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isBlankByte(text.charCodeAt(i))) i++;
  const negative = i < to && text.charCodeAt(i) === 0x2d;
  if (negative) i++;
  let nonzero = false;
  for (; i < to && isDigit(text.charCodeAt(i)); i++) if (text.charCodeAt(i) !== 0x30) nonzero = true;
  if (i < to && text.charCodeAt(i) === 0x2e) {
    for (i++; i < to && isDigit(text.charCodeAt(i)); i++) if (text.charCodeAt(i) !== 0x30) nonzero = true;
  }
  if (!nonzero || i >= to) return 0;
  const order = UNIT_ORDER[text[i]] ?? 0;
  return negative ? -order : order;
}

/** -g's classes: conversion errors sort first, then NaNs, then numbers. */
export const enum GeneralClass {
  Error = 0,
  NaN = 1,
  Number = 2,
}

const STRTOD_SPACE = /^[ \t\n\v\f\r]*/;
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;
const HEX = /^([+-]?)0[xX]((?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+))(?:[pP]([+-]?\d+))?/;
const SPECIAL = /^([+-]?)(inf(?:inity)?|nan(?:\([0-9A-Za-z_]*\))?)/i;

/**
 * strtold() on the key: the value of its longest numeric prefix. `out[0]` receives the class;
 * a NaN's value is its sign (0 or 1), which is what GNU's bit-pattern comparison orders by.
 */
export function generalValue(key: string, out: GeneralClass[]): number {
  const rest = key.slice(STRTOD_SPACE.exec(key)![0].length);
  const hex = HEX.exec(rest);
  if (hex) {
    out[0] = GeneralClass.Number;
    const [intPart, fracPart = ''] = hex[2].split('.');
    let value = 0;
    for (const digit of intPart + fracPart) value = value * 16 + parseInt(digit, 16);
    value *= 2 ** (Number(hex[3] ?? 0) - 4 * fracPart.length);
    return hex[1] === '-' ? -value : value;
  }
  const special = SPECIAL.exec(rest);
  if (special) {
    const negative = special[1] === '-';
    if (/^n/i.test(special[2])) {
      out[0] = GeneralClass.NaN;
      return negative ? 1 : 0;
    }
    out[0] = GeneralClass.Number;
    return negative ? -Infinity : Infinity;
  }
  const decimal = DECIMAL.exec(rest);
  if (!decimal) {
    out[0] = GeneralClass.Error;
    return 0;
  }
  out[0] = GeneralClass.Number;
  return Number(decimal[0]);
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];

/** -M: 1-12 when the key starts (after blanks) with a month abbreviation in any case, else 0. */
export function monthNumber(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isBlankByte(text.charCodeAt(i))) i++;
  if (to - i < 3) return 0;
  // GNU folds with toupper(), which in C.UTF-8 changes ASCII letters only.
  let name = '';
  for (let k = i; k < i + 3; k++) {
    const c = text.charCodeAt(k);
    name += String.fromCharCode(c >= 0x61 && c <= 0x7a ? c - 0x20 : c);
  }
  return MONTHS.indexOf(name) + 1;
}
