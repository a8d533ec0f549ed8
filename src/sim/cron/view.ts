// What the cron service shows the outside world (the Cron panel, lesson checks): plain values, so
// they cross the worker boundary as they are. The service (crond.ts) produces them; the UI draws them.

/** One installed crontab line. */
export interface CronEntryView {
  /** Stable while the crontab is unchanged: "student:3" (user and line number). */
  id: string;
  user: string;
  /** Line number in the user's crontab (1-based). */
  line: number;
  /** The schedule as written: "*\/5 * * * *", "@hourly". */
  schedule: string;
  command: string;
  /** The schedule in plain words: "At minute 1 past every hour". */
  description: string;
  /** The next fire times, virtual microseconds since the epoch (up to 5). */
  next: number[];
}

/** Where a run's output went. */
export type CronRunOutput =
  /** Mailed to the user: the message is in /var/mail/<user>; its text is kept here too. */
  | { kind: 'mail'; path: string; text: string }
  /** The command redirected its output to this file (absolute path, as far as the command says). */
  | { kind: 'file'; path: string }
  | { kind: 'none' };

/** One run of an entry. */
export interface CronRunView {
  entryId: string;
  /** The pid cron logged for it (CRON[pid]). */
  pid: number;
  startUs: number;
  /** Undefined while it is still running. */
  endUs?: number;
  status?: number;
  output: CronRunOutput;
}

export interface CronSnapshot {
  entries: CronEntryView[];
  /** The most recent runs, newest first (a bounded number). */
  runs: CronRunView[];
  /** Runs since the service started (exact, even when `runs` is cut short). */
  totalRuns: number;
}

/** Fire times of each entry in a window, for the timeline. */
export interface CronTimeline {
  fromUs: number;
  toUs: number;
  fires: { entryId: string; atUs: number }[];
  /** True when the window held more fires than were returned. */
  truncated: boolean;
}

/** The cron service as the world host and lesson checks use it: `system.service<CronService>('cron')`. */
export interface CronService {
  snapshot(): CronSnapshot;
  timeline(fromUs: number, toUs: number, limit: number): CronTimeline;
  /** Called after entries or runs change (a crontab installed, a run started or ended). */
  onChange: (() => void) | null;
}
