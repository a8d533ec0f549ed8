// ls: lists files and directory contents the way GNU ls 9.1 does: operands (files first, then
// directories with "name:" headers), sorting, the column/long/comma formats, colors, indicators,
// quoting on a terminal, -R in depth-first order, and exit status 2 (an operand) or 1 (the rest).

import { defineCommand } from './command.ts';
import type { CommandContext } from './context.ts';
import { Errno } from '../kernel/errors.ts';
import type { DirInode, Inode } from '../fs/inode.ts';
import { R_OK, X_OK } from '../fs/filesystem.ts';
import { quoteAlways, quoteName } from '../text/quote.ts';
import { matchPattern } from '../shell/pattern.ts';
import { childPath } from './cp-paths.ts';
import { allocatedBlocks } from './du-blocks.ts';
import { LS_HELP } from './ls-help.ts';
import { parseLsOptions, type LsOptions } from './ls-options.ts';
import { entryFile, sortFiles, withLink, type LsFile } from './ls-files.ts';
import { blocksText } from './ls-long.ts';
import { displayWidth, headerText, printListing } from './ls-print.ts';

interface RunState {
  status: number;
  /** No directory header printed yet (GNU's `first`). */
  first: boolean;
  printDirName: boolean;
}

export const ls = defineCommand({
  name: 'ls',
  summary: 'list directory contents',
  help: LS_HELP,
  usageStatus: 2,
  async run(ctx) {
    const parsed = await parseLsOptions(ctx);
    if (typeof parsed === 'number') return parsed;
    const { opts, operands } = parsed;
    const state: RunState = { status: 0, first: true, printDirName: true };
    const files: LsFile[] = [];
    const names = operands.length > 0 ? operands : ['.'];
    for (const name of names) {
      const file = await commandLineFile(ctx, opts, name, state);
      if (file) files.push(file);
    }
    sortFiles(files, opts, (f) => displayWidth(f, opts));
    const isDirectory = (f: LsFile): boolean => !opts.directory && f.inode?.type === 'dir';
    const dirs = files.filter(isDirectory);
    const plain = files.filter((f) => !isDirectory(f));
    if (plain.length > 0) {
      await ctx.stdout.write(printListing(ctx, plain, opts));
      if (dirs.length > 0) await ctx.stdout.write('\n');
    } else if (names.length <= 1 && dirs.length === 1) state.printDirName = false;
    // Depth first; each entry knows the directories above it, so -RL notices a symlink loop.
    const queue = dirs.map((d) => ({ path: d.name, commandLine: true, above: [] as Inode[] }));
    while (queue.length > 0) {
      const next = queue.shift()!;
      const listed = await listDirectory(ctx, opts, next.path, next.commandLine, state, next.above);
      if (listed === undefined) continue;
      const above = [...next.above, listed.dir];
      queue.unshift(...listed.subdirs.map((path) => ({ path, commandLine: false, above })));
    }
    return state.status;
  },
});

function fail(state: RunState, serious: boolean): void {
  if (serious) state.status = 2;
  else if (state.status === 0) state.status = 1;
}

/** An operand: stat'd, following a symlink as -H/-L (or, by default, to a directory) ask. */
async function commandLineFile(ctx: CommandContext, opts: LsOptions, name: string, state: RunState): Promise<LsFile | undefined> {
  let inode: Inode;
  try {
    inode = ctx.lookup(name, opts.dereference === 'always' || opts.dereference === 'command-line');
    if (opts.dereference === 'command-line-dirs' && inode.type === 'symlink') {
      try {
        const target = ctx.lookup(name, true);
        if (target.type === 'dir') inode = target;
      } catch {
        // a dangling link is listed as itself
      }
    }
  } catch (error) {
    if (!(error instanceof Errno)) throw error;
    await ctx.error(`cannot access ${quoteAlways(name)}: ${error.message}`);
    fail(state, true);
    return undefined;
  }
  return withLink(ctx, { name, path: name, inode, type: inode.type });
}

/** Lists one directory; returns it and the subdirectories -R should list next, in order. */
async function listDirectory(ctx: CommandContext, opts: LsOptions, path: string, commandLine: boolean, state: RunState, above: Inode[]): Promise<{ dir: Inode; subdirs: string[] } | undefined> {
  let dir: Inode;
  try {
    dir = ctx.lookup(path, true);
    if (dir.type !== 'dir') throw new Errno('ENOTDIR');
    if (!ctx.fs.canAccess(ctx.proc.cred, dir, R_OK)) throw new Errno('EACCES');
  } catch (error) {
    if (!(error instanceof Errno)) throw error;
    await ctx.error(`cannot open directory ${quoteAlways(path)}: ${error.message}`);
    fail(state, commandLine);
    return undefined;
  }
  if (above.includes(dir)) {
    await ctx.error(`${quoteName(path)}: not listing already-listed directory`);
    fail(state, true);
    return undefined;
  }
  let out = '';
  if (opts.recursive || state.printDirName) {
    if (!state.first) out += '\n';
    state.first = false;
    out += `${headerText(path, opts)}:\n`;
  }
  const files = await readEntries(ctx, opts, path, dir, state);
  sortFiles(files, opts, (f) => displayWidth(f, opts));
  if (opts.format === 'long' || opts.blocks) {
    const blocks = files.reduce((sum, f) => sum + (f.inode ? allocatedBlocks(f.inode) : 0), 0);
    out += `total ${blocksText(blocks, opts)}\n`;
  }
  out += printListing(ctx, files, opts);
  await ctx.stdout.write(out);
  if (!opts.recursive) return { dir, subdirs: [] };
  const subdirs = files.filter((f) => f.name !== '.' && f.name !== '..' && (f.inode?.type ?? f.type) === 'dir').map((f) => f.path);
  return { dir, subdirs };
}

async function readEntries(ctx: CommandContext, opts: LsOptions, path: string, dir: DirInode, state: RunState): Promise<LsFile[]> {
  const searchable = ctx.fs.canAccess(ctx.proc.cred, dir, X_OK);
  const entries: [string, Inode][] = [];
  if (opts.show === 'all') entries.push(['.', dir], ['..', dir.parent]);
  for (const entry of dir.entries) if (visible(entry[0], opts)) entries.push(entry);
  await ctx.tick(entries.length * 2);
  const files: LsFile[] = [];
  for (const [name, inode] of entries) {
    const { file, error } = entryFile(ctx, opts, name, childPath(path, name), inode, searchable);
    if (error) {
      await ctx.error(`cannot access ${quoteAlways(file.path)}: ${error.message}`);
      fail(state, false);
    }
    files.push(file);
  }
  return files;
}

/** Hidden names, -B backups, -I patterns and --hide patterns (the last two unless -a/-A). */
function visible(name: string, opts: LsOptions): boolean {
  if (opts.show === 'visible' && name.startsWith('.')) return false;
  if (opts.ignoreBackups && name.endsWith('~')) return false;
  if (opts.ignore.some((p) => matchPattern(p, name))) return false;
  if (opts.show === 'visible' && opts.hide.some((p) => matchPattern(p, name))) return false;
  return true;
}
