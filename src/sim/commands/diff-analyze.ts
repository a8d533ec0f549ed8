// GNU diff's comparison of two texts (diffutils 3.8 io.c and analyze.c, with gnulib's diffseq.h):
// the identical prefix and suffix are set aside, lines become equivalence classes (so -i, -b, -w
// and -Z only change what counts as equal), lines with no match are discarded, Myers' O(ND)
// search with GNU's heuristics finds the changes, and shift_boundaries slides each run of changes
// where GNU would. Following GNU step by step is what makes the hunks come out the same.

import { compareSequences } from './diff-lcs.ts';

export type WhiteSpace = 'none' | 'trailing' | 'change' | 'all';

export interface CompareOptions {
  ignoreCase: boolean;
  whiteSpace: WhiteSpace;
  /** --minimal: no discarding, no giving up on expensive searches. */
  minimal: boolean;
  /** --speed-large-files. */
  speedLargeFiles: boolean;
  /** Lines kept around the differences before the identical ends are set aside. */
  horizonLines: number;
}

/** One file's text: the whole byte string and its lines (without their newlines). */
export interface DiffText {
  text: string;
  lines: string[];
  /** Whether the last line has no newline. */
  missingNewline: boolean;
}

/** A run of changes: `deleted` lines of file 0 at line0 replaced by `inserted` lines of file 1 at line1 (0-based). */
export interface Change {
  line0: number;
  line1: number;
  deleted: number;
  inserted: number;
  /** Whether only ignorable lines change (-B), for hunk grouping. */
  ignore: boolean;
}

/** Splits a byte string into lines. */
export function toLines(text: string): DiffText {
  if (text === '') return { text, lines: [], missingNewline: false };
  const missingNewline = !text.endsWith('\n');
  const lines = (missingNewline ? text : text.slice(0, -1)).split('\n');
  return { text, lines, missingNewline };
}

/** What a line is compared as: equal keys are equal lines (GNU's hash plus lines_differ). */
function lineKey(line: string, options: CompareOptions): string {
  let key = line;
  switch (options.whiteSpace) {
    case 'all':
      key = key.replace(/[ \t\v\f\r]+/g, '');
      break;
    case 'change':
      key = key.replace(/[ \t\v\f\r]+$/, '').replace(/[ \t\v\f\r]+/g, ' ');
      break;
    case 'trailing':
      key = key.replace(/[ \t\v\f\r]+$/, '');
      break;
  }
  // tolower() in C.UTF-8 changes ASCII letters only.
  return options.ignoreCase ? key.replace(/[A-Z]+/g, (s) => s.toLowerCase()) : key;
}

/** Lines at the start (and end) that both files share, as find_identical_ends counts them. */
function identicalEnds(texts: DiffText[], missing: [boolean, boolean], horizon: number): { prefixEnd: number; suffix: [number, number] } {
  // GNU gives an incomplete last line its newline before looking.
  const byteAt = (t: DiffText, i: number): number => (i < t.text.length ? t.text.charCodeAt(i) : 0x0a);
  const a = { charCodeAt: (i: number) => byteAt(texts[0], i) };
  const b = { charCodeAt: (i: number) => byteAt(texts[1], i) };
  const n0 = texts[0].text.length + +missing[0];
  const n1 = texts[1].text.length + +missing[1];
  let p = 0;
  const limit = Math.min(n0, n1);
  // Most of the prefix is compared in blocks.
  const common = Math.min(texts[0].text.length, texts[1].text.length);
  for (let block = 4096; p + block <= common && texts[0].text.slice(p, p + block) === texts[1].text.slice(p, p + block); p += block);
  while (p < limit && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  // The newline added to an incomplete last line is not part of the prefix of only one file.
  if ((n0 - +missing[0] < p) !== (n1 - +missing[1] < p)) p--;
  let i = horizon;
  while (p !== 0 && (a.charCodeAt(p - 1) !== 0x0a || i-- > 0)) p--;
  const prefixEnd = p;
  let p0 = n0;
  let p1 = n1;
  if (missing[0] === missing[1]) {
    let beg0 = prefixEnd + (n0 < n1 ? 0 : n0 - n1);
    const differs = (): boolean => {
      if (a.charCodeAt(--p0) === b.charCodeAt(--p1)) return false;
      ++p0;
      ++p1;
      beg0 = p0;
      return true;
    };
    let found = false;
    // The added newline, then equal blocks, then byte by byte.
    while (!found && p0 !== beg0 && p0 > texts[0].text.length) found = differs();
    if (!found) {
      const [t0, t1] = [texts[0].text, texts[1].text];
      for (const block = 4096; p0 - block >= beg0 && t0.slice(p0 - block, p0) === t1.slice(p1 - block, p1); p0 -= block, p1 -= block);
      while (p0 !== beg0 && !differs());
    }
    const atLineStart = (p0 === 0 || a.charCodeAt(p0 - 1) === 0x0a) && (p1 === 0 || b.charCodeAt(p1 - 1) === 0x0a);
    let extra = horizon + (atLineStart ? 0 : 1);
    while (extra-- > 0 && p0 !== n0) while (a.charCodeAt(p0++) !== 0x0a);
    p1 += p0 - beg0;
  }
  return { prefixEnd, suffix: [p0, p1] };
}

/** Lines that end before byte `end` (an incomplete last line ends at the text's end). */
function countLines(t: DiffText, end: number): number {
  let count = 0;
  for (let at = t.text.indexOf('\n'); at >= 0 && at < end; at = t.text.indexOf('\n', at + 1)) count++;
  return t.missingNewline && end > t.text.length ? count + 1 : count;
}

/** Equivalence classes of lines: an open-addressing table over a string hash, numbered from 1. */
class EquivalenceClasses {
  private table: Int32Array;
  private readonly keys: string[] = [''];

  constructor(expected: number) {
    let size = 1024;
    while (size < expected * 2) size *= 2;
    this.table = new Int32Array(size);
  }

  get count(): number {
    return this.keys.length;
  }

  classOf(key: string): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
    const mask = this.table.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const id = this.table[slot];
      if (id === 0) {
        this.keys.push(key);
        this.table[slot] = this.keys.length - 1;
        return this.keys.length - 1;
      }
      if (this.keys[id] === key) return id;
    }
  }
}

/** The edit script turning file 0 into file 1, in line order. */
export function compareTexts(text0: DiffText, text1: DiffText, options: CompareOptions): Change[] {
  const texts = [text0, text1];
  const { prefixEnd, suffix } = identicalEnds(texts, [text0.missingNewline, text1.missingNewline], options.horizonLines);
  const prefixLines = countLines(text0, prefixEnd);
  const middle = [0, 1].map((f) => countLines(texts[f], suffix[f]) - prefixLines);
  // Equivalence classes, numbered from 1 (0 is for lines never hashed).
  const classes = new EquivalenceClasses(middle[0] + middle[1]);
  const equivs = [0, 1].map((f) => {
    const out = new Int32Array(middle[f]);
    const t = texts[f];
    for (let i = 0; i < middle[f]; i++) {
      const index = prefixLines + i;
      let key = lineKey(t.lines[index], options);
      // An incomplete last line can only equal the other file's incomplete last line.
      if (t.missingNewline && index === t.lines.length - 1 && (options.whiteSpace === 'none')) key = `\u0100${key}`;
      out[i] = classes.classOf(key);
    }
    return out;
  });
  const changed = [0, 1].map((f) => new Uint8Array(middle[f] + 2));
  compareSequences(equivs[0], equivs[1], classes.count, changed, options.minimal, options.speedLargeFiles);
  shiftBoundaries(equivs, changed);
  return buildScript(changed, middle, prefixLines);
}

/**
 * shift_boundaries: slides each run of changed lines down while the line after it equals its first
 * line (and up again to line up with a run of changes in the other file), as GNU does.
 * `changed[f][i + 1]` flags line i; indexes 0 and n + 1 are always 0.
 */
function shiftBoundaries(equivs: Int32Array[], changedVectors: Uint8Array[]): void {
  for (let f = 0; f < 2; f++) {
    const changed = changedVectors[f];
    const other = changedVectors[1 - f];
    const eq = equivs[f];
    const c = (k: number): number => changed[k + 1];
    const o = (k: number): number => other[k + 1];
    let i = 0;
    let j = 0;
    const end = eq.length;
    for (;;) {
      while (i < end && !c(i)) {
        while (o(j++));
        i++;
      }
      if (i === end) break;
      let start = i;
      while (c(++i));
      while (o(j)) j++;
      let runLength: number;
      let corresponding: number;
      do {
        runLength = i - start;
        while (start && eq[start - 1] === eq[i - 1]) {
          changed[--start + 1] = 1;
          changed[--i + 1] = 0;
          while (c(start - 1)) start--;
          while (o(--j));
        }
        corresponding = o(j - 1) ? i : end;
        while (i !== end && eq[start] === eq[i]) {
          changed[start++ + 1] = 0;
          changed[i++ + 1] = 1;
          while (c(i)) i++;
          while (o(++j)) corresponding = i;
        }
      } while (runLength !== i - start);
      while (corresponding < i) {
        changed[--start + 1] = 1;
        changed[--i + 1] = 0;
        while (o(--j));
      }
    }
  }
}

/** build_script: the runs of changed lines, with line numbers in the whole files. */
function buildScript(changed: Uint8Array[], lengths: number[], offset: number): Change[] {
  const script: Change[] = [];
  const [c0, c1] = changed;
  let i0 = lengths[0];
  let i1 = lengths[1];
  while (i0 >= 0 || i1 >= 0) {
    if (c0[i0] | c1[i1]) {
      const line0 = i0;
      const line1 = i1;
      while (c0[i0]) --i0;
      while (c1[i1]) --i1;
      script.push({ line0: i0 + offset, line1: i1 + offset, deleted: line0 - i0, inserted: line1 - i1, ignore: false });
    }
    i0--;
    i1--;
  }
  return script.reverse();
}
