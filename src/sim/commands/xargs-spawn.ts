// Starting a program for xargs and find -exec: PATH lookup as execvp does, plus the checks the
// kernel makes at exec time for a path with a slash (exists, is a file, may be executed), so a
// command that cannot run is an error in the caller rather than a failure inside the child.

import type { CommandContext } from './context.ts';
import { Errno } from '../kernel/errors.ts';
import type { FdTable } from '../kernel/fd-table.ts';
import type { ChildStatus } from '../kernel/process.ts';
import { X_OK } from '../fs/filesystem.ts';
import { spawnProgram } from './spawn-program.ts';

/**
 * Runs `argv` as a child with `fds` (which it takes over) and waits; throws Errno if it cannot run.
 * `cwd` starts the child in another directory (find -execdir).
 */
export async function runChild(ctx: CommandContext, argv: string[], fds: FdTable, cwd?: string): Promise<ChildStatus> {
  try {
    if (argv[0].includes('/')) {
      const inode = ctx.lookup(argv[0]);
      if (inode.type !== 'file' || !ctx.fs.canAccess(ctx.proc.cred, inode, X_OK)) throw new Errno('EACCES');
    }
    await ctx.flush();
    // The child inherits the working directory when it is created, which happens synchronously.
    const saved = ctx.proc.cwd;
    if (cwd !== undefined) ctx.proc.cwd = cwd;
    let spawned;
    try {
      spawned = spawnProgram(ctx.system, ctx.proc, argv, { fds });
    } finally {
      ctx.proc.cwd = saved;
    }
    return await spawned.done;
  } catch (error) {
    fds.closeAll();
    throw error;
  }
}
