// What the Cron panel shows of the daemon's tables: each entry in words with its next fires, and the
// fires in a window for the timeline. Loaded with the engine (engine.ts): there is nothing to show
// before a crontab is installed.

import type { Credentials } from '../kernel/process.ts';
import type { CronEntryView, CronTimeline } from './view.ts';
import type { CrontabEntry } from './crontab-file.ts';
import { FIRE_OFFSET_MS, type CronSchedule } from './schedule.ts';

export interface CronUserInfo {
  name: string;
  home: string;
  cred: Credentials;
}

export interface ActiveEntry {
  id: string;
  user: CronUserInfo;
  entry: CrontabEntry;
  /** null for @reboot. */
  schedule: CronSchedule | null;
  description: string;
  /** Start of the next minute it fires in (ms), null when it never does. */
  nextMinuteMs: number | null;
}

/** The entries as the panel lists them, with their next 5 fires (virtual µs). */
export function entryViews(actives: readonly ActiveEntry[], nowMs: number): CronEntryView[] {
  return actives.map((active) => ({
    id: active.id,
    user: active.user.name,
    line: active.entry.line,
    schedule: active.entry.schedule,
    command: active.entry.command,
    description: active.description,
    next: active.schedule ? active.schedule.nextFires(nowMs, 5).map((ms) => ms * 1000) : [],
  }));
}

/** Every fire in [fromUs, toUs), at most `limit`, in time order. */
export function fireTimeline(actives: readonly ActiveEntry[], fromUs: number, toUs: number, limit: number): CronTimeline {
  const fires: CronTimeline['fires'] = [];
  let truncated = false;
  for (const active of actives) {
    if (!active.schedule) continue;
    let minute = active.schedule.nextMinute(fromUs / 1000 - FIRE_OFFSET_MS - 1);
    while (minute !== null && (minute + FIRE_OFFSET_MS) * 1000 < toUs) {
      if (fires.length >= limit) {
        truncated = true;
        break;
      }
      fires.push({ entryId: active.id, atUs: (minute + FIRE_OFFSET_MS) * 1000 });
      minute = active.schedule.nextMinute(minute);
    }
  }
  fires.sort((a, b) => a.atUs - b.atUs);
  return { fromUs, toUs, fires, truncated };
}
