// Inodes of the in-memory filesystem. Modes use the POSIX bit layout (S_IFMT type bits plus
// permission bits) so `stat`, `ls -l` and `chmod` read them exactly as on Linux.

export const S_IFMT = 0o170000;
export const S_IFSOCK = 0o140000;
export const S_IFLNK = 0o120000;
export const S_IFREG = 0o100000;
export const S_IFBLK = 0o060000;
export const S_IFDIR = 0o040000;
export const S_IFCHR = 0o020000;
export const S_IFIFO = 0o010000;
export const S_ISUID = 0o4000;
export const S_ISGID = 0o2000;
export const S_ISVTX = 0o1000;
export const PERMISSION_BITS = 0o7777;

export type DeviceName = 'null' | 'zero' | 'full' | 'random' | 'urandom' | 'tty';

interface InodeFields {
  ino: number;
  mode: number;
  uid: number;
  gid: number;
  atimeUs: number;
  mtimeUs: number;
  ctimeUs: number;
}

abstract class InodeBase implements InodeFields {
  nlink = 1;
  constructor(
    public ino: number,
    public mode: number,
    public uid: number,
    public gid: number,
    public atimeUs: number,
    public mtimeUs: number,
    public ctimeUs: number,
  ) {}

  get permissions(): number {
    return this.mode & PERMISSION_BITS;
  }

  touch(nowUs: number): void {
    this.mtimeUs = nowUs;
    this.ctimeUs = nowUs;
  }
}

export class FileInode extends InodeBase {
  readonly type = 'file';
  /** Bytes [0, size) are the content; the rest is spare capacity for cheap appends. */
  data: Uint8Array = new Uint8Array(0);
  size = 0;

  content(): Uint8Array {
    return this.data.subarray(0, this.size);
  }
}

export class DirInode extends InodeBase {
  readonly type = 'dir';
  readonly entries = new Map<string, Inode>();
  /** Directories have exactly one parent (no hard links to directories); the root is its own. */
  parent: DirInode = this;
  name = '';
}

export class SymlinkInode extends InodeBase {
  readonly type = 'symlink';
  target = '';
}

export class FifoInode extends InodeBase {
  readonly type = 'fifo';
}

export class DeviceInode extends InodeBase {
  readonly type = 'device';
  device: DeviceName = 'null';
}

export type Inode = FileInode | DirInode | SymlinkInode | FifoInode | DeviceInode;

export function typeBits(inode: Inode): number {
  switch (inode.type) {
    case 'file':
      return S_IFREG;
    case 'dir':
      return S_IFDIR;
    case 'symlink':
      return S_IFLNK;
    case 'fifo':
      return S_IFIFO;
    case 'device':
      return S_IFCHR;
  }
}
