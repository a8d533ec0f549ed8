// The in-memory POSIX-like filesystem: a tree of inodes with owners, permission bits, timestamps from
// the virtual clock, symlinks, and a quota. Every operation takes the caller's credentials and
// working directory, checks permissions the way Linux does, and fails with the same errno.

import { Errno } from '../kernel/errors.ts';
import type { Credentials } from '../kernel/process.ts';
import {
  DeviceInode,
  DirInode,
  FifoInode,
  FileInode,
  type DeviceName,
  type Inode,
  PERMISSION_BITS,
  S_IFCHR,
  S_IFDIR,
  S_IFIFO,
  S_IFLNK,
  S_IFREG,
  S_ISVTX,
  SymlinkInode,
  typeBits,
} from './inode.ts';

export const DEFAULT_QUOTA_BYTES = 64 * 1024 * 1024;
export const DEFAULT_INODE_LIMIT = 200_000;
const MAX_SYMLINK_DEPTH = 40;
const NAME_MAX = 255;
export const R_OK = 4;
export const W_OK = 2;
export const X_OK = 1;

export interface Resolved {
  /** The directory holding the final component (the root for "/"). */
  parent: DirInode;
  /** The final component's name ("" for the root). */
  name: string;
  /** The inode, or undefined when the final component does not exist. */
  inode: Inode | undefined;
}

export interface StatInfo {
  ino: number;
  type: Inode['type'];
  mode: number;
  nlink: number;
  uid: number;
  gid: number;
  size: number;
  atimeUs: number;
  mtimeUs: number;
  ctimeUs: number;
}

export interface FileSystemOptions {
  now: () => number; // virtual microseconds
  quotaBytes?: number;
  inodeLimit?: number;
}

export class FileSystem {
  root: DirInode;
  quotaBytes: number;
  inodeLimit: number;
  usedBytes = 0;
  inodeCount = 1;
  private nextIno = 2;
  readonly now: () => number;
  /** Told after any change, with the path-independent inode changed (the UI's file tree listens). */
  /** Told of every change (content, metadata, a directory's entries): autosave, the file tree, the editor. */
  private readonly changeListeners: ((inode: Inode) => void)[] = [];

  constructor(options: FileSystemOptions) {
    this.now = options.now;
    this.quotaBytes = options.quotaBytes ?? DEFAULT_QUOTA_BYTES;
    this.inodeLimit = options.inodeLimit ?? DEFAULT_INODE_LIMIT;
    this.root = this.newDir(0o755, 0, 0);
  }

  // --- lookup ----------------------------------------------------------------------------------------

  /**
   * Walks `path` from `cwd` as namei does: search permission on every directory, symlinks followed
   * (the last one only when `follow`), ELOOP after 40. A trailing slash demands a directory.
   */
  resolve(cred: Credentials, cwd: string, path: string, follow = true): Resolved {
    if (path === '') throw new Errno('ENOENT');
    return this.walk(cred, path.startsWith('/') ? this.root : this.lookupDir(cred, cwd), path, follow, 0);
  }

  /** The inode at `path`; ENOENT when it does not exist. */
  lookup(cred: Credentials, cwd: string, path: string, follow = true): Inode {
    const { inode } = this.resolve(cred, cwd, path, follow);
    if (inode === undefined) throw new Errno('ENOENT');
    return inode;
  }

  lookupDir(cred: Credentials, cwd: string, path = cwd): DirInode {
    const inode = path === '/' ? this.root : this.lookup(cred, '/', path.startsWith('/') ? path : `/${path}`);
    if (inode.type !== 'dir') throw new Errno('ENOTDIR');
    return inode;
  }

  private walk(cred: Credentials, start: DirInode, path: string, follow: boolean, depth: number): Resolved {
    const parts = path.split('/');
    const trailingSlash = path.length > 1 && path.endsWith('/');
    let dir = start;
    let last = -1;
    for (let i = parts.length - 1; i >= 0; i--) {
      if (parts[i] !== '') {
        last = i;
        break;
      }
    }
    if (last < 0) return { parent: this.root, name: '', inode: this.root };
    for (let i = 0; i <= last; i++) {
      const part = parts[i];
      if (part === '' || (part === '.' && i < last)) continue;
      if (!this.canAccess(cred, dir, X_OK)) throw new Errno('EACCES');
      if (part.length > NAME_MAX) throw new Errno('ENAMETOOLONG');
      const isLast = i === last;
      let inode: Inode | undefined = part === '..' ? dir.parent : part === '.' ? dir : dir.entries.get(part);
      if (isLast) {
        if (inode?.type === 'symlink' && (follow || trailingSlash)) {
          if (depth >= MAX_SYMLINK_DEPTH) throw new Errno('ELOOP');
          const target = this.walk(cred, inode.target.startsWith('/') ? this.root : dir, inode.target, true, depth + 1);
          inode = target.inode;
          if (inode === undefined) return target;
          if (trailingSlash && inode.type !== 'dir') throw new Errno('ENOTDIR');
          return target;
        }
        if (trailingSlash && inode !== undefined && inode.type !== 'dir') throw new Errno('ENOTDIR');
        if (part === '..' || part === '.') return { parent: inode!.type === 'dir' ? inode!.parent : dir, name: part, inode };
        return { parent: dir, name: part, inode };
      }
      if (inode === undefined) throw new Errno('ENOENT');
      if (inode.type === 'symlink') {
        if (depth >= MAX_SYMLINK_DEPTH) throw new Errno('ELOOP');
        const target = this.walk(cred, inode.target.startsWith('/') ? this.root : dir, inode.target, true, depth + 1);
        if (target.inode === undefined) throw new Errno('ENOENT');
        inode = target.inode;
      }
      if (inode.type !== 'dir') throw new Errno('ENOTDIR');
      dir = inode;
    }
    return { parent: this.root, name: '', inode: dir };
  }

  /** The canonical absolute path of a directory (what `pwd -P` prints). */
  pathOf(dir: DirInode): string {
    const names: string[] = [];
    let current = dir;
    while (current !== this.root) {
      names.push(current.name);
      current = current.parent;
      if (names.length > 4096) throw new Errno('ELOOP');
    }
    return `/${names.reverse().join('/')}`;
  }

  /** realpath(3): every symlink resolved, `.`/`..` removed. */
  realpath(cred: Credentials, cwd: string, path: string): string {
    const resolved = this.resolve(cred, cwd, path, true);
    if (resolved.inode === undefined) throw new Errno('ENOENT');
    if (resolved.inode.type === 'dir') return this.pathOf(resolved.inode);
    const parentPath = this.pathOf(resolved.parent);
    return parentPath === '/' ? `/${resolved.name}` : `${parentPath}/${resolved.name}`;
  }

  // --- permissions -----------------------------------------------------------------------------------

  canAccess(cred: Credentials, inode: Inode, want: number): boolean {
    if (cred.uid === 0) {
      // root may read and write anything, and execute what has any x bit (or search any directory).
      if ((want & X_OK) === 0 || inode.type === 'dir') return true;
      return (inode.mode & 0o111) !== 0;
    }
    const perms =
      cred.uid === inode.uid
        ? (inode.mode >> 6) & 7
        : cred.groups.includes(inode.gid) || cred.gid === inode.gid
          ? (inode.mode >> 3) & 7
          : inode.mode & 7;
    return (perms & want) === want;
  }

  private requireWritableDir(cred: Credentials, dir: DirInode): void {
    if (!this.canAccess(cred, dir, W_OK | X_OK)) throw new Errno('EACCES');
  }

  /** The sticky bit (/tmp): only the owner of an entry (or of the directory) may remove or rename it. */
  private requireMayRemove(cred: Credentials, dir: DirInode, inode: Inode): void {
    this.requireWritableDir(cred, dir);
    if ((dir.mode & S_ISVTX) !== 0 && cred.uid !== 0 && cred.uid !== inode.uid && cred.uid !== dir.uid) {
      throw new Errno('EPERM');
    }
  }

  // --- creating and removing -------------------------------------------------------------------------

  mkdir(cred: Credentials, cwd: string, path: string, mode: number): DirInode {
    const { parent, name, inode } = this.resolve(cred, cwd, path, false);
    if (inode !== undefined) throw new Errno('EEXIST');
    this.requireWritableDir(cred, parent);
    const dir = this.newDir(mode, cred.uid, cred.gid);
    this.link(parent, name, dir);
    return dir;
  }

  /** Creates a regular file (open with O_CREAT). Returns the existing one unless `exclusive`. */
  createFile(cred: Credentials, cwd: string, path: string, mode: number, exclusive = false): FileInode {
    const resolved = this.resolve(cred, cwd, path, true);
    if (resolved.inode !== undefined) {
      if (exclusive) throw new Errno('EEXIST');
      if (resolved.inode.type === 'dir') throw new Errno('EISDIR');
      if (resolved.inode.type !== 'file') throw new Errno('EINVAL');
      return resolved.inode;
    }
    if (resolved.name === '.' || resolved.name === '..') throw new Errno('EISDIR');
    this.requireWritableDir(cred, resolved.parent);
    const file = new FileInode(this.allocIno(), S_IFREG | (mode & PERMISSION_BITS), cred.uid, cred.gid, ...this.times());
    this.link(resolved.parent, resolved.name, file);
    return file;
  }

  symlink(cred: Credentials, cwd: string, target: string, path: string): SymlinkInode {
    const { parent, name, inode } = this.resolve(cred, cwd, path, false);
    if (inode !== undefined) throw new Errno('EEXIST');
    this.requireWritableDir(cred, parent);
    const link = new SymlinkInode(this.allocIno(), S_IFLNK | 0o777, cred.uid, cred.gid, ...this.times());
    link.target = target;
    this.link(parent, name, link);
    return link;
  }

  mkfifo(cred: Credentials, cwd: string, path: string, mode: number): FifoInode {
    const { parent, name, inode } = this.resolve(cred, cwd, path, false);
    if (inode !== undefined) throw new Errno('EEXIST');
    this.requireWritableDir(cred, parent);
    const fifo = new FifoInode(this.allocIno(), S_IFIFO | (mode & PERMISSION_BITS), cred.uid, cred.gid, ...this.times());
    this.link(parent, name, fifo);
    return fifo;
  }

  mknodDevice(parent: DirInode, name: string, device: DeviceName, mode: number): DeviceInode {
    const node = new DeviceInode(this.allocIno(), S_IFCHR | mode, 0, 0, ...this.times());
    node.device = device;
    this.link(parent, name, node);
    return node;
  }

  /** link(2): a hard link to a non-directory. */
  hardlink(cred: Credentials, cwd: string, existing: string, path: string): void {
    const source = this.lookup(cred, cwd, existing, false);
    if (source.type === 'dir') throw new Errno('EPERM');
    const { parent, name, inode } = this.resolve(cred, cwd, path, false);
    if (inode !== undefined) throw new Errno('EEXIST');
    this.requireWritableDir(cred, parent);
    source.nlink++;
    source.ctimeUs = this.now();
    parent.entries.set(name, source);
    parent.touch(this.now());
    this.changed(parent);
  }

  unlink(cred: Credentials, cwd: string, path: string): void {
    const { parent, name, inode } = this.resolve(cred, cwd, path, false);
    if (inode === undefined) throw new Errno('ENOENT');
    if (inode.type === 'dir') throw new Errno('EISDIR');
    this.requireMayRemove(cred, parent, inode);
    this.unlinkEntry(parent, name, inode);
  }

  rmdir(cred: Credentials, cwd: string, path: string): void {
    const { parent, name, inode } = this.resolve(cred, cwd, path, false);
    if (inode === undefined) throw new Errno('ENOENT');
    if (inode.type !== 'dir') throw new Errno('ENOTDIR');
    if (name === '.') throw new Errno('EINVAL');
    if (inode === this.root || name === '..') throw new Errno('EBUSY');
    if (inode.entries.size > 0) throw new Errno('ENOTEMPTY');
    this.requireMayRemove(cred, parent, inode);
    this.unlinkEntry(parent, name, inode);
  }

  rename(cred: Credentials, cwd: string, from: string, to: string): void {
    const source = this.resolve(cred, cwd, from, false);
    if (source.inode === undefined) throw new Errno('ENOENT');
    if (source.name === '.' || source.name === '..' || source.inode === this.root) throw new Errno('EBUSY');
    const target = this.resolve(cred, cwd, to, false);
    const moving = source.inode;
    if (target.inode === moving) return;
    if (moving.type === 'dir') {
      for (let dir: DirInode = target.parent; ; dir = dir.parent) {
        if (dir === moving) throw new Errno('EINVAL');
        if (dir === this.root) break;
      }
    }
    if (target.inode !== undefined) {
      if (moving.type === 'dir' && target.inode.type !== 'dir') throw new Errno('ENOTDIR');
      if (moving.type !== 'dir' && target.inode.type === 'dir') throw new Errno('EISDIR');
      if (target.inode.type === 'dir' && target.inode.entries.size > 0) throw new Errno('ENOTEMPTY');
    }
    this.requireMayRemove(cred, source.parent, moving);
    if (target.inode !== undefined) this.requireMayRemove(cred, target.parent, target.inode);
    else this.requireWritableDir(cred, target.parent);
    if (target.inode !== undefined) this.unlinkEntry(target.parent, target.name, target.inode);
    source.parent.entries.delete(source.name);
    target.parent.entries.set(target.name, moving);
    if (moving.type === 'dir') {
      moving.parent = target.parent;
      moving.name = target.name;
    }
    const now = this.now();
    source.parent.touch(now);
    target.parent.touch(now);
    moving.ctimeUs = now;
    this.changed(source.parent);
    this.changed(target.parent);
  }

  // --- metadata --------------------------------------------------------------------------------------

  stat(inode: Inode): StatInfo {
    return {
      ino: inode.ino,
      type: inode.type,
      mode: inode.mode,
      nlink: inode.type === 'dir' ? 2 + countSubdirs(inode) : inode.nlink,
      uid: inode.uid,
      gid: inode.gid,
      size: sizeOf(inode),
      atimeUs: inode.atimeUs,
      mtimeUs: inode.mtimeUs,
      ctimeUs: inode.ctimeUs,
    };
  }

  chmod(cred: Credentials, inode: Inode, mode: number): void {
    if (cred.uid !== 0 && cred.uid !== inode.uid) throw new Errno('EPERM');
    inode.mode = (inode.mode & ~PERMISSION_BITS) | (mode & PERMISSION_BITS);
    inode.ctimeUs = this.now();
    this.changed(inode);
  }

  chown(cred: Credentials, inode: Inode, uid: number, gid: number): void {
    if (cred.uid !== 0 && (uid !== inode.uid || !cred.groups.includes(gid))) throw new Errno('EPERM');
    inode.uid = uid;
    inode.gid = gid;
    inode.ctimeUs = this.now();
    this.changed(inode);
  }

  utimes(cred: Credentials, inode: Inode, atimeUs: number, mtimeUs: number): void {
    if (cred.uid !== 0 && cred.uid !== inode.uid && !this.canAccess(cred, inode, W_OK)) throw new Errno('EACCES');
    inode.atimeUs = atimeUs;
    inode.mtimeUs = mtimeUs;
    inode.ctimeUs = this.now();
    this.changed(inode);
  }

  // --- file content ----------------------------------------------------------------------------------

  /**
   * Writes bytes at an offset. Appends go into spare capacity (amortised doubling) so a file grown a
   * line at a time stays linear; overwriting existing bytes copies first, so arrays handed out by
   * earlier reads never change under their holder.
   */
  writeAt(file: FileInode, offset: number, bytes: Uint8Array): void {
    const end = offset + bytes.length;
    const growth = Math.max(0, end - file.size);
    if (growth > 0 && this.usedBytes + growth > this.quotaBytes) throw new Errno('ENOSPC');
    if (offset < file.size || end > file.data.length) {
      const capacity = end > file.data.length ? Math.max(end, Math.min(file.data.length * 2, end + 64 * 1024 * 1024), 256) : file.data.length;
      const next = new Uint8Array(capacity);
      next.set(file.data.subarray(0, file.size));
      file.data = next;
    } else if (offset > file.size) {
      file.data.fill(0, file.size, offset);
    }
    file.data.set(bytes, offset);
    file.size = Math.max(file.size, end);
    this.usedBytes += growth;
    file.touch(this.now());
    this.changed(file);
  }

  truncate(file: FileInode, size: number): void {
    if (size === file.size) {
      file.touch(this.now());
      return;
    }
    const growth = size - file.size;
    if (growth > 0 && this.usedBytes + growth > this.quotaBytes) throw new Errno('ENOSPC');
    const next = new Uint8Array(size);
    next.set(file.data.subarray(0, Math.min(size, file.size)));
    file.data = next;
    file.size = size;
    this.usedBytes += growth;
    file.touch(this.now());
    this.changed(file);
  }

  /** Replaces a file's content in one step (used when restoring, importing and seeding files). */
  setContent(file: FileInode, bytes: Uint8Array): void {
    const growth = bytes.length - file.size;
    if (growth > 0 && this.usedBytes + growth > this.quotaBytes) throw new Errno('ENOSPC');
    file.data = bytes;
    file.size = bytes.length;
    this.usedBytes += growth;
    file.touch(this.now());
    this.changed(file);
  }

  // --- internals -------------------------------------------------------------------------------------

  private newDir(mode: number, uid: number, gid: number): DirInode {
    return new DirInode(this.allocIno(), S_IFDIR | (mode & PERMISSION_BITS), uid, gid, ...this.times());
  }

  private allocIno(): number {
    if (this.inodeCount >= this.inodeLimit) throw new Errno('ENOSPC');
    this.inodeCount++;
    return this.nextIno++;
  }

  private times(): [number, number, number] {
    const now = this.now();
    return [now, now, now];
  }

  private link(parent: DirInode, name: string, inode: Inode): void {
    if (name.length > NAME_MAX) throw new Errno('ENAMETOOLONG');
    parent.entries.set(name, inode);
    if (inode.type === 'dir') {
      inode.parent = parent;
      inode.name = name;
    }
    parent.touch(this.now());
    this.changed(parent);
  }

  private unlinkEntry(parent: DirInode, name: string, inode: Inode): void {
    parent.entries.delete(name);
    inode.nlink--;
    inode.ctimeUs = this.now();
    if (inode.nlink <= 0 || inode.type === 'dir') {
      this.inodeCount--;
      if (inode.type === 'file') this.usedBytes -= inode.size;
      if (inode.type === 'dir') this.forgetTree(inode);
    }
    parent.touch(this.now());
    this.changed(parent);
  }

  private forgetTree(dir: DirInode): void {
    for (const child of dir.entries.values()) {
      this.inodeCount--;
      if (child.type === 'file') this.usedBytes -= child.size;
      if (child.type === 'dir') this.forgetTree(child);
    }
  }

  /** Adds a listener for changes; returns the function that removes it. */
  onChange(listener: (inode: Inode) => void): () => void {
    this.changeListeners.push(listener);
    return () => {
      const index = this.changeListeners.indexOf(listener);
      if (index >= 0) this.changeListeners.splice(index, 1);
    };
  }

  private changed(inode: Inode): void {
    for (const listener of this.changeListeners) listener(inode);
  }

  /** Rebuilds counters after a restore replaced the tree. */
  adoptTree(root: DirInode, nextIno: number, usedBytes: number, inodeCount: number): void {
    this.root = root;
    this.nextIno = nextIno;
    this.usedBytes = usedBytes;
    this.inodeCount = inodeCount;
    this.changed(root);
  }

  get nextInodeNumber(): number {
    return this.nextIno;
  }
}

export function sizeOf(inode: Inode): number {
  switch (inode.type) {
    case 'file':
      return inode.size;
    case 'dir':
      return 4096;
    case 'symlink':
      return new TextEncoder().encode(inode.target).length;
    default:
      return 0;
  }
}

function countSubdirs(dir: DirInode): number {
  let count = 0;
  for (const child of dir.entries.values()) if (child.type === 'dir') count++;
  return count;
}

export { typeBits };
