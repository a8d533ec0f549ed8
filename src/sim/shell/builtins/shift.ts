import type { Builtin } from './builtin.ts';

export const shift: Builtin = {
  name: 'shift',
  special: true,
  synopsis: 'shift [n]',
  async run(ctx) {
    const shell = ctx.shell;
    const arg = ctx.args[0] === '--' ? ctx.args[1] : ctx.args[0];
    let n = 1;
    if (arg !== undefined) {
      if (!/^-?\d+$/.test(arg)) {
        await ctx.error(`${arg}: numeric argument required`);
        return 1;
      }
      n = Number(arg);
      if (n < 0) {
        await ctx.error(`${arg}: shift count out of range`);
        return 1;
      }
    }
    if (n > shell.positional.length) {
      if (shell.shopt('shift_verbose')) await ctx.error(`${n}: shift count out of range`);
      return 1;
    }
    shell.positional = shell.positional.slice(n);
    return 0;
  },
};
