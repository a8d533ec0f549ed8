// ln: hard links (link(2)) and symbolic links, into a directory or under a new name, replacing
// existing names with -f, with GNU's target-directory rules and its exact failure messages.

import { defineCommand } from './command.ts';
import type { CommandContext } from './context.ts';
import { Unsupported } from './context.ts';
import { Errno } from '../kernel/errors.ts';
import type { Inode } from '../fs/inode.ts';
import { basename } from '../fs/path.ts';
import { quoteAlways, quoteName } from '../text/quote.ts';
import { confirm } from './rm.ts';
import { childPath } from './cp-paths.ts';
import { relativeLinkText } from './ln-relative.ts';

const HELP = `Usage: ln [OPTION]... [-T] TARGET LINK_NAME
  or:  ln [OPTION]... TARGET
  or:  ln [OPTION]... TARGET... DIRECTORY
  or:  ln [OPTION]... -t DIRECTORY TARGET...
In the 1st form, create a link to TARGET with the name LINK_NAME.
In the 2nd form, create a link to TARGET in the current directory.
In the 3rd and 4th forms, create links to each TARGET in DIRECTORY.
Create hard links by default, symbolic links with --symbolic.
By default, each destination (name of new link) should not already exist.
When creating hard links, each TARGET must exist.  Symbolic links
can hold arbitrary text; if later resolved, a relative link is
interpreted in relation to its parent directory.

Mandatory arguments to long options are mandatory for short options too.
      --backup[=CONTROL]      make a backup of each existing destination file
  -b                          like --backup but does not accept an argument
  -d, -F, --directory         allow the superuser to attempt to hard link
                                directories (note: will probably fail due to
                                system restrictions, even for the superuser)
  -f, --force                 remove existing destination files
  -i, --interactive           prompt whether to remove destinations
  -L, --logical               dereference TARGETs that are symbolic links
  -n, --no-dereference        treat LINK_NAME as a normal file if
                                it is a symbolic link to a directory
  -P, --physical              make hard links directly to symbolic links
  -r, --relative              with -s, create links relative to link location
  -s, --symbolic              make symbolic links instead of hard links
  -S, --suffix=SUFFIX         override the usual backup suffix
  -t, --target-directory=DIRECTORY  specify the DIRECTORY in which to create
                                the links
  -T, --no-target-directory   treat LINK_NAME as a normal file always
  -v, --verbose               print name of each linked file
      --help        display this help and exit
      --version     output version information and exit

The backup suffix is '~', unless set with --suffix or SIMPLE_BACKUP_SUFFIX.
The version control method may be selected via the --backup option or through
the VERSION_CONTROL environment variable.  Here are the values:

  none, off       never make backups (even if --backup is given)
  numbered, t     make numbered backups
  existing, nil   numbered if numbered backups exist, simple otherwise
  simple, never   always make simple backups

Using -s ignores -L and -P.  Otherwise, the last option specified controls
behavior when a TARGET is a symbolic link, defaulting to -P.
`;

interface Options {
  symbolic: boolean;
  force: boolean;
  interactive: boolean;
  logical: boolean;
  noDereference: boolean;
  relative: boolean;
  verbose: boolean;
  directoryLinks: boolean;
}

export const ln = defineCommand({
  name: 'ln',
  summary: 'make links between files',
  help: HELP,
  async run(ctx) {
    const { options, operands } = ctx.parse([
      { long: 'backup', arg: 'optional' },
      { short: 'b' },
      { short: 'd', long: 'directory' },
      { short: 'F', key: 'directory' },
      { short: 'f', long: 'force' },
      { short: 'i', long: 'interactive' },
      { short: 'L', long: 'logical' },
      { short: 'n', long: 'no-dereference' },
      { short: 'P', long: 'physical' },
      { short: 'r', long: 'relative' },
      { short: 's', long: 'symbolic' },
      { short: 'S', long: 'suffix', arg: 'required' },
      { short: 't', long: 'target-directory', arg: 'required' },
      { short: 'T', long: 'no-target-directory' },
      { short: 'v', long: 'verbose' },
    ]);
    const opts: Options = { symbolic: false, force: false, interactive: false, logical: false, noDereference: false, relative: false, verbose: false, directoryLinks: false };
    let targetDirectory: string | undefined;
    let noTargetDirectory = false;
    for (const { key, value, spelled } of options) {
      if (key === 'backup' || key === 'b' || key === 'suffix') throw new Unsupported(spelled);
      else if (key === 'directory') opts.directoryLinks = true;
      else if (key === 'force') [opts.force, opts.interactive] = [true, false];
      else if (key === 'interactive') [opts.interactive, opts.force] = [true, false];
      else if (key === 'logical') opts.logical = true;
      else if (key === 'physical') opts.logical = false;
      else if (key === 'no-dereference') opts.noDereference = true;
      else if (key === 'relative') opts.relative = true;
      else if (key === 'symbolic') opts.symbolic = true;
      else if (key === 'verbose') opts.verbose = true;
      else if (key === 'no-target-directory') noTargetDirectory = true;
      else if (key === 'target-directory') {
        if (targetDirectory !== undefined) return ctx.usageError('multiple target directories specified');
        targetDirectory = value;
      }
    }
    if (opts.relative && !opts.symbolic) return ctx.usageError('cannot do --relative without --symbolic');
    if (operands.length === 0) return ctx.usageError('missing file operand');
    if (noTargetDirectory) {
      if (targetDirectory !== undefined) {
        await ctx.error('cannot combine --target-directory and --no-target-directory');
        return 1;
      }
      if (operands.length < 2) return ctx.usageError(`missing destination file operand after ${quoteAlways(operands[0])}`);
      if (operands.length > 2) return ctx.usageError(`extra operand ${quoteAlways(operands[2])}`);
      return (await link(ctx, operands[0], operands[1], opts)) ? 0 : 1;
    }
    let sources = operands;
    if (targetDirectory !== undefined) {
      const problem = directoryProblem(ctx, targetDirectory, true);
      if (problem !== undefined) {
        await ctx.error(problem.code === 'ENOTDIR' ? `target ${quoteAlways(targetDirectory)} is not a directory` : `failed to access ${quoteAlways(targetDirectory)}: ${problem.message}`);
        return 1;
      }
    } else if (operands.length === 1) {
      targetDirectory = '.';
    } else {
      const last = operands[operands.length - 1];
      const problem = directoryProblem(ctx, last, !(opts.noDereference && operands.length === 2));
      if (problem === undefined) {
        targetDirectory = last;
        sources = operands.slice(0, -1);
      } else if (operands.length > 2) {
        await ctx.error(`target ${quoteAlways(last)}: ${problem.message}`);
        return 1;
      } else {
        return (await link(ctx, operands[0], operands[1], opts)) ? 0 : 1;
      }
    }
    let ok = true;
    for (const source of sources) {
      await ctx.tick(5);
      const dest = targetDirectory === '.' && operands.length === 1 ? `./${basename(source)}` : childPath(targetDirectory, basename(source));
      ok = (await link(ctx, source, dest, opts)) && ok;
    }
    return ok ? 0 : 1;
  },
});

/** Why `path` cannot serve as the target directory, or undefined when it can. */
function directoryProblem(ctx: CommandContext, path: string, follow: boolean): Errno | undefined {
  try {
    return ctx.lookup(path, follow).type === 'dir' ? undefined : new Errno('ENOTDIR');
  } catch (error) {
    if (error instanceof Errno) return error;
    throw error;
  }
}

async function link(ctx: CommandContext, source: string, dest: string, opts: Options): Promise<boolean> {
  let sourceInode: Inode | undefined;
  if (!opts.symbolic) {
    try {
      sourceInode = ctx.lookup(source, opts.logical);
    } catch (error) {
      if (!(error instanceof Errno)) throw error;
      await ctx.error(`failed to access ${quoteAlways(source)}: ${error.message}`);
      return false;
    }
    if (sourceInode.type === 'dir' && !opts.directoryLinks) {
      await ctx.error(`${quoteName(source)}: hard link not allowed for directory`);
      return false;
    }
  }
  const text = opts.symbolic && opts.relative ? relativeLinkText(ctx, source, dest) : source;
  let existing: Inode | undefined;
  try {
    existing = ctx.lookup(dest, false);
  } catch {
    existing = undefined;
  }
  if (existing !== undefined && (opts.force || opts.interactive)) {
    if (existing.type === 'dir') {
      await ctx.error(`${quoteName(dest)}: cannot overwrite directory`);
      return false;
    }
    if (sameFile(ctx, source, sourceInode, existing, opts)) {
      await ctx.error(`${quoteAlways(source)} and ${quoteAlways(dest)} are the same file`);
      return false;
    }
    if (opts.interactive && !(await confirm(ctx, `replace ${quoteAlways(dest)}`))) return true;
  }
  try {
    if (existing !== undefined && (opts.force || opts.interactive)) ctx.fs.unlink(ctx.proc.cred, ctx.proc.cwd, dest);
    makeLink(ctx, opts.symbolic ? text : opts.logical ? ctx.fs.realpath(ctx.proc.cred, ctx.proc.cwd, source) : source, dest, opts.symbolic);
  } catch (error) {
    if (!(error instanceof Errno)) throw error;
    await ctx.error(failureMessage(error, text, dest, opts.symbolic));
    return false;
  }
  if (opts.verbose) await ctx.stdout.write(`${quoteAlways(dest)} ${opts.symbolic ? '-' : '='}> ${quoteAlways(text)}\n`);
  return true;
}

function sameFile(ctx: CommandContext, source: string, sourceInode: Inode | undefined, dest: Inode, opts: Options): boolean {
  if (!opts.symbolic) return sourceInode === dest;
  try {
    return ctx.lookup(source, true) === dest;
  } catch {
    return false;
  }
}

/** symlink(2) or link(2), including Linux's answers for an empty target and a trailing slash. */
function makeLink(ctx: CommandContext, target: string, dest: string, symbolic: boolean): void {
  if (symbolic && target === '') throw new Errno('ENOENT');
  if (dest.endsWith('/') && dest.replace(/\/+$/, '') !== '') {
    ctx.lookup(dest.replace(/\/+$/, ''), false);
    throw new Errno('EEXIST');
  }
  if (symbolic) ctx.fs.symlink(ctx.proc.cred, ctx.proc.cwd, target, dest);
  else ctx.fs.hardlink(ctx.proc.cred, ctx.proc.cwd, target, dest);
}

function failureMessage(error: Errno, source: string, dest: string, symbolic: boolean): string {
  const to = quoteAlways(dest);
  if (symbolic) {
    const what = error.code !== 'ENAMETOOLONG' && source !== '' ? `failed to create symbolic link ${to}` : `failed to create symbolic link ${to} -> ${quoteAlways(source)}`;
    return `${what}: ${error.message}`;
  }
  const short = ['EEXIST', 'ENOSPC', 'EROFS'].includes(error.code);
  return `${short ? `failed to create hard link ${to}` : `failed to create hard link ${to} => ${quoteAlways(source)}`}: ${error.message}`;
}
