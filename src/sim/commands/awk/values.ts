// awk's values: numbers are JS numbers, strings are JS strings, and input that looks numeric (a
// "strnum": fields, getline input, -v values, ARGV, ENVIRON, split() pieces) is a StrNum, which
// compares as a number but prints as the text the user typed. The uninitialized value is a StrNum
// too ("" and 0 at once), which gives exactly awk's rules for unset variables.

import { formatGeneral } from '../../text/float-format.ts';

export class StrNum {
  constructor(
    readonly s: string,
    readonly n: number,
  ) {}
}

export type Value = number | string | StrNum;

/** The value of a variable, element or field never assigned: compares equal to both 0 and "". */
export const UNINIT = new StrNum('', 0);

const SPACE = 0x20;
const TAB = 0x09;
const NL = 0x0a;

function isSpaceCode(c: number): boolean {
  return c === SPACE || (c >= TAB && c <= 0x0d);
}

/**
 * Where the numeric prefix of `s` (after leading white space) ends, as strtod reads a decimal
 * number; -1 when there is none. gawk reads neither hex nor "inf"/"nan" without a sign.
 */
function numericPrefixEnd(s: string, start: number): number {
  let i = start;
  const n = s.length;
  let c = s.charCodeAt(i);
  if (c === 0x2b || c === 0x2d) c = s.charCodeAt(++i);
  let digits = 0;
  while (c >= 0x30 && c <= 0x39) {
    digits++;
    c = s.charCodeAt(++i);
  }
  if (c === 0x2e) {
    c = s.charCodeAt(++i);
    while (c >= 0x30 && c <= 0x39) {
      digits++;
      c = s.charCodeAt(++i);
    }
  }
  if (digits === 0) return -1;
  if (c === 0x65 || c === 0x45) {
    let j = i + 1;
    let e = s.charCodeAt(j);
    if (e === 0x2b || e === 0x2d) e = s.charCodeAt(++j);
    if (e >= 0x30 && e <= 0x39) {
      while (e >= 0x30 && e <= 0x39) e = s.charCodeAt(++j);
      i = j;
    }
  }
  return i > n ? n : i;
}

/** gawk's "+inf", "-nan" and friends (a sign is required). */
function magicValue(s: string, start: number): number | undefined {
  const sign = s[start];
  if (sign !== '+' && sign !== '-') return undefined;
  const word = s.slice(start + 1, start + 4).toLowerCase();
  if (word === 'inf') return sign === '-' ? -Infinity : Infinity;
  if (word === 'nan') return NaN;
  return undefined;
}

/** A string's numeric value: its longest numeric prefix, as awk's atof. */
export function strToNum(s: string): number {
  let i = 0;
  while (i < s.length && isSpaceCode(s.charCodeAt(i))) i++;
  const end = numericPrefixEnd(s, i);
  if (end < 0) return magicValue(s, i) ?? 0;
  return i === 0 && end === s.length ? +s : +s.slice(i, end);
}

/** Whether input text "looks numeric" (then it is a strnum): a number with only blanks around. */
export function looksNumeric(s: string): boolean {
  let i = 0;
  const n = s.length;
  while (i < n && isSpaceCode(s.charCodeAt(i))) i++;
  let end = numericPrefixEnd(s, i);
  if (end < 0) {
    if (magicValue(s, i) === undefined) return false;
    end = i + 4;
  }
  while (end < n && isSpaceCode(s.charCodeAt(end))) end++;
  return end === n;
}

/** The value of a piece of input: a strnum when it looks numeric, else a plain string. */
export function inputValue(s: string): Value {
  if (s === '') return s;
  const c = s.charCodeAt(0);
  // Fast rejection: a number starts with a digit, sign, point or white space.
  if (!((c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2b || c === 0x2e || c === SPACE || c === TAB || c === NL)) return s;
  return looksNumeric(s) ? new StrNum(s, strToNum(s)) : s;
}

export function toNum(v: Value): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return strToNum(v);
  return v.n;
}

/** Text for a number that is not an integer: nan and inf as gawk prints them. */
export function nonFiniteText(n: number): string {
  if (n !== n) return '-nan';
  return n > 0 ? '+inf' : '-inf';
}

/** An integral number as awk prints it (%d, with every digit even past 2^53, as gawk does). */
export function integerText(n: number): string {
  if (n > -1e16 && n < 1e16) return String(n === 0 ? 0 : n);
  return BigInt(n).toString();
}

export type NumberFormatter = (format: string, n: number) => string;

let formatWithFormat: NumberFormatter = (_format, n) => formatGeneral(n, 6);

/** The printf engine registers itself here (CONVFMT and OFMT may be any format). */
export function setNumberFormatter(formatter: NumberFormatter): void {
  formatWithFormat = formatter;
}

/** A number as a string under CONVFMT or OFMT: integers as integers, the rest through the format. */
export function numToStr(n: number, format: string): string {
  if (Number.isInteger(n)) return integerText(n);
  if (!Number.isFinite(n)) return nonFiniteText(n);
  if (format === '%.6g') return formatGeneral(n, 6);
  return formatWithFormat(format, n);
}

export function toStr(v: Value, convfmt: string): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numToStr(v, convfmt);
  return v.s;
}

export function toBool(v: Value): boolean {
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return v !== '';
  return v === UNINIT ? false : v.n !== 0;
}

/** Array subscripts: integers straight to text, other numbers through CONVFMT. */
export function toKey(v: Value, convfmt: string): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isInteger(v) && v > -1e16 && v < 1e16 ? String(v === 0 ? 0 : v) : numToStr(v, convfmt);
  return v.s;
}

/**
 * awk's comparison: numeric when both sides are numbers or strnums (the uninitialized value counts
 * as one), otherwise as strings. Returns <0, 0 or >0, or NaN when a NaN makes them unordered.
 */
export function compareValues(a: Value, b: Value, convfmt: string): number {
  if (typeof a !== 'string' && typeof b !== 'string') {
    const x = typeof a === 'number' ? a : a.n;
    const y = typeof b === 'number' ? b : b.n;
    // NaN is unordered: every comparison with it is false but !=, as in C.
    return x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN;
  }
  const s = toStr(a, convfmt);
  const t = toStr(b, convfmt);
  return s < t ? -1 : s > t ? 1 : 0;
}
