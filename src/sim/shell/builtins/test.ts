import type { Builtin, BuiltinContext } from './builtin.ts';
import { FILE_TEST_OPERATORS, fileCompare, fileTest } from '../file-tests.ts';
import { compareCodePoints } from '../glob.ts';
import { IndexedArray } from '../variables.ts';

const UNARY = new Set([...FILE_TEST_OPERATORS, '-n', '-z', '-v', '-o', '-R']);
const BINARY = new Set(['=', '==', '!=', '<', '>', '-eq', '-ne', '-lt', '-le', '-gt', '-ge', '-nt', '-ot', '-ef']);

/** A malformed expression: bash prints the message and returns 2. */
class TestSyntaxError extends Error {}

export const test: Builtin = { name: 'test', synopsis: 'test [expr]', run: (ctx) => runTest(ctx, ctx.args) };

export const bracket: Builtin = {
  name: '[',
  synopsis: '[ arg... ]',
  async run(ctx) {
    if (ctx.args[ctx.args.length - 1] !== ']') {
      await ctx.error("missing `]'");
      return 2;
    }
    return runTest(ctx, ctx.args.slice(0, -1));
  },
};

async function runTest(ctx: BuiltinContext, args: string[]): Promise<number> {
  try {
    return new TestEvaluator(ctx, args).evaluate() ? 0 : 1;
  } catch (error) {
    if (!(error instanceof TestSyntaxError)) throw error;
    await ctx.error(error.message);
    return 2;
  }
}

/** bash's test.c: the POSIX rules for up to four arguments, then a full expression parser. */
class TestEvaluator {
  private pos = 0;

  constructor(
    private readonly ctx: BuiltinContext,
    private readonly argv: string[],
  ) {}

  evaluate(): boolean {
    const a = this.argv;
    switch (a.length) {
      case 0:
        return false;
      case 1:
        return a[0] !== '';
      case 2:
        return this.twoArguments(0);
      case 3:
        return this.threeArguments(0);
      case 4:
        if (a[0] === '!') return !this.threeArguments(1);
        if (a[0] === '(' && a[3] === ')') return this.twoArguments(1);
        break;
    }
    const value = this.or();
    if (this.pos < a.length) {
      const extra = a[this.pos];
      throw new TestSyntaxError(BINARY.has(extra) || extra === '-a' || extra === '-o' ? `syntax error: \`${extra}' unexpected` : 'too many arguments');
    }
    return value;
  }

  private twoArguments(at: number): boolean {
    const [op, operand] = [this.argv[at], this.argv[at + 1]];
    if (op === '!') return operand === '';
    if (UNARY.has(op)) return this.unary(op, operand);
    throw new TestSyntaxError(`${op}: unary operator expected`);
  }

  private threeArguments(at: number): boolean {
    const [left, op, right] = [this.argv[at], this.argv[at + 1], this.argv[at + 2]];
    if (BINARY.has(op)) return this.binary(left, op, right);
    if (op === '-a') return left !== '' && right !== '';
    if (op === '-o') return left !== '' || right !== '';
    if (left === '!') return !this.twoArguments(at + 1);
    if (left === '(' && right === ')') return op !== '';
    throw new TestSyntaxError(`${op}: binary operator expected`);
  }

  private or(): boolean {
    let value = this.and();
    while (this.argv[this.pos] === '-o') {
      this.pos++;
      const right = this.and();
      value = value || right;
    }
    return value;
  }

  private and(): boolean {
    let value = this.term();
    while (this.argv[this.pos] === '-a') {
      this.pos++;
      const right = this.term();
      value = value && right;
    }
    return value;
  }

  private term(): boolean {
    const a = this.argv;
    if (this.pos >= a.length) throw new TestSyntaxError('argument expected');
    const word = a[this.pos];
    if (word === '!') {
      this.pos++;
      return !this.term();
    }
    if (word === '(') {
      this.pos++;
      const value = this.or();
      if (a[this.pos] !== ')') throw new TestSyntaxError("`)' expected");
      this.pos++;
      return value;
    }
    if (this.pos + 2 < a.length && BINARY.has(a[this.pos + 1])) {
      const value = this.binary(word, a[this.pos + 1], a[this.pos + 2]);
      this.pos += 3;
      return value;
    }
    if (UNARY.has(word) && this.pos + 1 < a.length) {
      const value = this.unary(word, a[this.pos + 1]);
      this.pos += 2;
      return value;
    }
    this.pos++;
    return word !== '';
  }

  private unary(op: string, operand: string): boolean {
    const shell = this.ctx.shell;
    switch (op) {
      case '-n':
        return operand !== '';
      case '-z':
        return operand === '';
      case '-o':
        return shell.option(operand);
      case '-R':
        return false;
      case '-v': {
        const element = /^([A-Za-z_][A-Za-z0-9_]*)\[(.*)\]$/.exec(operand);
        if (!element) return shell.isSet(operand);
        const value = shell.valueOf(element[1]);
        if (value instanceof Map) return value.has(element[2]);
        if (value instanceof IndexedArray) return value.get(Number(element[2])) !== undefined;
        return value !== undefined && element[2] === '0';
      }
      default:
        return fileTest(shell, op, operand);
    }
  }

  private binary(left: string, op: string, right: string): boolean {
    switch (op) {
      case '=':
      case '==':
        return left === right;
      case '!=':
        return left !== right;
      case '<':
        return compareCodePoints(left, right) < 0;
      case '>':
        return compareCodePoints(left, right) > 0;
      case '-nt':
      case '-ot':
      case '-ef':
        return fileCompare(this.ctx.shell, left, op, right);
    }
    const a = integer(left);
    const b = integer(right);
    switch (op) {
      case '-eq':
        return a === b;
      case '-ne':
        return a !== b;
      case '-lt':
        return a < b;
      case '-le':
        return a <= b;
      case '-gt':
        return a > b;
      default:
        return a >= b;
    }
  }
}

/** test's integers: optional blanks and sign, decimal digits, within 64 bits. */
function integer(text: string): bigint {
  const match = /^\s*([-+]?\d+)\s*$/.exec(text);
  if (match) {
    const value = BigInt(match[1]);
    if (value <= 2n ** 63n - 1n && value >= -(2n ** 63n)) return value;
  }
  throw new TestSyntaxError(`${text}: integer expression expected`);
}
