// canonicalize_filename_mode, as gnulib implements it for realpath and readlink -f/-e/-m: the
// absolute name with ".", ".." and repeated slashes removed and symbolic links resolved (unless
// CAN_NOLINKS), requiring every component (existing), all but the last (all-but-last) or none
// (missing) to exist. Failures carry the errno the real function sets.

import { Errno } from '../kernel/errors.ts';
import type { CommandContext } from './context.ts';

export type Existence = 'existing' | 'all-but-last' | 'missing';

const MAX_LINKS = 40;

/** What readlink(2) says about a path: the link's target, or the errno (EINVAL: not a link). */
export function readLink(ctx: CommandContext, path: string): string | Errno {
  try {
    const inode = ctx.lookup(path, false);
    return inode.type === 'symlink' ? inode.target : new Errno('EINVAL');
  } catch (error) {
    if (error instanceof Errno) return error;
    throw error;
  }
}

function accessible(ctx: CommandContext, path: string): Errno | null {
  try {
    ctx.lookup(path, true);
    return null;
  } catch (error) {
    if (error instanceof Errno) return error;
    throw error;
  }
}

/** Whether what follows a component makes it need to be a searchable directory ("/", "/.", "/.."). */
function suffixRequiresDirCheck(end: string): boolean {
  let i = 0;
  while (end[i] === '/') {
    while (end[i] === '/') i++;
    const c = end[i++];
    if (c === undefined) return true;
    if (c !== '.') return false;
    if (end[i] === undefined || (end[i] === '.' && (end[i + 1] === undefined || end[i + 1] === '/'))) return true;
  }
  return false;
}

export function canonicalize(ctx: CommandContext, name: string, existence: Existence, noLinks: boolean): string | Errno {
  if (name === '') return new Errno('ENOENT');
  let dest: string;
  if (!name.startsWith('/')) {
    try {
      dest = ctx.fs.pathOf(ctx.fs.lookupDir(ctx.proc.cred, ctx.proc.cwd));
    } catch (error) {
      if (error instanceof Errno) return error;
      throw error;
    }
  } else dest = '/';
  let rest = name;
  let links = 0;
  while (rest !== '') {
    rest = rest.replace(/^\/+/, '');
    const slash = rest.indexOf('/');
    const component = slash < 0 ? rest : rest.slice(0, slash);
    const end = slash < 0 ? '' : rest.slice(slash);
    if (component === '') break;
    if (component === '.') {
      rest = end;
      continue;
    }
    if (component === '..') {
      dest = dest === '/' ? '/' : dest.slice(0, dest.lastIndexOf('/')) || '/';
      rest = end;
      continue;
    }
    const candidate = dest === '/' ? `/${component}` : `${dest}/${component}`;
    const link = noLinks ? null : readLink(ctx, candidate);
    if (typeof link === 'string') {
      if (++links > MAX_LINKS) {
        // A cycle: with -m the name is kept as it is; otherwise it is an error.
        if (existence === 'missing') {
          dest = candidate;
          rest = end;
          continue;
        }
        return new Errno('ELOOP');
      }
      rest = link + end;
      if (link.startsWith('/')) dest = '/';
      continue;
    }
    let ok = existence === 'missing';
    let errno: Errno | null = link;
    if (!ok) {
      if (suffixRequiresDirCheck(end)) {
        errno = accessible(ctx, `${candidate}/./`);
        ok = errno === null;
      } else if (!noLinks) ok = errno !== null && errno.code === 'EINVAL';
      else {
        ok = end !== '';
        if (!ok) {
          errno = accessible(ctx, candidate);
          ok = errno === null;
        }
      }
    }
    if (!ok && existence === 'all-but-last' && errno?.code === 'ENOENT' && /^\/*$/.test(end)) ok = true;
    if (!ok) return errno ?? new Errno('ENOENT');
    dest = candidate;
    rest = end;
  }
  return dest;
}

/** coreutils' relpath: PATH relative to BASE, both canonical. */
export function relativePath(path: string, base: string): string {
  let common = 0;
  let i = 0;
  while (i < path.length && i < base.length && path[i] === base[i]) {
    if (path[i] === '/') common = i + 1;
    i++;
  }
  if ((i === path.length && i === base.length) || (i === base.length && path[i] === '/') || (i === path.length && base[i] === '/')) common = i;
  let baseRest = base.slice(common);
  let pathRest = path.slice(common);
  if (baseRest.startsWith('/')) baseRest = baseRest.slice(1);
  if (pathRest.startsWith('/')) pathRest = pathRest.slice(1);
  if (baseRest === '') return pathRest === '' ? '.' : pathRest;
  const ups = ['..', ...Array.from(baseRest.matchAll(/\//g), () => '..')].join('/');
  return pathRest === '' ? ups : `${ups}/${pathRest}`;
}

/** path_prefix: whether canonical PREFIX is PATH or one of its parents. */
export function isPathPrefix(prefix: string, path: string): boolean {
  if (prefix === '/') return !path.startsWith('//');
  return path === prefix || path.startsWith(`${prefix}/`);
}
