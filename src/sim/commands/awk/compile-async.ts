// Expressions that must wait: getline, system(), close(), fflush() and calls to functions that
// may yield. Only they and the expressions around them are async. An operator with an async
// operand evaluates that operand first, stores it in Runtime.prevals, then runs the ordinary
// synchronous closure of the whole operator (compiled with a "preval" node in its place), so the
// operators themselves are written once. &&, || and ?: keep their short-circuits explicitly.

import type { Expr, Lvalue } from './ast.ts';
import { ASYNC_BUILTINS } from './analysis.ts';
import type { AssignCompiler } from './compile-assign.ts';
import type { Calls } from './compile-call.ts';
import type { ExprCompiler } from './compile-expr.ts';
import { checkArity } from './builtins.ts';
import { inputValue, toBool, toStr, type Value } from './values.ts';
import { Errno } from '../../kernel/errors.ts';
import type { RecordReader } from './records.ts';

/** Evaluates to a value, or to a promise of one from the point something had to wait. */
export type AsyncVal = () => Value | Promise<Value>;
export type MaybeVal = () => Value | Promise<Value>;
export type MaybeBool = () => boolean | Promise<boolean>;

export class AsyncCompiler {
  constructor(
    private readonly ex: ExprCompiler,
    private readonly assign: AssignCompiler,
    private readonly calls: Calls,
  ) {
    calls.asyncCompiler = this;
  }

  isAsync(e: Expr): boolean {
    return this.ex.analysis.isAsync(e);
  }

  /** Any expression's value: synchronous when it can be. */
  value(e: Expr): MaybeVal {
    return this.isAsync(e) ? this.aval(e) : this.ex.val(e);
  }

  test(e: Expr): MaybeBool {
    if (!this.isAsync(e)) return this.ex.cond(e);
    const v = this.aval(e);
    return () => {
      const x = v();
      return x instanceof Promise ? x.then(toBool) : toBool(x);
    };
  }

  string(e: Expr): () => string | Promise<string> {
    if (!this.isAsync(e)) return this.ex.str(e);
    const v = this.aval(e);
    const rt = this.ex.rt;
    const convert = (x: Value): string => toStr(x, rt.convfmt);
    return () => {
      const x = v();
      return x instanceof Promise ? x.then(convert) : convert(x);
    };
  }

  aval(e: Expr): AsyncVal {
    if (!this.isAsync(e)) return this.ex.val(e);
    switch (e.kind) {
      case 'getline':
        return this.getline(e);
      case 'group':
        return this.aval(e.expr);
      case 'and':
      case 'or': {
        const a = this.test(e.left);
        const b = this.test(e.right);
        // The right side runs only when the left does not decide: && on true, || on false.
        const goOn = e.kind === 'and';
        const right = (): Value | Promise<Value> => {
          const y = b();
          return typeof y === 'boolean' ? (y ? 1 : 0) : y.then((t) => (t ? 1 : 0));
        };
        return () => {
          const x = a();
          if (typeof x === 'boolean') return x === goOn ? right() : x ? 1 : 0;
          return x.then((t) => (t === goOn ? right() : t ? 1 : 0));
        };
      }
      case 'cond': {
        const test = this.test(e.test);
        const yes = this.value(e.yes);
        const no = this.value(e.no);
        return () => {
          const t = test();
          if (typeof t === 'boolean') return t ? yes() : no();
          return t.then((x) => (x ? yes() : no()));
        };
      }
      case 'call':
        if (this.ex.analysis.functions.get(e.name)!.mayYield) return this.calls.callMaybe(e);
        return this.hoist(e);
      case 'builtin':
        if (ASYNC_BUILTINS.has(e.name)) return this.waitingBuiltin(e);
        return this.hoist(e);
      default:
        return this.hoist(e);
    }
  }

  /**
   * Evaluates the async operands of `e` first, then the rest synchronously. Fields and elements
   * with async subscripts stay lvalues: only their subscripts are evaluated ahead.
   */
  hoist(e: Expr): AsyncVal {
    const early: AsyncVal[] = [];
    const replace = (child: Expr): Expr => {
      if (!this.isAsync(child)) return child;
      if (child.kind === 'field' || child.kind === 'index') return mapChildren(child, replace);
      early.push(this.aval(child));
      return { kind: 'preval', slot: early.length - 1, at: child.at };
    };
    const sync = this.ex.val(mapChildren(e, replace));
    return this.early(early, sync);
  }

  /** Computes the early values (synchronously while none waits), then runs `then`. */
  early<T>(early: AsyncVal[], then: () => T): () => T | Promise<T> {
    const rt = this.ex.rt;
    const n = early.length;
    const rest = async (values: Value[], index: number, pending: Promise<Value>): Promise<T> => {
      values[index] = await pending;
      for (let i = index + 1; i < n; i++) values[i] = await early[i]();
      rt.prevals = values;
      return then();
    };
    return () => {
      const values: Value[] = new Array(n);
      for (let i = 0; i < n; i++) {
        const v = early[i]();
        if (v instanceof Promise) return rest(values, i, v);
        values[i] = v;
      }
      rt.prevals = values;
      return then();
    };
  }

  /** Hoists for a statement: its expressions with async parts replaced, and what computes them. */
  hoistAll(exprs: Expr[]): { exprs: Expr[]; early: AsyncVal[] } {
    const early: AsyncVal[] = [];
    const replace = (child: Expr): Expr => {
      if (!this.isAsync(child)) return child;
      if (child.kind === 'field' || child.kind === 'index') return mapChildren(child, replace);
      early.push(this.aval(child));
      return { kind: 'preval', slot: early.length - 1, at: child.at };
    };
    return { exprs: exprs.map(replace), early };
  }

  private waitingBuiltin(e: Extract<Expr, { kind: 'builtin' }>): AsyncVal {
    checkArity(e);
    const io = this.ex.rt.io;
    const args = e.args.map((a) => this.string(a));
    switch (e.name) {
      case 'system':
        return async () => io.system(await args[0]());
      case 'close':
        return async () => io.close(await args[0]());
      default:
        if (args.length === 0) return async () => io.fflush(null);
        return async () => {
          const name = await args[0]();
          const status = await io.fflush(name === '' || name === '/dev/stdout' || name === '/dev/stderr' ? null : name);
          if (status < 0) this.ex.rt.warn(`fflush: \`${name}' is not an open file, pipe or co-process`, e.at);
          return status;
        };
    }
  }

  private getline(e: Extract<Expr, { kind: 'getline' }>): AsyncVal {
    const rt = this.ex.rt;
    const store = e.target ? this.assign.setter(e.target) : null;
    const deliver = (record: string): void => {
      if (store) store(inputValue(record));
      else rt.fields.setRecord(record);
    };
    if (e.from === 'main') {
      const slow = async (): Promise<Value> => {
        const record = await rt.main!.next();
        if (record === null) return 0;
        rt.NR++;
        rt.FNR++;
        rt.RT = rt.main!.terminator();
        deliver(record);
        return 1;
      };
      // Records already read need no waiting: a getline loop stays synchronous.
      return () => {
        const record = rt.main!.take();
        if (record === undefined) return slow();
        rt.NR++;
        rt.FNR++;
        rt.RT = rt.main!.terminator();
        deliver(record);
        return 1;
      };
    }
    const source = this.string(e.source!);
    const fromFile = e.from === 'file';
    const read = async (reader: RecordReader): Promise<Value> => {
      let record: string | undefined;
      try {
        record = (await reader.fill()) ? reader.take() : undefined;
      } catch (error) {
        if (error instanceof Errno) return -1;
        throw error;
      }
      if (record === undefined) return 0;
      rt.RT = reader.terminator();
      deliver(record);
      return 1;
    };
    const open = async (name: string): Promise<Value> => {
      let reader: RecordReader | null;
      if (fromFile) reader = await rt.io.inputFile(name);
      else {
        await rt.io.flush(false);
        reader = rt.io.inputCommand(name);
      }
      if (reader === null) return -1;
      return read(reader);
    };
    const named = (name: string): Value | Promise<Value> => {
      const reader = rt.io.openReader(name);
      if (reader === undefined) return open(name);
      const record = reader.take();
      if (record === undefined) return read(reader);
      // gawk 5.2 leaves NR alone for `command | getline` too.
      rt.RT = reader.terminator();
      deliver(record);
      return 1;
    };
    return () => {
      const name = source();
      return typeof name === 'string' ? named(name) : name.then(named);
    };
  }
}

/** A copy of `e` with each direct subexpression passed through `f` (lvalues stay lvalues). */
export function mapChildren(e: Expr, f: (child: Expr) => Expr): Expr {
  const lvalue = (target: Lvalue): Lvalue => f(target) as Lvalue;
  switch (e.kind) {
    case 'field':
      return { ...e, index: f(e.index) };
    case 'index':
    case 'in':
      return { ...e, subs: e.subs.map(f) };
    case 'assign':
      return { ...e, target: lvalue(e.target), value: f(e.value) };
    case 'cond':
      return { ...e, test: f(e.test), yes: f(e.yes), no: f(e.no) };
    case 'and':
    case 'or':
    case 'match':
    case 'binary':
    case 'compare':
      return { ...e, left: f(e.left), right: f(e.right) };
    case 'concat':
      return { ...e, parts: e.parts.map(f) };
    case 'unary':
      return { ...e, operand: f(e.operand) };
    case 'incdec':
      return { ...e, target: lvalue(e.target) };
    case 'call':
    case 'builtin':
      return { ...e, args: e.args.map(f) };
    case 'group':
      return { ...e, expr: f(e.expr) };
    default:
      return e;
  }
}
