// Shell pattern matching (bash(1), Pattern Matching): `*`, `?`, bracket expressions with ranges,
// negation and POSIX classes, and backslash-escaped literals. Patterns arrive with quoted characters
// already backslash-escaped by the expander, so `"*"` matches only a star.

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
}

const cache = new Map<string, RegExp>();

/** True when `text` matches all of `pattern`. */
export function matchPattern(pattern: string, text: string, options: PatternOptions = {}): boolean {
  return compilePattern(pattern, options).test(text);
}

export function compilePattern(pattern: string, options: PatternOptions = {}): RegExp {
  const key = `${options.pathname ? 'p' : ''}${options.nocase ? 'i' : ''}\u0000${pattern}`;
  let regex = cache.get(key);
  if (regex === undefined) {
    regex = new RegExp(`^(?:${patternToRegExpSource(pattern, options)})$`, options.nocase ? 'isu' : 'su');
    if (cache.size > 5000) cache.clear();
    cache.set(key, regex);
  }
  return regex;
}

/** Whether the pattern has an unescaped *, ? or a bracket expression (otherwise it is plain text). */
export function hasGlobChars(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '*' || c === '?') return true;
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
  const any = options.pathname ? '[^/]' : '.';
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      if (i + 1 < pattern.length) out += escapeRegExp(pattern[++i]);
      else out += '\\\\';
    } else if (c === '*') {
      while (pattern[i + 1] === '*') i++;
      out += `${any}*`;
    } else if (c === '?') {
      out += any;
    } else if (c === '[') {
      const end = bracketEnd(pattern, i);
      if (end < 0) out += '\\[';
      else {
        out += bracketToRegExp(pattern.slice(i + 1, end), options.pathname ?? false);
        i = end;
      }
    } else {
      out += escapeRegExp(c);
    }
  }
  return out;
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
