// ln -r: the link's text made relative to the directory that will hold it, after canonicalizing
// both ends as gnulib's canonicalize_filename_mode(CAN_MISSING) does (symlinks resolved where the
// components exist, the rest taken literally).

import type { CommandContext } from './context.ts';
import { absolute, dirname } from '../fs/path.ts';

const MAX_LINKS = 40;

/** `source` as a path relative to the directory of `dest`, or `source` itself if that fails. */
export function relativeLinkText(ctx: CommandContext, source: string, dest: string): string {
  const from = canonicalizeMissing(ctx, source);
  const dir = canonicalizeMissing(ctx, dirname(dest));
  if (from === undefined || dir === undefined) return source;
  return relativePath(from, dir);
}

/** An absolute path with every existing symlink resolved and ".", ".." and "//" removed. */
export function canonicalizeMissing(ctx: CommandContext, path: string): string | undefined {
  const pending = absolute(ctx.proc.cwd, path).split('/');
  const done: string[] = [];
  let links = 0;
  while (pending.length > 0) {
    const part = pending.shift()!;
    if (part === '' || part === '.') continue;
    if (part === '..') {
      done.pop();
      continue;
    }
    done.push(part);
    const here = `/${done.join('/')}`;
    let inode;
    try {
      inode = ctx.lookup(here, false);
    } catch {
      continue;
    }
    if (inode.type !== 'symlink') continue;
    if (++links > MAX_LINKS) return undefined;
    done.pop();
    const target = inode.target.split('/');
    if (inode.target.startsWith('/')) done.length = 0;
    pending.unshift(...target);
  }
  return `/${done.join('/')}`;
}

/** gnulib's relpath: how to reach absolute `path` from absolute directory `base`. */
export function relativePath(path: string, base: string): string {
  const to = path.split('/').filter((p) => p !== '');
  const from = base.split('/').filter((p) => p !== '');
  let common = 0;
  while (common < to.length && common < from.length && to[common] === from[common]) common++;
  const parts = [...Array<string>(from.length - common).fill('..'), ...to.slice(common)];
  return parts.length === 0 ? '.' : parts.join('/');
}
