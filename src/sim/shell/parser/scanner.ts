// Character-level position keeping for the shell parser: line numbers, blanks, comments, line
// continuations, operators, and the here-documents waiting for the end of their line.

import type { Redirect, Word } from '../ast.ts';
import { ShellSyntaxError, type SyntaxErrorKind } from '../syntax-error.ts';

/** Operators, longest first so the longest match wins. */
const OPERATORS = [
  ';;&', '<<<', '<<-', '&>>',
  ';;', ';&', '&&', '||', '|&', '&>', '<<', '<&', '<>', '>>', '>&', '>|',
  '<', '>', '|', '&', ';', '(', ')', '\n',
] as const;

export type Operator = (typeof OPERATORS)[number];

export interface PendingHeredoc {
  redirect: Redirect;
  delimiter: string;
  quoted: boolean;
  stripTabs: boolean;
  line: number;
}

export class Scanner {
  pos = 0;
  protected lineStarts: number[] = [0];
  protected pendingHeredocs: PendingHeredoc[] = [];
  readonly warnings: string[] = [];

  constructor(
    public source: string,
    /** Line number of the first line (scripts start at 1; `eval` inherits its caller's). */
    protected readonly firstLine = 1,
  ) {
    this.indexLines();
  }

  protected indexLines(): void {
    this.lineStarts = [0];
    for (let i = 0; i < this.source.length; i++) if (this.source.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
  }

  lineAt(pos = this.pos): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= pos) low = mid;
      else high = mid - 1;
    }
    return low + this.firstLine;
  }

  protected lineTextAt(pos: number): string {
    const index = this.lineAt(pos) - this.firstLine;
    const start = this.lineStarts[index];
    const end = this.source.indexOf('\n', start);
    return this.source.slice(start, end < 0 ? undefined : end);
  }

  get atEnd(): boolean {
    return this.pos >= this.source.length;
  }

  peek(offset = 0): string {
    return this.source[this.pos + offset] ?? '';
  }

  // --- errors ----------------------------------------------------------------------------------------

  error(kind: SyntaxErrorKind, detail: string, pos = this.pos): ShellSyntaxError {
    const atEnd = pos >= this.source.length;
    const line = kind === 'eof' ? this.endLine() : this.lineAt(pos);
    return new ShellSyntaxError(kind, detail, line, this.lineTextAt(Math.min(pos, Math.max(0, this.source.length - 1))), atEnd || kind === 'eof' || kind === 'matching');
  }

  /** At the end of input bash counts one line past the last newline (a -c string gets one added). */
  endLine(): number {
    return this.lineAt(this.source.length) + (this.source.endsWith('\n') ? 0 : 1);
  }

  /** An unclosed quote or expansion; bash names the line where it was opened. */
  unclosed(closer: string, openedAt: number): ShellSyntaxError {
    return new ShellSyntaxError('matching', closer, this.lineAt(openedAt), this.lineTextAt(openedAt), true);
  }

  /** An unclosed $( … ): bash only notices at the end of input, and names that line. */
  unclosedAtEnd(closer: string): ShellSyntaxError {
    return new ShellSyntaxError('matching', closer, this.endLine(), '', true);
  }

  unexpectedHere(): ShellSyntaxError {
    if (this.atEnd) return this.error('eof', '');
    const op = this.peekOperator();
    const token = op === '\n' ? 'newline' : (op ?? this.peekRawWord() ?? this.peek());
    return this.error('token', token);
  }

  // --- blanks, comments, continuations -----------------------------------------------------------------

  /** Skips spaces, tabs and backslash-newline continuations (not newlines). */
  skipBlanks(): void {
    for (;;) {
      const c = this.source[this.pos];
      if (c === ' ' || c === '\t') this.pos++;
      else if (c === '\\' && this.source[this.pos + 1] === '\n') this.pos += 2;
      else return;
    }
  }

  /** Skips blanks and a comment up to (not including) the newline. */
  skipBlanksAndComment(): void {
    this.skipBlanks();
    if (this.source[this.pos] === '#') {
      while (this.pos < this.source.length && this.source[this.pos] !== '\n') this.pos++;
    }
  }

  /** Consumes a newline and then reads any here-document bodies it completes. */
  consumeNewline(): void {
    this.pos++;
    if (this.pendingHeredocs.length > 0) this.readHeredocBodies();
  }

  /** Skips blanks, comments and newlines (a linebreak in the grammar). */
  skipLinebreaks(): void {
    for (;;) {
      this.skipBlanksAndComment();
      if (this.source[this.pos] === '\n') this.consumeNewline();
      else return;
    }
  }

  // --- operators ---------------------------------------------------------------------------------------

  peekOperator(): Operator | undefined {
    const s = this.source;
    const p = this.pos;
    for (const op of OPERATORS) if (s.startsWith(op, p)) return op;
    return undefined;
  }

  /** Consumes `op` when it is next (after blanks). */
  acceptOperator(op: Operator): boolean {
    this.skipBlanks();
    if (this.peekOperator() !== op) return false;
    if (op === '\n') this.consumeNewline();
    else this.pos += op.length;
    return true;
  }

  /** The next word if it is made only of plain characters (what reserved words look like). */
  peekRawWord(): string | undefined {
    const s = this.source;
    let end = this.pos;
    while (end < s.length && !isWordBreak(s[end]) && !'\'"\\$`'.includes(s[end])) end++;
    if (end === this.pos) return undefined;
    if (end < s.length && !isWordBreak(s[end])) return undefined;
    return s.slice(this.pos, end);
  }

  // --- here-documents ------------------------------------------------------------------------------------

  protected readHeredocBodies(): void {
    const pending = this.pendingHeredocs;
    this.pendingHeredocs = [];
    for (const doc of pending) {
      const lines: string[] = [];
      let found = false;
      while (this.pos < this.source.length) {
        let end = this.source.indexOf('\n', this.pos);
        if (end < 0) end = this.source.length;
        let line = this.source.slice(this.pos, end);
        this.pos = Math.min(end + 1, this.source.length);
        if (doc.stripTabs) line = line.replace(/^\t+/, '');
        if (line === doc.delimiter) {
          found = true;
          break;
        }
        lines.push(line);
      }
      if (!found) {
        this.warnings.push(
          `here-document at line ${doc.line} delimited by end-of-file (wanted \`${doc.delimiter}')`,
        );
        this.heredocUnterminated = true;
      }
      const text = lines.length > 0 ? `${lines.join('\n')}\n` : '';
      doc.redirect.heredoc = { body: this.heredocWord(text, doc.quoted), quoted: doc.quoted };
    }
  }

  /** Set when a here-document ran to the end of input (an interactive shell keeps reading). */
  heredocUnterminated = false;

  /** Overridden by the word parser to expand $ and ` in unquoted here-documents. */
  protected heredocWord(text: string, _quoted: boolean): Word {
    return { parts: [{ type: 'quoted', value: text }], raw: text };
  }
}

export function isWordBreak(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '|' || c === '&' || c === ';' || c === '(' || c === ')' || c === '<' || c === '>';
}
