// What the cron timeline draws: fires grouped per entry into bins a few pixels wide.

import { describe, expect, test } from 'vitest';
import { binWidthUs, gapSpans, runMarks, upcomingMarks } from '../../../src/ui/cron/timeline-marks.ts';
import type { CronRunView } from '../../../src/sim/cron/view.ts';

const MINUTE_US = 60_000_000;
const HOUR_US = 60 * MINUTE_US;
const T0 = Date.UTC(2026, 10, 25, 10, 0) * 1000;
const lanes = new Map([
  ['student:1', 0],
  ['student:2', 1],
]);

function run(entryId: string, minute: number, status?: number): CronRunView {
  const startUs = T0 + minute * MINUTE_US;
  return { entryId, pid: minute, startUs, ...(status === undefined ? {} : { endUs: startUs + 1, status }), output: { kind: 'none' } };
}

describe('timeline marks', () => {
  test('bins are whole readable minutes at least a few pixels wide', () => {
    expect(binWidthUs(320 / HOUR_US, 5)).toBe(MINUTE_US); // 1 h over 320 px: 5.3 px a minute
    expect(binWidthUs(320 / (6 * HOUR_US), 5)).toBe(10 * MINUTE_US); // 6 h: 0.9 px a minute
    expect(binWidthUs(320 / (24 * HOUR_US), 5)).toBe(30 * MINUTE_US);
  });

  test('one mark per entry and bin; a failure is never hidden behind successes', () => {
    const runs = [run('student:1', 0, 0), run('student:1', 1, 1), run('student:1', 2, 0), run('student:2', 0, 0), run('student:2', 3), run('student:9', 0, 0)];
    const marks = runMarks(runs, lanes, 2 * MINUTE_US);
    const bin = T0 / (2 * MINUTE_US); // T0 is a whole hour
    expect(marks.map((m) => [m.key, m.kind, m.count, m.failed])).toEqual([
      [`r0:${bin}`, 'failed', 2, 1],
      [`r0:${bin + 1}`, 'ok', 1, 0],
      [`r1:${bin}`, 'ok', 1, 0],
      [`r1:${bin + 1}`, 'running', 1, 0],
    ]);
    expect(marks[0].atUs).toBe(T0);
  });

  test('upcoming fires after now are hollow marks, keyed apart from runs', () => {
    const fires = [0, 1, 2, 3].map((m) => ({ entryId: 'student:2', atUs: T0 + m * MINUTE_US }));
    const marks = upcomingMarks(fires, T0 + MINUTE_US, lanes, MINUTE_US);
    expect(marks.map((m) => [m.lane, m.kind, m.atUs])).toEqual([
      [1, 'upcoming', T0 + 2 * MINUTE_US],
      [1, 'upcoming', T0 + 3 * MINUTE_US],
    ]);
    expect(marks[0].key.startsWith('u1:')).toBe(true);
  });

  test('gaps are clipped to the window and merged where they touch', () => {
    const gaps = gapSpans(
      [
        { fromUs: -Infinity, toUs: T0, missed: 3 },
        { fromUs: T0 + MINUTE_US, toUs: T0 + 3 * MINUTE_US, missed: 2 },
        { fromUs: T0 + 2 * MINUTE_US, toUs: T0 + 4 * MINUTE_US, missed: 1 },
        { fromUs: T0 + 9 * MINUTE_US, toUs: T0 + 9 * MINUTE_US, missed: 1 },
      ],
      { fromUs: T0 - MINUTE_US, toUs: T0 + 10 * MINUTE_US },
    );
    expect(gaps).toEqual([
      { fromUs: T0 - MINUTE_US, toUs: T0, missed: 3 },
      { fromUs: T0 + MINUTE_US, toUs: T0 + 4 * MINUTE_US, missed: 3 },
    ]);
  });
});
