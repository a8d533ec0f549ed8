// How xargs cuts its input into arguments, after findutils' read_line and read_string: blanks
// and newlines separate items, quotes and backslashes protect them, a trailing blank continues a
// line (for -L), -I takes whole lines, and -0/-d split at one delimiter with no quoting at all.

import type { InputReader } from '../io/input-reader.ts';

export type Splitting = { kind: 'blanks'; replace: boolean; eofString: string | undefined } | { kind: 'delimiter'; delimiter: string };

export interface InputLine {
  /** Arguments found (for -I: the one line). */
  items: string[];
  /** Whether this ended a line that -L counts (not one continued by a trailing blank). */
  countsAsLine: boolean;
  /** The input (or the logical EOF string) has ended; no more lines follow. */
  end: boolean;
  /** A fatal input error, reported after running what was read before it. */
  error?: string;
}

const BLANK = /[ \t]/;
const SPACE = /[ \t\n\v\f\r]/;

export class XargsInput {
  private buffer = '';
  private at = 0;
  private ended = false;
  private finished = false;
  private readonly decoder = new TextDecoder();

  /** `maxItemLength`: longer items are "argument line too long" (the -s limit less the command). */
  constructor(
    private readonly reader: InputReader,
    private readonly splitting: Splitting,
    private readonly maxItemLength: number,
  ) {}

  async nextLine(): Promise<InputLine> {
    if (this.finished) return { items: [], countsAsLine: false, end: true };
    return this.splitting.kind === 'delimiter' ? this.readString(this.splitting.delimiter) : this.readLine(this.splitting.replace, this.splitting.eofString);
  }

  private async nextChar(): Promise<string | undefined> {
    while (this.at >= this.buffer.length) {
      if (this.ended) return undefined;
      const chunk = await this.reader.read();
      if (chunk.length === 0) {
        this.ended = true;
        this.buffer = this.decoder.decode();
      } else this.buffer = this.decoder.decode(chunk, { stream: true });
      this.at = 0;
    }
    return this.buffer[this.at++];
  }

  private tooLong(item: string): boolean {
    return item.length >= this.maxItemLength && new TextEncoder().encode(item).length > this.maxItemLength;
  }

  private async readString(delimiter: string): Promise<InputLine> {
    let item = '';
    for (;;) {
      const c = await this.nextChar();
      if (c === undefined) {
        this.finished = true;
        return item === '' ? { items: [], countsAsLine: false, end: true } : { items: [item], countsAsLine: false, end: true };
      }
      if (c === delimiter) return { items: [item], countsAsLine: true, end: false };
      item += c;
      if (this.tooLong(item)) return this.fail([], 'argument line too long');
    }
  }

  private async readLine(replace: boolean, eofString: string | undefined): Promise<InputLine> {
    const items: string[] = [];
    let state: 'space' | 'norm' | 'quote' | 'backslash' = 'space';
    let quote = '';
    let word = '';
    let previous: string | undefined;
    let c: string | undefined;
    for (;;) {
      previous = c;
      c = await this.nextChar();
      if (c === undefined) {
        this.finished = true;
        // As in findutils, only characters count: an empty quoted word at the very end is dropped.
        if (word === '') return { items, countsAsLine: false, end: true };
        if (state === 'quote') return this.fail(items, unmatched(quote));
        if (items.length === 0 && word === eofString) return { items, countsAsLine: false, end: true };
        items.push(word);
        return { items, countsAsLine: false, end: true };
      }
      if (state === 'space') {
        if (SPACE.test(c)) continue;
        state = 'norm';
      }
      if (state === 'norm') {
        if (c === '\n') {
          const countsAsLine = previous === undefined || !BLANK.test(previous);
          if (word === '') {
            state = 'space';
            continue;
          }
          if (word === eofString) {
            this.finished = true;
            return { items, countsAsLine, end: true };
          }
          items.push(word);
          return { items, countsAsLine, end: false };
        }
        if (!replace && BLANK.test(c)) {
          if (word === eofString) {
            this.finished = true;
            return { items, countsAsLine: false, end: true };
          }
          items.push(word);
          [word, state] = ['', 'space'];
          continue;
        }
        if (c === '\\') {
          state = 'backslash';
          continue;
        }
        if (c === "'" || c === '"') {
          [state, quote] = ['quote', c];
          continue;
        }
      } else if (state === 'quote') {
        if (c === '\n') return this.fail(items, unmatched(quote));
        if (c === quote) {
          state = 'norm';
          continue;
        }
      } else if (state === 'backslash') {
        state = 'norm';
      }
      word += c;
      if (this.tooLong(word)) return this.fail(items, 'argument line too long');
    }
  }

  private fail(items: string[], error: string): InputLine {
    this.finished = true;
    return { items, countsAsLine: false, end: true, error };
  }
}

function unmatched(quote: string): string {
  return `unmatched ${quote === '"' ? 'double' : 'single'} quote; by default quotes are special to xargs unless you use the -0 option`;
}

/** -d's argument: one character or an escape (\n, \t, \x41, \012, \\); undefined when invalid. */
export function parseDelimiter(text: string): string | undefined {
  if ([...text].length === 1) return text;
  const simple: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };
  if (text.length === 2 && text[0] === '\\' && text[1] in simple) return simple[text[1]];
  let match = /^\\x([0-9a-fA-F]{1,2})$/.exec(text);
  if (match) return String.fromCharCode(parseInt(match[1], 16));
  match = /^\\0?([0-7]{1,3})$/.exec(text);
  if (match) return String.fromCharCode(parseInt(match[1], 8) & 0xff);
  return undefined;
}
