// What each stat FORMAT directive prints: file fields (%s %a %A %U %y ...) from the inode, and
// filesystem fields (stat -f: %b %f %T ...) from the simulated mount in df-filesystem.ts.

import type { CommandContext } from './context.ts';
import type { Inode } from '../fs/inode.ts';
import { sizeOf, typeBits } from '../fs/filesystem.ts';
import { quoteAlways } from '../text/quote.ts';
import { modeString } from './mode.ts';
import { allocatedBlocks } from './du-blocks.ts';
import { deviceNumbers, filesystemUsage, makedev, MOUNT } from './df-filesystem.ts';
import { formatEpoch, formatInteger, formatString, type Directive } from './stat-format.ts';

export interface StatSubject {
  ctx: CommandContext;
  name: string;
  inode: Inode;
  /** %N quotes names with -c/--printf; the default layout shows them as they are. */
  quoted: boolean;
  /** Messages for directives that failed (%C), reported after the line. */
  problems: string[];
}

export function fileDirective(subject: StatSubject, d: Directive): string {
  const { ctx, inode } = subject;
  const info = ctx.fs.stat(inode);
  const [rdevMajor, rdevMinor] = deviceNumbers(inode);
  const unsigned = (n: number): string => formatInteger(n, d, 'unsigned');
  switch (d.conversion) {
    case 'a': return formatInteger(inode.mode & 0o7777, d, 'octal');
    case 'A': return formatString(modeString(inode.type, inode.mode), d);
    case 'b': return unsigned(allocatedBlocks(inode));
    case 'B': return unsigned(512);
    case 'C':
      subject.problems.push(`failed to get security context of ${quoteAlways(subject.name)}: No data available`);
      return formatString('?', d);
    case 'd':
      if (d.modifier === 'H') return unsigned(MOUNT.deviceMajor);
      if (d.modifier === 'L') return unsigned(MOUNT.deviceMinor);
      return unsigned(makedev(MOUNT.deviceMajor, MOUNT.deviceMinor));
    case 'D': return formatInteger(makedev(MOUNT.deviceMajor, MOUNT.deviceMinor), d, 'hex');
    case 'f': return formatInteger(typeBits(inode) | (inode.mode & 0o7777), d, 'hex');
    case 'F': return formatString(fileType(inode), d);
    case 'g': return unsigned(info.gid);
    case 'G': return formatString(ctx.system.groupByGid(info.gid)?.name ?? 'UNKNOWN', d);
    case 'h': return unsigned(info.nlink);
    case 'i': return unsigned(info.ino);
    case 'm': return formatString(MOUNT.target, d);
    case 'n': return formatString(subject.name, d);
    case 'N': return formatString(quotedName(subject), d);
    case 'o': return unsigned(MOUNT.blockSize);
    case 'r':
      if (d.modifier === 'H') return unsigned(rdevMajor);
      if (d.modifier === 'L') return unsigned(rdevMinor);
      return unsigned(makedev(rdevMajor, rdevMinor));
    case 'R': return formatInteger(makedev(rdevMajor, rdevMinor), d, 'hex');
    case 's': return formatInteger(info.size, d, 'signed');
    case 't': return formatInteger(rdevMajor, d, 'hex');
    case 'T': return formatInteger(rdevMinor, d, 'hex');
    case 'u': return unsigned(info.uid);
    case 'U': return formatString(ctx.system.userByUid(info.uid)?.name ?? 'UNKNOWN', d);
    case 'w': return formatString('-', d);
    case 'W': return formatInteger(0, d, 'signed');
    case 'x': return formatString(humanTime(info.atimeUs), d);
    case 'X': return formatEpoch(info.atimeUs, d);
    case 'y': return formatString(humanTime(info.mtimeUs), d);
    case 'Y': return formatEpoch(info.mtimeUs, d);
    case 'z': return formatString(humanTime(info.ctimeUs), d);
    case 'Z': return formatEpoch(info.ctimeUs, d);
    default: return '?';
  }
}

export function filesystemDirective(subject: StatSubject, d: Directive): string {
  const usage = filesystemUsage(subject.ctx.fs);
  const unsigned = (n: number): string => formatInteger(n, d, 'unsigned');
  switch (d.conversion) {
    case 'a': return unsigned(usage.available);
    case 'b': return unsigned(usage.blocks);
    case 'c': return unsigned(usage.inodes);
    case 'd': return unsigned(usage.freeInodes);
    case 'f': return unsigned(usage.free);
    case 'i': return formatString(MOUNT.id, d);
    case 'l': return unsigned(MOUNT.nameMax);
    case 'n': return formatString(subject.name, d);
    case 's':
    case 'S': return unsigned(MOUNT.blockSize);
    case 't': return formatInteger(MOUNT.magic, d, 'hex');
    case 'T': return formatString(MOUNT.type, d);
    default: return '?';
  }
}

function quotedName(subject: StatSubject): string {
  const quote = subject.quoted ? quoteAlways : (name: string): string => name;
  const { inode } = subject;
  return inode.type === 'symlink' ? `${quote(subject.name)} -> ${quote(inode.target)}` : quote(subject.name);
}

function fileType(inode: Inode): string {
  switch (inode.type) {
    case 'file': return sizeOf(inode) === 0 ? 'regular empty file' : 'regular file';
    case 'dir': return 'directory';
    case 'symlink': return 'symbolic link';
    case 'fifo': return 'fifo';
    case 'device': return 'character special file';
  }
}

/** "2026-11-25 10:00:00.000000000 +0000": the machine's clock is UTC. */
export function humanTime(us: number): string {
  const seconds = Math.floor(us / 1_000_000);
  const date = new Date(seconds * 1000);
  const two = (n: number): string => String(n).padStart(2, '0');
  const nanos = String((us - seconds * 1_000_000) * 1000).padStart(9, '0');
  return `${date.getUTCFullYear()}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}.${nanos} +0000`;
}
