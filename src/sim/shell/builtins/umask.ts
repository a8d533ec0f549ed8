import type { Builtin } from './builtin.ts';
import { parseMode } from '../../commands/mode.ts';

const SYNOPSIS = 'umask [-p] [-S] [mode]';

export const umask: Builtin = {
  name: 'umask',
  synopsis: SYNOPSIS,
  async run(ctx) {
    let symbolic = false;
    let reusable = false;
    let i = 0;
    for (; i < ctx.args.length && /^-[pS]+$/.test(ctx.args[i]); i++) {
      symbolic ||= ctx.args[i].includes('S');
      reusable ||= ctx.args[i].includes('p');
    }
    const mode = ctx.args[i];
    const proc = ctx.proc;
    if (mode === undefined) {
      const text = symbolic ? symbolicMask(proc.umask) : proc.umask.toString(8).padStart(4, '0');
      await ctx.stdout.write(`${reusable ? `umask ${symbolic ? '-S ' : ''}` : ''}${text}\n`);
      return 0;
    }
    if (/^[0-9]/.test(mode)) {
      const value = /^[0-7]+$/.test(mode) ? parseInt(mode, 8) : NaN;
      if (!(value <= 0o7777)) {
        await ctx.error(`${mode}: octal number out of range`);
        return 1;
      }
      proc.umask = value & 0o777;
      return 0;
    }
    // Symbolic modes describe the permissions to allow; the mask is their complement.
    const allowed = parseMode(mode, ~proc.umask & 0o777, true);
    if (allowed === undefined) {
      await ctx.error(`\`${mode[mode.search(/[^ugoa+\-=rwxXst,]/)] ?? mode}': invalid symbolic mode operator`);
      return 1;
    }
    proc.umask = ~allowed & 0o777;
    return 0;
  },
};

function symbolicMask(mask: number): string {
  const part = (shift: number): string => {
    const bits = (~mask >> shift) & 7;
    return `${bits & 4 ? 'r' : ''}${bits & 2 ? 'w' : ''}${bits & 1 ? 'x' : ''}`;
  };
  return `u=${part(6)},g=${part(3)},o=${part(0)}`;
}
