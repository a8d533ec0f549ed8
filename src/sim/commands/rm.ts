import { defineCommand } from './command.ts';
import type { CommandContext } from './context.ts';
import { Errno } from '../kernel/errors.ts';
import { quoteAlways } from '../text/quote.ts';
import { basename } from '../fs/path.ts';
import type { Inode } from '../fs/inode.ts';
import { W_OK } from '../fs/filesystem.ts';

const HELP = `Usage: rm [OPTION]... [FILE]...
Remove (unlink) the FILE(s).

  -f, --force           ignore nonexistent files and arguments, never prompt
  -i                    prompt before every removal
  -I                    prompt once before removing more than three files, or
                          when removing recursively; less intrusive than -i,
                          while still giving protection against most mistakes
  -r, -R, --recursive   remove directories and their contents recursively
  -d, --dir             remove empty directories
  -v, --verbose         explain what is being done
      --help        display this help and exit
      --version     output version information and exit

By default, rm does not remove directories.  Use the --recursive (-r or -R)
option to remove each listed directory, too, along with all of its contents.

To remove a file whose name starts with a '-', for example '-foo',
use one of these commands:
  rm -- -foo

  rm ./-foo

Note that if you use rm to remove a file, it might be possible to recover
some of its contents, given sufficient expertise and/or time.  For greater
assurance that the contents are truly unrecoverable, consider using shred(1).
`;

interface Options {
  force: boolean;
  interactive: boolean;
  recursive: boolean;
  dirs: boolean;
  verbose: boolean;
}

export const rm = defineCommand({
  name: 'rm',
  summary: 'remove files or directories',
  help: HELP,
  async run(ctx) {
    const { options, operands } = ctx.parse([
      { short: 'f', long: 'force' },
      { short: 'i' },
      { short: 'I' },
      { short: 'r', long: 'recursive' },
      { short: 'R', key: 'recursive' },
      { short: 'd', long: 'dir' },
      { short: 'v', long: 'verbose' },
    ]);
    const opts: Options = { force: false, interactive: false, recursive: false, dirs: false, verbose: false };
    for (const { key } of options) {
      if (key === 'force') [opts.force, opts.interactive] = [true, false];
      else if (key === 'i') [opts.interactive, opts.force] = [true, false];
      else if (key === 'recursive') opts.recursive = true;
      else if (key === 'dir') opts.dirs = true;
      else if (key === 'verbose') opts.verbose = true;
    }
    if (operands.length === 0) {
      if (opts.force) return 0;
      return ctx.usageError('missing operand');
    }
    let status = 0;
    for (const operand of operands) {
      const base = basename(operand);
      if (base === '.' || base === '..') {
        await ctx.error(`refusing to remove '.' or '..' directory: skipping ${quoteAlways(operand)}`);
        status = 1;
        continue;
      }
      if (!(await remove(ctx, operand, opts))) status = 1;
    }
    return status;
  },
});

async function remove(ctx: CommandContext, path: string, opts: Options): Promise<boolean> {
  let inode: Inode;
  try {
    inode = ctx.lookup(path, false);
  } catch (error) {
    if (!(error instanceof Errno)) throw error;
    if (opts.force && error.code === 'ENOENT') return true;
    await ctx.error(`cannot remove ${quoteAlways(path)}: ${error.message}`);
    return false;
  }
  await ctx.tick(5);
  if (inode.type === 'dir') {
    if (!opts.recursive) {
      if (opts.dirs) return unlinkDir(ctx, path, opts);
      await ctx.error(`cannot remove ${quoteAlways(path)}: Is a directory`);
      return false;
    }
    if (opts.interactive && !(await confirm(ctx, `descend into directory ${quoteAlways(path)}`))) return true;
    let ok = true;
    for (const name of [...inode.entries.keys()]) {
      if (!(await remove(ctx, path.endsWith('/') ? path + name : `${path}/${name}`, opts))) ok = false;
    }
    if (!ok) return false;
    return unlinkDir(ctx, path, opts);
  }
  if (opts.interactive) {
    const kind = inode.type === 'file' ? (inode.size === 0 ? 'regular empty file' : 'regular file') : inode.type === 'symlink' ? 'symbolic link' : inode.type === 'fifo' ? 'fifo' : 'file';
    if (!(await confirm(ctx, `remove ${kind} ${quoteAlways(path)}`))) return true;
  } else if (!opts.force && inode.type !== 'symlink' && !ctx.fs.canAccess(ctx.proc.cred, inode, W_OK) && ctx.stdin.description.isTerminal()) {
    const kind = inode.type === 'file' ? (inode.size === 0 ? 'regular empty file' : 'regular file') : 'file';
    if (!(await confirm(ctx, `remove write-protected ${kind} ${quoteAlways(path)}`))) return true;
  }
  try {
    ctx.fs.unlink(ctx.proc.cred, ctx.proc.cwd, path);
  } catch (error) {
    if (!(error instanceof Errno)) throw error;
    await ctx.error(`cannot remove ${quoteAlways(path)}: ${error.message}`);
    return false;
  }
  if (opts.verbose) await ctx.stdout.write(`removed ${quoteAlways(path)}\n`);
  return true;
}

async function unlinkDir(ctx: CommandContext, path: string, opts: Options): Promise<boolean> {
  if (opts.interactive && !(await confirm(ctx, `remove directory ${quoteAlways(path)}`))) return true;
  try {
    ctx.fs.rmdir(ctx.proc.cred, ctx.proc.cwd, path);
  } catch (error) {
    if (!(error instanceof Errno)) throw error;
    await ctx.error(`cannot remove ${quoteAlways(path)}: ${error.message}`);
    return false;
  }
  if (opts.verbose) await ctx.stdout.write(`removed directory ${quoteAlways(path)}\n`);
  return true;
}

/** Asks on stderr and reads a line from stdin: yes if it starts with y or Y. */
export async function confirm(ctx: CommandContext, question: string): Promise<boolean> {
  await ctx.stdout.flush();
  await ctx.stderr.write(`${ctx.name}: ${question}? `);
  const answer = await ctx.stdin.nextLine();
  return answer !== null && /^[yY]/.test(answer);
}
