// Reading a sed script one character at a time, as compile.c's inchar()/savchar() do, keeping what
// error messages need ("-e expression #2, char 7": bytes consumed so far; "file x.sed line 3" for
// -f scripts), and the pieces commands are made of: delimited texts (match_slash), labels, file
// names, numbers, and the end of a command.

export const EOF = -1;
const SEMICOLON = 0x3b;
const NEWLINE = 0x0a;
const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const CLOSE_BRACE = 0x7d;
const char = (ch: number): string => String.fromCodePoint(ch);
const isDigit = (ch: number): boolean => ch >= 0x30 && ch <= 0x39;


export type ScriptSource = { kind: 'expression'; index: number } | { kind: 'file'; name: string };

/** A script error: "sed: -e expression #1, char 3: unknown command: `k'" (status 1). */
export class SedScriptError extends Error {}

/** A fatal error without location: "sed: can't find label for jump to `a'" (status 4). */
export class SedPanic extends Error {}

export class ScriptReader {
  private readonly cps: number[];
  private pos = 0;
  /** Line number within a -f file (starts at 1), or 0 for -e scripts. */
  line: number;

  constructor(
    text: string,
    readonly source: ScriptSource,
  ) {
    this.cps = Array.from(text, (ch) => ch.codePointAt(0)!);
    this.line = source.kind === 'file' ? 1 : 0;
  }

  inchar(): number {
    if (this.pos >= this.cps.length) return EOF;
    const ch = this.cps[this.pos++];
    if (ch === 0x0a) this.line++;
    return ch;
  }

  savchar(ch: number): void {
    if (ch === EOF) return;
    if (ch === 0x0a && this.line > 0) this.line--;
    this.pos--;
  }

  /** The next character that is not a blank (space or tab). */
  inNonblank(): number {
    let ch: number;
    do ch = this.inchar();
    while (ch === 0x20 || ch === 0x09);
    return ch;
  }

  /** Position of the characters read so far, counted in bytes like GNU sed. */
  get offset(): number {
    let bytes = 0;
    for (let i = 0; i < this.pos; i++) {
      const cp = this.cps[i];
      bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? (cp >= 0xdc80 && cp <= 0xdcff ? 1 : 3) : 4;
    }
    return bytes;
  }

  /** Whether `#n` is the very start of this script (first two characters). */
  atStartPlus(n: number): boolean {
    return this.pos === n;
  }

  location(): string {
    return this.source.kind === 'file' ? `file ${this.source.name} line ${this.line}` : `-e expression #${this.source.index}, char ${this.offset}`;
  }

  fail(message: string): never {
    throw new SedScriptError(`${this.location()}: ${message}`);
  }

  /** Reads up to an unescaped delimiter; \DELIM is the delimiter, \NEWLINE a newline. Null if unterminated. */
  matchSlash(slash: number, regex: boolean): string | null {
    if (slash > 0x7f) this.fail('delimiter character is not a single-byte character');
    let out = '';
    let ch: number;
    while ((ch = this.inchar()) !== EOF && ch !== NEWLINE) {
      if (ch === slash) return out;
      if (ch === BACKSLASH) {
        ch = this.inchar();
        if (ch === EOF) break;
        if (ch !== NEWLINE && (ch !== slash || (!regex && ch === 0x26))) out += '\\';
      } else if (ch === OPEN_BRACKET && regex) {
        out += '[';
    const { text, end } = this.snarfCharClass();
        out += text;
        ch = end;
        if (ch !== CLOSE_BRACKET) break;
      }
      out += char(ch);
    }
    if (ch === NEWLINE) this.savchar(ch);
    return null;
  }

  /** Copies a bracket expression so that its delimiters and `]`s do not end the regex. */
  private snarfCharClass(): { text: string; end: number } {
    let text = '';
    let state = 0;
    let delim = 0;
    let ch = this.inchar();
    const addThenNext = (): number => {
      text += char(ch);
      return this.inchar();
    };
    if (ch === 0x5e) ch = addThenNext();
    if (ch === CLOSE_BRACKET) ch = addThenNext();
    for (;; ch = addThenNext()) {
      if (ch === EOF || ch === NEWLINE) return { text, end: ch };
      if (ch === 0x2e || ch === 0x3a || ch === 0x3d) {
        if (state === 1) {
          delim = ch;
          state = 2;
          continue;
        }
        if (state === 2 && ch === delim) {
          state = 3;
          continue;
        }
      } else if (ch === OPEN_BRACKET) {
        if (state === 0) state = 1;
        continue;
      } else if (ch === CLOSE_BRACKET) {
        if (state === 0 || state === 1) return { text, end: ch };
        if (state === 3) state = 0;
      }
      state &= ~1;
    }
  }

  /** A label of :, b, t or T: up to a blank, ';', '}', '#' or the end of the line. */
  readLabel(): string {
    let label = '';
    let ch = this.inNonblank();
    while (ch !== EOF && ch !== NEWLINE && ch !== 0x20 && ch !== 0x09 && ch !== SEMICOLON && ch !== CLOSE_BRACE && ch !== 0x23) {
      label += char(ch);
      ch = this.inchar();
    }
    this.savchar(ch);
    return label;
  }

  /** A file name of r, R, w, W: the rest of the line (';' and '}' included). */
  readFilename(): string {
    let name = '';
    let ch = this.inNonblank();
    while (ch !== EOF && ch !== NEWLINE) {
      name += char(ch);
      ch = this.inchar();
    }
    return name;
  }

  /** After a command: blanks, then ';', a newline, the end, or a '}' or '#' (left for later). */
  readEndOfCommand(): void {
    const ch = this.inNonblank();
    if (ch === CLOSE_BRACE || ch === 0x23) this.savchar(ch);
    else if (ch !== EOF && ch !== NEWLINE && ch !== SEMICOLON) this.fail('extra characters after command');
  }

  /** Decimal digits starting with `first`. */
  readInteger(first: number): number {
    let n = 0;
    let ch = first;
    while (isDigit(ch)) {
      n = n * 10 + ch - 0x30;
      ch = this.inchar();
    }
    this.savchar(ch);
    return n;
  }
}

