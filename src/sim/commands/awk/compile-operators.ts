// Conditions, comparisons and arithmetic. A comparison is numeric when both sides are numbers or
// strnums and textual otherwise; when the operand types are known at compile time the closure
// skips that decision (two numbers, or a string constant on one side).

import type { CompareOp, Expr } from './ast.ts';
import type { Bool, ExprCompiler, Num } from './compile-expr.ts';
import { AwkCompileError, AwkFatal } from './errors.ts';
import { compareValues, toBool } from './values.ts';

export function compileCond(ex: ExprCompiler, e: Expr): Bool {
  const rt = ex.rt;
  switch (e.kind) {
    case 'group':
      return ex.cond(e.expr);
    case 'regex': {
      const regex = ex.staticRegex(e);
      const fields = rt.fields;
      return () => regex.test(fields.record());
    }
    case 'compare':
      return compileCompare(ex, e.op, e.left, e.right);
    case 'match': {
      const subject = ex.str(e.left);
      const negate = e.negate;
      if (e.right.kind === 'regex') {
        const regex = ex.staticRegex(e.right);
        return negate ? () => !regex.test(subject()) : () => regex.test(subject());
      }
      const pattern = ex.regex(e.right);
      return () => pattern().test(subject()) !== negate;
    }
    case 'and': {
      const a = ex.cond(e.left);
      const b = ex.cond(e.right);
      return () => a() && b();
    }
    case 'or': {
      const a = ex.cond(e.left);
      const b = ex.cond(e.right);
      return () => a() || b();
    }
    case 'unary':
      if (e.op === '!') {
        const c = ex.cond(e.operand);
        return () => !c();
      }
      break;
    case 'in': {
      const array = ex.names.array(e.name, e.at);
      const key = ex.key(e.subs);
      return () => array().has(key());
    }
    case 'num': {
      const truth = e.value !== 0;
      return () => truth;
    }
    case 'str': {
      const truth = e.value !== '';
      return () => truth;
    }
  }
  if (ex.isNumeric(e)) {
    const n = ex.num(e);
    return () => n() !== 0;
  }
  if (ex.isString(e)) {
    const s = ex.str(e);
    return () => s() !== '';
  }
  const v = ex.val(e);
  return () => toBool(v());
}

/** Numeric when both sides are numbers or strnums, else as strings (decided per value). */
function compileCompare(ex: ExprCompiler, op: CompareOp, left: Expr, right: Expr): Bool {
  const test = COMPARISONS[op];
  const rt = ex.rt;
  if (ex.isNumeric(left) && ex.isNumeric(right)) {
    const a = ex.num(left);
    const b = ex.num(right);
    return () => test(numberOrder(a(), b()));
  }
  if (ex.isString(left) || ex.isString(right)) {
    const a = ex.str(left);
    const b = ex.str(right);
    if (op === '==') return () => a() === b();
    if (op === '!=') return () => a() !== b();
    return () => {
      const x = a();
      const y = b();
      return test(x < y ? -1 : x > y ? 1 : 0);
    };
  }
  const a = ex.val(left);
  const b = ex.val(right);
  return () => test(compareValues(a(), b(), rt.convfmt));
}

export function compileArithmetic(ex: ExprCompiler, e: Extract<Expr, { kind: 'binary' }>): Num {
  const a = ex.num(e.left);
  const b = ex.num(e.right);
  const at = e.at;
  if ((e.op === '/' || e.op === '%') && e.left.kind === 'num' && e.right.kind === 'num' && e.right.value === 0) {
    throw new AwkCompileError(at, 'division by zero attempted');
  }
  switch (e.op) {
    case '+':
      return () => a() + b();
    case '-':
      return () => a() - b();
    case '*':
      return () => a() * b();
    case '/':
      return () => {
        const x = a();
        const y = b();
        if (y === 0) throw new AwkFatal('division by zero attempted', at);
        return x / y;
      };
    case '%':
      return () => {
        const x = a();
        const y = b();
        if (y === 0) throw new AwkFatal("division by zero attempted in `%'", at);
        return x % y;
      };
    case '^':
      return () => power(a(), b());
  }
}

const COMPARISONS: Record<CompareOp, (order: number) => boolean> = {
  '<': (o) => o < 0,
  '<=': (o) => o <= 0,
  '==': (o) => o === 0,
  '!=': (o) => o !== 0,
  '>': (o) => o > 0,
  '>=': (o) => o >= 0,
};

/** NaN when unordered: then only != holds. */
function numberOrder(x: number, y: number): number {
  return x < y ? -1 : x > y ? 1 : x === y ? 0 : NaN;
}

/** x^y; integer powers by repeated squaring, as gawk does, so results match it exactly. */
export function power(x: number, y: number): number {
  if (Number.isInteger(y) && Math.abs(y) < 2 ** 31) {
    let n = Math.abs(y);
    let result = 1;
    let base = x;
    while (n > 0) {
      if (n & 1) result *= base;
      base *= base;
      n >>>= 1;
    }
    return y < 0 ? 1 / result : result;
  }
  return Math.pow(x, y);
}
