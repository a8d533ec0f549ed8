// A model of gawk 5.2.1's table for integer subscripts that are not small and dense (int_array.c):
// a chained hash table whose links each hold up to two integers. Only the head link of a chain
// may be half full: a new integer fills the head's free slot or goes in a new head, and a delete
// refills the emptied slot from the head. Subscripts that are not integers go to a string table
// (the xarray), which `for (k in a)` lists first.

import { CHAIN_MAX, nextTableSize, type OrderTable } from './array-table.ts';
import { StrTable } from './array-str-table.ts';
import type { Value } from './values.ts';

const END = -1;

export class IntTable implements OrderTable {
  size = 0;
  /** The integers held here, the xarray's elements excluded. */
  private integers = 0;
  /** First link of each chain. */
  private heads = new Int32Array(0);
  /** Per link: its one or two integers, how many it holds, the next link in its chain. */
  private firsts = new Int32Array(16);
  private seconds = new Int32Array(16);
  private counts = new Uint8Array(16);
  private nexts = new Int32Array(16);
  private links = 0;
  /** Links freed by deletes, for reuse. */
  private free: number[] = [];
  private xarray: StrTable | null = null;

  insert(key: string, int: number, subscript: Value = key): void {
    this.size++;
    if (int !== int) {
      this.xarray ??= new StrTable();
      this.xarray.insert(key, int, subscript);
      return;
    }
    if (this.heads.length === 0) this.grow();
    this.integers++;
    if (Math.floor(this.integers / this.heads.length) > CHAIN_MAX) this.grow();
    this.link(int);
  }

  remove(key: string, int: number): OrderTable | null {
    if (int !== int) {
      const xarray = this.xarray;
      if (xarray === null) return this;
      if (xarray.remove(key) === null) this.xarray = null;
      this.size--;
      return this;
    }
    if (!this.unlink(int)) return this;
    this.integers--;
    this.size--;
    if (this.integers > 0) return this;
    // Only strings are left: gawk promotes the xarray to be the array itself.
    return this.xarray;
  }

  list(out: Value[]): void {
    this.xarray?.list(out);
    const { heads, nexts, firsts, seconds, counts } = this;
    for (let i = 0; i < heads.length; i++) {
      for (let link = heads[i]; link !== END; link = nexts[link]) {
        out.push(firsts[link]);
        if (counts[link] === 2) out.push(seconds[link]);
      }
    }
  }

  /** gawk's int_insert: into the head link's free slot, or a new head. */
  private link(int: number): void {
    const bucket = integerHash(int) % this.heads.length;
    const head = this.heads[bucket];
    if (head !== END && this.counts[head] === 1) {
      this.seconds[head] = int;
      this.counts[head] = 2;
      return;
    }
    const link = this.newLink();
    this.firsts[link] = int;
    this.counts[link] = 1;
    this.nexts[link] = head;
    this.heads[bucket] = link;
  }

  /** gawk's int_remove: the emptied slot is refilled so that only the head stays half full. */
  private unlink(int: number): boolean {
    const bucket = integerHash(int) % this.heads.length;
    const { firsts, seconds, counts, nexts } = this;
    const head = this.heads[bucket];
    let previous = END;
    for (let link = head; link !== END; previous = link, link = nexts[link]) {
      let slot: number;
      if (firsts[link] === int) slot = 0;
      else if (counts[link] === 2 && seconds[link] === int) slot = 1;
      else continue;
      if (slot === 0 && counts[link] === 2) firsts[link] = seconds[link];
      if (--counts[link] === 0) {
        if (previous === END) this.heads[bucket] = nexts[link];
        else nexts[previous] = nexts[link];
        this.free.push(link);
      } else if (link !== head) {
        // Move the head's last integer into the gap; the head may empty and go.
        seconds[link] = counts[head] === 2 ? seconds[head] : firsts[head];
        counts[link] = 2;
        if (--counts[head] === 0) {
          this.heads[bucket] = nexts[head];
          this.free.push(head);
        }
      }
      return true;
    }
    return false;
  }

  private newLink(): number {
    if (this.free.length > 0) return this.free.pop()!;
    const link = this.links++;
    if (link === this.counts.length) {
      this.firsts = widen(this.firsts);
      this.seconds = widen(this.seconds);
      this.nexts = widen(this.nexts);
      const counts = new Uint8Array(link * 2);
      counts.set(this.counts);
      this.counts = counts;
    }
    return link;
  }

  /** Rehashes every integer, walking the old chains in order, through the usual insertion. */
  private grow(): void {
    const old = this.heads;
    const size = nextTableSize(old.length);
    if (size === old.length) return;
    const { firsts, seconds, counts, nexts } = this;
    // The integers are linked anew into fresh link arrays of the same capacity.
    const capacity = counts.length;
    this.heads = new Int32Array(size).fill(END);
    this.firsts = new Int32Array(capacity);
    this.seconds = new Int32Array(capacity);
    this.counts = new Uint8Array(capacity);
    this.nexts = new Int32Array(capacity);
    this.links = 0;
    this.free.length = 0;
    for (let i = 0; i < old.length; i++) {
      for (let link = old[i]; link !== END; link = nexts[link]) {
        this.link(firsts[link]);
        if (counts[link] === 2) this.link(seconds[link]);
      }
    }
  }
}

function widen(array: Int32Array): Int32Array<ArrayBuffer> {
  const wider = new Int32Array(array.length * 2);
  wider.set(array);
  return wider;
}

/**
 * gawk's int_hash, the final mix of Paul Hsieh's SuperFastHash, on the integer taken as an
 * unsigned 32-bit value (so negative integers hash as their two's complement).
 */
export function integerHash(int: number): number {
  let k = int >>> 0;
  k = (k ^ (k << 3)) >>> 0;
  k = (k + (k >>> 5)) >>> 0;
  k = (k ^ (k << 4)) >>> 0;
  k = (k + (k >>> 17)) >>> 0;
  k = (k ^ (k << 25)) >>> 0;
  k = (k + (k >>> 6)) >>> 0;
  return k;
}
