import { describe, expect, test } from 'vitest';
import { Prng } from '../../../src/sim/kernel/prng.ts';

describe('the seeded random number generator', () => {
  test('the same seed gives the same numbers', () => {
    const a = new Prng(42);
    const b = new Prng(42);
    expect(Array.from({ length: 10 }, () => a.nextU32())).toEqual(Array.from({ length: 10 }, () => b.nextU32()));
  });

  test('different seeds give different numbers', () => {
    expect(new Prng(1).nextU32()).not.toBe(new Prng(2).nextU32());
  });

  test('forked streams are independent of draws on the parent', () => {
    const parent = new Prng(7);
    const fork = parent.fork('cron');
    const first = fork.nextU32();
    const again = new Prng(7).fork('cron');
    for (let i = 0; i < 5; i++) parent.nextU32();
    expect(again.nextU32()).toBe(first);
  });

  test('floats stay in [0, 1) and ints in [0, n)', () => {
    const prng = new Prng(3);
    for (let i = 0; i < 10_000; i++) {
      const x = prng.next();
      expect(x >= 0 && x < 1).toBe(true);
      const n = prng.int(6);
      expect(Number.isInteger(n) && n >= 0 && n < 6).toBe(true);
    }
  });
});
