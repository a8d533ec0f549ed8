// The changes the file tree can make — new file, new folder, rename, delete — done as the student
// would do them in the shell, failing with the same errno and worded like the coreutils message
// (cp's "cannot create regular file", mkdir's, mv's and rm's), without the command name.

import type { FileSystem } from '../../sim/fs/filesystem.ts';
import { W_OK, X_OK, R_OK } from '../../sim/fs/filesystem.ts';
import { S_ISVTX, type DirInode, type Inode } from '../../sim/fs/inode.ts';
import { dirname } from '../../sim/fs/path.ts';
import type { Credentials } from '../../sim/kernel/process.ts';
import { Errno, isErrno } from '../../sim/kernel/errors.ts';
import { quoteAlways } from '../../sim/text/quote.ts';
import { childPath } from './listing.ts';
import type { FileOpResult } from './protocol.ts';

const NEW_FILE_MODE = 0o644; // 0666 under the shell's umask 022
const NEW_FOLDER_MODE = 0o755; // 0777 under umask 022

export function createFile(fs: FileSystem, cred: Credentials, dir: string, name: string): FileOpResult {
  const path = childPath(dir, name);
  return attempt(`cannot create regular file ${quoteAlways(path)}`, name, () => {
    fs.createFile(cred, '/', path, NEW_FILE_MODE, true);
    return path;
  });
}

export function createFolder(fs: FileSystem, cred: Credentials, dir: string, name: string): FileOpResult {
  const path = childPath(dir, name);
  return attempt(`cannot create directory ${quoteAlways(path)}`, name, () => {
    fs.mkdir(cred, '/', path, NEW_FOLDER_MODE);
    return path;
  });
}

/**
 * Renames within the same folder. Unlike `mv`, an existing name is refused (File exists) rather than
 * silently replaced: a rename in a tree should never destroy another file.
 */
export function rename(fs: FileSystem, cred: Credentials, path: string, newName: string): FileOpResult {
  const target = childPath(dirname(path), newName);
  return attempt(`cannot move ${quoteAlways(path)} to ${quoteAlways(target)}`, newName, () => {
    const moving = fs.lookup(cred, '/', path, false);
    const existing = fs.resolve(cred, '/', target, false).inode;
    if (existing !== undefined && existing !== moving) throw new Errno('EEXIST');
    fs.rename(cred, '/', path, target);
    return target;
  });
}

/**
 * Removes a file, or a folder and everything under it (`rm -r`). Unlike `rm -r`, which removes what it
 * can and reports the rest, nothing is removed unless everything can be: a click should not leave a
 * half-deleted folder.
 */
export function remove(fs: FileSystem, cred: Credentials, path: string): FileOpResult {
  const failure = (code: Errno['code'] | Errno, at = path): FileOpResult => {
    const error = code instanceof Errno ? code : new Errno(code);
    return { ok: false, message: `cannot remove ${quoteAlways(at)}: ${error.message}` };
  };
  let resolved;
  try {
    resolved = fs.resolve(cred, '/', path, false);
  } catch (error) {
    if (isErrno(error)) return failure(error);
    throw error;
  }
  const { parent, inode } = resolved;
  if (inode === undefined) return failure('ENOENT');
  if (inode === fs.root) return { ok: false, message: "it is dangerous to operate recursively on '/'" };
  const blocker = mayRemove(fs, cred, parent, inode) ?? (inode.type === 'dir' ? firstBlocker(fs, cred, path, inode) : undefined);
  if (blocker) return failure(blocker.code, blocker.path ?? path);
  try {
    removeTree(fs, cred, path, inode);
  } catch (error) {
    if (isErrno(error)) return failure(error, error.path ?? path);
    throw error;
  }
  return { ok: true, path };
}

/** Runs one change; an errno becomes the message `what: strerror`. */
function attempt(what: string, name: string, change: () => string): FileOpResult {
  if (name.includes('/')) return { ok: false, message: `${what}: a name cannot contain '/'` };
  if (name.includes('\0')) return { ok: false, message: `${what}: ${new Errno('EINVAL').message}` };
  try {
    return { ok: true, path: change() };
  } catch (error) {
    if (isErrno(error)) return { ok: false, message: `${what}: ${error.message}` };
    throw error;
  }
}

/** The kernel's rule for unlinking `inode` from `dir`: write and search on it, and the sticky bit. */
function mayRemove(fs: FileSystem, cred: Credentials, dir: DirInode, inode: Inode): Errno | undefined {
  if (!fs.canAccess(cred, dir, W_OK | X_OK)) return new Errno('EACCES');
  if ((dir.mode & S_ISVTX) !== 0 && cred.uid !== 0 && cred.uid !== inode.uid && cred.uid !== dir.uid) return new Errno('EPERM');
  return undefined;
}

/** The first entry under `dir` that `rm -r` would fail on, with its path; undefined when all can go. */
function firstBlocker(fs: FileSystem, cred: Credentials, path: string, dir: DirInode): Errno | undefined {
  if (dir.entries.size === 0) return undefined;
  // rm must read the folder to find its entries, then unlink each one from it.
  if (!fs.canAccess(cred, dir, R_OK)) return new Errno('EACCES', path);
  for (const [name, child] of dir.entries) {
    const at = childPath(path, name);
    const denied = mayRemove(fs, cred, dir, child);
    if (denied) return new Errno(denied.code, at);
    if (child.type === 'dir') {
      const inner = firstBlocker(fs, cred, at, child);
      if (inner) return inner;
    }
  }
  return undefined;
}

function removeTree(fs: FileSystem, cred: Credentials, path: string, inode: Inode): void {
  if (inode.type !== 'dir') {
    fs.unlink(cred, '/', path);
    return;
  }
  for (const [name, child] of [...inode.entries]) removeTree(fs, cred, childPath(path, name), child);
  fs.rmdir(cred, '/', path);
}
