// Line-at-a-time access to an input for commands that interleave several inputs (paste, nl's
// sections): lines are handed out synchronously from the current block of whole lines, and the
// caller awaits `fill()` only when a block is used up, never once per line.

import type { InputReader } from '../io/input-reader.ts';
import { lineBlocks } from './text-line-blocks.ts';

export class LineSource {
  block: Uint8Array = new Uint8Array(0);
  position = 0;
  ended = false;
  private readonly blocks: AsyncGenerator<Uint8Array>;
  /** Bounds of the line taken last: block[start, end), and whether a delimiter followed it. */
  start = 0;
  end = 0;
  terminated = false;

  constructor(
    reader: InputReader,
    readonly eol = 0x0a,
  ) {
    this.blocks = lineBlocks(reader, eol);
  }

  /** Whether a line can be taken without waiting. */
  get ready(): boolean {
    return this.position < this.block.length || this.ended;
  }

  /** Reads the next block; false at the end of input. Errors (EISDIR...) propagate. */
  async fill(): Promise<boolean> {
    if (this.ended) return false;
    const next = await this.blocks.next();
    if (next.done) {
      this.ended = true;
      return false;
    }
    this.block = next.value;
    this.position = 0;
    return true;
  }

  /** Takes the next line of the current block into start/end; false when the block is used up. */
  take(): boolean {
    if (this.position >= this.block.length) return false;
    this.start = this.position;
    let end = this.block.indexOf(this.eol, this.position);
    this.terminated = end >= 0;
    if (end < 0) end = this.block.length;
    this.end = end;
    this.position = end + 1;
    return true;
  }

  /** The next line, waiting for input if needed; false at the end. */
  async next(): Promise<boolean> {
    while (!this.take()) if (!(await this.fill())) return false;
    return true;
  }
}
