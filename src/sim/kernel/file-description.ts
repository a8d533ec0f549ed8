// An open file description, shared by every descriptor that dup() or fork() made from one open().
// Bytes cross it as Uint8Array. Ownership rule, which keeps pipes zero-copy: an array handed to
// write() belongs to the receiver from then on, and an array returned by read() must not be mutated.

import type { Process } from './process.ts';

export type DescriptionKind = 'file' | 'directory' | 'pipe' | 'tty' | 'device';

export const EOF_BYTES: Uint8Array = new Uint8Array(0);

export abstract class FileDescription {
  abstract readonly kind: DescriptionKind;
  abstract readonly readable: boolean;
  abstract readonly writable: boolean;
  /** How many descriptors (in all processes) refer to this description. */
  refs = 0;

  /** Up to `max` bytes; an empty array means end of file. May block. */
  abstract read(proc: Process, max: number): Promise<Uint8Array>;

  /** Writes every byte (blocking as needed) or throws Errno. */
  abstract write(proc: Process, data: Uint8Array): Promise<void>;

  /**
   * Gives back bytes a reader took but did not use, so the next read returns them first (how bash,
   * reading a script from standard input, leaves the rest of the input to the commands it runs).
   * Returns false where that is impossible.
   */
  unread(_bytes: Uint8Array): boolean {
    return false;
  }

  /**
   * Writes at once if that is possible without waiting (a process's last words as it dies, or a
   * message from code that cannot wait). Returns false where the bytes could not be written.
   */
  writeWithoutBlocking(_data: Uint8Array): boolean {
    return false;
  }

  /** Called once, when the last descriptor referring to it is closed. */
  protected onLastClose(): void {}

  isTerminal(): boolean {
    return false;
  }

  retain(): this {
    this.refs++;
    return this;
  }

  release(): void {
    if (--this.refs === 0) this.onLastClose();
  }
}
