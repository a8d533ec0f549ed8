// A process's file descriptors: small integers naming shared open file descriptions.

import { Errno } from './errors.ts';
import type { FileDescription } from './file-description.ts';

export const MAX_FDS = 1024;

export class FdTable {
  private readonly entries = new Map<number, FileDescription>();
  private readonly closeOnExec = new Set<number>();

  get(fd: number): FileDescription {
    const description = this.entries.get(fd);
    if (description === undefined) throw new Errno('EBADF');
    return description;
  }

  has(fd: number): boolean {
    return this.entries.has(fd);
  }

  find(fd: number): FileDescription | undefined {
    return this.entries.get(fd);
  }

  /** dup(): installs another reference to `description` at the lowest free descriptor ≥ `from`. */
  add(description: FileDescription, from = 0): number {
    return this.adopt(description.retain(), from);
  }

  /** Installs a reference the caller already holds (what open() returned) at the lowest free fd. */
  adopt(description: FileDescription, from = 0): number {
    let fd = from;
    while (this.entries.has(fd)) fd++;
    if (fd >= MAX_FDS) {
      description.release();
      throw new Errno('EMFILE');
    }
    this.entries.set(fd, description);
    return fd;
  }

  /** dup2: makes `fd` refer to `description`, closing what it referred to before. */
  set(fd: number, description: FileDescription): void {
    if (fd < 0 || fd >= MAX_FDS) throw new Errno('EBADF');
    description.retain();
    this.close(fd);
    this.entries.set(fd, description);
  }

  /** Like set(), with a reference the caller already holds. */
  setAdopted(fd: number, description: FileDescription): void {
    this.set(fd, description);
    description.release();
  }

  close(fd: number): boolean {
    const description = this.entries.get(fd);
    if (description === undefined) return false;
    this.entries.delete(fd);
    this.closeOnExec.delete(fd);
    description.release();
    return true;
  }

  closeAll(): void {
    for (const fd of [...this.entries.keys()]) this.close(fd);
  }

  setCloseOnExec(fd: number, on: boolean): void {
    if (on) this.closeOnExec.add(fd);
    else this.closeOnExec.delete(fd);
  }

  /** What a child gets from fork(): the same descriptions, each retained once more. */
  fork(): FdTable {
    const copy = new FdTable();
    for (const [fd, description] of this.entries) copy.entries.set(fd, description.retain());
    for (const fd of this.closeOnExec) copy.closeOnExec.add(fd);
    return copy;
  }

  /** What exec() keeps: close-on-exec descriptors are closed. */
  exec(): void {
    for (const fd of [...this.closeOnExec]) this.close(fd);
  }

  descriptors(): number[] {
    return [...this.entries.keys()].sort((a, b) => a - b);
  }
}
