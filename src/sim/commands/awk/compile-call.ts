// Calls to user-defined functions. Scalars are passed by value, arrays by reference; parameters
// beyond the arguments are the function's locals, fresh on every call. Functions that may wait
// (loops, getline, recursion) are called asynchronously, and every 64 levels of recursion the
// JavaScript stack is unwound (an await) so deep recursion works as it does in gawk.

import type { Expr } from './ast.ts';
import type { FunctionInfo } from './analysis.ts';
import type { CallCompiler, ExprCompiler, Val } from './compile-expr.ts';
import { AwkFatal, NextSignal } from './errors.ts';
import { Unsupported } from '../context.ts';
import { AwkArray } from './array.ts';
import { UNINIT, type Value } from './values.ts';

type Call = Extract<Expr, { kind: 'call' }>;

/** Statement completions: how a statement ended. */
export const NORMAL = 0;
export const BREAK = 1;
export const CONTINUE = 2;
export const NEXT = 3;
export const NEXTFILE = 4;
export const RETURN = 5;

export type Exec = () => number | Promise<number>;

/**
 * gawk recurses until memory runs out (about a million calls in 400 MB); the browser tab would die
 * first, so endless recursion stops here with a fatal error.
 */
const MAX_DEPTH = 200000;

/** A function's compiled body, filled in after every function is known (recursion). */
export interface Body {
  exec: Exec;
}

type ArgumentValue = () => Value | AwkArray | Promise<Value>;

export class Calls implements CallCompiler {
  readonly bodies = new Map<string, Body>();

  constructor(private readonly ex: ExprCompiler) {}

  body(name: string): Body {
    let body = this.bodies.get(name);
    if (body === undefined) {
      body = { exec: () => NORMAL };
      this.bodies.set(name, body);
    }
    return body;
  }

  /** How one argument is passed: a value, or an array by reference. */
  private argument(info: FunctionInfo, index: number, arg: Expr, async: boolean): ArgumentValue {
    const { ex } = this;
    const param = info.def.params[index];
    if (index < info.kinds.length && info.kinds[index] === 'array') {
      if (arg.kind !== 'var' || ex.names.kindOf(arg.name) !== 'array') {
        return fail(`attempt to use scalar parameter \`${param}' as an array`, arg);
      }
      return ex.names.array(arg.name, arg.at);
    }
    if (arg.kind === 'var' && ex.names.kindOf(arg.name) === 'array') {
      if (index >= info.kinds.length) return ex.names.array(arg.name, arg.at);
      return fail(`attempt to use array \`${param} (from ${arg.name})' in a scalar context`, arg);
    }
    return async ? this.asyncValue(arg) : ex.val(arg);
  }

  private asyncValue(arg: Expr): () => Value | Promise<Value> {
    return this.ex.analysis.isAsync(arg) ? this.asyncCompiler!.aval(arg) : this.ex.val(arg);
  }

  asyncCompiler: { aval(e: Expr): () => Value | Promise<Value> } | null = null;

  /** A call to a function that never waits: plain synchronous code. */
  call(e: Call): Val {
    const { ex } = this;
    const rt = ex.rt;
    const info = ex.analysis.functions.get(e.name)!;
    // Only a subscript of getline's or sub()'s target can get here with a function that waits.
    if (info.mayYield) throw new Unsupported(`calling ${e.name}() (which loops or reads input) in a subscript of getline's or sub()'s target`);
    const args = e.args.map((arg, i) => this.argument(info, i, arg, false) as () => Value | AwkArray);
    const { frameSize, locals } = layout(info, args.length);
    const body = this.body(e.name);
    return () => {
      const frame: (Value | AwkArray)[] = new Array(frameSize);
      for (let i = 0; i < args.length; i++) frame[i] = args[i]();
      for (let i = args.length; i < frameSize; i++) frame[i] = locals[i] ? new AwkArray() : UNINIT;
      const saved = rt.frame;
      rt.frame = frame;
      const completion = body.exec() as number;
      rt.frame = saved;
      return result(completion, rt);
    };
  }

  /**
   * A call to a function that may wait (or whose arguments do). It runs synchronously as long as
   * nothing actually waits, and returns a promise only from the point something did.
   */
  callMaybe(e: Call): () => Value | Promise<Value> {
    const { ex } = this;
    const rt = ex.rt;
    const info = ex.analysis.functions.get(e.name)!;
    const args = e.args.map((arg, i) => this.argument(info, i, arg, true));
    const { frameSize, locals } = layout(info, args.length);
    const body = this.body(e.name);
    const fillLocals = (frame: (Value | AwkArray)[]): void => {
      for (let i = args.length; i < frameSize; i++) frame[i] = locals[i] ? new AwkArray() : UNINIT;
    };
    const settle = async (run: Promise<number>, saved: (Value | AwkArray)[]): Promise<Value> => {
      try {
        return result(await run, rt);
      } finally {
        rt.depth--;
        rt.frame = saved;
      }
    };
    // Every 64 levels of recursion the JavaScript stack is unwound (an await).
    const deep = async (saved: (Value | AwkArray)[]): Promise<Value> => {
      try {
        if (rt.depth > MAX_DEPTH) throw new AwkFatal(`function calls nested more than ${MAX_DEPTH} deep (endless recursion?)`, e.at);
        await undefined;
        return result(await body.exec(), rt);
      } finally {
        rt.depth--;
        rt.frame = saved;
      }
    };
    const invoke = (frame: (Value | AwkArray)[]): Value | Promise<Value> => {
      const saved = rt.frame;
      rt.frame = frame;
      if ((++rt.depth & 63) === 0) return deep(saved);
      let run: number | Promise<number>;
      try {
        run = body.exec();
      } catch (error) {
        rt.depth--;
        rt.frame = saved;
        throw error;
      }
      if (typeof run !== 'number') return settle(run, saved);
      rt.depth--;
      rt.frame = saved;
      return result(run, rt);
    };
    const enter = (frame: (Value | AwkArray)[]): Value | Promise<Value> => {
      if (--rt.steps < 0) {
        const pause = rt.checkpoint();
        if (pause !== undefined) return pause.then(() => invoke(frame));
      }
      return invoke(frame);
    };
    const finishArguments = async (frame: (Value | AwkArray)[], index: number, pending: Promise<Value>): Promise<Value> => {
      frame[index] = await pending;
      for (let i = index + 1; i < args.length; i++) frame[i] = (await args[i]()) as Value | AwkArray;
      fillLocals(frame);
      return enter(frame);
    };
    return () => {
      const frame: (Value | AwkArray)[] = new Array(frameSize);
      for (let i = 0; i < args.length; i++) {
        const arg = args[i]();
        if (arg instanceof Promise) return finishArguments(frame, i, arg);
        frame[i] = arg;
      }
      fillLocals(frame);
      return enter(frame);
    };
  }
}

/** The frame: one slot per parameter; slots past the arguments are locals (arrays or scalars). */
function layout(info: FunctionInfo, argc: number): { frameSize: number; locals: boolean[] } {
  const frameSize = Math.max(info.def.params.length, argc);
  const locals = info.def.params.map((_, i) => info.kinds[i] === 'array');
  return { frameSize, locals };
}

function result(completion: number, rt: { retval: Value }): Value {
  if (completion === NEXT || completion === NEXTFILE) throw new NextSignal(completion === NEXTFILE);
  const value = rt.retval;
  rt.retval = UNINIT;
  return value;
}

function fail(message: string, arg: Expr): () => never {
  return () => {
    throw new AwkFatal(message, arg.at);
  };
}
