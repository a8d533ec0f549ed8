import type { Builtin, BuiltinContext } from './builtin.ts';
import { formatJob } from '../job-notify.ts';
import { Errno } from '../../kernel/errors.ts';
import { statusCode } from '../processes.ts';
import { resolveJobSpec } from '../job-spec.ts';

const SYNOPSIS = 'wait [-fn] [-p var] [id ...]';

export const wait: Builtin = {
  name: 'wait',
  synopsis: SYNOPSIS,
  async run(ctx) {
    const args = [...ctx.args];
    let next = false;
    while (args[0]?.startsWith('-') && args[0] !== '-') {
      const flags = args.shift()!;
      if (flags === '--') break;
      if (flags.includes('n')) next = true;
      else if (!/^-[fn]+$/.test(flags)) return ctx.invalidOption(flags.slice(0, 2), SYNOPSIS);
    }
    if (next) return waitForAny(ctx);
    if (args.length === 0) {
      for (;;) {
        const outcome = await waitOnce(ctx, -1);
        if (outcome === 'none') return 0;
        if (outcome === 'interrupted') return 128 + ctx.shell.lastTrappedSignal;
      }
    }
    let status = 0;
    for (const arg of args) {
      const pids = await targets(ctx, arg);
      if (pids === undefined) {
        status = 127;
        continue;
      }
      for (const pid of pids) {
        const outcome = await waitOnce(ctx, pid);
        if (outcome === 'interrupted') return 128 + ctx.shell.lastTrappedSignal;
        status = typeof outcome === 'number' ? outcome : 127;
      }
    }
    return status;
  },
};

async function targets(ctx: BuiltinContext, arg: string): Promise<number[] | undefined> {
  const shell = ctx.shell;
  if (arg.startsWith('%')) {
    const job = resolveJobSpec(shell, arg);
    if (typeof job === 'string') {
      await ctx.error(job);
      return undefined;
    }
    return job.processes.map((p) => p.pid);
  }
  if (!/^\d+$/.test(arg)) {
    await ctx.error(`\`${arg}': not a pid or valid job spec`);
    return undefined;
  }
  const pid = Number(arg);
  const remembered = shell.jobs.byPid(pid)?.processes.find((p) => p.pid === pid)?.status;
  if (![...ctx.proc.children].some((c) => c.pid === pid) && remembered === undefined) {
    await ctx.error(`pid ${pid} is not a child of this shell`);
    return undefined;
  }
  return [pid];
}

/** Waits for one child (or any with -1). 'none' when there is no child left to wait for. */
async function waitOnce(ctx: BuiltinContext, pid: number): Promise<number | 'none' | 'interrupted'> {
  const shell = ctx.shell;
  const job = pid > 0 ? shell.jobs.byPid(pid) : undefined;
  const known = job?.processes.find((p) => p.pid === pid);
  if (known?.status) return statusCode(known.status);
  for (;;) {
    try {
      const result = await shell.kernel.waitpid(ctx.proc, pid);
      if (!result) continue;
      const owner = shell.jobs.byPid(result.pid);
      if (owner) {
        const member = owner.processes.find((p) => p.pid === result.pid)!;
        member.status = result.status;
        if (owner.processes.every((p) => p.status !== null)) {
          owner.state = 'done';
          // An interactive shell tells at once which job `wait` saw end ("[1]+  Done  sleep 1").
          if (shell.interactive) await shell.writeStderr(`${formatJob(shell.jobs.mark(owner), owner)}\n`);
          shell.jobs.remove(owner.id);
        }
      }
      return statusCode(result.status);
    } catch (error) {
      if (error instanceof Errno && error.code === 'ECHILD') return 'none';
      if (error instanceof Errno && error.code === 'EINTR') {
        // A trapped signal: run its trap, and wait returns at once (128 + signal).
        const signal = ctx.proc.caughtSignals[0];
        await ctx.interpreter.checkSignals();
        if (signal !== undefined) {
          shell.lastTrappedSignal = signal;
          return 'interrupted';
        }
        continue;
      }
      throw error;
    }
  }
}

async function waitForAny(ctx: BuiltinContext): Promise<number> {
  const outcome = await waitOnce(ctx, -1);
  if (outcome === 'none') return 127;
  if (outcome === 'interrupted') return 128 + ctx.shell.lastTrappedSignal;
  return outcome;
}
