// The operand of `date MMDDhhmm[[CC]YY][.ss]` (gnulib posixtime with a trailing, optionally
// four-digit year and optional seconds), read in the local zone.

import { mktime, type TimeZone } from '../text/date-calendar.ts';

/** Seconds since the epoch, or undefined when the stamp is malformed or names no real time. */
export function parsePosixTime(stamp: string, zone: TimeZone, nowYear: number): number | undefined {
  const match = /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2}|\d{4})?(?:\.(\d{2}))?$/.exec(stamp);
  if (!match) return undefined;
  const [month, day, hour, minute] = [match[1], match[2], match[3], match[4]].map(Number);
  let year = nowYear;
  if (match[5] !== undefined) {
    year = Number(match[5]);
    if (match[5].length === 2) year += year < 69 ? 2000 : 1900;
  }
  const second = match[6] === undefined ? 0 : Number(match[6]);
  const result = mktime(zone, year, month - 1, day, hour, minute, second);
  if (result === undefined) return undefined;
  const f = result.fields;
  if (f.year !== year || f.month !== month - 1 || f.day !== day || f.hour !== hour || f.minute !== minute || f.second !== second) return undefined;
  return result.epoch;
}
