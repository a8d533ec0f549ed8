// sort's comparison: every key of every line is extracted and converted once (text, number,
// month...), then lines are compared by index, key by key, as GNU's keycompare does, falling back to
// the last-resort whole-line byte comparison unless -s or -u. Lines are byte strings, so the native
// string comparison is the C.UTF-8 (code point = byte) order GNU uses.

import { WHOLE_LINE, keyBounds, type KeyField } from './sort-keys.ts';
import {
  GeneralClass, compareDecimalStrings, generalValue, isBlankByte, monthNumber, numericValue, unitOrder, type NumericValue,
} from './sort-numbers.ts';
import { compareVersions } from './sort-version.ts';
import { flatCopy } from './sort-byte-lines.ts';

export interface CompareSettings {
  keys: KeyField[];
  /** The -t byte, or DEFAULT_TAB (sort-keys.ts). */
  tab: number;
  /** Global -r: reverses the last-resort comparison. */
  reverse: boolean;
  /** -s or -u: no last-resort comparison. */
  keysOnly: boolean;
  /** Salt for -R's hash. */
  randomSalt: number;
}

export type IndexComparator = (i: number, j: number) => number;

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The comparison GNU's compare() makes between lines[i] and lines[j]. */
export function prepareComparator(lines: readonly string[], settings: CompareSettings): IndexComparator {
  const lastResort: IndexComparator = settings.reverse
    ? (i, j) => compareStrings(lines[j], lines[i])
    : (i, j) => compareStrings(lines[i], lines[j]);
  if (settings.keys.length === 0) return lastResort;
  const columns = settings.keys.map((key) => prepareKey(lines, key, settings));
  if (columns.length === 1) {
    const only = columns[0];
    if (settings.keysOnly) return only;
    return (i, j) => only(i, j) || lastResort(i, j);
  }
  return (i, j) => {
    for (let k = 0; k < columns.length; k++) {
      const diff = columns[k](i, j);
      if (diff !== 0) return diff;
    }
    return settings.keysOnly ? 0 : lastResort(i, j);
  };
}

const DICTIONARY = new Uint8Array(256);
const NONPRINTING = new Uint8Array(256);
for (let c = 0; c < 256; c++) {
  const alnum = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  DICTIONARY[c] = alnum || isBlankByte(c) ? 0 : 1;
  NONPRINTING[c] = c >= 0x20 && c <= 0x7e ? 0 : 1;
}

/** The key's text with -d/-i characters dropped and -f folding applied. */
function transform(text: string, key: KeyField): string {
  if (key.ignore === null && !key.fold) return text;
  const table = key.ignore === 'dictionary' ? DICTIONARY : key.ignore === 'nonprinting' ? NONPRINTING : null;
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (table !== null && table[c] === 1) {
      out += text.slice(from, i);
      from = i + 1;
    }
  }
  out += text.slice(from);
  // toupper() in C.UTF-8 changes ASCII letters only, which is what this regex touches.
  return key.fold ? out.replace(/[a-z]+/g, (s) => s.toUpperCase()) : out;
}

function prepareKey(lines: readonly string[], key: KeyField, settings: CompareSettings): IndexComparator {
  const n = lines.length;
  const tab = settings.tab;
  const bounds = new Int32Array(2);
  const whole = key.sword === WHOLE_LINE && key.eword === WHOLE_LINE && !key.skipStartBlanks;
  const text = (i: number): string => {
    const line = lines[i];
    if (whole) return line;
    keyBounds(line, key, tab, bounds);
    return line.slice(bounds[0], bounds[1]);
  };
  let compare: IndexComparator;
  if (key.numeric || key.humanNumeric) {
    const values = new Float64Array(n);
    const inexact = new Uint8Array(n);
    const orders = key.humanNumeric ? new Int8Array(n) : null;
    const parsed: NumericValue = { value: 0, exact: true };
    for (let i = 0; i < n; i++) {
      const line = lines[i];
      keyBounds(line, key, tab, bounds);
      values[i] = numericValue(line, bounds[0], bounds[1], parsed);
      if (!parsed.exact) inexact[i] = 1;
      if (orders !== null) orders[i] = unitOrder(line, bounds[0], bounds[1]);
    }
    const exactly = (i: number, j: number): number => {
      const a = text(i);
      const b = text(j);
      return compareDecimalStrings(a, 0, a.length, b, 0, b.length);
    };
    compare = (i, j) => {
      if (orders !== null && orders[i] !== orders[j]) return orders[i] - orders[j];
      const x = values[i];
      const y = values[j];
      if (x < y) return -1;
      if (x > y) return 1;
      return inexact[i] | inexact[j] ? exactly(i, j) : 0;
    };
  } else if (key.generalNumeric) {
    const values = new Float64Array(n);
    const classes = new Uint8Array(n);
    const kind: GeneralClass[] = [GeneralClass.Error];
    for (let i = 0; i < n; i++) {
      values[i] = generalValue(text(i), kind);
      classes[i] = kind[0];
    }
    compare = (i, j) => {
      if (classes[i] !== classes[j]) return classes[i] - classes[j];
      const x = values[i];
      const y = values[j];
      return x < y ? -1 : x > y ? 1 : 0;
    };
  } else if (key.month) {
    const months = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const line = lines[i];
      keyBounds(line, key, tab, bounds);
      months[i] = monthNumber(line, bounds[0], bounds[1]);
    }
    compare = (i, j) => months[i] - months[j];
  } else {
    const texts: string[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const raw = text(i);
      const value = transform(raw, key);
      // Slices and built strings sort several times slower than sequential ones (sort-byte-lines.ts).
      texts[i] = value === lines[i] ? value : flatCopy(value);
    }
    if (key.version) compare = (i, j) => compareVersions(texts[i], texts[j]);
    else if (key.random) {
      const hashes = new Float64Array(n);
      for (let i = 0; i < n; i++) hashes[i] = hash(texts[i], settings.randomSalt);
      compare = (i, j) => {
        const x = hashes[i];
        const y = hashes[j];
        return x < y ? -1 : x > y ? 1 : compareStrings(texts[i], texts[j]);
      };
    } else compare = (i, j) => compareStrings(texts[i], texts[j]);
  }
  return key.reverse ? (i, j) => compare(j, i) : compare;
}

/** A salted 53-bit hash of a key, for -R (which only promises a random order of distinct keys). */
function hash(text: string, salt: number): number {
  let h1 = 0xdeadbeef ^ salt;
  let h2 = 0x41c6ce57 ^ salt;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
