// A file's bytes for the browser to save, read as the student would read it with `cp` to elsewhere.

import type { FileSystem } from '../../sim/fs/filesystem.ts';
import { R_OK } from '../../sim/fs/filesystem.ts';
import { basename } from '../../sim/fs/path.ts';
import type { Credentials } from '../../sim/kernel/process.ts';
import { isErrno } from '../../sim/kernel/errors.ts';
import { quoteAlways } from '../../sim/text/quote.ts';
import type { Download } from './protocol.ts';

export function downloadFile(fs: FileSystem, cred: Credentials, path: string): Download {
  const failure = (reason: string): Download => ({ ok: false, message: `cannot open ${quoteAlways(path)} for reading: ${reason}` });
  try {
    const inode = fs.lookup(cred, '/', path);
    if (inode.type === 'dir') return failure('Is a directory');
    if (inode.type !== 'file') return failure('not a regular file');
    if (!fs.canAccess(cred, inode, R_OK)) return failure('Permission denied');
    // A copy: the caller transfers it to the page, which would otherwise detach the file's own buffer.
    return { ok: true, name: basename(path), bytes: inode.content().slice(), skipped: [] };
  } catch (error) {
    if (isErrno(error)) return failure(error.message);
    throw error;
  }
}
