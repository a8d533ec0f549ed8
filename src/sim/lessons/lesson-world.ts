// Worlds for lessons, headless: a lesson's starting world (seed, start time, starter files), a copy
// of a world for checks to run commands in (the student's own world is never touched), and running
// `bash -c` in a world with fast-forward time, capturing stdout, stderr and the status.

import type { World } from '../world.ts';
import { FdTable } from '../kernel/fd-table.ts';
import { Pipe } from '../kernel/pipe.ts';
import type { Process } from '../kernel/process.ts';
import { STUDENT, studentEnvironment } from '../fs/base-system.ts';
import { runBash } from '../shell/invocation.ts';
import { InputReader } from '../io/input-reader.ts';
import { restoreFileSystem, snapshotFileSystem } from '../fs/snapshot.ts';
import { Errno } from '../kernel/errors.ts';
import type { LessonFile } from './lesson.ts';

/** Makes a world; the host supplies one (it owns the host hooks and real time). */
export type WorldFactory = (seed: number, startMs: number) => World;

export interface CommandResult {
  stdout: string;
  stderr: string;
  status: number;
}

export const HOME = '/home/student';

/** A lesson's starting world: the machine at `startMs` with `files` (see `startingFiles`) in the home directory. */
export function createLessonWorld(make: WorldFactory, seed: number, startMs: number, files: readonly LessonFile[]): World {
  const world = make(seed, startMs);
  installFiles(world, files);
  return world;
}

/** Copies starter files into /home/student as the student, creating folders, keeping modes. */
export function installFiles(world: World, files: readonly LessonFile[]): void {
  const fs = world.kernel.fs;
  const cred = { ...STUDENT, groups: [...STUDENT.groups] };
  for (const file of files) {
    const parts = file.path.split('/').filter((p) => p !== '' && p !== '.');
    if (parts.some((p) => p === '..')) throw new Error(`lesson file '${file.path}' leaves the home directory`);
    let dir = HOME;
    for (const part of parts.slice(0, -1)) {
      dir = `${dir}/${part}`;
      try {
        fs.mkdir(cred, '/', dir, 0o755);
      } catch (error) {
        if (!(error instanceof Errno && error.code === 'EEXIST')) throw error;
      }
    }
    const inode = fs.createFile(cred, '/', `${HOME}/${parts.join('/')}`, file.mode & 0o7777);
    fs.setContent(inode, file.bytes);
    fs.chmod(cred, inode, file.mode & 0o7777);
  }
}

/** A new world with the same filesystem (crontabs included) and the same virtual time. */
export async function copyWorld(world: World, make: WorldFactory, seed: number): Promise<World> {
  const copy = make(seed, Math.floor(world.kernel.clock.nowUs / 1000));
  restoreFileSystem(copy.kernel.fs, snapshotFileSystem(world.kernel.fs));
  await copy.cron.reloadAll(true);
  return copy;
}

/** Runs `bash -c script` as the student in /home/student until it exits (fast-forward time). */
export async function runCommandIn(world: World, script: string): Promise<CommandResult> {
  const kernel = world.kernel;
  const [stdinRead, stdinWrite] = Pipe.create();
  const [outRead, outWrite] = Pipe.create();
  const [errRead, errWrite] = Pipe.create();
  const fds = new FdTable();
  fds.add(stdinRead, 0);
  fds.add(outWrite, 1);
  fds.add(errWrite, 2);
  const argv = ['bash', '-c', script];
  const proc = kernel.spawn({
    parent: world.init,
    argv,
    cwd: HOME,
    env: studentEnvironment(),
    cred: { ...STUDENT, groups: [...STUDENT.groups] },
    fds,
    newSession: true,
    main: (p) => runBash(world.system, p, argv),
  });
  stdinRead.release();
  stdinWrite.release(); // stdin is empty: a command reading it sees end of file
  outWrite.release();
  errWrite.release();
  const result: CommandResult = { stdout: '', stderr: '', status: -1 };
  // One reader process per stream: a simulated process waits on one thing at a time.
  const readers = [
    reader(world, outRead, (text) => (result.stdout = text)),
    reader(world, errRead, (text) => (result.stderr = text)),
  ];
  const outcome = await world.driver.fastForward({ done: () => !proc.alive && readers.every((r) => !r.alive) });
  if (outcome !== 'done') throw new Error(`the command did not finish (${outcome}): ${script}`);
  const status = proc.exitStatus!;
  result.status = status.kind === 'exited' ? status.code : status.kind === 'signaled' ? 128 + status.signal : -1;
  return result;
}

function reader(world: World, end: ReturnType<typeof Pipe.create>[0], done: (text: string) => void): Process {
  const proc = world.kernel.spawn({
    parent: world.init,
    argv: ['lesson-reader'],
    fds: new FdTable(),
    main: async (p) => {
      done(new TextDecoder().decode(await new InputReader(p, p.fds.get(0)).readAll()));
      return 0;
    },
  });
  proc.fds.add(end, 0);
  end.release();
  return proc;
}

/**
 * Plays a step's solution script as the student would: the script runs in the world and each of
 * its command lines joins the world's history, as if typed at the terminal.
 */
export async function applySolution(world: World, script: string): Promise<CommandResult> {
  const result = await runCommandIn(world, script);
  for (const line of script.split('\n')) {
    const command = line.trim();
    if (command !== '' && !command.startsWith('#')) world.history.push({ command, atMs: world.kernel.clock.nowMs });
  }
  return result;
}
