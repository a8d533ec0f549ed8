import type { Builtin, BuiltinContext } from './builtin.ts';
import { describeName, type NameKind } from '../lookup.ts';
import { printFunction } from '../function-format.ts';

const SYNOPSIS = 'type [-afptP] name [name ...]';

export const type: Builtin = {
  name: 'type',
  synopsis: SYNOPSIS,
  async run(ctx) {
    let all = false;
    let terse = false;
    let pathOnly = false;
    let forcePath = false;
    let noFunctions = false;
    let i = 0;
    for (; i < ctx.args.length; i++) {
      const arg = ctx.args[i];
      if (arg === '--') {
        i++;
        break;
      }
      if (!/^-[aftpP]+$/.test(arg)) {
        if (arg.startsWith('-') && arg.length > 1) return ctx.invalidOption(arg.slice(0, 2), SYNOPSIS);
        break;
      }
      all ||= arg.includes('a');
      terse ||= arg.includes('t');
      pathOnly ||= arg.includes('p');
      forcePath ||= arg.includes('P');
      noFunctions ||= arg.includes('f');
    }
    const names = ctx.args.slice(i);
    let status = 0;
    for (const name of names) {
      let found = describeName(ctx.shell, name, { all: all || forcePath, noFunctions });
      if (forcePath) found = found.filter((f) => f.kind === 'file');
      if (found.length === 0) {
        if (!terse && !pathOnly && !forcePath) await ctx.error(`${name}: not found`);
        status = 1;
        continue;
      }
      for (const entry of all || forcePath ? found : found.slice(0, 1)) await printEntry(ctx, name, entry, { terse, pathOnly: pathOnly || forcePath });
    }
    return status;
  },
};

/** One line (or a function's listing) of `type`; `command -V` prints the same. */
export async function printEntry(ctx: BuiltinContext, name: string, entry: NameKind, options: { terse: boolean; pathOnly: boolean }): Promise<void> {
  if (options.terse) {
    await ctx.stdout.write(`${entry.kind}\n`);
    return;
  }
  if (options.pathOnly) {
    if (entry.kind === 'file') await ctx.stdout.write(`${entry.path}\n`);
    return;
  }
  switch (entry.kind) {
    case 'alias':
      await ctx.stdout.write(`${name} is aliased to \`${entry.value}'\n`);
      return;
    case 'keyword':
      await ctx.stdout.write(`${name} is a shell keyword\n`);
      return;
    case 'function':
      await ctx.stdout.write(`${name} is a function\n${printFunction(entry.definition)}\n`);
      return;
    case 'builtin':
      await ctx.stdout.write(`${name} is a shell builtin\n`);
      return;
    case 'file':
      await ctx.stdout.write(`${name} is ${entry.hashed ? `hashed (${entry.path})` : entry.path}\n`);
  }
}
