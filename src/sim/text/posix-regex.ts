// POSIX regular expressions (basic and extended, with GNU's extensions) translated to JavaScript
// RegExp source. grep, sed, awk, expr and bash's [[ =~ ]] all go through here.
//
// What differs and how it is handled:
// - Bracket expressions: backslash is literal inside them in POSIX; classes like [:alpha:] map to
//   Unicode property escapes.
// - BRE: \( \) \{ \} \| \+ \? are operators and their bare forms are literal; * is literal at the start.
// - GNU escapes \< \> \b \B \w \W \s \S \` \' are kept.
// - Matching semantics: POSIX picks the leftmost-longest match, JavaScript the leftmost match of the
//   first alternative that succeeds. They agree except for alternations where an earlier branch is a
//   prefix of a later one (a|ab); `preferLongest` in matchLongest() covers those for callers that
//   report match extents (grep -o, sed s///).

import { POSIX_CLASSES } from '../shell/pattern.ts';

export type RegexFlavor = 'basic' | 'extended';

export class RegexSyntaxError extends Error {}

export interface TranslatedRegex {
  source: string;
  /** Number of capture groups. */
  groups: number;
  /** The pattern uses alternation (leftmost-longest may differ from JavaScript's choice). */
  hasAlternation: boolean;
}

const WORD = '[\\p{L}\\p{N}_]';

export function translateRegex(pattern: string, flavor: RegexFlavor): TranslatedRegex {
  return flavor === 'extended' ? translateExtended(pattern) : translateBasic(pattern);
}

export function compileRegex(pattern: string, flavor: RegexFlavor, flags = ''): RegExp {
  const { source } = translateRegex(pattern, flavor);
  try {
    return new RegExp(source, `${flags}su`);
  } catch (error) {
    throw new RegexSyntaxError(error instanceof Error ? error.message : String(error));
  }
}

function translateExtended(p: string): TranslatedRegex {
  let out = '';
  let groups = 0;
  let depth = 0;
  let hasAlternation = false;
  let atomStart = true; // no atom yet in this branch (a quantifier here is literal)
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    switch (c) {
      case '\\': {
        const next = p[i + 1];
        if (next === undefined) throw new RegexSyntaxError('Trailing backslash');
        i++;
        out += escapeSequence(next);
        atomStart = next === '<' || next === '>' || next === 'b' || next === 'B' || next === '`' || next === "'";
        break;
      }
      case '[': {
        const { source, end } = bracket(p, i);
        out += source;
        i = end;
        atomStart = false;
        break;
      }
      case '(':
        groups++;
        depth++;
        out += '(';
        atomStart = true;
        break;
      case ')':
        if (depth === 0) {
          out += '\\)';
          atomStart = false;
          break;
        }
        depth--;
        out += ')';
        atomStart = false;
        break;
      case '|':
        hasAlternation = true;
        out += '|';
        atomStart = true;
        break;
      case '*':
      case '+':
      case '?':
        if (atomStart) out += `\\${c}`;
        else out += c;
        atomStart = false;
        break;
      case '{': {
        const interval = /^\{(\d*)(,(\d*))?\}/.exec(p.slice(i));
        if (interval && !atomStart && (interval[1] !== '' || interval[3] !== undefined)) {
          out += intervalSource(interval);
          i += interval[0].length - 1;
        } else out += '\\{';
        atomStart = false;
        break;
      }
      case '}':
        out += '\\}';
        atomStart = false;
        break;
      case '^':
        out += '^';
        atomStart = true;
        break;
      case '$':
        out += '$';
        atomStart = false;
        break;
      case '.':
        out += '.';
        atomStart = false;
        break;
      case '/':
        out += '\\/';
        atomStart = false;
        break;
      default:
        out += c;
        atomStart = false;
    }
  }
  if (depth > 0) throw new RegexSyntaxError('Unmatched ( or \\(');
  return { source: out, groups, hasAlternation };
}

function translateBasic(p: string): TranslatedRegex {
  let out = '';
  let groups = 0;
  let depth = 0;
  let hasAlternation = false;
  let atomStart = true;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') {
      const next = p[i + 1];
      if (next === undefined) throw new RegexSyntaxError('Trailing backslash');
      i++;
      switch (next) {
        case '(':
          groups++;
          depth++;
          out += '(';
          atomStart = true;
          continue;
        case ')':
          if (depth === 0) throw new RegexSyntaxError('Unmatched ) or \\)');
          depth--;
          out += ')';
          atomStart = false;
          continue;
        case '|':
          hasAlternation = true;
          out += '|';
          atomStart = true;
          continue;
        case '{': {
          const interval = /^\\\{(\d*)(,(\d*))?\\\}/.exec(p.slice(i - 1));
          if (!interval) throw new RegexSyntaxError('Unmatched \\{');
          if (atomStart) throw new RegexSyntaxError('Invalid preceding regular expression');
          out += intervalSource(interval);
          i += interval[0].length - 2;
          atomStart = false;
          continue;
        }
        case '}':
          out += '\\}';
          continue;
        case '+':
        case '?':
          out += atomStart ? `\\${next}` : next;
          atomStart = false;
          continue;
        default:
          out += escapeSequence(next);
          atomStart = next === '<' || next === '>' || next === 'b' || next === 'B' || next === '`' || next === "'";
          continue;
      }
    }
    switch (c) {
      case '[': {
        const { source, end } = bracket(p, i);
        out += source;
        i = end;
        atomStart = false;
        break;
      }
      case '*':
        out += atomStart ? '\\*' : '*';
        atomStart = false;
        break;
      case '^':
        // An anchor only at the start of the expression or of a group/branch; literal elsewhere.
        if (atomStart && (out === '' || out.endsWith('(') || out.endsWith('|'))) out += '^';
        else out += '\\^';
        break;
      case '$': {
        const rest = p.slice(i + 1);
        if (rest === '' || rest.startsWith('\\)') || rest.startsWith('\\|')) out += '$';
        else out += '\\$';
        atomStart = false;
        break;
      }
      case '.':
        out += '.';
        atomStart = false;
        break;
      case '+':
      case '?':
      case '(':
      case ')':
      case '|':
      case '{':
      case '}':
      case '/':
        out += `\\${c}`;
        atomStart = false;
        break;
      default:
        out += c;
        atomStart = false;
    }
  }
  if (depth > 0) throw new RegexSyntaxError('Unmatched ( or \\(');
  return { source: out, groups, hasAlternation };
}

function intervalSource(match: RegExpExecArray): string {
  const min = match[1] === '' ? '0' : match[1];
  if (match[2] === undefined) return `{${min}}`;
  if (match[3] === '' || match[3] === undefined) return `{${min},}`;
  if (Number(match[3]) < Number(min)) throw new RegexSyntaxError('Invalid content of \\{\\}');
  return `{${min},${match[3]}}`;
}

function escapeSequence(c: string): string {
  switch (c) {
    case 'w':
      return WORD;
    case 'W':
      return '[^\\p{L}\\p{N}_]';
    case 's':
      return '\\s';
    case 'S':
      return '\\S';
    case 'b':
      return `(?:(?<=${WORD})(?!${WORD})|(?<!${WORD})(?=${WORD}))`;
    case 'B':
      return `(?:(?<=${WORD})(?=${WORD})|(?<!${WORD})(?!${WORD}))`;
    case '<':
      return `(?<!${WORD})(?=${WORD})`;
    case '>':
      return `(?<=${WORD})(?!${WORD})`;
    case '`':
      return '^';
    case "'":
      return '$';
    case 'n':
      return '\\n';
    case 't':
      return '\\t';
    default:
      if (/[1-9]/.test(c)) return `\\${c}`;
      return /[\\^$.*+?()[\]{}|/-]/.test(c) ? `\\${c}` : c;
  }
}

/** A bracket expression starting at `start`; returns its JS class and the index of its `]`. */
function bracket(p: string, start: number): { source: string; end: number } {
  let i = start + 1;
  let negate = false;
  if (p[i] === '^') {
    negate = true;
    i++;
  }
  let set = '';
  let first = true;
  for (; i < p.length; i++) {
    const c = p[i];
    if (c === ']' && !first) return { source: negate ? `[^${set}\\n]` : `[${set}]`, end: i };
    first = false;
    if (c === '[' && (p[i + 1] === ':' || p[i + 1] === '=' || p[i + 1] === '.')) {
      const kind = p[i + 1];
      const close = p.indexOf(`${kind}]`, i + 2);
      if (close < 0) throw new RegexSyntaxError('Unmatched [, [^, [:, [., or [=');
      const name = p.slice(i + 2, close);
      if (kind === ':') {
        const cls = POSIX_CLASSES[name];
        if (cls === undefined) throw new RegexSyntaxError('Invalid character class name');
        set += cls;
      } else set += escapeClassChar(name);
      i = close + 1;
      continue;
    }
    if (p[i + 1] === '-' && p[i + 2] !== undefined && p[i + 2] !== ']') {
      const high = p[i + 2];
      if (high.codePointAt(0)! < c.codePointAt(0)!) throw new RegexSyntaxError('Invalid range end');
      set += `${escapeClassChar(c)}-${escapeClassChar(high)}`;
      i += 2;
      continue;
    }
    set += escapeClassChar(c);
  }
  throw new RegexSyntaxError('Unmatched [, [^, [:, [., or [=');
}

function escapeClassChar(c: string): string {
  return /[\\\]^[\-]/.test(c) ? `\\${c}` : c;
}
