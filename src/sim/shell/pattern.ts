// Shell pattern matching (bash(1), Pattern Matching): `*`, `?`, bracket expressions with ranges,
// negation and POSIX classes, backslash-escaped literals, and bash's extended patterns. Patterns arrive with quoted characters
// already backslash-escaped by the expander, so `"*"` matches only a star.

import { extglobMatcher, type Matcher } from './extglob-match.ts';

export const POSIX_CLASSES: Record<string, string> = {
  alpha: '\\p{Alphabetic}',
  digit: '0-9',
  alnum: '\\p{Alphabetic}0-9',
  upper: '\\p{Uppercase}',
  lower: '\\p{Lowercase}',
  space: ' \\t\\n\\v\\f\\r',
  blank: ' \\t',
  punct: '!-\\/:-@\\[-`{-~',
  print: ' -~\\u00a0-\\u{10ffff}',
  graph: '!-~\\u00a1-\\u{10ffff}',
  cntrl: '\\x00-\\x1f\\x7f',
  xdigit: '0-9A-Fa-f',
  word: '\\p{Alphabetic}0-9_',
};

export interface PatternOptions {
  /** Pathname expansion: `*`, `?` and brackets never match `/`. */
  pathname?: boolean;
  nocase?: boolean;
  /** shopt -s extglob: ?(…) *(…) +(…) @(…) !(…). */
  extglob?: boolean;
}

const cache = new Map<string, Matcher>();

/** True when `text` matches all of `pattern`. */
export function matchPattern(pattern: string, text: string, options: PatternOptions = {}): boolean {
  return compilePattern(pattern, options).test(text);
}

export function compilePattern(pattern: string, options: PatternOptions = {}): Matcher {
  const key = `${options.pathname ? 'p' : ''}${options.nocase ? 'i' : ''}${options.extglob ? 'x' : ''}\u0000${pattern}`;
  let matcher = cache.get(key);
  if (matcher === undefined) {
    matcher = options.extglob && hasNegation(pattern) ? negationMatcher(pattern, options) : new RegExp(`^(?:${patternToRegExpSource(pattern, options)})$`, options.nocase ? 'isu' : 'su');
    if (cache.size > 5000) cache.clear();
    cache.set(key, matcher);
  }
  return matcher;
}

/** An unescaped !( … ): such patterns are matched by backtracking (extglob-match.ts). */
function hasNegation(pattern: string): boolean {
  for (let i = 0; i < pattern.length - 1; i++) {
    if (pattern[i] === '\\') i++;
    else if (pattern[i] === '!' && pattern[i + 1] === '(' && extglobClose(pattern, i + 1) > 0) return true;
  }
  return false;
}

function negationMatcher(pattern: string, options: PatternOptions): Matcher {
  const pathname = options.pathname ?? false;
  return extglobMatcher(pattern, { pathname, nocase: options.nocase ?? false, bracket: (body) => bracketToRegExp(body, pathname), bracketEnd });
}

/** Whether the pattern has an unescaped *, ?, a bracket expression or (with extglob) @(…) or !(…). */
export function hasGlobChars(pattern: string, extglob = false): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '*' || c === '?') return true;
    else if (extglob && (c === '@' || c === '!' || c === '+') && pattern[i + 1] === '(' && extglobClose(pattern, i + 1) > 0) return true;
    else if (c === '[' && bracketEnd(pattern, i) > 0) return true;
  }
  return false;
}

/** Removes the backslashes the expander put in front of quoted characters. */
export function unescapePattern(pattern: string): string {
  if (!pattern.includes('\\')) return pattern;
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === '\\' && i + 1 < pattern.length) i++;
    out += pattern[i];
  }
  return out;
}

/** Backslash-escapes characters that are special in patterns (for quoted text). */
export function escapePattern(text: string): string {
  return text.replace(/[\\*?[\]]/g, '\\$&');
}

export function patternToRegExpSource(pattern: string, options: PatternOptions = {}): string {
  return new PatternCompiler(pattern, options).compile();
}

/**
 * Pattern text to a regular expression. With extglob, ?(a|b) *(…) +(…) @(…) become regex groups;
 * !(p) becomes a lookahead that refuses p followed by the rest of the pattern, which is exact for
 * the usual forms (!(*.c), !(a).txt) though not for every pattern where several splits exist.
 */
class PatternCompiler {
  private pos = 0;
  private readonly any: string;

  constructor(
    private readonly pattern: string,
    private readonly options: PatternOptions,
  ) {
    this.any = options.pathname ? '[^/]' : '.';
  }

  compile(): string {
    return this.sequence(0);
  }

  /** Pattern text up to the end (or, inside an extended pattern, up to its `|` or `)`). */
  private sequence(depth: number): string {
    const pattern = this.pattern;
    let out = '';
    while (this.pos < pattern.length) {
      const c = pattern[this.pos];
      if (depth > 0 && (c === '|' || c === ')')) break;
      if (this.options.extglob && '?*+@!'.includes(c) && pattern[this.pos + 1] === '(' && extglobClose(pattern, this.pos + 1) > 0) {
        this.pos += 2;
        const alternatives = this.alternatives(depth + 1);
        if (c === '!') {
          const rest = this.sequence(depth);
          return `${out}(?:(?!(?:${alternatives})${rest}${depth === 0 ? '$' : ''})${this.any}*?)${rest}`;
        }
        out += `(?:${alternatives})${c === '@' ? '' : c}`;
        continue;
      }
      this.pos++;
      if (c === '\\') {
        if (this.pos < pattern.length) out += escapeRegExp(pattern[this.pos++]);
        else out += '\\\\';
      } else if (c === '*') {
        while (pattern[this.pos] === '*') this.pos++;
        out += `${this.any}*`;
      } else if (c === '?') {
        out += this.any;
      } else if (c === '[') {
        const end = bracketEnd(pattern, this.pos - 1);
        if (end < 0) out += '\\[';
        else {
          out += bracketToRegExp(pattern.slice(this.pos, end), this.options.pathname ?? false);
          this.pos = end + 1;
        }
      } else {
        out += escapeRegExp(c);
      }
    }
    return out;
  }

  /** a|b|c up to and including the closing `)`. */
  private alternatives(depth: number): string {
    const list = [this.sequence(depth)];
    while (this.pattern[this.pos] === '|') {
      this.pos++;
      list.push(this.sequence(depth));
    }
    this.pos++; // )
    return list.join('|');
  }
}

/** The `)` closing the extended pattern opened at `open`, or -1. */
function extglobClose(pattern: string, open: number): number {
  let depth = 0;
  for (let i = open; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Index of the `]` closing the bracket expression opened at `start`, or -1 when it is not one. */
function bracketEnd(pattern: string, start: number): number {
  let i = start + 1;
  if (pattern[i] === '!' || pattern[i] === '^') i++;
  if (pattern[i] === ']') i++;
  for (; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '[' && pattern[i + 1] === ':') {
      const close = pattern.indexOf(':]', i + 2);
      if (close > 0) i = close + 1;
    } else if (c === ']') return i;
  }
  return -1;
}

function bracketToRegExp(body: string, pathname: boolean): string {
  let i = 0;
  let negate = false;
  if (body[0] === '!' || body[0] === '^') {
    negate = true;
    i = 1;
  }
  let set = '';
  for (; i < body.length; i++) {
    const c = body[i];
    if (c === '[' && body[i + 1] === ':') {
      const close = body.indexOf(':]', i + 2);
      if (close > 0) {
        const name = body.slice(i + 2, close);
        set += POSIX_CLASSES[name] ?? '';
        i = close + 1;
        continue;
      }
    }
    let char = c;
    if (c === '\\' && i + 1 < body.length) char = body[++i];
    if (body[i + 1] === '-' && i + 2 < body.length) {
      let high = body[i + 2];
      let skip = 2;
      if (high === '\\' && i + 3 < body.length) {
        high = body[i + 3];
        skip = 3;
      }
      if (high.codePointAt(0)! >= char.codePointAt(0)!) set += `${escapeClass(char)}-${escapeClass(high)}`;
      i += skip;
      continue;
    }
    set += escapeClass(char);
  }
  if (set === '') return negate ? (pathname ? '[^/]' : '[\\s\\S]') : '(?!)';
  return negate ? `[^${set}${pathname ? '/' : ''}]` : `[${set}]`;
}

function escapeRegExp(c: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(c) ? `\\${c}` : c;
}

function escapeClass(c: string): string {
  return /[\\\]^-]/.test(c) ? `\\${c}` : c;
}
