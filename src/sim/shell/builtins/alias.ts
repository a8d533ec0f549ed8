import type { Builtin } from './builtin.ts';
import { shellQuote } from '../quoting.ts';
import { compareCodePoints } from '../glob.ts';

export const alias: Builtin = {
  name: 'alias',
  synopsis: 'alias [-p] [name[=value] ... ]',
  description: `Define or display aliases.

    Without arguments, \`alias' prints the list of aliases in the reusable
    form \`alias NAME=VALUE' on standard output.

    Otherwise, an alias is defined for each NAME whose VALUE is given.
    A trailing space in VALUE causes the next word to be checked for
    alias substitution when the alias is expanded.

    Options:
      -p	print all defined aliases in a reusable format

    Exit Status:
    alias returns true unless a NAME is supplied for which no alias has been
    defined.`,
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
  description: `Remove each NAME from the list of defined aliases.

    Options:
      -a	remove all alias definitions

    Return success unless a NAME is not an existing alias.`,
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
