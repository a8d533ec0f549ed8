// awk's regular expressions: POSIX EREs (through the shared translator) plus what awk adds: escape
// sequences like \n and \/ outside and inside brackets, gawk's \y word boundary, bracket
// expressions that match newlines, and POSIX leftmost-longest matches for sub, gsub, match, split.

import { RegexSyntaxError, translateRegex } from '../../text/posix-regex.ts';

/** Longest extra stretch examined when an alternation might match longer than JavaScript chose. */
const LONGEST_WINDOW = 256;

export class AwkRegex {
  private readonly tester: RegExp;
  private readonly finder: RegExp;
  private readonly anchored: RegExp | null;
  private readonly source: string;
  private indexed: RegExp | null = null;

  constructor(
    /** The awk source, for messages ("/(/"). */
    readonly text: string,
    source: string,
    alternation: boolean,
  ) {
    this.source = source;
    this.tester = new RegExp(source, 'su');
    this.finder = new RegExp(source, 'gsu');
    this.anchored = alternation ? new RegExp(`(?:${source})$`, 'ysu') : null;
  }

  test(s: string): boolean {
    return this.tester.test(s);
  }

  /** The leftmost-longest match at or after `from`: [start, end], or null. */
  find(s: string, from: number): [number, number] | null {
    const finder = this.finder;
    finder.lastIndex = from;
    const match = finder.exec(s);
    if (match === null) return null;
    const start = match.index;
    let end = start + match[0].length;
    if (this.anchored !== null) end = this.longestEnd(s, start, end);
    return [start, end];
  }

  /** Group extents of the match starting at `start` (index 0 left for the caller). */
  groupsAt(s: string, start: number): ([number, number] | null)[] {
    this.indexed ??= new RegExp(this.source, 'dysu');
    this.indexed.lastIndex = start;
    const match = this.indexed.exec(s);
    if (match === null || match.indices === undefined) return [null];
    return match.indices.map((pair) => (pair === undefined ? null : [pair[0], pair[1]]));
  }

  /** With alternatives, POSIX wants the longest of them; JavaScript took the first that matched. */
  private longestEnd(s: string, start: number, end: number): number {
    const anchored = this.anchored!;
    for (let e = Math.min(s.length, end + LONGEST_WINDOW); e > end; e--) {
      anchored.lastIndex = start;
      if (anchored.test(s.slice(0, e))) return e;
    }
    return end;
  }
}

export class AwkRegexError extends Error {
  constructor(
    readonly reason: string,
    readonly text: string,
  ) {
    super(`${reason}: /${text}/`);
  }
}

export type Warn = (message: string) => void;

export function compileAwkRegex(text: string, warn?: Warn): AwkRegex {
  let translated;
  try {
    translated = translateRegex(awkToPosix(text, warn), 'extended');
    return new AwkRegex(text, matchNewlinesInNegatedBrackets(translated.source), translated.hasAlternation);
  } catch (error) {
    if (error instanceof RegexSyntaxError || error instanceof SyntaxError) throw new AwkRegexError(error.message, text);
    throw error;
  }
}

/** Dynamic regexes (strings used as patterns) are compiled once each. */
export class RegexCache {
  private readonly cache = new Map<string, AwkRegex>();
  warn: Warn | undefined;

  get(text: string): AwkRegex {
    let regex = this.cache.get(text);
    if (regex === undefined) {
      if (this.cache.size >= 500) this.cache.clear();
      regex = compileAwkRegex(text, this.warn);
      this.cache.set(text, regex);
    }
    return regex;
  }
}

const LITERAL_ESCAPES: Record<string, string> = {
  n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', a: '\x07', b: '\b', '/': '/', '"': '"',
};
const ERE_SPECIAL = '\\^$.[]|()*+?{}';
/** GNU operators the translator understands as they are. */
const GNU_OPERATORS = '<>BwWsS`\'';

/** Escapes gawk accepts silently outside brackets; any other \c warns and means c. */
const KNOWN_ESCAPES = `${ERE_SPECIAL}${GNU_OPERATORS}y-x01234567${Object.keys(LITERAL_ESCAPES).join('')}`;

/** Rewrites awk's escapes (and bracket expressions, where awk also honours them) as plain POSIX ERE. */
export function awkToPosix(text: string, warn?: Warn): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '[') {
      const bracket = rewriteBracket(text, i, warn);
      if (bracket !== null) {
        out += bracket.source;
        i = bracket.end;
        continue;
      }
      out += c;
      continue;
    }
    if (c !== '\\' || i + 1 >= text.length) {
      out += c;
      continue;
    }
    const next = text[++i];
    if (warn && !KNOWN_ESCAPES.includes(next)) warn(`regexp escape sequence \`\\${next}' is not a known regexp operator`);
    if (next === 'y') out += '\\b';
    else if (GNU_OPERATORS.includes(next) || ERE_SPECIAL.includes(next)) out += `\\${next}`;
    else {
      const { char, end } = escapedChar(text, i);
      i = end - 1;
      out += ERE_SPECIAL.includes(char) ? `\\${char}` : char;
    }
  }
  return out;
}

/** The character an escape (after the backslash, at `at`) stands for. */
function escapedChar(text: string, at: number): { char: string; end: number } {
  const c = text[at];
  if (c in LITERAL_ESCAPES) return { char: LITERAL_ESCAPES[c], end: at + 1 };
  if (c >= '0' && c <= '7') {
    let end = at;
    while (end < at + 3 && text[end] >= '0' && text[end] <= '7') end++;
    return { char: String.fromCharCode(parseInt(text.slice(at, end), 8) & 0xff), end };
  }
  if (c === 'x') {
    const hex = /^[0-9a-fA-F]{1,2}/.exec(text.slice(at + 1, at + 3));
    if (hex) return { char: String.fromCharCode(parseInt(hex[0], 16)), end: at + 1 + hex[0].length };
  }
  return { char: c, end: at + 1 };
}

/**
 * A bracket expression with awk's escapes resolved, re-emitted so POSIX reads every member
 * literally: `]` first, `-` last, `^` anywhere but first. Null when the bracket never closes.
 */
function rewriteBracket(text: string, start: number, warn?: Warn): { source: string; end: number } | null {
  let i = start + 1;
  let negate = false;
  if (text[i] === '^') {
    negate = true;
    i++;
  }
  const items: string[] = [];
  let close = false;
  let dash = false;
  let caret = false;
  let first = true;
  const member = (): string | null => {
    const c = text[i];
    if (c === '\\' && i + 1 < text.length) {
      const escaped = text[i + 1];
      if (warn && (escaped === '"' || !KNOWN_ESCAPES.includes(escaped))) warn(`regexp escape sequence \`\\${escaped}' is not a known regexp operator`);
      const { char, end } = escapedChar(text, i + 1);
      i = end;
      return char;
    }
    i++;
    return c;
  };
  while (i < text.length) {
    const c = text[i];
    if (c === ']' && !first) {
      let body = close ? ']' : '';
      body += items.join('');
      if (caret) body += '^';
      if (dash) body += '-';
      if (body === '^') return { source: negate ? '[^^]' : '\\^', end: i };
      if (body.startsWith('^')) body = body === '^-' ? '-^' : body.slice(1) + '^';
      return { source: `[${negate ? '^' : ''}${body}]`, end: i };
    }
    first = false;
    if (c === '[' && (text[i + 1] === ':' || text[i + 1] === '.' || text[i + 1] === '=')) {
      const end = text.indexOf(`${text[i + 1]}]`, i + 2);
      if (end < 0) return null;
      items.push(text.slice(i, end + 2));
      i = end + 2;
      continue;
    }
    const low = member();
    if (low === null) return null;
    if (text[i] === '-' && i + 1 < text.length && text[i + 1] !== ']') {
      i++;
      const high = member();
      if (high === null) return null;
      items.push(`${low}-${high}`);
      continue;
    }
    if (low === ']') close = true;
    else if (low === '-') dash = true;
    else if (low === '^') caret = true;
    else items.push(low);
  }
  return null;
}

/**
 * The translator keeps negated brackets from matching newlines (grep's lines have none); awk's
 * strings can hold newlines, and [^a] matches them.
 */
function matchNewlinesInNegatedBrackets(source: string): string {
  if (!source.includes('[^')) return source;
  let out = '';
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (c === '\\') {
      out += source.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (c === '[' && source[i + 1] === '^') {
      let j = i + 2;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      const body = source.slice(i + 2, j);
      out += `[^${body.endsWith('\\n') && !body.endsWith('\\\\n') ? body.slice(0, -2) : body}]`;
      i = j + 1;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}
