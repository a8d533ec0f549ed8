// Lexical path helpers. They never touch the filesystem: symlinks and permissions are resolved by
// FileSystem.resolve, these only join and split strings the way POSIX shells do.

/** Joins `path` onto `cwd` when it is relative; the result is absolute but not normalised. */
export function absolute(cwd: string, path: string): string {
  if (path.startsWith('/')) return path;
  if (cwd.endsWith('/')) return cwd + path;
  return `${cwd}/${path}`;
}

/** Removes `.`, `..` and repeated slashes without looking at the filesystem (bash's logical paths). */
export function normalize(path: string): string {
  const absolutePath = path.startsWith('/');
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
      else if (!absolutePath) parts.push('..');
      continue;
    }
    parts.push(part);
  }
  const joined = parts.join('/');
  return absolutePath ? `/${joined}` : joined || '.';
}

/** dirname(1): "a/b" → "a", "/a" → "/", "a" → ".". */
export function dirname(path: string): string {
  let end = path.length;
  while (end > 1 && path[end - 1] === '/') end--;
  const slash = path.lastIndexOf('/', end - 1);
  if (slash < 0) return '.';
  let start = slash;
  while (start > 0 && path[start - 1] === '/') start--;
  return start === 0 ? '/' : path.slice(0, start);
}

/** basename(1) without a suffix: "a/b/" → "b", "/" → "/". */
export function basename(path: string): string {
  let end = path.length;
  while (end > 1 && path[end - 1] === '/') end--;
  const trimmed = path.slice(0, end);
  if (trimmed === '/') return '/';
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}
