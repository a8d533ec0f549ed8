// Picking from a fixed menu with weights ("GET most of the time, POST sometimes"), the draw every
// generator makes most. Cumulative weights and a binary search keep a pick O(log n).

import type { Prng } from '../kernel/prng.ts';

export class WeightedChoice<T> {
  private readonly items: T[];
  private readonly cumulative: number[];
  private readonly total: number;

  constructor(entries: readonly (readonly [T, number])[]) {
    let total = 0;
    this.items = entries.map(([item]) => item);
    this.cumulative = entries.map(([, weight]) => (total += weight));
    this.total = total;
  }

  pick(prng: Prng): T {
    const target = prng.next() * this.total;
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.cumulative[middle]! > target) high = middle;
      else low = middle + 1;
    }
    return this.items[low]!;
  }
}

/** An integer in [low, high], skewed towards low (most responses are fast, a few are slow). */
export function skewedInt(prng: Prng, low: number, high: number): number {
  const u = prng.next();
  return low + Math.floor(u * u * (high - low + 1));
}
