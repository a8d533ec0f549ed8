// File names in gzip: the compression suffixes it recognises, and the output name it derives
// (NAME.gz when compressing; NAME without its suffix, or .tar for .tgz, when decompressing).

import type { GzipSettings } from './gzip-options.ts';

const KNOWN_SUFFIXES = ['.gz', '.z', '.taz', '.tgz', '-gz', '-z', '_z'];

/** The compression suffix `name` ends with (-S first), if any. */
export function suffixOf(name: string, suffix: string): string | undefined {
  const candidates = [suffix, ...KNOWN_SUFFIXES];
  return candidates.find((s) => name.length > s.length && name.endsWith(s) && !name.endsWith(`/${s}`));
}

/**
 * make_ofname: the output name, or why there is none: a warning (which sets status 2) or a plain
 * notice (which does not), or nothing to say (-q, -r).
 */
export function outputNameFor(path: string, s: GzipSettings): { name: string } | { warn: string } | { note: string } | { skip: true } {
  const suffix = suffixOf(path, s.suffix);
  const chatty = s.verbose || (!s.recursive && !s.quiet);
  if (s.decompress) {
    if (suffix === undefined) {
      if (!s.recursive && (s.list || s.test)) return { name: path };
      return chatty ? { warn: `${path}: unknown suffix -- ignored` } : { skip: true };
    }
    const stem = path.slice(0, -suffix.length);
    return { name: suffix === '.tgz' || suffix === '.taz' ? `${stem}.tar` : stem };
  }
  if (suffix !== undefined && !s.force) return chatty ? { note: `${path} already has ${suffix} suffix -- unchanged` } : { skip: true };
  return { name: path + s.suffix };
}
