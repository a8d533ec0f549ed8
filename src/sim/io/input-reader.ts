// Reading a descriptor or a file as bytes, as text (bytes that are not UTF-8 kept as escapes, see
// text/byte-text.ts), or line by line. Lines come in batches so a command processes thousands of
// them between two awaits.

import { EOF_BYTES, type FileDescription } from '../kernel/file-description.ts';
import type { Process } from '../kernel/process.ts';
import { ByteTextDecoder, decodeBytes, encodeText } from '../text/byte-text.ts';

const CHUNK = 65536;

export class InputReader {
  private pushedBack: Uint8Array | null = null;
  private decoder: ByteTextDecoder | null = null;
  private pending = '';
  private ended = false;
  /** Whether the last line returned ended with a newline (false for a final unterminated line). */
  lastLineTerminated = true;

  constructor(
    private readonly proc: Process,
    readonly description: FileDescription,
  ) {}

  /** Up to `max` bytes; an empty array at end of input. */
  async read(max = CHUNK): Promise<Uint8Array> {
    if (this.pushedBack) {
      const bytes = this.pushedBack;
      if (bytes.length <= max) {
        this.pushedBack = null;
        return bytes;
      }
      this.pushedBack = bytes.subarray(max);
      return bytes.subarray(0, max);
    }
    await this.proc.tick(0);
    return this.description.read(this.proc, max);
  }

  /** Puts bytes back so the next read returns them first. */
  unread(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.pushedBack = this.pushedBack ? concat([bytes, this.pushedBack]) : bytes;
  }

  /** Everything to the end of input. */
  async readAll(): Promise<Uint8Array> {
    const chunks: Uint8Array[] = [];
    for (;;) {
      const chunk = await this.read(CHUNK);
      if (chunk.length === 0) break;
      chunks.push(chunk);
    }
    return chunks.length === 1 ? chunks[0] : concat(chunks);
  }

  async readAllText(): Promise<string> {
    return decodeUtf8(await this.readAll());
  }

  /**
   * The next batch of complete lines (without their newlines), or null at end of input. The final
   * line is returned even without a trailing newline; `lastLineTerminated` tells which it was.
   */
  async nextLines(): Promise<string[] | null> {
    for (;;) {
      if (this.ended) return null;
      const chunk = await this.read(CHUNK);
      this.decoder ??= new ByteTextDecoder();
      if (chunk.length === 0) {
        this.ended = true;
        const rest = this.pending + this.decoder.decode(EMPTY, true);
        this.pending = '';
        if (rest === '') return null;
        this.lastLineTerminated = false;
        return [rest];
      }
      const text = this.pending + this.decoder.decode(chunk);
      const lastNewline = text.lastIndexOf('\n');
      if (lastNewline < 0) {
        this.pending = text;
        continue;
      }
      this.pending = text.slice(lastNewline + 1);
      return text.slice(0, lastNewline).split('\n');
    }
  }

  /** One line at a time (for interactive use: `read`, `head -n 1` on a terminal). */
  async nextLine(): Promise<string | null> {
    for (;;) {
      const newline = this.pending.indexOf('\n');
      if (newline >= 0) {
        const line = this.pending.slice(0, newline);
        this.pending = this.pending.slice(newline + 1);
        return line;
      }
      if (this.ended) return null;
      const chunk = await this.read(CHUNK);
      this.decoder ??= new ByteTextDecoder();
      if (chunk.length === 0) {
        this.ended = true;
        const rest = this.pending + this.decoder.decode(EMPTY, true);
        this.pending = '';
        if (rest === '') return null;
        this.lastLineTerminated = false;
        return rest;
      }
      this.pending += this.decoder.decode(chunk);
    }
  }
}

export function concat(chunks: readonly Uint8Array[]): Uint8Array {
  let total = 0;
  for (const chunk of chunks) total += chunk.length;
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

const EMPTY = new Uint8Array(0);

/** Bytes as text; bytes that are not UTF-8 become escapes that encodeUtf8 turns back into them. */
export function decodeUtf8(bytes: Uint8Array): string {
  return bytes.length === 0 ? '' : decodeBytes(bytes).text;
}

export function encodeUtf8(text: string): Uint8Array {
  return encodeText(text);
}

export { EOF_BYTES };
