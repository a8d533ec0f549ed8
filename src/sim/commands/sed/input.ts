// sed's input: the lines of its file operands (or standard input), read in large chunks and handed
// out one at a time, with the lookahead the `$` address needs. Without -s/-i the files form one
// stream (a missing file is reported when the stream reaches it, and `$` is the last line of the
// last file with data); with -s or -i each file is a stream of its own.

import type { CommandContext } from '../context.ts';
import { Errno } from '../../kernel/errors.ts';
import type { InputReader } from '../../io/input-reader.ts';
import { concat } from '../../io/input-reader.ts';
import { decodeBytes, encodeText } from '../../text/byte-text.ts';
import { REGEX_US_PER_BYTE, SYSCALL_US } from '../../kernel/cost-model.ts';
import { SedPanic } from './script-reader.ts';

export interface InputLine {
  text: string;
  /** The line ended with the delimiter (false for a last line without newline). */
  chomped: boolean;
  /** The file it came from ('-' for standard input). */
  file: string;
}

export interface InputSettings {
  delimiter: string;
  /** -s or -i: every file is its own stream. */
  separate: boolean;
  /** -i: '-' is a file name; files must be regular. */
  inPlace: boolean;
  /** -u: hand unused input back (as sed reading byte by byte would leave it). */
  unbuffered: boolean;
}

interface OpenFile {
  name: string;
  reader: InputReader;
  ended: boolean;
}

export class SedInput {
  /** Lines read but not yet taken. */
  private queue: InputLine[] = [];
  private queueStart = 0;
  /** The start of a line not yet complete, in pieces (a long line spans many reads). */
  private carry: Uint8Array[] = [];
  private file: OpenFile | null = null;
  private nextOperand = 0;
  /** Name of the file the current line came from ('-' for standard input), for `F`. */
  fileName = '-';
  /** Name of the file being read (lines of the previous one may still be queued). */
  private readingName = '-';
  lineNumber = 0;
  badCount = 0;
  /** Some input was not valid UTF-8 (output must then be re-encoded byte for byte). */
  sawInvalid = false;
  /** Called when a file has been opened (in-place editing starts its output there). */
  onOpen: ((name: string) => Promise<void>) | null = null;
  /** Called before an error message, to put out what must come first. */
  beforeMessage: (() => Promise<void>) | null = null;

  constructor(
    private readonly ctx: CommandContext,
    private readonly operands: string[],
    private readonly settings: InputSettings,
  ) {}

  /** A line is ready to be taken without reading. */
  hasLine(): boolean {
    return this.queueStart < this.queue.length;
  }

  /**
   * Whether the current line is the last one (of the stream); undefined when that cannot be known
   * without reading more (call fill()).
   */
  isLast(): boolean | undefined {
    if (this.hasLine()) return false;
    if (this.streamEnded()) return true;
    return undefined;
  }

  take(): InputLine | undefined {
    if (!this.hasLine()) return undefined;
    const line = this.queue[this.queueStart++];
    if (this.queueStart === this.queue.length) {
      this.queue = [];
      this.queueStart = 0;
    }
    this.lineNumber++;
    this.fileName = line.file;
    return line;
  }

  private streamEnded(): boolean {
    if (this.file && !this.file.ended) return false;
    return this.settings.separate || this.nextOperand >= this.operands.length;
  }

  /** Reads until a line is queued or the stream has ended. */
  async fill(): Promise<void> {
    while (!this.hasLine()) {
      if (this.file && !this.file.ended) {
        await this.readChunk(this.file);
        continue;
      }
      if (this.settings.separate && this.file !== null) return;
      if (!(await this.openNext())) return;
    }
  }

  /** With -s or -i: moves to the next file; false when there is none. */
  async nextStream(): Promise<boolean> {
    await this.close();
    this.file = null;
    for (;;) {
      if (!(await this.openNext())) return false;
      await this.fill();
      return true;
    }
  }

  private async openNext(): Promise<boolean> {
    if (this.file) await this.close();
    while (this.nextOperand < this.operands.length) {
      const name = this.operands[this.nextOperand++];
      const reader = await this.open(name);
      if (!reader) continue;
      this.file = { name, reader, ended: false };
      this.readingName = name;
      if (this.onOpen) await this.onOpen(name);
      return true;
    }
    return false;
  }

  private async open(name: string): Promise<InputReader | null> {
    const ctx = this.ctx;
    try {
      if (name === '-' && !this.settings.inPlace) return ctx.stdin;
      const reader = await ctx.openInput(name === '-' ? './-' : name);
      if (this.settings.inPlace) {
        const inode = ctx.lookup(name, true);
        if (reader.description.isTerminal()) throw new SedPanic(`couldn't edit ${name}: is a terminal`);
        if (inode.type !== 'file') {
          ctx.closeInput(reader);
          throw new SedPanic(`couldn't edit ${name}: not a regular file`);
        }
      }
      return reader;
    } catch (error) {
      if (!(error instanceof Errno)) throw error;
      if (this.beforeMessage) await this.beforeMessage();
      await ctx.stderr.write(`${ctx.name}: can't read ${name}: ${error.message}\n`);
      this.badCount++;
      return null;
    }
  }

  private async readChunk(file: OpenFile): Promise<void> {
    const delimiter = this.settings.delimiter.charCodeAt(0);
    let chunk: Uint8Array;
    try {
      chunk = await file.reader.read();
    } catch (error) {
      if (!(error instanceof Errno)) throw error;
      throw new SedPanic(`read error on ${file.name === '-' ? 'stdin' : file.name}: ${error.message}`);
    }
    await this.ctx.tick(SYSCALL_US + chunk.length * REGEX_US_PER_BYTE);
    if (chunk.length === 0) {
      file.ended = true;
      if (this.carry.length > 0) this.push(concat(this.carry), false);
      this.carry = [];
      return;
    }
    const lastInChunk = chunk.lastIndexOf(delimiter);
    if (lastInChunk < 0) {
      this.carry.push(chunk);
      return;
    }
    const data = this.carry.length > 0 ? concat([...this.carry, chunk]) : chunk;
    const last = data.length - chunk.length + lastInChunk;
    this.carry = last + 1 < data.length ? [data.slice(last + 1)] : [];
    this.push(data.subarray(0, last), true);
  }

  /** Queues the lines of `bytes` (delimiter-separated; the last one `terminated` or not). */
  private push(bytes: Uint8Array, terminated: boolean): void {
    const decoded = decodeBytes(bytes);
    if (!decoded.clean) this.sawInvalid = true;
    const lines = decoded.text.split(this.settings.delimiter);
    const file = this.readingName;
    for (let i = 0; i < lines.length; i++) this.queue.push({ text: lines[i], chomped: terminated || i < lines.length - 1, file });
  }

  private async close(): Promise<void> {
    const file = this.file;
    if (!file) return;
    if (file.reader !== this.ctx.stdin) this.ctx.closeInput(file.reader);
    file.ended = true;
  }

  /**
   * At exit: standard input gets back what was read ahead and not used, as fclose() leaves a
   * seekable file's offset, and as -u's byte-at-a-time reading leaves a pipe.
   */
  async finish(): Promise<void> {
    const file = this.file;
    if (!file) return;
    const description = file.reader.description;
    const giveBack = file.reader === this.ctx.stdin && (description.kind === 'file' || this.settings.unbuffered);
    if (giveBack) {
      const delimiter = this.settings.delimiter;
      const rest = this.queue.slice(this.queueStart).map((line) => (line.chomped ? line.text + delimiter : line.text)).join('');
      const bytes = concat([encodeText(rest), ...this.carry]);
      if (bytes.length > 0) description.unread(bytes);
      this.queue = [];
      this.queueStart = 0;
      this.carry = [];
    }
    await this.close();
    this.file = null;
  }
}
