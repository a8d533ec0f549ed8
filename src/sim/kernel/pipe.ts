// A pipe: a bounded byte buffer between a writer and a reader. Like Linux it holds 64 KiB; a writer
// that finds it full blocks (backpressure), and a write with no reader left raises SIGPIPE and fails
// with EPIPE, which is how `yes | head -n 3` ends.

import { Errno } from './errors.ts';
import { EOF_BYTES, FileDescription } from './file-description.ts';
import type { Process } from './process.ts';
import { SIG } from './signals.ts';

export const PIPE_CAPACITY = 65536;

export class Pipe {
  private chunks: Uint8Array[] = [];
  private head = 0; // index of the first unread chunk
  private buffered = 0;
  readers = 0;
  writers = 0;
  private readerWaiters: (() => void)[] = [];
  private writerWaiters: (() => void)[] = [];
  private peerWaiters: (() => void)[] = [];
  /** Told when neither end is open any more (a FIFO then forgets this pipe). */
  onUnused: (() => void) | null = null;

  constructor(readonly capacity = PIPE_CAPACITY) {}

  /** A fresh pipe(2): both ends, each holding one reference owned by the caller. */
  static create(): [PipeReadEnd, PipeWriteEnd] {
    const pipe = new Pipe();
    return [new PipeReadEnd(pipe).retain(), new PipeWriteEnd(pipe).retain()];
  }

  /** A read end that yields `bytes` and then end of file (here-documents, here-strings). */
  static preloaded(bytes: Uint8Array): PipeReadEnd {
    const pipe = new Pipe(Math.max(bytes.length, 1));
    if (bytes.length > 0) {
      pipe.chunks.push(bytes);
      pipe.buffered = bytes.length;
    }
    return new PipeReadEnd(pipe).retain();
  }

  /** Blocks until the other end has been opened at least once (opening a FIFO waits for a peer). */
  async waitForPeer(proc: Process, side: 'reader' | 'writer'): Promise<void> {
    while ((side === 'reader' ? this.readers : this.writers) === 0) {
      await proc.block<void>((wake) => {
        this.peerWaiters.push(wake);
        return () => remove(this.peerWaiters, wake);
      });
    }
  }

  opened(side: 'reader' | 'writer'): void {
    if (side === 'reader') this.readers++;
    else this.writers++;
    wakeAll(this.peerWaiters);
    this.peerWaiters = [];
  }

  get bytesBuffered(): number {
    return this.buffered;
  }

  async read(proc: Process, max: number): Promise<Uint8Array> {
    while (this.buffered === 0) {
      if (this.writers === 0) return EOF_BYTES;
      await proc.block<void>((wake) => {
        this.readerWaiters.push(wake);
        return () => remove(this.readerWaiters, wake);
      });
    }
    return this.take(max);
  }

  /** Bytes available without blocking, or null when the pipe is empty (EOF_BYTES once no writer is left). */
  tryRead(max: number): Uint8Array | null {
    if (this.buffered > 0) return this.take(max);
    return this.writers === 0 ? EOF_BYTES : null;
  }

  async write(proc: Process, data: Uint8Array): Promise<void> {
    let offset = 0;
    while (offset < data.length) {
      if (this.readers === 0) throw brokenPipe(proc);
      const space = this.capacity - this.buffered;
      if (space === 0) {
        await proc.block<void>((wake) => {
          this.writerWaiters.push(wake);
          return () => remove(this.writerWaiters, wake);
        });
        continue;
      }
      const n = Math.min(space, data.length - offset);
      this.chunks.push(offset === 0 && n === data.length ? data : data.subarray(offset, offset + n));
      this.buffered += n;
      offset += n;
      wakeAll(this.readerWaiters);
      this.readerWaiters = [];
    }
  }

  private take(max: number): Uint8Array {
    const first = this.chunks[this.head];
    let result: Uint8Array;
    if (first.length <= max) {
      result = first;
      this.head++;
      // Coalesce small chunks so a reader with a large buffer gets them in one read.
      if (first.length < max && this.head < this.chunks.length) {
        let total = first.length;
        let end = this.head;
        while (end < this.chunks.length && total + this.chunks[end].length <= max) total += this.chunks[end++].length;
        if (end > this.head) {
          result = new Uint8Array(total);
          result.set(first, 0);
          let at = first.length;
          for (let i = this.head; i < end; i++) {
            result.set(this.chunks[i], at);
            at += this.chunks[i].length;
          }
          this.head = end;
        }
      }
    } else {
      result = first.subarray(0, max);
      this.chunks[this.head] = first.subarray(max);
    }
    this.buffered -= result.length;
    if (this.head > 64 && this.head * 2 > this.chunks.length) {
      this.chunks = this.chunks.slice(this.head);
      this.head = 0;
    }
    if (this.buffered === 0) {
      this.chunks = [];
      this.head = 0;
    }
    wakeAll(this.writerWaiters);
    this.writerWaiters = [];
    return result;
  }

  closeReader(): void {
    if (--this.readers === 0) {
      // Blocked writers wake up to find no reader and fail with EPIPE.
      wakeAll(this.writerWaiters);
      this.writerWaiters = [];
      this.chunks = [];
      this.head = 0;
      this.buffered = 0;
    }
    this.checkUnused();
  }

  closeWriter(): void {
    if (--this.writers === 0) {
      wakeAll(this.readerWaiters);
      this.readerWaiters = [];
    }
    this.checkUnused();
  }

  private checkUnused(): void {
    if (this.readers === 0 && this.writers === 0 && this.onUnused) this.onUnused();
  }

  /** Appends without blocking (a dying process's last words), if anyone still reads. */
  appendWithoutBlocking(bytes: Uint8Array): void {
    if (this.readers === 0 || bytes.length === 0) return;
    this.chunks.push(bytes);
    this.buffered += bytes.length;
    wakeAll(this.readerWaiters);
    this.readerWaiters = [];
  }

  /** Puts bytes back at the front of the buffer (may exceed the capacity; it only ever shrinks back). */
  unshift(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.chunks.splice(this.head, 0, bytes);
    this.buffered += bytes.length;
  }

  /** Lets a poller know when data (or EOF) might be available. */
  onReadable(callback: () => void): () => void {
    this.readerWaiters.push(callback);
    return () => remove(this.readerWaiters, callback);
  }
}

export class PipeReadEnd extends FileDescription {
  readonly kind = 'pipe';
  readonly readable: boolean = true;
  readonly writable: boolean = false;

  constructor(readonly pipe: Pipe) {
    super();
  }

  override retain(): this {
    if (this.refs === 0) this.pipe.opened('reader');
    return super.retain();
  }

  read(proc: Process, max: number): Promise<Uint8Array> {
    return this.pipe.read(proc, max);
  }

  override unread(bytes: Uint8Array): boolean {
    this.pipe.unshift(bytes);
    return true;
  }

  write(_proc: Process, _data: Uint8Array): Promise<void> {
    return Promise.reject(new Errno('EBADF'));
  }

  protected override onLastClose(): void {
    this.pipe.closeReader();
  }
}

export class PipeWriteEnd extends FileDescription {
  readonly kind = 'pipe';
  readonly readable = false;
  readonly writable = true;

  constructor(readonly pipe: Pipe) {
    super();
  }

  override retain(): this {
    if (this.refs === 0) this.pipe.opened('writer');
    return super.retain();
  }

  read(): Promise<Uint8Array> {
    return Promise.reject(new Errno('EBADF'));
  }

  write(proc: Process, data: Uint8Array): Promise<void> {
    return this.pipe.write(proc, data);
  }

  override writeWithoutBlocking(data: Uint8Array): boolean {
    this.pipe.appendWithoutBlocking(data);
    return true;
  }

  protected override onLastClose(): void {
    this.pipe.closeWriter();
  }
}

/** A write to a pipe nobody reads: SIGPIPE for the writer (usually fatal), EPIPE if it survives. */
export function brokenPipe(proc: Process): Errno {
  proc.deliver(SIG.PIPE);
  proc.throwIfTerminating();
  return new Errno('EPIPE');
}

function wakeAll(waiters: (() => void)[]): void {
  for (const wake of waiters) wake();
}

function remove<T>(list: T[], item: T): void {
  const index = list.indexOf(item);
  if (index >= 0) list.splice(index, 1);
}
