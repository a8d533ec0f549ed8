import type { Builtin } from './builtin.ts';
import { ExitShell } from '../control-flow.ts';

export const exit: Builtin = {
  name: 'exit',
  special: true,
  synopsis: 'exit [n]',
  async run(ctx) {
    const shell = ctx.shell;
    if (shell.interactive && shell.subshellLevel === 0) await shell.writeStderr('exit\n');
    const args = ctx.args[0] === '--' ? ctx.args.slice(1) : ctx.args;
    if (args.length === 0) throw new ExitShell(shell.lastStatus);
    const status = parseStatus(args[0]);
    if (status === undefined) {
      await ctx.error(`${args[0]}: numeric argument required`);
      throw new ExitShell(2);
    }
    if (args.length > 1) {
      await ctx.error('too many arguments');
      return 1;
    }
    throw new ExitShell(status);
  },
};

/** A status argument (exit, return): an integer, taken modulo 256. */
export function parseStatus(text: string): number | undefined {
  if (!/^\s*[-+]?\d+\s*$/.test(text)) return undefined;
  return Number(BigInt.asUintN(8, BigInt(text.trim())));
}
