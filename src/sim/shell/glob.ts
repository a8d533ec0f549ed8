// Pathname expansion: a pattern with unquoted *, ? or [...] becomes the sorted list of matching
// paths. Components are matched one directory at a time; names starting with `.` match only a
// pattern that starts with `.` (unless dotglob); `**` spans directories with globstar.

import type { Credentials } from '../kernel/process.ts';
import type { FileSystem } from '../fs/filesystem.ts';
import type { DirInode } from '../fs/inode.ts';
import { compilePattern, hasGlobChars, unescapePattern } from './pattern.ts';

export interface GlobOptions {
  dotglob?: boolean;
  nocaseglob?: boolean;
  globstar?: boolean;
  /** bash 5.2's default: `.` and `..` are never matched, even by `.*`. */
  globskipdots?: boolean;
  extglob?: boolean;
}

export function glob(fs: FileSystem, cred: Credentials, cwd: string, pattern: string, options: GlobOptions = {}): string[] {
  const absolute = pattern.startsWith('/');
  const components = pattern.split('/').filter((c, i) => c !== '' || i === 0);
  let matches: { path: string; dir: DirInode }[] = [];
  let start: DirInode;
  try {
    start = absolute ? fs.root : fs.lookupDir(cred, cwd);
  } catch {
    return [];
  }
  matches.push({ path: absolute ? '/' : '', dir: start });
  const parts = absolute ? components.slice(1) : components;
  const trailingSlash = pattern.endsWith('/') && pattern.length > 1;
  for (let i = 0; i < parts.length; i++) {
    const component = parts[i];
    const last = i === parts.length - 1;
    const next: { path: string; dir: DirInode }[] = [];
    if (component === '**' && options.globstar) {
      const listing = last && !trailingSlash;
      for (const m of matches) {
        const start = next.length;
        collectRecursive(fs, cred, m.path, m.dir, options, next, listing);
        // A final ** lists the directory it starts from too, as "dir/" (nothing for the cwd).
        if (listing) next[start].path = m.path === '' ? '' : m.path.endsWith('/') ? m.path : `${m.path}/`;
      }
      matches = next;
      continue;
    }
    if (!hasGlobChars(component, options.extglob)) {
      const name = unescapePattern(component);
      for (const m of matches) {
        const child = name === '..' ? m.dir.parent : name === '.' ? m.dir : m.dir.entries.get(name);
        if (child === undefined) continue;
        const resolved = resolveDir(fs, cred, m.dir, name);
        if (!last || trailingSlash) {
          if (resolved) next.push({ path: join(m.path, name), dir: resolved });
        } else next.push({ path: join(m.path, name), dir: resolved ?? m.dir });
      }
      matches = next;
      continue;
    }
    const regex = compilePattern(component, { pathname: true, nocase: options.nocaseglob, extglob: options.extglob });
    const dotOk = options.dotglob || component.startsWith('.') || component.startsWith('\\.');
    for (const m of matches) {
      if (!fs.canAccess(cred, m.dir, 4)) continue;
      const names = [...m.dir.entries.keys()];
      if ((component.startsWith('.') || component.startsWith('\\.')) && !options.globskipdots) names.push('.', '..');
      for (const name of names) {
        if (name.startsWith('.') && !dotOk) continue;
        if ((name === '.' || name === '..') && !component.startsWith('.')) continue;
        if (!regex.test(name)) continue;
        const path = join(m.path, name);
        if (!last || trailingSlash) {
          const dir = resolveDir(fs, cred, m.dir, name);
          if (dir) next.push({ path, dir });
        } else next.push({ path, dir: m.dir });
      }
    }
    matches = next;
  }
  const results = matches.filter((m) => m.path !== '').map((m) => (trailingSlash && !m.path.endsWith('/') ? `${m.path}/` : m.path));
  return results.sort(compareCodePoints);
}

function collectRecursive(
  fs: FileSystem,
  cred: Credentials,
  path: string,
  dir: DirInode,
  options: GlobOptions,
  out: { path: string; dir: DirInode }[],
  includeFiles: boolean,
): void {
  out.push({ path, dir });
  if (!fs.canAccess(cred, dir, 4)) return;
  for (const [name, child] of dir.entries) {
    if (name.startsWith('.') && !options.dotglob) continue;
    const childPath = join(path, name);
    if (child.type === 'dir') collectRecursive(fs, cred, childPath, child, options, out, includeFiles);
    else if (includeFiles) out.push({ path: childPath, dir });
  }
}

/** The directory `name` names inside `parent` (following a symlink), if it is one. */
function resolveDir(fs: FileSystem, cred: Credentials, parent: DirInode, name: string): DirInode | undefined {
  const child = name === '.' ? parent : name === '..' ? parent.parent : parent.entries.get(name);
  if (child === undefined) return undefined;
  if (child.type === 'dir') return child;
  if (child.type !== 'symlink') return undefined;
  try {
    const target = fs.lookup(cred, fs.pathOf(parent), name);
    return target.type === 'dir' ? target : undefined;
  } catch {
    return undefined;
  }
}

function join(base: string, name: string): string {
  if (base === '') return name;
  if (base.endsWith('/')) return base + name;
  return `${base}/${name}`;
}

/** Sorting as bash does in the C.UTF-8 locale: by code point. */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x < y ? -1 : 1;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}
