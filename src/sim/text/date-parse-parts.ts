// What a date string says, as parse-datetime.y's parser_control holds it: the absolute fields (which
// start as "now"), the relative offsets, and how many dates, times, zones... were seen. The helpers
// here are the grammar's semantic actions that do more than store a value.

import { MERIDIAN_24, type Token } from './date-parse-lexer.ts';

export interface Relative {
  year: number;
  month: number;
  day: number;
  hour: number;
  minutes: number;
  seconds: number;
  ns: number;
}

export interface DateParts {
  timespecSeen: boolean;
  year: { value: number; digits: number };
  month: number;
  day: number;
  hour: number;
  minutes: number;
  seconds: number;
  ns: number;
  meridian: number;
  rel: Relative;
  relsSeen: boolean;
  datesSeen: number;
  daysSeen: number;
  localZonesSeen: number;
  dstsSeen: number;
  timesSeen: number;
  zonesSeen: number;
  dayOrdinal: number;
  dayNumber: number;
  localIsDst: number;
  /** Seconds east of UTC, when a zone was given. */
  timeZone: number;
}

export function zeroRelative(): Relative {
  return { year: 0, month: 0, day: 0, hour: 0, minutes: 0, seconds: 0, ns: 0 };
}


/** apply_relative_time: adds `factor` (1, or -1 for "ago") times `rel`; false for a bad unit. */
export function addRelative(pc: DateParts, rel: Relative | undefined, factor: number): boolean {
  if (rel === undefined) return false;
  const r = pc.rel;
  r.year += factor * rel.year;
  r.month += factor * rel.month;
  r.day += factor * rel.day;
  r.hour += factor * rel.hour;
  r.minutes += factor * rel.minutes;
  r.seconds += factor * rel.seconds;
  r.ns += factor * rel.ns;
  pc.relsSeen = true;
  return true;
}

/** COUNT UNIT ("3 weeks" is 21 days). */
export function unitTimes(unit: Token, count: number): Relative | undefined {
  const rel = zeroRelative();
  switch (unit.type) {
    case 'YEAR_UNIT': rel.year = count; break;
    case 'MONTH_UNIT': rel.month = count; break;
    case 'DAY_UNIT': rel.day = count * unit.value; break;
    case 'HOUR_UNIT': rel.hour = count; break;
    case 'MINUTE_UNIT': rel.minutes = count; break;
    case 'SEC_UNIT': rel.seconds = count; break;
    default: return undefined;
  }
  return rel;
}

/** A numeric zone: "+2" and "+02" are hours, "+0530" is hhmm, "+05:30" hours and minutes. */
export function timeZoneHhmm(pc: DateParts, s: Token, mm: number): boolean {
  let value = s.value;
  if (s.digits <= 2 && mm < 0) value *= 100;
  const minutes = mm < 0 ? Math.trunc(value / 100) * 60 + (value % 100) : value * 60 + (s.negative ? -mm : mm);
  if (!(-24 * 60 <= minutes && minutes <= 24 * 60)) return false;
  pc.timeZone = minutes * 60;
  return true;
}

/** A bare number: a year after a date, YYYYMMDD, or HHMM / HH. */
export function digitsToDateTime(pc: DateParts, t: Token): void {
  if (pc.datesSeen && !pc.year.digits && !pc.relsSeen && (pc.timesSeen || t.digits > 2)) {
    pc.year = { value: t.value, digits: t.digits };
  } else if (t.digits > 4) {
    pc.datesSeen++;
    pc.day = t.value % 100;
    pc.month = Math.floor(t.value / 100) % 100;
    pc.year = { value: Math.floor(t.value / 10000), digits: t.digits - 4 };
  } else {
    pc.timesSeen++;
    Object.assign(pc, { hour: t.digits <= 2 ? t.value : Math.floor(t.value / 100), minutes: t.digits <= 2 ? 0 : t.value % 100, seconds: 0, ns: 0 });
    pc.meridian = MERIDIAN_24;
  }
}
