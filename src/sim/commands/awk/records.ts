// Input split into records by RS: a newline (the default) or any single character, "" for
// paragraph mode (records separated by blank lines), or a regular expression as in gawk. Input is
// read in big chunks and cut into many records at once, which the main loop then takes one by one.

import type { InputReader } from '../../io/input-reader.ts';
import type { AwkRegex } from './regex.ts';

export type RecordMode = { kind: 'char'; separator: string } | { kind: 'paragraph' } | { kind: 'regex'; regex: AwkRegex };

const CHUNK = 262144;
const PARAGRAPH = /\n\n+/g;

export class RecordReader {
  private queue: string[] = [];
  /** Separators after each queued record (paragraph and regex modes), to re-split if RS changes. */
  private separators: string[] = [];
  /** Character mode: how many queued records had their separator (all but a final unterminated one). */
  private terminated = 0;
  private pos = 0;
  private pending = '';
  private ended = false;
  private resplit = false;
  /** Paragraph mode: newlines at the start of what follows are skipped. */
  private atParagraphStart = true;
  private readonly decoder = new TextDecoder();
  /** Bytes read since the caller last collected them (for CPU accounting). */
  bytesRead = 0;

  constructor(
    readonly input: InputReader,
    private mode: RecordMode,
  ) {}

  /** What ended the record taken last (gawk's RT): the separator, or "" at the end of input. */
  terminator(): string {
    const i = this.pos - 1;
    if (this.mode.kind === 'char') return i < this.terminated ? this.mode.separator : '';
    return this.separators[i] ?? '';
  }

  /** The next record already read, without waiting; undefined when more input is needed. */
  take(): string | undefined {
    return this.pos < this.queue.length ? this.queue[this.pos++] : undefined;
  }

  /** Reads until at least one record is queued; false at the end of the input. */
  async fill(): Promise<boolean> {
    while (this.pos >= this.queue.length) {
      if (this.resplit) {
        this.resplit = false;
        this.cut('', this.ended);
        continue;
      }
      if (this.ended) return false;
      const chunk = await this.input.read(CHUNK);
      if (chunk.length === 0) {
        this.ended = true;
        this.cut(this.decoder.decode(), true);
        continue;
      }
      this.bytesRead += chunk.length;
      const text = this.decoder.decode(chunk, { stream: true });
      // A long line arriving in pieces: just accumulate until its separator shows up.
      if (this.mode.kind === 'char' && !text.includes(this.mode.separator)) {
        this.pending += text;
        continue;
      }
      this.cut(text, false);
    }
    return true;
  }

  /** Another RS: what is not yet consumed is cut again the new way. */
  setMode(mode: RecordMode): void {
    let rest = '';
    const separator = this.mode.kind === 'char' ? this.mode.separator : '';
    for (let i = this.pos; i < this.queue.length; i++) rest += this.queue[i] + (this.mode.kind === 'char' ? separator : (this.separators[i] ?? ''));
    this.pending = rest + this.pending;
    this.queue = [];
    this.separators = [];
    this.pos = 0;
    this.mode = mode;
    this.resplit = true;
  }

  private cut(more: string, final: boolean): void {
    const text = this.pending + more;
    this.pending = '';
    this.queue = [];
    this.separators = [];
    this.pos = 0;
    if (this.mode.kind === 'char') this.cutOnChar(text, this.mode.separator, final);
    else if (this.mode.kind === 'paragraph') this.cutParagraphs(text, final);
    else this.cutOnRegex(text, this.mode.regex, final);
  }

  private cutOnChar(text: string, separator: string, final: boolean): void {
    const last = text.lastIndexOf(separator);
    if (last >= 0) {
      this.queue = text.slice(0, last).split(separator);
      this.pending = text.slice(last + 1);
    } else this.pending = text;
    this.terminated = this.queue.length;
    if (final && this.pending !== '') {
      this.queue.push(this.pending);
      this.pending = '';
    }
  }

  private cutParagraphs(input: string, final: boolean): void {
    let text = input;
    if (this.atParagraphStart) {
      let i = 0;
      while (text.charCodeAt(i) === 0x0a) i++;
      text = text.slice(i);
      if (text === '') return;
      this.atParagraphStart = false;
    }
    let start = 0;
    PARAGRAPH.lastIndex = 0;
    for (let match = PARAGRAPH.exec(text); match !== null; match = PARAGRAPH.exec(text)) {
      this.queue.push(text.slice(start, match.index));
      this.separators.push(match[0]);
      start = match.index + match[0].length;
      if (start === text.length && !final) {
        // The blank lines may go on in the next chunk.
        this.atParagraphStart = true;
        return;
      }
    }
    let rest = text.slice(start);
    if (final) {
      const trailing = /\n+$/.exec(rest)?.[0] ?? '';
      rest = rest.slice(0, rest.length - trailing.length);
      if (rest !== '') this.queue.push(rest);
      this.separators.push(trailing);
      return;
    }
    this.pending = rest;
  }

  private cutOnRegex(text: string, regex: AwkRegex, final: boolean): void {
    let start = 0;
    let from = 0;
    while (from <= text.length) {
      const match = regex.find(text, from);
      if (match === null) break;
      const [at, end] = match;
      if (end === at) {
        from = at + 1;
        continue;
      }
      // A match reaching the end of what we have might grow with more input.
      if (end === text.length && !final) break;
      this.queue.push(text.slice(start, at));
      this.separators.push(text.slice(at, end));
      start = from = end;
    }
    const rest = text.slice(start);
    if (final) {
      if (rest !== '') this.queue.push(rest);
      this.separators.push('');
    } else this.pending = rest;
  }
}
