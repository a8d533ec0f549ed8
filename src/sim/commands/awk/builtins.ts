// The built-in functions that compute (the ones that wait — system, close, fflush — are in
// compile-async.ts). Strings are measured in characters, as gawk does in a UTF-8 locale.

import type { Expr } from './ast.ts';
import type { AssignCompiler } from './compile-assign.ts';
import type { BuiltinCompiler, ExprCompiler, Num, Str, Val } from './compile-expr.ts';
import { AwkCompileError } from './errors.ts';
import { ARITY } from './lexer.ts';
import { charLength, sprintf } from './format.ts';
import { Prng } from '../../kernel/prng.ts';
import { formatGeneral } from '../../text/float-format.ts';
import { Unsupported } from '../context.ts';
import { matchGroups, substitute } from './substitute.ts';
import { compileExtension } from './extensions.ts';
import type { AwkArray } from './array.ts';
import { inputValue } from './values.ts';
import type { Splitter } from './split.ts';
import { splitOnRegex } from './split.ts';

type Builtin = Extract<Expr, { kind: 'builtin' }>;

export function checkArity(e: Builtin): void {
  const arity = ARITY[e.name];
  if (arity === undefined) throw new Unsupported(`gawk function ${e.name}()`);
  if (e.name === 'split' && e.args.length === 4) throw new Unsupported('split() with a fourth argument');
  if ((e.name === 'asort' || e.name === 'asorti') && e.args.length === 3) throw new Unsupported(`${e.name}() with a third argument`);
}

export class Builtins implements BuiltinCompiler {
  constructor(
    private readonly ex: ExprCompiler,
    private readonly assign: AssignCompiler,
  ) {}

  compile(e: Builtin): { val: Val; num?: Num; str?: Str } {
    checkArity(e);
    const { ex } = this;
    const rt = ex.rt;
    const args = e.args;
    const number = (num: Num) => ({ val: num, num });
    const string = (str: Str) => ({ val: str, str });
    switch (e.name) {
      case 'length': {
        if (args.length === 0) return number(() => charLength(rt.fields.record()));
        const arg = args[0];
        if (arg.kind === 'var' && ex.names.kindOf(arg.name) === 'array') {
          const array = ex.names.array(arg.name, arg.at);
          return number(() => array().size);
        }
        const s = ex.str(arg);
        return number(() => charLength(s()));
      }
      case 'substr': {
        const s = ex.str(args[0]);
        const start = ex.num(args[1]);
        const length = args[2] ? ex.num(args[2]) : null;
        return string(() => substr(s(), start(), length === null ? undefined : length()));
      }
      case 'index': {
        const s = ex.str(args[0]);
        const t = ex.str(args[1]);
        return number(() => {
          const text = s();
          const at = text.indexOf(t());
          return at < 0 ? 0 : charCount(text, at) + 1;
        });
      }
      case 'split':
        return number(this.split(e));
      case 'sub':
      case 'gsub':
        return number(this.substitution(e, e.name === 'gsub'));
      case 'match':
        return number(this.match(e));
      case 'sprintf': {
        const format = ex.str(args[0]);
        const values = args.slice(1).map((a) => ex.val(a));
        return string(() => sprintf(format(), values.map((v) => v()), rt.convfmt));
      }
      case 'int': {
        const n = ex.num(args[0]);
        return number(() => Math.trunc(n()));
      }
      case 'sqrt': {
        const n = ex.num(args[0]);
        return number(() => {
          const x = n();
          if (x < 0) rt.warn(`sqrt: called with negative argument ${formatGeneral(x, 6)}`, e.at);
          return Math.sqrt(x);
        });
      }
      case 'log': {
        const n = ex.num(args[0]);
        return number(() => {
          const x = n();
          if (x < 0) rt.warn(`log: received negative argument ${formatGeneral(x, 6)}`, e.at);
          return Math.log(x);
        });
      }
      case 'exp': {
        const n = ex.num(args[0]);
        return number(() => {
          const x = n();
          const y = Math.exp(x);
          if (!Number.isFinite(y) && Number.isFinite(x)) rt.warn(`exp: argument ${formatGeneral(x, 6)} is out of range`, e.at);
          return y;
        });
      }
      case 'sin':
      case 'cos': {
        const n = ex.num(args[0]);
        const f = e.name === 'sin' ? Math.sin : Math.cos;
        return number(() => f(n()));
      }
      case 'atan2': {
        const y = ex.num(args[0]);
        const x = ex.num(args[1]);
        return number(() => Math.atan2(y(), x()));
      }
      case 'rand':
        return number(() => rt.random.next());
      case 'srand': {
        const seed = args[0] ? ex.num(args[0]) : () => Math.floor(rt.ctx.kernel.clock.nowMs / 1000);
        return number(() => {
          const previous = rt.seed;
          rt.seed = Math.trunc(seed());
          rt.random = new Prng(rt.seed);
          return previous;
        });
      }
      case 'tolower':
      case 'toupper': {
        const s = ex.str(args[0]);
        const upper = e.name === 'toupper';
        return string(() => changeCase(s(), upper));
      }
      default: {
        const extension = compileExtension(ex, e);
        if (extension === null) throw new Error(`awk: ${e.name} is not synchronous`);
        return extension;
      }
    }
  }

  private split(e: Builtin): Num {
    const { ex } = this;
    const rt = ex.rt;
    const [source, target, separator] = e.args;
    if (target.kind !== 'var') throw new AwkCompileError(e.at, 'split: second argument is not an array');
    const array = ex.names.array(target.name, target.at);
    const s = ex.str(source);
    let splitter: () => Splitter;
    if (separator === undefined) splitter = () => rt.splitterFor(rt.fs, false);
    else if (separator.kind === 'regex') {
      const fixed = splitOnRegex(ex.staticRegex(separator));
      splitter = () => fixed;
    } else {
      const sep = ex.str(separator);
      let last = '';
      let cached: Splitter | null = null;
      splitter = () => {
        const text = sep();
        if (cached === null || text !== last) {
          cached = rt.splitterFor(text, false);
          last = text;
        }
        return cached;
      };
    }
    return () => {
      const text = s();
      const map = array();
      const pieces = splitter()(text);
      map.clear();
      for (let i = 0; i < pieces.length; i++) map.set(String(i + 1), inputValue(pieces[i]));
      return pieces.length;
    };
  }

  private substitution(e: Builtin, global: boolean): Num {
    const { ex } = this;
    const [pattern, replacement, target] = e.args;
    const regex = ex.regex(pattern);
    const repl = ex.str(replacement);
    const lvalue = target ?? { kind: 'field', index: { kind: 'num', value: 0, at: e.at }, at: e.at };
    const text = ex.str(lvalue);
    const store = lvalue.kind === 'var' || lvalue.kind === 'field' || lvalue.kind === 'index' ? this.assign.setter(lvalue) : null;
    return () => {
      const re = regex();
      const r = repl();
      const { count, result } = substitute(re, r, text(), global);
      if (count > 0 && store !== null) store(result);
      return count;
    };
  }

  private match(e: Builtin): Num {
    const { ex } = this;
    const rt = ex.rt;
    const [source, pattern, target] = e.args;
    const s = ex.str(source);
    const regex = ex.regex(pattern);
    let array: (() => AwkArray) | null = null;
    if (target !== undefined) {
      if (target.kind !== 'var') throw new AwkCompileError(e.at, 'match: third argument is not an array');
      array = ex.names.array(target.name, target.at);
    }
    return () => {
      const text = s();
      const re = regex();
      const found = re.find(text, 0);
      const map = array === null ? null : array();
      map?.clear();
      if (found === null) {
        rt.RSTART = 0;
        rt.RLENGTH = -1;
        return 0;
      }
      const [start, end] = found;
      rt.RSTART = charCount(text, start) + 1;
      rt.RLENGTH = charCount(text, end) - charCount(text, start);
      if (map !== null) {
        const sep = rt.subsep;
        matchGroups(re, text, start, end).forEach((group, n) => {
          if (group === null) return;
          map.set(String(n), inputValue(text.slice(group[0], group[1])));
          map.set(`${n}${sep}start`, charCount(text, group[0]) + 1);
          map.set(`${n}${sep}length`, charCount(text, group[1]) - charCount(text, group[0]));
        });
      }
      return rt.RSTART;
    };
  }
}

/** gawk's substr: start and length truncated, a start below 1 taken as 1. */
export function substr(s: string, start: number, length?: number): string {
  let len: number;
  if (length !== undefined) {
    if (!(length >= 1)) return '';
    len = Math.trunc(length);
  } else len = Infinity;
  const first = start >= 1 ? Math.trunc(start) : 1;
  if (!/[\uD800-\uDFFF]/.test(s)) return s.slice(first - 1, first - 1 + len);
  return Array.from(s).slice(first - 1, first - 1 + len).join('');
}

/** Characters (code points) in s before UTF-16 offset `at`. */
export function charCount(s: string, at: number): number {
  if (!/[\uD800-\uDFFF]/.test(s)) return at;
  return charLength(s.slice(0, at));
}

function changeCase(s: string, upper: boolean): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(s)) return upper ? s.toUpperCase() : s.toLowerCase();
  let out = '';
  for (const c of s) {
    const changed = upper ? c.toUpperCase() : c.toLowerCase();
    // towupper maps one character to one; JavaScript may expand (ß → SS): keep those as they are.
    out += [...changed].length === 1 ? changed : c;
  }
  return out;
}
