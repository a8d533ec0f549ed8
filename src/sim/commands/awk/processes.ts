// The commands awk starts for `print | cmd`, `cmd | getline` and system(): `sh -c cmd` as a child,
// and its status as gawk reports it from close() and system().

import type { CommandContext } from '../context.ts';
import { Errno } from '../../kernel/errors.ts';
import type { ChildStatus, Process } from '../../kernel/process.ts';
import type { FdTable } from '../../kernel/fd-table.ts';
import { EXEC_US } from '../../kernel/cost-model.ts';
import { execve } from '../../exec.ts';
import { resolveProgram } from '../spawn-program.ts';

/**
 * popen(): `sh -c command` as our child, started without waiting for it (spawnProgram would wait
 * at once, and a process waits on one thing at a time: we have a pipe to serve meanwhile).
 */
export function startShell(ctx: CommandContext, command: string, fds: FdTable): Process {
  const path = resolveProgram(ctx.system, ctx.proc, '/bin/sh');
  const argv = ['sh', '-c', command];
  return ctx.kernel.spawn({
    parent: ctx.proc,
    argv,
    fds,
    main: async (proc) => {
      proc.chargeCpu(EXEC_US / 2);
      return execve(ctx.system, proc, path, argv);
    },
  });
}

export async function waitFor(ctx: CommandContext, child: Process): Promise<ChildStatus> {
  for (;;) {
    try {
      const result = await ctx.kernel.waitpid(ctx.proc, child.pid);
      if (result) return result.status;
    } catch (error) {
      if (error instanceof Errno && error.code === 'EINTR') continue;
      throw error;
    }
  }
}

/** gawk's view of a finished command: its exit code, or 256 + the signal that killed it. */
export function statusOf(status: ChildStatus): number {
  if (status.kind === 'exited') return status.code;
  if (status.kind === 'signaled') return 256 + status.signal;
  return 0;
}
