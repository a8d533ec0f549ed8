// A folder of the simulated machine as a .zip, built with fflate in the worker. Loaded on first use so
// the worker's start-up does not carry the compressor. Entry names are built only from directory
// entry names under the folder (never `.`, `..` or empty), so no entry can point outside the archive.
// Unix permissions travel in the entries' external attributes, so `unzip` restores `chmod +x`.

import { zipSync, type ZipOptions, type Zippable } from 'fflate';
import type { FileSystem } from '../../sim/fs/filesystem.ts';
import { R_OK, X_OK } from '../../sim/fs/filesystem.ts';
import { S_IFDIR, S_IFREG, type DirInode, type Inode } from '../../sim/fs/inode.ts';
import { basename } from '../../sim/fs/path.ts';
import type { Credentials } from '../../sim/kernel/process.ts';
import { isErrno } from '../../sim/kernel/errors.ts';
import { quoteAlways } from '../../sim/text/quote.ts';
import { childPath } from './listing.ts';
import type { Download } from './protocol.ts';

const UNIX = 3; // "version made by" host system: Unix, so unzip reads the permission bits
const MSDOS_DIRECTORY = 0x10;
/** The zip format's DOS timestamps start in 1980; earlier virtual times are stored as this. */
const EARLIEST_ZIP_TIME_MS = Date.UTC(1980, 0, 2);

export function zipFolder(fs: FileSystem, cred: Credentials, path: string): Download {
  let folder: Inode;
  try {
    folder = fs.lookup(cred, '/', path);
  } catch (error) {
    if (isErrno(error)) return { ok: false, message: `cannot access ${quoteAlways(path)}: ${error.message}` };
    throw error;
  }
  if (folder.type !== 'dir') return { ok: false, message: `cannot zip ${quoteAlways(path)}: Not a directory` };
  const top = path === '/' ? 'filesystem' : basename(path);
  const entries: Zippable = {};
  const skipped: string[] = [];
  addFolder(fs, cred, { entries, skipped }, path, `${top}/`, folder);
  const zipped = zipSync(entries, { level: 6 });
  // Transferable only when the array owns its whole buffer.
  const bytes = zipped.byteOffset === 0 && zipped.byteLength === zipped.buffer.byteLength ? zipped : zipped.slice();
  return { ok: true, name: `${top}.zip`, bytes, skipped };
}

interface Archive {
  entries: Zippable;
  skipped: string[];
}

function addFolder(fs: FileSystem, cred: Credentials, archive: Archive, path: string, prefix: string, dir: DirInode): void {
  archive.entries[prefix.slice(0, -1)] = [{}, attributes(dir, S_IFDIR, MSDOS_DIRECTORY)];
  if (!fs.canAccess(cred, dir, R_OK | X_OK)) {
    archive.skipped.push(`${quoteAlways(path)}: Permission denied`);
    return;
  }
  for (const [name, child] of dir.entries) {
    const at = childPath(path, name);
    if (name === '' || name === '.' || name === '..') continue; // cannot occur in the tree; never archived
    const entryName = prefix + name;
    const inode = child.type === 'symlink' ? followLink(fs, cred, at) : child;
    if (inode === undefined || (inode.type === 'dir' && child.type === 'symlink')) {
      // zip -r would follow a link to a folder; a loop or a copy of / is not worth the risk here.
      archive.skipped.push(`${quoteAlways(at)}: symbolic link not followed`);
    } else if (inode.type === 'dir') {
      addFolder(fs, cred, archive, at, `${entryName}/`, inode);
    } else if (inode.type !== 'file') {
      archive.skipped.push(`${quoteAlways(at)}: not a regular file`);
    } else if (!fs.canAccess(cred, inode, R_OK)) {
      archive.skipped.push(`${quoteAlways(at)}: Permission denied`);
    } else {
      archive.entries[entryName] = [inode.content(), attributes(inode, S_IFREG, 0)];
    }
  }
}

function followLink(fs: FileSystem, cred: Credentials, path: string): Inode | undefined {
  try {
    return fs.lookup(cred, '/', path);
  } catch (error) {
    if (isErrno(error)) return undefined;
    throw error;
  }
}

function attributes(inode: Inode, typeBits: number, dosBits: number): ZipOptions {
  return {
    os: UNIX,
    attrs: (((typeBits | inode.permissions) << 16) | dosBits) >>> 0,
    mtime: new Date(Math.max(EARLIEST_ZIP_TIME_MS, Math.floor(inode.mtimeUs / 1000))),
  };
}
