// crond: the cron daemon of the machine, on the virtual clock. Like Debian's cron it reads the
// users' crontabs from /var/spool/cron/crontabs (noticing a change at its next minute, and logging
// RELOAD when it replaces a table it had), wakes one second into each minute in which something
// fires, and runs each job as cron does: `$SHELL -c command` (default /bin/sh) in a new session, as
// the user, in their home, with cron's minimal environment (PATH=/usr/bin:/bin) and no terminal;
// stdin is what follows the entry's first %, stdout and stderr are collected and mailed to the user
// (or MAILTO) when the job ends. Each start is logged to /var/log/cron as "CRON[pid]: (user) CMD
// (command)".
//
// Rather than waking every minute as cron does, the daemon sleeps until the next minute in which an
// entry fires, so fast-forwarding a quiet month costs nothing. The schedule module (croner,
// cronstrue) is loaded the first time a crontab is installed, keeping it out of the page's first
// download (engine.ts).

import type { System } from '../system.ts';
import type { Process } from '../kernel/process.ts';
import type { EventId } from '../kernel/event-queue.ts';
import { Errno } from '../kernel/errors.ts';
import { ROOT } from '../fs/base-system.ts';
import type { CronRunView, CronService, CronSnapshot, CronTimeline } from './view.ts';
import type { ActiveEntry, CronUserInfo } from './cron-views.ts';
import { CronLog, ensureSpool, SPOOL_DIR } from './system-files.ts';

type ScheduleModule = typeof import('./engine.ts');

const MINUTE_MS = 60_000;
const FIRE_OFFSET_MS = 1000;
/** Lines of the "DO NOT EDIT" header crontab(1) puts above the user's text. */
export const SPOOL_HEADER_LINES = 3;
/** Runs kept for the panel (newest); older ones are counted only. */
const RUNS_KEPT = 200;
const RUNS_LISTED = 50;

export class CronDaemon implements CronService {
  onChange: (() => void) | null = null;
  readonly proc: Process;
  private readonly log: CronLog;
  private scheduleModule: ScheduleModule | null = null;
  private readonly tables = new Map<string, ActiveEntry[]>();
  /** Users whose crontab changed since the last wake: looked at again at the next one. */
  private readonly reloads = new Set<string>();
  /**
   * Users whose crontab cron held at its last look at the spool. Like database.c, it logs RELOAD
   * only when it replaces one of those: a first crontab and a removed one pass silently.
   */
  private loaded = new Set<string>();
  private wake: { event: EventId; atMs: number } | null = null;
  private readonly runs: CronRunView[] = [];
  private totalRuns = 0;

  constructor(
    private readonly system: System,
    parent: Process,
  ) {
    const kernel = system.kernel;
    this.proc = kernel.spawn({
      parent,
      argv: ['/usr/sbin/cron', '-f'],
      cwd: '/',
      cred: ROOT,
      newSession: true,
      env: new Map([['PATH', '/usr/sbin:/usr/bin:/sbin:/bin']]),
      main: (proc) => proc.block<number>(() => undefined, { interruptible: false }),
    });
    this.log = new CronLog(kernel.fs, () => system.hostname, () => kernel.clock.nowMs);
    ensureSpool(kernel.fs);
    this.log.write('cron', this.proc.pid, 'CRON', 'INFO', 'pidfile fd = 3');
    this.log.write('cron', this.proc.pid, 'CRON', 'INFO', 'Running @reboot jobs');
  }

  /** Loads croner and cronstrue (host work: callers wait on it as on outside input). */
  async loadSchedules(): Promise<void> {
    this.scheduleModule ??= await import('./engine.ts');
  }

  get schedulesLoaded(): boolean {
    return this.scheduleModule !== null;
  }

  /**
   * Reads every crontab in the spool, as cron does when it starts: after the machine's files are
   * restored (a saved workspace), with `atBoot` running the @reboot entries. Host work (the engine
   * loads): callers that are processes wait on it as on outside input.
   */
  async reloadAll(atBoot: boolean): Promise<void> {
    const users = this.spoolUsers();
    if (users.length === 0 && this.tables.size === 0) return;
    await this.loadSchedules();
    for (const user of new Set([...this.tables.keys(), ...users])) this.crontabChanged(user);
    this.reloads.clear();
    this.loaded = new Set(this.tables.keys());
    if (!atBoot) return;
    for (const table of this.tables.values()) {
      for (const active of table) if (!active.schedule) this.runJob(active);
    }
  }

  private spoolUsers(): string[] {
    try {
      return [...this.system.kernel.fs.lookupDir(ROOT, '/', SPOOL_DIR).entries.keys()].filter((name) => !name.startsWith('tmp.'));
    } catch (error) {
      if (error instanceof Errno) return [];
      throw error;
    }
  }

  /** The spool path of a user's crontab. */
  spoolPath(user: string): string {
    return `${SPOOL_DIR}/${user}`;
  }

  /**
   * A user's crontab was installed, replaced or removed (crontab(1) pokes the daemon). The new
   * table takes effect from the next minute. Needs loadSchedules() to have completed.
   */
  crontabChanged(userName: string): void {
    const module = this.requireSchedules();
    this.tables.delete(userName);
    const text = this.readSpool(userName);
    const user = text === null ? undefined : this.userInfo(userName);
    if (text !== null && user) {
      const verdict = module.readCrontab(text, { name: user.name, home: user.home }, SPOOL_HEADER_LINES);
      // crontab(1) checked it; a spool file edited behind its back loads what it can, like cron.
      const entries = verdict.ok ? verdict.entries : [];
      const nowMs = this.system.kernel.clock.nowMs;
      const active = entries.map((entry): ActiveEntry => {
        const timeZone = entry.environment.find(([name]) => name === 'CRON_TZ')?.[1];
        const schedule = entry.fields ? new module.CronSchedule(entry.fields, validZone(timeZone)) : null;
        return {
          id: `${userName}:${entry.line}`,
          user,
          entry,
          schedule,
          description: module.describeSchedule(entry.schedule, entry.fields),
          nextMinuteMs: schedule ? schedule.nextMinute(nowMs) : null,
        };
      });
      this.tables.set(userName, active);
    }
    this.reloads.add(userName);
    this.reschedule();
    this.onChange?.();
  }

  snapshot(): CronSnapshot {
    const runs = this.runs.slice(-RUNS_LISTED).reverse().map((run) => ({ ...run }));
    // No table means the engine may not be loaded yet, and there is nothing to show of it.
    const actives = [...this.tables.values()].flat();
    const entries = actives.length === 0 ? [] : this.requireSchedules().entryViews(actives, this.system.kernel.clock.nowMs);
    return { entries, runs, totalRuns: this.totalRuns };
  }

  timeline(fromUs: number, toUs: number, limit: number): CronTimeline {
    const actives = [...this.tables.values()].flat();
    if (actives.length === 0) return { fromUs, toUs, fires: [], truncated: false };
    return this.requireSchedules().fireTimeline(actives, fromUs, toUs, limit);
  }

  /** The installed crontab's text as crontab -l shows it (without the spool header), or null. */
  readSpool(userName: string): string | null {
    const fs = this.system.kernel.fs;
    try {
      const inode = fs.lookup(ROOT, '/', this.spoolPath(userName));
      if (inode.type !== 'file') return null;
      return new TextDecoder().decode(inode.content());
    } catch (error) {
      if (error instanceof Errno) return null;
      throw error;
    }
  }

  private requireSchedules(): ScheduleModule {
    if (!this.scheduleModule) throw new Error('cron: the schedule module is not loaded yet');
    return this.scheduleModule;
  }

  private userInfo(name: string): CronUserInfo | undefined {
    const entry = this.system.userByName(name);
    if (!entry) return undefined;
    const groups = [entry.gid, ...this.system.groups().filter((g) => g.members.includes(name) && g.gid !== entry.gid).map((g) => g.gid)];
    return { name, home: entry.home, cred: { uid: entry.uid, gid: entry.gid, groups } };
  }

  /** Sets the single clock event to the next minute with work: a fire, or a reload to log. */
  private reschedule(): void {
    const clock = this.system.kernel.clock;
    let nextMinute = Infinity;
    for (const table of this.tables.values()) {
      for (const active of table) if (active.nextMinuteMs !== null && active.nextMinuteMs < nextMinute) nextMinute = active.nextMinuteMs;
    }
    if (this.reloads.size > 0) nextMinute = Math.min(nextMinute, Math.floor(clock.nowMs / MINUTE_MS) * MINUTE_MS + MINUTE_MS);
    const atMs = nextMinute + FIRE_OFFSET_MS;
    if (this.wake && this.wake.atMs === atMs) return;
    if (this.wake) clock.cancel(this.wake.event);
    this.wake = null;
    if (atMs === Infinity) return;
    this.wake = { atMs, event: clock.schedule(atMs * 1000, () => this.onWake()) };
  }

  private onWake(): void {
    this.wake = null;
    const nowMs = this.system.kernel.clock.nowMs;
    const minute = Math.floor(nowMs / MINUTE_MS) * MINUTE_MS;
    for (const user of this.reloads) {
      if (this.loaded.has(user) && this.tables.has(user)) this.log.write('cron', this.proc.pid, user, 'RELOAD', `crontabs/${user}`);
    }
    this.reloads.clear();
    this.loaded = new Set(this.tables.keys());
    let ran = false;
    for (const table of this.tables.values()) {
      for (const active of table) {
        if (active.nextMinuteMs !== minute) continue;
        active.nextMinuteMs = active.schedule!.nextMinute(minute);
        this.runJob(active);
        ran = true;
      }
    }
    this.reschedule();
    if (ran) this.onChange?.();
  }

  private runJob(active: ActiveEntry): void {
    this.requireSchedules().startCronJob(
      { system: this.system, daemon: this.proc, log: this.log },
      { id: active.id, user: active.user, command: active.entry.command, environment: active.entry.environment },
      (run) => {
        this.recordRun(run);
        this.onChange?.();
      },
      () => this.onChange?.(),
    );
  }

  private recordRun(run: CronRunView): void {
    this.runs.push(run);
    this.totalRuns++;
    if (this.runs.length > RUNS_KEPT * 2) this.runs.splice(0, this.runs.length - RUNS_KEPT);
  }
}


/** A CRON_TZ cron can use (a tz database name); anything else leaves the machine's zone. */
function validZone(name: string | undefined): string | undefined {
  if (!name) return undefined;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return name;
  } catch {
    return undefined;
  }
}

