// The world: one simulated machine (kernel, filesystem, programs, terminal) on one virtual clock.
// createWorld() boots it; the worker host (browser) and the CLI (Node) drive the same object.

import { Kernel, type HostHooks } from './kernel/kernel.ts';
import { ClockDriver, type RealTime } from './kernel/clock-driver.ts';
import { System } from './system.ts';
import { standardCommands } from './commands/index.ts';
import { buildBaseSystem, HOSTNAME, ROOT, STUDENT, studentEnvironment } from './fs/base-system.ts';
import { FdTable } from './kernel/fd-table.ts';
import { TtyDescription } from './kernel/tty.ts';
import type { Process } from './kernel/process.ts';
import { runBash } from './shell/invocation.ts';
import type { Shell } from './shell/shell.ts';
import { CronDaemon } from './cron/crond.ts';

export interface WorldOptions {
  seed: number;
  /** Virtual start time, milliseconds since the epoch. */
  startMs: number;
  host: HostHooks;
  real: RealTime;
  quotaBytes?: number;
}

/** A command line the student ran, with when (lesson checks look at these). */
export interface HistoryEntry {
  command: string;
  atMs: number;
}

export class World {
  readonly kernel: Kernel;
  readonly system: System;
  readonly driver: ClockDriver;
  readonly init: Process;
  readonly cron: CronDaemon;
  /** Every command line typed at the terminal, in order. */
  readonly history: HistoryEntry[] = [];
  /** How many times the terminal's shell has shown its prompt: each one ends a command. */
  promptsShown = 0;
  private terminalShell: Process | null = null;
  /** Told when the terminal's shell is replaced (after `exit`). */
  onShellRestart: ((status: number) => void) | null = null;

  constructor(options: WorldOptions) {
    this.kernel = new Kernel(options.host, { seed: options.seed, startMs: options.startMs, quotaBytes: options.quotaBytes });
    this.system = new System(this.kernel, standardCommands());
    this.system.hostname = HOSTNAME;
    buildBaseSystem(this.kernel.fs, this.system.commands);
    this.driver = new ClockDriver(this.kernel, options.real);
    this.init = this.kernel.spawn({
      parent: null,
      argv: ['/sbin/init'],
      cwd: '/',
      cred: ROOT,
      main: (proc) => proc.block<number>(() => undefined, { interruptible: false }),
    });
    this.kernel.init = this.init;
    // System daemons start with low pids, as at boot; the student's processes from 1000.
    this.kernel.setNextPid(412);
    this.cron = new CronDaemon(this.system, this.init);
    this.system.register('cron', this.cron);
    this.kernel.setNextPid(1000);
    this.system.shellStarted = (shell) => this.adoptShell(shell);
  }

  /** Starts the student's interactive shell on the terminal. */
  startTerminal(): Process {
    const tty = this.kernel.tty;
    const fds = new FdTable();
    const description = new TtyDescription(tty);
    fds.add(description, 0);
    fds.add(description, 1);
    fds.add(description, 2);
    const shell = this.kernel.spawn({
      parent: this.init,
      argv: ['bash'],
      cwd: '/home/student',
      env: studentEnvironment(),
      cred: { ...STUDENT, groups: [...STUDENT.groups] },
      fds,
      newSession: true,
      main: async (proc) => {
        tty.sessionId = proc.sid;
        tty.foregroundPgid = proc.pgid;
        return runBash(this.system, proc, ['bash']);
      },
    });
    this.terminalShell = shell;
    this.kernel.watchExit(shell, () => {
      if (this.terminalShell !== shell) return;
      const status = shell.exitStatus?.kind === 'exited' ? shell.exitStatus.code : 1;
      tty.writeOutput(new TextEncoder().encode('\r\n[the shell exited; a new one is starting]\r\n'));
      this.onShellRestart?.(status);
      this.startTerminal();
    });
    return shell;
  }

  /** The interactive shell at the terminal reports each history line here. */
  private adoptShell(shell: Shell): void {
    if (shell.proc !== this.terminalShell) return;
    shell.onHistory = (command) => this.history.push({ command, atMs: this.kernel.clock.nowMs });
    shell.onPrompt = () => this.promptsShown++;
  }

  /** Keystrokes from the user. */
  input(data: string): void {
    this.driver.sync();
    this.kernel.tty.input(data);
  }

  resize(cols: number, rows: number): void {
    this.kernel.tty.resize({ cols, rows });
  }
}

export function createWorld(options: WorldOptions): World {
  return new World(options);
}
