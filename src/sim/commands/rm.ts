// rm, as GNU coreutils 9.1: the prompting modes (-i always, -I once, write-protected files only
// when standard input is a terminal), the checks on command-line arguments ('.' and '..', and '/'
// under --preserve-root), and the recursive walk that prompts and removes depth first.

import { defineCommand } from './command.ts';
import type { CommandContext } from './context.ts';
import { Errno } from '../kernel/errors.ts';
import { quoteAlways } from '../text/quote.ts';
import { basename } from '../fs/path.ts';
import type { DirInode, Inode } from '../fs/inode.ts';
import { W_OK } from '../fs/filesystem.ts';
import { argmatch } from './cp-argmatch.ts';

const HELP = `Usage: rm [OPTION]... [FILE]...
Remove (unlink) the FILE(s).

  -f, --force           ignore nonexistent files and arguments, never prompt
  -i                    prompt before every removal
  -I                    prompt once before removing more than three files, or
                          when removing recursively; less intrusive than -i,
                          while still giving protection against most mistakes
      --interactive[=WHEN]  prompt according to WHEN: never, once (-I), or
                          always (-i); without WHEN, prompt always
      --one-file-system  when removing a hierarchy recursively, skip any
                          directory that is on a file system different from
                          that of the corresponding command line argument
      --no-preserve-root  do not treat '/' specially
      --preserve-root[=all]  do not remove '/' (default);
                              with 'all', reject any command line argument
                              on a separate device from its parent
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

/** GNU's RMI_NEVER / RMI_SOMETIMES / RMI_ALWAYS: sometimes = write-protected files on a terminal. */
type Prompting = 'never' | 'sometimes' | 'always';

interface Options {
  prompting: Prompting;
  /** -f: a missing file is no error (and write-protected files are not asked about). */
  ignoreMissing: boolean;
  recursive: boolean;
  dirs: boolean;
  verbose: boolean;
  preserveRoot: boolean;
}

const WHEN = [['never', 'no', 'none'], 'once', ['always', 'yes']] as const;

export const rm = defineCommand({
  name: 'rm',
  summary: 'remove files or directories',
  help: HELP,
  async run(ctx) {
    const { options, operands } = ctx.parse([
      { short: 'f', long: 'force' },
      { short: 'i' },
      { short: 'I' },
      { long: 'interactive', arg: 'optional' },
      { long: 'one-file-system' },
      { long: 'no-preserve-root' },
      { long: 'preserve-root', arg: 'optional' },
      { short: 'r', long: 'recursive' },
      { short: 'R', key: 'recursive' },
      { short: 'd', long: 'dir' },
      { short: 'v', long: 'verbose' },
    ]);
    const opts: Options = { prompting: 'sometimes', ignoreMissing: false, recursive: false, dirs: false, verbose: false, preserveRoot: true };
    let promptOnce = false;
    for (const { key, value } of options) {
      // -i and -I (and --interactive=always/once) also undo an earlier -f, as in GNU.
      let mode: 'always' | 'once' | undefined;
      if (key === 'force') [opts.prompting, opts.ignoreMissing, promptOnce] = ['never', true, false];
      else if (key === 'i') mode = 'always';
      else if (key === 'I') mode = 'once';
      else if (key === 'interactive') {
        const word = value === undefined ? 'always' : await argmatch(ctx, value, WHEN, '--interactive');
        if (typeof word === 'number') return word;
        // --interactive=never leaves -f's "ignore missing files" as it was.
        if (word === 'never' || word === 'no' || word === 'none') [opts.prompting, promptOnce] = ['never', false];
        else mode = word === 'once' ? 'once' : 'always';
      } else if (key === 'one-file-system') {
        // The playground has a single file system: nothing is ever on another one.
      } else if (key === 'no-preserve-root') {
        // GNU insists on the full spelling of this one, so that it is never typed by accident.
        const end = ctx.args.indexOf('--');
        if (ctx.args.slice(0, end < 0 ? undefined : end).some(isAbbreviatedNoPreserveRoot)) {
          await ctx.error('you may not abbreviate the --no-preserve-root option');
          return 1;
        }
        opts.preserveRoot = false;
      } else if (key === 'preserve-root') {
        // "all" also rejects mount points, and there are none here.
        if (value !== undefined && value !== 'all') {
          await ctx.error(`unrecognized --preserve-root argument: ${quoteAlways(value)}`);
          return 1;
        }
        opts.preserveRoot = true;
      } else if (key === 'recursive') opts.recursive = true;
      else if (key === 'dir') opts.dirs = true;
      else if (key === 'verbose') opts.verbose = true;
      if (mode !== undefined) [opts.prompting, opts.ignoreMissing, promptOnce] = [mode === 'once' ? 'sometimes' : 'always', false, mode === 'once'];
    }
    if (operands.length === 0) {
      if (opts.ignoreMissing) return 0;
      return ctx.usageError('missing operand');
    }
    if (promptOnce && (opts.recursive || operands.length > 3)) {
      const count = operands.length;
      const question = `remove ${count} ${count === 1 ? 'argument' : 'arguments'}${opts.recursive ? ' recursively' : ''}`;
      if (!(await confirm(ctx, question))) return 0;
    }
    let status = 0;
    for (const operand of operands) {
      if (!(await remove(ctx, operand, opts, true))) status = 1;
    }
    return status;
  },
});

function isAbbreviatedNoPreserveRoot(arg: string): boolean {
  const full = '--no-preserve-root';
  const name = arg.includes('=') ? arg.slice(0, arg.indexOf('=')) : arg;
  return name.length > 2 && name !== full && full.startsWith(name);
}

/** Removes one file or tree; false when something could not be removed (already reported). */
async function remove(ctx: CommandContext, path: string, opts: Options, commandLine: boolean): Promise<boolean> {
  let inode: Inode;
  try {
    inode = ctx.lookup(path, false);
  } catch (error) {
    if (!(error instanceof Errno)) throw error;
    if (opts.ignoreMissing && error.code === 'ENOENT') return true;
    await ctx.error(`cannot remove ${quoteAlways(path)}: ${error.message}`);
    return false;
  }
  await ctx.tick(5);
  if (inode.type === 'dir') return removeDir(ctx, path, inode, opts, commandLine);
  if (opts.prompting !== 'never') {
    const writeProtected = isWriteProtected(ctx, inode, opts);
    if (writeProtected || opts.prompting === 'always') {
      const question = `remove ${writeProtected ? 'write-protected ' : ''}${fileType(inode)} ${quoteAlways(path)}`;
      if (!(await confirm(ctx, question))) return true;
    }
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

async function removeDir(ctx: CommandContext, path: string, dir: DirInode, opts: Options, commandLine: boolean): Promise<boolean> {
  const empty = dir.entries.size === 0;
  // A directory rm may not descend into is refused before the checks on arguments, as in GNU.
  if (!opts.recursive && !(opts.dirs && empty)) {
    await ctx.error(`cannot remove ${quoteAlways(path)}: ${opts.dirs ? 'Directory not empty' : 'Is a directory'}`);
    return false;
  }
  if (commandLine) {
    const base = basename(path);
    if (base === '.' || base === '..') {
      await ctx.error(`refusing to remove '.' or '..' directory: skipping ${quoteAlways(path)}`);
      return false;
    }
    if (opts.recursive && opts.preserveRoot && dir === ctx.fs.root) {
      await ctx.error(`it is dangerous to operate recursively on ${quoteAlways(path)}${path === '/' ? '' : " (same as '/')"}`);
      await ctx.error('use --no-preserve-root to override this failsafe');
      return false;
    }
  }
  if (!empty) {
    if (opts.prompting === 'always' && !(await confirm(ctx, `descend into directory ${quoteAlways(path)}`))) return true;
    let ok = true;
    for (const name of [...dir.entries.keys()]) {
      if (!(await remove(ctx, path.endsWith('/') ? path + name : `${path}/${name}`, opts, false))) ok = false;
    }
    if (!ok) return false;
  }
  if (opts.prompting === 'always' && !(await confirm(ctx, `remove directory ${quoteAlways(path)}`))) return true;
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

/** GNU asks about a write-protected file under -i, or when standard input is a terminal; never under -f. */
function isWriteProtected(ctx: CommandContext, inode: Inode, opts: Options): boolean {
  if (opts.ignoreMissing || inode.type === 'symlink') return false;
  if (opts.prompting !== 'always' && !ctx.stdin.description.isTerminal()) return false;
  return !ctx.fs.canAccess(ctx.proc.cred, inode, W_OK);
}

/** file_type() of gnulib, as the prompts name things. */
function fileType(inode: Inode): string {
  switch (inode.type) {
    case 'file': return inode.size === 0 ? 'regular empty file' : 'regular file';
    case 'symlink': return 'symbolic link';
    case 'fifo': return 'fifo';
    case 'dir': return 'directory';
    case 'device': return 'character special file';
  }
}

/** Asks on stderr and reads a line from stdin: yes if it starts with y or Y. */
export async function confirm(ctx: CommandContext, question: string): Promise<boolean> {
  await ctx.stdout.flush();
  await ctx.stderr.write(`${ctx.name}: ${question}? `);
  const answer = await ctx.stdin.nextLine();
  return answer !== null && /^[yY]/.test(answer);
}
