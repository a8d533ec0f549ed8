import type { Builtin, BuiltinContext } from './builtin.ts';
import { parseSignalSpec, signalNameOf, signalTable } from './signal-spec.ts';
import { Errno } from '../../kernel/errors.ts';
import { SIG } from '../../kernel/signals.ts';
import { resolveJobSpec } from '../job-spec.ts';

const SYNOPSIS = 'kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]';

export const kill: Builtin = {
  name: 'kill',
  synopsis: SYNOPSIS,
  async run(ctx) {
    const args = [...ctx.args];
    if (args[0] === '-l' || args[0] === '-L') return listSignals(ctx, args.slice(1));
    let signal = SIG.TERM;
    if (args[0] === '-s' || args[0] === '-n') {
      const spec = args[1];
      if (spec === undefined) return ctx.usage(SYNOPSIS);
      const parsed = parseSignalSpec(spec);
      if (parsed === undefined) {
        await ctx.error(`${spec}: invalid signal specification`);
        return 1;
      }
      signal = parsed;
      args.splice(0, 2);
    } else if (args[0] !== undefined && /^-./.test(args[0]) && args[0] !== '--') {
      const parsed = parseSignalSpec(args[0].slice(1));
      if (parsed === undefined) {
        await ctx.error(`${args[0].slice(1)}: invalid signal specification`);
        return 1;
      }
      signal = parsed;
      args.shift();
    }
    if (args[0] === '--') args.shift();
    if (args.length === 0) return ctx.usage(SYNOPSIS);
    let status = 0;
    for (const target of args) {
      if (!(await sendTo(ctx, target, signal))) status = 1;
    }
    return status;
  },
};

async function sendTo(ctx: BuiltinContext, target: string, signal: number): Promise<boolean> {
  const shell = ctx.shell;
  let pid: number;
  if (target.startsWith('%')) {
    const job = resolveJobSpec(shell, target);
    if (typeof job === 'string') {
      await ctx.error(job);
      return false;
    }
    pid = -job.pgid;
    if (!shell.option('monitor')) pid = job.processes[0].pid;
  } else if (/^-?\d+$/.test(target)) pid = Number(target);
  else {
    await ctx.error(`${target}: arguments must be process or job IDs`);
    return false;
  }
  try {
    shell.kernel.kill(shell.proc, pid, signal);
    if (target.startsWith('%') && (signal === SIG.TERM || signal === SIG.HUP)) shell.kernel.kill(shell.proc, pid, SIG.CONT);
    return true;
  } catch (error) {
    if (!(error instanceof Errno)) throw error;
    await ctx.error(`(${Math.abs(pid)}) - ${error.message}`);
    return false;
  }
}

async function listSignals(ctx: BuiltinContext, specs: string[]): Promise<number> {
  if (specs.length === 0) {
    await ctx.stdout.write(signalTable());
    return 0;
  }
  let status = 0;
  for (const spec of specs) {
    if (/^\d+$/.test(spec)) {
      const n = Number(spec) > 128 ? Number(spec) - 128 : Number(spec);
      const name = signalNameOf(n);
      if (name === undefined) {
        await ctx.error(`${spec}: invalid signal specification`);
        status = 1;
      } else await ctx.stdout.write(`${name}\n`);
      continue;
    }
    const n = parseSignalSpec(spec);
    if (n === undefined) {
      await ctx.error(`${spec}: invalid signal specification`);
      status = 1;
    } else await ctx.stdout.write(`${n}\n`);
  }
  return status;
}
