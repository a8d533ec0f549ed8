// open(2): turns a path into an open file description, checking permissions on the way. The
// /dev/stdin, /dev/fd/N and /proc/self/fd/N names reopen the caller's own descriptors (bash relies on
// /dev/fd for process substitution).

import { absolute, normalize } from '../fs/path.ts';
import { CharDeviceDescription, DirectoryDescription, RegularFileDescription, type OpenFlags } from '../fs/open-file.ts';
import { R_OK, W_OK } from '../fs/filesystem.ts';
import { Errno } from './errors.ts';
import type { FileDescription } from './file-description.ts';
import type { Kernel } from './kernel.ts';
import type { Process } from './process.ts';
import { TtyDescription } from './tty.ts';

export type { OpenFlags };

/** Returns a description holding one reference that the caller owns (install it with fds.adopt). */
export async function openPath(
  kernel: Kernel,
  proc: Process,
  path: string,
  flags: OpenFlags,
  mode = 0o666,
): Promise<FileDescription> {
  const own = ownDescriptor(path.startsWith('/') ? path : normalize(absolute(proc.cwd, path)));
  if (own !== undefined) {
    const description = proc.fds.find(own);
    if (description === undefined) throw new Errno('ENOENT');
    // Like Linux's /proc/self/fd links: a regular file is opened anew (so `> /dev/stdout` truncates
    // it); a pipe or terminal is the same object.
    if (description instanceof RegularFileDescription) {
      const wantsWrite = (flags.write ?? false) || (flags.append ?? false);
      if (flags.truncate && wantsWrite) kernel.fs.truncate(description.inode, 0);
      return new RegularFileDescription(kernel.fs, description.inode, flags).retain();
    }
    return description.retain();
  }
  return openInode(kernel, proc, path, flags, mode);
}

async function openInode(kernel: Kernel, proc: Process, path: string, flags: OpenFlags, mode: number): Promise<FileDescription> {
  const fs = kernel.fs;
  const resolved = fs.resolve(proc.cred, proc.cwd, path, !flags.noFollow);
  const inode = resolved.inode;
  if (inode === undefined) {
    if (!flags.create) throw new Errno('ENOENT');
    const file = fs.createFile(proc.cred, proc.cwd, path, mode & ~proc.umask, flags.exclusive);
    return new RegularFileDescription(fs, file, flags).retain();
  }
  if (flags.create && flags.exclusive) throw new Errno('EEXIST');
  const wantsWrite = (flags.write ?? false) || (flags.append ?? false);
  if ((flags.read && !fs.canAccess(proc.cred, inode, R_OK)) || (wantsWrite && !fs.canAccess(proc.cred, inode, W_OK))) {
    throw new Errno('EACCES');
  }
  switch (inode.type) {
    case 'dir':
      if (wantsWrite) throw new Errno('EISDIR');
      return new DirectoryDescription(inode).retain();
    case 'file':
      if (flags.truncate && wantsWrite) fs.truncate(inode, 0);
      return new RegularFileDescription(fs, inode, flags).retain();
    case 'device':
      if (inode.device === 'tty') {
        if (proc.sid !== kernel.tty.sessionId) throw new Errno('ENXIO');
        return new TtyDescription(kernel.tty, { read: flags.read ?? false, write: wantsWrite }).retain();
      }
      return new CharDeviceDescription(inode.device, (n) => randomBytes(kernel, n)).retain();
    case 'fifo':
      return kernel.fifos.open(proc, inode, { read: flags.read ?? false, write: wantsWrite });
    case 'symlink':
      throw new Errno('ELOOP');
  }
}

const OWN_FD = /^\/(?:dev\/fd|proc\/self\/fd)\/(\d+)$/;

function ownDescriptor(path: string): number | undefined {
  switch (path) {
    case '/dev/stdin':
      return 0;
    case '/dev/stdout':
      return 1;
    case '/dev/stderr':
      return 2;
  }
  const match = OWN_FD.exec(path);
  return match ? Number(match[1]) : undefined;
}

function randomBytes(kernel: Kernel, n: number): Uint8Array {
  const bytes = new Uint8Array(n);
  for (let i = 0; i < n; i++) bytes[i] = kernel.prng.nextU32() & 0xff;
  return bytes;
}
