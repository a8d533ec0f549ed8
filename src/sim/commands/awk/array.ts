// awk's associative arrays: subscripts are always strings. The elements live in a Map (fast
// lookups, the hot path of every "count by key" program); the order `for (k in a)` visits them in
// is gawk's, kept by ArrayOrder, which only hears about subscripts that come and go.

import { ArrayOrder } from './array-order.ts';
import { StrNum, UNINIT, type Value } from './values.ts';

/**
 * Whether a new key is input text (a field, getline's variable...), asked of the expression the
 * subscript came from. gawk keeps such a subscript as it came: `for (k in a)` gives back a strnum,
 * which compares as a number when it looks like one; any other subscript comes back as text.
 */
export type KeyOrigin = (key: string) => boolean;

export class AwkArray {
  private readonly elements = new Map<string, Value>();
  private readonly order: ArrayOrder;

  /** `stringTable`: see ArrayOrder (ENVIRON). */
  constructor(stringTable = false) {
    this.order = new ArrayOrder(this.elements, stringTable);
  }

  get size(): number {
    return this.elements.size;
  }

  get(key: string): Value | undefined {
    return this.elements.get(key);
  }

  has(key: string): boolean {
    return this.elements.has(key);
  }

  /** Stores an element; `origin` is only asked when the key is new. */
  set(key: string, value: Value, origin?: KeyOrigin): void {
    const elements = this.elements;
    const before = elements.size;
    elements.set(key, value);
    if (elements.size !== before) this.order.insert(key, origin !== undefined && origin(key));
  }

  delete(key: string): void {
    this.order.beforeDelete();
    if (this.elements.delete(key)) this.order.remove(key);
  }

  clear(): void {
    this.elements.clear();
    this.order.clear();
  }

  /** The subscripts in the order gawk's `for (k in a)` visits them. */
  subscripts(): Value[] {
    return this.order.list();
  }

  entries(): IterableIterator<[string, Value]> {
    return this.elements.entries();
  }
}

/** Whether a variable's value is input text equal to `key`: a strnum, but not the uninitialized value. */
export function isInputValue(value: Value, key: string): boolean {
  return value instanceof StrNum && value.s === key && value !== UNINIT;
}
