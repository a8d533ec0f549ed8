// Sets of Unicode code points as sorted, merged ranges: what a bracket expression, `.`, `\w` or a
// character class stands for. Sets are computed exactly (glibc's classes, ranges in code-point order
// as in C.UTF-8) and then written out as one JavaScript character class, so the generated RegExp and
// the leftmost-longest matcher agree on every character.

import { ALPHA_RANGES, LOWER_RANGES, PUNCT_RANGES, UPPER_RANGES } from './ctype-data.ts';

/** Flat list [lo0, hi0, lo1, hi1, ...], sorted and non-overlapping, inclusive bounds. */
export type CharSet = readonly number[];

export const MAX_CODE_POINT = 0x10ffff;

/** Bytes that are not valid UTF-8 are decoded as U+DC80..U+DCFF (see ../byte-text.ts); like glibc's
 * `.` and `[^...]`, no class matches them. Lone surrogates never come from valid UTF-8 either. */
export const SURROGATES: CharSet = [0xd800, 0xdfff];

export function single(cp: number): CharSet {
  return [cp, cp];
}

export function range(lo: number, hi: number): CharSet {
  return [lo, hi];
}

export function union(...sets: CharSet[]): CharSet {
  const pairs: [number, number][] = [];
  for (const set of sets) for (let i = 0; i < set.length; i += 2) pairs.push([set[i], set[i + 1]]);
  pairs.sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (const [lo, hi] of pairs) {
    const last = out.length - 1;
    if (last > 0 && lo <= out[last] + 1) out[last] = Math.max(out[last], hi);
    else out.push(lo, hi);
  }
  return out;
}

export function complement(set: CharSet): CharSet {
  const out: number[] = [];
  let next = 0;
  for (let i = 0; i < set.length; i += 2) {
    if (set[i] > next) out.push(next, set[i] - 1);
    next = set[i + 1] + 1;
  }
  if (next <= MAX_CODE_POINT) out.push(next, MAX_CODE_POINT);
  return out;
}

export function subtract(set: CharSet, remove: CharSet): CharSet {
  return complement(union(complement(set), remove));
}

export function contains(set: CharSet, cp: number): boolean {
  let lo = 0;
  let hi = set.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (cp < set[mid * 2]) hi = mid - 1;
    else if (cp > set[mid * 2 + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}

export function isEmpty(set: CharSet): boolean {
  return set.length === 0;
}

/** The set as a JavaScript character class (for a RegExp with the `u` flag). */
export function toClassSource(set: CharSet): string {
  if (set.length === 0) return '[]';
  if (set.length === 2 && set[0] === 0 && set[1] === MAX_CODE_POINT) return '[^]';
  let out = '[';
  for (let i = 0; i < set.length; i += 2) {
    out += classChar(set[i]);
    if (set[i + 1] !== set[i]) out += `${set[i + 1] > set[i] + 1 ? '-' : ''}${classChar(set[i + 1])}`;
  }
  return `${out}]`;
}

function classChar(cp: number): string {
  if ((cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)) return String.fromCharCode(cp);
  return `\\u{${cp.toString(16)}}`;
}

function decode(data: string): CharSet {
  const out: number[] = [];
  let previous = -1;
  for (const item of data.split(',')) {
    const plus = item.indexOf('+');
    const lo = previous + 1 + parseInt(plus < 0 ? item : item.slice(0, plus), 16);
    const hi = lo + (plus < 0 ? 0 : parseInt(item.slice(plus + 1), 16));
    out.push(lo, hi);
    previous = hi;
  }
  return out;
}

const DIGIT: CharSet = [0x30, 0x39];
const BLANK: CharSet = [0x09, 0x09, 0x20, 0x20, 0x1680, 0x1680, 0x2000, 0x2006, 0x2008, 0x200a, 0x205f, 0x205f, 0x3000, 0x3000];
const SPACE: CharSet = union(BLANK, [0x0a, 0x0d, 0x2028, 0x2029]);
const CNTRL: CharSet = [0x00, 0x1f, 0x7f, 0x9f, 0x2028, 0x2029];
const XDIGIT: CharSet = [0x30, 0x39, 0x41, 0x46, 0x61, 0x66];

let classes: Map<string, CharSet> | undefined;

/** A POSIX class by name ("alpha", "digit"...), or undefined when there is no such class. */
export function posixClass(name: string): CharSet | undefined {
  if (!classes) {
    const alpha = decode(ALPHA_RANGES);
    const punct = decode(PUNCT_RANGES);
    const graph = union(alpha, DIGIT, punct);
    classes = new Map([
      ['alpha', alpha],
      ['upper', decode(UPPER_RANGES)],
      ['lower', decode(LOWER_RANGES)],
      ['digit', DIGIT],
      ['xdigit', XDIGIT],
      ['space', SPACE],
      ['blank', BLANK],
      ['punct', punct],
      ['alnum', union(alpha, DIGIT)],
      ['graph', graph],
      ['print', union(graph, subtract(BLANK, [0x09, 0x09]))],
      ['cntrl', CNTRL],
    ]);
  }
  return classes.get(name);
}

let word: CharSet | undefined;

/** [_[:alnum:]]: what \w, \b, \<, \> and grep -w count as a word character. */
export function wordChars(): CharSet {
  word ??= union(posixClass('alnum')!, single(0x5f));
  return word;
}
