// A simulated process: an async function run as a cooperative task. It blocks only through kernel
// primitives (`block`), which is how the kernel knows when every process is waiting (quiescence) and
// time may jump. Signals reach it at those points and at `tick`, the checkpoint CPU-bound code calls.

import { Errno, ProcessTermination } from './errors.ts';
import { FdTable } from './fd-table.ts';
import type { Kernel } from './kernel.ts';
import { SIG, defaultAction } from './signals.ts';

export type ProcessState = 'running' | 'blocked' | 'stopped' | 'zombie';
export type Disposition = 'default' | 'ignore' | 'catch';

/** What `wait` reports about a child, like the status word of waitpid(2). */
export type ChildStatus =
  | { kind: 'exited'; code: number }
  | { kind: 'signaled'; signal: number }
  | { kind: 'stopped'; signal: number }
  | { kind: 'continued' };

export interface Credentials {
  uid: number;
  gid: number;
  groups: readonly number[];
}

interface ActiveWait {
  abort(reason: unknown): void;
  interruptible: boolean;
  external: boolean;
}

/** Virtual CPU a process may use before it must yield (and, unless the clock is paused, let time pass). */
export const CPU_QUANTUM_US = 10_000;

export class Process {
  readonly children = new Set<Process>();
  readonly fds: FdTable;
  state: ProcessState = 'running';
  /** Set once the process has ended; the status a parent's wait will see. */
  exitStatus: ChildStatus | null = null;
  /** Status changes (stopped/continued) not yet collected by the parent's wait. */
  pendingReport: ChildStatus | null = null;
  argv: string[];
  cwd: string;
  env: Map<string, string>;
  cred: Credentials;
  umask = 0o022;
  readonly startUs: number;
  cpuUserUs = 0;
  cpuSysUs = 0;
  childrenUserUs = 0;
  childrenSysUs = 0;
  /** True while the process waits only to pay for CPU it used: it is running (ps shows R). */
  computing = false;
  /** CPU used since the last yield; converted to elapsed virtual time when the process yields. */
  private cpuUnpaidUs = 0;
  readonly dispositions = new Map<number, Disposition>();
  /** Caught signals waiting for the program's handler (the shell runs its traps from these). */
  readonly caughtSignals: number[] = [];
  /** Called synchronously when a caught signal arrives. */
  onCaughtSignal: ((signal: number) => void) | null = null;
  private termination: ProcessTermination | null = null;
  private wait: ActiveWait | null = null;
  private resumeAfterStop: (() => void) | null = null;
  private stopWaiters: (() => void)[] = [];

  constructor(
    readonly kernel: Kernel,
    readonly pid: number,
    public ppid: number,
    public pgid: number,
    public sid: number,
    options: { argv: string[]; cwd: string; env: Map<string, string>; cred: Credentials; fds: FdTable },
  ) {
    this.argv = options.argv;
    this.cwd = options.cwd;
    this.env = options.env;
    this.cred = options.cred;
    this.fds = options.fds;
    this.startUs = kernel.clock.nowUs;
  }

  get name(): string {
    const first = this.argv[0] ?? '';
    return first.slice(first.lastIndexOf('/') + 1);
  }

  get alive(): boolean {
    return this.state !== 'zombie';
  }

  /** True when a fatal signal or exit is on its way: the process's code is unwinding. */
  get terminating(): boolean {
    return this.termination !== null;
  }

  /**
   * Blocks the process until `setup`'s callback fires. `setup` registers the wake-up (and may call it
   * right away); it returns a cancel function used when a signal interrupts the wait. An external wait
   * (the host's stdin, a drained terminal) keeps time from jumping while it is pending.
   */
  block<T>(
    setup: (wake: (value: T) => void, fail: (error: unknown) => void) => (() => void) | void,
    options: { interruptible?: boolean; external?: boolean } = {},
  ): Promise<T> {
    this.throwIfTerminating();
    if (this.wait !== null) throw new Error(`process ${this.pid} (${this.name}) is already waiting: a process waits on one thing at a time`);
    const interruptible = options.interruptible ?? true;
    if (interruptible && this.caughtSignals.length > 0) return Promise.reject(new Errno('EINTR'));
    const external = options.external ?? false;
    return new Promise<T>((resolve, reject) => {
      let settled = false;
      let cancel: (() => void) | void;
      const settle = (finish: () => void): void => {
        if (settled) return;
        settled = true;
        this.wait = null;
        const run = (): void => {
          this.kernel.markRunnable(this, external);
          this.state = 'running';
          finish();
        };
        if (this.state === 'stopped') this.resumeAfterStop = run;
        else run();
      };
      this.wait = {
        interruptible,
        external,
        abort: (reason) => {
          if (settled) return;
          if (cancel) cancel();
          settle(() => reject(reason));
        },
      };
      if (this.state !== 'stopped') this.state = 'blocked';
      this.kernel.markBlocked(this, external);
      cancel = setup(
        (value) => settle(() => resolve(value)),
        (error) => {
          if (cancel) cancel();
          settle(() => reject(error));
        },
      );
    });
  }

  /** Sleeps for a span of virtual time. */
  sleep(us: number): Promise<void> {
    return this.block<void>((wake) => this.kernel.clock.timer(us, () => wake()));
  }

  /**
   * The CPU checkpoint. Charges `costUs` of virtual CPU and, once a quantum is used, yields so other
   * processes, the clock and the UI get their turn. Delivers pending signals. Returns undefined on the
   * fast path, so callers write `await proc.tick(n)` at no cost.
   */
  tick(costUs: number): Promise<void> | undefined {
    if (this.termination !== null) throw this.termination;
    if (this.state === 'stopped') return this.waitWhileStopped();
    this.cpuUnpaidUs += costUs;
    if (this.cpuUnpaidUs >= CPU_QUANTUM_US) return this.yieldSlice();
    return undefined;
  }

  /** Charges CPU without yielding (the work already happened in one step). */
  chargeCpu(costUs: number): void {
    this.cpuUnpaidUs += costUs;
  }

  /** Pays for the CPU used so far: virtual time passes while the process "computes". */
  async yieldSlice(): Promise<void> {
    const cost = this.cpuUnpaidUs;
    this.cpuUnpaidUs = 0;
    this.cpuUserUs += cost;
    if (this.kernel.cpuAdvancesClock) {
      this.computing = true;
      try {
        await this.block<void>((wake) => this.kernel.clock.timer(cost, () => wake()), { interruptible: false });
      } finally {
        this.computing = false;
      }
    } else {
      // Paused clock: the work still runs, takes no virtual time, and leaves the host room to breathe.
      await this.block<void>((wake) => void this.kernel.host.yieldToHost().then(() => wake()), {
        interruptible: false,
        external: true,
      });
    }
  }

  /** Throws the pending termination, if any: call before touching the world on a process's behalf. */
  throwIfTerminating(): void {
    if (this.termination !== null) throw this.termination;
  }

  /** A stopped process counts as blocked (so time can still jump) until SIGCONT. */
  private async waitWhileStopped(): Promise<void> {
    await this.block<void>((wake) => void this.stopWaiters.push(() => wake()), { interruptible: false });
    this.throwIfTerminating();
  }

  // --- signals ---------------------------------------------------------------------------------------

  disposition(signal: number): Disposition {
    return this.dispositions.get(signal) ?? 'default';
  }

  /** Delivers a signal now (the kernel's kill() calls this after permission checks). */
  deliver(signal: number): void {
    if (!this.alive || this.termination !== null) return;
    if (signal === SIG.KILL) return this.terminate(new ProcessTermination(128 + signal, signal));
    if (signal === SIG.STOP) return this.stop(signal);
    if (signal === SIG.CONT) this.continue(true);
    const disposition = this.disposition(signal);
    if (disposition === 'ignore') return;
    if (disposition === 'catch') {
      // A standard signal that is already pending is not queued twice (it stays one pending signal).
      if (this.caughtSignals.includes(signal)) return;
      this.caughtSignals.push(signal);
      if (this.onCaughtSignal) this.onCaughtSignal(signal);
      // A handler that consumed the signal at once leaves the wait alone (SA_RESTART, in effect).
      if (this.caughtSignals.includes(signal) && this.wait?.interruptible) this.wait.abort(new Errno('EINTR'));
      return;
    }
    switch (defaultAction(signal)) {
      case 'terminate':
        return this.terminate(new ProcessTermination(128 + signal, signal));
      case 'stop':
        return this.stop(signal);
      default:
        return;
    }
  }

  /** Fails the wait the process is blocked in (if any) with `reason` — e.g. a timeout for `read -t`. */
  interruptWait(reason: unknown): void {
    if (this.wait) this.wait.abort(reason);
  }

  /** Ends the process from outside its own code: its pending wait fails and its code unwinds. */
  terminate(termination: ProcessTermination): void {
    if (this.termination !== null || !this.alive) return;
    this.termination = termination;
    if (this.state === 'stopped') this.continue(false);
    if (this.wait) this.wait.abort(termination);
  }

  private stop(signal: number): void {
    if (this.state === 'stopped') return;
    this.state = 'stopped';
    this.kernel.reportToParent(this, { kind: 'stopped', signal });
  }

  private continue(report: boolean): void {
    if (this.state !== 'stopped') return;
    this.state = this.wait ? 'blocked' : 'running';
    const resume = this.resumeAfterStop;
    this.resumeAfterStop = null;
    if (resume) resume();
    const waiters = this.stopWaiters;
    this.stopWaiters = [];
    for (const waiter of waiters) waiter();
    if (report) this.kernel.reportToParent(this, { kind: 'continued' });
  }

  /** Called by the kernel when the process's code has finished. */
  settleCpu(): void {
    this.cpuUserUs += this.cpuUnpaidUs;
    this.cpuUnpaidUs = 0;
  }

  get unpaidCpuUs(): number {
    return this.cpuUnpaidUs;
  }
}
