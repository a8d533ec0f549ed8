// The copy engine of cp, after coreutils' copy_internal: one source to one destination, recursing
// into directories, with the same checks in the same order (same file, -n/-u/-i, directory versus
// non-directory), regular files copied in chunks, and symlinks, fifos and hard links recreated.

import type { CommandContext } from './context.ts';
import { Errno } from '../kernel/errors.ts';
import type { DirInode, Inode } from '../fs/inode.ts';
import { R_OK } from '../fs/filesystem.ts';
import { dirname } from '../fs/path.ts';
import { SYSCALL_US } from '../kernel/cost-model.ts';
import { quoteAlways, quoteName } from '../text/quote.ts';
import { confirm } from './rm.ts';
import { childPath } from './cp-paths.ts';
import { writeRegularFile } from './cp-file.ts';

export interface CopyOptions {
  recursive: boolean;
  /** Which symlinks in a source are followed: all, only command-line ones (-H), or none (-P, -d, -R). */
  dereference: 'always' | 'command-line' | 'never';
  noClobber: boolean;
  interactive: boolean;
  force: boolean;
  removeDestination: boolean;
  update: boolean;
  verbose: boolean;
  hardLink: boolean;
  symbolicLink: boolean;
  preserveMode: boolean;
  preserveOwnership: boolean;
  preserveTimestamps: boolean;
  preserveLinks: boolean;
}

/** What one command-line copy remembers: inodes already copied (for hard links and loops). */
export interface CopyState {
  topSource: string;
  topDest: string;
  /** Source inode → destination path, for --preserve=links. */
  linked: Map<Inode, string>;
  /** Directories this copy created, so a copy into itself is noticed when it reaches them. */
  created: Set<Inode>;
  /** With several sources: the (name, inode) pairs of sources and of files written so far. */
  session?: { sources: Set<string>; dests: Set<string> };
  /** The source directories being copied, outermost first (a followed symlink may loop back). */
  ancestors?: Inode[];
}

export async function copyEntry(ctx: CommandContext, src: string, dst: string, opts: CopyOptions, state: CopyState, top: boolean): Promise<boolean> {
  await ctx.tick(SYSCALL_US * 5);
  const follow = opts.dereference === 'always' || (top && opts.dereference === 'command-line');
  let source: Inode;
  try {
    source = ctx.lookup(src, follow);
  } catch (error) {
    if (!(error instanceof Errno)) throw error;
    await ctx.error(`cannot stat ${quoteAlways(src)}: ${error.message}`);
    return false;
  }
  if (source.type === 'dir' && !opts.recursive) {
    await ctx.error(`-r not specified; omitting directory ${quoteAlways(src)}`);
    return false;
  }
  if (top && state.session) {
    const key = `${src}\0${source.ino}`;
    if (state.session.sources.has(key)) {
      await ctx.error(`warning: source ${source.type === 'dir' ? 'directory' : 'file'} ${quoteAlways(src)} specified more than once`);
      return true;
    }
    state.session.sources.add(key);
  }
  if (source.type === 'dir' && state.ancestors?.includes(source)) {
    await ctx.error(`cannot copy cyclic symbolic link ${quoteAlways(src)}`);
    return false;
  }
  if (source.type === 'dir' && state.created.has(source)) {
    await ctx.error(`cannot copy a directory, ${quoteAlways(state.topSource)}, into itself, ${quoteAlways(state.topDest)}`);
    return false;
  }
  // GNU cp stats the destination first: only "does not exist" lets it go on to create it.
  const missing = destinationError(ctx, dst);
  if (missing !== undefined && missing.code !== 'ENOENT') {
    await ctx.error(`cannot stat ${quoteAlways(dst)}: ${missing.message}`);
    return false;
  }
  // A regular file may be written through a symlink at the destination; anything else replaces it.
  const throughLinks = source.type === 'file' && !opts.removeDestination && !opts.symbolicLink && !opts.hardLink;
  let dest = find(ctx, dst, throughLinks) ?? (throughLinks ? undefined : find(ctx, dst, false));
  if (dest === undefined && throughLinks && find(ctx, dst, false)?.type === 'symlink') {
    await ctx.error(`not writing through dangling symlink ${quoteAlways(dst)}`);
    return false;
  }
  if (dest !== undefined) {
    if (dest === source && opts.hardLink) return true;
    if (dest.type !== 'dir' && state.session?.dests.has(`${dst}\0${dest.ino}`)) {
      await ctx.error(`will not overwrite just-created ${quoteAlways(dst)} with ${quoteAlways(src)}`);
      return false;
    }
    if (dest === source && !(opts.symbolicLink && dest.type !== 'dir')) {
      await ctx.error(`${quoteAlways(src)} and ${quoteAlways(dst)} are the same file`);
      return false;
    }
    if (source.type !== 'dir') {
      if (opts.noClobber) return true;
      if (opts.update && dest.mtimeUs >= source.mtimeUs) return true;
      if (opts.interactive && !(await confirm(ctx, `overwrite ${quoteAlways(dst)}`))) return true;
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
  if (source.type === 'dir') return copyDirectory(ctx, src, dst, source, dest as DirInode | undefined, opts, state);
  const earlier = opts.preserveLinks && source.nlink > 1 ? state.linked.get(source) : undefined;
  // What cannot be written over (a symlink, a fifo, a hard-linked name) is removed first.
  if (dest !== undefined && (opts.removeDestination || (opts.preserveLinks && dest.nlink > 1) || (opts.dereference === 'never' && source.type !== 'file'))) {
    if (!(await removeExisting(ctx, dst, opts.verbose))) return false;
    dest = undefined;
  }
  if (opts.verbose) await ctx.stdout.write(`${quoteAlways(src)} -> ${quoteAlways(dst)}\n`);
  // -l, -s and --preserve=links replace an existing name (quietly), the first two only with -f.
  const replace = earlier !== undefined || ((opts.hardLink || opts.symbolicLink) && opts.force);
  if (dest !== undefined && replace) {
    if (!(await removeExisting(ctx, dst, false))) return false;
    dest = undefined;
  }
  let ok: boolean;
  if (earlier !== undefined) ok = await makeHardLink(ctx, earlier, dst);
  else if (opts.hardLink) ok = await makeHardLink(ctx, src, dst);
  else if (opts.symbolicLink) ok = await makeSymlink(ctx, src, dst);
  else if (source.type === 'symlink') ok = await copySymlink(ctx, source.target, dst);
  else if (source.type === 'fifo' && opts.recursive) ok = await makeFifo(ctx, dst, source.mode);
  else if (source.type === 'device' && opts.recursive) {
    await ctx.error(`cannot create special file ${quoteAlways(dst)}: Operation not permitted`);
    ok = false;
  } else ok = await writeRegularFile(ctx, src, dst, source, dest !== undefined, opts);
  if (!ok) return false;
  if (opts.preserveLinks && source.nlink > 1 && earlier === undefined) state.linked.set(source, dst);
  const written = find(ctx, dst, false);
  if (state.session && written) state.session.dests.add(`${dst}\0${written.ino}`);
  if (earlier === undefined && !opts.hardLink && !opts.symbolicLink) preserveAttributes(ctx, source, dst, opts, source.type === 'file' && dest === undefined);
  return true;
}

async function copyDirectory(ctx: CommandContext, src: string, dst: string, source: DirInode, existing: DirInode | undefined, opts: CopyOptions, state: CopyState): Promise<boolean> {
  let target = existing;
  if (target === undefined) {
    try {
      // Created writable and searchable by us; the final mode is set once the contents are in.
      target = ctx.fs.mkdir(ctx.proc.cred, ctx.proc.cwd, dst, (source.mode & 0o777 & ~ctx.proc.umask) | 0o700);
    } catch (error) {
      if (!(error instanceof Errno)) throw error;
      await ctx.error(`cannot create directory ${quoteAlways(dst)}: ${error.message}`);
      return false;
    }
    state.created.add(target);
    if (opts.verbose) await ctx.stdout.write(`${quoteAlways(src)} -> ${quoteAlways(dst)}\n`);
  }
  let ok = true;
  if (!ctx.fs.canAccess(ctx.proc.cred, source, R_OK)) {
    await ctx.error(`cannot access ${quoteAlways(src)}: Permission denied`);
    ok = false;
  } else {
    const inner: CopyState = { ...state, ancestors: [...(state.ancestors ?? []), source] };
    for (const name of [...source.entries.keys()]) {
      ok = (await copyEntry(ctx, childPath(src, name), childPath(dst, name), opts, inner, false)) && ok;
    }
  }
  if (existing === undefined || opts.preserveMode || opts.preserveTimestamps || opts.preserveOwnership) {
    preserveAttributes(ctx, source, dst, opts, existing === undefined);
  }
  return ok;
}

/** -p's attributes; a new file or directory otherwise gets the source's mode less the umask. */
function preserveAttributes(ctx: CommandContext, source: Inode, dst: string, opts: CopyOptions, created: boolean): void {
  let target: Inode;
  try {
    target = ctx.lookup(dst, false);
  } catch {
    return;
  }
  const cred = ctx.proc.cred;
  // Like GNU, failures to preserve ownership as an ordinary user go unreported.
  if (opts.preserveOwnership && target.type !== 'symlink') ignoreErrno(() => ctx.fs.chown(cred, target, source.uid, source.gid));
  if (target.type !== 'symlink') {
    if (opts.preserveMode) ignoreErrno(() => ctx.fs.chmod(cred, target, source.mode & 0o7777));
    else if (created && target.type === 'dir') ignoreErrno(() => ctx.fs.chmod(cred, target, source.mode & 0o777 & ~ctx.proc.umask));
  }
  if (opts.preserveTimestamps) ignoreErrno(() => ctx.fs.utimes(cred, target, source.atimeUs, source.mtimeUs));
}

function ignoreErrno(action: () => void): void {
  try {
    action();
  } catch (error) {
    if (!(error instanceof Errno)) throw error;
  }
}

/** Why lstat(dst) fails, if it does. */
function destinationError(ctx: CommandContext, dst: string): Errno | undefined {
  try {
    ctx.lookup(dst, false);
    return undefined;
  } catch (error) {
    if (error instanceof Errno) return error;
    throw error;
  }
}

function find(ctx: CommandContext, path: string, follow: boolean): Inode | undefined {
  try {
    return ctx.lookup(path, follow);
  } catch {
    return undefined;
  }
}

async function removeExisting(ctx: CommandContext, dst: string, verbose: boolean): Promise<boolean> {
  try {
    ctx.fs.unlink(ctx.proc.cred, ctx.proc.cwd, dst);
  } catch (error) {
    if (!(error instanceof Errno)) throw error;
    await ctx.error(`cannot remove ${quoteAlways(dst)}: ${error.message}`);
    return false;
  }
  if (verbose) await ctx.stdout.write(`removed ${quoteAlways(dst)}\n`);
  return true;
}

async function makeHardLink(ctx: CommandContext, existing: string, dst: string): Promise<boolean> {
  try {
    ctx.fs.hardlink(ctx.proc.cred, ctx.proc.cwd, existing, dst);
    return true;
  } catch (error) {
    if (!(error instanceof Errno)) throw error;
    await ctx.error(`cannot create hard link ${quoteAlways(dst)} to ${quoteAlways(existing)}: ${error.message}`);
    return false;
  }
}

/** cp -s: relative targets only make sense for a link in the current directory. */
async function makeSymlink(ctx: CommandContext, src: string, dst: string): Promise<boolean> {
  if (!src.startsWith('/')) {
    // GNU lets a failing stat of either directory pass: the symlink call reports the problem.
    const parent = find(ctx, dirname(dst), true);
    if (parent !== undefined && parent !== find(ctx, '.', true)) {
      await ctx.error(`${quoteName(dst)}: can make relative symbolic links only in current directory`);
      return false;
    }
  }
  try {
    ctx.fs.symlink(ctx.proc.cred, ctx.proc.cwd, src, dst);
    return true;
  } catch (error) {
    if (!(error instanceof Errno)) throw error;
    await ctx.error(`cannot create symbolic link ${quoteAlways(dst)} to ${quoteAlways(src)}: ${error.message}`);
    return false;
  }
}

async function copySymlink(ctx: CommandContext, target: string, dst: string): Promise<boolean> {
  try {
    ctx.fs.symlink(ctx.proc.cred, ctx.proc.cwd, target, dst);
    return true;
  } catch (error) {
    if (!(error instanceof Errno)) throw error;
    await ctx.error(`cannot create symbolic link ${quoteAlways(dst)}: ${error.message}`);
    return false;
  }
}

async function makeFifo(ctx: CommandContext, dst: string, mode: number): Promise<boolean> {
  try {
    ctx.fs.mkfifo(ctx.proc.cred, ctx.proc.cwd, dst, mode & 0o777 & ~ctx.proc.umask);
    return true;
  } catch (error) {
    if (!(error instanceof Errno)) throw error;
    await ctx.error(`cannot create fifo ${quoteAlways(dst)}: ${error.message}`);
    return false;
  }
}
