// Runs a bash script file in a fresh simulated world the way the fixture recorder runs real bash
// (scripts/record-bash-fixtures.ts): `bash <name>.sh` as the student, in /home/student/work, with
// a small fixed environment and empty standard input, capturing stdout, stderr and the exit status.

import type { World } from '../../src/sim/world.ts';
import { FdTable } from '../../src/sim/kernel/fd-table.ts';
import { Pipe } from '../../src/sim/kernel/pipe.ts';
import { STUDENT } from '../../src/sim/fs/base-system.ts';
import { runBash } from '../../src/sim/shell/invocation.ts';
import { InputReader } from '../../src/sim/io/input-reader.ts';
import type { Process } from '../../src/sim/kernel/process.ts';
import { SIG } from '../../src/sim/kernel/signals.ts';

/** The directory a fixture runs in; the recorder maps its temporary directory to this path. */
export const CORPUS_WORK_DIR = '/home/student/work';

/** The environment of a fixture run, identical to the recorder's `env -i …` (HOME is the work dir). */
export function corpusEnvironment(): Map<string, string> {
  return new Map([
    ['LC_ALL', 'C.UTF-8'],
    ['TZ', 'UTC'],
    ['PATH', '/usr/local/bin:/usr/bin:/bin'],
    ['HOME', CORPUS_WORK_DIR],
  ]);
}

export interface CorpusResult {
  stdout: string;
  stderr: string;
  status: number;
  /** Set when the run had to be abandoned (a hang, or a runaway loop). */
  timedOut?: string;
  /** Errors the simulation threw (bugs), which real bash has no equivalent of. */
  internalErrors: string[];
}

export interface CorpusRunOptions {
  argv: string[];
  cwd: string;
  env: Map<string, string>;
  input?: string;
  /** Give up after this much real time (ms). */
  realTimeoutMs?: number;
  /** Give up after this much virtual time (µs): a script that sleeps or spins for longer hangs. */
  virtualTimeoutUs?: number;
}

/** Creates `dir` (owned by the student) and writes `files` into it, owned by the student, mode 0644. */
export function writeStudentFiles(world: World, dir: string, files: Record<string, string>): void {
  const fs = world.kernel.fs;
  const cred = { ...STUDENT, groups: [...STUDENT.groups] };
  fs.mkdir(cred, '/', dir, 0o755);
  for (const [name, text] of Object.entries(files)) {
    const file = fs.createFile(cred, dir, name, 0o644, true);
    fs.setContent(file, new TextEncoder().encode(text));
  }
}

/** Runs bash (`runBash`) with the given argv, cwd and environment as the student until it exits. */
export async function runBashIn(world: World, options: CorpusRunOptions): Promise<CorpusResult> {
  const kernel = world.kernel;
  const internalErrors: string[] = [];
  kernel.onInternalError = (error, proc) => {
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
    internalErrors.push(`${proc?.name ?? '?'}: ${text}`);
  };
  const [stdinRead, stdinWrite] = Pipe.create();
  const [outRead, outWrite] = Pipe.create();
  const [errRead, errWrite] = Pipe.create();
  const fds = new FdTable();
  fds.add(stdinRead, 0);
  fds.add(outWrite, 1);
  fds.add(errWrite, 2);
  const argv = options.argv;
  const proc = kernel.spawn({
    parent: world.init,
    argv,
    cwd: options.cwd,
    env: new Map(options.env),
    cred: { ...STUDENT, groups: [...STUDENT.groups] },
    fds,
    newSession: true,
    main: (p) => runBash(world.system, p, argv),
  });
  stdinRead.release();
  outWrite.release();
  errWrite.release();
  const result: CorpusResult = { stdout: '', stderr: '', status: -1, internalErrors };
  const input = options.input ?? '';
  const feeder = harness(world, async (p) => {
    if (input) await stdinWrite.write(p, new TextEncoder().encode(input));
  });
  feeder.fds.add(stdinWrite, 0);
  stdinWrite.release();
  const decoder = new TextDecoder('utf-8');
  const outReader = harness(world, async (p) => {
    result.stdout = decoder.decode(await new InputReader(p, p.fds.get(0)).readAll());
  });
  outReader.fds.add(outRead, 0);
  outRead.release();
  const errReader = harness(world, async (p) => {
    result.stderr = decoder.decode(await new InputReader(p, p.fds.get(0)).readAll());
  });
  errReader.fds.add(errRead, 0);
  errRead.release();
  const helpers = [feeder, outReader, errReader];
  const realStart = Date.now();
  const virtualStart = kernel.clock.nowUs;
  const realLimit = options.realTimeoutMs ?? 20_000;
  const virtualLimit = options.virtualTimeoutUs ?? 120_000_000;
  let why: string | undefined;
  const outcome = await world.driver.fastForward({
    done: () => !proc.alive && helpers.every((h) => !h.alive),
    cancelled: () => {
      if (Date.now() - realStart > realLimit) why = `still running after ${realLimit} ms of real time`;
      else if (kernel.clock.nowUs - virtualStart > virtualLimit) why = `still running after ${virtualLimit / 1e6} s of virtual time`;
      return why !== undefined;
    },
  });
  if (outcome !== 'done') {
    result.timedOut = outcome === 'cancelled' ? why : `the run stopped: ${outcome}`;
    // Stop whatever is left so the abandoned world does not keep the event loop busy.
    for (const p of [...kernel.processes.values()]) if (p.alive && p !== world.init) kernel.terminate(p, SIG.KILL);
    return result;
  }
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
