// which (debianutils): the path of each program on PATH, as Debian's /usr/bin/which script prints it.

import { defineCommand } from './command.ts';
import { X_OK } from '../fs/filesystem.ts';

export const which = defineCommand({
  name: 'which',
  summary: 'locate a command',
  answersHelp: false,
  help: '',
  async run(ctx) {
    let all = false;
    let i = 0;
    for (; i < ctx.args.length; i++) {
      const arg = ctx.args[i];
      if (arg === '--') {
        i++;
        break;
      }
      if (!arg.startsWith('-') || arg === '-') break;
      for (const flag of arg.slice(1)) {
        if (flag === 'a') all = true;
        else {
          // Debian's which is a /bin/sh script; these are dash's getopts and the script's own words.
          await ctx.stderr.write(`Illegal option -${flag}\n`);
          await ctx.stdout.write(`Usage: /usr/bin/which [-a] args\n`);
          return 2;
        }
      }
    }
    const names = ctx.args.slice(i);
    if (names.length === 0) return 1;
    const dirs = (ctx.getenv('PATH') ?? '').split(':');
    let status = 0;
    for (const name of names) {
      const found: string[] = [];
      const candidates = name.includes('/') ? [name] : dirs.map((dir) => `${dir === '' ? '.' : dir}/${name}`);
      for (const candidate of candidates) {
        try {
          const inode = ctx.lookup(candidate);
          if (inode.type === 'file' && ctx.fs.canAccess(ctx.proc.cred, inode, X_OK)) {
            found.push(candidate);
            if (!all) break;
          }
        } catch {
          // not here
        }
      }
      if (found.length === 0) status = 1;
      for (const path of found) await ctx.stdout.write(`${path}\n`);
    }
    return status;
  },
});
