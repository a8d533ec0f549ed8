// A readline-like line editor, living in the simulated machine: the shell reads keys from the
// terminal in raw mode and draws the line itself, exactly as bash's readline does on a real tty.
// Emacs keys: arrows, Home/End, Backspace/Delete, ^A ^E ^B ^F ^U ^K ^W ^Y ^T ^L ^D ^C, Alt-B/F/D,
// history with Up/Down (^P/^N), and Tab completion (a second Tab lists the candidates).

import { stringWidth } from '../text/wcwidth.ts';
import { decodeKeys, type Key } from './keys.ts';

export interface EditorIO {
  /** Raw bytes from the terminal; an empty array when it is gone. */
  read(): Promise<Uint8Array>;
  /** Returns bytes the editor read past the end of the line (pasted text, type-ahead). */
  unread(bytes: Uint8Array): void;
  write(text: string): Promise<void>;
  columns(): number;
}

export interface Prompt {
  text: string;
  /** Columns the prompt takes (escape sequences excluded). */
  width: number;
}

export interface CompletionCandidate {
  /** What replaces the word being completed. */
  insert: string;
  /** What a listing shows (a file's name without its directory). */
  display: string;
  /** Add a space after a unique completion (files and commands; not directories). */
  addSpace: boolean;
}

export interface Completion {
  /** Where the word being completed starts in the line. */
  start: number;
  candidates: CompletionCandidate[];
}

export type Completer = (line: string, cursor: number) => Promise<Completion>;

export type ReadResult = { kind: 'line'; text: string } | { kind: 'eof' } | { kind: 'interrupt' };

const decoder = new TextDecoder();
const encoder = new TextEncoder();

export class LineEditor {
  private chars: string[] = [];
  private cursor = 0;
  private cursorRow = 0;
  private prompt: Prompt = { text: '', width: 0 };
  private pending = '';
  private historyIndex = 0;
  private savedLine: string[] = [];
  private killRing = '';
  private lastKeyWasTab = false;

  constructor(
    private readonly io: EditorIO,
    private readonly history: () => readonly string[],
    private readonly completer?: Completer,
  ) {}

  async readLine(prompt: Prompt): Promise<ReadResult> {
    this.prompt = prompt;
    this.chars = [];
    this.cursor = 0;
    this.cursorRow = 0;
    this.historyIndex = this.history().length;
    this.savedLine = [];
    this.lastKeyWasTab = false;
    await this.io.write(prompt.text);
    for (;;) {
      const bytes = await this.io.read();
      if (bytes.length === 0 && this.pending === '') return { kind: 'eof' };
      const text = this.pending + decoder.decode(bytes, { stream: true });
      const { keys, consumed } = decodeKeys(text);
      this.pending = text.slice(consumed);
      for (let k = 0; k < keys.length; k++) {
        const result = await this.handle(keys[k]);
        if (result === undefined) continue;
        // Keys after the end of the line (a paste of several lines) go back for whoever reads next.
        const rest = keys.slice(k + 1).map(keyText).join('') + this.pending;
        this.pending = '';
        if (rest) this.io.unread(encoder.encode(rest));
        return result;
      }
    }
  }

  private async handle(key: Key): Promise<ReadResult | undefined> {
    const wasTab = this.lastKeyWasTab;
    this.lastKeyWasTab = false;
    if (key.type === 'text') {
      await this.insert([...key.text]);
      return undefined;
    }
    switch (key.name) {
      case 'enter':
        await this.moveToEnd();
        await this.io.write('\n');
        return { kind: 'line', text: this.chars.join('') };
      case 'ctrl-c':
        await this.moveToEnd();
        await this.io.write('^C\n');
        return { kind: 'interrupt' };
      case 'ctrl-d':
        if (this.chars.length === 0) return { kind: 'eof' };
        return this.deleteAt(this.cursor, 1);
      case 'backspace':
        if (this.cursor > 0) {
          this.cursor--;
          return this.deleteAt(this.cursor, 1);
        }
        return undefined;
      case 'delete':
        return this.deleteAt(this.cursor, 1);
      case 'left':
      case 'ctrl-b':
        return this.moveTo(this.cursor - 1);
      case 'right':
      case 'ctrl-f':
        return this.moveTo(this.cursor + 1);
      case 'home':
      case 'ctrl-a':
        return this.moveTo(0);
      case 'end':
      case 'ctrl-e':
        return this.moveTo(this.chars.length);
      case 'word-left':
        return this.moveTo(this.wordStartBefore(this.cursor));
      case 'word-right':
        return this.moveTo(this.wordEndAfter(this.cursor));
      case 'ctrl-u':
        this.killRing = this.chars.slice(0, this.cursor).join('');
        this.chars.splice(0, this.cursor);
        this.cursor = 0;
        return this.redraw();
      case 'ctrl-k':
        this.killRing = this.chars.slice(this.cursor).join('');
        this.chars.splice(this.cursor);
        return this.redraw();
      case 'ctrl-w': {
        // unix-word-rubout: back to the previous whitespace.
        let start = this.cursor;
        while (start > 0 && /\s/.test(this.chars[start - 1])) start--;
        while (start > 0 && !/\s/.test(this.chars[start - 1])) start--;
        this.killRing = this.chars.slice(start, this.cursor).join('');
        this.chars.splice(start, this.cursor - start);
        this.cursor = start;
        return this.redraw();
      }
      case 'kill-word-back': {
        const start = this.wordStartBefore(this.cursor);
        this.killRing = this.chars.slice(start, this.cursor).join('');
        this.chars.splice(start, this.cursor - start);
        this.cursor = start;
        return this.redraw();
      }
      case 'kill-word-forward': {
        const end = this.wordEndAfter(this.cursor);
        this.killRing = this.chars.slice(this.cursor, end).join('');
        this.chars.splice(this.cursor, end - this.cursor);
        return this.redraw();
      }
      case 'ctrl-y':
        return this.insert([...this.killRing]);
      case 'ctrl-t':
        if (this.cursor > 0 && this.chars.length > 1) {
          const at = this.cursor === this.chars.length ? this.cursor - 1 : this.cursor;
          [this.chars[at - 1], this.chars[at]] = [this.chars[at], this.chars[at - 1]];
          this.cursor = at + 1;
          return this.redraw();
        }
        return undefined;
      case 'ctrl-l':
        await this.io.write('\x1b[H\x1b[2J');
        this.cursorRow = 0;
        return this.redraw();
      case 'up':
      case 'ctrl-p':
        return this.historyMove(-1);
      case 'down':
      case 'ctrl-n':
        return this.historyMove(1);
      case 'tab':
        this.lastKeyWasTab = true;
        return this.complete(wasTab);
      default:
        return undefined;
    }
  }

  // --- editing -----------------------------------------------------------------------------------------

  private async insert(chars: string[]): Promise<undefined> {
    if (chars.length === 0) return undefined;
    const atEnd = this.cursor === this.chars.length;
    this.chars.splice(this.cursor, 0, ...chars);
    this.cursor += chars.length;
    if (atEnd) {
      // Typing at the end of the line: just echo, unless the line wraps.
      const before = this.prompt.width + stringWidth(this.chars.slice(0, this.cursor - chars.length).join(''));
      const after = before + stringWidth(chars.join(''));
      const cols = this.io.columns();
      if (Math.floor(before / cols) === Math.floor(after / cols) && after % cols !== 0) {
        await this.io.write(chars.join(''));
        return undefined;
      }
    }
    await this.redraw();
    return undefined;
  }

  private async deleteAt(index: number, count: number): Promise<undefined> {
    if (index < 0 || index >= this.chars.length) return undefined;
    this.chars.splice(index, count);
    await this.redraw();
    return undefined;
  }

  private async moveTo(position: number): Promise<undefined> {
    const target = Math.max(0, Math.min(this.chars.length, position));
    if (target === this.cursor) return undefined;
    this.cursor = target;
    await this.io.write(this.positionCursor(this.rowOfEnd()));
    return undefined;
  }

  private async moveToEnd(): Promise<void> {
    if (this.cursor !== this.chars.length) await this.moveTo(this.chars.length);
  }

  private wordStartBefore(position: number): number {
    let i = position;
    while (i > 0 && !isWordChar(this.chars[i - 1])) i--;
    while (i > 0 && isWordChar(this.chars[i - 1])) i--;
    return i;
  }

  private wordEndAfter(position: number): number {
    let i = position;
    while (i < this.chars.length && !isWordChar(this.chars[i])) i++;
    while (i < this.chars.length && isWordChar(this.chars[i])) i++;
    return i;
  }

  private async historyMove(direction: number): Promise<undefined> {
    const history = this.history();
    const next = this.historyIndex + direction;
    if (next < 0 || next > history.length) return undefined;
    if (this.historyIndex === history.length) this.savedLine = [...this.chars];
    this.historyIndex = next;
    this.chars = next === history.length ? [...this.savedLine] : [...history[next]];
    this.cursor = this.chars.length;
    await this.redraw();
    return undefined;
  }

  // --- completion ----------------------------------------------------------------------------------------

  private async complete(secondTab: boolean): Promise<undefined> {
    if (!this.completer) return undefined;
    const line = this.chars.join('');
    const cursorOffset = this.chars.slice(0, this.cursor).join('').length;
    const { start, candidates } = await this.completer(line, cursorOffset);
    if (candidates.length === 0) {
      await this.io.write('\x07');
      return undefined;
    }
    const word = line.slice(start, cursorOffset);
    if (candidates.length === 1) {
      const only = candidates[0];
      await this.replaceWord(start, cursorOffset, only.insert + (only.addSpace ? ' ' : ''));
      return undefined;
    }
    const common = commonPrefix(candidates.map((c) => c.insert));
    if (common.length > word.length) {
      await this.replaceWord(start, cursorOffset, common);
      return undefined;
    }
    if (!secondTab) {
      await this.io.write('\x07');
      return undefined;
    }
    await this.listCandidates(candidates.map((c) => c.display));
    return undefined;
  }

  private async replaceWord(start: number, end: number, text: string): Promise<void> {
    const line = this.chars.join('');
    const before = [...line.slice(0, start)];
    const after = [...line.slice(end)];
    this.chars = [...before, ...text, ...after];
    this.cursor = before.length + [...text].length;
    await this.redraw();
  }

  /** Lists candidates in columns below the line, then draws the prompt and line again (bash's way). */
  private async listCandidates(names: string[]): Promise<void> {
    const sorted = [...new Set(names)].sort();
    const cols = this.io.columns();
    const width = Math.max(...sorted.map(stringWidth)) + 2;
    const perRow = Math.max(1, Math.floor((cols + 2) / width));
    const rows = Math.ceil(sorted.length / perRow);
    let out = this.positionCursor(this.rowOfEnd(), this.chars.length) + '\n';
    for (let r = 0; r < rows; r++) {
      let line = '';
      for (let c = 0; c < perRow; c++) {
        const index = c * rows + r;
        if (index >= sorted.length) break;
        const name = sorted[index];
        const last = c === perRow - 1 || (c + 1) * rows + r >= sorted.length;
        line += last ? name : name + ' '.repeat(width - stringWidth(name));
      }
      out += `${line}\n`;
    }
    await this.io.write(out);
    this.cursorRow = 0;
    await this.redraw();
  }

  // --- drawing -------------------------------------------------------------------------------------------

  private rowOfEnd(): number {
    return this.cursorRow;
  }

  /** Moves from the current row to the cursor's row and column; returns the escape sequence. */
  private positionCursor(fromRow: number, index = this.cursor): string {
    const cols = this.io.columns();
    const offset = this.prompt.width + stringWidth(this.chars.slice(0, index).join(''));
    const row = Math.floor(offset / cols);
    const col = offset % cols;
    let out = '';
    if (row < fromRow) out += `\x1b[${fromRow - row}A`;
    else if (row > fromRow) out += `\x1b[${row - fromRow}B`;
    out += '\r';
    if (col > 0) out += `\x1b[${col}C`;
    this.cursorRow = row;
    return out;
  }

  /** Draws prompt and line from the prompt's first row, then places the cursor. */
  private async redraw(): Promise<undefined> {
    const cols = this.io.columns();
    let out = '';
    if (this.cursorRow > 0) out += `\x1b[${this.cursorRow}A`;
    out += '\r';
    const text = this.chars.join('');
    out += this.prompt.text + text;
    const total = this.prompt.width + stringWidth(text);
    // At the exact right margin the terminal waits to wrap; a space and CR settle it on the next row.
    if (total > 0 && total % cols === 0) out += ' \r';
    out += '\x1b[J';
    const endRow = Math.floor(total / cols);
    out += this.positionCursor(endRow);
    await this.io.write(out);
    return undefined;
  }
}

function isWordChar(char: string): boolean {
  return /[\p{L}\p{N}_]/u.test(char);
}

function commonPrefix(words: string[]): string {
  let prefix = words[0] ?? '';
  for (const word of words) {
    let i = 0;
    while (i < prefix.length && i < word.length && prefix[i] === word[i]) i++;
    prefix = prefix.slice(0, i);
  }
  return prefix;
}

/** The bytes a key came from, to hand unused keys back to the terminal. */
function keyText(key: Key): string {
  if (key.type === 'text') return key.text;
  const codes: Partial<Record<string, string>> = {
    enter: '\r', tab: '\t', backspace: '\x7f', delete: '\x1b[3~', left: '\x1b[D', right: '\x1b[C',
    up: '\x1b[A', down: '\x1b[B', home: '\x1b[H', end: '\x1b[F', 'ctrl-a': '\x01', 'ctrl-b': '\x02',
    'ctrl-c': '\x03', 'ctrl-d': '\x04', 'ctrl-e': '\x05', 'ctrl-f': '\x06', 'ctrl-k': '\x0b',
    'ctrl-l': '\x0c', 'ctrl-n': '\x0e', 'ctrl-p': '\x10', 'ctrl-r': '\x12', 'ctrl-t': '\x14',
    'ctrl-u': '\x15', 'ctrl-w': '\x17', 'ctrl-y': '\x19', 'ctrl-g': '\x07', 'word-left': '\x1bb',
    'word-right': '\x1bf', 'kill-word-forward': '\x1bd', 'kill-word-back': '\x1b\x7f', escape: '\x1b',
  };
  return codes[key.name] ?? '';
}

