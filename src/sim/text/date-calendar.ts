// Broken-down time (C's struct tm) and mktime over the proleptic Gregorian calendar, for date
// parsing and formatting. Seconds are whole; a zone's offset turns UTC seconds into local ones.

export interface BrokenDown {
  year: number;
  /** 0..11 */
  month: number;
  /** 1..31 */
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday */
  weekday: number;
  /** 0..365 */
  yearDay: number;
}

/** A zone's state at an instant: seconds east of UTC, the %Z abbreviation, whether DST applies. */
export interface ZoneInfo {
  offset: number;
  abbreviation: string;
  isDst: boolean;
}

export interface TimeZone {
  at(epochSeconds: number): ZoneInfo;
}

export const UTC_INFO: ZoneInfo = { offset: 0, abbreviation: 'UTC', isDst: false };
export const UTC_ZONE: TimeZone = { at: () => UTC_INFO };

const DAY_SECONDS = 86_400;

/** Splits seconds (already shifted to local time) into fields; undefined beyond Date's range. */
export function brokenDown(localSeconds: number): BrokenDown | undefined {
  const whole = Math.floor(localSeconds);
  const date = new Date(whole * 1000);
  if (Number.isNaN(date.getTime())) return undefined;
  const year = date.getUTCFullYear();
  const startOfYear = new Date(0);
  startOfYear.setUTCFullYear(year, 0, 1);
  return {
    year,
    month: date.getUTCMonth(),
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
    weekday: date.getUTCDay(),
    yearDay: Math.floor((date.getTime() - startOfYear.getTime()) / 1000 / DAY_SECONDS),
  };
}

/** The seconds count of fields as if they were UTC, normalising out-of-range ones like mktime. */
export function fieldsToSeconds(year: number, month: number, day: number, hour: number, minute: number, second: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime() / 1000;
}

export interface MktimeResult {
  epoch: number;
  fields: BrokenDown;
  info: ZoneInfo;
}

/**
 * mktime in a zone: local fields to an instant. `isDst` is C's tm_isdst hint (-1: work it out).
 * Undefined when the result is out of range.
 */
export function mktime(zone: TimeZone, year: number, month: number, day: number, hour: number, minute: number, second: number, isDst = -1): MktimeResult | undefined {
  const local = fieldsToSeconds(year, month, day, hour, minute, second);
  if (!Number.isFinite(local)) return undefined;
  const first = local - zone.at(local).offset;
  const second1 = local - zone.at(first).offset;
  let epoch = second1;
  const found = zone.at(epoch);
  if (isDst >= 0 && found.isDst !== isDst > 0) {
    // The caller insists on standard or summer time: use that offset even out of season, as glibc
    // does, and assume a one-hour difference when the zone has no such time nearby.
    const probe = [first, local - 86_400 * 91, local + 86_400 * 91, local - 86_400 * 182, local + 86_400 * 182].map((t) => zone.at(t)).find((z) => z.isDst === isDst > 0);
    epoch = probe ? local - probe.offset : epoch + (isDst > 0 ? -3600 : 3600);
  }
  const info = zone.at(epoch);
  const fields = brokenDown(epoch + info.offset);
  return fields ? { epoch, fields, info } : undefined;
}
