// find's expression grammar, as findutils parses it: "," below -o below -a (explicit or implied)
// below ! and -not, parentheses, and the primaries (built in find-primaries.ts). Errors carry
// GNU's exact messages; an expression without an action gets an implicit -print.

import { buildPrimary, isOption, type FindSettings, type Predicate } from './find-primaries.ts';
import { FindUsageError } from './find-errors.ts';

export type Expr =
  | { kind: 'and' | 'or' | 'comma'; left: Expr; right: Expr }
  | { kind: 'not'; expr: Expr }
  | { kind: 'primary'; name: string; test: Predicate; action: boolean };

export { FindUsageError };

const BINARY = new Map([['-o', 'or'], ['-or', 'or'], ['-a', 'and'], ['-and', 'and'], [',', 'comma']]);

export async function parseExpression(args: string[], settings: FindSettings): Promise<Expr> {
  const parser = new Parser(args, settings);
  if (args.length === 0) return printAll(settings);
  const expr = await parser.comma();
  if (parser.pos < args.length) {
    if (args[parser.pos] === ')') throw new FindUsageError("you have too many ')'");
    throw new FindUsageError(`paths must precede expression: \`${args[parser.pos]}'`);
  }
  if (!hasAction(expr)) return { kind: 'and', left: expr, right: await printAll(settings) };
  return expr;
}

async function printAll(settings: FindSettings): Promise<Expr> {
  return { kind: 'primary', name: '-print', action: true, test: (await buildPrimary('-print', [], settings)).test };
}

function hasAction(expr: Expr): boolean {
  if (expr.kind === 'primary') return expr.action;
  if (expr.kind === 'not') return hasAction(expr.expr);
  return hasAction(expr.left) || hasAction(expr.right);
}

class Parser {
  pos = 0;

  constructor(
    private readonly args: string[],
    private readonly settings: FindSettings,
  ) {}

  private peek(): string | undefined {
    return this.args[this.pos];
  }

  async comma(): Promise<Expr> {
    let left = await this.or();
    while (this.peek() === ',') {
      this.pos++;
      left = { kind: 'comma', left, right: await this.operand(',', () => this.or()) };
    }
    return left;
  }

  private async or(): Promise<Expr> {
    let left = await this.and();
    while (this.peek() === '-o' || this.peek() === '-or') {
      const op = this.args[this.pos++];
      left = { kind: 'or', left, right: await this.operand(op, () => this.and()) };
    }
    return left;
  }

  private async and(): Promise<Expr> {
    let left = await this.unary();
    for (;;) {
      const next = this.peek();
      if (next === undefined || next === ')' || next === ',' || next === '-o' || next === '-or') return left;
      if (next === '-a' || next === '-and') {
        this.pos++;
        left = { kind: 'and', left, right: await this.operand(next, () => this.unary()) };
      } else {
        left = { kind: 'and', left, right: await this.unary() };
      }
    }
  }

  /** The expression after an operator; GNU words the error differently when nothing follows. */
  private async operand(op: string, parse: () => Promise<Expr>): Promise<Expr> {
    const next = this.peek();
    if (next === undefined) throw new FindUsageError(`expected an expression after '${op}'`);
    if (BINARY.has(next) || next === ')') throw new FindUsageError(`invalid expression; you have used a binary operator '${next}' with nothing before it.`);
    return parse();
  }

  private async unary(): Promise<Expr> {
    const next = this.peek();
    if (next === '!' || next === '-not') {
      this.pos++;
      if (this.peek() === undefined) throw new FindUsageError(`expected an expression after '${next}'`);
      return { kind: 'not', expr: await this.unary() };
    }
    return this.primary();
  }

  private async primary(): Promise<Expr> {
    const token = this.args[this.pos];
    if (token === undefined) throw new FindUsageError('invalid expression');
    if (BINARY.has(token)) throw new FindUsageError(`invalid expression; you have used a binary operator '${token}' with nothing before it.`);
    if (token === ')') throw new FindUsageError("you have too many ')'");
    if (token === '(') {
      this.pos++;
      if (this.peek() === ')') throw new FindUsageError('invalid expression; empty parentheses are not allowed.');
      const inner = await this.comma();
      if (this.peek() !== ')') throw new FindUsageError("invalid expression; I was expecting to find a ')' somewhere but did not see one.");
      this.pos++;
      return inner;
    }
    if (!token.startsWith('-') || token === '-') throw new FindUsageError(`paths must precede expression: \`${token}'`);
    this.pos++;
    const { test, action, consumed } = await buildPrimary(token, this.args.slice(this.pos), this.settings);
    this.pos += consumed;
    if (isOption(token)) return { kind: 'primary', name: token, test, action: false };
    return { kind: 'primary', name: token, test, action };
  }
}
