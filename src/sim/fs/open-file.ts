// Open file descriptions for filesystem objects: regular files (with an offset and O_APPEND),
// directories (which refuse read/write like Linux), and character devices (/dev/null and friends).

import { Errno } from '../kernel/errors.ts';
import { EOF_BYTES, FileDescription } from '../kernel/file-description.ts';
import type { Process } from '../kernel/process.ts';
import type { FileSystem } from './filesystem.ts';
import type { DirInode, FileInode } from './inode.ts';

export interface OpenFlags {
  read?: boolean;
  write?: boolean;
  append?: boolean;
  create?: boolean;
  truncate?: boolean;
  exclusive?: boolean;
  /** O_NOFOLLOW-like: do not follow a symlink in the last component. */
  noFollow?: boolean;
}

export class RegularFileDescription extends FileDescription {
  readonly kind = 'file';
  readonly readable: boolean;
  readonly writable: boolean;
  offset = 0;

  constructor(
    readonly fs: FileSystem,
    readonly inode: FileInode,
    readonly flags: OpenFlags,
  ) {
    super();
    this.readable = flags.read ?? false;
    this.writable = (flags.write ?? false) || (flags.append ?? false);
  }

  read(_proc: Process, max: number): Promise<Uint8Array> {
    if (!this.readable) return Promise.reject(new Errno('EBADF'));
    return Promise.resolve(this.readNow(max));
  }

  override unread(bytes: Uint8Array): boolean {
    this.offset = Math.max(0, this.offset - bytes.length);
    return true;
  }

  override writeWithoutBlocking(data: Uint8Array): boolean {
    try {
      this.writeNow(data);
      return true;
    } catch {
      return false;
    }
  }

  /** Reads without waiting: a regular file never blocks. */
  readNow(max: number): Uint8Array {
    const inode = this.inode;
    if (this.offset >= inode.size) return EOF_BYTES;
    const end = Math.min(inode.size, this.offset + max);
    const bytes = inode.data.subarray(this.offset, end);
    this.offset = end;
    inode.atimeUs = this.fs.now();
    return bytes;
  }

  write(_proc: Process, data: Uint8Array): Promise<void> {
    try {
      this.writeNow(data);
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(error);
    }
  }

  writeNow(data: Uint8Array): void {
    if (!this.writable) throw new Errno('EBADF');
    if (this.flags.append) this.offset = this.inode.size;
    this.fs.writeAt(this.inode, this.offset, data);
    this.offset += data.length;
  }
}

export class DirectoryDescription extends FileDescription {
  readonly kind = 'directory';
  readonly readable = true;
  readonly writable = false;

  constructor(readonly inode: DirInode) {
    super();
  }

  read(): Promise<Uint8Array> {
    return Promise.reject(new Errno('EISDIR'));
  }

  write(): Promise<void> {
    return Promise.reject(new Errno('EBADF'));
  }
}

/** /dev/null, /dev/zero, /dev/full, /dev/urandom: devices that never block. */
export class CharDeviceDescription extends FileDescription {
  readonly kind = 'device';
  readonly readable = true;
  readonly writable = true;

  constructor(
    readonly device: 'null' | 'zero' | 'full' | 'random' | 'urandom',
    private readonly randomBytes: (n: number) => Uint8Array,
  ) {
    super();
  }

  read(_proc: Process, max: number): Promise<Uint8Array> {
    switch (this.device) {
      case 'null':
        return Promise.resolve(EOF_BYTES);
      case 'zero':
      case 'full':
        return Promise.resolve(new Uint8Array(Math.min(max, 65536)));
      default:
        return Promise.resolve(this.randomBytes(Math.min(max, 65536)));
    }
  }

  write(): Promise<void> {
    return this.device === 'full' ? Promise.reject(new Errno('ENOSPC')) : Promise.resolve();
  }
}
