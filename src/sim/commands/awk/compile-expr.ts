// Synchronous expressions compiled to closures. Each node can be asked for the flavour its
// consumer wants — a number, a string, a truth value, or a typed awk value — so `s[$2] += $4`
// reads field 2 as text and field 4 as a number without building strnums or boxing anything.

import type { Expr } from './ast.ts';
import type { Analysis } from './analysis.ts';
import type { Names } from './names.ts';
import { compileAwkRegex, AwkRegexError, type AwkRegex } from './regex.ts';
import type { Runtime } from './runtime.ts';
import { isInputValue, type AwkArray, type KeyOrigin } from './array.ts';
import { numToStr, strToNum, toNum, toStr, UNINIT, type Value } from './values.ts';
import { compileArithmetic, compileCond } from './compile-operators.ts';
import { isNumeric, isString } from './static-types.ts';
import { AwkCompileError } from './errors.ts';

export type Val = () => Value;
export type Num = () => number;
export type Str = () => string;
export type Bool = () => boolean;

export interface BuiltinCompiler {
  compile(e: Extract<Expr, { kind: 'builtin' }>): { val: Val; num?: Num; str?: Str };
}

export interface CallCompiler {
  call(e: Extract<Expr, { kind: 'call' }>): Val;
}

export class ExprCompiler {
  builtins!: BuiltinCompiler;
  calls!: CallCompiler;
  /** Compiles assignments and ++/-- (compile-assign.ts). */
  assignments!: { assign(e: Extract<Expr, { kind: 'assign' }>): Val; incdec(e: Extract<Expr, { kind: 'incdec' }>): Val };
  private readonly staticRegexes = new WeakMap<Expr, AwkRegex>();

  constructor(
    readonly rt: Runtime,
    readonly names: Names,
    readonly analysis: Analysis,
  ) {}

  isNumeric(e: Expr): boolean {
    return isNumeric(e);
  }

  isString(e: Expr): boolean {
    return isString(e);
  }

  val(e: Expr): Val {
    const rt = this.rt;
    switch (e.kind) {
      case 'num': {
        const value = e.value;
        return () => value;
      }
      case 'str': {
        const value = e.value;
        return () => value;
      }
      case 'group':
        return this.val(e.expr);
      case 'preval': {
        const slot = e.slot;
        return () => rt.prevals[slot];
      }
      case 'var':
        return this.names.scalar(e.name, e.at).get;
      case 'field': {
        const fields = rt.fields;
        if (e.index.kind === 'num') {
          const i = Math.trunc(e.index.value);
          return () => fields.value(i);
        }
        const index = this.num(e.index);
        return () => fields.value(Math.trunc(index()));
      }
      case 'index': {
        const array = this.names.array(e.name, e.at);
        const key = this.key(e.subs);
        const origin = this.keyOrigin(e.subs);
        return () => element(array(), key(), origin);
      }
      case 'concat': {
        const s = this.str(e);
        return s;
      }
      case 'assign':
        return this.assignments.assign(e);
      case 'incdec':
        return this.assignments.incdec(e);
      case 'cond': {
        const test = this.cond(e.test);
        const yes = this.val(e.yes);
        const no = this.val(e.no);
        return () => (test() ? yes() : no());
      }
      case 'call':
        return this.calls.call(e);
      case 'builtin':
        return this.builtins.compile(e).val;
      case 'getline':
        throw new Error('awk: getline compiled synchronously');
      default: {
        if (this.isNumeric(e)) return this.num(e);
        throw new Error(`awk: cannot compile ${e.kind}`);
      }
    }
  }

  num(e: Expr): Num {
    const rt = this.rt;
    switch (e.kind) {
      case 'num': {
        const value = e.value;
        return () => value;
      }
      case 'str': {
        const value = strToNum(e.value);
        return () => value;
      }
      case 'group':
        return this.num(e.expr);
      case 'field': {
        const fields = rt.fields;
        if (e.index.kind === 'num') {
          const i = Math.trunc(e.index.value);
          return () => fields.num(i);
        }
        const index = this.num(e.index);
        return () => fields.num(Math.trunc(index()));
      }
      case 'var': {
        if (e.name === 'NR') return () => rt.NR;
        if (e.name === 'NF') return () => rt.fields.NF;
        if (e.name === 'FNR') return () => rt.FNR;
        const get = this.names.scalar(e.name, e.at).get;
        return () => toNum(get());
      }
      case 'binary':
        return compileArithmetic(this, e);
      case 'unary': {
        if (e.op === '!') {
          const c = this.cond(e.operand);
          return () => (c() ? 0 : 1);
        }
        const n = this.num(e.operand);
        return e.op === '-' ? () => -n() : n;
      }
      case 'compare':
      case 'match':
      case 'and':
      case 'or':
      case 'in':
      case 'regex': {
        const c = this.cond(e);
        return () => (c() ? 1 : 0);
      }
      case 'builtin': {
        const compiled = this.builtins.compile(e);
        if (compiled.num) return compiled.num;
        const v = compiled.val;
        return () => toNum(v());
      }
      default: {
        const v = this.val(e);
        return () => toNum(v());
      }
    }
  }

  str(e: Expr): Str {
    const rt = this.rt;
    switch (e.kind) {
      case 'str': {
        const value = e.value;
        return () => value;
      }
      case 'num': {
        const value = e.value;
        if (Number.isInteger(value)) {
          const text = numToStr(value, '%.6g');
          return () => text;
        }
        return () => numToStr(value, rt.convfmt);
      }
      case 'group':
        return this.str(e.expr);
      case 'field': {
        const fields = rt.fields;
        if (e.index.kind === 'num') {
          const i = Math.trunc(e.index.value);
          return () => fields.str(i);
        }
        const index = this.num(e.index);
        return () => fields.str(Math.trunc(index()));
      }
      case 'concat': {
        const parts = e.parts.map((p) => this.str(p));
        if (parts.length === 2) {
          const [a, b] = parts;
          return () => a() + b();
        }
        if (parts.length === 3) {
          const [a, b, c] = parts;
          return () => a() + b() + c();
        }
        return () => {
          let s = '';
          for (let i = 0; i < parts.length; i++) s += parts[i]();
          return s;
        };
      }
      case 'builtin': {
        const compiled = this.builtins.compile(e);
        if (compiled.str) return compiled.str;
        const v = compiled.val;
        return () => toStr(v(), rt.convfmt);
      }
      default: {
        if (this.isNumeric(e)) {
          const n = this.num(e);
          return () => numToStr(n(), rt.convfmt);
        }
        const v = this.val(e);
        return () => toStr(v(), rt.convfmt);
      }
    }
  }

  /** As print shows it: numbers through OFMT (integers as integers), strnums as typed. */
  output(e: Expr): Str {
    const rt = this.rt;
    if (e.kind === 'field') {
      const fields = rt.fields;
      if (e.index.kind === 'num') {
        const i = Math.trunc(e.index.value);
        return () => fields.output(i, rt.ofmt);
      }
      const index = this.num(e.index);
      return () => fields.output(Math.trunc(index()), rt.ofmt);
    }
    if (this.isString(e)) return this.str(e);
    if (this.isNumeric(e)) {
      const n = this.num(e);
      return () => numToStr(n(), rt.ofmt);
    }
    const v = this.val(e);
    return () => {
      const x = v();
      return typeof x === 'number' ? numToStr(x, rt.ofmt) : typeof x === 'string' ? x : x.s;
    };
  }

  cond(e: Expr): Bool {
    return compileCond(this, e);
  }

  /** An array subscript: one expression, or several joined with SUBSEP. */
  key(subs: Expr[]): Str {
    if (subs.length === 1) return this.str(subs[0]);
    const parts = subs.map((s) => this.str(s));
    const rt = this.rt;
    return () => {
      let key = parts[0]();
      for (let i = 1; i < parts.length; i++) key += rt.subsep + parts[i]();
      return key;
    };
  }

  /**
   * For a subscript that may be input text (a field, a variable, an element such as split()
   * makes), a test of whether a key came from input, which reads the subscript again without side
   * effects: an array asks only when the key is new, to give it back as gawk does (array.ts).
   * Undefined when the subscript cannot be input, or cannot be read again safely.
   */
  keyOrigin(subs: Expr[]): KeyOrigin | undefined {
    if (subs.length !== 1) return undefined;
    let e = subs[0];
    while (e.kind === 'group') e = e.expr;
    if (e.kind === 'var' || e.kind === 'preval') {
      const value = this.val(e);
      return (key) => isInputValue(value(), key);
    }
    if (e.kind === 'field' && isPlain(e.index)) {
      const fields = this.rt.fields;
      const index = this.num(e.index);
      return (key) => fields.isInputText(Math.trunc(index()), key);
    }
    if (e.kind === 'index' && e.subs.every(isPlain)) {
      // Read without creating the element (the subscript just did, unless it was deleted since).
      const array = this.names.array(e.name, e.at);
      const inner = this.key(e.subs);
      return (key) => {
        const value = array().get(inner());
        return value !== undefined && isInputValue(value, key);
      };
    }
    return undefined;
  }

  /** A regex operand: a literal compiled now, anything else compiled (and cached) when run. */
  regex(e: Expr): () => AwkRegex {
    if (e.kind === 'regex') {
      const regex = this.staticRegex(e);
      return () => regex;
    }
    const rt = this.rt;
    if (e.kind === 'str') {
      // gawk compiles a constant string pattern with the program (a bad one still fails when used).
      const constant = this.constantRegex(e);
      if (constant !== null) return () => constant;
    }
    const text = this.str(e);
    return () => rt.regex(text());
  }

  private constantRegex(e: Extract<Expr, { kind: 'str' }>): AwkRegex | null {
    try {
      return compileAwkRegex(e.value, (message) => this.rt.warnRegex(message, e.at));
    } catch (error) {
      if (error instanceof AwkRegexError) return null;
      throw error;
    }
  }

  staticRegex(e: Extract<Expr, { kind: 'regex' }>): AwkRegex {
    let regex = this.staticRegexes.get(e);
    if (regex === undefined) {
      try {
        regex = compileAwkRegex(e.source, (message) => this.rt.warnRegex(message, e.at));
      } catch (error) {
        if (error instanceof AwkRegexError) throw new AwkCompileError(e.at, error.message);
        throw error;
      }
      this.staticRegexes.set(e, regex);
    }
    return regex;
  }
}

/** A constant or a variable: reading it again has no side effects. */
function isPlain(e: Expr): boolean {
  return e.kind === 'num' || e.kind === 'str' || e.kind === 'var';
}

/** Reading an element creates it, as in every awk. */
export function element(array: AwkArray, key: string, origin?: KeyOrigin): Value {
  const v = array.get(key);
  if (v !== undefined) return v;
  array.set(key, UNINIT, origin);
  return UNINIT;
}
