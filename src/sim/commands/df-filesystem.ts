// The one filesystem of the machine as statfs(2) describes it, shared by df and stat -f: a
// tmpfs-like mount on / whose size is the world's quota (so df's Avail reaches 0 exactly when
// writes start failing with "No space left on device") and whose inode count is the inode limit.

import type { FileSystem } from '../fs/filesystem.ts';
import type { Inode } from '../fs/inode.ts';
import { BLOCK_BYTES } from './du-blocks.ts';

export const MOUNT = {
  source: 'tmpfs',
  type: 'tmpfs',
  /** statfs f_type of tmpfs. */
  magic: 0x01021994,
  target: '/',
  /** st_dev of every file: major 0 (anonymous, like tmpfs), minor 29. */
  deviceMajor: 0,
  deviceMinor: 29,
  /** f_fsid as stat -f prints it. */
  id: '1d00000000',
  nameMax: 255,
  blockSize: BLOCK_BYTES,
};

export interface FilesystemUsage {
  /** Sizes in blocks of MOUNT.blockSize. */
  blocks: number;
  free: number;
  available: number;
  inodes: number;
  freeInodes: number;
}

export function filesystemUsage(fs: FileSystem): FilesystemUsage {
  const blocks = Math.floor(fs.quotaBytes / BLOCK_BYTES);
  const free = Math.max(0, Math.floor((fs.quotaBytes - fs.usedBytes) / BLOCK_BYTES));
  return { blocks, free, available: free, inodes: fs.inodeLimit, freeInodes: Math.max(0, fs.inodeLimit - fs.inodeCount) };
}

/** st_rdev of the device files (major, minor), as on Linux. */
export function deviceNumbers(inode: Inode): [number, number] {
  if (inode.type !== 'device') return [0, 0];
  const numbers: Record<string, [number, number]> = { null: [1, 3], zero: [1, 5], full: [1, 7], random: [1, 8], urandom: [1, 9], tty: [5, 0] };
  return numbers[inode.device] ?? [0, 0];
}

/** Linux's encoding of a device number (makedev), as %d/%D and %r/%R print it. */
export function makedev(major: number, minor: number): number {
  return (minor & 0xff) | ((major & 0xfff) << 8) | ((minor & ~0xff) << 12);
}
