import type { Builtin } from './builtin.ts';
import { ReturnFromFunction } from '../control-flow.ts';
import { parseStatus } from './exit.ts';

export const returnBuiltin: Builtin = {
  name: 'return',
  special: true,
  synopsis: 'return [n]',
  async run(ctx) {
    const shell = ctx.shell;
    const arg = ctx.args[0] === '--' ? ctx.args[1] : ctx.args[0];
    const status = arg === undefined ? shell.lastStatus : parseStatus(arg);
    if (status === undefined) await ctx.error(`${arg}: numeric argument required`);
    if (shell.functionDepth === 0 && shell.sourceDepth === 0) {
      await ctx.error("can only `return' from a function or sourced script");
      return 2;
    }
    throw new ReturnFromFunction(status ?? 2);
  },
};
