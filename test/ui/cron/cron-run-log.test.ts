// The page's memory of cron runs: snapshots list only the newest runs; the log keeps the past for
// the timeline and knows where it missed runs that happened faster than snapshots could list them.

import { describe, expect, test } from 'vitest';
import { CronRunLog } from '../../../src/ui/cron/cron-run-log.ts';
import type { CronRunView, CronSnapshot } from '../../../src/sim/cron/view.ts';

const MINUTE_US = 60_000_000;
const T0 = Date.UTC(2026, 10, 25, 10, 0) * 1000;

/** Run `minute`; a status of undefined means it is still running. */
function run(minute: number, status: number | undefined): CronRunView {
  const startUs = T0 + minute * MINUTE_US;
  return { entryId: 'student:1', pid: 1000 + minute, startUs, ...(status === undefined ? {} : { endUs: startUs + 1000, status }), output: { kind: 'none' } };
}

/** A snapshot listing the newest `listed` of runs 0..total-1, newest first. */
function snapshot(total: number, listed: number, status: (minute: number) => number | undefined = () => 0): CronSnapshot {
  const runs: CronRunView[] = [];
  for (let m = total - 1; m >= Math.max(0, total - listed); m--) runs.push(run(m, status(m)));
  return { entries: [], runs, totalRuns: total };
}

describe('the cron run log', () => {
  test('keeps every run it has seen, oldest first, across snapshots that list only the newest', () => {
    const log = new CronRunLog();
    for (let total = 1; total <= 30; total++) log.record(snapshot(total, 5));
    expect(log.size).toBe(30);
    expect(log.runsBetween(T0, T0 + 60 * MINUTE_US).map((r) => r.pid)).toEqual(Array.from({ length: 30 }, (_, m) => 1000 + m));
    expect(log.runsBetween(T0 + 10 * MINUTE_US, T0 + 12 * MINUTE_US).map((r) => r.pid)).toEqual([1010, 1011]);
    expect(log.gapsBetween(0, Infinity)).toEqual([]);
  });

  test('a run that ends after it was first listed is updated in place', () => {
    const log = new CronRunLog();
    log.record(snapshot(3, 3, (m) => (m === 2 ? undefined : 0)));
    expect(log.runsBetween(T0 + 2 * MINUTE_US, T0 + 3 * MINUTE_US)[0].status).toBeUndefined();
    log.record(snapshot(3, 3, (m) => (m === 2 ? 1 : 0)));
    expect(log.size).toBe(3);
    expect(log.runsBetween(T0 + 2 * MINUTE_US, T0 + 3 * MINUTE_US)[0].status).toBe(1);
  });

  test('runs that no snapshot listed become a gap between what was known and the next listing', () => {
    const log = new CronRunLog();
    log.record(snapshot(10, 10));
    log.record(snapshot(100, 5)); // runs 10..94 were never listed
    expect(log.size).toBe(15);
    expect(log.gapsBetween(T0 + 20 * MINUTE_US, T0 + 21 * MINUTE_US)).toEqual([{ fromUs: T0 + 9 * MINUTE_US, toUs: T0 + 95 * MINUTE_US, missed: 85 }]);
    expect(log.gapsBetween(T0 + 96 * MINUTE_US, T0 + 99 * MINUTE_US)).toEqual([]);
    // Later snapshots that miss nothing add no gap.
    log.record(snapshot(101, 5));
    expect(log.gapsBetween(T0 + 96 * MINUTE_US, Infinity)).toEqual([]);
  });

  test('a first snapshot with older runs than it lists marks everything before it', () => {
    const log = new CronRunLog();
    log.record(snapshot(50, 5));
    expect(log.gapsBetween(0, Infinity)).toEqual([{ fromUs: -Infinity, toUs: T0 + 45 * MINUTE_US, missed: 45 }]);
  });

  test('forgets the oldest runs beyond its capacity', () => {
    const log = new CronRunLog(100);
    for (let total = 10; total <= 300; total += 10) log.record(snapshot(total, 10));
    expect(log.size).toBeLessThanOrEqual(100);
    expect(log.runsBetween(T0 + 299 * MINUTE_US, Infinity)).toHaveLength(1);
    expect(log.runsBetween(0, T0 + 100 * MINUTE_US)).toEqual([]);
  });

  test('a late run arriving out of order is kept in start order', () => {
    const log = new CronRunLog();
    log.record({ entries: [], runs: [run(5, 0), run(3, 0)], totalRuns: 2 });
    log.record({ entries: [], runs: [run(4, 0), run(5, 0), run(3, 0)], totalRuns: 3 });
    expect(log.runsBetween(0, Infinity).map((r) => r.pid)).toEqual([1003, 1004, 1005]);
  });
});
