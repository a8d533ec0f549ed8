// The tokens of a POSIX regular expression, read as glibc's peek_token() does: which characters
// are operators depends on BRE or ERE, and ^ and $ on where they stand in a BRE.

import type { AssertKind } from './ast.ts';

export type Token =
  | { t: 'char'; c: number }
  | { t: 'alt' | 'open' | 'close' | 'plus' | 'question' | 'star' | 'openDup' | 'closeDup' | 'bracket' | 'period'; c: number }
  | { t: 'word' | 'notWord' | 'space' | 'notSpace'; c: number }
  | { t: 'backref'; c: number; n: number }
  | { t: 'anchor'; c: number; kind: AssertKind }
  | { t: 'backslash'; c: number }
  | { t: 'end'; c: number };

export function peekToken(cps: readonly number[], pos: number, ext: boolean, caretHere: boolean): { token: Token; len: number } {
  if (pos >= cps.length) return { token: { t: 'end', c: 0 }, len: 0 };
  const c = cps[pos];
  if (c === 0x5c) {
    if (pos + 1 >= cps.length) return { token: { t: 'backslash', c }, len: 1 };
    const c2 = cps[pos + 1];
    return { token: escapeToken(c2, ext), len: 2 };
  }
  const ch = String.fromCodePoint(c);
  switch (ch) {
    case '|':
      return { token: { t: ext ? 'alt' : 'char', c }, len: 1 };
    case '*':
      return { token: { t: 'star', c }, len: 1 };
    case '+':
      return { token: { t: ext ? 'plus' : 'char', c }, len: 1 };
    case '?':
      return { token: { t: ext ? 'question' : 'char', c }, len: 1 };
    case '{':
      return { token: { t: ext ? 'openDup' : 'char', c }, len: 1 };
    case '}':
      return { token: { t: ext ? 'closeDup' : 'char', c }, len: 1 };
    case '(':
      return { token: { t: ext ? 'open' : 'char', c }, len: 1 };
    case ')':
      return { token: { t: ext ? 'close' : 'char', c }, len: 1 };
    case '[':
      return { token: { t: 'bracket', c }, len: 1 };
    case '.':
      return { token: { t: 'period', c }, len: 1 };
    case '^':
      // In a BRE, ^ anchors only at the start of the pattern, a group or an alternative.
      if (!ext && !caretHere && pos !== 0) return { token: { t: 'char', c }, len: 1 };
      return { token: { t: 'anchor', c, kind: 'bol' }, len: 1 };
    case '$':
      // In a BRE, $ anchors only at the end of the pattern, a group or an alternative.
      if (!ext && pos + 1 !== cps.length) {
        const next = peekToken(cps, pos + 1, ext, false).token;
        if (next.t !== 'alt' && next.t !== 'close') return { token: { t: 'char', c }, len: 1 };
      }
      return { token: { t: 'anchor', c, kind: 'eol' }, len: 1 };
    default:
      return { token: { t: 'char', c }, len: 1 };
  }
}

function escapeToken(c2: number, ext: boolean): Token {
  switch (String.fromCodePoint(c2)) {
    case '|':
      return { t: ext ? 'char' : 'alt', c: c2 };
    case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9':
      return { t: 'backref', c: c2, n: c2 - 0x30 };
    case '<':
      return { t: 'anchor', c: c2, kind: 'wordStart' };
    case '>':
      return { t: 'anchor', c: c2, kind: 'wordEnd' };
    case 'b':
      return { t: 'anchor', c: c2, kind: 'wordBoundary' };
    case 'B':
      return { t: 'anchor', c: c2, kind: 'notWordBoundary' };
    case '`':
      return { t: 'anchor', c: c2, kind: 'bob' };
    case "'":
      return { t: 'anchor', c: c2, kind: 'eob' };
    case 'w':
      return { t: 'word', c: c2 };
    case 'W':
      return { t: 'notWord', c: c2 };
    case 's':
      return { t: 'space', c: c2 };
    case 'S':
      return { t: 'notSpace', c: c2 };
    case '(':
      return { t: ext ? 'char' : 'open', c: c2 };
    case ')':
      return { t: ext ? 'char' : 'close', c: c2 };
    case '+':
      return { t: ext ? 'char' : 'plus', c: c2 };
    case '?':
      return { t: ext ? 'char' : 'question', c: c2 };
    case '{':
      return { t: ext ? 'char' : 'openDup', c: c2 };
    case '}':
      return { t: ext ? 'char' : 'closeDup', c: c2 };
    default:
      return { t: 'char', c: c2 };
  }
}
