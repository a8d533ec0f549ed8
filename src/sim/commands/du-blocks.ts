// Disk space as an ext4 filesystem would allocate it (what st_blocks reports, in 512-byte units):
// whole 4 KiB blocks for file data, one block per directory, nothing for a short symlink (its
// target lives in the inode) or for fifos and devices. du, ls -s, stat and find -size share it.

import { sizeOf } from '../fs/filesystem.ts';
import type { Inode } from '../fs/inode.ts';

export const BLOCK_BYTES = 4096;
/** ext4 keeps symlink targets shorter than this inside the inode ("fast symlinks"). */
const FAST_SYMLINK_BYTES = 60;

/** st_blocks: allocated space in 512-byte units. */
export function allocatedBlocks(inode: Inode): number {
  switch (inode.type) {
    case 'file':
      return Math.ceil(inode.size / BLOCK_BYTES) * (BLOCK_BYTES / 512);
    case 'dir':
      return BLOCK_BYTES / 512;
    case 'symlink':
      return sizeOf(inode) < FAST_SYMLINK_BYTES ? 0 : BLOCK_BYTES / 512;
    default:
      return 0;
  }
}
