// Starting a program for xargs and find -exec and waiting for it; a command that cannot run (not
// found, not executable) is an error in the caller rather than a failure inside the child.

import type { CommandContext } from './context.ts';
import type { FdTable } from '../kernel/fd-table.ts';
import type { ChildStatus } from '../kernel/process.ts';
import { spawnProgram } from './spawn-program.ts';

/**
 * Runs `argv` as a child with `fds` (which it takes over) and waits; throws Errno if it cannot run.
 * `cwd` starts the child in another directory (find -execdir).
 */
export async function runChild(ctx: CommandContext, argv: string[], fds: FdTable, cwd?: string): Promise<ChildStatus> {
  try {
    await ctx.flush();
    return await spawnProgram(ctx.system, ctx.proc, argv, { fds, cwd }).done;
  } catch (error) {
    fds.closeAll();
    throw error;
  }
}
