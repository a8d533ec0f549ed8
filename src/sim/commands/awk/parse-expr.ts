// Expressions, by recursive descent over awk's precedence levels (lowest first): ?:, ||, &&, in,
// ~ !~, relational and `cmd | getline`, concatenation, + -, * / %, unary ! - +, ^ (right
// associative), ++ --, $, grouping. Assignment binds to the lvalue right before it, so
// `a && b = c` means a && (b = c), as in gawk's grammar.

import type { AssignOp, CompareOp, Expr, Lvalue } from './ast.ts';
import { ARITY, type Token, type TokenType } from './lexer.ts';
import type { TokenStream } from './token-stream.ts';

const ASSIGN_OPS = new Set<TokenType>(['=', '+=', '-=', '*=', '/=', '%=', '^=']);
const RELATIONAL = new Set<TokenType>(['<', '<=', '==', '!=', '>', '>=']);
/** Tokens that can begin the right operand of a concatenation (never + or -). */
const CONCAT_START = new Set<TokenType>(['number', 'string', 'regex', 'name', 'funcname', 'builtin', '$', '!', '(', '++', '--']);

export class ExprParser {
  /** Inside print's argument list, an unparenthesized `>` is a redirection. */
  protected noGt = false;

  constructor(protected readonly ts: TokenStream) {}

  expr(): Expr {
    return this.ternary();
  }

  /** Expressions separated by commas (newlines may follow a comma). */
  exprList(): Expr[] {
    const list = [this.expr()];
    while (this.ts.accept(',')) {
      this.ts.skipNewlines();
      list.push(this.expr());
    }
    return list;
  }

  protected ternary(): Expr {
    const at = this.ts.where();
    const test = this.or();
    if (!this.ts.accept('?')) return test;
    this.ts.skipNewlines();
    const yes = this.ternary();
    this.ts.skipNewlines();
    this.ts.expect(':');
    this.ts.skipNewlines();
    const no = this.ternary();
    return { kind: 'cond', test, yes, no, at };
  }

  private or(): Expr {
    let left = this.and();
    while (this.ts.is('||')) {
      const at = this.ts.where(this.ts.next());
      this.ts.skipNewlines();
      left = { kind: 'or', left, right: this.and(), at };
    }
    return left;
  }

  private and(): Expr {
    let left = this.inExpr();
    while (this.ts.is('&&')) {
      const at = this.ts.where(this.ts.next());
      this.ts.skipNewlines();
      left = { kind: 'and', left, right: this.inExpr(), at };
    }
    return left;
  }

  private inExpr(): Expr {
    let left = this.matchExpr();
    while (this.ts.is('in')) {
      const at = this.ts.where(this.ts.next());
      const name = this.ts.expect('name').text;
      left = { kind: 'in', subs: [left], name, at };
    }
    return left;
  }

  private matchExpr(): Expr {
    let left = this.comparison();
    while (this.ts.is('~') || this.ts.is('!~')) {
      const token = this.ts.next();
      left = { kind: 'match', negate: token.type === '!~', left, right: this.comparison(), at: this.ts.where(token) };
    }
    return left;
  }

  private comparison(): Expr {
    let left = this.concat();
    let compared = false;
    for (;;) {
      const type = this.ts.type;
      if (type === '|' && this.ts.lookahead(1).type === 'getline') {
        const at = this.ts.where(this.ts.next());
        this.ts.next();
        left = { kind: 'getline', from: 'cmd', source: left, target: this.optionalLvalue(), at };
        continue;
      }
      if (!RELATIONAL.has(type) || (type === '>' && this.noGt)) return left;
      // Comparisons do not chain: `a < b < c` is a syntax error, as in gawk's grammar.
      if (compared) throw this.ts.error();
      compared = true;
      const token = this.ts.next();
      left = { kind: 'compare', op: token.type as CompareOp, left, right: this.concat(), at: this.ts.where(token) };
    }
  }

  protected concat(): Expr {
    const first = this.additive();
    if (!this.startsConcatOperand()) return first;
    const parts = [first];
    while (this.startsConcatOperand()) parts.push(this.additive());
    return { kind: 'concat', parts, at: first.at };
  }

  /** `x ++y`: a ++ that could be postfix was already taken as one; here it starts an operand. */
  private startsConcatOperand(): boolean {
    return CONCAT_START.has(this.ts.type);
  }

  private additive(): Expr {
    let left = this.multiplicative();
    while (this.ts.is('+') || this.ts.is('-')) {
      const token = this.ts.next();
      left = { kind: 'binary', op: token.type as '+' | '-', left, right: this.multiplicative(), at: this.ts.where(token) };
    }
    return left;
  }

  private multiplicative(): Expr {
    let left = this.unary();
    while (this.ts.is('*') || this.ts.is('/') || this.ts.is('%')) {
      const token = this.ts.next();
      left = { kind: 'binary', op: token.type as '*' | '/' | '%', left, right: this.unary(), at: this.ts.where(token) };
    }
    return left;
  }

  private unary(): Expr {
    const type = this.ts.type;
    if (type === '!' || type === '-' || type === '+') {
      const at = this.ts.where(this.ts.next());
      return { kind: 'unary', op: type, operand: this.unary(), at };
    }
    return this.power();
  }

  private power(): Expr {
    const base = this.postfix(true);
    if (!this.ts.is('^')) return base;
    const at = this.ts.where(this.ts.next());
    return { kind: 'binary', op: '^', left: base, right: this.exponent(), at };
  }

  /** The right side of ^: right associative, and may carry its own sign (2^-1). */
  private exponent(): Expr {
    const type = this.ts.type;
    if (type === '!' || type === '-' || type === '+') {
      const at = this.ts.where(this.ts.next());
      return { kind: 'unary', op: type, operand: this.exponent(), at };
    }
    return this.power();
  }

  private postfix(allowAssign: boolean): Expr {
    const operand = this.primary(allowAssign);
    if ((this.ts.is('++') || this.ts.is('--')) && isLvalue(operand)) {
      const token = this.ts.next();
      return { kind: 'incdec', op: token.type as '++' | '--', prefix: false, target: operand, at: this.ts.where(token) };
    }
    return operand;
  }

  private primary(allowAssign: boolean): Expr {
    const token = this.ts.peek;
    const at = this.ts.where(token);
    switch (token.type) {
      case 'number':
        this.ts.next();
        return { kind: 'num', value: token.value, at };
      case 'string':
        this.ts.next();
        return { kind: 'str', value: token.text, at };
      case 'regex':
        this.ts.next();
        return { kind: 'regex', source: token.text, at };
      case '(':
        return this.grouping();
      case '$':
      case 'name':
        return this.maybeAssign(this.lvalue(), allowAssign);
      case '++':
      case '--': {
        this.ts.next();
        const target = this.lvalue();
        return { kind: 'incdec', op: token.type, prefix: true, target, at };
      }
      case '-':
      case '+':
      case '!': {
        this.ts.next();
        return { kind: 'unary', op: token.type, operand: this.unary(), at };
      }
      case 'funcname': {
        this.ts.next();
        return { kind: 'call', name: token.text, args: this.callArgs(), at };
      }
      case 'builtin': {
        this.ts.next();
        if (!this.ts.is('(')) {
          if (token.text !== 'length') throw this.ts.error();
          return { kind: 'builtin', name: 'length', args: [], at };
        }
        const args = this.callArgs();
        const arity = ARITY[token.text];
        if (arity !== undefined && (args.length < arity[0] || args.length > arity[1])) {
          throw this.ts.error(this.closing!, `${args.length} is invalid as number of arguments for ${token.text}`);
        }
        return { kind: 'builtin', name: token.text, args, at };
      }
      case 'getline': {
        this.ts.next();
        const target = this.optionalLvalue();
        if (!this.ts.accept('<')) return { kind: 'getline', from: 'main', target, source: null, at };
        // `getline < "a" "b"` reads "a": the file is a single operand, never a concatenation.
        return { kind: 'getline', from: 'file', target, source: this.additive(), at };
      }
      default:
        throw this.ts.error();
    }
  }

  private maybeAssign(target: Lvalue, allowAssign: boolean): Expr {
    if (!allowAssign || !ASSIGN_OPS.has(this.ts.type)) return target;
    const token = this.ts.next();
    this.ts.skipNewlines();
    return { kind: 'assign', op: token.type as AssignOp, target, value: this.ternary(), at: this.ts.where(token) };
  }

  /** `$expr`, `name` or `name[subscripts]`. */
  protected lvalue(): Lvalue {
    const token = this.ts.peek;
    const at = this.ts.where(token);
    if (this.ts.accept('$')) return { kind: 'field', index: this.fieldOperand(), at };
    if (!this.ts.is('name')) throw this.ts.error();
    this.ts.next();
    if (!this.ts.accept('[')) return { kind: 'var', name: token.text, at };
    const subs = this.nested(() => this.exprList());
    this.ts.expect(']');
    return { kind: 'index', name: token.text, subs, at };
  }

  /** What follows `$`: binds tighter than everything but grouping and ++/--. */
  private fieldOperand(): Expr {
    const token = this.ts.peek;
    const at = this.ts.where(token);
    if (token.type === '++' || token.type === '--') {
      this.ts.next();
      return { kind: 'incdec', op: token.type, prefix: true, target: this.lvalue(), at };
    }
    if (token.type === '-' || token.type === '+' || token.type === '!') {
      this.ts.next();
      return { kind: 'unary', op: token.type, operand: this.fieldOperand(), at };
    }
    return this.primary(false);
  }

  private optionalLvalue(): Lvalue | null {
    return this.ts.is('$') || this.ts.is('name') ? this.lvalue() : null;
  }

  /** `( expr )`, or `( expr, expr... ) in array`. */
  private grouping(): Expr {
    const at = this.ts.where(this.ts.expect('('));
    const list = this.nested(() => this.exprList());
    this.ts.expect(')');
    if (list.length === 1) return { kind: 'group', expr: list[0], at };
    if (!this.ts.is('in')) throw this.ts.error();
    this.ts.next();
    const name = this.ts.expect('name').text;
    return { kind: 'in', subs: list, name, at };
  }

  /** The `)` that ended the last argument list (where gawk points at a wrong argument count). */
  protected closing: Token | null = null;

  protected callArgs(): Expr[] {
    this.ts.expect('(');
    const args = this.ts.is(')') ? [] : this.nested(() => this.exprList());
    this.closing = this.ts.expect(')');
    return args;
  }

  /** Parses inside brackets, where `>` compares again. */
  protected nested<T>(parse: () => T): T {
    const saved = this.noGt;
    this.noGt = false;
    try {
      return parse();
    } finally {
      this.noGt = saved;
    }
  }
}

export function isLvalue(expr: Expr): expr is Lvalue {
  return expr.kind === 'var' || expr.kind === 'field' || expr.kind === 'index';
}
