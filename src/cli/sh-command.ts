// `pipeline-playground sh`: run bash in a simulated machine with fast-forward time. stdin, stdout,
// stderr and the exit status pass through; --import/--export move folders in and out.

import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createWorld, type World } from '../sim/world.ts';
import { FdTable } from '../sim/kernel/fd-table.ts';
import { STUDENT, studentEnvironment } from '../sim/fs/base-system.ts';
import { runBash } from '../sim/shell/invocation.ts';
import { nodeHost, nodeRealTime } from './node-host.ts';
import { HostInput, HostOutput } from './host-streams.ts';
import { exportToHost, importFromHost } from './transfer.ts';
import { SIG } from '../sim/kernel/signals.ts';

export const SH_USAGE = `Usage: pipeline-playground sh [OPTION]... (-c COMMAND | -s | SCRIPT) [ARGS...]
Run bash in a simulated Linux machine, headless, with time fast-forwarded whenever every
process is waiting (so 'sleep 86400' simulates a day in moments, cron fires included).

  -c COMMAND            run COMMAND (bash -c); ARGS set $0, $1, ...
  -s                    read commands from standard input; ARGS set $1, ...
  SCRIPT                run a script: a path in the simulated machine (relative to
                        /home/student), or else a file on this computer, which is
                        copied to /tmp in the simulated machine first
      --seed N          seed of the world's random numbers (default 1)
      --now ISO-8601    virtual start time, e.g. 2026-01-15T09:00:00Z (default: now)
      --import HOSTDIR:SIMDIR
                        copy a folder (or file) of this computer into the simulated
                        filesystem before running; may be repeated
      --export SIMDIR:HOSTDIR
                        copy a folder (or file) out of the simulated filesystem after
                        running; may be repeated
      --help            show this help

The command runs as user 'student' in /home/student. Standard input, output, error and
the exit status pass through.
`;

interface ShOptions {
  seed: number;
  nowMs: number;
  imports: [string, string][];
  exports: [string, string][];
  mode: { kind: 'command'; command: string; args: string[] } | { kind: 'stdin'; args: string[] } | { kind: 'script'; script: string; args: string[] };
}

export async function runShellCommand(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (parsed === 'help') {
    process.stdout.write(SH_USAGE);
    return 0;
  }
  if (typeof parsed === 'string') {
    process.stderr.write(`pipeline-playground sh: ${parsed}\n${SH_USAGE}`);
    return 2;
  }
  const world = createWorld({ seed: parsed.seed, startMs: parsed.nowMs, host: nodeHost, real: nodeRealTime });
  world.kernel.onInternalError = (error) => {
    process.stderr.write(`pipeline-playground: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  };
  for (const [host, sim] of parsed.imports) {
    try {
      importFromHost(world, host, sim);
    } catch (error) {
      process.stderr.write(`pipeline-playground sh: --import ${host}:${sim}: ${(error as Error).message}\n`);
      return 2;
    }
  }
  const argv = bashArguments(world, parsed);
  if (typeof argv === 'string') {
    process.stderr.write(`pipeline-playground sh: ${argv}\n`);
    return 127;
  }
  const status = await runHeadless(world, argv);
  for (const [sim, host] of parsed.exports) {
    try {
      exportToHost(world, sim, host);
    } catch (error) {
      process.stderr.write(`pipeline-playground sh: --export ${sim}:${host}: ${(error as Error).message}\n`);
      return status === 0 ? 1 : status;
    }
  }
  return status;
}

function bashArguments(world: World, options: ShOptions): string[] | string {
  const mode = options.mode;
  if (mode.kind === 'command') return ['bash', '-c', mode.command, ...mode.args];
  if (mode.kind === 'stdin') return ['bash', '-s', ...mode.args];
  const fs = world.kernel.fs;
  try {
    fs.lookup(STUDENT, '/home/student', mode.script);
    return ['bash', mode.script, ...mode.args];
  } catch {
    if (!existsSync(mode.script)) return `${mode.script}: No such file or directory`;
    const target = `/tmp/${basename(mode.script)}`;
    const file = fs.createFile({ uid: 0, gid: 0, groups: [0] }, '/', target, 0o755);
    fs.setContent(file, new Uint8Array(readFileSync(mode.script)));
    file.uid = STUDENT.uid;
    file.gid = STUDENT.gid;
    return ['bash', target, ...mode.args];
  }
}

/** Runs bash with the host's standard streams until it exits; returns its status. */
async function runHeadless(world: World, argv: string[]): Promise<number> {
  const fds = new FdTable();
  const stdin = new HostInput(process.stdin);
  fds.add(stdin, 0);
  fds.add(new HostOutput(process.stdout), 1);
  fds.add(new HostOutput(process.stderr), 2);
  const kernel = world.kernel;
  const proc = kernel.spawn({
    parent: world.init,
    argv,
    cwd: '/home/student',
    env: studentEnvironment(),
    cred: { ...STUDENT, groups: [...STUDENT.groups] },
    fds,
    newSession: true,
    main: (p) => runBash(world.system, p, argv),
  });
  const onInterrupt = (): void => kernel.killGroup(proc.pgid, SIG.INT);
  process.on('SIGINT', onInterrupt);
  try {
    const outcome = await world.driver.fastForward({ done: () => !proc.alive });
    if (outcome === 'deadlock') {
      process.stderr.write('pipeline-playground: every simulated process is waiting and nothing is scheduled to happen; stopping\n');
      return 1;
    }
  } finally {
    process.off('SIGINT', onInterrupt);
    stdin.close();
  }
  const status = proc.exitStatus;
  if (status?.kind === 'exited') return status.code;
  if (status?.kind === 'signaled') return 128 + status.signal;
  return 1;
}

function parseArgs(args: string[]): ShOptions | string | 'help' {
  const options: Omit<ShOptions, 'mode'> = { seed: 1, nowMs: Date.now(), imports: [], exports: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = (): string | undefined => args[++i];
    switch (arg) {
      case '--help':
        return 'help';
      case '--seed': {
        const text = value();
        if (text === undefined || !/^\d+$/.test(text)) return `--seed needs a non-negative integer`;
        options.seed = Number(text);
        continue;
      }
      case '--now': {
        const text = value();
        const ms = text === undefined ? NaN : Date.parse(text);
        if (Number.isNaN(ms)) return `--now needs an ISO-8601 time, e.g. 2026-01-15T09:00:00Z`;
        options.nowMs = ms;
        continue;
      }
      case '--import':
      case '--export': {
        const text = value();
        const colon = text?.lastIndexOf(':') ?? -1;
        if (text === undefined || colon <= 0 || colon === text.length - 1) return `${arg} needs FROM:TO`;
        (arg === '--import' ? options.imports : options.exports).push([text.slice(0, colon), text.slice(colon + 1)]);
        continue;
      }
      case '-c': {
        const command = value();
        if (command === undefined) return '-c needs a COMMAND';
        return { ...options, mode: { kind: 'command', command, args: args.slice(i + 1) } };
      }
      case '-s':
        return { ...options, mode: { kind: 'stdin', args: args.slice(i + 1) } };
      default:
        if (arg.startsWith('-')) return `unknown option '${arg}'`;
        return { ...options, mode: { kind: 'script', script: arg, args: args.slice(i + 1) } };
    }
  }
  return 'missing -c COMMAND, -s or SCRIPT';
}
