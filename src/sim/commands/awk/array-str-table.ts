// A model of gawk 5.2.1's table for string subscripts (str_array.c): a chained hash table whose
// buckets `for (k in a)` walks first to last, each chain from its head. A new subscript goes to the
// head of its chain, and growing the table moves the chains over, again to the heads, in walking
// order, so chains come out reversed. The hash is gawk's default (the sdbm hash it calls
// awk_hash), kept to 32 bits, over the subscript's bytes.
//
// Entries live in parallel arrays indexed by entry number, chains linked by number (-1 ends one):
// a million subscripts then cost no million objects for the garbage collector.

import { CHAIN_MAX, nextTableSize, type OrderTable } from './array-table.ts';
import type { Value } from './values.ts';

const END = -1;

export class StrTable implements OrderTable {
  size = 0;
  /** First entry of each chain. */
  private heads = new Int32Array(0);
  /** Per entry: its text, what `for (k in a)` gives back, its full hash, the next in its chain. */
  private texts: string[] = [];
  private subscripts: Value[] = [];
  private codes = new Uint32Array(16);
  private nexts = new Int32Array(16);
  /** Entries freed by deletes, for reuse. */
  private free: number[] = [];

  insert(key: string, _int: number, subscript: Value = key): void {
    if (this.heads.length === 0) this.grow();
    const code = subscriptHash(key);
    this.size++;
    // gawk decides to grow before linking the new element in, counting it already.
    if (Math.floor(this.size / this.heads.length) > CHAIN_MAX) this.grow();
    const entry = this.newEntry();
    this.texts[entry] = key;
    this.subscripts[entry] = subscript;
    this.codes[entry] = code;
    const bucket = code % this.heads.length;
    this.nexts[entry] = this.heads[bucket];
    this.heads[bucket] = entry;
  }

  remove(key: string): OrderTable | null {
    const bucket = subscriptHash(key) % this.heads.length;
    const nexts = this.nexts;
    let previous = END;
    for (let entry = this.heads[bucket]; entry !== END; previous = entry, entry = nexts[entry]) {
      if (this.texts[entry] !== key) continue;
      if (previous === END) this.heads[bucket] = nexts[entry];
      else nexts[previous] = nexts[entry];
      this.texts[entry] = '';
      this.subscripts[entry] = '';
      this.free.push(entry);
      return --this.size === 0 ? null : this;
    }
    return this;
  }

  list(out: Value[]): void {
    const { heads, nexts, subscripts } = this;
    for (let i = 0; i < heads.length; i++) {
      for (let entry = heads[i]; entry !== END; entry = nexts[entry]) out.push(subscripts[entry]);
    }
  }

  private newEntry(): number {
    if (this.free.length > 0) return this.free.pop()!;
    const entry = this.texts.length;
    if (entry === this.codes.length) {
      const codes = new Uint32Array(entry * 2);
      codes.set(this.codes);
      this.codes = codes;
      const nexts = new Int32Array(entry * 2);
      nexts.set(this.nexts);
      this.nexts = nexts;
    }
    return entry;
  }

  private grow(): void {
    const old = this.heads;
    const size = nextTableSize(old.length);
    if (size === old.length) return;
    const heads = new Int32Array(size).fill(END);
    const { codes, nexts } = this;
    for (let i = 0; i < old.length; i++) {
      let entry = old[i];
      while (entry !== END) {
        const next = nexts[entry];
        const bucket = codes[entry] % size;
        nexts[entry] = heads[bucket];
        heads[bucket] = entry;
        entry = next;
      }
    }
    this.heads = heads;
  }
}

/**
 * gawk's awk_hash: h = h * 65599 + byte over the UTF-8 bytes, modulo 2^32. The bytes are C `char`s,
 * signed on the machines gawk is compared against, so a byte of 0x80 and above adds a negative
 * number. Invalid bytes the simulator holds as U+DC80..U+DCFF count as themselves.
 */
export function subscriptHash(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      h = (Math.imul(h, 65599) + c) | 0;
      continue;
    }
    let point = c;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        point = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    if (point >= 0xdc80 && point <= 0xdcff) h = (Math.imul(h, 65599) + signedByte(point - 0xdc00)) | 0;
    else if (point >= 0xd800 && point <= 0xdfff) h = hashBytes(h, [0xef, 0xbf, 0xbd]);
    else h = hashBytes(h, utf8(point));
  }
  return h >>> 0;
}

function signedByte(b: number): number {
  return b >= 0x80 ? b - 0x100 : b;
}

function hashBytes(h: number, bytes: number[]): number {
  for (const b of bytes) h = (Math.imul(h, 65599) + signedByte(b)) | 0;
  return h;
}

function utf8(point: number): number[] {
  if (point < 0x800) return [0xc0 | (point >> 6), 0x80 | (point & 0x3f)];
  if (point < 0x10000) return [0xe0 | (point >> 12), 0x80 | ((point >> 6) & 0x3f), 0x80 | (point & 0x3f)];
  return [0xf0 | (point >> 18), 0x80 | ((point >> 12) & 0x3f), 0x80 | ((point >> 6) & 0x3f), 0x80 | (point & 0x3f)];
}
