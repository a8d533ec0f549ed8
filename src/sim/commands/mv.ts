// mv: renames files and directories (one filesystem, so every move is a rename(2)), with GNU's
// checks before overwriting: same file, -n, -u, -i (or a prompt for a write-protected target on a
// terminal), and directory versus non-directory.

import { defineCommand } from './command.ts';
import type { CommandContext } from './context.ts';
import { Unsupported } from './context.ts';
import { Errno } from '../kernel/errors.ts';
import type { Inode } from '../fs/inode.ts';
import { W_OK } from '../fs/filesystem.ts';
import { quoteAlways } from '../text/quote.ts';
import { confirm } from './rm.ts';
import { modeString } from './mode.ts';
import { pairOperands } from './cp-target.ts';

const HELP = `Usage: mv [OPTION]... [-T] SOURCE DEST
  or:  mv [OPTION]... SOURCE... DIRECTORY
  or:  mv [OPTION]... -t DIRECTORY SOURCE...
Rename SOURCE to DEST, or move SOURCE(s) to DIRECTORY.

Mandatory arguments to long options are mandatory for short options too.
      --backup[=CONTROL]       make a backup of each existing destination file
  -b                           like --backup but does not accept an argument
  -f, --force                  do not prompt before overwriting
  -i, --interactive            prompt before overwrite
  -n, --no-clobber             do not overwrite an existing file
If you specify more than one of -i, -f, -n, only the final one takes effect.
      --strip-trailing-slashes  remove any trailing slashes from each SOURCE
                                 argument
  -S, --suffix=SUFFIX          override the usual backup suffix
  -t, --target-directory=DIRECTORY  move all SOURCE arguments into DIRECTORY
  -T, --no-target-directory    treat DEST as a normal file
  -u, --update                 move only when the SOURCE file is newer
                                 than the destination file or when the
                                 destination file is missing
  -v, --verbose                explain what is being done
  -Z, --context                set SELinux security context of destination
                                 file to default type
      --help        display this help and exit
      --version     output version information and exit

The backup suffix is '~', unless set with --suffix or SIMPLE_BACKUP_SUFFIX.
The version control method may be selected via the --backup option or through
the VERSION_CONTROL environment variable.  Here are the values:

  none, off       never make backups (even if --backup is given)
  numbered, t     make numbered backups
  existing, nil   numbered if numbered backups exist, simple otherwise
  simple, never   always make simple backups
`;

interface Options {
  mode: 'force' | 'interactive' | 'no-clobber' | 'default';
  update: boolean;
  verbose: boolean;
}

export const mv = defineCommand({
  name: 'mv',
  summary: 'move (rename) files',
  help: HELP,
  async run(ctx) {
    const { options, operands } = ctx.parse([
      { long: 'backup', arg: 'optional' },
      { short: 'b' },
      { short: 'f', long: 'force' },
      { short: 'i', long: 'interactive' },
      { short: 'n', long: 'no-clobber' },
      { long: 'strip-trailing-slashes' },
      { short: 'S', long: 'suffix', arg: 'required' },
      { short: 't', long: 'target-directory', arg: 'required' },
      { short: 'T', long: 'no-target-directory' },
      { short: 'u', long: 'update' },
      { short: 'v', long: 'verbose' },
      { short: 'Z', long: 'context' },
    ]);
    const opts: Options = { mode: 'default', update: false, verbose: false };
    let targetDirectory: string | undefined;
    let noTargetDirectory = false;
    let stripSlashes = false;
    for (const { key, value, spelled } of options) {
      if (key === 'force') opts.mode = 'force';
      else if (key === 'interactive') opts.mode = 'interactive';
      else if (key === 'no-clobber') opts.mode = 'no-clobber';
      else if (key === 'strip-trailing-slashes') stripSlashes = true;
      else if (key === 'target-directory') targetDirectory = value;
      else if (key === 'no-target-directory') noTargetDirectory = true;
      else if (key === 'update') opts.update = true;
      else if (key === 'verbose') opts.verbose = true;
      else throw new Unsupported(spelled);
    }
    const sources = stripSlashes ? operands.map((o) => o.replace(/(.)\/+$/, '$1')) : operands;
    const pairs = await pairOperands(ctx, sources, targetDirectory, noTargetDirectory);
    if (typeof pairs === 'number') return pairs;
    let ok = true;
    for (const { source, dest } of pairs) {
      await ctx.tick(10);
      ok = (await move(ctx, source, dest, opts)) && ok;
    }
    return ok ? 0 : 1;
  },
});

async function move(ctx: CommandContext, src: string, dst: string, opts: Options): Promise<boolean> {
  let source: Inode;
  try {
    source = ctx.lookup(src, false);
  } catch (error) {
    if (!(error instanceof Errno)) throw error;
    await ctx.error(`cannot stat ${quoteAlways(src)}: ${error.message}`);
    return false;
  }
  const dest = find(ctx, dst);
  if (dest !== undefined) {
    if (dest === source) {
      await ctx.error(`${quoteAlways(src)} and ${quoteAlways(dst)} are the same file`);
      return false;
    }
    if (opts.mode === 'no-clobber') return true;
    if (opts.update && source.type !== 'dir' && dest.mtimeUs >= source.mtimeUs) return true;
    if (opts.mode === 'interactive') {
      if (!(await confirm(ctx, `overwrite ${quoteAlways(dst)}`))) return true;
    } else if (opts.mode === 'default' && dest.type !== 'symlink' && !ctx.fs.canAccess(ctx.proc.cred, dest, W_OK) && ctx.stdin.description.isTerminal()) {
      const mode = `${(dest.mode & 0o7777).toString(8).padStart(4, '0')} (${modeString(dest.type, dest.mode).slice(1)})`;
      if (!(await confirm(ctx, `replace ${quoteAlways(dst)}, overriding mode ${mode}`))) return true;
    }
    if (dest.type === 'dir' && source.type !== 'dir') {
      await ctx.error(`cannot overwrite directory ${quoteAlways(dst)} with non-directory`);
      return false;
    }
    if (dest.type !== 'dir' && source.type === 'dir') {
      await ctx.error(`cannot overwrite non-directory ${quoteAlways(dst)} with directory ${quoteAlways(src)}`);
      return false;
    }
  }
  try {
    ctx.fs.rename(ctx.proc.cred, ctx.proc.cwd, src, dst);
  } catch (error) {
    if (!(error instanceof Errno)) throw error;
    if (error.code === 'EINVAL' && source.type === 'dir') {
      await ctx.error(`cannot move ${quoteAlways(src)} to a subdirectory of itself, ${quoteAlways(dst)}`);
    } else {
      await ctx.error(`cannot move ${quoteAlways(src)} to ${quoteAlways(dst)}: ${error.message}`);
    }
    return false;
  }
  if (opts.verbose) await ctx.stdout.write(`renamed ${quoteAlways(src)} -> ${quoteAlways(dst)}\n`);
  return true;
}

function find(ctx: CommandContext, path: string): Inode | undefined {
  try {
    return ctx.lookup(path, false);
  } catch {
    return undefined;
  }
}
