// The machine's time zones, as glibc reads the TZ variable: unset or empty is UTC (the machine's
// /etc/localtime), a name like "Europe/Paris" is a tz database zone (offsets from the host's Intl
// data, abbreviations from date-zone-names.ts), anything else is a POSIX TZ string ("UTC+3",
// "EST5EDT", "<+07>-7", "CET-1CEST,M3.5.0,M10.5.0/3"; date-zone-posix.ts). As with glibc, a string
// that is neither falls back to UTC under whatever name it starts with ("foo" prints "foo").

import { UTC_ZONE, type TimeZone, type ZoneInfo } from '../text/date-parse.ts';
import { parsePosixZone } from './date-zone-posix.ts';
import { zoneAbbreviations } from './date-zone-names.ts';

export type { TimeZone, ZoneInfo };
export { UTC_ZONE };

const cache = new Map<string, TimeZone>();

/** The zone a process with this TZ value lives in. */
export function zoneFromTz(tz: string | undefined): TimeZone {
  if (tz === undefined) return UTC_ZONE;
  let zone = cache.get(tz);
  if (zone === undefined) {
    zone = resolveZone(tz);
    cache.set(tz, zone);
  }
  return zone;
}

/** date -u: glibc's TZ=UTC0. */
export const UTC0_ZONE: TimeZone = UTC_ZONE;

function resolveZone(tz: string): TimeZone {
  const name = tz.startsWith(':') ? tz.slice(1) : tz;
  if (name === '' || name === 'UTC' || name === 'Etc/UTC' || name === 'UTC0' || name === 'Universal' || name === 'Zulu') return UTC_ZONE;
  // A POSIX string wins when the name reads as one ("EST5EDT" is also a tz database name).
  const posix = parsePosixZone(name);
  if (posix) return posix;
  const database = databaseZone(name);
  if (database) return database;
  // glibc: an unusable TZ means UTC, named after its leading letters (when there are three or more).
  const letters = /^[A-Za-z]{3,}/.exec(name);
  return fixedZone(0, letters ? letters[0] : '');
}

export function fixedZone(offset: number, abbreviation: string): TimeZone {
  const info: ZoneInfo = { offset, abbreviation, isDst: false };
  return { at: () => info };
}

/** A tz database zone known to the host's Intl; undefined when it is not a zone name. */
function databaseZone(name: string): TimeZone | undefined {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/.test(name) || /^[a-z]/.test(name)) return undefined;
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: name,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
  } catch {
    return undefined;
  }
  const offsetAt = (epochSeconds: number): number => {
    const whole = Math.floor(epochSeconds);
    const parts = format.formatToParts(new Date(whole * 1000));
    const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
    const era = parts.find((p) => p.type === 'era')?.value ?? 'AD';
    const year = era.startsWith('B') ? 1 - get('year') : get('year');
    const local = new Date(0);
    local.setUTCFullYear(year, get('month') - 1, get('day'));
    local.setUTCHours(get('hour'), get('minute'), get('second'), 0);
    return local.getTime() / 1000 - whole;
  };
  const names = zoneAbbreviations(name);
  return {
    at(epochSeconds: number): ZoneInfo {
      const offset = offsetAt(epochSeconds);
      const year = new Date(Math.floor(epochSeconds) * 1000).getUTCFullYear();
      const january = offsetAt(Date.UTC(year, 0, 1) / 1000);
      const july = offsetAt(Date.UTC(year, 6, 1) / 1000);
      const isDst = january !== july && offset === Math.max(january, july);
      // Before a zone's first transition tzdata uses local mean time, an offset in odd seconds.
      const named = offset % 60 !== 0 ? 'LMT' : names ? (isDst ? names[1] : names[0]) : undefined;
      return { offset, abbreviation: named ?? numericAbbreviation(offset), isDst };
    },
  };
}

/** tzdata's names for zones without a customary abbreviation: "+04", "-03", "+0530". */
export function numericAbbreviation(offset: number): string {
  const sign = offset < 0 ? '-' : '+';
  const minutes = Math.abs(Math.round(offset / 60));
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = minutes % 60;
  return mm === 0 ? `${sign}${hh}` : `${sign}${hh}${String(mm).padStart(2, '0')}`;
}
