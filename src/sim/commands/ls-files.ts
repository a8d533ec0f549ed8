// What ls knows about each name it lists (GNU's gobble_file): the inode when it had to (and could)
// stat it, the type from the directory entry otherwise, and a symlink's target; plus sorting.

import type { CommandContext } from './context.ts';
import { Errno } from '../kernel/errors.ts';
import type { Inode } from '../fs/inode.ts';
import { sizeOf } from '../fs/filesystem.ts';
import { compareCodePoints } from '../shell/glob.ts';
import { compareVersions } from './sort-version.ts';
import type { LsOptions } from './ls-options.ts';

export interface LsFile {
  /** The name as listed: the operand as typed, or the directory entry's name. */
  name: string;
  /** Where it is, for stat and for listing it as a directory. */
  path: string;
  /** Its status, or undefined when stat failed (a directory without search permission). */
  inode: Inode | undefined;
  /** Its type as the directory entry tells it (known even when stat fails). */
  type: Inode['type'];
  /** A symlink's target text and what it resolves to (undefined when dangling). */
  link?: { target: string; inode: Inode | undefined };
}

/** Whether the listing needs each entry's status (GNU's format_needs_stat and friends). */
export function needsStat(opts: LsOptions, type: Inode['type']): boolean {
  if (opts.format === 'long' || opts.inode || opts.blocks || opts.sort === 'time' || opts.sort === 'size') return true;
  if (opts.colors !== undefined) return true;
  if (opts.dereference === 'always' && type === 'symlink' && needsType(opts)) return true;
  return opts.indicator === 'classify' && type === 'file';
}

/** Whether the type the directory entry gives is needed (and, with -L, the target's). */
function needsType(opts: LsOptions): boolean {
  return opts.recursive || opts.colors !== undefined || opts.indicator !== 'none' || opts.directoriesFirst;
}

/**
 * A directory entry: stat it if the listing needs it; a failure is reported by the caller
 * ("cannot access"), and the entry is still listed with what the directory said.
 */
export function entryFile(ctx: CommandContext, opts: LsOptions, name: string, path: string, entry: Inode, searchable: boolean): { file: LsFile; error?: Errno } {
  const file: LsFile = { name, path, inode: entry, type: entry.type };
  if (!needsStat(opts, entry.type)) return { file };
  if (!searchable) return { file: { ...file, inode: undefined }, error: new Errno('EACCES') };
  if (opts.dereference === 'always' && entry.type === 'symlink') {
    try {
      const target = ctx.lookup(path, true);
      return { file: { ...file, inode: target, type: target.type } };
    } catch (error) {
      if (!(error instanceof Errno)) throw error;
      return { file: { ...file, inode: undefined }, error };
    }
  }
  return { file: withLink(ctx, file) };
}

/** Adds a symlink's target (for "-> target", colors and -F). */
export function withLink(ctx: CommandContext, file: LsFile): LsFile {
  if (file.inode?.type !== 'symlink') return file;
  let target: Inode | undefined;
  try {
    target = ctx.lookup(file.path, true);
  } catch {
    target = undefined;
  }
  return { ...file, link: { target: file.inode.target, inode: target } };
}

type TimeField = 'mtimeUs' | 'atimeUs' | 'ctimeUs';

export function timeField(opts: LsOptions): TimeField {
  return opts.time === 'atime' ? 'atimeUs' : opts.time === 'ctime' ? 'ctimeUs' : 'mtimeUs';
}

export function sortFiles(files: LsFile[], opts: LsOptions, displayWidth: (f: LsFile) => number): void {
  if (opts.sort === 'none') return;
  const field = timeField(opts);
  const byName = (a: LsFile, b: LsFile): number => compareCodePoints(a.name, b.name);
  const compare = (a: LsFile, b: LsFile): number => {
    let order = 0;
    if (opts.sort === 'time') order = (b.inode?.[field] ?? 0) - (a.inode?.[field] ?? 0);
    else if (opts.sort === 'size') order = (b.inode ? sizeOf(b.inode) : 0) - (a.inode ? sizeOf(a.inode) : 0);
    else if (opts.sort === 'extension') order = compareCodePoints(extension(a.name), extension(b.name));
    else if (opts.sort === 'version') return compareVersions(a.name, b.name);
    else if (opts.sort === 'width') order = displayWidth(a) - displayWidth(b);
    return order !== 0 ? order : byName(a, b);
  };
  const directed = (a: LsFile, b: LsFile): number => (opts.reverse ? compare(b, a) : compare(a, b));
  if (!opts.directoriesFirst) {
    files.sort(directed);
    return;
  }
  const isDir = (f: LsFile): number => (f.type === 'dir' || f.link?.inode?.type === 'dir' ? 0 : 1);
  files.sort((a, b) => isDir(a) - isDir(b) || directed(a, b));
}

function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot);
}
