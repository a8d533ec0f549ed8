// GNU date's free-form date strings (date -d, touch -d), a port of gnulib's parse-datetime: the
// lexer (date-parse-lexer.ts) and grammar (date-parse-grammar.ts) collect a date, a time, a zone,
// a weekday and relative offsets; this file combines them the way parse_datetime_body does: fields
// not given come from "now" in the local zone, an absolute date without a time means midnight,
// then the weekday, relative days/months/years (calendar arithmetic), the zone, and finally the
// relative hours/minutes/seconds (plain seconds). "@SECONDS" is taken as is.

import { tokenize, MERIDIAN_AM, MERIDIAN_PM, type LocalZoneNames } from './date-parse-lexer.ts';
import { parseTokens, zeroRelative, type DateParts } from './date-parse-grammar.ts';
import { brokenDown, mktime, UTC_ZONE, type BrokenDown, type MktimeResult, type TimeZone } from './date-calendar.ts';

export { UTC_ZONE, type TimeZone };
export type { ZoneInfo } from './date-calendar.ts';

export interface Timestamp {
  /** Whole seconds since the epoch (may be negative). */
  seconds: number;
  /** 0..999999999 */
  nanoseconds: number;
}

export interface ParseOptions {
  /** The local zone (from TZ); UTC by default. */
  zone?: TimeZone;
  /** Builds the zone named by a leading TZ="..." in the string; without it such strings are refused. */
  zoneNamed?: (tz: string) => TimeZone;
}

const BILLION = 1_000_000_000;
const QUARTER = 90 * 24 * 60 * 60;

/** The instant a date string denotes, or undefined when GNU date would say "invalid date". */
export function parseDateTime(input: string, now: Timestamp, options: ParseOptions = {}): Timestamp | undefined {
  let zone = options.zone ?? UTC_ZONE;
  let text = input.replace(/^[ \t\n\v\f\r]+/, '');
  if (text.startsWith('TZ="')) {
    const parsed = leadingZone(text);
    if (parsed === undefined || options.zoneNamed === undefined) return undefined;
    zone = options.zoneNamed(parsed.name);
    text = parsed.rest.replace(/^[ \t\n\v\f\r]+/, '');
  }
  const nowInfo = zone.at(now.seconds);
  const nowFields = brokenDown(now.seconds + nowInfo.offset);
  if (nowFields === undefined) return undefined;
  if (text === '') text = '0';

  const tokens = tokenize(text, localNames(zone, now.seconds));
  if (tokens.some((t) => t.type === 'ERROR')) return undefined;
  const pc = initialParts(nowFields, now.nanoseconds);
  if (!parseTokens(tokens, pc)) return undefined;
  if (pc.timespecSeen) return { seconds: pc.seconds, nanoseconds: pc.ns };
  const zonesSeen = pc.localZonesSeen + pc.zonesSeen;
  if (1 < (pc.timesSeen | pc.datesSeen | pc.daysSeen | pc.dstsSeen | zonesSeen)) return undefined;

  let year = pc.year.value;
  if (year >= 0 && pc.year.digits === 2) year += year < 69 ? 2000 : 1900;
  const tm0 = { year, month: pc.month - 1, day: pc.day, hour: 0, minute: 0, second: 0 };
  if (pc.timesSeen || (pc.relsSeen && !pc.datesSeen && !pc.daysSeen)) {
    const hour = toHour(pc.hour, pc.meridian);
    if (hour < 0) return undefined;
    Object.assign(tm0, { hour, minute: pc.minutes, second: pc.seconds });
  } else pc.ns = 0;
  let isDst = nowInfo.isDst ? 1 : 0;
  if (pc.datesSeen | pc.daysSeen | pc.timesSeen) isDst = -1;
  if (pc.localZonesSeen) isDst = pc.localIsDst;

  let result = mktime(zone, tm0.year, tm0.month, tm0.day, tm0.hour, tm0.minute, tm0.second, isDst);
  if (result === undefined || !sameFields(tm0, result.fields)) {
    if (!pc.zonesSeen) return undefined;
    // Valid in the given zone though not locally (a DST gap): redo it in that zone, as gnulib does.
    const fixed: TimeZone = { at: () => ({ offset: pc.timeZone, abbreviation: '', isDst: false }) };
    result = mktime(fixed, tm0.year, tm0.month, tm0.day, tm0.hour, tm0.minute, tm0.second, isDst);
    if (result === undefined || !sameFields(tm0, result.fields)) return undefined;
  }

  if (pc.daysSeen && !pc.datesSeen) {
    const f: BrokenDown = result.fields;
    const ordinal = pc.dayOrdinal - (0 < pc.dayOrdinal && f.weekday !== pc.dayNumber ? 1 : 0);
    const increment = ordinal * 7 + ((pc.dayNumber - f.weekday + 7) % 7);
    const moved: MktimeResult | undefined = mktime(zone, f.year, f.month, f.day + increment, f.hour, f.minute, f.second);
    if (moved === undefined) return undefined;
    result = moved;
  }

  const rel = pc.rel;
  if (rel.year || rel.month || rel.day) {
    const f = result.fields;
    const moved = mktime(zone, f.year + rel.year, f.month + rel.month, f.day + rel.day, tm0.hour, tm0.minute, tm0.second, isDst);
    if (moved === undefined) return undefined;
    result = moved;
  }

  let start = result.epoch;
  if (pc.zonesSeen) start -= pc.timeZone - result.info.offset;

  const sumNs = pc.ns + rel.ns;
  const ns = ((sumNs % BILLION) + BILLION) % BILLION;
  const carry = (sumNs - ns) / BILLION;
  const seconds = start + rel.hour * 3600 + rel.minutes * 60 + rel.seconds + carry;
  if (!Number.isFinite(seconds) || Math.abs(seconds) > 8.64e12) return undefined;
  return { seconds, nanoseconds: ns };
}

/**
 * The older interface (touch -d): milliseconds since the epoch in UTC, or undefined when invalid.
 */
export function parseDateString(input: string, nowMs: number, zone: TimeZone = UTC_ZONE): number | undefined {
  const seconds = Math.floor(nowMs / 1000);
  const parsed = parseDateTime(input, { seconds, nanoseconds: (nowMs - seconds * 1000) * 1_000_000 }, { zone });
  return parsed === undefined ? undefined : parsed.seconds * 1000 + Math.floor(parsed.nanoseconds / 1_000_000);
}

/** TZ="NAME" at the start of the string; backslash may quote a backslash or a double quote. */
function leadingZone(text: string): { name: string; rest: string } | undefined {
  let name = '';
  for (let i = 4; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      const quoted = text[++i];
      if (quoted !== '\\' && quoted !== '"') return undefined;
      name += quoted;
    } else if (c === '"') return { name, rest: text.slice(i + 1) };
    else name += c;
  }
  return undefined;
}

/** The local zone's abbreviations now and, if DST differs, in the next three quarters. */
function localNames(zone: TimeZone, nowSeconds: number): LocalZoneNames {
  const current = zone.at(nowSeconds);
  const names = [{ name: current.abbreviation, isDst: current.isDst ? 1 : 0 }];
  for (let quarter = 1; quarter <= 3; quarter++) {
    const probe = zone.at(nowSeconds + quarter * QUARTER);
    if (probe.isDst !== current.isDst) {
      names.push({ name: probe.abbreviation, isDst: probe.isDst ? 1 : 0 });
      break;
    }
  }
  // The same name for standard and summer time says nothing about DST.
  if (names.length === 2 && names[0].name === names[1].name) return [{ name: names[0].name, isDst: -1 }];
  return names.filter((n) => n.name !== '');
}

function initialParts(now: BrokenDown, nowNs: number): DateParts {
  return {
    timespecSeen: false,
    year: { value: now.year, digits: 0 },
    month: now.month + 1,
    day: now.day,
    hour: now.hour,
    minutes: now.minute,
    seconds: now.second,
    ns: nowNs,
    meridian: 2,
    rel: zeroRelative(),
    relsSeen: false,
    datesSeen: 0,
    daysSeen: 0,
    localZonesSeen: 0,
    dstsSeen: 0,
    timesSeen: 0,
    zonesSeen: 0,
    dayOrdinal: 0,
    dayNumber: 0,
    localIsDst: 0,
    timeZone: 0,
  };
}

function toHour(hours: number, meridian: number): number {
  if (meridian === MERIDIAN_AM) return 0 < hours && hours < 12 ? hours : hours === 12 ? 0 : -1;
  if (meridian === MERIDIAN_PM) return 0 < hours && hours < 12 ? hours + 12 : hours === 12 ? 12 : -1;
  return 0 <= hours && hours < 24 ? hours : -1;
}

function sameFields(tm0: { year: number; month: number; day: number; hour: number; minute: number; second: number }, tm: BrokenDown): boolean {
  return tm0.year === tm.year && tm0.month === tm.month && tm0.day === tm.day && tm0.hour === tm.hour && tm0.minute === tm.minute && tm0.second === tm.second;
}
