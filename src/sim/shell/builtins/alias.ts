import type { Builtin } from './builtin.ts';
import { shellQuote } from '../quoting.ts';
import { compareCodePoints } from '../glob.ts';

export const alias: Builtin = {
  name: 'alias',
  synopsis: 'alias [-p] [name[=value] ... ]',
  async run(ctx) {
    const aliases = ctx.shell.aliases;
    const args = ctx.args.filter((a, i) => !(i === 0 && a === '-p'));
    if (args.length === 0 || ctx.args[0] === '-p') {
      const names = [...aliases.keys()].sort(compareCodePoints);
      await ctx.stdout.write(names.map((n) => `alias ${n}=${shellQuote(aliases.get(n)!)}\n`).join(''));
      if (args.length === 0) return 0;
    }
    let status = 0;
    for (const arg of args) {
      const eq = arg.indexOf('=');
      if (eq > 0) {
        const name = arg.slice(0, eq);
        if (/[\s/$`'"\\=]/.test(name)) {
          await ctx.error(`\`${name}': invalid alias name`);
          status = 1;
          continue;
        }
        aliases.set(name, arg.slice(eq + 1));
        continue;
      }
      const value = aliases.get(arg);
      if (value === undefined) {
        await ctx.error(`${arg}: not found`);
        status = 1;
      } else await ctx.stdout.write(`alias ${arg}=${shellQuote(value)}\n`);
    }
    return status;
  },
};

export const unalias: Builtin = {
  name: 'unalias',
  synopsis: 'unalias [-a] name [name ...]',
  async run(ctx) {
    if (ctx.args[0] === '-a') {
      ctx.shell.aliases.clear();
      return 0;
    }
    if (ctx.args.length === 0) return ctx.usage('unalias [-a] name [name ...]');
    let status = 0;
    for (const name of ctx.args) {
      if (!ctx.shell.aliases.delete(name)) {
        await ctx.error(`${name}: not found`);
        status = 1;
      }
    }
    return status;
  },
};
