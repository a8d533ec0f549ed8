// A stand-in for the cron service (src/sim/cron) that tests drive by hand: entries and runs are set
// directly and each change calls onChange, as the real service does when a crontab is installed or
// a run starts or ends. It counts what the host asks of it.

import type { CronEntryView, CronRunView, CronService, CronSnapshot, CronTimeline } from '../../src/sim/cron/view.ts';

const MINUTE_US = 60_000_000;

export class FakeCronService implements CronService {
  onChange: (() => void) | null = null;
  entries: CronEntryView[] = [];
  /** Newest first, like the real snapshot. */
  runs: CronRunView[] = [];
  totalRuns = 0;
  /** How many runs a snapshot lists. */
  listed = 20;
  snapshotsTaken = 0;
  readonly timelineCalls: { fromUs: number; toUs: number; limit: number }[] = [];

  snapshot(): CronSnapshot {
    this.snapshotsTaken++;
    return { entries: this.entries.map((e) => ({ ...e, next: [...e.next] })), runs: this.runs.slice(0, this.listed), totalRuns: this.totalRuns };
  }

  /** Every entry fires at every whole minute (enough for the host's plumbing). */
  timeline(fromUs: number, toUs: number, limit: number): CronTimeline {
    this.timelineCalls.push({ fromUs, toUs, limit });
    const fires: CronTimeline['fires'] = [];
    let truncated = false;
    for (let at = Math.ceil(fromUs / MINUTE_US) * MINUTE_US; at < toUs; at += MINUTE_US) {
      for (const entry of this.entries) {
        if (fires.length === limit) truncated = true;
        else fires.push({ entryId: entry.id, atUs: at });
      }
    }
    return { fromUs, toUs, fires, truncated };
  }

  install(entries: CronEntryView[]): void {
    this.entries = entries;
    this.onChange?.();
  }

  /** A run of `entryId` that starts at `startUs` and, unless `status` is undefined, has ended. */
  run(entryId: string, startUs: number, status?: number, output: CronRunView['output'] = { kind: 'none' }): CronRunView {
    const run: CronRunView = { entryId, pid: 2000 + this.totalRuns, startUs, output };
    if (status !== undefined) {
      run.endUs = startUs + 150_000;
      run.status = status;
    }
    this.runs.unshift(run);
    this.totalRuns++;
    this.onChange?.();
    return run;
  }
}

export function everyMinuteEntry(line: number, command: string, nowUs: number): CronEntryView {
  const first = Math.floor(nowUs / MINUTE_US) * MINUTE_US + MINUTE_US;
  return {
    id: `student:${line}`,
    user: 'student',
    line,
    schedule: '* * * * *',
    command,
    description: 'At every minute',
    next: [0, 1, 2, 3, 4].map((i) => first + i * MINUTE_US),
  };
}
