// When entries fire, by cron's rules: steps, ranges, names, 7 as Sunday, month ends, Feb 29, and the
// two day fields (either may match when both are restricted; both must when either starts with *).
// Expectations come from an independent brute-force scan of every minute with cron's matching rule
// (cron.c's find_jobs), starting Wed 2026-11-25 10:07:30 UTC.

import { describe, expect, test } from 'vitest';
import { readCrontab } from '../../../src/sim/cron/crontab-file.ts';
import { CronSchedule, describeSchedule } from '../../../src/sim/cron/schedule.ts';

const START = Date.UTC(2026, 10, 25, 10, 7, 30);
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function entryOf(line: string) {
  const verdict = readCrontab(`${line}\n`, { name: 'student', home: '/home/student' });
  if (!verdict.ok) throw new Error(`rejected: ${verdict.message}`);
  return verdict.entries[0];
}

/** The next fires of a crontab line, as "2026-11-25 10:15 Wed" (the minute; cron starts it 1 s in). */
function fires(line: string, count = 5, timeZone?: string): string[] {
  const entry = entryOf(line);
  const schedule = new CronSchedule(entry.fields!, timeZone);
  return schedule.nextFires(START, count).map((ms) => {
    expect(ms % 60_000).toBe(1000);
    const d = new Date(ms - 1000);
    return `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 16)} ${DAYS[d.getUTCDay()]}`;
  });
}

describe('fire times', () => {
  test('steps over the whole range', () => {
    expect(fires('*/15 * * * * x')).toEqual(['2026-11-25 10:15 Wed', '2026-11-25 10:30 Wed', '2026-11-25 10:45 Wed', '2026-11-25 11:00 Wed', '2026-11-25 11:15 Wed']);
  });

  test('a stepped range of hours', () => {
    expect(fires('0 9-17/4 * * * x')).toEqual(['2026-11-25 13:00 Wed', '2026-11-25 17:00 Wed', '2026-11-26 09:00 Thu', '2026-11-26 13:00 Thu', '2026-11-26 17:00 Thu']);
  });

  test('month names in a list', () => {
    expect(fires('0 0 1 jan,jul * x')).toEqual(['2027-01-01 00:00 Fri', '2027-07-01 00:00 Thu', '2028-01-01 00:00 Sat', '2028-07-01 00:00 Sat', '2029-01-01 00:00 Mon']);
  });

  test('weekdays by name', () => {
    expect(fires('0 12 * * mon-fri x')).toEqual(['2026-11-25 12:00 Wed', '2026-11-26 12:00 Thu', '2026-11-27 12:00 Fri', '2026-11-30 12:00 Mon', '2026-12-01 12:00 Tue']);
  });

  test('the 31st skips the months without one', () => {
    expect(fires('0 0 31 * * x')).toEqual(['2026-12-31 00:00 Thu', '2027-01-31 00:00 Sun', '2027-03-31 00:00 Wed', '2027-05-31 00:00 Mon', '2027-07-31 00:00 Sat']);
  });

  test('February 29 comes in leap years only', () => {
    expect(fires('0 0 29 2 * x', 3)).toEqual(['2028-02-29 00:00 Tue', '2032-02-29 00:00 Sun', '2036-02-29 00:00 Fri']);
  });

  test('both day fields restricted: the 13th OR a Friday', () => {
    expect(fires('0 0 13 * 5 x')).toEqual(['2026-11-27 00:00 Fri', '2026-12-04 00:00 Fri', '2026-12-11 00:00 Fri', '2026-12-13 00:00 Sun', '2026-12-18 00:00 Fri']);
  });

  test('a day field starting with * makes it AND: odd days that are Mondays', () => {
    expect(fires('0 0 */2 * 1 x')).toEqual(['2026-12-07 00:00 Mon', '2026-12-21 00:00 Mon', '2027-01-11 00:00 Mon', '2027-01-25 00:00 Mon', '2027-02-01 00:00 Mon']);
  });

  test('7 is Sunday, also inside a stepped range', () => {
    expect(fires('30 4 * * 7 x')).toEqual(['2026-11-29 04:30 Sun', '2026-12-06 04:30 Sun', '2026-12-13 04:30 Sun', '2026-12-20 04:30 Sun', '2026-12-27 04:30 Sun']);
    expect(fires('0 0 1-7 * 1-7/2 x')).toEqual(['2026-11-27 00:00 Fri', '2026-11-29 00:00 Sun', '2026-11-30 00:00 Mon', '2026-12-01 00:00 Tue', '2026-12-02 00:00 Wed']);
  });

  test('a month restricts the weekday field too', () => {
    expect(fires('5 0 * 12 sun x')).toEqual(['2026-12-06 00:05 Sun', '2026-12-13 00:05 Sun', '2026-12-20 00:05 Sun', '2026-12-27 00:05 Sun', '2027-12-05 00:05 Sun']);
  });

  test('the @nicknames', () => {
    expect(fires('@hourly x', 2)).toEqual(['2026-11-25 11:00 Wed', '2026-11-25 12:00 Wed']);
    expect(fires('@daily x', 2)).toEqual(['2026-11-26 00:00 Thu', '2026-11-27 00:00 Fri']);
    expect(fires('@weekly x', 2)).toEqual(['2026-11-29 00:00 Sun', '2026-12-06 00:00 Sun']);
    expect(fires('@monthly x', 2)).toEqual(['2026-12-01 00:00 Tue', '2027-01-01 00:00 Fri']);
    expect(fires('@yearly x', 2)).toEqual(['2027-01-01 00:00 Fri', '2028-01-01 00:00 Sat']);
  });

  test('what cron reads past: "5;" is minute 5, "*-5" every minute', () => {
    expect(fires('5; * * * * x', 2)).toEqual(['2026-11-25 11:05 Wed', '2026-11-25 12:05 Wed']);
    expect(fires('*-5 * * * * x', 2)).toEqual(['2026-11-25 10:08 Wed', '2026-11-25 10:09 Wed']);
  });

  test('a reversed range is accepted and never fires', () => {
    expect(fires('10-5 * * * * x')).toEqual([]);
    expect(describeSchedule('10-5 * * * *', entryOf('10-5 * * * * x').fields)).toBe('Never: a field selects no value');
  });

  test('CRON_TZ schedules in that zone (Paris is UTC+1 in winter)', () => {
    expect(fires('0 9 * * * x', 2, 'Europe/Paris')).toEqual(['2026-11-26 08:00 Thu', '2026-11-27 08:00 Fri']);
  });
});

describe('plain words', () => {
  test('schedules read as sentences', () => {
    const words = (line: string): string => describeSchedule(entryOf(line).schedule, entryOf(line).fields);
    expect(words('1 * * * * x')).toBe('At 1 minute past the hour');
    expect(words('*/5 * * * * x')).toBe('Every 5 minutes');
    expect(words('0 0 * * 1-5 x')).toBe('At 00:00, Monday through Friday');
    expect(words('@reboot x')).toBe('At every boot of the machine (@reboot)');
    expect(words('5; * * * * x')).toBe('At 5 minutes past the hour');
  });
});
