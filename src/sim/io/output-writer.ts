// Buffered output for a descriptor, as C's stdio does it: fully buffered into pipes and files, line
// buffered on a terminal, unbuffered for stderr. Buffers are handed to the kernel and never reused
// (the kernel's zero-copy rule), so a flush allocates a fresh one.

import { Errno } from '../kernel/errors.ts';
import type { Process } from '../kernel/process.ts';
import { encodeText } from '../text/byte-text.ts';

export type BufferMode = 'full' | 'line' | 'none';

const BUFFER_SIZE = 65536;
const EMPTY = new Uint8Array(0);
const encoder = new TextEncoder();

/** A failed write: commands report it as GNU does ("cat: write error: No space left on device"). */
export class WriteError extends Error {
  constructor(readonly errno: Errno) {
    super(`write error: ${errno.message}`);
  }
}

export class OutputWriter {
  private buffer: Uint8Array = EMPTY;
  private used = 0;
  readonly mode: BufferMode;
  private readonly capacity: number;

  constructor(
    private readonly proc: Process,
    readonly fd: number,
    mode?: BufferMode,
  ) {
    const description = proc.fds.find(fd);
    this.mode = mode ?? (description?.isTerminal() ? 'line' : fd === 2 ? 'none' : 'full');
    this.capacity = this.mode === 'full' ? BUFFER_SIZE : 1024;
  }

  /** Queues text or bytes; returns a promise only when a flush was needed (await it either way). */
  write(data: string | Uint8Array): Promise<void> | undefined {
    // Start small and grow: a builtin that writes one short line should not allocate 64 KiB.
    if (this.buffer.length === 0) this.buffer = new Uint8Array(Math.min(this.capacity, 4096));
    else if (this.used === 0 && this.buffer.length < this.capacity && data.length * 3 > this.buffer.length) this.buffer = new Uint8Array(this.capacity);
    if (typeof data === 'string') {
      if (data.length === 0) return undefined;
      // Escaped bytes that are not UTF-8 (text/byte-text.ts) go out as the bytes they stand for.
      if (!data.isWellFormed()) return this.writeBytes(encodeText(data), data.includes('\n'));
      // Fast path: the text fits. encodeInto needs up to 3 bytes per UTF-16 unit.
      if (data.length * 3 <= this.buffer.length - this.used) {
        this.used += encoder.encodeInto(data, this.buffer.subarray(this.used)).written;
        return this.afterWrite(data.includes('\n'));
      }
      return this.writeBytes(encoder.encode(data), data.includes('\n'));
    }
    if (data.length === 0) return undefined;
    return this.writeBytes(data, this.mode === 'line' && data.includes(0x0a));
  }

  private writeBytes(bytes: Uint8Array, hasNewline: boolean): Promise<void> | undefined {
    if (bytes.length <= this.buffer.length - this.used) {
      this.buffer.set(bytes, this.used);
      this.used += bytes.length;
      return this.afterWrite(hasNewline);
    }
    return this.flushThen(bytes);
  }

  private afterWrite(hasNewline: boolean): Promise<void> | undefined {
    if (this.mode === 'none' || (this.mode === 'line' && hasNewline)) return this.flush();
    if (this.used > this.buffer.length - 1024) {
      if (this.buffer.length < this.capacity) {
        const grown = new Uint8Array(Math.min(this.capacity, this.buffer.length * 4));
        grown.set(this.buffer.subarray(0, this.used));
        this.buffer = grown;
      } else if (this.used === this.buffer.length) return this.flush();
    }
    return undefined;
  }

  private async flushThen(bytes: Uint8Array): Promise<void> {
    await this.flush();
    if (bytes.length >= this.capacity || this.mode !== 'full') await this.send(bytes);
    else {
      if (this.buffer.length < bytes.length) this.buffer = new Uint8Array(this.capacity);
      this.buffer.set(bytes, 0);
      this.used = bytes.length;
    }
  }

  /** Sends what is buffered. */
  async flush(): Promise<void> {
    if (this.used === 0) return;
    let out: Uint8Array;
    if (this.used * 4 < this.buffer.length) {
      // A little text: hand over a copy and keep the buffer (echo in a loop stays cheap).
      out = this.buffer.slice(0, this.used);
    } else {
      out = this.buffer.subarray(0, this.used);
      this.buffer = EMPTY;
    }
    this.used = 0;
    await this.send(out);
  }

  private async send(bytes: Uint8Array): Promise<void> {
    try {
      await this.proc.fds.get(this.fd).write(this.proc, bytes);
    } catch (error) {
      if (error instanceof Errno) throw new WriteError(error);
      throw error;
    }
  }

  get buffered(): number {
    return this.used;
  }
}
