import type { Builtin } from './builtin.ts';

const SYNOPSIS = 'pwd [-LP]';

export const pwd: Builtin = {
  name: 'pwd',
  synopsis: SYNOPSIS,
  async run(ctx) {
    let physical = ctx.shell.option('physical');
    for (const arg of ctx.args) {
      if (arg === '--') break;
      if (!/^-[LP]+$/.test(arg)) {
        if (arg.startsWith('-')) return ctx.invalidOption(arg.slice(0, 2), SYNOPSIS);
        break;
      }
      physical = arg.lastIndexOf('P') > arg.lastIndexOf('L');
    }
    const shell = ctx.shell;
    const fs = shell.kernel.fs;
    let path = shell.proc.cwd;
    const logical = shell.getScalar('PWD');
    if (!physical && logical !== undefined && logical.startsWith('/')) {
      try {
        if (fs.lookup(shell.proc.cred, '/', logical) === fs.lookup(shell.proc.cred, '/', shell.proc.cwd)) path = logical;
      } catch {
        // $PWD no longer names the directory: print the physical path
      }
    }
    await ctx.stdout.write(`${path}\n`);
    return 0;
  },
};
