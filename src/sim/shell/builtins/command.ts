import type { Builtin } from './builtin.ts';
import { describeName } from '../lookup.ts';
import { printEntry } from './type.ts';
import { builtins } from './index.ts';
import { invokeNested } from './builtin.ts';
import { runExternal } from '../external.ts';

const SYNOPSIS = 'command [-pVv] command [arg ...]';

export const command: Builtin = {
  name: 'command',
  synopsis: SYNOPSIS,
  async run(ctx) {
    let verbose = false;
    let brief = false;
    let i = 0;
    for (; i < ctx.args.length; i++) {
      const arg = ctx.args[i];
      if (arg === '--') {
        i++;
        break;
      }
      if (!/^-[pvV]+$/.test(arg)) {
        if (arg.startsWith('-') && arg.length > 1) return ctx.invalidOption(arg.slice(0, 2), SYNOPSIS);
        break;
      }
      brief ||= arg.includes('v');
      verbose ||= arg.includes('V');
    }
    const rest = ctx.args.slice(i);
    if (rest.length === 0) return 0;
    if (brief || verbose) {
      // bash succeeds when any NAME was found.
      let found = false;
      for (const name of rest) {
        const [first] = describeName(ctx.shell, name);
        if (!first) {
          if (verbose) await ctx.error(`${name}: not found`);
          continue;
        }
        found = true;
        if (brief) {
          const text = first.kind === 'alias' ? `alias ${name}='${first.value}'` : first.kind === 'file' ? first.path : name;
          await ctx.stdout.write(`${text}\n`);
        } else {
          await printEntry(ctx, name, first, { terse: false, pathOnly: false });
        }
      }
      return found ? 0 : 1;
    }
    const builtin = builtins.get(rest[0]);
    await ctx.flush();
    if (builtin) return invokeNested(ctx.interpreter, builtin, rest.slice(1));
    return runExternal(ctx.interpreter, rest, ctx.shell.exportedEnvironment(), []);
  },
};

export const builtinBuiltin: Builtin = {
  name: 'builtin',
  special: true,
  synopsis: 'builtin [shell-builtin [arg ...]]',
  async run(ctx) {
    const name = ctx.args[0];
    if (name === undefined) return 0;
    const builtin = builtins.get(name);
    if (!builtin) {
      await ctx.error(`${name}: not a shell builtin`);
      return 1;
    }
    return invokeNested(ctx.interpreter, builtin, ctx.args.slice(1));
  },
};
