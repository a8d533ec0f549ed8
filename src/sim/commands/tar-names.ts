// Member names: the leading parts GNU tar removes ("/", "../", anything up to the last ".."
// component) so that extraction cannot escape the target directory, and --exclude matching (shell
// wildcards that also match '/', tried against the name and each of its trailing parts).

import { matchPattern } from '../shell/pattern.ts';

/** safer_name_suffix: the prefix to remove and what remains ("." when nothing does). */
export function splitUnsafePrefix(name: string): { prefix: string; rest: string } {
  let prefixLength = 0;
  const parts = name.split('/');
  let at = 0;
  for (const part of parts) {
    at += part.length + 1;
    if (part === '..') prefixLength = Math.min(at, name.length);
  }
  while (prefixLength < name.length && name[prefixLength] === '/') prefixLength++;
  const prefix = name.slice(0, prefixLength);
  const rest = name.slice(prefixLength);
  return { prefix, rest: rest === '' && prefix !== '' ? '.' : rest };
}

/** Whether one of the components is "..". */
export function containsDotDot(name: string): boolean {
  return name.split('/').includes('..');
}

/** --exclude: a pattern matches the whole name, or any part starting after a '/', or a leading directory of those. */
export function isExcluded(name: string, patterns: readonly string[]): boolean {
  if (patterns.length === 0) return false;
  const trimmed = name.length > 1 ? name.replace(/\/+$/, '') : name;
  const candidates: string[] = [];
  const suffixes = [trimmed];
  for (let i = trimmed.indexOf('/'); i >= 0; i = trimmed.indexOf('/', i + 1)) suffixes.push(trimmed.slice(i + 1));
  for (const suffix of suffixes) {
    candidates.push(suffix);
    for (let i = suffix.indexOf('/'); i >= 0; i = suffix.indexOf('/', i + 1)) candidates.push(suffix.slice(0, i));
  }
  return patterns.some((pattern) => candidates.some((candidate) => candidate !== '' && matchPattern(pattern, candidate)));
}

/** Drops `count` leading components; undefined when nothing is left. */
export function stripComponents(name: string, count: number): string | undefined {
  if (count === 0) return name;
  const parts = name.split('/');
  let dropped = 0;
  let i = 0;
  while (i < parts.length && dropped < count) {
    if (parts[i] !== '') dropped++;
    i++;
  }
  const rest = parts.slice(i).join('/');
  return rest === '' ? undefined : rest;
}
