// Lists one folder for the file tree, as the student: what `ls -la` would show them, folders first.

import type { FileSystem } from '../../sim/fs/filesystem.ts';
import { R_OK, sizeOf } from '../../sim/fs/filesystem.ts';
import type { DirInode, Inode } from '../../sim/fs/inode.ts';
import type { Credentials } from '../../sim/kernel/process.ts';
import { isErrno } from '../../sim/kernel/errors.ts';
import { quoteAlways } from '../../sim/text/quote.ts';
import type { DirListing, FileEntry } from './protocol.ts';

export interface ListedDirectory {
  listing: DirListing;
  /** The folder's inode when the path resolved (even if it could not be read), so a chmod is noticed. */
  dir?: DirInode;
  /** The inodes whose changes alter this listing: the folder's entries. */
  entries: Inode[];
}

export function listDirectory(fs: FileSystem, cred: Credentials, path: string): ListedDirectory {
  let dir: Inode;
  try {
    dir = fs.lookup(cred, '/', path);
  } catch (error) {
    if (!isErrno(error)) throw error;
    return { listing: { path, ok: false, message: `cannot access ${quoteAlways(path)}: ${error.message}` }, entries: [] };
  }
  if (dir.type !== 'dir') return { listing: { path, ok: false, message: `cannot open directory ${quoteAlways(path)}: Not a directory` }, entries: [] };
  if (!fs.canAccess(cred, dir, R_OK)) {
    return { listing: { path, ok: false, message: `cannot open directory ${quoteAlways(path)}: Permission denied` }, dir, entries: [] };
  }
  const entries: FileEntry[] = [];
  const inodes: Inode[] = [];
  for (const [name, inode] of dir.entries) {
    inodes.push(inode);
    entries.push(describe(fs, cred, childPath(path, name), name, inode));
  }
  entries.sort(compareEntries);
  return { listing: { path, ok: true, entries }, dir, entries: inodes };
}

export function childPath(dir: string, name: string): string {
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

function describe(fs: FileSystem, cred: Credentials, path: string, name: string, inode: Inode): FileEntry {
  const entry: FileEntry = {
    name,
    path,
    kind: inode.type,
    size: sizeOf(inode),
    mode: inode.permissions,
    executable: inode.type === 'file' && (inode.mode & 0o111) !== 0,
  };
  if (inode.type === 'symlink') {
    entry.linkTarget = inode.target;
    entry.linkToDir = pointsToDir(fs, cred, path);
  }
  return entry;
}

function pointsToDir(fs: FileSystem, cred: Credentials, path: string): boolean {
  try {
    return fs.lookup(cred, '/', path).type === 'dir';
  } catch (error) {
    // A dangling or looping link is shown as a link that leads nowhere.
    if (isErrno(error)) return false;
    throw error;
  }
}

/** Folders (and links to folders) first, then by name in code-unit order, as `ls` sorts in C.UTF-8. */
function compareEntries(a: FileEntry, b: FileEntry): number {
  const aDir = a.kind === 'dir' || a.linkToDir === true;
  const bDir = b.kind === 'dir' || b.linkToDir === true;
  if (aDir !== bDir) return aDir ? -1 : 1;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
