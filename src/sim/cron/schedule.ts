// When an entry fires. cron itself wakes every minute and tests the minute against the entry's
// fields (matches() does the same, with cron's rule for the two day fields); to let the clock jump
// straight to the next fire, the search for the next matching minute is croner's, given the
// fields cron selected as explicit lists (so cron's parsing quirks stay in crontab-file.ts).

import { Cron } from 'croner';
import cronstrue from 'cronstrue';
import type { CronFields } from './crontab-file.ts';

const MINUTE_MS = 60_000;
/** cron wakes one second into the minute (Debian's cron_sleep adds it), and runs the minute's jobs then. */
export const FIRE_OFFSET_MS = 1000;

export class CronSchedule {
  private readonly cron: Cron | null;
  /** Selects no value in some field ("10-5"): cron accepts it, and it never fires. */
  readonly never: boolean;

  /** `timeZone`: a tz database name (CRON_TZ), or undefined for the machine's zone, UTC. */
  constructor(
    readonly fields: CronFields,
    readonly timeZone?: string,
  ) {
    const lists = [fields.minute, fields.hour, fields.dayOfMonth, fields.month, fields.dayOfWeek].map(selected);
    this.never = lists.some((list) => list.length === 0);
    this.cron = this.never
      ? null
      : new Cron(lists.map((list) => list.join(',')).join(' '), {
          mode: '5-part',
          paused: true,
          // cron: when either day field starts with "*", both must match; otherwise either may.
          domAndDow: fields.dayOfMonthStar || fields.dayOfWeekStar,
          ...(timeZone ? { timezone: timeZone } : { utcOffset: 0 }),
        });
  }

  /** Whether cron runs the entry in the minute starting at `minuteMs` (UTC fields; zones go to croner). */
  matchesUtc(minuteMs: number): boolean {
    const f = this.fields;
    const date = new Date(minuteMs);
    if (!f.minute[date.getUTCMinutes()] || !f.hour[date.getUTCHours()] || !f.month[date.getUTCMonth() + 1]) return false;
    const dom = f.dayOfMonth[date.getUTCDate()];
    const dow = f.dayOfWeek[date.getUTCDay()];
    return f.dayOfMonthStar || f.dayOfWeekStar ? dom && dow : dom || dow;
  }

  /** The start of the first minute after `afterMs` in which the entry fires, or null if none ever does. */
  nextMinute(afterMs: number): number | null {
    if (!this.cron) return null;
    const following = Math.floor(afterMs / MINUTE_MS) * MINUTE_MS + MINUTE_MS;
    // Most entries fire often: a look at the next minute saves a search.
    if (!this.timeZone && this.matchesUtc(following)) return following;
    const next = this.cron.nextRun(new Date(following - 1));
    return next ? next.getTime() : null;
  }

  /** The next `count` fire times (cron's wake-ups, one second into each minute) after `afterMs`. */
  nextFires(afterMs: number, count: number): number[] {
    const fires: number[] = [];
    let from = afterMs - FIRE_OFFSET_MS;
    while (fires.length < count) {
      const minute = this.nextMinute(from);
      if (minute === null) break;
      fires.push(minute + FIRE_OFFSET_MS);
      from = minute;
    }
    return fires;
  }
}

function selected(bits: boolean[]): number[] {
  const values: number[] = [];
  bits.forEach((on, value) => {
    if (on) values.push(value);
  });
  return values;
}

/** The schedule in plain words ("Every 5 minutes"), as cronstrue words it. */
export function describeSchedule(schedule: string, fields: CronFields | null): string {
  if (fields === null) return 'At every boot of the machine (@reboot)';
  if ([fields.minute, fields.hour, fields.dayOfMonth, fields.month, fields.dayOfWeek].some((bits) => selected(bits).length === 0)) {
    return 'Never: a field selects no value';
  }
  const options = { use24HourTimeFormat: true, verbose: false };
  try {
    return cronstrue.toString(schedule, options);
  } catch {
    // cron read more into it than cronstrue does ("5;" is 5 for cron): describe what cron selected.
    const lists = [fields.minute, fields.hour, fields.dayOfMonth, fields.month, fields.dayOfWeek].map((bits, index) => compact(bits, index));
    return cronstrue.toString(lists.join(' '), options);
  }
}

/** "*" for every value, else ranges: 1-5,7. */
function compact(bits: boolean[], field: number): string {
  const low = field === 2 || field === 3 ? 1 : 0;
  const values = selected(bits);
  if (values.length === bits.length - low) return '*';
  const parts: string[] = [];
  for (let i = 0; i < values.length; ) {
    let j = i;
    while (j + 1 < values.length && values[j + 1] === values[j] + 1) j++;
    parts.push(j > i ? `${values[i]}-${values[j]}` : `${values[i]}`);
    i = j + 1;
  }
  return parts.join(',');
}
