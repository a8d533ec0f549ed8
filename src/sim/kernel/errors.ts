// Errors crossing the kernel boundary. System calls fail with an Errno carrying the same code and
// message text as Linux's strerror(), so commands can print GNU-style messages unchanged.

export const ERRNO_MESSAGES = {
  EPERM: 'Operation not permitted',
  EAGAIN: 'Resource temporarily unavailable',
  ENOMEM: 'Cannot allocate memory',
  ENOENT: 'No such file or directory',
  ESRCH: 'No such process',
  EINTR: 'Interrupted system call',
  EIO: 'Input/output error',
  ENXIO: 'No such device or address',
  E2BIG: 'Argument list too long',
  ENOEXEC: 'Exec format error',
  EBADF: 'Bad file descriptor',
  ECHILD: 'No child processes',
  EACCES: 'Permission denied',
  EBUSY: 'Device or resource busy',
  EEXIST: 'File exists',
  EXDEV: 'Invalid cross-device link',
  ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory',
  EINVAL: 'Invalid argument',
  EMFILE: 'Too many open files',
  ENOTTY: 'Inappropriate ioctl for device',
  ETXTBSY: 'Text file busy',
  EFBIG: 'File too large',
  ENOSPC: 'No space left on device',
  ESPIPE: 'Illegal seek',
  EROFS: 'Read-only file system',
  EPIPE: 'Broken pipe',
  ENAMETOOLONG: 'File name too long',
  ENOTEMPTY: 'Directory not empty',
  ELOOP: 'Too many levels of symbolic links',
} as const;

export type ErrnoCode = keyof typeof ERRNO_MESSAGES;

/** A failed system call. `message` is strerror's text, e.g. "No such file or directory". */
export class Errno extends Error {
  constructor(
    readonly code: ErrnoCode,
    readonly path?: string,
  ) {
    super(ERRNO_MESSAGES[code]);
    this.name = 'Errno';
  }
}

export function isErrno(error: unknown, code?: ErrnoCode): error is Errno {
  return error instanceof Errno && (code === undefined || error.code === code);
}

/** Lets a process's own termination through a catch-all (code that ignores its I/O errors). */
export function rethrowTermination(error: unknown): void {
  if (error instanceof ProcessTermination) throw error;
}

/**
 * Thrown inside a process to unwind it when it exits or is killed. It is not an Error: command code
 * that catches errors must let it through (catch Errno, rethrow the rest).
 */
export class ProcessTermination {
  constructor(
    /** Exit status as a parent's wait would report it: 0-255, or 128+signal when killed. */
    readonly status: number,
    readonly signal: number | null,
  ) {}
}
