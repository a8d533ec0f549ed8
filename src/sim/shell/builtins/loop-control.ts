import type { Builtin, BuiltinContext } from './builtin.ts';
import { BreakLoop, ContinueLoop, ExitShell, ShellAbort } from '../control-flow.ts';

async function loopControl(ctx: BuiltinContext, make: (levels: number) => BreakLoop | ContinueLoop): Promise<number> {
  const shell = ctx.shell;
  const arg = ctx.args[0];
  let levels = 1;
  if (arg !== undefined) {
    if (!/^-?\d+$/.test(arg)) {
      // bash treats this as fatal: it throws to the top level with 128 added to $?.
      await ctx.error(`${arg}: numeric argument required`);
      const status = shell.lastStatus | 128;
      if (shell.interactive) {
        shell.lastStatus = status;
        throw new ShellAbort(status);
      }
      throw new ExitShell(status);
    }
    levels = Number(arg);
    if (levels < 1) {
      await ctx.error(`${arg}: loop count out of range`);
      return 1;
    }
  }
  if (shell.loopDepth === 0) {
    await ctx.error("only meaningful in a `for', `while', or `until' loop");
    return 0;
  }
  throw make(Math.min(levels, shell.loopDepth));
}

export const breakBuiltin: Builtin = {
  name: 'break',
  special: true,
  synopsis: 'break [n]',
  run: (ctx) => loopControl(ctx, (n) => new BreakLoop(n)),
};

export const continueBuiltin: Builtin = {
  name: 'continue',
  special: true,
  synopsis: 'continue [n]',
  run: (ctx) => loopControl(ctx, (n) => new ContinueLoop(n)),
};
