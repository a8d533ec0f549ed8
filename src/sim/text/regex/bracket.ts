// Bracket expressions ([abc], [^a-z], [[:alpha:]], [[.-.]], [[=a=]]) parsed as glibc's regcomp does
// (parse_bracket_exp), with its error for each malformed case. C.UTF-8 has no collation rules, so
// ranges follow code points and collating symbols and equivalence classes are single ASCII bytes.

import { RegexSyntaxError, type RegexNode } from './ast.ts';
import { posixClass, range, single, union, type CharSet } from './charset.ts';
import { REG_EBRACK, REG_ECOLLATE, REG_ECTYPE, REG_ERANGE, REG_BADPAT } from './messages.ts';

type BracketToken =
  | { type: 'end' }
  | { type: 'char'; c: number; len: number }
  | { type: 'close'; c: number; len: number }
  | { type: 'nonMatch'; c: number; len: number }
  | { type: 'range'; c: number; len: number }
  | { type: 'open'; c: number; len: number; delim: number };

type Element =
  | { type: 'char'; cp: number }
  | { type: 'class'; name: string }
  | { type: 'equiv'; name: number[] }
  | { type: 'coll'; name: number[] };

const RIGHT_BRACKET = 0x5d;
const HYPHEN = 0x2d;

/** Parses the bracket expression whose `[` is at cps[start - 1]; returns the node and the index after `]`. */
export function parseBracket(cps: readonly number[], start: number, icase: boolean): { node: RegexNode; next: number } {
  let pos = start;
  const peek = (): BracketToken => peekBracket(cps, pos);
  let token = peek();
  if (token.type === 'end') throw new RegexSyntaxError(REG_BADPAT);
  let negated = false;
  if (token.type === 'nonMatch') {
    negated = true;
    pos += token.len;
    token = peek();
    if (token.type === 'end') throw new RegexSyntaxError(REG_BADPAT);
  }
  if (token.type === 'close') token = { type: 'char', c: token.c, len: token.len };
  const parts: CharSet[] = [];
  let firstRound = true;
  for (;;) {
    const parsedStart = parseElement(cps, pos, token, firstRound, icase);
    const startElem = parsedStart.element;
    pos = parsedStart.next;
    firstRound = false;
    token = peek();
    let rangeEnd: BracketToken | undefined;
    if (startElem.type !== 'class' && startElem.type !== 'equiv') {
      if (token.type === 'end') throw new RegexSyntaxError(REG_EBRACK);
      if (token.type === 'range') {
        pos += token.len;
        const token2 = peek();
        if (token2.type === 'end') throw new RegexSyntaxError(REG_EBRACK);
        if (token2.type === 'close') {
          // A '-' before the closing bracket is an ordinary character.
          pos -= token.len;
          token = { type: 'char', c: token.c, len: token.len };
        } else rangeEnd = token2;
      }
    }
    if (rangeEnd) {
      const parsedEnd = parseElement(cps, pos, rangeEnd, true, icase);
      pos = parsedEnd.next;
      token = peek();
      parts.push(rangeSet(startElem, parsedEnd.element));
    } else {
      parts.push(elementSet(startElem, icase));
    }
    if (token.type === 'end') throw new RegexSyntaxError(REG_EBRACK);
    if (token.type === 'close') break;
  }
  pos += token.len;
  return { node: { type: 'set', set: union(...parts), negated }, next: pos };
}

function peekBracket(cps: readonly number[], pos: number): BracketToken {
  if (pos >= cps.length) return { type: 'end' };
  const c = cps[pos];
  if (c === 0x5b) {
    const c2 = pos + 1 < cps.length ? cps[pos + 1] : 0;
    if (c2 === 0x2e || c2 === 0x3d || c2 === 0x3a) return { type: 'open', c, len: 2, delim: c2 };
    return { type: 'char', c, len: 1 };
  }
  switch (c) {
    case RIGHT_BRACKET:
      return { type: 'close', c, len: 1 };
    case 0x5e:
      return { type: 'nonMatch', c, len: 1 };
    case HYPHEN:
      // V7 grep's "---" stands for one '-'.
      if (pos + 2 < cps.length && cps[pos + 1] === HYPHEN && cps[pos + 2] === HYPHEN) return { type: 'char', c, len: 3 };
      return { type: 'range', c, len: 1 };
    default:
      return { type: 'char', c, len: 1 };
  }
}

function parseElement(
  cps: readonly number[],
  pos: number,
  token: BracketToken,
  acceptHyphen: boolean,
  icase: boolean,
): { element: Element; next: number } {
  if (token.type === 'end') throw new RegexSyntaxError(REG_EBRACK);
  // A multibyte character is never special inside brackets.
  if (cps[pos] > 0x7f) return { element: { type: 'char', cp: cps[pos] }, next: pos + 1 };
  pos += token.len;
  if (token.type === 'open') return parseSymbol(cps, pos, token.delim, icase);
  if (token.type === 'range' && !acceptHyphen) {
    // '-' may only be an ordinary character right before the closing bracket.
    if (peekBracket(cps, pos).type !== 'close') throw new RegexSyntaxError(REG_ERANGE);
  }
  return { element: { type: 'char', cp: token.c }, next: pos };
}

/** [:name:], [.name.] or [=name=] after its opening two characters. */
function parseSymbol(cps: readonly number[], pos: number, delim: number, _icase: boolean): { element: Element; next: number } {
  if (pos >= cps.length) throw new RegexSyntaxError(REG_EBRACK);
  const name: number[] = [];
  for (let i = 0; ; i++) {
    if (i >= 32) throw new RegexSyntaxError(REG_EBRACK);
    const ch = cps[pos++];
    if (pos >= cps.length) throw new RegexSyntaxError(REG_EBRACK);
    if (ch === delim && cps[pos] === RIGHT_BRACKET) break;
    name.push(ch);
  }
  pos++;
  if (delim === 0x3a) return { element: { type: 'class', name: String.fromCodePoint(...name) }, next: pos };
  return { element: { type: delim === 0x3d ? 'equiv' : 'coll', name }, next: pos };
}

/** glibc counts the bytes of a collating name: only a single ASCII byte is known. */
function singleByte(name: number[]): number {
  if (name.length !== 1 || name[0] > 0x7f) throw new RegexSyntaxError(REG_ECOLLATE);
  return name[0];
}

function elementSet(element: Element, icase: boolean): CharSet {
  switch (element.type) {
    case 'char':
      return single(element.cp);
    case 'class': {
      // With case folding, [:upper:] and [:lower:] both mean letters (glibc's build_charclass).
      const name = icase && (element.name === 'upper' || element.name === 'lower') ? 'alpha' : element.name;
      const set = posixClass(name);
      if (set === undefined) throw new RegexSyntaxError(REG_ECTYPE);
      return set;
    }
    case 'equiv':
    case 'coll':
      return single(singleByte(element.name));
  }
}

function rangeSet(start: Element, end: Element): CharSet {
  const point = (element: Element): number => {
    if (element.type === 'class' || element.type === 'equiv') throw new RegexSyntaxError(REG_ERANGE);
    return element.type === 'char' ? element.cp : singleByte(element.name);
  };
  const lo = point(start);
  const hi = point(end);
  if (lo > hi) throw new RegexSyntaxError(REG_ERANGE);
  return range(lo, hi);
}
