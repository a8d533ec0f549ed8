// The worker side of the file tree: answers its calls as the student, and keeps the folders it shows
// current. The filesystem's onChange only marks watched folders dirty (one map lookup per change, so a
// `yes > file` loop stays cheap); the world host's flush then relists each dirty folder once and sends
// the listings in its next update batch — never one message per change.

import { STUDENT } from '../../sim/fs/base-system.ts';
import type { FileSystem } from '../../sim/fs/filesystem.ts';
import type { DirInode, Inode } from '../../sim/fs/inode.ts';
import type { Credentials } from '../../sim/kernel/process.ts';
import { createFile, createFolder, remove, rename } from './file-operations.ts';
import { downloadFile } from './download.ts';
import { listDirectory } from './listing.ts';
import type { DirListing, DiskUsage, Download, FileOpResult, FileTreeUpdate, UploadFile, UploadOutcome } from './protocol.ts';
import { upload } from './upload.ts';

/** Everything the tree does, it does as the student: the same permissions as their shell. */
const CRED: Credentials = STUDENT;

export class FileTreeHost {
  private fs: FileSystem | null = null;
  /** Watched folder path → the inodes whose change alters its listing. */
  private readonly watches = new Map<string, Inode[]>();
  /** The reverse index: inode → the watched folders it appears in. */
  private readonly watchers = new Map<Inode, Set<string>>();
  private readonly dirty = new Set<string>();
  private usageChanged = false;
  /** A restored snapshot swaps the whole tree: then every watched folder is stale. */
  private root: DirInode | null = null;

  constructor(
    private readonly scheduleFlush: () => void,
    private readonly transfer: <T>(value: T, transferables: ArrayBuffer[]) => T,
  ) {}

  /** Listens to `fs` (one of its change listeners, beside persistence and the editor). */
  attach(fs: FileSystem): void {
    // A new world (a reset): what the tree showed is listed again from the new filesystem.
    const shown = [...this.watches.keys()];
    for (const path of shown) this.forget(path);
    for (const path of shown) this.dirty.add(path);
    if (shown.length > 0) this.scheduleFlush();
    this.fs = fs;
    this.root = fs.root;
    fs.onChange((inode) => {
      if (this.fs === fs) this.changed(fs, inode);
    });
  }

  /** The listings that changed since the last call, or null when nothing the tree shows did. */
  takeUpdate(): FileTreeUpdate | null {
    const fs = this.fs;
    if (!fs || (this.dirty.size === 0 && !this.usageChanged)) return null;
    const paths = [...this.dirty];
    this.dirty.clear();
    const listings = paths.map((path) => this.watch(fs, path));
    this.usageChanged = false;
    return { listings, usage: usageOf(fs) };
  }

  list(path: string): DirListing {
    return this.watch(this.requireFs(), path);
  }

  unwatch(paths?: readonly string[]): void {
    for (const path of paths ?? [...this.watches.keys()]) this.forget(path);
  }

  usage(): DiskUsage {
    return usageOf(this.requireFs());
  }

  createFile(dir: string, name: string): FileOpResult {
    return createFile(this.requireFs(), CRED, dir, name);
  }

  createFolder(dir: string, name: string): FileOpResult {
    return createFolder(this.requireFs(), CRED, dir, name);
  }

  rename(path: string, newName: string): FileOpResult {
    return rename(this.requireFs(), CRED, path, newName);
  }

  remove(path: string): FileOpResult {
    return remove(this.requireFs(), CRED, path);
  }

  upload(dir: string, files: readonly UploadFile[]): UploadOutcome[] {
    return upload(this.requireFs(), CRED, dir, files);
  }

  download(path: string): Download {
    return this.transferred(downloadFile(this.requireFs(), CRED, path));
  }

  async downloadZip(path: string): Promise<Download> {
    const fs = this.requireFs();
    const { zipFolder } = await import('./folder-zip.ts');
    return this.transferred(zipFolder(fs, CRED, path));
  }

  private transferred(download: Download): Download {
    return download.ok ? this.transfer(download, [download.bytes.buffer as ArrayBuffer]) : download;
  }

  private changed(fs: FileSystem, inode: Inode): void {
    if (this.watches.size === 0) return;
    this.usageChanged = true;
    if (fs.root !== this.root) {
      this.root = fs.root;
      for (const path of this.watches.keys()) this.dirty.add(path);
    } else {
      const paths = this.watchers.get(inode);
      if (paths) for (const path of paths) this.dirty.add(path);
    }
    this.scheduleFlush();
  }

  /** Lists `path` and (re)indexes what it depends on. */
  private watch(fs: FileSystem, path: string): DirListing {
    this.forget(path);
    const listed = listDirectory(fs, CRED, path);
    const inodes = listed.dir ? [listed.dir, ...listed.entries] : listed.entries;
    if (listed.dir) {
      this.watches.set(path, inodes);
      for (const inode of inodes) {
        let paths = this.watchers.get(inode);
        if (!paths) this.watchers.set(inode, (paths = new Set()));
        paths.add(path);
      }
    }
    return listed.listing;
  }

  private forget(path: string): void {
    const inodes = this.watches.get(path);
    if (!inodes) return;
    this.watches.delete(path);
    this.dirty.delete(path);
    for (const inode of inodes) {
      const paths = this.watchers.get(inode);
      paths?.delete(path);
      if (paths?.size === 0) this.watchers.delete(inode);
    }
  }

  private requireFs(): FileSystem {
    if (!this.fs) throw new Error('the world has not been started');
    return this.fs;
  }
}

function usageOf(fs: FileSystem): DiskUsage {
  return { usedBytes: fs.usedBytes, quotaBytes: fs.quotaBytes };
}
