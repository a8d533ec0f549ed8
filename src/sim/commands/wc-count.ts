// The counting loop of wc in a UTF-8 locale, as coreutils 9.1 does it: characters are decoded like
// mbrtowc (an invalid byte counts as a byte but not a character), words are runs of printable
// non-space characters, and the maximum line length is in display columns with tabs to 8.

import { charWidth } from '../text/wcwidth.ts';

export interface Counts {
  lines: number;
  words: number;
  chars: number;
  bytes: number;
  maxLength: number;
}

export class WordCounter {
  readonly counts: Counts = { lines: 0, words: 0, chars: 0, bytes: 0, maxLength: 0 };
  private inWord = false;
  private column = 0;
  /** Bytes of a character split between two reads. */
  private partial: number[] = [];

  add(chunk: Uint8Array): void {
    let data = chunk;
    if (this.partial.length > 0) {
      data = new Uint8Array(this.partial.length + chunk.length);
      data.set(this.partial);
      data.set(chunk, this.partial.length);
      this.partial = [];
    }
    this.counts.bytes += chunk.length;
    const counts = this.counts;
    let inWord = this.inWord;
    let column = this.column;
    let chars = 0;
    let i = 0;
    const n = data.length;
    while (i < n) {
      const b = data[i];
      let code: number;
      if (b < 0x80) {
        code = b;
        i++;
      } else {
        const length = sequenceLength(data, i);
        if (length === 0) {
          // Not a character: the byte is skipped without being counted.
          i++;
          continue;
        }
        if (length < 0) {
          // Cut short by the end of this read: decode it with the next one.
          for (let k = i; k < n; k++) this.partial.push(data[k]);
          break;
        }
        code = decode(data, i, length);
        i += length;
      }
      chars++;
      if (code === 0x0a || code === 0x0d || code === 0x0c) {
        if (code === 0x0a) counts.lines++;
        if (column > counts.maxLength) counts.maxLength = column;
        column = 0;
        if (inWord) counts.words++;
        inWord = false;
      } else if (code === 0x09 || code === 0x20 || code === 0x0b) {
        if (code === 0x09) column += 8 - (column % 8);
        else if (code === 0x20) column++;
        if (inWord) counts.words++;
        inWord = false;
      } else if (code < 0x80) {
        // Other controls neither start nor end a word.
        if (code > 0x20 && code < 0x7f) {
          column++;
          inWord = true;
        }
      } else if (isPrintable(code)) {
        column += charWidth(code);
        if (isSpace(code)) {
          if (inWord) counts.words++;
          inWord = false;
        } else inWord = true;
      }
    }
    counts.chars += chars;
    this.inWord = inWord;
    this.column = column;
  }

  finish(): Counts {
    if (this.column > this.counts.maxLength) this.counts.maxLength = this.column;
    if (this.inWord) this.counts.words++;
    this.inWord = false;
    return this.counts;
  }
}

/** Bytes in the UTF-8 sequence at i: 0 when invalid, -1 when the data ends inside it. */
function sequenceLength(data: Uint8Array, i: number): number {
  const b = data[i];
  const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (length === 0) return 0;
  // The second byte's range rules out overlong forms and values past U+10FFFF. (glibc decodes
  // surrogates, so ED A0..BF is accepted.)
  const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
  const high = b === 0xf4 ? 0x8f : 0xbf;
  for (let k = 1; k < length; k++) {
    if (i + k >= data.length) return -1;
    const c = data[i + k];
    if (k === 1 ? c < low || c > high : (c & 0xc0) !== 0x80) return 0;
  }
  return length;
}

function decode(data: Uint8Array, i: number, length: number): number {
  let code = data[i] & (0xff >> (length + 1));
  for (let k = 1; k < length; k++) code = (code << 6) | (data[i + k] & 0x3f);
  return code;
}

/** iswprint in glibc's C.UTF-8, for the characters that matter in text. */
function isPrintable(code: number): boolean {
  if (code < 0xa0) return false;
  if (code === 0x2028 || code === 0x2029 || (code >= 0xd800 && code <= 0xdfff)) return false;
  if ((code & 0xfffe) === 0xfffe || (code >= 0xfdd0 && code <= 0xfdef)) return false;
  return code <= 0x10ffff;
}

/** iswspace plus the no-break spaces, which coreutils 9.1 wc also treats as separators. */
function isSpace(code: number): boolean {
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x2060 || code === 0x3000;
}
