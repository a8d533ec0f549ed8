// A model of gawk 5.2.1's table for non-negative integer subscripts (cint_array.c). gawk files
// integer k under the power-of-two group holding it ([0, 1024), [1024, 2048), [2048, 4096), ...),
// each group a tree ("hashed array tree") of fixed-size leaves, and lists the groups, trees and
// leaves in ascending order, so these subscripts always come out sorted. What this model has to
// get right is which integers stay here: gawk sends a new integer to a second table (the xarray:
// an integer table, or a string table if the first outsider was a string) once the leaves it has
// allocated would waste more than 2048 slots, and every other subscript there too. `for (k in a)`
// lists the xarray first.

import { IntTable } from './array-int-table.ts';
import { StrTable } from './array-str-table.ts';
import type { OrderTable } from './array-table.ts';
import type { Value } from './values.ts';

/** log2 of the largest leaf array, and of the group [0, 2^NHAT) gawk keeps in one tree. */
const NHAT = 10;
/** The most slots gawk lets allocated leaves waste: 2^(NHAT + 1). */
const THRESHOLD = 2 ** (NHAT + 1);

interface Leaf {
  /** Which of the leaf's integers are held; gawk allocates, and counts as capacity, all its slots at once. */
  readonly present: Uint8Array;
  count: number;
}

export class CintTable implements OrderTable {
  size = 0;
  /** Slots in allocated leaves (gawk's array_capacity). */
  private capacity = 0;
  /** The integers held here (not in the xarray), by the first integer of their leaf. */
  private readonly leaves = new Map<number, Leaf>();
  private integers = 0;
  private xarray: OrderTable | null = null;

  insert(key: string, int: number, subscript: Value = key): void {
    if (int >= 0 && this.hasRoom(int)) {
      this.size++;
      const slots = LEAF_SLOTS[group(int)];
      const base = int - (int % slots);
      let leaf = this.leaves.get(base);
      if (leaf === undefined) {
        leaf = { present: new Uint8Array(slots), count: 0 };
        this.leaves.set(base, leaf);
        this.capacity += slots;
      }
      leaf.present[int - base] = 1;
      leaf.count++;
      this.integers++;
      return;
    }
    this.size++;
    // The xarray's kind is decided by the first subscript sent there.
    this.xarray ??= int === int ? new IntTable() : new StrTable();
    this.xarray.insert(key, int, subscript);
  }

  remove(key: string, int: number): OrderTable | null {
    if (int >= 0) {
      const slots = LEAF_SLOTS[group(int)];
      const base = int - (int % slots);
      const leaf = this.leaves.get(base);
      if (leaf !== undefined && leaf.present[int - base] === 1) {
        leaf.present[int - base] = 0;
        if (--leaf.count === 0) {
          this.leaves.delete(base);
          this.capacity -= slots;
        }
        this.size--;
        // With no integers of its own left, the array becomes its xarray (or untyped when empty).
        return --this.integers === 0 ? this.xarray : this;
      }
    }
    const xarray = this.xarray;
    if (xarray === null) return this;
    this.xarray = xarray.remove(key, int);
    this.size--;
    return this;
  }

  list(out: Value[]): void {
    this.xarray?.list(out);
    const bases = Array.from(this.leaves.keys()).sort((a, b) => a - b);
    for (const base of bases) {
      const present = this.leaves.get(base)!.present;
      for (let i = 0; i < present.length; i++) if (present[i] === 1) out.push(base + i);
    }
  }

  /**
   * gawk's test before taking a new integer: the allocated slots, plus a rough size of the leaf
   * the integer may need (an estimate that differs from the real leaf size for some groups),
   * must not exceed the integers held by more than THRESHOLD. It is made even when the leaf exists.
   */
  private hasRoom(int: number): boolean {
    return this.capacity + ESTIMATED_SLOTS[group(int)] - this.integers <= THRESHOLD;
  }
}

/** The power-of-two group of a non-negative integer, as gawk numbers it: NHAT for [0, 2^NHAT). */
function group(int: number): number {
  const log2 = 31 - Math.clz32(int);
  return log2 < NHAT ? NHAT : log2 + 1;
}

/**
 * By group, the size of its leaves. A group of 2^m integers is a tree whose top array and leaves
 * have 2^ceil(m/2) slots; when that is still above 2^NHAT the leaves are trees in turn.
 */
const LEAF_SLOTS = byGroup((h) => {
  let n = h === NHAT ? NHAT : h - 1;
  do n = (n + 1) >> 1;
  while (n > NHAT);
  return 2 ** n;
});

/** By group, gawk's estimate of the same (it halves once more for some groups, and so guesses low). */
const ESTIMATED_SLOTS = byGroup((h) => {
  let n = Math.max(h - 1, NHAT);
  while (n >= NHAT) n = (n + 1) >> 1;
  return 2 ** n;
});

function byGroup(slots: (group: number) => number): number[] {
  const table: number[] = [];
  for (let h = 0; h <= 32; h++) table.push(h < NHAT ? 0 : slots(h));
  return table;
}
