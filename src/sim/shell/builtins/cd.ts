import type { Builtin } from './builtin.ts';
import { absolute, normalize } from '../../fs/path.ts';
import { Errno } from '../../kernel/errors.ts';
import { X_OK } from '../../fs/filesystem.ts';

const SYNOPSIS = 'cd [-L|[-P [-e]] [-@]] [dir]';

export const cd: Builtin = {
  name: 'cd',
  synopsis: SYNOPSIS,
  async run(ctx) {
    const shell = ctx.shell;
    let physical = shell.option('physical');
    const args = [...ctx.args];
    while (args.length > 0 && /^-[LPe@]+$/.test(args[0])) {
      const flags = args.shift()!;
      if (flags.includes('P')) physical = true;
      if (flags.includes('L')) physical = false;
    }
    if (args[0] === '--') args.shift();
    if (args.length > 0 && args[0].startsWith('-') && args[0] !== '-') return ctx.invalidOption(args[0].slice(0, 2), SYNOPSIS);
    if (args.length > 1) {
      await ctx.error('too many arguments');
      return 1;
    }
    let target: string | undefined = args[0];
    let print = false;
    if (target === undefined) {
      target = shell.getScalar('HOME');
      if (target === undefined) {
        await ctx.error('HOME not set');
        return 1;
      }
    } else if (target === '-') {
      target = shell.getScalar('OLDPWD');
      if (target === undefined) {
        await ctx.error('OLDPWD not set');
        return 1;
      }
      print = true;
    }
    if (target === '') return 0;
    const oldPwd = shell.getScalar('PWD') ?? shell.proc.cwd;
    const candidates: string[] = [];
    if (!target.startsWith('/') && !/^\.\.?(\/|$)/.test(target)) {
      const cdpath = shell.getScalar('CDPATH');
      if (cdpath) {
        for (const entry of cdpath.split(':')) {
          if (entry === '') continue;
          candidates.push(absolute(entry, target));
        }
      }
    }
    candidates.push(target);
    let lastError: Errno | undefined;
    for (const candidate of candidates) {
      const logical = normalize(absolute(oldPwd, candidate));
      try {
        const fs = shell.kernel.fs;
        const dir = fs.lookup(shell.proc.cred, shell.proc.cwd, physical ? candidate : logical);
        if (dir.type !== 'dir') throw new Errno('ENOTDIR');
        if (!fs.canAccess(shell.proc.cred, dir, X_OK)) throw new Errno('EACCES');
        const real = fs.pathOf(dir);
        shell.proc.cwd = real;
        const pwd = physical ? real : logical;
        await ctx.interpreter.trySetVariable('OLDPWD', oldPwd);
        await ctx.interpreter.trySetVariable('PWD', pwd);
        if (print || candidate !== target) await ctx.stdout.write(`${pwd}\n`);
        return 0;
      } catch (error) {
        if (!(error instanceof Errno)) throw error;
        lastError = error;
      }
    }
    await ctx.error(ctx.shell.dash ? `can't cd to ${target}` : `${target}: ${lastError!.message}`);
    return 1;
  },
};
