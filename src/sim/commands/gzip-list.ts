// gzip -l: one line per file from the first member's header and the last member's trailer (the
// CRC and length gzip reads from the file's last eight bytes), and a totals line for several files.

import type { CommandContext } from './context.ts';
import { formatFixed } from '../text/float-format.ts';
import { readU32 } from './gzip-format.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const HEADER = '         compressed        uncompressed  ratio uncompressed_name\n';
const VERBOSE_HEADER = 'method  crc     date  time  ';

export interface ListState {
  firstTime: boolean;
  totalIn: number;
  totalOut: number;
  /** Header and trailer bytes of the last file listed (gzip's header_bytes; 0 for several members). */
  headerBytes: number;
}

export function newListState(): ListState {
  return { firstTime: true, totalIn: 0, totalOut: 0, headerBytes: 0 };
}

/** gzip's display_ratio: "%5.1f%%" of num/den. */
export function ratio(num: number, den: number): string {
  return `${formatFixed(den === 0 ? 0 : (100 * num) / den, 1).padStart(5)}%`;
}

export async function listFile(
  ctx: CommandContext,
  state: ListState,
  verbose: boolean,
  entry: { name: string; data: Uint8Array; headerBytes: number; mtimeSeconds: number },
): Promise<void> {
  await printHeader(ctx, state, verbose);
  const { data } = entry;
  const bytesIn = data.length;
  const crc = data.length >= 8 ? readU32(data, data.length - 8) : 0;
  const bytesOut = data.length >= 8 ? readU32(data, data.length - 4) : 0;
  state.headerBytes = entry.headerBytes;
  state.totalIn += bytesIn;
  state.totalOut += bytesOut;
  let line = '';
  if (verbose) {
    const date = new Date(entry.mtimeSeconds * 1000);
    const time = `${MONTHS[date.getUTCMonth()]}${String(date.getUTCDate()).padStart(3)} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())}`;
    line += `defla ${crc.toString(16).padStart(8, '0')} ${time} `;
  }
  line += `${sizes(bytesIn, bytesOut)} ${ratio(bytesOut - (bytesIn - entry.headerBytes), bytesOut)} ${entry.name}\n`;
  await ctx.stdout.write(line);
}

export async function listTotals(ctx: CommandContext, state: ListState, verbose: boolean): Promise<void> {
  await printHeader(ctx, state, verbose);
  const prefix = verbose ? ' '.repeat(VERBOSE_HEADER.length) : '';
  await ctx.stdout.write(`${prefix}${sizes(state.totalIn, state.totalOut)} ${ratio(state.totalOut - (state.totalIn - state.headerBytes), state.totalOut)} (totals)\n`);
}

async function printHeader(ctx: CommandContext, state: ListState, verbose: boolean): Promise<void> {
  if (!state.firstTime) return;
  state.firstTime = false;
  await ctx.stdout.write((verbose ? VERBOSE_HEADER : '') + HEADER);
}

function sizes(bytesIn: number, bytesOut: number): string {
  return `${String(bytesIn).padStart(19)} ${String(bytesOut).padStart(19)}`;
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}
