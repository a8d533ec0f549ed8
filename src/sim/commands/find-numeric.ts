// find's numeric tests: N, +N and -N arguments (-links, -inum, -uid), -size with its units
// rounded up, -perm's three forms, and the time tests, whose windows follow findutils exactly
// (-mtime counts whole days back from 24 hours ago, -mmin whole minutes back from now).

import { Errno } from '../kernel/errors.ts';
import type { Inode } from '../fs/inode.ts';
import { sizeOf } from '../fs/filesystem.ts';
import { quoteLocale } from '../text/quote.ts';
import { FindUsageError } from './find-errors.ts';
import { adjustMode, compileMode } from './chmod-mode.ts';
import type { FindEntry, FindSettings, Predicate } from './find-primaries.ts';

type Comparison = 'gt' | 'lt' | 'eq';

const DAY_US = 86_400_000_000;
const SIZE_UNITS: Record<string, number> = { b: 512, c: 1, w: 2, k: 1024, M: 1024 * 1024, G: 1024 * 1024 * 1024 };

function comparison(text: string): [Comparison, string] {
  if (text.startsWith('+')) return ['gt', text.slice(1)];
  if (text.startsWith('-')) return ['lt', text.slice(1)];
  return ['eq', text];
}

export function numericTest(name: string, text: string, value: (e: FindEntry) => number): Predicate {
  const [kind, digits] = comparison(text);
  if (!/^\d+$/.test(digits)) throw new FindUsageError(`invalid argument \`${text}' to \`${name}'`);
  const n = Number(digits);
  return (e) => compare(value(e), kind, n);
}

function compare(value: number, kind: Comparison, n: number): boolean {
  return kind === 'gt' ? value > n : kind === 'lt' ? value < n : value === n;
}

/** -size N[bcwkMG]: the size in those units, rounded up, compared with N. */
export function sizeTest(text: string): Predicate {
  if (text === '') throw new FindUsageError('invalid null argument to -size');
  const suffix = text[text.length - 1];
  let unit = 512;
  let number = text;
  if (!/\d/.test(suffix)) {
    if (!(suffix in SIZE_UNITS)) throw new FindUsageError(`invalid -size type \`${suffix}'`);
    unit = SIZE_UNITS[suffix];
    number = text.slice(0, -1);
  }
  const [kind, digits] = comparison(number);
  if (!/^\d+$/.test(digits)) throw new FindUsageError(`invalid argument \`${text}' to \`-size'`);
  const n = Number(digits);
  return (e) => compare(Math.ceil(sizeOf(e.inode) / unit), kind, n);
}

/** -perm MODE (exactly), -perm -MODE (all of these bits), -perm /MODE (any of them). */
export function permTest(text: string): Predicate {
  const kind = text.startsWith('-') ? 'all' : text.startsWith('/') ? 'any' : 'exact';
  const changes = compileMode(kind === 'exact' ? text : text.slice(1));
  if (changes === undefined) throw new FindUsageError(`invalid mode ${quoteLocale(text)}`);
  const forFiles = adjustMode(0, false, 0, changes);
  const forDirs = adjustMode(0, true, 0, changes);
  return (e) => {
    const perm = e.inode.type === 'dir' ? forDirs : forFiles;
    const mode = e.inode.mode & 0o7777;
    if (kind === 'exact') return mode === perm;
    if (kind === 'all') return (mode & perm) === perm;
    return perm === 0 || (mode & perm) !== 0;
  };
}

/** -mtime/-atime/-ctime (days) and -mmin/-amin/-cmin (minutes), with -daystart's origin. */
export function timeTest(name: string, text: string, settings: FindSettings): Predicate {
  const minutes = name.endsWith('min');
  const field: keyof Pick<Inode, 'atimeUs' | 'mtimeUs' | 'ctimeUs'> = name[1] === 'a' ? 'atimeUs' : name[1] === 'c' ? 'ctimeUs' : 'mtimeUs';
  const [kind, digits] = comparison(text);
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(digits)) throw new FindUsageError(`invalid argument \`${text}' to \`${name}'`);
  // findutils: cur_day_start is 24 hours ago, or today's midnight with -daystart.
  const dayStart = settings.dayStart ? settings.nowUs - (settings.nowUs % DAY_US) : settings.nowUs - DAY_US;
  const unit = minutes ? 60_000_000 : DAY_US;
  let origin = minutes ? dayStart + DAY_US : dayStart;
  if (!minutes && kind === 'lt') origin += DAY_US - 1_000_000;
  const reference = origin - Number(digits) * unit;
  return (e) => {
    const delta = e.inode[field] - reference;
    if (kind === 'gt') return delta < 0;
    if (kind === 'lt') return delta > 0;
    return delta >= 0 && delta < unit;
  };
}

/** The time of -newer's reference file; a missing file stops find before it starts. */
export function referenceTime(settings: FindSettings, file: string, which: 'm'): number {
  try {
    return settings.ctx.lookup(file, settings.follow !== 'never')[`${which}timeUs`];
  } catch (error) {
    if (error instanceof Errno) throw new FindUsageError(`${quoteLocale(file)}: ${error.message}`);
    throw error;
  }
}
