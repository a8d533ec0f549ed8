// cut's LIST argument ("1,3-5,7-"), parsed as coreutils' set_fields does: sorted, merged, and
// complemented for --complement, with its exact diagnostics (all usage errors).

import { UsageError } from './getopt.ts';
import { quoteLocale } from '../text/quote.ts';

export interface Range {
  lo: number;
  hi: number;
}

const UINTMAX_MAX = 2n ** 64n - 1n;

/**
 * The selected ranges, 1-based and inclusive, ending with an {Infinity, Infinity} sentinel so a
 * cursor walking them never runs off the end. `hi` is Infinity for open ranges ("3-").
 */
export function parseList(list: string, positions: boolean, complement: boolean): Range[] {
  const say = (bytes: string, fields: string): string => (positions ? bytes : fields);
  const ranges: Range[] = [];
  let initial = 1;
  let value = 0;
  let lhs = false;
  let rhs = false;
  let dash = false;
  let numberStart = -1;
  for (let i = 0; ; i++) {
    const c = list[i];
    if (c === '-') {
      numberStart = -1;
      if (dash) throw new UsageError(say('invalid byte or character range', 'invalid field range'));
      dash = true;
      if (lhs && value === 0) throw new UsageError(say('byte/character positions are numbered from 1', 'fields are numbered from 1'));
      initial = lhs ? value : 1;
      value = 0;
    } else if (c === ',' || c === ' ' || c === '\t' || c === undefined) {
      numberStart = -1;
      if (dash) {
        dash = false;
        if (!lhs && !rhs) throw new UsageError('invalid range with no endpoint: -');
        if (!rhs) ranges.push({ lo: initial, hi: Infinity });
        else {
          if (value < initial) throw new UsageError('invalid decreasing range');
          ranges.push({ lo: initial, hi: value });
        }
      } else {
        if (value === 0) throw new UsageError(say('byte/character positions are numbered from 1', 'fields are numbered from 1'));
        ranges.push({ lo: value, hi: value });
      }
      value = 0;
      if (c === undefined) break;
      lhs = false;
      rhs = false;
    } else if (c >= '0' && c <= '9') {
      if (numberStart < 0) numberStart = i;
      if (dash) rhs = true;
      else lhs = true;
      value = value * 10 + (c.charCodeAt(0) - 48);
      // Precision is lost past 2^53, but such positions are "too large" or as good as infinite.
      if (value >= 1.8e19) {
        const digits = /^[0-9]+/.exec(list.slice(numberStart))![0];
        if (BigInt(digits.slice(0, i - numberStart + 1)) >= UINTMAX_MAX) {
          throw new UsageError(`${say('byte/character offset', 'field number')} ${quoteLocale(digits)} is too large`);
        }
      }
    } else {
      throw new UsageError(`${say('invalid byte/character position', 'invalid field value')} ${quoteLocale(list.slice(i))}`);
    }
  }
  if (ranges.length === 0) throw new UsageError(say('missing list of byte/character positions', 'missing list of fields'));
  ranges.sort((a, b) => a.lo - b.lo);
  const merged: Range[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last !== undefined && range.lo <= last.hi) last.hi = Math.max(last.hi, range.hi);
    else merged.push({ ...range });
  }
  const result = complement ? complementOf(merged) : merged;
  result.push({ lo: Infinity, hi: Infinity });
  return result;
}

function complementOf(ranges: Range[]): Range[] {
  const out: Range[] = [];
  if (ranges[0].lo > 1) out.push({ lo: 1, hi: ranges[0].lo - 1 });
  for (let i = 1; i < ranges.length; i++) {
    if (ranges[i - 1].hi + 1 === ranges[i].lo) continue;
    out.push({ lo: ranges[i - 1].hi + 1, hi: ranges[i].lo - 1 });
  }
  const last = ranges[ranges.length - 1].hi;
  if (last !== Infinity) out.push({ lo: last + 1, hi: Infinity });
  return out;
}
