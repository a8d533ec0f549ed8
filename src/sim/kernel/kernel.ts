// The kernel: process table, fork/exit/wait, signals, and the bookkeeping that tells when every
// process is blocked (quiescence) so the clock driver may let time jump to the next event.

import { FileSystem } from '../fs/filesystem.ts';
import { VirtualClock } from './clock.ts';
import { Errno, ProcessTermination } from './errors.ts';
import { FdTable } from './fd-table.ts';
import { FifoTable } from './fifo.ts';
import { Prng } from './prng.ts';
import { Process, type ChildStatus, type Credentials } from './process.ts';
import { SIG } from './signals.ts';
import { Tty } from './tty.ts';

/** What the engine needs from its host (a Web Worker, or Node). Never observable by simulated programs. */
export interface HostHooks {
  /** Lets the host's event loop run (messages, rendering) and resolves soon after. */
  yieldToHost(): Promise<void>;
}

export interface SpawnOptions {
  parent: Process | null;
  argv: string[];
  /** The child's descriptors; the kernel takes ownership. Defaults to a fork of the parent's. */
  fds?: FdTable;
  cwd?: string;
  env?: Map<string, string>;
  cred?: Credentials;
  /** Process group to join; 0 (the default for a parent-less process) starts a new one. */
  pgid?: number;
  newSession?: boolean;
  main: (proc: Process) => Promise<number>;
}

export interface WaitResult {
  pid: number;
  status: ChildStatus;
}

export interface WaitOptions {
  noHang?: boolean;
  untraced?: boolean;
  continued?: boolean;
}

const MAX_PID = 32768;
/** Like RLIMIT_NPROC: a fork bomb meets "Resource temporarily unavailable" instead of the page dying. */
export const MAX_PROCESSES = 1024;
const INTERNAL_ERROR_STATUS = 70; // EX_SOFTWARE

export class Kernel {
  readonly clock: VirtualClock;
  readonly prng: Prng;
  readonly tty: Tty;
  readonly fs: FileSystem;
  readonly fifos = new FifoTable();
  readonly processes = new Map<number, Process>();
  /** False while the clock is paused: CPU work then runs without letting virtual time pass. */
  cpuAdvancesClock = true;
  /** The init process: it adopts orphans and reaps them at once. Set by the world when it boots. */
  init: Process | null = null;
  /** Bugs in simulated programs (uncaught JS exceptions) are reported here as well as on their stderr. */
  onInternalError: ((error: unknown, proc: Process) => void) | null = null;
  private nextPid = 1;
  private runnableCount = 0;
  private externalCount = 0;
  private quiescenceWaiters: (() => void)[] = [];
  private readonly exitWaiters = new Map<Process, (() => void)[]>();
  private readonly exitWatchers = new Map<Process, (() => void)[]>();
  private readonly childWaiters = new Map<Process, (() => void)[]>();

  constructor(
    readonly host: HostHooks,
    options: { seed: number; startMs: number; quotaBytes?: number },
  ) {
    this.clock = new VirtualClock(options.startMs);
    this.prng = new Prng(options.seed);
    this.tty = new Tty(this);
    this.fs = new FileSystem({ now: () => this.clock.nowUs, quotaBytes: options.quotaBytes });
  }

  // --- processes -------------------------------------------------------------------------------------

  /** Creates a process and starts its code on the next microtask. */
  spawn(options: SpawnOptions): Process {
    if (this.processes.size >= MAX_PROCESSES) throw new Errno('EAGAIN');
    const parent = options.parent;
    const pid = this.allocatePid();
    const pgid = options.pgid ? options.pgid : parent && options.pgid === undefined ? parent.pgid : pid;
    const sid = options.newSession ? pid : (parent?.sid ?? pid);
    const proc = new Process(this, pid, parent?.pid ?? 0, pgid, sid, {
      argv: options.argv,
      cwd: options.cwd ?? parent?.cwd ?? '/',
      env: options.env ?? new Map(parent?.env ?? []),
      cred: options.cred ?? parent?.cred ?? { uid: 0, gid: 0, groups: [0] },
      fds: options.fds ?? parent?.fds.fork() ?? new FdTable(),
    });
    if (parent) {
      proc.umask = parent.umask;
      parent.children.add(proc);
      // fork() copies the dispositions and execve() keeps the ignored ones (nohup, trap '' SIG).
      for (const [signal, disposition] of parent.dispositions) if (disposition === 'ignore') proc.dispositions.set(signal, 'ignore');
    }
    this.processes.set(pid, proc);
    this.runnableCount++;
    queueMicrotask(() => void this.run(proc, options.main));
    return proc;
  }

  /** Resolves when the process has ended (whether or not its parent reaped it). */
  exited(proc: Process): Promise<void> {
    if (!proc.alive) return Promise.resolve();
    return new Promise((resolve) => {
      const list = this.exitWaiters.get(proc) ?? [];
      list.push(resolve);
      this.exitWaiters.set(proc, list);
    });
  }

  /** Calls `callback` synchronously when the process ends (before time may move on). */
  watchExit(proc: Process, callback: () => void): void {
    const list = this.exitWatchers.get(proc) ?? [];
    list.push(callback);
    this.exitWatchers.set(proc, list);
  }

  private async run(proc: Process, main: (proc: Process) => Promise<number>): Promise<void> {
    let status: ChildStatus;
    try {
      const code = await main(proc);
      // A process pays for the CPU it used before it is seen to exit, so `time` adds up.
      if (proc.unpaidCpuUs > 0 && this.cpuAdvancesClock) await proc.yieldSlice();
      status = { kind: 'exited', code: code & 255 };
    } catch (error) {
      status = this.statusFromError(proc, error);
    }
    this.finish(proc, status);
  }

  private statusFromError(proc: Process, error: unknown): ChildStatus {
    if (error instanceof ProcessTermination) {
      return error.signal !== null ? { kind: 'signaled', signal: error.signal } : { kind: 'exited', code: error.status & 255 };
    }
    if (isOutOfMemory(error)) {
      // A string or array too large for the JavaScript engine: what malloc failing looks like.
      this.writeToStderr(proc, `${proc.name}: xmalloc: cannot allocate memory\n`);
      return { kind: 'exited', code: 2 };
    }
    this.reportInternalError(proc, error);
    return { kind: 'exited', code: INTERNAL_ERROR_STATUS };
  }

  private reportInternalError(proc: Process, error: unknown): void {
    if (this.onInternalError) this.onInternalError(error, proc);
    const text = error instanceof Error ? error.message : String(error);
    this.writeToStderr(proc, `pipeline-playground: internal error in ${proc.name}: ${text}\n`);
  }

  /** A message from code that cannot wait (a process that is ending, a failed fork). */
  writeToStderr(proc: Process, text: string): void {
    const stderr = proc.fds.find(2);
    if (stderr?.writable) stderr.writeWithoutBlocking(new TextEncoder().encode(text));
  }

  private finish(proc: Process, status: ChildStatus): void {
    proc.settleCpu();
    proc.exitStatus = status;
    proc.state = 'zombie';
    this.runnableCount--;
    proc.fds.closeAll();
    const init = this.init;
    for (const child of proc.children) {
      child.ppid = init && init !== proc ? init.pid : 0;
      if (init && init !== proc) init.children.add(child);
      if (!child.alive) this.reap(child);
    }
    proc.children.clear();
    const waiters = this.exitWaiters.get(proc);
    this.exitWaiters.delete(proc);
    if (waiters) for (const wake of waiters) wake();
    const watchers = this.exitWatchers.get(proc);
    this.exitWatchers.delete(proc);
    if (watchers) for (const watch of watchers) watch();
    const parent = this.processes.get(proc.ppid);
    if (!parent || !parent.alive || parent === this.init) this.reap(proc);
    else {
      parent.deliver(SIG.CHLD);
      this.wakeChildWaiters(parent);
    }
    this.checkQuiescent();
  }

  private reap(proc: Process): void {
    this.processes.delete(proc.pid);
    const parent = this.processes.get(proc.ppid);
    if (parent) {
      parent.children.delete(proc);
      parent.childrenUserUs += proc.cpuUserUs + proc.childrenUserUs;
      parent.childrenSysUs += proc.cpuSysUs + proc.childrenSysUs;
    }
  }

  /** A child stopped or continued: its parent's wait may want to know. */
  reportToParent(child: Process, status: ChildStatus): void {
    child.pendingReport = status;
    const parent = this.processes.get(child.ppid);
    if (!parent) return;
    parent.deliver(SIG.CHLD);
    this.wakeChildWaiters(parent);
  }

  private wakeChildWaiters(parent: Process): void {
    const waiters = this.childWaiters.get(parent);
    if (!waiters) return;
    this.childWaiters.delete(parent);
    for (const wake of waiters) wake();
  }

  /**
   * waitpid(2). `target`: a pid (> 0), -1 for any child, or -pgid for any child in that group.
   * Returns null with noHang when nothing is ready; throws ECHILD when no child matches.
   */
  async waitpid(caller: Process, target: number, options: WaitOptions = {}): Promise<WaitResult | null> {
    for (;;) {
      let matched = false;
      for (const child of caller.children) {
        if (target > 0 ? child.pid !== target : target < -1 ? child.pgid !== -target : false) continue;
        matched = true;
        if (!child.alive) {
          this.reap(child);
          return { pid: child.pid, status: child.exitStatus! };
        }
        const report = child.pendingReport;
        if (report && ((report.kind === 'stopped' && options.untraced) || (report.kind === 'continued' && options.continued))) {
          child.pendingReport = null;
          return { pid: child.pid, status: report };
        }
      }
      if (!matched) throw new Errno('ECHILD');
      if (options.noHang) return null;
      await caller.block<void>((wake) => {
        const list = this.childWaiters.get(caller) ?? [];
        list.push(wake);
        this.childWaiters.set(caller, list);
        return () => {
          const current = this.childWaiters.get(caller);
          if (current) current.splice(current.indexOf(wake) >>> 0, 1);
        };
      });
    }
  }

  find(pid: number): Process | undefined {
    return this.processes.get(pid);
  }

  private allocatePid(): number {
    for (let tries = 0; tries < MAX_PID; tries++) {
      const pid = this.nextPid;
      this.nextPid = this.nextPid >= MAX_PID - 1 ? 300 : this.nextPid + 1;
      if (!this.processes.has(pid)) return pid;
    }
    throw new Errno('EBUSY');
  }

  /** The next pid the kernel will hand out (the world sets it so boot pids look like a real box). */
  setNextPid(pid: number): void {
    this.nextPid = pid;
  }

  // --- signals ---------------------------------------------------------------------------------------

  /** kill(2): pid > 0 one process, 0 the sender's group, -1 every process it may signal, < -1 a group. */
  kill(sender: Process | null, pid: number, signal: number): void {
    const targets =
      pid > 0
        ? [this.processes.get(pid)].filter((p): p is Process => p !== undefined && p.alive)
        : pid === 0
          ? this.group(sender?.pgid ?? 0)
          : pid === -1
            ? [...this.processes.values()].filter((p) => p.alive && p !== this.init && p !== sender)
            : this.group(-pid);
    if (targets.length === 0) throw new Errno('ESRCH');
    for (const target of targets) {
      if (sender && sender.cred.uid !== 0 && sender.cred.uid !== target.cred.uid) throw new Errno('EPERM');
      if (signal !== 0) target.deliver(signal);
    }
  }

  /** Signals a whole process group, as the terminal does for ^C. Silent if the group is empty. */
  killGroup(pgid: number, signal: number): void {
    for (const proc of this.group(pgid)) proc.deliver(signal);
  }

  group(pgid: number): Process[] {
    const members: Process[] = [];
    for (const proc of this.processes.values()) if (proc.pgid === pgid && proc.alive) members.push(proc);
    return members;
  }

  // --- quiescence ------------------------------------------------------------------------------------

  markBlocked(_proc: Process, external: boolean): void {
    this.runnableCount--;
    if (external) this.externalCount++;
    this.checkQuiescent();
  }

  markRunnable(_proc: Process, external: boolean): void {
    this.runnableCount++;
    if (external) this.externalCount--;
  }

  /** Every process is blocked on something only the clock (or outside input) can change. */
  get quiescent(): boolean {
    return this.runnableCount === 0 && this.externalCount === 0;
  }

  /** Some process can run right now (is not waiting for anything). */
  get hasRunnable(): boolean {
    return this.runnableCount > 0;
  }

  /** Some process waits on the host (its stdin, the screen draining): time must not jump yet. */
  get waitingOnHost(): boolean {
    return this.externalCount > 0;
  }

  whenQuiescent(): Promise<void> {
    if (this.quiescent) return Promise.resolve();
    return new Promise((resolve) => this.quiescenceWaiters.push(resolve));
  }

  private checkQuiescent(): void {
    if (!this.quiescent || this.quiescenceWaiters.length === 0) return;
    const waiters = this.quiescenceWaiters;
    this.quiescenceWaiters = [];
    for (const wake of waiters) wake();
  }

  /** Ends a process from outside (the world's reset, a lesson check's cleanup). */
  terminate(proc: Process, signal = SIG.KILL): void {
    proc.terminate(new ProcessTermination(128 + signal, signal));
  }
}

function isOutOfMemory(error: unknown): boolean {
  return error instanceof RangeError && /Invalid (string|array|typed array) length|allocation failed|Maximum call stack/i.test(error.message);
}
