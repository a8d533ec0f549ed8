// Test harness: a world booted headless with fast-forward time, and helpers to run shell commands
// in it the way the CLI does, capturing stdout, stderr and the exit status.

import { createWorld, type World } from '../../src/sim/world.ts';
import { nodeHost, nodeRealTime } from '../../src/cli/node-host.ts';
import { FdTable } from '../../src/sim/kernel/fd-table.ts';
import { Pipe } from '../../src/sim/kernel/pipe.ts';
import { STUDENT, studentEnvironment } from '../../src/sim/fs/base-system.ts';
import { runBash } from '../../src/sim/shell/invocation.ts';
import { InputReader } from '../../src/sim/io/input-reader.ts';
import type { Process } from '../../src/sim/kernel/process.ts';

export const START_MS = Date.UTC(2026, 10, 25, 10, 0, 0);

export function bootWorld(options: { seed?: number; startMs?: number; quotaBytes?: number } = {}): World {
  const world = createWorld({
    seed: options.seed ?? 1,
    startMs: options.startMs ?? START_MS,
    host: nodeHost,
    real: nodeRealTime,
    quotaBytes: options.quotaBytes,
  });
  world.kernel.onInternalError = (error) => {
    throw error;
  };
  return world;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  status: number;
}

/** Runs `bash -c script` as the student, stdin from `input`, until it exits. */
export async function runBashCommand(world: World, script: string, input = '', argv?: string[]): Promise<RunResult> {
  const kernel = world.kernel;
  const [stdinRead, stdinWrite] = Pipe.create();
  const [outRead, outWrite] = Pipe.create();
  const [errRead, errWrite] = Pipe.create();
  const fds = new FdTable();
  fds.add(stdinRead, 0);
  fds.add(outWrite, 1);
  fds.add(errWrite, 2);
  const args = argv ?? ['bash', '-c', script];
  const proc = kernel.spawn({
    parent: world.init,
    argv: args,
    cwd: '/home/student',
    env: studentEnvironment(),
    cred: { ...STUDENT, groups: [...STUDENT.groups] },
    fds,
    newSession: true,
    main: (p) => runBash(world.system, p, args),
  });
  stdinRead.release();
  outWrite.release();
  errWrite.release();
  // One process per stream: a simulated process waits on one thing at a time.
  const result: RunResult = { stdout: '', stderr: '', status: -1 };
  const feeder = harness(world, async (p) => {
    if (input) await stdinWrite.write(p, new TextEncoder().encode(input));
  });
  feeder.fds.add(stdinWrite, 0);
  stdinWrite.release();
  const outReader = harness(world, async (p) => {
    result.stdout = new TextDecoder().decode(await new InputReader(p, p.fds.get(0)).readAll());
  });
  outReader.fds.add(outRead, 0);
  outRead.release();
  const errReader = harness(world, async (p) => {
    result.stderr = new TextDecoder().decode(await new InputReader(p, p.fds.get(0)).readAll());
  });
  errReader.fds.add(errRead, 0);
  errRead.release();
  const helpers = [feeder, outReader, errReader];
  const outcome = await world.driver.fastForward({ done: () => !proc.alive && helpers.every((h) => !h.alive) });
  if (outcome !== 'done') throw new Error(`the command did not finish: ${outcome}`);
  const status = proc.exitStatus!;
  result.status = status.kind === 'exited' ? status.code : status.kind === 'signaled' ? 128 + status.signal : -1;
  return result;
}

function harness(world: World, body: (p: Process) => Promise<void>): Process {
  return world.kernel.spawn({
    parent: world.init,
    argv: ['harness'],
    fds: new FdTable(),
    main: async (p) => {
      await body(p);
      return 0;
    },
  });
}

/** Shorthand: a fresh world, one command. */
export async function sh(script: string, input = ''): Promise<RunResult> {
  return runBashCommand(bootWorld(), script, input);
}
