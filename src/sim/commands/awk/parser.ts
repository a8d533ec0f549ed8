// The program: rules (BEGIN, END, patterns, ranges) and functions, and the statements inside their
// actions. Statements end at a newline, a `;` or before a `}`; newlines are also allowed after
// `{`, `,`, `&&`, `||`, `do`, `else` and the `)` of if/while/for, exactly where awk allows them.

import type { Expr, FunctionDef, Lvalue, Pattern, Program, Redirect, Rule, Stmt } from './ast.ts';
import type { Token } from './lexer.ts';
import { ExprParser } from './parse-expr.ts';
import { TokenStream } from './token-stream.ts';
import { AwkCompileError } from './errors.ts';

export function parseProgram(tokens: Token[]): Program {
  return new Parser(new TokenStream(tokens)).program();
}

type Context = 'BEGIN' | 'END' | 'rule' | 'function';

/** awk's built-in variables: not allowed as function or parameter names. */
const SPECIAL_VARIABLES = new Set([
  'NF', 'NR', 'FNR', 'FS', 'OFS', 'ORS', 'RS', 'SUBSEP', 'CONVFMT', 'OFMT', 'RSTART', 'RLENGTH', 'FILENAME',
  'ENVIRON', 'ARGC', 'ARGV',
]);

class Parser extends ExprParser {
  private context: Context = 'rule';
  private loops = 0;

  program(): Program {
    const rules: Rule[] = [];
    const functions = new Map<string, FunctionDef>();
    for (;;) {
      while (this.ts.accept('newline') || this.ts.accept(';'));
      if (this.ts.is('eof')) break;
      if (this.ts.is('function')) {
        const fn = this.functionDef();
        if (functions.has(fn.name)) throw new AwkCompileError(fn.at, `function name \`${fn.name}' previously defined`);
        functions.set(fn.name, fn);
      } else rules.push(this.rule());
    }
    return { rules, functions };
  }

  private rule(): Rule {
    const token = this.ts.peek;
    const at = this.ts.where(token);
    let pattern: Pattern;
    if (this.ts.accept('BEGIN') || this.ts.accept('END')) {
      pattern = { kind: token.type === 'BEGIN' ? 'begin' : 'end' };
      if (!this.ts.is('{')) {
        const next = this.ts.peek;
        // A real newline counts as the next line; the one gawk adds at the end of the text does not.
        const real = next.type === 'newline' && next.start < next.source.text.length;
        const where = { source: next.source.name, line: real ? next.line + 1 : next.line };
        throw new AwkCompileError(where, `${token.type} blocks must have an action part`, false, 1, true);
      }
      this.context = token.type === 'BEGIN' ? 'BEGIN' : 'END';
      const action = this.block();
      this.context = 'rule';
      return { pattern, action, at };
    }
    if (this.ts.is('{')) return { pattern: { kind: 'always' }, action: this.block(), at };
    const from = this.expr();
    if (this.ts.accept(',')) {
      this.ts.skipNewlines();
      pattern = { kind: 'range', from, to: this.expr() };
    } else pattern = { kind: 'expr', expr: from };
    if (this.ts.is('{')) return { pattern, action: this.block(), at };
    if (!this.ts.is('newline') && !this.ts.is(';') && !this.ts.is('eof')) throw this.ts.error();
    return { pattern, action: null, at };
  }

  private functionDef(): FunctionDef {
    const at = this.ts.where(this.ts.next());
    const nameToken = this.ts.peek;
    if (!this.ts.accept('name') && !this.ts.accept('funcname')) throw this.ts.error();
    const name = nameToken.text;
    if (SPECIAL_VARIABLES.has(name)) throw new AwkCompileError(at, `function name \`${name}' previously defined`);
    this.ts.expect('(');
    const params: string[] = [];
    this.ts.skipNewlines();
    if (!this.ts.is(')')) {
      for (;;) {
        const param = this.ts.expect('name').text;
        if (param === name) throw new AwkCompileError(at, `function \`${name}': cannot use function name as parameter name`);
        if (SPECIAL_VARIABLES.has(param)) throw new AwkCompileError(at, `function \`${name}': cannot use special variable \`${param}' as a function parameter`);
        if (params.includes(param)) throw new AwkCompileError(at, `function \`${name}': parameter #${params.length + 1}, \`${param}', duplicates parameter #${params.indexOf(param) + 1}`);
        params.push(param);
        this.ts.skipNewlines();
        if (!this.ts.accept(',')) break;
        this.ts.skipNewlines();
      }
    }
    this.ts.expect(')');
    this.ts.skipNewlines();
    this.context = 'function';
    const body = this.block();
    this.context = 'rule';
    return { name, params, body, at };
  }

  private block(): Stmt {
    const at = this.ts.where(this.ts.expect('{'));
    const body: Stmt[] = [];
    for (;;) {
      while (this.ts.accept('newline') || this.ts.accept(';'));
      if (this.ts.accept('}')) return { kind: 'block', body, at };
      body.push(this.statement());
    }
  }

  private statement(): Stmt {
    const token = this.ts.peek;
    const at = this.ts.where(token);
    switch (token.type) {
      case '{':
        return this.block();
      case 'if': {
        this.ts.next();
        const test = this.condition();
        const then = this.body();
        const mark = this.ts.pos;
        while (this.ts.accept('newline') || this.ts.accept(';'));
        if (!this.ts.accept('else')) {
          this.ts.pos = mark;
          return { kind: 'if', test, then, else: null, at };
        }
        this.ts.skipNewlines();
        return { kind: 'if', test, then, else: this.statement(), at };
      }
      case 'while': {
        this.ts.next();
        const test = this.condition();
        return { kind: 'while', test, body: this.loopBody(), at };
      }
      case 'do': {
        this.ts.next();
        this.ts.skipNewlines();
        const body = this.loopBody();
        while (this.ts.accept('newline') || this.ts.accept(';'));
        this.ts.expect('while');
        const test = this.condition(false);
        this.terminator();
        return { kind: 'do', body, test, at };
      }
      case 'for':
        return this.forStatement();
      case ';':
        this.ts.next();
        return { kind: 'block', body: [], at };
      case 'break':
      case 'continue':
        this.ts.next();
        if (this.loops === 0) {
          // gawk reports this one twice.
          throw new AwkCompileError(at, `\`${token.type}' is not allowed outside a loop or switch`, false, 2);
        }
        this.terminator();
        return { kind: token.type, at };
      case 'next':
      case 'nextfile':
        this.ts.next();
        if (this.context === 'BEGIN' || this.context === 'END') {
          throw new AwkCompileError(at, `\`${token.type}' used in ${this.context} action`);
        }
        this.terminator();
        return { kind: token.type, at };
      case 'exit':
      case 'return': {
        this.ts.next();
        if (token.type === 'return' && this.context !== 'function') throw this.ts.error(token, "`return' used outside function context");
        const value = this.atTerminator() ? null : this.expr();
        this.terminator();
        return { kind: token.type, value, at };
      }
      case 'delete': {
        this.ts.next();
        const name = this.ts.expect('name').text;
        let subs: Expr[] | null = null;
        if (this.ts.accept('[')) {
          subs = this.nested(() => this.exprList());
          this.ts.expect(']');
        }
        this.terminator();
        return { kind: 'delete', name, subs, at };
      }
      case 'print':
      case 'printf':
        return this.printStatement();
      default: {
        const expr = this.expr();
        this.terminator();
        return { kind: 'expr', expr, at };
      }
    }
  }

  /** `( expr )` of if/while/do, then the newlines allowed before the body. */
  private condition(skipAfter = true): Expr {
    this.ts.expect('(');
    const test = this.nested(() => this.expr());
    this.ts.expect(')');
    if (skipAfter) this.ts.skipNewlines();
    return test;
  }

  /** The statement an if/else governs; a lone `;` is an empty statement. */
  private body(): Stmt {
    const at = this.ts.where();
    if (this.ts.accept(';')) return { kind: 'block', body: [], at };
    return this.statement();
  }

  private loopBody(): Stmt {
    this.loops++;
    try {
      return this.body();
    } finally {
      this.loops--;
    }
  }

  private forStatement(): Stmt {
    const at = this.ts.where(this.ts.next());
    this.ts.expect('(');
    if (this.ts.is('name') && this.ts.lookahead(1).type === 'in' && this.ts.lookahead(2).type === 'name' && this.ts.lookahead(3).type === ')') {
      const variable: Lvalue = { kind: 'var', name: this.ts.next().text, at };
      this.ts.next();
      const array = this.ts.next().text;
      this.ts.next();
      this.ts.skipNewlines();
      return { kind: 'forin', variable, array, body: this.loopBody(), at };
    }
    const init = this.ts.is(';') ? null : this.nested(() => this.expr());
    this.ts.expect(';');
    this.ts.skipNewlines();
    const test = this.ts.is(';') ? null : this.nested(() => this.expr());
    this.ts.expect(';');
    this.ts.skipNewlines();
    const update = this.ts.is(')') ? null : this.nested(() => this.expr());
    this.ts.expect(')');
    this.ts.skipNewlines();
    return { kind: 'for', init, test, update, body: this.loopBody(), at };
  }

  private printStatement(): Stmt {
    const token = this.ts.next();
    const at = this.ts.where(token);
    const kind = token.type as 'print' | 'printf';
    let args: Expr[] | null = null;
    if (this.ts.is('(')) {
      // `print (a, b) > "f"`: a parenthesized list, unless more expression follows it.
      const mark = this.ts.pos;
      try {
        this.ts.next();
        const list = this.nested(() => this.exprList());
        this.ts.expect(')');
        if (this.atTerminator() || this.atRedirect()) args = list;
        else this.ts.pos = mark;
      } catch {
        this.ts.pos = mark;
      }
    }
    if (args === null) {
      this.noGt = true;
      try {
        args = this.atTerminator() || this.atRedirect() ? [] : this.exprList();
      } finally {
        this.noGt = false;
      }
    }
    if (kind === 'printf' && args.length === 0) throw this.ts.error();
    let redirect: Redirect | null = null;
    if (this.atRedirect()) {
      const mode = this.ts.next().type as '>' | '>>' | '|';
      this.noGt = true;
      try {
        redirect = { mode, target: this.concat() };
      } finally {
        this.noGt = false;
      }
    }
    this.terminator();
    return { kind, args, redirect, at };
  }

  private atRedirect(): boolean {
    return this.ts.is('>') || this.ts.is('>>') || this.ts.is('|');
  }

  private atTerminator(): boolean {
    const type = this.ts.type;
    return type === ';' || type === 'newline' || type === '}' || type === 'eof';
  }

  private terminator(): void {
    if (this.ts.accept(';') || this.ts.accept('newline')) return;
    if (this.ts.is('}') || this.ts.is('eof')) return;
    throw this.ts.error();
  }
}
