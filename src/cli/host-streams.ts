// Descriptors that connect a simulated process to the real process's stdin, stdout and stderr.
// Waiting on them is an "external" wait: virtual time does not jump while the host is busy.

import { FileDescription } from '../sim/kernel/file-description.ts';
import type { Process } from '../sim/kernel/process.ts';
import { Errno } from '../sim/kernel/errors.ts';
import type { Readable, Writable } from 'node:stream';

export class HostOutput extends FileDescription {
  readonly kind = 'pipe';
  readonly readable = false;
  readonly writable = true;

  constructor(private readonly stream: Writable) {
    super();
  }

  read(): Promise<Uint8Array> {
    return Promise.reject(new Errno('EBADF'));
  }

  override writeWithoutBlocking(data: Uint8Array): boolean {
    this.stream.write(data);
    return true;
  }

  write(proc: Process, data: Uint8Array): Promise<void> {
    return proc.block<void>(
      (wake, fail) => {
        this.stream.write(data, (error) => (error ? fail(new Errno('EPIPE')) : wake()));
      },
      { external: true, interruptible: false },
    );
  }
}

export class HostInput extends FileDescription {
  readonly kind = 'pipe';
  readonly readable = true;
  readonly writable = false;
  private buffered: Uint8Array[] = [];
  private ended = false;
  private waiting: (() => void) | null = null;
  private started = false;

  constructor(private readonly stream: Readable) {
    super();
  }

  private start(): void {
    if (this.started) return;
    this.started = true;
    this.stream.on('data', (chunk: Buffer) => {
      this.buffered.push(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      this.notify();
    });
    this.stream.on('end', () => {
      this.ended = true;
      this.notify();
    });
    this.stream.on('error', () => {
      this.ended = true;
      this.notify();
    });
  }

  private notify(): void {
    const wake = this.waiting;
    this.waiting = null;
    if (wake) wake();
  }

  async read(proc: Process, max: number): Promise<Uint8Array> {
    this.start();
    while (this.buffered.length === 0 && !this.ended) {
      await proc.block<void>((wake) => {
        this.waiting = wake;
        return () => {
          this.waiting = null;
        };
      }, { external: true });
    }
    const first = this.buffered[0];
    if (first === undefined) return new Uint8Array(0);
    if (first.length <= max) {
      this.buffered.shift();
      return first;
    }
    this.buffered[0] = first.subarray(max);
    return first.subarray(0, max);
  }

  override unread(bytes: Uint8Array): boolean {
    if (bytes.length > 0) this.buffered.unshift(bytes);
    return true;
  }

  write(): Promise<void> {
    return Promise.reject(new Errno('EBADF'));
  }

  /** Stops listening so Node can exit even if the simulated program never read to the end. */
  close(): void {
    if (this.started) this.stream.pause();
    this.stream.removeAllListeners('data');
    if ('unref' in this.stream && typeof (this.stream as { unref?: () => void }).unref === 'function') (this.stream as { unref: () => void }).unref();
  }
}
