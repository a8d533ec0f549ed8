// wget's "dot" progress display (what it shows when stderr is not a terminal): rows of 50 dots,
// one per KiB, in groups of 10, each row ending with the percentage, the row's speed and the
// estimated time left; the last row ends with "=" and the elapsed time. Rates come from the
// simulated network (src/sim/net/transfer.ts).

import { BYTES_PER_SECOND } from '../net/transfer.ts';
import { formatFixed } from '../text/float-format.ts';

const DOT_BYTES = 1024;
const DOTS_PER_ROW = 50;
const DOTS_PER_GROUP = 10;
const ROW_BYTES = DOT_BYTES * DOTS_PER_ROW;

/** A rate in wget's short form: "10.0M", " 819K", "4.13G". */
function shortRate(bytesPerSecond: number): string {
  const units = ['B', 'K', 'M', 'G'];
  let rate = bytesPerSecond;
  let unit = 0;
  while (rate >= 1024 && unit < units.length - 1) {
    rate /= 1024;
    unit++;
  }
  return `${formatFixed(rate, rate >= 99.95 ? 0 : rate >= 9.995 ? 1 : 2).padStart(4)}${units[unit]}`;
}

/** The rate of the final summary line: "10.0 MB/s". */
export function longRate(bytesPerSecond: number): string {
  const units = ['B/s', 'KB/s', 'MB/s', 'GB/s'];
  let rate = bytesPerSecond;
  let unit = 0;
  while (rate >= 1024 && unit < units.length - 1) {
    rate /= 1024;
    unit++;
  }
  return `${formatFixed(rate, rate >= 99.95 ? 0 : rate >= 9.995 ? 1 : 2)} ${units[unit]}`;
}

/** eta_to_human_short in its condensed form. */
export function shortDuration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 100) return `${s}s`;
  if (s < 100 * 60) return `${Math.floor(s / 60)}m${s % 60}s`;
  if (s < 48 * 3600) return `${Math.floor(s / 3600)}h${Math.floor((s % 3600) / 60)}m`;
  if (s < 100 * 86400) return `${Math.floor(s / 86400)}d${Math.floor((s % 86400) / 3600)}h`;
  return `${Math.floor(s / 86400)}d`;
}

/** The rows for a body of `size` bytes (`total` expected, 0 if unknown), with a blank line around. */
export function dotRows(size: number, total: number): string {
  const rate = BYTES_PER_SECOND;
  let out = '\n';
  for (let start = 0; start < size || start === 0; start += ROW_BYTES) {
    const inRow = Math.min(ROW_BYTES, size - start);
    const dots = Math.floor(inRow / DOT_BYTES);
    let row = `${String(start / 1024).padStart(6)}K`;
    for (let d = 0; d < DOTS_PER_ROW; d++) {
      if (d % DOTS_PER_GROUP === 0) row += ' ';
      row += d < dots ? '.' : ' ';
    }
    const last = start + ROW_BYTES >= size;
    const done = start + inRow;
    if (total > 0) row += ` ${String(Math.floor((done * 100) / total)).padStart(3)}%`;
    row += ` ${shortRate(rate)}`;
    row += last ? `=${shortDuration(size / rate)}` : ` ${shortDuration((total - done) / rate)}`;
    out += `${row}\n`;
    if (last) break;
  }
  return `${out}\n`;
}

/** "Length: 175617 (172K) [text/plain]" (the size in short form from 1 KiB on). */
export function lengthLine(length: number | undefined, contentType: string): string {
  const type = contentType ? ` [${contentType.split(';')[0].trim()}]` : '';
  if (length === undefined) return `Length: unspecified${type}\n`;
  return `Length: ${length}${length >= 1024 ? ` (${humanSize(length)})` : ''}${type}\n`;
}

/** wget's human_readable: one decimal below 10, none from 10 on, 1024-based. */
function humanSize(bytes: number): string {
  const units = ['', 'K', 'M', 'G', 'T'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${formatFixed(value, value < 10 ? 1 : 0)}${units[unit]}`;
}
