import type { Builtin } from './builtin.ts';
import { findProgram } from '../external.ts';

const SYNOPSIS = 'hash [-lr] [-p pathname] [-dt] [name ...]';

export const hash: Builtin = {
  name: 'hash',
  synopsis: SYNOPSIS,
  async run(ctx) {
    const shell = ctx.shell;
    const args = [...ctx.args];
    let forget = false;
    let print = false;
    let reusable = false;
    let path: string | undefined;
    while (args.length > 0 && /^-[dlprt]+$/.test(args[0])) {
      const flags = args.shift()!;
      if (flags.includes('r')) {
        shell.hash.clear();
        shell.hashHits.clear();
      }
      forget ||= flags.includes('d');
      print ||= flags.includes('t');
      reusable ||= flags.includes('l');
      if (flags.includes('p')) path = args.shift();
    }
    if (args.length === 0) {
      if (ctx.args.some((a) => a.includes('r'))) return 0;
      if (shell.hash.size === 0) {
        await ctx.stdout.write(`hash: hash table empty\n`);
        return 0;
      }
      let out = reusable ? '' : 'hits\tcommand\n';
      for (const [name, location] of shell.hash) {
        out += reusable ? `builtin hash -p ${location} ${name}\n` : `${String(shell.hashHits.get(name) ?? 0).padStart(4)}\t${location}\n`;
      }
      await ctx.stdout.write(out);
      return 0;
    }
    let status = 0;
    for (const name of args) {
      if (path !== undefined) {
        shell.hash.set(name, path);
        continue;
      }
      if (forget) {
        if (!shell.hash.delete(name)) {
          await ctx.error(`${name}: not found`);
          status = 1;
        }
        continue;
      }
      if (print) {
        const location = shell.hash.get(name);
        if (location === undefined) {
          await ctx.error(`${name}: not found`);
          status = 1;
        } else await ctx.stdout.write(args.length > 1 ? `${name}\t${location}\n` : `${location}\n`);
        continue;
      }
      const found = findProgram(shell, name);
      if (!('path' in found)) {
        await ctx.error(`${name}: not found`);
        status = 1;
      } else shell.hashHits.set(name, 0);
    }
    return status;
  },
};
