// Shell arithmetic ($((…)), ((…)), let, array subscripts) with bash's rules: 64-bit signed integers
// that wrap on overflow, C precedence, variables whose values are themselves evaluated as expressions,
// bases (0x1f, 017, 2#101, 64#@), and bash's error texts with their "error token".

export interface ArithmeticEnvironment {
  /** A variable's value (element `index` of an array when given); undefined when unset. */
  get(name: string, index?: bigint | string): string | undefined;
  set(name: string, value: bigint, index?: bigint | string): void;
  /** Whether `name` is an associative array (its subscripts are strings, not expressions). */
  isAssociative(name: string): boolean;
  /** set -u: referencing an unset variable is an error. */
  readonly nounset: boolean;
}

export class ArithmeticError extends Error {
  constructor(
    readonly expression: string,
    readonly reason: string,
    readonly token: string,
  ) {
    // bash shows the expression without its leading blanks (trailing ones stay).
    super(`${expression.replace(/^[ \t\n]+/, '')}: ${reason} (error token is "${token}")`);
  }
}

/** `set -u` tripped inside an expression. */
export class UnboundVariable extends Error {
  constructor(readonly variable: string) {
    super(`${variable}: unbound variable`);
  }
}

type Node =
  | { k: 'num'; v: bigint }
  | { k: 'var'; name: string; index?: Node | string; rawIndex?: string; pos: number }
  | { k: 'unary'; op: string; x: Node }
  | { k: 'incdec'; op: '++' | '--'; prefix: boolean; target: VarNode }
  | { k: 'binary'; op: string; a: Node; b: Node; pos: number }
  | { k: 'and' | 'or'; a: Node; b: Node }
  | { k: 'ternary'; c: Node; t: Node; f: Node }
  | { k: 'assign'; op: string; target: VarNode; value: Node }
  | { k: 'comma'; a: Node; b: Node };
type VarNode = Extract<Node, { k: 'var' }>;

const MAX_RECURSION = 1024;
const cache = new Map<string, Node | null>();

export function evaluateArithmetic(text: string, env: ArithmeticEnvironment, depth = 0): bigint {
  if (depth > MAX_RECURSION) throw new ArithmeticError(text, 'expression recursion level exceeded', text);
  let node = cache.get(text);
  if (node === undefined) {
    node = new ArithmeticParser(text).parseAll();
    if (cache.size > 2000) cache.clear();
    cache.set(text, node);
  }
  if (node === null) return 0n;
  return new Evaluator(text, env, depth).eval(node);
}

const wrap = (v: bigint): bigint => BigInt.asIntN(64, v);

class Evaluator {
  constructor(
    private readonly text: string,
    private readonly env: ArithmeticEnvironment,
    private readonly depth: number,
  ) {}

  eval(node: Node): bigint {
    switch (node.k) {
      case 'num':
        return node.v;
      case 'var':
        return this.readVar(node);
      case 'unary': {
        const x = this.eval(node.x);
        switch (node.op) {
          case '-':
            return wrap(-x);
          case '+':
            return x;
          case '!':
            return x === 0n ? 1n : 0n;
          default:
            return wrap(~x);
        }
      }
      case 'incdec': {
        const old = this.readVar(node.target);
        const next = wrap(node.op === '++' ? old + 1n : old - 1n);
        this.writeVar(node.target, next);
        return node.prefix ? next : old;
      }
      case 'binary':
        return this.binary(node.op, this.eval(node.a), this.eval(node.b), node.pos);
      case 'and':
        return this.eval(node.a) !== 0n && this.eval(node.b) !== 0n ? 1n : 0n;
      case 'or':
        return this.eval(node.a) !== 0n || this.eval(node.b) !== 0n ? 1n : 0n;
      case 'ternary':
        return this.eval(node.c) !== 0n ? this.eval(node.t) : this.eval(node.f);
      case 'assign': {
        let value = this.eval(node.value);
        if (node.op !== '=') value = this.binary(node.op.slice(0, -1), this.readVar(node.target), value, node.target.pos);
        this.writeVar(node.target, value);
        return value;
      }
      case 'comma':
        this.eval(node.a);
        return this.eval(node.b);
    }
  }

  private binary(op: string, a: bigint, b: bigint, pos: number): bigint {
    switch (op) {
      case '+':
        return wrap(a + b);
      case '-':
        return wrap(a - b);
      case '*':
        return wrap(a * b);
      case '/':
      case '%':
        if (b === 0n) throw new ArithmeticError(this.text, 'division by 0', this.text.slice(pos).trimStart());
        if (a === -(2n ** 63n) && b === -1n) return op === '/' ? a : 0n;
        return op === '/' ? wrap(a / b) : wrap(a % b);
      case '**': {
        if (b < 0n) throw new ArithmeticError(this.text, 'exponent less than 0', this.text.slice(pos).trimStart());
        let result = 1n;
        let base = a;
        let exp = b;
        while (exp > 0n) {
          if (exp & 1n) result = wrap(result * base);
          base = wrap(base * base);
          exp >>= 1n;
        }
        return result;
      }
      case '<<':
        return wrap(a << (b & 63n));
      case '>>':
        return wrap(a >> (b & 63n));
      case '<':
        return a < b ? 1n : 0n;
      case '<=':
        return a <= b ? 1n : 0n;
      case '>':
        return a > b ? 1n : 0n;
      case '>=':
        return a >= b ? 1n : 0n;
      case '==':
        return a === b ? 1n : 0n;
      case '!=':
        return a !== b ? 1n : 0n;
      case '&':
        return wrap(a & b);
      case '^':
        return wrap(a ^ b);
      case '|':
        return wrap(a | b);
      default:
        throw new ArithmeticError(this.text, 'syntax error in expression', op);
    }
  }

  private subscript(node: VarNode): bigint | string | undefined {
    if (node.index === undefined) return undefined;
    if (typeof node.index === 'string') return node.index;
    if (node.rawIndex !== undefined && this.env.isAssociative(node.name)) return node.rawIndex;
    return this.eval(node.index);
  }

  private readVar(node: VarNode): bigint {
    const value = this.env.get(node.name, this.subscript(node));
    if (value === undefined) {
      if (this.env.nounset) throw new UnboundVariable(node.name);
      return 0n;
    }
    const trimmed = value.trim();
    if (trimmed === '') return 0n;
    const literal = parseIntegerLiteral(trimmed);
    if (literal !== undefined) return literal;
    return evaluateArithmetic(value, this.env, this.depth + 1);
  }

  private writeVar(node: VarNode, value: bigint): void {
    this.env.set(node.name, value, this.subscript(node));
  }
}

/** A plain integer constant (no operators), or undefined. Throws for digits out of base. */
export function parseIntegerLiteral(text: string): bigint | undefined {
  if (/^[0-9]+$/.test(text)) {
    if (text.length > 1 && text[0] === '0') {
      if (!/^[0-7]+$/.test(text)) throw new ArithmeticError(text, 'value too great for base', text);
      return wrap(BigInt(`0o${text.slice(1)}`));
    }
    return wrap(BigInt(text));
  }
  if (/^0[xX][0-9a-fA-F]+$/.test(text)) return wrap(BigInt(text));
  const based = /^([0-9]+)#([0-9a-zA-Z@_]+)$/.exec(text);
  if (based) {
    const base = Number(based[1]);
    if (base < 2 || base > 64) throw new ArithmeticError(text, 'invalid arithmetic base', text);
    let value = 0n;
    for (const c of based[2]) {
      const digit = digitValue(c, base);
      if (digit >= base) throw new ArithmeticError(text, 'value too great for base', text);
      value = wrap(value * BigInt(base) + BigInt(digit));
    }
    return value;
  }
  return undefined;
}

function digitValue(c: string, base: number): number {
  if (c >= '0' && c <= '9') return c.charCodeAt(0) - 48;
  if (c >= 'a' && c <= 'z') return c.charCodeAt(0) - 97 + 10;
  if (c >= 'A' && c <= 'Z') return c.charCodeAt(0) - 65 + (base <= 36 ? 10 : 36);
  if (c === '@') return 62;
  return 63; // _
}

// --- parsing -----------------------------------------------------------------------------------------

const ASSIGN_OPS = ['<<=', '>>=', '**=', '*=', '/=', '%=', '+=', '-=', '&=', '^=', '|=', '='];
const BINARY_LEVELS: string[][] = [
  ['||'],
  ['&&'],
  ['|'],
  ['^'],
  ['&'],
  ['==', '!='],
  ['<=', '>=', '<', '>'],
  ['<<', '>>'],
  ['+', '-'],
  ['*', '/', '%'],
];
const OPERATORS = ['<<=', '>>=', '**=', '**', '++', '--', '<<', '>>', '<=', '>=', '==', '!=', '&&', '||', '*=', '/=', '%=', '+=', '-=', '&=', '^=', '|=', '+', '-', '*', '/', '%', '<', '>', '=', '!', '~', '&', '^', '|', '?', ':', ',', '(', ')'];

class ArithmeticParser {
  private pos = 0;

  constructor(private readonly text: string) {}

  parseAll(): Node | null {
    this.skipSpace();
    if (this.pos >= this.text.length) return null;
    const node = this.comma();
    this.skipSpace();
    if (this.pos < this.text.length) {
      throw new ArithmeticError(this.text, 'syntax error in expression', this.text.slice(this.pos));
    }
    return node;
  }

  private skipSpace(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos])) this.pos++;
  }

  private peekOp(): string | undefined {
    this.skipSpace();
    return OPERATORS.find((op) => this.text.startsWith(op, this.pos));
  }

  private take(op: string): boolean {
    if (this.peekOp() !== op) return false;
    this.pos += op.length;
    return true;
  }

  private operandExpected(): never {
    this.skipSpace();
    const rest = this.text.slice(this.pos);
    throw new ArithmeticError(this.text, 'syntax error: operand expected', rest === '' ? this.lastToken() : rest);
  }

  private lastToken(): string {
    const trimmed = this.text.trimEnd();
    const op = [...OPERATORS].sort((a, b) => b.length - a.length).find((o) => trimmed.endsWith(o));
    return op ?? trimmed.slice(-1);
  }

  private comma(): Node {
    let node = this.assignment();
    while (this.take(',')) node = { k: 'comma', a: node, b: this.assignment() };
    return node;
  }

  private assignment(): Node {
    const start = this.pos;
    const left = this.ternary();
    if (left.k === 'var') {
      const op = this.peekOp();
      const assign = op === undefined ? undefined : ASSIGN_OPS.find((a) => this.text.startsWith(a, this.pos));
      if (assign !== undefined && !(assign === '=' && this.text.startsWith('==', this.pos))) {
        this.pos += assign.length;
        return { k: 'assign', op: assign, target: left, value: this.assignment() };
      }
    } else if (start >= 0) {
      const op = this.peekOp();
      if (op !== undefined && ASSIGN_OPS.includes(op) && op !== '==') {
        throw new ArithmeticError(this.text, 'attempted assignment to non-variable', this.text.slice(this.pos));
      }
    }
    return left;
  }

  private ternary(): Node {
    const condition = this.binary(0);
    if (!this.take('?')) return condition;
    const whenTrue = this.comma();
    if (!this.take(':')) throw new ArithmeticError(this.text, "`:' expected for conditional expression", this.text.slice(this.pos));
    const whenFalse = this.assignment();
    return { k: 'ternary', c: condition, t: whenTrue, f: whenFalse };
  }

  private binary(level: number): Node {
    if (level >= BINARY_LEVELS.length) return this.power();
    let left = this.binary(level + 1);
    for (;;) {
      const op = this.peekOp();
      if (op === undefined || !BINARY_LEVELS[level].includes(op)) return left;
      this.pos += op.length;
      const pos = this.pos;
      const right = this.binary(level + 1);
      if (op === '&&' || op === '||') left = { k: op === '&&' ? 'and' : 'or', a: left, b: right };
      else left = { k: 'binary', op, a: left, b: right, pos };
    }
  }

  private power(): Node {
    const base = this.unary();
    if (this.peekOp() === '**') {
      this.pos += 2;
      const pos = this.pos;
      return { k: 'binary', op: '**', a: base, b: this.power(), pos };
    }
    return base;
  }

  private unary(): Node {
    const op = this.peekOp();
    if (op === '++' || op === '--') {
      this.pos += 2;
      const target = this.unary();
      if (target.k !== 'var') this.operandExpected();
      return { k: 'incdec', op, prefix: true, target: target as VarNode };
    }
    if (op === '-' || op === '+' || op === '!' || op === '~') {
      this.pos += 1;
      return { k: 'unary', op, x: this.unary() };
    }
    return this.postfix();
  }

  private postfix(): Node {
    const node = this.primary();
    if (node.k === 'var') {
      const op = this.peekOp();
      if (op === '++' || op === '--') {
        this.pos += 2;
        return { k: 'incdec', op, prefix: false, target: node };
      }
    }
    return node;
  }

  private primary(): Node {
    this.skipSpace();
    const text = this.text;
    if (this.take('(')) {
      const inner = this.comma();
      if (!this.take(')')) throw new ArithmeticError(text, "missing `)'", text.slice(this.pos));
      return inner;
    }
    const rest = text.slice(this.pos);
    const number = /^(?:0[xX][0-9a-fA-F]*|[0-9]+#[0-9a-zA-Z@_]+|[0-9][0-9a-zA-Z_]*)/.exec(rest);
    if (number) {
      this.pos += number[0].length;
      const value = parseIntegerLiteral(number[0]);
      if (value === undefined) throw new ArithmeticError(text, 'value too great for base', number[0]);
      return { k: 'num', v: value };
    }
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(rest);
    if (name) {
      const pos = this.pos;
      this.pos += name[0].length;
      if (text[this.pos] === '[') {
        const close = findClose(text, this.pos + 1);
        if (close < 0) throw new ArithmeticError(text, "missing `]'", text.slice(this.pos));
        const inner = text.slice(this.pos + 1, close);
        this.pos = close + 1;
        const index = inner.trim() === '' ? { k: 'num' as const, v: 0n } : new ArithmeticParser(inner).parseAll() ?? { k: 'num' as const, v: 0n };
        return { k: 'var', name: name[0], index: /^[@*]$/.test(inner) ? inner : index, rawIndex: inner, pos };
      }
      return { k: 'var', name: name[0], pos };
    }
    this.operandExpected();
  }
}

function findClose(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    if (text[i] === '[') depth++;
    else if (text[i] === ']') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}
