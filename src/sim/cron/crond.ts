// crond: the cron daemon of the machine, on the virtual clock. Like Debian's cron it reads the users'
// crontabs from /var/spool/cron/crontabs (noticing a change at its next minute, when it logs RELOAD),
// wakes one second into each minute in which something fires, and runs each job as cron does:
// `$SHELL -c command` (default /bin/sh) in a new session, as the user, in their home, with cron's
// minimal environment (PATH=/usr/bin:/bin) and no terminal; stdin is what follows the entry's first
// %, stdout and stderr are collected and mailed to the user (or MAILTO) when the job ends. Each start
// is logged to /var/log/cron as "CRON[pid]: (user) CMD (command)".
//
// Rather than waking every minute as cron does, the daemon sleeps until the next minute in which an
// entry fires, so fast-forwarding a quiet month costs nothing. The schedule module (croner,
// cronstrue) is loaded the first time a crontab is installed, keeping it out of the page's first
// download (engine.ts).

import type { System } from '../system.ts';
import type { Credentials, Process } from '../kernel/process.ts';
import type { EventId } from '../kernel/event-queue.ts';
import { FdTable } from '../kernel/fd-table.ts';
import { Errno } from '../kernel/errors.ts';
import { ROOT } from '../fs/base-system.ts';
import { execve } from '../exec.ts';
import type { CronEntryView, CronRunOutput, CronRunView, CronService, CronSnapshot, CronTimeline } from './view.ts';
import type { CrontabEntry } from './crontab-file.ts';
import type { CronJobOutput } from './job-io.ts';
import { CronLog, deliverMail, ensureSpool, SPOOL_DIR } from './system-files.ts';
import type { CronSchedule } from './schedule.ts';

type ScheduleModule = typeof import('./engine.ts');

const MINUTE_MS = 60_000;
const FIRE_OFFSET_MS = 1000;
/** Lines of the "DO NOT EDIT" header crontab(1) puts above the user's text. */
export const SPOOL_HEADER_LINES = 3;
/** Runs kept for the panel (newest); older ones are counted only. */
const RUNS_KEPT = 200;
const RUNS_LISTED = 50;
/** A job's collected output beyond this is cut (cron's temporary file has no bound; memory does). */
const OUTPUT_LIMIT = 4 * 1024 * 1024;
/** How much of a mailed output the panel gets (the mailbox holds it all). */
const MAIL_PREVIEW_BYTES = 16 * 1024;

interface CronUserInfo {
  name: string;
  home: string;
  cred: Credentials;
}

interface ActiveEntry {
  id: string;
  user: CronUserInfo;
  entry: CrontabEntry;
  /** null for @reboot. */
  schedule: CronSchedule | null;
  description: string;
  /** Start of the next minute it fires in (ms), null when it never does. */
  nextMinuteMs: number | null;
}

export class CronDaemon implements CronService {
  onChange: (() => void) | null = null;
  readonly proc: Process;
  private readonly log: CronLog;
  private scheduleModule: ScheduleModule | null = null;
  private readonly tables = new Map<string, ActiveEntry[]>();
  /** Users whose crontab changed since the last wake: logged as RELOAD at the next one. */
  private readonly reloads = new Set<string>();
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
    const nowMs = this.system.kernel.clock.nowMs;
    const entries: CronEntryView[] = [];
    for (const table of this.tables.values()) {
      for (const active of table) {
        entries.push({
          id: active.id,
          user: active.user.name,
          line: active.entry.line,
          schedule: active.entry.schedule,
          command: active.entry.command,
          description: active.description,
          next: active.schedule ? active.schedule.nextFires(nowMs, 5).map((ms) => ms * 1000) : [],
        });
      }
    }
    const runs = this.runs.slice(-RUNS_LISTED).reverse().map((run) => ({ ...run }));
    return { entries, runs, totalRuns: this.totalRuns };
  }

  timeline(fromUs: number, toUs: number, limit: number): CronTimeline {
    const fires: CronTimeline['fires'] = [];
    let truncated = false;
    for (const table of this.tables.values()) {
      for (const active of table) {
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
    }
    fires.sort((a, b) => a.atUs - b.atUs);
    return { fromUs, toUs, fires, truncated };
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
    for (const user of this.reloads) this.log.write('cron', this.proc.pid, user, 'RELOAD', `crontabs/${user}`);
    this.reloads.clear();
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
    const { system } = this;
    const kernel = system.kernel;
    const { CronJobInput, CronJobOutput, splitCommand } = this.requireSchedules();
    const { command, input } = splitCommand(active.entry.command);
    const env = new Map(active.entry.environment);
    const shell = env.get('SHELL') ?? '/bin/sh';
    const output = new CronJobOutput(OUTPUT_LIMIT);
    const fds = new FdTable();
    fds.add(new CronJobInput(new TextEncoder().encode(input)), 0);
    fds.add(output, 1);
    fds.add(output, 2);
    const argv = [shell, '-c', command];
    let job: Process;
    try {
      job = kernel.spawn({
        parent: this.proc,
        argv,
        fds,
        cwd: this.homeOf(active.user, env.get('HOME')),
        env,
        cred: { ...active.user.cred, groups: [...active.user.cred.groups] },
        newSession: true,
        main: (proc) => runShell(system, proc, shell, argv),
      });
    } catch (error) {
      if (!(error instanceof Errno)) throw error;
      fds.closeAll();
      this.log.write('CRON', this.proc.pid, 'CRON', 'error', "can't fork");
      return;
    }
    this.log.write('CRON', job.pid, active.user.name, 'CMD', command);
    const run: CronRunView = { entryId: active.id, pid: job.pid, startUs: kernel.clock.nowUs, output: { kind: 'none' } };
    this.recordRun(run);
    kernel.watchExit(job, () => {
      const status = job.exitStatus;
      run.endUs = kernel.clock.nowUs;
      run.status = status?.kind === 'exited' ? status.code : status?.kind === 'signaled' ? 128 + status.signal : 1;
      // cron waits for its grandchild; reap it now so the process table does not fill with zombies.
      void kernel.waitpid(this.proc, job.pid, { noHang: true }).catch(() => undefined);
      run.output = this.deliverOutput(active, env, command, output);
      this.onChange?.();
    });
  }

  private homeOf(user: CronUserInfo, home: string | undefined): string {
    // chdir(HOME) failing leaves the job where cron is, in /.
    try {
      const fs = this.system.kernel.fs;
      fs.lookupDir(user.cred, '/', home ?? user.home);
      return home ?? user.home;
    } catch {
      return '/';
    }
  }

  private recordRun(run: CronRunView): void {
    this.runs.push(run);
    this.totalRuns++;
    if (this.runs.length > RUNS_KEPT * 2) this.runs.splice(0, this.runs.length - RUNS_KEPT);
  }

  /** Mails what the job printed (as cron does), or says where its output went. */
  private deliverOutput(active: ActiveEntry, env: Map<string, string>, command: string, output: CronJobOutput): CronRunOutput {
    if (output.size === 0) return redirectTarget(command, active.user.home);
    const logname = env.get('LOGNAME') ?? active.user.name;
    const mailto = env.get('MAILTO');
    if (mailto === '') return { kind: 'none' };
    const recipient = mailto ?? logname;
    const local = this.system.userByName(recipient.replace(/@(playground|localhost)$/, ''));
    if (!local) {
      this.log.write('CRON', this.proc.pid, 'CRON', 'info', `mail to ${recipient} not sent: the playground has no outside network`);
      return { kind: 'none' };
    }
    const mailfrom = env.get('MAILFROM');
    const body = output.bytes();
    const headers: [string, string][] = [
      ['From', mailfrom ? mailfrom : 'root (Cron Daemon)'],
      ['To', recipient],
      ['Subject', `Cron <${logname}@${this.system.hostname.split('.')[0]}> ${command}`],
      ['MIME-Version', '1.0'],
      ['Content-Type', env.get('CONTENT_TYPE') ?? 'text/plain; charset=UTF-8'],
      ['Content-Transfer-Encoding', env.get('CONTENT_TRANSFER_ENCODING') ?? '8bit'],
      ...[...env].map(([name, value]): [string, string] => ['X-Cron-Env', `<${name}=${value}>`]),
    ];
    const kernel = this.system.kernel;
    try {
      const path = deliverMail(kernel.fs, this.system.hostname, kernel.clock.nowMs, { to: local.name, toUid: local.uid, sender: logname, headers, body });
      return { kind: 'mail', path, text: new TextDecoder().decode(body.subarray(0, MAIL_PREVIEW_BYTES)) };
    } catch (error) {
      if (!(error instanceof Errno)) throw error;
      // A full disk: the mail is lost, as a failing local delivery would lose it.
      return { kind: 'none' };
    }
  }
}

/** The job's process: exec $SHELL, or cron's message when that fails. */
async function runShell(system: System, proc: Process, shell: string, argv: string[]): Promise<number> {
  try {
    return await execve(system, proc, shell, argv);
  } catch (error) {
    if (!(error instanceof Errno)) throw error;
    system.kernel.writeToStderr(proc, `${shell}: execle: ${error.message}\n`);
    return 1;
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

/** Where a silent job sent its output, as far as the command line says (its last > or >> target). */
function redirectTarget(command: string, home: string): CronRunOutput {
  const matches = [...command.matchAll(/(?:^|[^0-9&<>])(?:1|&)?>>?\s*([^\s;&|<>()]+)/g)];
  const target = matches.at(-1)?.[1];
  if (!target || target.startsWith('&') || target === '/dev/null') return { kind: 'none' };
  const path = target.startsWith('/') ? target : target.startsWith('~/') ? `${home}/${target.slice(2)}` : `${home}/${target}`;
  return { kind: 'file', path };
}
