// execvp for commands that run other programs (xargs, find -exec, env, nohup, timeout, awk's
// system()): PATH lookup, a child process sharing the caller's descriptors (or the ones given),
// and the child's exit status. A file without #! runs under /bin/sh, as execvp does.

import type { System } from '../system.ts';
import type { Process, ChildStatus } from '../kernel/process.ts';
import type { FdTable } from '../kernel/fd-table.ts';
import { Errno } from '../kernel/errors.ts';
import { X_OK } from '../fs/filesystem.ts';
import { execve, resolveExec } from '../exec.ts';
import { EXEC_US } from '../kernel/cost-model.ts';

export interface SpawnedProgram {
  proc: Process;
  /** Resolves with the child's status once it has ended (and been reaped). */
  done: Promise<ChildStatus>;
}

/** Finds `name` on PATH as execvp would; throws ENOENT or EACCES (also for a path with a /). */
export function resolveProgram(system: System, caller: Process, name: string, cwd = caller.cwd): string {
  const fs = system.kernel.fs;
  if (name.includes('/')) {
    const inode = fs.lookup(caller.cred, cwd, name);
    if (inode.type !== 'file' || !fs.canAccess(caller.cred, inode, X_OK)) throw new Errno('EACCES');
    return name;
  }
  if (name === '') throw new Errno('ENOENT');
  const path = caller.env.get('PATH') ?? '/usr/local/bin:/usr/bin:/bin';
  let denied = false;
  for (const dir of path.split(':')) {
    const candidate = `${dir === '' ? '.' : dir}/${name}`;
    try {
      const inode = fs.lookup(caller.cred, cwd, candidate);
      if (inode.type !== 'file') continue;
      if (fs.canAccess(caller.cred, inode, X_OK)) return candidate;
      denied = true;
    } catch {
      // not in this directory
    }
  }
  throw new Errno(denied ? 'EACCES' : 'ENOENT');
}

/**
 * Starts `argv` as a child of `caller`. Its descriptors are a copy of the caller's unless `fds` is
 * given (the callee owns that table). Throws Errno when the program cannot be found.
 */
export function spawnProgram(system: System, caller: Process, argv: string[], options: { fds?: FdTable; env?: Map<string, string>; cwd?: string } = {}): SpawnedProgram {
  const path = resolveProgram(system, caller, argv[0], options.cwd);
  // execvp fails in the caller when the file (or its #! interpreter) cannot run; a file without
  // #! is handed to /bin/sh instead.
  let viaShell = false;
  try {
    resolveExec(system, caller.cred, options.cwd ?? caller.cwd, path, argv);
  } catch (error) {
    if (!(error instanceof Errno && error.code === 'ENOEXEC')) throw error;
    viaShell = true;
  }
  const kernel = system.kernel;
  const child = kernel.spawn({
    parent: caller,
    argv,
    fds: options.fds,
    env: options.env,
    cwd: options.cwd,
    main: async (proc) => {
      proc.chargeCpu(EXEC_US / 2);
      return viaShell ? execve(system, proc, '/bin/sh', ['sh', path, ...argv.slice(1)]) : execve(system, proc, path, argv);
    },
  });
  const done = (async (): Promise<ChildStatus> => {
    for (;;) {
      try {
        const result = await kernel.waitpid(caller, child.pid);
        if (result) return result.status;
      } catch (error) {
        if (error instanceof Errno && error.code === 'EINTR') continue;
        throw error;
      }
    }
  })();
  return { proc: child, done };
}

/** The status a shell would report: the exit code, or 128 + the signal that killed it. */
export function exitCode(status: ChildStatus): number {
  if (status.kind === 'exited') return status.code;
  if (status.kind === 'signaled' || status.kind === 'stopped') return 128 + status.signal;
  return 0;
}
