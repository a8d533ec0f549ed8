// POSIX TZ strings (glibc's tzset): "std offset [dst [offset] [,start[/time],end[/time]]]", e.g.
// "UTC+3" (three hours *west* of Greenwich, as POSIX counts), "<+0530>-5:30", "EST5EDT" (US rules
// when none are given, as glibc's posixrules file says), "CET-1CEST,M3.5.0,M10.5.0/3".

import type { TimeZone, ZoneInfo } from '../text/date-parse.ts';

interface Rule {
  kind: 'J' | 'n' | 'M';
  day: number;
  week: number;
  month: number;
  /** Seconds after local midnight. */
  time: number;
}

const US_RULES = 'M3.2.0,M11.1.0';

/** The zone a POSIX TZ string describes, or undefined when it is not one. */
export function parsePosixZone(text: string): TimeZone | undefined {
  let rest = text;
  const take = (regex: RegExp): RegExpExecArray | null => {
    const match = regex.exec(rest);
    if (match) rest = rest.slice(match[0].length);
    return match;
  };
  const name = (): string | undefined => {
    const match = take(/^(?:<([A-Za-z0-9+-]{3,})>|([A-Za-z]{3,}))/);
    return match ? (match[1] ?? match[2]) : undefined;
  };
  const offset = (): number | undefined => {
    const match = take(/^([+-]?)(\d{1,2})(?::(\d{1,2})(?::(\d{1,2}))?)?/);
    if (!match) return undefined;
    const seconds = Number(match[2]) * 3600 + Number(match[3] ?? 0) * 60 + Number(match[4] ?? 0);
    if (Number(match[2]) > 24) return undefined;
    return match[1] === '-' ? -seconds : seconds;
  };
  const stdName = name();
  if (stdName === undefined) return undefined;
  const stdWest = offset();
  if (stdWest === undefined) return undefined;
  const std: ZoneInfo = { offset: -stdWest, abbreviation: stdName, isDst: false };
  if (rest === '') return { at: () => std };
  const dstName = name();
  if (dstName === undefined) return undefined;
  let dstEast = std.offset + 3600;
  if (rest !== '' && rest[0] !== ',') {
    const west = offset();
    if (west === undefined) return undefined;
    dstEast = -west;
  }
  const rules = parseRules(rest === '' ? `,${US_RULES}` : rest);
  if (rules === undefined) return undefined;
  const dst: ZoneInfo = { offset: dstEast, abbreviation: dstName, isDst: true };
  return {
    at(epochSeconds: number): ZoneInfo {
      const year = new Date(Math.floor((epochSeconds + std.offset) * 1000)).getUTCFullYear();
      const start = transition(year, rules[0]) - std.offset;
      const end = transition(year, rules[1]) - dst.offset;
      const inDst = start < end ? epochSeconds >= start && epochSeconds < end : epochSeconds < end || epochSeconds >= start;
      return inDst ? dst : std;
    },
  };
}

function parseRules(text: string): [Rule, Rule] | undefined {
  const match = /^,([^,]+),([^,]+)$/.exec(text);
  if (!match) return undefined;
  const start = parseRule(match[1]);
  const end = parseRule(match[2]);
  return start && end ? [start, end] : undefined;
}

function parseRule(text: string): Rule | undefined {
  const match = /^(?:J(\d{1,3})|(\d{1,3})|M(\d{1,2})\.(\d)\.(\d))(?:\/([+-]?)(\d{1,3})(?::(\d{1,2})(?::(\d{1,2}))?)?)?$/.exec(text);
  if (!match) return undefined;
  let time = 7200;
  if (match[7] !== undefined) {
    time = Number(match[7]) * 3600 + Number(match[8] ?? 0) * 60 + Number(match[9] ?? 0);
    if (match[6] === '-') time = -time;
  }
  if (match[1] !== undefined) return { kind: 'J', day: Number(match[1]), week: 0, month: 0, time };
  if (match[2] !== undefined) return { kind: 'n', day: Number(match[2]), week: 0, month: 0, time };
  const month = Number(match[3]);
  const week = Number(match[4]);
  const day = Number(match[5]);
  if (month < 1 || month > 12 || week < 1 || week > 5 || day > 6) return undefined;
  return { kind: 'M', day, week, month, time };
}

/** Seconds since the epoch of the rule's moment in `year`, in the zone's local clock. */
function transition(year: number, rule: Rule): number {
  const dayMs = 86_400_000;
  let dayStart: number;
  if (rule.kind === 'J') {
    // Day 1..365, February 29 never counted.
    const leap = isLeap(year) && rule.day >= 60 ? 1 : 0;
    dayStart = Date.UTC(year, 0, 1) + (rule.day - 1 + leap) * dayMs;
  } else if (rule.kind === 'n') {
    dayStart = Date.UTC(year, 0, 1) + rule.day * dayMs;
  } else {
    const first = Date.UTC(year, rule.month - 1, 1);
    const firstWeekday = new Date(first).getUTCDay();
    let date = 1 + ((rule.day - firstWeekday + 7) % 7) + (rule.week - 1) * 7;
    const monthDays = new Date(Date.UTC(year, rule.month, 0)).getUTCDate();
    while (date > monthDays) date -= 7;
    dayStart = Date.UTC(year, rule.month - 1, date);
  }
  return dayStart / 1000 + rule.time;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
