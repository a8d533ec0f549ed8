// Writes a parsed POSIX regular expression as JavaScript RegExp source (for the `u` flag). Character
// sets become explicit classes; anchors and word assertions become lookarounds where JavaScript's own
// ^ $ \b would see other line terminators (\r, U+2028) or other word characters than glibc does.

import type { AssertKind, RegexNode } from './ast.ts';
import { complement, SURROGATES, subtract, toClassSource, union, wordChars, single, type CharSet } from './charset.ts';

export interface EmitMode {
  /**
   * The subject holds many records separated by this character (grep scanning a whole buffer):
   * nothing matches across it, and ^ $ match next to it.
   */
  separator?: '\n' | '\0';
  /** sed's M flag (REG_NEWLINE): ^ and $ also match at newlines, `.` and [^...] do not match them. */
  multiline?: boolean;
}

type AtomNode = { type: 'any' } | { type: 'set'; set: CharSet; negated: boolean };

export function emitSource(node: RegexNode, mode: EmitMode = {}): string {
  return new Emitter(mode).emit(node);
}

/** What a `.` or set node matches in `mode` (the leftmost-longest matcher uses the same sets). */
export function atomSet(node: AtomNode, mode: EmitMode = {}): CharSet {
  return new Emitter(mode).atomSet(node);
}

class Emitter {
  /** What `.` and [^...] never match. */
  private readonly lineBreaks: CharSet;
  /** What nothing matches (the record separator). */
  private readonly separators: CharSet;
  private readonly word: string;
  private readonly boundary: string | null;

  constructor(private readonly mode: EmitMode) {
    const lineBreak = mode.separator ?? (mode.multiline ? '\n' : undefined);
    this.boundary = lineBreak === undefined ? null : lineBreak === '\n' ? '\\n' : '\\0';
    this.lineBreaks = lineBreak === undefined ? [] : single(lineBreak.charCodeAt(0));
    this.separators = mode.separator === undefined ? [] : single(mode.separator.charCodeAt(0));
    this.word = toClassSource(wordChars());
  }

  emit(node: RegexNode): string {
    switch (node.type) {
      case 'empty':
        return '';
      case 'char':
        return this.char(node.cp);
      case 'any':
      case 'set':
        return toClassSource(this.atomSet(node));
      case 'assert':
        return this.assertion(node.kind);
      case 'group':
        return `(${this.emit(node.body)})`;
      case 'backref':
        return `\\${node.index}`;
      case 'concat':
        return node.items.map((item) => (item.type === 'alt' ? `(?:${this.emit(item)})` : this.emit(item))).join('');
      case 'alt':
        return node.branches.map((branch) => this.emit(branch)).join('|');
      case 'repeat':
        return this.repeat(node.body, node.min, node.max);
    }
  }

  private char(cp: number): string {
    if (this.separators.length > 0 && cp === this.separators[0]) return '[]';
    if ((cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || cp === 0x20) {
      return String.fromCharCode(cp);
    }
    return `\\u{${cp.toString(16)}}`;
  }

  /** The characters `.` or a set matches in this mode. */
  atomSet(node: AtomNode): CharSet {
    if (node.type === 'any') return subtract(complement(SURROGATES), this.lineBreaks);
    // A [^...] of sed's M mode does not match a newline (RE_HAT_LISTS_NOT_NEWLINE).
    if (node.negated) return subtract(complement(node.set), union(SURROGATES, this.lineBreaks));
    return this.separators.length > 0 ? subtract(node.set, this.separators) : node.set;
  }

  private assertion(kind: AssertKind): string {
    const w = this.word;
    const b = this.boundary;
    const recordStart = b === null || (kind === 'bob' && !this.mode.separator) ? '^' : `(?<![^${b}])`;
    const recordEnd = b === null || (kind === 'eob' && !this.mode.separator) ? '$' : `(?![^${b}])`;
    switch (kind) {
      case 'bol':
      case 'bob':
        return recordStart;
      case 'eol':
      case 'eob':
        return recordEnd;
      case 'wordStart':
        return `(?<!${w})(?=${w})`;
      case 'wordEnd':
        return `(?<=${w})(?!${w})`;
      case 'wordBoundary':
        return `(?:(?<!${w})(?=${w})|(?<=${w})(?!${w}))`;
      case 'notWordBoundary':
        return `(?:(?<=${w})(?=${w})|(?<!${w})(?!${w}))`;
      case 'noWordBefore':
        return `(?<!${w})`;
      case 'noWordAfter':
        return `(?!${w})`;
    }
  }

  private repeat(body: RegexNode, min: number, max: number): string {
    if (body.type === 'empty') return '';
    const quantifier =
      min === 0 && max === Infinity ? '*'
      : min === 1 && max === Infinity ? '+'
      : min === 0 && max === 1 ? '?'
      : max === Infinity ? `{${min},}`
      : min === max ? `{${min}}`
      : `{${min},${max}}`;
    const inner = this.emit(body);
    const atomic = body.type === 'char' || body.type === 'any' || body.type === 'set' || body.type === 'group' || body.type === 'backref';
    return `${atomic ? inner : `(?:${inner})`}${quantifier}`;
  }
}
