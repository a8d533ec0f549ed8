// File tests shared by [[ … ]] and test/[: -e -f -d -r -w -x -s -L and the rest (bash(1),
// CONDITIONAL EXPRESSIONS), answered from the simulated filesystem with the caller's credentials.

import type { Shell } from './shell.ts';
import { R_OK, W_OK, X_OK } from '../fs/filesystem.ts';
import type { Inode } from '../fs/inode.ts';
import { S_ISGID, S_ISUID, S_ISVTX } from '../fs/inode.ts';

export const FILE_TEST_OPERATORS = new Set(['-a', '-b', '-c', '-d', '-e', '-f', '-g', '-h', '-k', '-p', '-r', '-s', '-t', '-u', '-w', '-x', '-G', '-L', '-N', '-O', '-S']);

export function fileTest(shell: Shell, op: string, operand: string): boolean {
  if (op === '-t') {
    const fd = Number(operand);
    return Number.isInteger(fd) && (shell.proc.fds.find(fd)?.isTerminal() ?? false);
  }
  const follow = op !== '-h' && op !== '-L';
  const inode = look(shell, operand, follow);
  if (inode === undefined) return false;
  const fs = shell.kernel.fs;
  const cred = shell.proc.cred;
  switch (op) {
    case '-a':
    case '-e':
      return true;
    case '-f':
      return inode.type === 'file';
    case '-d':
      return inode.type === 'dir';
    case '-h':
    case '-L':
      return inode.type === 'symlink';
    case '-p':
      return inode.type === 'fifo';
    case '-c':
      return inode.type === 'device';
    case '-b':
    case '-S':
      return false;
    case '-r':
      return fs.canAccess(cred, inode, R_OK);
    case '-w':
      return fs.canAccess(cred, inode, W_OK);
    case '-x':
      return fs.canAccess(cred, inode, X_OK);
    case '-s':
      return fs.stat(inode).size > 0;
    case '-u':
      return (inode.mode & S_ISUID) !== 0;
    case '-g':
      return (inode.mode & S_ISGID) !== 0;
    case '-k':
      return (inode.mode & S_ISVTX) !== 0;
    case '-O':
      return inode.uid === cred.uid;
    case '-G':
      return inode.gid === cred.gid;
    case '-N':
      return inode.mtimeUs > inode.atimeUs;
    default:
      return false;
  }
}

/** -nt, -ot, -ef between two files. */
export function fileCompare(shell: Shell, left: string, op: string, right: string): boolean {
  const a = look(shell, left, true);
  const b = look(shell, right, true);
  switch (op) {
    case '-nt':
      return a !== undefined && (b === undefined || a.mtimeUs > b.mtimeUs);
    case '-ot':
      return b !== undefined && (a === undefined || a.mtimeUs < b.mtimeUs);
    case '-ef':
      return a !== undefined && a === b;
    default:
      return false;
  }
}

function look(shell: Shell, path: string, follow: boolean): Inode | undefined {
  if (path === '') return undefined;
  try {
    return shell.kernel.fs.lookup(shell.proc.cred, shell.proc.cwd, path, follow);
  } catch {
    return undefined;
  }
}
