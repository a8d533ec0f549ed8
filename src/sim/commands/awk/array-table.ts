// What the three models of gawk's array tables (array-str-table.ts, array-int-table.ts,
// array-cint-table.ts) share. gawk 5.2.1 stores an array in one of three kinds of table, chosen by
// the first subscript it receives, and each table may hand the subscripts it does not take to a
// second table (its "xarray"). `for (k in a)` walks these structures as they lie in memory, so the
// order a program sees depends on the kind of table, its current size and the history of inserts
// and deletes. These models keep only what decides that order: the subscripts, never the values.

import type { Value } from './values.ts';

/** One of gawk's array tables, holding subscripts only. */
export interface OrderTable {
  /** Elements held, those of the xarray included (gawk's table_size). */
  size: number;
  /**
   * Adds a subscript not yet in the array. `int` is its integer value (integerSubscript), NaN for
   * a subscript gawk treats as a string; `subscript` is what a string table gives back for it
   * (the key itself, or the numeric-looking input it came from).
   */
  insert(key: string, int: number, subscript?: Value): void;
  /**
   * Removes a subscript that is in the array, and returns what the array is afterwards: this
   * table, the xarray promoted in its place, or null once it is empty (gawk makes it untyped).
   */
  remove(key: string, int: number): OrderTable | null;
  /**
   * Appends the subscripts in the order `for (k in a)` visits them. gawk gives integer subscripts
   * back as numbers (which print as their integer text), the others as they were filed.
   */
  list(out: Value[]): void;
}

/** The largest and smallest integers gawk's integer tables accept (it tests for int32_t). */
const INT32_MAX = 2147483647;
const INT32_MIN = -2147483648;

/**
 * The integer an array subscript stands for, or NaN: gawk files a subscript under its integer
 * tables only when the text is exactly what printf("%d") gives for a 32-bit integer ("0", "-7",
 * "42", but not "+1", "01", "-0", " 1" or "1.0"). A number used as a subscript becomes such text
 * when it is integral, so the text alone decides.
 */
export function integerSubscript(key: string): number {
  const length = key.length;
  if (length === 0 || length > 11) return NaN;
  let i = 0;
  let c = key.charCodeAt(0);
  if (c === 0x2d) {
    if (length === 1) return NaN;
    c = key.charCodeAt(++i);
  }
  if (c === 0x30) return length === 1 ? 0 : NaN;
  if (c < 0x31 || c > 0x39) return NaN;
  let n = 0;
  for (; i < length; i++) {
    c = key.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return NaN;
    n = n * 10 + (c - 0x30);
  }
  if (key.charCodeAt(0) === 0x2d) n = -n;
  return n > INT32_MAX || n < INT32_MIN ? NaN : n;
}

/**
 * The hash table sizes gawk's string and integer tables grow through (primes, about x10 while
 * small, then about x2). A table never outgrows the last one in practice.
 */
const TABLE_SIZES = [
  13, 127, 1021, 8191, 16381, 32749, 65497, 131101, 262147, 524309, 1048583, 2097169, 4194319, 8388617, 16777259, 33554467, 67108879,
  134217757, 268435459, 536870923, 1073741827,
];

/** The next size up from `size` (0 for a table not yet allocated). */
export function nextTableSize(size: number): number {
  for (const candidate of TABLE_SIZES) if (candidate > size) return candidate;
  return size;
}

/**
 * gawk grows a hash table, before inserting, once the average chain would pass this many
 * elements: when elements / buckets (integer division) exceeds it.
 */
export const CHAIN_MAX = 2;
