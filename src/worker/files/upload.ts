// Files dropped or picked from the desktop, written into a folder of the simulated machine as the
// student. Each file is all or nothing: a file over the quota is refused before anything is created,
// and an existing file keeps its old content when the new one does not fit.

import type { FileSystem } from '../../sim/fs/filesystem.ts';
import { W_OK } from '../../sim/fs/filesystem.ts';
import type { Credentials } from '../../sim/kernel/process.ts';
import { Errno, isErrno } from '../../sim/kernel/errors.ts';
import { quoteAlways } from '../../sim/text/quote.ts';
import { childPath } from './listing.ts';
import type { FileOpResult, UploadFile, UploadOutcome } from './protocol.ts';

const UPLOADED_FILE_MODE = 0o644;

export function upload(fs: FileSystem, cred: Credentials, dir: string, files: readonly UploadFile[]): UploadOutcome[] {
  return files.map((file) => ({ name: file.name, result: uploadOne(fs, cred, dir, file) }));
}

/**
 * The name a browser file is stored under: its last path component. A browser gives base names, but
 * the worker does not trust that: `../../etc/passwd` becomes `passwd`, and `..` or `.` alone is refused.
 */
export function uploadName(name: string): string | null {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  if (base === '' || base === '.' || base === '..' || base.includes('\0')) return null;
  return base;
}

function uploadOne(fs: FileSystem, cred: Credentials, dir: string, file: UploadFile): FileOpResult {
  const name = uploadName(file.name);
  if (name === null) return { ok: false, message: `cannot upload ${quoteAlways(file.name)}: not a valid file name` };
  const path = childPath(dir, name);
  const bytes = file.bytes;
  let existing;
  try {
    existing = fs.resolve(cred, '/', path, true).inode;
  } catch (error) {
    if (isErrno(error)) return { ok: false, message: `cannot create regular file ${quoteAlways(path)}: ${error.message}` };
    throw error;
  }
  if (existing?.type === 'dir') return { ok: false, message: `cannot overwrite directory ${quoteAlways(path)} with non-directory` };
  if (existing !== undefined && existing.type !== 'file') return { ok: false, message: `cannot overwrite ${quoteAlways(path)}: not a regular file` };
  const noSpace = { ok: false, message: `error writing ${quoteAlways(path)}: ${new Errno('ENOSPC').message}` } as const;
  if (existing !== undefined) {
    // Like cp onto an existing file: it needs write permission on the file, not on the folder.
    if (!fs.canAccess(cred, existing, W_OK)) return { ok: false, message: `cannot create regular file ${quoteAlways(path)}: Permission denied` };
    if (bytes.length - existing.size > fs.quotaBytes - fs.usedBytes) return noSpace;
    fs.setContent(existing, bytes);
    return { ok: true, path };
  }
  // Checked before the file exists, so a refused upload leaves no empty file behind.
  if (bytes.length > fs.quotaBytes - fs.usedBytes) return noSpace;
  try {
    const created = fs.createFile(cred, '/', path, UPLOADED_FILE_MODE, true);
    fs.setContent(created, bytes);
  } catch (error) {
    if (isErrno(error)) return { ok: false, message: `cannot create regular file ${quoteAlways(path)}: ${error.message}` };
    throw error;
  }
  return { ok: true, path };
}
