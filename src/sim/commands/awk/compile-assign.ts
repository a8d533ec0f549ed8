// Assignments (= += -= *= /= %= ^=) and ++/-- on the three kinds of lvalue: variables, fields
// and array elements. A subscript or field number is evaluated once, even for `a[k]++`.

import type { AssignOp, Expr, Lvalue } from './ast.ts';
import type { ExprCompiler, Num, Val } from './compile-expr.ts';
import { power } from './compile-operators.ts';
import { AwkFatal } from './errors.ts';
import { toNum, type Value } from './values.ts';

type Arith = (a: number, b: number) => number;

function operator(op: AssignOp, e: Expr): Arith {
  switch (op) {
    case '+=':
      return (a, b) => a + b;
    case '-=':
      return (a, b) => a - b;
    case '*=':
      return (a, b) => a * b;
    case '/=':
      return (a, b) => {
        if (b === 0) throw new AwkFatal("division by zero attempted in `/='", e.at);
        return a / b;
      };
    case '%=':
      return (a, b) => {
        if (b === 0) throw new AwkFatal("division by zero attempted in `%='", e.at);
        return a % b;
      };
    case '^=':
      return power;
    default:
      throw new Error('awk: not a compound assignment');
  }
}

export class AssignCompiler {
  constructor(private readonly ex: ExprCompiler) {}

  private fieldIndex(target: Extract<Lvalue, { kind: 'field' }>): Num {
    if (target.index.kind === 'num') {
      const i = Math.trunc(target.index.value);
      return () => i;
    }
    const n = this.ex.num(target.index);
    return () => Math.trunc(n());
  }

  /** A closure storing a value into the lvalue (getline var, sub's target, for-in's variable). */
  setter(target: Lvalue): (v: Value) => void {
    const { names, rt } = this.ex;
    switch (target.kind) {
      case 'var':
        return names.scalar(target.name, target.at).set;
      case 'field': {
        const index = this.fieldIndex(target);
        const fields = rt.fields;
        return (v) => fields.set(index(), v);
      }
      case 'index': {
        const array = names.array(target.name, target.at);
        const key = this.ex.key(target.subs);
        const origin = this.ex.keyOrigin(target.subs);
        return (v) => {
          array().set(key(), v, origin);
        };
      }
    }
  }

  /** A closure reading the lvalue's current value. */
  getter(target: Lvalue): Val {
    return this.ex.val(target);
  }

  assign(e: Extract<Expr, { kind: 'assign' }>): Val {
    const { names, rt } = this.ex;
    const target = e.target;
    if (e.op === '=') {
      const value = this.ex.val(e.value);
      switch (target.kind) {
        case 'var': {
          const set = names.scalar(target.name, target.at).set;
          return () => {
            const x = value();
            set(x);
            return x;
          };
        }
        case 'field': {
          const index = this.fieldIndex(target);
          const fields = rt.fields;
          return () => {
            const i = index();
            const x = value();
            fields.set(i, x);
            return x;
          };
        }
        case 'index': {
          const array = names.array(target.name, target.at);
          const key = this.ex.key(target.subs);
          const origin = this.ex.keyOrigin(target.subs);
          return () => {
            const map = array();
            const k = key();
            const x = value();
            map.set(k, x, origin);
            return x;
          };
        }
      }
    }
    const apply = operator(e.op, e);
    const amount = this.ex.num(e.value);
    switch (target.kind) {
      case 'var': {
        const { get, set } = names.scalar(target.name, target.at);
        return () => {
          const x = apply(toNum(get()), amount());
          set(x);
          return x;
        };
      }
      case 'field': {
        const index = this.fieldIndex(target);
        const fields = rt.fields;
        return () => {
          const i = index();
          const x = apply(fields.num(i), amount());
          fields.set(i, x);
          return x;
        };
      }
      case 'index': {
        const array = names.array(target.name, target.at);
        const key = this.ex.key(target.subs);
        const origin = this.ex.keyOrigin(target.subs);
        if (e.op === '+=') {
          // The hot path of every "sum by key" program.
          return () => {
            const map = array();
            const k = key();
            const old = map.get(k);
            const x = (old === undefined ? 0 : typeof old === 'number' ? old : toNum(old)) + amount();
            map.set(k, x, origin);
            return x;
          };
        }
        return () => {
          const map = array();
          const k = key();
          const old = map.get(k);
          const x = apply(old === undefined ? 0 : toNum(old), amount());
          map.set(k, x, origin);
          return x;
        };
      }
    }
  }

  incdec(e: Extract<Expr, { kind: 'incdec' }>): Val {
    const { names, rt } = this.ex;
    const delta = e.op === '++' ? 1 : -1;
    const prefix = e.prefix;
    const target = e.target;
    switch (target.kind) {
      case 'var': {
        const { get, set } = names.scalar(target.name, target.at);
        return () => {
          const old = toNum(get());
          set(old + delta);
          return prefix ? old + delta : old;
        };
      }
      case 'field': {
        const index = this.fieldIndex(target);
        const fields = rt.fields;
        return () => {
          const i = index();
          const old = fields.num(i);
          fields.set(i, old + delta);
          return prefix ? old + delta : old;
        };
      }
      case 'index': {
        const array = names.array(target.name, target.at);
        const key = this.ex.key(target.subs);
        const origin = this.ex.keyOrigin(target.subs);
        return () => {
          const map = array();
          const k = key();
          const v = map.get(k);
          const old = v === undefined ? 0 : toNum(v);
          map.set(k, old + delta, origin);
          return prefix ? old + delta : old;
        };
      }
    }
  }
}
