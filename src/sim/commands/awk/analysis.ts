// What the compiler needs to know before it starts: which names are arrays and which scalars (awk
// decides by use, and a bare name passed to a function takes the kind the callee gives it), and
// which code may have to wait — getline, system(), close(), loops and recursion (which yield so a
// runaway program stays interruptible). Only expressions containing such code compile to async
// closures; everything else is plain synchronous JavaScript.

import type { Expr, FunctionDef, Program, Stmt, Where } from './ast.ts';
import { AwkCompileError } from './errors.ts';

export type Kind = 'scalar' | 'array';

export interface FunctionInfo {
  def: FunctionDef;
  /** Each parameter's kind (unused ones are scalars). */
  kinds: Kind[];
  /** Its body may wait (loops, getline, recursion...): calls to it are async. */
  mayYield: boolean;
}

export interface Analysis {
  functions: Map<string, FunctionInfo>;
  /** The kind of every global name, from its first use. */
  globals: Map<string, Kind>;
  /** Expressions that must be evaluated asynchronously. */
  isAsync(expr: Expr): boolean;
  /** Every variable name the program mentions. */
  mentioned: Set<string>;
  /** Parse-time warnings gawk gives (calls with too many arguments). */
  warnings: { at: Where; message: string }[];
}

/** Builtins that wait for other processes or descriptors. */
export const ASYNC_BUILTINS = new Set(['system', 'close', 'fflush']);

/** Built-in arrays. */
const SPECIAL_ARRAYS = new Set(['ENVIRON', 'ARGV']);

type Slot = { scope: string | null; name: string };

export function analyze(program: Program): Analysis {
  const functions = new Map<string, FunctionInfo>();
  const kinds = new Map<string, Kind>(); // "fn\0name" or "\0name" for globals
  const links: { from: string; fn: string; index: number }[] = [];
  const calls = new Map<string, Set<string>>();
  const direct = new Set<string>();
  const warnings: { at: Where; message: string }[] = [];
  const mentioned = new Set<string>();

  for (const def of program.functions.values()) functions.set(def.name, { def, kinds: [], mayYield: false });

  const keyOf = (slot: Slot): string => {
    if (slot.scope !== null && functions.get(slot.scope)!.def.params.includes(slot.name)) return `${slot.scope}\0${slot.name}`;
    return `\0${slot.name}`;
  };
  const use = (scope: string | null, name: string, kind: Kind, at?: Where): void => {
    const key = keyOf({ scope, name });
    // gawk's (odd) wording for a function name used as a variable.
    if (key.startsWith('\0') && functions.has(name)) throw new AwkCompileError(at ?? null, `function name \`${name}' previously defined`);
    if (!kinds.has(key)) kinds.set(key, kind);
  };
  for (const name of SPECIAL_ARRAYS) kinds.set(`\0${name}`, 'array');

  const visitExpr = (e: Expr, scope: string | null): void => {
    switch (e.kind) {
      case 'var':
        mentioned.add(e.name);
        use(scope, e.name, 'scalar', e.at);
        return;
      case 'index':
        use(scope, e.name, 'array', e.at);
        e.subs.forEach((s) => visitExpr(s, scope));
        return;
      case 'in':
        use(scope, e.name, 'array');
        e.subs.forEach((s) => visitExpr(s, scope));
        return;
      case 'call': {
        const callee = functions.get(e.name);
        if (callee === undefined) throw new AwkCompileError(e.at, `function \`${e.name}' not defined`, true);
        if (scope !== null) calls.get(scope)!.add(e.name);
        if (e.args.length > callee.def.params.length) warnings.push({ at: e.at, message: `function \`${e.name}' called with more arguments than declared` });
        e.args.forEach((arg, index) => {
          if (arg.kind === 'var' && index < callee.def.params.length) {
            mentioned.add(arg.name);
            links.push({ from: keyOf({ scope, name: arg.name }), fn: e.name, index });
          }
          else visitExpr(arg, scope);
        });
        return;
      }
      case 'builtin':
        if (scope !== null && ASYNC_BUILTINS.has(e.name)) direct.add(scope);
        e.args.forEach((arg, index) => {
          if (arg.kind === 'var' && ((e.name === 'split' && index === 1) || ((e.name === 'asort' || e.name === 'asorti') && index < 2) || (e.name === 'match' && index === 2))) {
            use(scope, arg.name, 'array');
          } else if (arg.kind === 'var' && e.name === 'length') {
            // length(x) works on either; it does not decide.
            mentioned.add(arg.name);
          } else visitExpr(arg, scope);
        });
        return;
      case 'getline':
        if (scope !== null) direct.add(scope);
        if (e.target) visitExpr(e.target, scope);
        if (e.source) visitExpr(e.source, scope);
        return;
      default:
        for (const child of children(e)) visitExpr(child, scope);
    }
  };

  const visitStmt = (s: Stmt, scope: string | null): void => {
    switch (s.kind) {
      case 'while':
      case 'do':
      case 'for':
      case 'forin':
        if (scope !== null) direct.add(scope);
        break;
      case 'delete':
        use(scope, s.name, 'array');
        break;
      case 'print':
      case 'printf':
        // Opening a file or starting a command for a redirection waits.
        if (s.redirect && scope !== null) direct.add(scope);
        break;
    }
    if (s.kind === 'forin') use(scope, s.array, 'array');
    for (const e of stmtExprs(s)) visitExpr(e, scope);
    for (const child of stmtChildren(s)) visitStmt(child, scope);
  };

  for (const info of functions.values()) calls.set(info.def.name, new Set());
  for (const rule of program.rules) {
    const p = rule.pattern;
    if (p.kind === 'expr') visitExpr(p.expr, null);
    if (p.kind === 'range') {
      visitExpr(p.from, null);
      visitExpr(p.to, null);
    }
    if (rule.action) visitStmt(rule.action, null);
  }
  for (const info of functions.values()) visitStmt(info.def.body, info.def.name);

  // A bare name passed to a function and the callee's parameter share a kind.
  for (let changed = true; changed; ) {
    changed = false;
    for (const link of links) {
      const param = `${link.fn}\0${functions.get(link.fn)!.def.params[link.index]}`;
      const a = kinds.get(link.from);
      const b = kinds.get(param);
      if (a === undefined && b !== undefined) {
        kinds.set(link.from, b);
        changed = true;
      } else if (b === undefined && a !== undefined) {
        kinds.set(param, a);
        changed = true;
      }
    }
  }

  for (const info of functions.values()) info.kinds = info.def.params.map((p) => kinds.get(`${info.def.name}\0${p}`) ?? 'scalar');

  // May yield: waits directly, calls something that may, or is recursive.
  for (const info of functions.values()) info.mayYield = direct.has(info.def.name) || reaches(calls, info.def.name, info.def.name);
  for (let changed = true; changed; ) {
    changed = false;
    for (const info of functions.values()) {
      if (info.mayYield) continue;
      if ([...calls.get(info.def.name)!].some((callee) => functions.get(callee)!.mayYield)) {
        info.mayYield = true;
        changed = true;
      }
    }
  }

  const globals = new Map<string, Kind>();
  for (const [key, kind] of kinds) if (key.startsWith('\0')) globals.set(key.slice(1), kind);
  for (const link of links) if (link.from.startsWith('\0') && !globals.has(link.from.slice(1))) globals.set(link.from.slice(1), 'scalar');

  const asyncMemo = new WeakMap<Expr, boolean>();
  const isAsync = (e: Expr): boolean => {
    const known = asyncMemo.get(e);
    if (known !== undefined) return known;
    let result: boolean;
    if (e.kind === 'getline') result = true;
    else if (e.kind === 'builtin' && ASYNC_BUILTINS.has(e.name)) result = true;
    else if (e.kind === 'call' && functions.get(e.name)!.mayYield) result = true;
    else result = children(e).some(isAsync);
    asyncMemo.set(e, result);
    return result;
  };

  return { functions, globals, isAsync, warnings, mentioned };
}

function reaches(calls: Map<string, Set<string>>, from: string, target: string): boolean {
  const seen = new Set<string>();
  const stack = [...calls.get(from)!];
  while (stack.length > 0) {
    const name = stack.pop()!;
    if (name === target) return true;
    if (seen.has(name)) continue;
    seen.add(name);
    stack.push(...calls.get(name)!);
  }
  return false;
}

/** The direct subexpressions of an expression. */
export function children(e: Expr): Expr[] {
  switch (e.kind) {
    case 'field':
      return [e.index];
    case 'index':
    case 'in':
      return e.subs;
    case 'assign':
      return [e.target, e.value];
    case 'cond':
      return [e.test, e.yes, e.no];
    case 'and':
    case 'or':
    case 'match':
    case 'binary':
    case 'compare':
      return [e.left, e.right];
    case 'concat':
      return e.parts;
    case 'unary':
      return [e.operand];
    case 'incdec':
      return [e.target];
    case 'call':
    case 'builtin':
      return e.args;
    case 'getline':
      return [...(e.target ? [e.target] : []), ...(e.source ? [e.source] : [])];
    case 'group':
      return [e.expr];
    default:
      return [];
  }
}

function stmtExprs(s: Stmt): Expr[] {
  switch (s.kind) {
    case 'print':
    case 'printf':
      return [...s.args, ...(s.redirect ? [s.redirect.target] : [])];
    case 'expr':
      return [s.expr];
    case 'if':
    case 'while':
    case 'do':
      return [s.test];
    case 'for':
      return [s.init, s.test, s.update].filter((e): e is Expr => e !== null);
    case 'forin':
      return [s.variable];
    case 'exit':
    case 'return':
      return s.value ? [s.value] : [];
    case 'delete':
      return s.subs ?? [];
    default:
      return [];
  }
}

function stmtChildren(s: Stmt): Stmt[] {
  switch (s.kind) {
    case 'if':
      return s.else ? [s.then, s.else] : [s.then];
    case 'while':
    case 'do':
    case 'for':
    case 'forin':
      return [s.body];
    case 'block':
      return s.body;
    default:
      return [];
  }
}
