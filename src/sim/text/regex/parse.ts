// A POSIX regular expression parser that follows glibc's regcomp (parse_reg_exp, parse_branch,
// parse_expression, parse_dup_op) token for token, so that every pattern is accepted, read or
// rejected exactly as grep and sed do, with the same error message.

import { concat, RegexSyntaxError, EMPTY, type RegexNode } from './ast.ts';
import { peekToken, type Token } from './tokens.ts';
import { parseBracket } from './bracket.ts';
import { posixClass, wordChars } from './charset.ts';
import { REG_BADBR, REG_BADRPT, REG_EBRACE, REG_EESCAPE, REG_EPAREN, REG_ERPAREN, REG_ESIZE, REG_ESUBREG } from './messages.ts';

/** glibc's syntax bits, as booleans. */
export interface Syntax {
  /** ERE: bare ( ) { } | + ? are operators, ^ and $ are anchors anywhere. */
  extended: boolean;
  /** RE_CONTEXT_INDEP_OPS: a repetition operator with nothing before it is skipped (egrep). */
  indepOps: boolean;
  /** RE_CONTEXT_INVALID_OPS: ...or is an error (sed -E). */
  invalidOps: boolean;
  /** RE_CONTEXT_INVALID_DUP: `\{` with nothing before it, or `a**`, is an error (sed BRE). */
  invalidDup: boolean;
  /** RE_INVALID_INTERVAL_ORD: a malformed interval is ordinary text (egrep). */
  intervalOrd: boolean;
  /** RE_UNMATCHED_RIGHT_PAREN_ORD: an unmatched `)` is ordinary text (egrep). */
  rparenOrd: boolean;
  /** grep -E, whose DFA matcher decides which lines match: a leading repetition repeats the empty
   * string ("{1}a" is "a") and a repetition may follow an anchor ("^*"). */
  dfa: boolean;
  /** Case folding (changes what [:upper:] and [:lower:] mean). */
  icase: boolean;
}

const RE_DUP_MAX = 0x7fff;

export function parseRegex(pattern: string, syntax: Syntax): { node: RegexNode; groups: number } {
  return new Parser(pattern, syntax).parse();
}

class Parser {
  private readonly cps: number[];
  private pos = 0;
  private token: Token = { t: 'end', c: 0 };
  private groups = 0;
  /** Groups 1..9 already closed: a back-reference to any other is invalid. */
  private completed = 0;

  constructor(
    pattern: string,
    private readonly syntax: Syntax,
  ) {
    this.cps = Array.from(pattern, (ch) => ch.codePointAt(0)!);
  }

  parse(): { node: RegexNode; groups: number } {
    this.fetch(true);
    const node = this.parseRegExp(0) ?? EMPTY;
    return { node, groups: this.groups };
  }

  /** The current token (a method, so that type narrowing does not outlive the calls that move it). */
  private current(): Token {
    return this.token;
  }

  private fetch(caretHere = false): void {
    const { token, len } = peekToken(this.cps, this.pos, this.syntax.extended, caretHere);
    this.token = token;
    this.pos += len;
  }

  private parseRegExp(nest: number): RegexNode | null {
    const initialCompleted = this.completed;
    let tree = this.parseBranch(nest);
    if (this.token.t !== 'alt') return tree;
    const branches: RegexNode[] = [tree ?? EMPTY];
    while (this.token.t === 'alt') {
      this.fetch(true);
      let branch: RegexNode | null = null;
      if (this.token.t !== 'alt' && this.token.t !== 'end' && (nest === 0 || this.token.t !== 'close')) {
        // A back-reference may not refer to a group of another alternative.
        const accumulated = this.completed;
        this.completed = initialCompleted;
        branch = this.parseBranch(nest);
        this.completed |= accumulated;
      }
      branches.push(branch ?? EMPTY);
    }
    tree = { type: 'alt', branches };
    return tree;
  }

  private parseBranch(nest: number): RegexNode | null {
    const items: RegexNode[] = [];
    const first = this.parseExpression(nest);
    if (first) items.push(first);
    while (this.token.t !== 'alt' && this.token.t !== 'end' && (nest === 0 || this.token.t !== 'close')) {
      const expr = this.parseExpression(nest);
      if (expr) items.push(expr);
    }
    return items.length === 0 ? null : concat(items);
  }

  private parseExpression(nest: number): RegexNode | null {
    const syntax = this.syntax;
    const token = this.token;
    let tree: RegexNode | null;
    switch (token.t) {
      case 'char':
        tree = { type: 'char', cp: token.c };
        break;
      case 'open':
        tree = this.parseSubExp(nest + 1);
        break;
      case 'bracket': {
        const { node, next } = parseBracket(this.cps, this.pos, syntax.icase);
        this.pos = next;
        tree = node;
        break;
      }
      case 'backref':
        if (!(this.completed & (1 << (token.n - 1)))) throw new RegexSyntaxError(REG_ESUBREG);
        tree = { type: 'backref', index: token.n };
        break;
      case 'openDup':
      case 'star':
      case 'plus':
      case 'question':
        if (token.t === 'openDup' && syntax.invalidDup) throw new RegexSyntaxError(REG_BADRPT);
        if (syntax.invalidOps) throw new RegexSyntaxError(REG_BADRPT);
        if (syntax.dfa && token.t === 'openDup') {
          // grep's DFA repeats the empty string a whole valid interval times; regcomp would skip
          // only the `{`. A malformed interval is ordinary text for both.
          const end = intervalEnd(this.cps, this.pos);
          if (end === undefined) {
            tree = { type: 'char', cp: token.c };
            break;
          }
          this.pos = end;
          this.fetch();
          return this.parseExpression(nest);
        }
        if (syntax.indepOps) {
          this.fetch();
          return this.parseExpression(nest);
        }
        tree = { type: 'char', cp: token.c };
        break;
      case 'close':
        if (!syntax.rparenOrd) throw new RegexSyntaxError(REG_ERPAREN);
        tree = { type: 'char', cp: token.c };
        break;
      case 'closeDup':
        tree = { type: 'char', cp: token.c };
        break;
      case 'anchor':
        tree = { type: 'assert', kind: token.kind };
        // glibc never repeats an anchor ("^*" is ^ then a literal or skipped *); grep's DFA does.
        if (!syntax.dfa) {
          this.fetch();
          return tree;
        }
        break;
      case 'period':
        tree = { type: 'any' };
        break;
      case 'word':
      case 'notWord':
        tree = { type: 'set', set: wordChars(), negated: token.t === 'notWord' };
        break;
      case 'space':
      case 'notSpace':
        tree = { type: 'set', set: posixClass('space')!, negated: token.t === 'notSpace' };
        break;
      case 'alt':
      case 'end':
        return null;
      case 'backslash':
        throw new RegexSyntaxError(REG_EESCAPE);
    }
    this.fetch();
    while (this.token.t === 'star' || this.token.t === 'plus' || this.token.t === 'question' || this.token.t === 'openDup') {
      const repeated = this.parseDupOp(tree);
      if (repeated === 'literal') break;
      tree = repeated;
      // In a BRE (sed), consecutive repetitions are not allowed.
      if (syntax.invalidDup && (this.token.t === 'star' || this.token.t === 'openDup')) throw new RegexSyntaxError(REG_BADRPT);
    }
    return tree;
  }

  private parseSubExp(nest: number): RegexNode {
    const index = ++this.groups;
    this.fetch(true);
    let body: RegexNode | null = null;
    if (this.token.t !== 'close') {
      body = this.parseRegExp(nest);
      if (this.current().t !== 'close') throw new RegexSyntaxError(REG_EPAREN);
    }
    if (index <= 9) this.completed |= 1 << (index - 1);
    return { type: 'group', index, body: body ?? EMPTY };
  }

  /** Returns the repeated node (null when repeated zero times), or 'literal' when an invalid
   * interval is ordinary text (the current token then is its `{` as a character). */
  private parseDupOp(elem: RegexNode | null): RegexNode | null | 'literal' {
    const token = this.token;
    let min: number;
    let max: number;
    if (token.t === 'openDup') {
      const startPos = this.pos;
      let start = this.fetchNumber();
      let end = 0;
      if (start === -1) {
        if (this.token.t === 'char' && this.token.c === 0x2c) start = 0; // {,m} is {0,m}
        else throw new RegexSyntaxError(REG_BADBR);
      }
      if (start !== -2) {
        const closeTok = this.token.t === 'closeDup';
        const comma = this.token.t === 'char' && this.token.c === 0x2c;
        end = closeTok ? start : comma ? this.fetchNumber() : -2;
      }
      if (start === -2 || end === -2) {
        if (!this.syntax.intervalOrd) throw new RegexSyntaxError(this.token.t === 'end' ? REG_EBRACE : REG_BADBR);
        this.pos = startPos;
        this.token = { t: 'char', c: token.c };
        return 'literal';
      }
      if ((end !== -1 && start > end) || this.token.t !== 'closeDup') throw new RegexSyntaxError(REG_BADBR);
      if (RE_DUP_MAX < (end === -1 ? start : end)) throw new RegexSyntaxError(REG_ESIZE);
      min = start;
      max = end === -1 ? Infinity : end;
    } else {
      min = token.t === 'plus' ? 1 : 0;
      max = token.t === 'question' ? 1 : Infinity;
    }
    this.fetch();
    if (elem === null) return null;
    if (min === 0 && max === 0) return null;
    return { type: 'repeat', body: elem, min, max };
  }

  /** The number in an interval: -1 for none, -2 for something invalid. */
  private fetchNumber(): number {
    let num = -1;
    for (;;) {
      this.fetch();
      const token = this.token;
      if (token.t === 'end') return -2;
      if (token.t === 'closeDup' || token.c === 0x2c) break;
      const digit = token.c - 0x30;
      num = token.t !== 'char' || digit < 0 || digit > 9 || num === -2 ? -2 : num === -1 ? digit : Math.min(RE_DUP_MAX + 1, num * 10 + digit);
    }
    return num;
  }
}

/** Where a valid ERE interval whose `{` is just before `from` ends, as grep's DFA lexer reads it. */
function intervalEnd(cps: readonly number[], from: number): number | undefined {
  let p = from;
  let min = -1;
  let max = -1;
  const digit = (i: number): boolean => i < cps.length && cps[i] >= 0x30 && cps[i] <= 0x39;
  for (; digit(p); p++) min = (min < 0 ? 0 : min * 10) + cps[p] - 0x30;
  if (p < cps.length) {
    if (cps[p] !== 0x2c) max = min;
    else {
      if (min < 0) min = 0;
      for (p++; digit(p); p++) max = (max < 0 ? 0 : max * 10) + cps[p] - 0x30;
    }
  }
  if (cps[p] !== 0x7d || min < 0 || (max >= 0 && min > max)) return undefined;
  return p + 1;
}
