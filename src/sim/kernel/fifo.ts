// Named pipes (mkfifo). Each FIFO inode with an opener gets a Pipe; opening one end blocks until the
// other end is opened too, as on Linux, and opening it read-write never blocks.

import type { FifoInode } from '../fs/inode.ts';
import type { FileDescription } from './file-description.ts';
import { Pipe, PipeReadEnd, PipeWriteEnd } from './pipe.ts';
import type { Process } from './process.ts';

export class FifoTable {
  private readonly pipes = new Map<FifoInode, Pipe>();

  /** Returns an end holding one reference, owned by the caller. */
  async open(proc: Process, inode: FifoInode, access: { read: boolean; write: boolean }): Promise<FileDescription> {
    const pipe = this.pipeFor(inode);
    if (access.read && access.write) return new FifoReadWriteEnd(pipe).retain();
    const end = access.write ? new PipeWriteEnd(pipe).retain() : new PipeReadEnd(pipe).retain();
    try {
      await pipe.waitForPeer(proc, access.write ? 'reader' : 'writer');
    } catch (error) {
      end.release();
      throw error;
    }
    return end;
  }

  private pipeFor(inode: FifoInode): Pipe {
    const existing = this.pipes.get(inode);
    if (existing) return existing;
    const pipe = new Pipe();
    pipe.onUnused = () => {
      if (this.pipes.get(inode) === pipe) this.pipes.delete(inode);
    };
    this.pipes.set(inode, pipe);
    return pipe;
  }
}

/** O_RDWR on a FIFO: one description that is both a reader and a writer. */
class FifoReadWriteEnd extends PipeReadEnd {
  override readonly writable = true;

  override retain(): this {
    if (this.refs === 0) this.pipe.opened('writer');
    return super.retain();
  }

  override write(proc: Process, data: Uint8Array): Promise<void> {
    return this.pipe.write(proc, data);
  }

  protected override onLastClose(): void {
    super.onLastClose();
    this.pipe.closeWriter();
  }
}
