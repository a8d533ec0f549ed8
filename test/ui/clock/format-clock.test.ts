// The clock as the page writes it: UTC, the formats students read in the header and the Cron panel.

import { expect, test } from 'vitest';
import { describeSpeed, formatClock, formatDayTime, formatSpan } from '../../../src/ui/clock/format-clock.ts';

const T = Date.UTC(2026, 10, 25, 10, 1, 7);

test('the header clock and the panel\'s fire times', () => {
  expect(formatClock(T)).toBe('Wed 25 Nov 2026 10:01:07 UTC');
  expect(formatDayTime(T)).toBe('Wed 25 Nov 10:01');
  expect(formatDayTime(T, true)).toBe('Wed 25 Nov 10:01:07');
});

test('how fast the clock runs, in words', () => {
  expect([1, 10, 60, 3600].map(describeSpeed)).toEqual(['real time', '10 s per second', '1 min per second', '1 h per second']);
});

test('lengths of virtual time', () => {
  const s = 1_000_000;
  expect([0.12 * s, 4.24 * s, 42 * s, 200 * s, 3900 * s, 90000 * s, 2 * 86400 * s].map(formatSpan)).toEqual(['120 ms', '4.2 s', '42 s', '3 min 20 s', '1 h 5 min', '1 day 1 h', '2 days']);
});
