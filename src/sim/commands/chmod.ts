// chmod: changes permission bits, walking directories with -R the way GNU's fts loop does
// (a directory is changed before it is read, so `chmod -R 000 d` cannot then read d), and
// describing each change with -v/-c in GNU's words.

import { defineCommand } from './command.ts';
import type { CommandContext } from './context.ts';
import { getopt } from './getopt.ts';
import { Errno } from '../kernel/errors.ts';
import type { Inode } from '../fs/inode.ts';
import { R_OK, X_OK } from '../fs/filesystem.ts';
import { quoteAlways, quoteLocale, quoteName } from '../text/quote.ts';
import { modeString } from './mode.ts';
import { adjustMode, compileMode, exactMode, type ModeChange } from './chmod-mode.ts';
import { childPath } from './cp-paths.ts';

const HELP = `Usage: chmod [OPTION]... MODE[,MODE]... FILE...
  or:  chmod [OPTION]... OCTAL-MODE FILE...
  or:  chmod [OPTION]... --reference=RFILE FILE...
Change the mode of each FILE to MODE.
With --reference, change the mode of each FILE to that of RFILE.

  -c, --changes          like verbose but report only when a change is made
  -f, --silent, --quiet  suppress most error messages
  -v, --verbose          output a diagnostic for every file processed
      --no-preserve-root  do not treat '/' specially (the default)
      --preserve-root    fail to operate recursively on '/'
      --reference=RFILE  use RFILE's mode instead of MODE values
  -R, --recursive        change files and directories recursively
      --help        display this help and exit
      --version     output version information and exit

Each MODE is of the form '[ugoa]*([-+=]([rwxXst]*|[ugo]))+|[-+=][0-7]+'.
`;

type Verbosity = 'off' | 'changes' | 'high';
type Status = 'no-stat' | 'failed' | 'not-applied' | 'no-change' | 'succeeded';

interface Options {
  verbosity: Verbosity;
  silent: boolean;
  recursive: boolean;
  preserveRoot: boolean;
  changes: ModeChange[];
  umask: number;
  /** Set for modes written like options (chmod -w f): warn when the umask changes the result. */
  diagnoseSurprises: boolean;
}

/** Mode characters that getopt would take as options ("chmod -w f"). */
const MODE_OPTION_CHARS = 'rwxXstugoa,+=01234567';

export const chmod = defineCommand({
  name: 'chmod',
  summary: 'change file mode bits',
  help: HELP,
  async run(ctx) {
    const { args, modeFromOptions } = separateModeOptions(ctx.args);
    const { options, operands } = getopt(args, [
      { short: 'c', long: 'changes' },
      { short: 'f', long: 'silent', key: 'silent' },
      { long: 'quiet', key: 'silent' },
      { short: 'v', long: 'verbose' },
      { long: 'no-preserve-root' },
      { long: 'preserve-root' },
      { long: 'reference', arg: 'required' },
      { short: 'R', long: 'recursive' },
    ]);
    const opts: Options = { verbosity: 'off', silent: false, recursive: false, preserveRoot: false, changes: [], umask: 0, diagnoseSurprises: modeFromOptions !== undefined };
    let reference: string | undefined;
    for (const { key, value } of options) {
      if (key === 'changes') opts.verbosity = 'changes';
      else if (key === 'verbose') opts.verbosity = 'high';
      else if (key === 'silent') opts.silent = true;
      else if (key === 'no-preserve-root') opts.preserveRoot = false;
      else if (key === 'preserve-root') opts.preserveRoot = true;
      else if (key === 'recursive') opts.recursive = true;
      else if (key === 'reference') reference = value;
    }
    let mode = modeFromOptions;
    const files = [...operands];
    if (reference !== undefined) {
      if (mode !== undefined) return ctx.usageError('cannot combine mode and --reference options');
    } else if (mode === undefined) {
      mode = files.shift();
      if (mode !== undefined && files.length === 0) return ctx.usageError(`missing operand after ${quoteLocale(mode)}`);
    }
    if (files.length === 0) return ctx.usageError('missing operand');
    if (reference !== undefined) {
      try {
        opts.changes = exactMode(ctx.lookup(reference).mode);
      } catch (error) {
        if (!(error instanceof Errno)) throw error;
        await ctx.error(`failed to get attributes of ${quoteAlways(reference)}: ${error.message}`);
        return 1;
      }
    } else {
      const compiled = compileMode(mode!);
      if (compiled === undefined) return ctx.usageError(`invalid mode: ${quoteLocale(mode!)}`);
      opts.changes = compiled;
      opts.umask = ctx.proc.umask;
    }
    let ok = true;
    for (const file of files) ok = (await chmodOperand(ctx, file, opts)) && ok;
    return ok ? 0 : 1;
  },
});

/** Takes "-w", "-rx", "-644"... out of the arguments: chmod reads them as a mode, not options. */
function separateModeOptions(args: readonly string[]): { args: string[]; modeFromOptions: string | undefined } {
  const rest: string[] = [];
  let mode: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      rest.push(...args.slice(i));
      break;
    }
    if (arg.startsWith('-') && !arg.startsWith('--') && arg.length > 1) {
      const at = [...arg.slice(1)].findIndex((c) => MODE_OPTION_CHARS.includes(c));
      if (at >= 0 && [...arg.slice(1, at + 1)].every((c) => 'cfvR'.includes(c))) {
        mode = mode === undefined ? arg : `${mode},${arg}`;
        if (at > 0) rest.push(arg.slice(0, at + 1));
        continue;
      }
    }
    rest.push(arg);
  }
  return { args: rest, modeFromOptions: mode };
}

async function chmodOperand(ctx: CommandContext, file: string, opts: Options): Promise<boolean> {
  let inode: Inode;
  try {
    inode = ctx.lookup(file, true);
  } catch (error) {
    if (!(error instanceof Errno)) throw error;
    let dangling = false;
    try {
      dangling = error.code === 'ENOENT' && ctx.lookup(file, false).type === 'symlink';
    } catch {
      dangling = false;
    }
    if (!opts.silent) await ctx.error(dangling ? `cannot operate on dangling symlink ${quoteAlways(file)}` : `cannot access ${quoteAlways(file)}: ${error.message}`);
    if (opts.verbosity === 'high') await ctx.stdout.write(`${quoteAlways(file)} could not be accessed\n`);
    return false;
  }
  if (opts.recursive && opts.preserveRoot && inode === ctx.fs.root) {
    const same = file === '/' ? '' : ` (same as ${quoteAlways('/')})`;
    await ctx.error(`it is dangerous to operate recursively on ${quoteAlways(file)}${same}`);
    await ctx.error('use --no-preserve-root to override this failsafe');
    return false;
  }
  return visit(ctx, file, inode, opts);
}

async function visit(ctx: CommandContext, path: string, inode: Inode, opts: Options): Promise<boolean> {
  await ctx.tick(5);
  const old = inode.mode;
  let status: Status = 'not-applied';
  let wanted = old & 0o7777;
  if (inode.type !== 'symlink') {
    wanted = adjustMode(old, inode.type === 'dir', opts.umask, opts.changes);
    try {
      ctx.fs.chmod(ctx.proc.cred, inode, wanted);
      status = (old ^ wanted) & 0o7777 ? 'succeeded' : 'no-change';
    } catch (error) {
      if (!(error instanceof Errno)) throw error;
      if (!opts.silent) await ctx.error(`changing permissions of ${quoteAlways(path)}: ${error.message}`);
      status = 'failed';
    }
  }
  if (opts.verbosity === 'high' || (opts.verbosity === 'changes' && status === 'succeeded')) await describe(ctx, path, inode, old, wanted, status);
  if ((status === 'no-change' || status === 'succeeded') && opts.diagnoseSurprises) {
    const naive = adjustMode(old, inode.type === 'dir', 0, opts.changes);
    if (wanted & ~naive) {
      await ctx.error(`${quoteName(path)}: new permissions are ${perms(inode, wanted)}, not ${perms(inode, naive)}`);
      status = 'failed';
    }
  }
  let ok = status !== 'failed';
  if (opts.recursive && inode.type === 'dir') ok = (await visitChildren(ctx, path, inode, opts)) && ok;
  return ok;
}

async function visitChildren(ctx: CommandContext, path: string, dir: Inode & { type: 'dir' }, opts: Options): Promise<boolean> {
  const cred = ctx.proc.cred;
  if (!ctx.fs.canAccess(cred, dir, R_OK)) {
    if (!opts.silent) await ctx.error(`cannot read directory ${quoteAlways(path)}: Permission denied`);
    if (opts.verbosity === 'high') await ctx.stdout.write(`${quoteAlways(path)} could not be accessed\n`);
    return false;
  }
  let ok = true;
  for (const [name, child] of [...dir.entries]) {
    const childName = childPath(path, name);
    // Reading names needs r; looking at each entry needs x on the directory.
    if (!ctx.fs.canAccess(cred, dir, X_OK)) {
      if (!opts.silent) await ctx.error(`cannot access ${quoteAlways(childName)}: Permission denied`);
      if (opts.verbosity === 'high') await ctx.stdout.write(`${quoteAlways(childName)} could not be accessed\n`);
      ok = false;
      continue;
    }
    ok = (await visit(ctx, childName, child, opts)) && ok;
  }
  return ok;
}

async function describe(ctx: CommandContext, path: string, inode: Inode, old: number, wanted: number, status: Status): Promise<void> {
  const name = quoteAlways(path);
  const octal = (mode: number): string => (mode & 0o7777).toString(8).padStart(4, '0');
  let line: string;
  if (status === 'not-applied') line = `neither symbolic link ${name} nor referent has been changed`;
  else if (status === 'no-change') line = `mode of ${name} retained as ${octal(wanted)} (${perms(inode, wanted)})`;
  else {
    const verb = status === 'succeeded' ? `mode of ${name} changed from` : `failed to change mode of ${name} from`;
    line = `${verb} ${octal(old)} (${perms(inode, old)}) to ${octal(wanted)} (${perms(inode, wanted)})`;
  }
  await ctx.stdout.write(`${line}\n`);
}

function perms(inode: Inode, mode: number): string {
  return modeString(inode.type, mode).slice(1);
}
