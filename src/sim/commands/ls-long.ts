// ls -l lines: mode, links, owner, group, size (or major, minor), time and name, each column as
// wide as its widest cell in the listing; "?" fields for entries that could not be examined.

import type { CommandContext } from './context.ts';
import type { Inode } from '../fs/inode.ts';
import { modeString } from './mode.ts';
import { formatLsTime } from './ls-time.ts';
import { deviceNumbers } from './df-filesystem.ts';
import { humanCeiling } from './du-units.ts';
import { timeField, type LsFile } from './ls-files.ts';
import type { LsOptions } from './ls-options.ts';

export interface LongRow {
  prefix: string;
  mode: string;
  links: string;
  owner: string;
  /** Numeric ids are right-aligned, names left-aligned. */
  ownerNumeric: boolean;
  group: string;
  groupNumeric: boolean;
  size: string;
  device?: [string, string];
  time: string;
}

/** "total" and -s sizes: allocated 512-byte blocks shown in KiB (or -h). */
export function blocksText(blocks: number, opts: LsOptions): string {
  return opts.human ? humanCeiling(blocks * 512, opts.human) : String(Math.ceil(blocks / 2));
}

export function longRows(ctx: CommandContext, files: LsFile[], opts: LsOptions): LongRow[] {
  const now = ctx.kernel.clock.nowMs;
  const field = timeField(opts);
  // /etc/passwd and /etc/group are read once per listing, not once per file.
  const users = new Map<number, string | undefined>();
  const groups = new Map<number, string | undefined>();
  const userName = (uid: number): string | undefined => (users.has(uid) ? users.get(uid) : users.set(uid, ctx.system.userByUid(uid)?.name).get(uid));
  const groupName = (gid: number): string | undefined => (groups.has(gid) ? groups.get(gid) : groups.set(gid, ctx.system.groupByGid(gid)?.name).get(gid));
  return files.map((f) => {
    const inode = f.inode;
    if (inode === undefined) {
      return { prefix: '', mode: `${typeChar(f.type)}?????????`, links: '?', owner: '?', ownerNumeric: false, group: '?', groupNumeric: false, size: '?', time: '?' };
    }
    const info = ctx.fs.stat(inode);
    const user = opts.numericIds ? undefined : userName(info.uid);
    const group = opts.numericIds ? undefined : groupName(info.gid);
    const row: LongRow = {
      prefix: '',
      mode: modeString(inode.type, inode.mode),
      links: String(info.nlink),
      owner: user ?? String(info.uid),
      ownerNumeric: user === undefined,
      group: group ?? String(info.gid),
      groupNumeric: group === undefined,
      size: opts.human ? humanCeiling(info.size, opts.human) : String(info.size),
      time: formatTime(inode[field], now, opts),
    };
    if (inode.type === 'device') {
      const [major, minor] = deviceNumbers(inode);
      row.device = [String(major), String(minor)];
    }
    return row;
  });
}

/** The lines without names: the caller appends each decorated name (and "-> target"). */
export function longPrefixes(rows: LongRow[], opts: LsOptions): string[] {
  const width = (get: (r: LongRow) => string): number => Math.max(0, ...rows.map((r) => get(r).length));
  const links = width((r) => r.links);
  const owner = width((r) => r.owner);
  const group = width((r) => r.group);
  const major = width((r) => r.device?.[0] ?? '');
  const minor = width((r) => r.device?.[1] ?? '');
  const size = Math.max(width((r) => (r.device ? '' : r.size)), rows.some((r) => r.device) ? major + 2 + minor : 0);
  const time = width((r) => (r.time === '?' ? '' : r.time)) || 12;
  return rows.map((r) => {
    let line = `${r.prefix}${r.mode} ${r.links.padStart(links)} `;
    const id = (text: string, numeric: boolean, w: number): string => `${numeric ? text.padStart(w) : text.padEnd(w)} `;
    if (opts.showOwner) line += id(r.owner, r.ownerNumeric, owner);
    if (opts.showGroup) line += id(r.group, r.groupNumeric, group);
    if (opts.showAuthor) line += id(r.owner, r.ownerNumeric, owner);
    if (r.device) line += `${' '.repeat(size - (major + 2 + minor))}${r.device[0].padStart(major)}, ${r.device[1].padStart(minor)} `;
    else line += `${r.size.padStart(size)} `;
    line += `${r.time.padStart(r.time === '?' ? time : 0)} `;
    return line;
  });
}

function formatTime(us: number, nowMs: number, opts: LsOptions): string {
  const ms = Math.floor(us / 1000);
  if (opts.timeStyle === 'locale') return formatLsTime(ms, nowMs);
  const date = new Date(ms);
  const two = (n: number): string => String(n).padStart(2, '0');
  const day = `${date.getUTCFullYear()}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())}`;
  const clock = `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}`;
  if (opts.timeStyle === 'long-iso') return `${day} ${clock}`;
  if (opts.timeStyle === 'full-iso') {
    const nanos = String((us % 1_000_000) * 1000).padStart(9, '0');
    return `${day} ${clock}:${two(date.getUTCSeconds())}.${nanos} +0000`;
  }
  return ms > nowMs - 15_778_476_000 && ms <= nowMs ? `${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())} ${clock}` : `${day} `;
}

function typeChar(type: Inode['type']): string {
  return type === 'dir' ? 'd' : type === 'symlink' ? 'l' : type === 'fifo' ? 'p' : type === 'device' ? 'c' : '-';
}

