// Searching one input, as grep.c's grep(), grepbuf(), prtext() and prpending() do: the input is
// read in buffers of up to 96 KiB, a buffer with a NUL byte makes the file binary (output stops at
// the first selected line, "binary file matches"), selected lines get their leading and trailing
// context and "--" between groups, and -m, -l, -q stop early. Lines are found by scanning the whole
// buffer for the pattern; lines in between are only looked at when context or -v needs them.

import type { CommandContext } from '../context.ts';
import type { InputReader } from '../../io/input-reader.ts';
import { concat } from '../../io/input-reader.ts';
import { decodeBytes, encodeText } from '../../text/byte-text.ts';
import { REGEX_US_PER_BYTE, SYSCALL_US } from '../../kernel/cost-model.ts';
import type { GrepMatcher } from './patterns.ts';
import type { LinePrinter, OutputLine } from './printer.ts';
import type { BinaryFiles } from './options.ts';

const BUFFER_SIZE = 96 * 1024;

export interface SearchConfig {
  eol: '\n' | '\0';
  invert: boolean;
  maxCount: number;
  countMatches: boolean;
  /** Nothing is printed per line (-c, -l, -L, -q). */
  outQuiet: boolean;
  /** Stop at the first selected line (-l, -L, -q). */
  doneOnMatch: boolean;
  /** -q: the whole program ends at the first selected line. */
  exitOnMatch: boolean;
  /** -1 when not given (then no group separators either). */
  before: number;
  after: number;
  groupSeparator: string | null;
  separatorColor: ((text: string) => string) | null;
  binaryFiles: BinaryFiles;
  needLineNumbers: boolean;
  needByteOffsets: boolean;
  lineBuffered: boolean;
}

/** Whether a group separator may be printed: something was output before (by any file). */
export interface SharedState {
  used: boolean;
}

/** Thrown by -q at the first selected line: grep exits 0 at once. */
export class QuitOnMatch extends Error {}

export interface SearchOutcome {
  count: number;
  /** "NAME: binary file matches" is due. */
  binaryMatches: boolean;
}

interface Line extends OutputLine {
  index: number;
}

export class InputSearch {
  private lineIndex = 0;
  private blockByte = 0;
  private pending = 0;
  private lastOut = -1;
  private outleft: number;
  private nlines = 0;
  private beforeLines: Line[] = [];
  private stopped = false;
  private finished = false;
  private outQuiet: boolean;
  private doneOnMatch: boolean;
  private nullZap = false;
  private linesAtFirstNull = -1;
  private encodingErrorOutput = false;
  private out = '';
  private byteCursor = { index: 0, bytes: 0 };
  private text = '';
  private ascii = true;
  /** Some input was not UTF-8: output must be re-encoded byte for byte (byte-text.ts). */
  private sawInvalid = false;

  constructor(
    private readonly ctx: CommandContext,
    private readonly matcher: GrepMatcher,
    private readonly printer: LinePrinter,
    private readonly config: SearchConfig,
    private readonly shared: SharedState,
  ) {
    this.outleft = config.maxCount;
    this.outQuiet = config.outQuiet;
    this.doneOnMatch = config.doneOnMatch;
  }

  async run(reader: InputReader): Promise<SearchOutcome> {
    const c = this.config;
    const eolByte = c.eol.charCodeAt(0);
    // The start of a line not yet complete: kept in pieces (a long line spans many reads).
    let carry: Uint8Array[] = [];
    try {
      for (;;) {
        const chunk = await reader.read(BUFFER_SIZE);
        if (chunk.length === 0) break;
        await this.ctx.tick(SYSCALL_US + chunk.length * REGEX_US_PER_BYTE);
        if (this.linesAtFirstNull < 0 && c.eol === '\n' && c.binaryFiles !== 'text' && chunk.indexOf(0) >= 0) {
          if (c.binaryFiles === 'without-match') return { count: 0, binaryMatches: false };
          if (!c.countMatches) this.doneOnMatch = this.outQuiet = true;
          this.linesAtFirstNull = this.nlines;
          this.nullZap = true;
        }
        const lastInChunk = chunk.lastIndexOf(eolByte);
        if (lastInChunk < 0) {
          carry.push(chunk);
          continue;
        }
        const data: Uint8Array = carry.length > 0 ? concat([...carry, chunk]) : chunk;
        const last = data.length - chunk.length + lastInChunk;
        carry = last + 1 < data.length ? [data.slice(last + 1)] : [];
        this.processBlock(data.subarray(0, last + 1));
        // Hand the block's output to stdout, whose buffering (a terminal's lines, a pipe's blocks) decides when it shows.
        await this.flush();
        if (this.finished) break;
      }
      if (!this.finished && carry.length > 0) this.processBlock(concat([...carry, new Uint8Array([eolByte])]));
    } finally {
      await this.flush();
    }
    const binaryMatches =
      c.binaryFiles === 'binary' && !c.outQuiet && (this.encodingErrorOutput || (this.linesAtFirstNull >= 0 && this.linesAtFirstNull < this.nlines));
    return { count: this.nlines, binaryMatches };
  }

  private processBlock(bytes: Uint8Array): void {
    const decoded = decodeBytes(bytes);
    if (!decoded.clean) this.sawInvalid = true;
    this.text = this.nullZap ? decoded.text.replaceAll('\0', '\n') : decoded.text;
    this.ascii = decoded.clean && this.text.length === bytes.length;
    this.byteCursor = { index: 0, bytes: 0 };
    const text = this.text;
    const eol = this.config.eol;
    let pos = 0;
    while (pos < text.length && !this.finished) {
      if (this.stopped) {
        pos = this.trailingContext(pos);
        continue;
      }
      let hit = this.matcher.find(text, pos);
      if (hit >= text.length) hit = -1;
      const lineStart = hit < 0 ? text.length : hit === 0 ? 0 : Math.max(pos, text.lastIndexOf(eol, hit - 1) + 1);
      this.otherLines(pos, lineStart);
      if (hit < 0 || this.finished) break;
      if (this.stopped) {
        pos = lineStart;
        continue;
      }
      const lineEnd = text.indexOf(eol, hit);
      const line = this.lineAt(lineStart, lineEnd);
      if (this.config.invert) this.rejected(line);
      else this.selected(line);
      pos = lineEnd + 1;
    }
    this.blockByte += bytes.length;
  }

  /** Lines in [from, to) that do not match: selected with -v, else possible context. */
  private otherLines(from: number, to: number): void {
    const c = this.config;
    const text = this.text;
    if (from >= to) return;
    if (!c.invert && this.pending === 0 && c.before <= 0) {
      if (c.needLineNumbers) this.lineIndex += countLines(text, c.eol, from, to);
      return;
    }
    let pos = from;
    while (pos < to && !this.finished) {
      if (this.stopped) {
        pos = this.trailingContext(pos, to);
        continue;
      }
      if (!c.invert && this.pending === 0) {
        // Skip to the lines that may become leading context.
        const skip = Math.max(0, countLines(text, c.eol, pos, to) - Math.max(0, c.before));
        for (let i = 0; i < skip; i++) pos = text.indexOf(c.eol, pos) + 1;
        this.lineIndex += skip;
        if (skip > 0) this.beforeLines = [];
        if (pos >= to) break;
      }
      const end = text.indexOf(c.eol, pos);
      const line = this.lineAt(pos, end);
      if (c.invert) this.selected(line);
      else this.rejected(line);
      pos = end + 1;
    }
  }

  /** After -m's last selected line: the next lines are printed as context, whatever they hold. */
  private trailingContext(from: number, to = this.text.length): number {
    if (this.pending <= 0 || this.outQuiet) {
      this.finished = true;
      return to;
    }
    let pos = from;
    while (pos < to && this.pending > 0) {
      const end = this.text.indexOf(this.config.eol, pos);
      this.printContext(this.lineAt(pos, end));
      pos = end + 1;
    }
    if (this.pending <= 0) this.finished = true;
    return pos;
  }

  private lineAt(start: number, end: number): Line {
    const index = this.lineIndex++;
    return { text: this.text.slice(start, end), index, lineNo: index + 1, byteOffset: this.config.needByteOffsets ? this.byteOffset(start) : 0 };
  }

  private byteOffset(at: number): number {
    if (this.ascii) return this.blockByte + at;
    const cursor = this.byteCursor;
    cursor.bytes += utf8Length(this.text, cursor.index, at);
    cursor.index = at;
    return this.blockByte + cursor.bytes;
  }

  private selected(line: Line): void {
    const c = this.config;
    if (!this.outQuiet) {
      const context = this.beforeLines.filter((l) => l.index >= this.lastOut && l.index >= line.index - c.before);
      const first = context.length > 0 ? context[0].index : line.index;
      if ((c.before >= 0 || c.after >= 0) && this.shared.used && first !== this.lastOut && c.groupSeparator !== null) {
        const sep = c.groupSeparator;
        this.out += `${c.separatorColor ? c.separatorColor(sep) : sep}\n`;
      }
      for (const before of context) this.print(before, false);
      this.print(line, true);
    }
    this.beforeLines = [];
    this.nlines++;
    this.outleft--;
    this.pending = this.outQuiet ? 0 : Math.max(0, c.after);
    this.shared.used = true;
    if (this.outleft <= 0 || this.doneOnMatch) {
      if (c.exitOnMatch) throw new QuitOnMatch();
      this.stopped = true;
      if (this.pending === 0 || this.outQuiet) this.finished = true;
    }
  }

  private rejected(line: Line): void {
    if (this.pending > 0 && !this.outQuiet) {
      this.printContext(line);
      return;
    }
    const before = this.config.before;
    if (before > 0) {
      this.beforeLines.push(line);
      if (this.beforeLines.length > before) this.beforeLines.shift();
    }
  }

  private printContext(line: Line): void {
    // A trailing context line that cannot be printed uses up the rest of the context (prpending).
    if (this.print(line, false)) this.pending--;
    else this.pending = 0;
  }

  private print(line: Line, selected: boolean): boolean {
    const { out, suppressed } = this.printer.format(line, selected);
    this.out += out;
    if (suppressed) {
      this.encodingErrorOutput = true;
      return false;
    }
    this.lastOut = line.index + 1;
    return true;
  }

  private async flush(): Promise<void> {
    if (this.out === '') return;
    const out = this.out;
    this.out = '';
    await this.ctx.stdout.write(this.sawInvalid ? encodeText(out) : out);
    if (this.config.lineBuffered) await this.ctx.stdout.flush();
  }
}

function countLines(text: string, eol: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf(eol, from); i >= 0 && i < to; i = text.indexOf(eol, i + 1)) count++;
  return count;
}

/** UTF-8 length of text[from, to); escaped invalid bytes count one. */
export function utf8Length(text: string, from: number, to: number): number {
  let bytes = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < to) {
      bytes += 4;
      i++;
    } else if (code >= 0xdc80 && code <= 0xdcff) bytes += 1;
    else bytes += 3;
  }
  return bytes;
}
