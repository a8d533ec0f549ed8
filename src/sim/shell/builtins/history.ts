import type { Builtin } from './builtin.ts';

const SYNOPSIS = 'history [-c] [-d offset] [n] or history -anrw [filename] or history -ps arg [arg...]';

export const history: Builtin = {
  name: 'history',
  synopsis: SYNOPSIS,
  async run(ctx) {
    const shell = ctx.shell;
    const args = ctx.args;
    if (args[0] === '-c') {
      shell.historyBase += shell.history.length;
      shell.history.length = 0;
      return 0;
    }
    if (args[0] === '-d') {
      const offset = Number(args[1]);
      const index = offset < 0 ? shell.history.length + offset : offset - shell.historyBase;
      if (!Number.isInteger(offset) || index < 0 || index >= shell.history.length) {
        await ctx.error(`${args[1]}: history position out of range`);
        return 1;
      }
      shell.history.splice(index, 1);
      return 0;
    }
    if (args.length > 0 && args[0].startsWith('-')) return ctx.invalidOption(args[0].slice(0, 2), SYNOPSIS);
    let start = 0;
    if (args[0] !== undefined) {
      const n = Number(args[0]);
      if (!Number.isInteger(n) || n < 0) {
        await ctx.error(`${args[0]}: numeric argument required`);
        return 1;
      }
      start = Math.max(0, shell.history.length - n);
    }
    let out = '';
    for (let i = start; i < shell.history.length; i++) out += `${String(shell.historyBase + i).padStart(5)}  ${shell.history[i]}\n`;
    await ctx.stdout.write(out);
    return 0;
  },
};
