// Lines as "byte strings" for sort, uniq, join, comm, split and diff: one JavaScript character per
// input byte (0-255). GNU's text tools work on bytes, and this representation keeps them exact:
// - string comparison (native, fast) is byte order, which is C.UTF-8's code point collation;
// - invalid UTF-8 passes through unchanged;
// - offsets (sort -k2.3, uniq -s/-w, split -b) count bytes, as GNU's do.
// ASCII input (the common case) is decoded by TextDecoder and is already a byte string.

import type { InputReader } from '../io/input-reader.ts';
import type { OutputWriter } from '../io/output-writer.ts';
import { SCAN_US_PER_BYTE } from '../kernel/cost-model.ts';

const asciiDecoder = new TextDecoder();
const HIGH_BYTE = /[^\x00-\x7f]/;

/** True when no byte is 0x80 or above (then UTF-8 decoding is the byte string). */
export function isAscii(bytes: Uint8Array): boolean {
  const length = bytes.length;
  let i = 0;
  let acc = 0;
  // Word at a time where the view is aligned: this runs over every byte of input.
  const head = Math.min(length, (4 - (bytes.byteOffset & 3)) & 3);
  for (; i < head; i++) acc |= bytes[i];
  const words = (length - i) >> 2;
  if (words > 0) {
    const view = new Uint32Array(bytes.buffer, bytes.byteOffset + i, words);
    for (let w = 0; w < words; w++) acc |= view[w];
    i += words << 2;
  }
  for (; i < length; i++) acc |= bytes[i];
  return (acc & 0x80808080) === 0;
}

/** The byte string of `bytes`. */
export function bytesToString(bytes: Uint8Array, ascii = isAscii(bytes)): string {
  if (bytes.length === 0) return '';
  if (ascii) return asciiDecoder.decode(bytes);
  let out = '';
  for (let at = 0; at < bytes.length; at += 8192) {
    out += String.fromCharCode.apply(null, bytes.subarray(at, at + 8192) as unknown as number[]);
  }
  return out;
}

/** The bytes of a byte string. */
export function stringToBytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

/** A UTF-8 string (a command-line argument) as a byte string, for comparing with input. */
export function utf8ToByteString(text: string): string {
  return bytesToString(new TextEncoder().encode(text));
}

/** A byte string as the UTF-8 text it holds, for messages (invalid bytes become U+FFFD). */
export function byteStringToUtf8(text: string): string {
  return HIGH_BYTE.test(text) ? new TextDecoder().decode(stringToBytes(text)) : text;
}

/** Whatever can be charged for CPU (a CommandContext). */
export interface Ticker {
  tick(costUs: number): Promise<void> | undefined;
}

/**
 * Reads lines ending in `eol` ('\n', or '\0' for -z) as byte strings, in batches.
 *
 * With `flat`, every line is decoded on its own, so that it is a sequential string in the engine
 * rather than a slice of a chunk: sorting a million slices is several times slower (each
 * comparison reaches into a different chunk), while streaming tools (uniq, comm) are faster with
 * one decode per chunk.
 */
export class ByteLineReader {
  /** Whether the final line had its terminator (GNU tools add one on output). */
  lastLineTerminated = true;
  /** Whether every byte so far was ASCII. */
  ascii = true;
  private pending = '';
  private pendingBytes: Uint8Array[] = [];
  private ended = false;
  private readonly eolByte: number;

  constructor(
    readonly input: InputReader,
    private readonly ticker: Ticker,
    private readonly eol = '\n',
    /** Whether to decode each line on its own (may change between batches). */
    public flat = false,
    private readonly chunkSize = 65536,
  ) {
    this.eolByte = eol.charCodeAt(0);
  }

  /** The next batch of lines without terminators, or null at end of input. */
  async next(): Promise<string[] | null> {
    for (;;) {
      if (this.ended) return null;
      const chunk = await this.input.read(this.chunkSize);
      if (chunk.length === 0) return this.finish();
      await this.ticker.tick(chunk.length * SCAN_US_PER_BYTE);
      const ascii = isAscii(chunk);
      if (!ascii) this.ascii = false;
      const lines = this.flat ? this.splitBytes(chunk, ascii) : this.splitText(chunk, ascii);
      if (lines !== null) return lines;
    }
  }

  private finish(): string[] | null {
    this.ended = true;
    let rest = this.pending;
    if (this.pendingBytes.length > 0) rest = flatString(concatBytes(this.pendingBytes));
    this.pending = '';
    this.pendingBytes = [];
    if (rest === '') return null;
    this.lastLineTerminated = false;
    return [rest];
  }

  private splitText(chunk: Uint8Array, ascii: boolean): string[] | null {
    const text = bytesToString(chunk, ascii);
    const last = text.lastIndexOf(this.eol);
    if (last < 0) {
      this.pending += text;
      return null;
    }
    const complete = this.pending === '' ? text.slice(0, last) : this.pending + text.slice(0, last);
    this.pending = text.slice(last + 1);
    return complete.split(this.eol);
  }

  private splitBytes(chunk: Uint8Array, ascii: boolean): string[] | null {
    const eol = this.eolByte;
    let end = chunk.indexOf(eol);
    if (end < 0) {
      // A copy: the chunk may be a view of a file that is written later (sort -o).
      this.pendingBytes.push(chunk.slice());
      return null;
    }
    const lines: string[] = [];
    if (this.pendingBytes.length > 0) {
      this.pendingBytes.push(chunk.subarray(0, end));
      lines.push(flatString(concatBytes(this.pendingBytes)));
      this.pendingBytes = [];
    } else lines.push(ascii ? asciiDecoder.decode(chunk.subarray(0, end)) : flatString(chunk.subarray(0, end)));
    let start = end + 1;
    if (ascii) {
      for (end = chunk.indexOf(eol, start); end >= 0; end = chunk.indexOf(eol, start)) {
        lines.push(asciiDecoder.decode(chunk.subarray(start, end)));
        start = end + 1;
      }
    } else {
      for (end = chunk.indexOf(eol, start); end >= 0; end = chunk.indexOf(eol, start)) {
        lines.push(flatString(chunk.subarray(start, end)));
        start = end + 1;
      }
    }
    if (start < chunk.length) this.pendingBytes.push(chunk.slice(start));
    return lines;
  }

  /** Every remaining line. */
  async all(): Promise<string[]> {
    const lines: string[] = [];
    for (let batch = await this.next(); batch !== null; batch = await this.next()) {
      for (let i = 0; i < batch.length; i++) lines.push(batch[i]);
    }
    return lines;
  }
}

/**
 * Lines one at a time without an await per line: take() answers from the current batch, and only
 * when it is used up does the caller await next() (comm and join walk two files in step).
 */
export class LineQueue {
  private batch: string[] = [];
  private index = 0;
  private done = false;

  constructor(readonly reader: ByteLineReader) {}

  /** The next buffered line; null at end of input; undefined when next() must be awaited. */
  take(): string | null | undefined {
    if (this.index < this.batch.length) return this.batch[this.index++];
    return this.done ? null : undefined;
  }

  /** The next line, reading another batch if needed; null at end of input. */
  async next(): Promise<string | null> {
    for (;;) {
      const line = this.take();
      if (line !== undefined) return line;
      const batch = await this.reader.next();
      if (batch === null) this.done = true;
      else {
        this.batch = batch;
        this.index = 0;
      }
    }
  }
}

function concatBytes(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0];
  let total = 0;
  for (const part of parts) total += part.length;
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The byte string of a line, as one sequential string (see ByteLineReader). */
function flatString(bytes: Uint8Array): string {
  if (bytes.length <= 8192) {
    return isAscii(bytes) ? asciiDecoder.decode(bytes) : String.fromCharCode.apply(null, bytes as unknown as number[]);
  }
  return flatCopy(bytesToString(bytes));
}

/**
 * A copy of a byte string that is a sequential string of its own (V8 makes short strings so
 * anyway; longer substrings would be slices of their line).
 */
export function flatCopy(text: string): string {
  return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
}

/** Buffers byte-string text and hands it to an OutputWriter as bytes, in large batches. */
export class ByteTextWriter {
  private batch = '';
  /** Bytes handed over so far (sort words its write errors by whether stdio had flushed). */
  written = 0;

  constructor(
    readonly out: OutputWriter,
    /** False when the text is known to be ASCII, which skips the check for high bytes. */
    private readonly mayHaveHighBytes = true,
  ) {}

  write(text: string): Promise<void> | undefined {
    this.batch += text;
    // On a terminal each line should appear as it is produced, as with stdio's line buffering.
    return this.batch.length >= 65536 || this.out.mode !== 'full' ? this.drain() : undefined;
  }

  /** Writes lines, each followed by `eol`. */
  writeLines(lines: readonly string[], eol: string): Promise<void> | undefined {
    if (lines.length === 0) return undefined;
    return this.write(lines.join(eol) + eol);
  }

  private drain(): Promise<void> | undefined {
    const text = this.batch;
    this.batch = '';
    this.written += text.length;
    if (this.mayHaveHighBytes && HIGH_BYTE.test(text)) return this.out.write(stringToBytes(text));
    return this.out.write(text);
  }

  /** Hands over what is buffered and flushes the OutputWriter. */
  async flush(): Promise<void> {
    if (this.batch !== '') await this.drain();
    await this.out.flush();
  }
}
