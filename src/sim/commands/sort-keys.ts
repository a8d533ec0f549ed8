// Sort keys: KEYDEF parsing (-k F[.C][OPTS][,F[.C][OPTS]] and the obsolete +POS1 -POS2), ordering
// options, and GNU's begfield/limfield, which find where a key starts and ends in a line.

import { isBlankByte } from './sort-numbers.ts';

/** GNU's SIZE_MAX for sword/eword: the key starts at the line's start / ends at its end. */
export const WHOLE_LINE = -1;
/** -t not given: fields are separated by the empty string between non-blank and blank. */
export const DEFAULT_TAB = -1;

export interface KeyField {
  /** Zero-based field where the key starts, or WHOLE_LINE. */
  sword: number;
  /** Characters to skip in that field. */
  schar: number;
  /** Zero-based field where the key ends, or WHOLE_LINE. */
  eword: number;
  /** Characters of the end field to include; 0 means the whole field. */
  echar: number;
  skipStartBlanks: boolean;
  skipEndBlanks: boolean;
  /** -d ignores all but blanks and alphanumerics, -i ignores nonprinting bytes. */
  ignore: 'dictionary' | 'nonprinting' | null;
  /** -f: fold lower case to upper case. */
  fold: boolean;
  numeric: boolean;
  generalNumeric: boolean;
  humanNumeric: boolean;
  month: boolean;
  random: boolean;
  version: boolean;
  reverse: boolean;
}

export function newKey(): KeyField {
  return {
    sword: 0, schar: 0, eword: WHOLE_LINE, echar: 0, skipStartBlanks: false, skipEndBlanks: false, ignore: null,
    fold: false, numeric: false, generalNumeric: false, humanNumeric: false, month: false, random: false,
    version: false, reverse: false,
  };
}

/** A fatal error in an option's argument; sort prints "sort: MESSAGE" and exits 2. */
export class SortFailure extends Error {}

type BlankType = 'start' | 'end' | 'both';

/** Applies ordering letters from s[at...]; returns the index of the first other character. */
export function setOrdering(s: string, at: number, key: KeyField, blanks: BlankType): number {
  for (; at < s.length; at++) {
    switch (s[at]) {
      case 'b':
        if (blanks !== 'end') key.skipStartBlanks = true;
        if (blanks !== 'start') key.skipEndBlanks = true;
        break;
      case 'd': key.ignore = 'dictionary'; break;
      case 'f': key.fold = true; break;
      case 'g': key.generalNumeric = true; break;
      case 'h': key.humanNumeric = true; break;
      // -d implies -i, and option order should not matter, so -i does not override -d.
      case 'i': key.ignore ??= 'nonprinting'; break;
      case 'M': key.month = true; break;
      case 'n': key.numeric = true; break;
      case 'R': key.random = true; break;
      case 'r': key.reverse = true; break;
      case 'V': key.version = true; break;
      default: return at;
    }
  }
  return at;
}

/** GNU's default_key_compare: true when the key has no ordering options (reverse aside). */
export function isDefaultKey(key: KeyField): boolean {
  return !(key.ignore || key.fold || key.skipStartBlanks || key.skipEndBlanks || key.numeric || key.generalNumeric ||
    key.humanNumeric || key.month || key.version || key.random);
}

/** The ordering letters of a key, as GNU lists them in "options '-Mn' are incompatible". */
export function keyOptions(key: KeyField): string {
  let opts = '';
  if (key.skipStartBlanks || key.skipEndBlanks) opts += 'b';
  if (key.ignore === 'dictionary') opts += 'd';
  if (key.fold) opts += 'f';
  if (key.generalNumeric) opts += 'g';
  if (key.humanNumeric) opts += 'h';
  if (key.ignore === 'nonprinting') opts += 'i';
  if (key.month) opts += 'M';
  if (key.numeric) opts += 'n';
  if (key.random) opts += 'R';
  if (key.reverse) opts += 'r';
  if (key.version) opts += 'V';
  return opts;
}

/** Throws when a key combines orderings that exclude each other (-n with -M, -d with -g...). */
export function checkCompatibility(key: KeyField): void {
  const kinds = +key.numeric + +key.generalNumeric + +key.humanNumeric + +key.month + +(key.version || key.random || key.ignore !== null);
  if (kinds > 1) {
    const cleared = { ...key, skipStartBlanks: false, skipEndBlanks: false, reverse: false };
    throw new SortFailure(`options '-${keyOptions(cleared)}' are incompatible`);
  }
}

const BIG = Number.MAX_SAFE_INTEGER;

/** parse_field_count: a leading decimal count (huge values saturate); null if there are no digits. */
function parseCount(s: string, at: number): { value: number; end: number } | null {
  // xstrtoumax, like strtoul, allows leading white space and a plus sign.
  let digits = at;
  while (digits < s.length && ' \t\n\v\f\r'.includes(s[digits])) digits++;
  if (s[digits] === '+') digits++;
  let end = digits;
  while (end < s.length && s.charCodeAt(end) >= 0x30 && s.charCodeAt(end) <= 0x39) end++;
  if (end === digits) return null;
  const value = Number(s.slice(digits, end));
  return { value: value > BIG ? BIG : value, end };
}

function badSpec(spec: string, message: string): never {
  throw new SortFailure(`${message}: invalid field specification ‘${spec}’`);
}

function count(spec: string, at: number, message: string): { value: number; end: number } {
  const parsed = parseCount(spec, at);
  if (parsed === null) throw new SortFailure(`${message}: invalid count at start of ‘${spec.slice(at)}’`);
  return parsed;
}

/** -k POS1[,POS2]. */
export function parseKeySpec(spec: string): KeyField {
  const key = newKey();
  let { value, end } = count(spec, 0, "invalid number at field start");
  if (value === 0) badSpec(spec, 'field number is zero');
  key.sword = value - 1;
  if (spec[end] === '.') {
    ({ value, end } = count(spec, end + 1, "invalid number after '.'"));
    if (value === 0) badSpec(spec, 'character offset is zero');
    key.schar = value - 1;
  }
  if (key.sword === 0 && key.schar === 0) key.sword = WHOLE_LINE;
  end = setOrdering(spec, end, key, 'start');
  if (spec[end] !== ',') {
    key.eword = WHOLE_LINE;
    key.echar = 0;
  } else {
    ({ value, end } = count(spec, end + 1, "invalid number after ','"));
    if (value === 0) badSpec(spec, 'field number is zero');
    key.eword = value - 1;
    if (spec[end] === '.') ({ value: key.echar, end } = count(spec, end + 1, "invalid number after '.'"));
    end = setOrdering(spec, end, key, 'end');
  }
  if (end < spec.length) badSpec(spec, 'stray character in field spec');
  return key;
}

/**
 * The obsolete +POS1 [-POS2] (zero-based fields). Returns null when `plus` is not a valid +POS1,
 * in which case it is a file operand.
 */
export function parseObsoleteKey(plus: string, minus: string | undefined): KeyField | null {
  const key = newKey();
  const start = parseCount(plus, 1);
  if (start === null) return null;
  key.sword = start.value;
  let end = start.end;
  if (plus[end] === '.') {
    const chars = parseCount(plus, end + 1);
    if (chars === null) return null;
    key.schar = chars.value;
    end = chars.end;
  }
  if (key.sword === 0 && key.schar === 0) key.sword = WHOLE_LINE;
  if (setOrdering(plus, end, key, 'start') < plus.length) return null;
  if (minus === undefined) return key;
  let { value, end: at } = count(minus, 1, "invalid number after '-'");
  key.eword = value;
  if (minus[at] === '.') ({ value: key.echar, end: at } = count(minus, at + 1, "invalid number after '.'"));
  // +A.x -B.y means -k A+1.x+1,B.y when y is 0, else -k A+1.x+1,B+1.y.
  if (key.echar === 0 && key.eword > 0) key.eword--;
  if (setOrdering(minus, at, key, 'end') < minus.length) badSpec(minus, 'stray character in field spec');
  return key;
}

/** Where the key starts in `line` (begfield); `tab` is a byte or DEFAULT_TAB. */
export function keyStart(line: string, key: KeyField, tab: number): number {
  const lim = line.length;
  let ptr = 0;
  let sword = key.sword;
  if (tab !== DEFAULT_TAB) {
    while (ptr < lim && sword-- > 0) {
      while (ptr < lim && line.charCodeAt(ptr) !== tab) ++ptr;
      if (ptr < lim) ++ptr;
    }
  } else {
    while (ptr < lim && sword-- > 0) {
      while (ptr < lim && isBlankByte(line.charCodeAt(ptr))) ++ptr;
      while (ptr < lim && !isBlankByte(line.charCodeAt(ptr))) ++ptr;
    }
  }
  if (key.skipStartBlanks) while (ptr < lim && isBlankByte(line.charCodeAt(ptr))) ++ptr;
  return Math.min(lim, ptr + key.schar);
}

/** Where the key ends (limfield): one past its last character. */
export function keyEnd(line: string, key: KeyField, tab: number): number {
  const lim = line.length;
  let ptr = 0;
  let eword = key.eword;
  const echar = key.echar;
  if (echar === 0) eword++; // the whole end field
  if (tab !== DEFAULT_TAB) {
    while (ptr < lim && eword-- > 0) {
      while (ptr < lim && line.charCodeAt(ptr) !== tab) ++ptr;
      if (ptr < lim && (eword > 0 || echar !== 0)) ++ptr;
    }
  } else {
    while (ptr < lim && eword-- > 0) {
      while (ptr < lim && isBlankByte(line.charCodeAt(ptr))) ++ptr;
      while (ptr < lim && !isBlankByte(line.charCodeAt(ptr))) ++ptr;
    }
  }
  if (echar !== 0) {
    if (key.skipEndBlanks) while (ptr < lim && isBlankByte(line.charCodeAt(ptr))) ++ptr;
    ptr = Math.min(lim, ptr + echar);
  }
  return ptr;
}

/** [start, end) of the key in the line, as keycompare sees it (an end before the start is empty). */
export function keyBounds(line: string, key: KeyField, tab: number, out: Int32Array | number[]): void {
  const end = key.eword === WHOLE_LINE ? line.length : keyEnd(line, key, tab);
  let start: number;
  if (key.sword !== WHOLE_LINE) start = keyStart(line, key, tab);
  else {
    start = 0;
    if (key.skipStartBlanks) while (start < line.length && isBlankByte(line.charCodeAt(start))) start++;
  }
  out[0] = start;
  out[1] = end < start ? start : end;
}
