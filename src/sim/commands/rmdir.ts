// rmdir: removes empty directories; with -p also their now-empty ancestors, as GNU's remove_parents
// walks the operand's own slashes ("a/b/c", then "a/b", then "a").

import { defineCommand } from './command.ts';
import type { CommandContext } from './context.ts';
import { Errno } from '../kernel/errors.ts';
import { quoteAlways } from '../text/quote.ts';
import { basename } from '../fs/path.ts';
import { W_OK, X_OK } from '../fs/filesystem.ts';

const HELP = `Usage: rmdir [OPTION]... DIRECTORY...
Remove the DIRECTORY(ies), if they are empty.

      --ignore-fail-on-non-empty
                    ignore each failure that is solely because a directory
                    is non-empty

  -p, --parents     remove DIRECTORY and its ancestors; e.g., 'rmdir -p a/b/c'
                    is similar to 'rmdir a/b/c a/b a'

  -v, --verbose     output a diagnostic for every directory processed
      --help        display this help and exit
      --version     output version information and exit
`;

interface Options {
  ignoreNonEmpty: boolean;
  parents: boolean;
  verbose: boolean;
}

export const rmdir = defineCommand({
  name: 'rmdir',
  summary: 'remove empty directories',
  help: HELP,
  async run(ctx) {
    const { options, operands } = ctx.parse([
      { long: 'ignore-fail-on-non-empty' },
      { short: 'p', long: 'parents' },
      { short: 'v', long: 'verbose' },
    ]);
    const opts: Options = { ignoreNonEmpty: false, parents: false, verbose: false };
    for (const { key } of options) {
      if (key === 'ignore-fail-on-non-empty') opts.ignoreNonEmpty = true;
      else if (key === 'parents') opts.parents = true;
      else if (key === 'verbose') opts.verbose = true;
    }
    if (operands.length === 0) return ctx.usageError('missing operand');
    let ok = true;
    for (const dir of operands) {
      await ctx.tick(5);
      if (opts.verbose) await ctx.stdout.write(`${ctx.name}: removing directory, ${quoteAlways(dir)}\n`);
      const error = removeDirectory(ctx, dir);
      if (error === undefined) {
        if (opts.parents && !(await removeParents(ctx, dir, opts))) ok = false;
        continue;
      }
      if (ignorable(ctx, error, dir, opts)) continue;
      const reason = error.code === 'ENOTDIR' && symlinkToDirectoryWithSlash(ctx, dir) ? 'Symbolic link not followed' : error.message;
      await ctx.error(`failed to remove ${quoteAlways(dir)}: ${reason}`);
      ok = false;
    }
    return ok ? 0 : 1;
  },
});

/** Removes each ancestor named in `dir`, stopping at the first failure. */
async function removeParents(ctx: CommandContext, dir: string, opts: Options): Promise<boolean> {
  let path = dir.replace(/\/+$/, '');
  for (;;) {
    let slash = path.lastIndexOf('/');
    if (slash < 0) return true;
    while (slash > 0 && path[slash] === '/') slash--;
    path = path.slice(0, slash + 1);
    await ctx.tick(5);
    if (opts.verbose) await ctx.stdout.write(`${ctx.name}: removing directory, ${quoteAlways(path)}\n`);
    const error = removeDirectory(ctx, path);
    if (error === undefined) continue;
    if (ignorable(ctx, error, path, opts)) return true;
    const what = error.code === 'ENOTDIR' ? 'failed to remove' : 'failed to remove directory';
    await ctx.error(`${what} ${quoteAlways(path)}: ${error.message}`);
    return false;
  }
}

/** rmdir(2), with Linux's answers for the cases our filesystem words differently. */
function removeDirectory(ctx: CommandContext, path: string): Errno | undefined {
  try {
    // Linux refuses "." (EINVAL) and ".." (ENOTEMPTY) as the last component, and never follows a symlink here.
    const base = basename(path);
    if (base === '..' || base === '.') {
      ctx.lookup(path);
      throw new Errno(base === '.' ? 'EINVAL' : 'ENOTEMPTY');
    }
    if (path.endsWith('/') && path.replace(/\/+$/, '') !== '' && ctx.lookup(path.replace(/\/+$/, ''), false).type === 'symlink') {
      throw new Errno('ENOTDIR');
    }
    // Linux checks permission on the parent before emptiness (rmdir /etc: Permission denied).
    const { parent, inode } = ctx.fs.resolve(ctx.proc.cred, ctx.proc.cwd, path, false);
    if (inode?.type === 'dir' && inode !== parent && !ctx.fs.canAccess(ctx.proc.cred, parent, W_OK | X_OK)) throw new Errno('EACCES');
    ctx.fs.rmdir(ctx.proc.cred, ctx.proc.cwd, path);
    return undefined;
  } catch (error) {
    if (error instanceof Errno) return error;
    throw error;
  }
}

/** --ignore-fail-on-non-empty: also when the error hides the fact that the directory has entries. */
function ignorable(ctx: CommandContext, error: Errno, path: string, opts: Options): boolean {
  if (!opts.ignoreNonEmpty) return false;
  if (error.code === 'ENOTEMPTY' || error.code === 'EEXIST') return true;
  if (!['EACCES', 'EPERM', 'EROFS', 'EBUSY'].includes(error.code)) return false;
  try {
    const inode = ctx.lookup(path);
    return inode.type === 'dir' && inode.entries.size > 0;
  } catch {
    return false;
  }
}

function symlinkToDirectoryWithSlash(ctx: CommandContext, path: string): boolean {
  if (!path.endsWith('/')) return false;
  try {
    return ctx.lookup(path.replace(/\/+$/, ''), false).type === 'symlink' && ctx.lookup(path).type === 'dir';
  } catch {
    return false;
  }
}
