// Words: quoting ('…', "…", $'…', backslashes) and the expansions written inside them
// ($name, ${…}, $(…), `…`, $((…)), <(…)). Produces WordParts that keep quoted and unquoted text apart,
// because globbing, splitting and brace expansion apply only to what was not quoted.

import type { ParameterOperator, ParameterPart, Script, Word, WordPart } from '../ast.ts';
import { Scanner, isWordBreak } from './scanner.ts';
import { ShellSyntaxError } from '../syntax-error.ts';
import { byteChar, normalizeBytes } from '../../text/byte-text.ts';

type Mode = 'word' | 'double' | 'heredoc' | 'param' | 'arith' | 'regex';

interface PartsOptions {
  mode: Mode;
  /** Extra characters that end the text (param args: '}' plus '/' or ':'). */
  stops?: string;
  /** A ${…} argument written inside double quotes: single quotes are literal there. */
  inDouble?: boolean;
}

const SPECIAL_PARAMETERS = '@*#?-$!0';
const PARAM_OPERATORS: ParameterOperator[] = [':-', ':=', ':+', ':?', '##', '%%', '//', '/#', '/%', '^^', ',,', '~~', '-', '=', '+', '?', '#', '%', '/', '^', ',', '~', ':', '@'];

export abstract class WordParser extends Scanner {
  /** Parses a command list up to `)` (for $(…) and <(…)), leaving pos at the `)`. */
  protected abstract parseNested(): Script;
  /** A parser for separate text (backquotes), sharing nothing but the line offset. */
  protected abstract parseDetached(text: string, firstLine: number): Script;

  /** Whether extended patterns are read as part of words (shopt -s extglob when the line is read). */
  protected extglobOn(): boolean {
    return false;
  }

  /** Reads one shell word at pos, or returns undefined when a word does not start here. */
  readWord(mode: 'word' | 'regex' = 'word'): Word | undefined {
    const start = this.pos;
    const parts = this.parseParts({ mode });
    if (this.pos === start) return undefined;
    return { parts, raw: this.source.slice(start, this.pos) };
  }

  protected override heredocWord(text: string, quoted: boolean): Word {
    if (quoted) return { parts: [{ type: 'quoted', value: text }], raw: text };
    const sub = this.detachedWordParser(text);
    return { parts: sub.parseParts({ mode: 'heredoc' }), raw: text };
  }

  /** A word parser over other text (here-document bodies), same concrete class. */
  protected abstract detachedWordParser(text: string): WordParser;

  parseParts(options: PartsOptions): WordPart[] {
    const parts: WordPart[] = [];
    // Not a constant: alias expansion inside a nested $( … ) may rewrite the source text.
    let s = this.source;
    const { mode } = options;
    const quotedText = mode === 'double' || mode === 'heredoc';
    let literal = '';
    const flush = (): void => {
      if (literal === '') return;
      parts.push(quotedText ? { type: 'quoted', value: literal } : { type: 'literal', value: literal });
      literal = '';
    };
    let parenDepth = 0;
    let regexParenAt = -1;
    while (this.pos < this.source.length) {
      s = this.source;
      const c = s[this.pos];
      if (mode === 'word' && s[this.pos + 1] === '(' && '?*+@!'.includes(c) && this.extglobOn()) {
        const end = this.extglobEnd(this.pos + 1);
        if (end > 0) {
          literal += s.slice(this.pos, end + 1);
          this.pos = end + 1;
          continue;
        }
      }
      if (mode === 'word' && isWordBreak(c)) {
        if ((c === '<' || c === '>') && s[this.pos + 1] === '(' && this.pos === this.wordStart(parts, literal)) {
          flush();
          parts.push(this.parseProcessSubstitution(c));
          continue;
        }
        break;
      }
      if (mode === 'double' && c === '"') break;
      if (mode === 'regex') {
        // The right side of =~ in [[ ]]: blanks end it, but parentheses and | belong to the regex.
        if ((c === ' ' || c === '\t' || c === '\n') && parenDepth === 0) break;
        if (c === '(' && parenDepth++ === 0) regexParenAt = this.pos;
        else if (c === ')') {
          if (parenDepth === 0) break;
          parenDepth--;
        }
      }
      if (mode === 'param' && options.stops?.includes(c)) break;
      if (mode === 'arith') {
        if (c === '(') parenDepth++;
        else if (c === ')') {
          if (parenDepth === 0) break;
          parenDepth--;
        }
      }
      if (c === '\\') {
        const next = s[this.pos + 1];
        if (next === undefined) {
          literal += '\\';
          this.pos++;
          continue;
        }
        if (next === '\n') {
          this.pos += 2; // line continuation
          continue;
        }
        if (quotedText || mode === 'arith') {
          const escapable = mode === 'double' ? '$`"\\' : mode === 'arith' ? '$`"\\' : '$`\\';
          if (escapable.includes(next)) {
            flush();
            parts.push({ type: 'quoted', value: next });
          } else literal += `\\${next}`;
          this.pos += 2;
          continue;
        }
        if (mode === 'param' && options.inDouble && next !== '}' && !'$`"\\'.includes(next)) {
          literal += `\\${next}`;
          this.pos += 2;
          continue;
        }
        flush();
        parts.push({ type: 'quoted', value: next });
        this.pos += 2;
        continue;
      }
      if (c === "'" && (mode === 'word' || mode === 'regex' || (mode === 'param' && !options.inDouble) || mode === 'arith')) {
        flush();
        parts.push({ type: 'quoted', value: this.readSingleQuoted() });
        continue;
      }
      if (c === '"' && mode !== 'heredoc' && mode !== 'double') {
        flush();
        const quoteStart = this.pos;
        this.pos++;
        const inner = this.parseParts({ mode: 'double' });
        if (this.source[this.pos] !== '"') throw this.unclosed('"', quoteStart);
        this.pos++;
        parts.push({ type: 'double', parts: inner });
        continue;
      }
      if (c === '$') {
        const part = this.parseDollar(mode, options.inDouble === true || mode === 'double');
        if (part !== undefined) {
          flush();
          if (Array.isArray(part)) parts.push(...part);
          else parts.push(part);
          continue;
        }
        literal += '$';
        this.pos++;
        continue;
      }
      if (c === '`') {
        flush();
        parts.push(this.parseBackquote(mode === 'double' || options.inDouble === true));
        continue;
      }
      literal += c;
      this.pos++;
    }
    // bash reads the parenthesised part of a regex to its `)'; at the end of input it reports that,
    // and then the missing argument of =~.
    if (mode === 'regex' && parenDepth > 0) {
      throw new ShellSyntaxError('cond', 'unexpected argument to conditional binary operator', this.endLine(), '', true, this.unclosed(')', regexParenAt));
    }
    flush();
    return parts;
  }

  /** The position where the current word began (process substitution must start a word). */
  private wordStart(parts: WordPart[], literal: string): number {
    return parts.length === 0 && literal === '' ? this.pos : -1;
  }

  private readSingleQuoted(): string {
    const end = this.source.indexOf("'", this.pos + 1);
    if (end < 0) throw this.unclosed("'", this.pos);
    const value = this.source.slice(this.pos + 1, end);
    this.pos = end + 1;
    return value;
  }

  /** $… in any mode; undefined when the $ is literal. An array stands for $"…" (several parts). */
  private parseDollar(mode: Mode, inDouble: boolean): WordPart | WordPart[] | undefined {
    const s = this.source;
    const next = s[this.pos + 1];
    if (next === "'" && (mode === 'word' || mode === 'regex' || mode === 'param' || mode === 'arith') && !inDouble) {
      this.pos += 2;
      return { type: 'quoted', value: this.readAnsiC() };
    }
    if (next === '"' && (mode === 'word' || mode === 'regex' || mode === 'param') && !inDouble) {
      const quoteStart = this.pos;
      this.pos += 2;
      const inner = this.parseParts({ mode: 'double' });
      if (this.source[this.pos] !== '"') throw this.unclosed('"', quoteStart);
      this.pos++;
      return { type: 'double', parts: inner };
    }
    if (next === '(') {
      if (s[this.pos + 2] === '(') {
        const end = this.findArithmeticEnd(this.pos + 3);
        if (end >= 0) {
          const start = this.pos + 3;
          const text = s.slice(start, end);
          this.pos = start;
          const sub = this.parseParts({ mode: 'arith' });
          if (this.pos !== end) {
            // Text the arithmetic scanner could not follow: fall back to the raw text.
            this.pos = end;
            return { type: 'arithmetic', expression: { parts: [{ type: 'literal', value: text }], raw: text } };
          }
          this.pos = end + 2;
          return { type: 'arithmetic', expression: { parts: sub, raw: text } };
        }
        if (end === -2) throw this.unclosed(')', this.pos);
      }
      const start = this.pos;
      this.pos += 2;
      const body = this.parseNested();
      // Re-read the source: an alias inside may have rewritten it.
      const after = this.source;
      if (after[this.pos] !== ')') throw this.atEnd ? this.unclosedAtEnd(')') : this.unexpectedHere();
      this.pos++;
      return { type: 'command', body, backquoted: false, source: after.slice(start + 2, this.pos - 1) };
    }
    if (next === '{') return this.parseBraceParameter(inDouble);
    if (next !== undefined && /[A-Za-z_]/.test(next)) {
      let end = this.pos + 2;
      while (end < s.length && /[A-Za-z0-9_]/.test(s[end])) end++;
      const name = s.slice(this.pos + 1, end);
      this.pos = end;
      return { type: 'parameter', name, braced: false };
    }
    if (next !== undefined && (/[0-9]/.test(next) || SPECIAL_PARAMETERS.includes(next))) {
      this.pos += 2;
      return { type: 'parameter', name: next, braced: false };
    }
    return undefined;
  }

  /** Finds the `))` closing $(( or ((; -1 when it is not arithmetic after all, -2 at end of input. */
  findArithmeticEnd(from: number): number {
    const s = this.source;
    let depth = 0;
    for (let i = from; i < s.length; i++) {
      const c = s[i];
      if (c === '\\') {
        i++;
        continue;
      }
      if (c === "'" || c === '"') {
        const close = s.indexOf(c, i + 1);
        if (close < 0) return -2;
        i = close;
        continue;
      }
      if (c === '(') depth++;
      else if (c === ')') {
        if (depth > 0) {
          depth--;
          continue;
        }
        return s[i + 1] === ')' ? i : -1;
      }
    }
    return -2;
  }

  /** The `)` closing an extended pattern's `(` at `open` (nested ones and escapes skipped), or -1. */
  private extglobEnd(open: number): number {
    const s = this.source;
    let depth = 0;
    for (let i = open; i < s.length; i++) {
      const c = s[i];
      if (c === '\\') i++;
      else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) return i;
      else if (c === '\n') return -1;
    }
    return -1;
  }

  /** ${…}; one that does not parse becomes a part that fails when expanded, as in bash. */
  private parseBraceParameter(inDouble: boolean): ParameterPart {
    const open = this.pos;
    try {
      return this.parseValidBraceParameter(inDouble);
    } catch (error) {
      if (!(error instanceof BadSubstitution)) throw error;
      this.pos = this.findBraceEnd(open + 2) + 1;
      return { type: 'parameter', name: '', braced: true, badSubstitution: error.text };
    }
  }

  private parseValidBraceParameter(inDouble: boolean): ParameterPart {
    const s = this.source;
    const open = this.pos;
    this.pos += 2;
    const part: ParameterPart = { type: 'parameter', name: '', braced: true };
    const fail = (): never => {
      if (this.atEnd) throw this.unclosed('}', open);
      throw new BadSubstitution(s.slice(open, this.findBraceEnd(open + 2) + 1), this.lineAt(open));
    };
    if (s[this.pos] === '#' && s[this.pos + 1] !== '}') {
      // ${#name}: length — but ${#} is the count of positional parameters, handled as a name below.
      const save = this.pos;
      this.pos++;
      if (this.readParameterName(part)) part.length = true;
      else {
        this.pos = save;
        this.readParameterName(part) || fail();
      }
    } else if (s[this.pos] === '!' && s[this.pos + 1] !== '}') {
      this.pos++;
      if (!this.readParameterName(part)) fail();
      if ((s[this.pos] === '*' || s[this.pos] === '@') && s[this.pos + 1] === '}') {
        part.prefixMatch = s[this.pos] as '*' | '@';
        this.pos++;
      } else part.indirect = true;
    } else if (!this.readParameterName(part)) {
      fail();
    }
    if (s[this.pos] === '}') {
      this.pos++;
      return part;
    }
    if (part.length) fail();
    const op = PARAM_OPERATORS.find((o) => s.startsWith(o, this.pos));
    if (op === undefined) {
      if (this.atEnd) throw this.unclosed('}', open);
      fail();
    }
    part.op = op;
    this.pos += op!.length;
    if (op === ':') {
      part.arg = this.readParamWord(':}', inDouble);
      if (s[this.pos] === ':') {
        this.pos++;
        part.hasArg2 = true;
        part.arg2 = this.readParamWord('}', inDouble);
      }
    } else if (op === '/' || op === '//' || op === '/#' || op === '/%') {
      part.arg = this.readParamWord('/}', inDouble);
      if (s[this.pos] === '/') {
        this.pos++;
        part.hasArg2 = true;
        part.arg2 = this.readParamWord('}', inDouble);
      }
    } else {
      part.arg = this.readParamWord('}', inDouble);
    }
    if (this.source[this.pos] !== '}') throw this.unclosed('}', open);
    this.pos++;
    return part;
  }

  private findBraceEnd(from: number): number {
    const end = this.source.indexOf('}', from);
    return end < 0 ? this.source.length - 1 : end;
  }

  private readParamWord(stops: string, inDouble: boolean): Word {
    const start = this.pos;
    const parts = this.parseParts({ mode: 'param', stops, inDouble });
    return { parts, raw: this.source.slice(start, this.pos) };
  }

  /** Reads a name, positional or special parameter, and an optional [subscript]. */
  private readParameterName(part: ParameterPart): boolean {
    const s = this.source;
    const c = s[this.pos];
    if (c === undefined) return false;
    if (/[A-Za-z_]/.test(c)) {
      let end = this.pos + 1;
      while (end < s.length && /[A-Za-z0-9_]/.test(s[end])) end++;
      part.name = s.slice(this.pos, end);
      this.pos = end;
      if (s[this.pos] === '[') {
        const close = this.findSubscriptEnd(this.pos + 1);
        if (close < 0) throw this.unclosed(']', this.pos);
        const text = s.slice(this.pos + 1, close);
        const sub = this.detachedWordParser(text);
        part.index = { parts: sub.parseParts({ mode: 'arith' }), raw: text };
        this.pos = close + 1;
      }
      return true;
    }
    if (/[0-9]/.test(c)) {
      let end = this.pos + 1;
      while (end < s.length && /[0-9]/.test(s[end])) end++;
      part.name = s.slice(this.pos, end);
      this.pos = end;
      return true;
    }
    if (SPECIAL_PARAMETERS.includes(c)) {
      part.name = c;
      this.pos++;
      return true;
    }
    return false;
  }

  private findSubscriptEnd(from: number): number {
    let depth = 0;
    for (let i = from; i < this.source.length; i++) {
      const c = this.source[i];
      if (c === '[') depth++;
      else if (c === ']') {
        if (depth === 0) return i;
        depth--;
      }
    }
    return -1;
  }

  /** $'…': ANSI-C escapes decoded now. */
  private readAnsiC(): string {
    const s = this.source;
    const start = this.pos - 2;
    let out = '';
    while (this.pos < s.length && s[this.pos] !== "'") {
      const c = s[this.pos];
      if (c !== '\\') {
        out += c;
        this.pos++;
        continue;
      }
      const decoded = decodeEscape(s, this.pos + 1, true);
      out += decoded.text;
      this.pos = decoded.end;
    }
    if (this.pos >= s.length) throw this.unclosed("'", start);
    this.pos++;
    return normalizeBytes(out);
  }

  private parseBackquote(inDouble: boolean): WordPart {
    const s = this.source;
    const start = this.pos;
    const line = this.lineAt(start);
    this.pos++;
    let inner = '';
    while (this.pos < s.length && s[this.pos] !== '`') {
      const c = s[this.pos];
      if (c === '\\') {
        const next = s[this.pos + 1];
        if (next === '`' || next === '$' || next === '\\' || (inDouble && next === '"')) {
          inner += next;
          this.pos += 2;
          continue;
        }
      }
      inner += c;
      this.pos++;
    }
    if (this.pos >= s.length) throw this.unclosed('`', start);
    this.pos++;
    return { type: 'command', body: this.parseDetached(inner, line), backquoted: true, source: inner };
  }

  private parseProcessSubstitution(direction: string): WordPart {
    this.pos += 2;
    const body = this.parseNested();
    if (this.source[this.pos] !== ')') throw this.atEnd ? this.unclosedAtEnd(')') : this.unexpectedHere();
    this.pos++;
    return { type: 'process', direction: direction as '<' | '>', body };
  }
}

/** A ${…} that does not parse: bash reports it when the word is expanded, not when it is read. */
export class BadSubstitution extends Error {
  constructor(
    readonly text: string,
    readonly line: number,
  ) {
    super(`${text}: bad substitution`);
  }
}

/**
 * Decodes one backslash escape starting after the backslash, as $'…' and `echo -e` / printf do.
 * `ansiC` selects $'…' rules (\cX, \', \"); otherwise echo's (\c stops output, \0nnn octal).
 */
export function decodeEscape(s: string, at: number, ansiC: boolean): { text: string; end: number; stop?: boolean } {
  const c = s[at];
  switch (c) {
    case 'a':
      return { text: '\x07', end: at + 1 };
    case 'b':
      return { text: '\b', end: at + 1 };
    case 'e':
    case 'E':
      return { text: '\x1b', end: at + 1 };
    case 'f':
      return { text: '\f', end: at + 1 };
    case 'n':
      return { text: '\n', end: at + 1 };
    case 'r':
      return { text: '\r', end: at + 1 };
    case 't':
      return { text: '\t', end: at + 1 };
    case 'v':
      return { text: '\v', end: at + 1 };
    case '\\':
      return { text: '\\', end: at + 1 };
    case "'":
      return { text: ansiC ? "'" : "\\'", end: at + 1 };
    case '"':
      return { text: ansiC ? '"' : '\\"', end: at + 1 };
    case '?':
      return { text: ansiC ? '?' : '\\?', end: at + 1 };
    case 'c':
      if (ansiC) {
        const x = s[at + 1];
        if (x === undefined) return { text: '\\c', end: at + 1 };
        return { text: String.fromCharCode(x.toUpperCase().charCodeAt(0) ^ 0x40), end: at + 2 };
      }
      return { text: '', end: at + 1, stop: true };
    case 'x': {
      let end = at + 1;
      while (end < at + 3 && /[0-9a-fA-F]/.test(s[end] ?? '')) end++;
      if (end === at + 1) return { text: '\\x', end };
      return { text: byteChar(parseInt(s.slice(at + 1, end), 16)), end };
    }
    case 'u':
    case 'U': {
      const max = c === 'u' ? 4 : 8;
      let end = at + 1;
      while (end < at + 1 + max && /[0-9a-fA-F]/.test(s[end] ?? '')) end++;
      if (end === at + 1) return { text: `\\${c}`, end };
      const code = parseInt(s.slice(at + 1, end), 16);
      return { text: code <= 0x10ffff ? String.fromCodePoint(code) : '', end };
    }
    default:
      if (c !== undefined && /[0-7]/.test(c)) {
        // $'\nnn' takes up to three octal digits; echo -e takes \0nnn (a leading zero plus up to three).
        let start = at;
        if (!ansiC && c === '0') start = at + 1;
        let end = start;
        while (end < start + 3 && /[0-7]/.test(s[end] ?? '')) end++;
        if (!ansiC && c !== '0') return { text: `\\${c}`, end: at + 1 };
        const value = end === start ? 0 : parseInt(s.slice(start, end), 8) & 0xff;
        return { text: byteChar(value), end };
      }
      if (c === undefined) return { text: '\\', end: at };
      return { text: `\\${c}`, end: at + 1 };
  }
}
