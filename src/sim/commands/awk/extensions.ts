// gawk extensions cheap enough to simulate exactly: gensub, strtonum, the bit functions, systime,
// asort and asorti (default ordering only). Other gawk-only functions fail loudly instead.

import type { Expr } from './ast.ts';
import type { ExprCompiler, Num, Str, Val } from './compile-expr.ts';
import { AwkFatal } from './errors.ts';
import type { AwkArray } from './array.ts';
import { toNum, toStr, type Value } from './values.ts';
import type { AwkRegex } from './regex.ts';
import { formatGeneral } from '../../text/float-format.ts';

type Builtin = Extract<Expr, { kind: 'builtin' }>;

const MAX_BITS = 2 ** 53;

export function compileExtension(ex: ExprCompiler, e: Builtin): { val: Val; num?: Num; str?: Str } | null {
  const rt = ex.rt;
  const args = e.args;
  switch (e.name) {
    case 'gensub': {
      const regex = ex.regex(args[0]);
      const replacement = ex.str(args[1]);
      const how = ex.val(args[2]);
      const target = args[3] ? ex.str(args[3]) : () => rt.fields.record();
      const str: Str = () => {
        const h = how();
        let nth = 0;
        const text = toStr(h, rt.convfmt);
        if (!(typeof h === 'string' && /^[gG]/.test(h))) {
          nth = Math.trunc(toNum(h));
          if (!(nth >= 1)) {
            rt.warn(`gensub: third argument \`${text}' treated as 1`, e.at);
            nth = 1;
          }
        }
        return gensub(regex(), replacement(), nth, target());
      };
      return { val: str, str };
    }
    case 'strtonum': {
      const s = ex.val(args[0]);
      const num: Num = () => {
        const v = s();
        return typeof v === 'number' ? v : strtonum(toStr(v, rt.convfmt));
      };
      return { val: num, num };
    }
    case 'and':
    case 'or':
    case 'xor': {
      const operands = args.map((a) => ex.num(a));
      const name = e.name;
      const num: Num = () => {
        let result = bits(name, 1, operands[0](), e);
        for (let i = 1; i < operands.length; i++) {
          const x = bits(name, i + 1, operands[i](), e);
          result = name === 'and' ? result & x : name === 'or' ? result | x : result ^ x;
        }
        return Number(result);
      };
      return { val: num, num };
    }
    case 'lshift':
    case 'rshift': {
      const value = ex.num(args[0]);
      const shift = ex.num(args[1]);
      const left = e.name === 'lshift';
      const num: Num = () => {
        const x = bits(e.name, 1, value(), e);
        const by = bits(e.name, 2, shift(), e);
        return Number(left ? BigInt.asUintN(64, x << by) : x >> by);
      };
      return { val: num, num };
    }
    case 'compl': {
      const value = ex.num(args[0]);
      const num: Num = () => Number(BigInt(MAX_BITS - 1) ^ bits('compl', 1, value(), e));
      return { val: num, num };
    }
    case 'systime': {
      const num: Num = () => Math.floor(rt.ctx.kernel.clock.nowMs / 1000);
      return { val: num, num };
    }
    case 'asort':
    case 'asorti': {
      const names = args.map((a) => (a.kind === 'var' ? ex.names.array(a.name, a.at) : null));
      if (names.some((n) => n === null)) throw new AwkFatal(`${e.name}: argument is not an array`, e.at);
      const [source, dest] = names as (() => AwkArray)[];
      const byIndex = e.name === 'asorti';
      const num: Num = () => {
        const from = source();
        // gawk breaks ties between equal values by their subscripts, so the result does not
        // depend on the order the array lists them in.
        const elements = [...from.entries()];
        if (byIndex) elements.sort((a, b) => compareStrings(a[0], b[0]));
        else elements.sort((a, b) => compareForSort(a[1], b[1], rt.convfmt) || compareStrings(a[0], b[0]));
        const items: Value[] = elements.map(([key, value]) => (byIndex ? key : value));
        const to = dest ? dest() : from;
        to.clear();
        items.forEach((item, i) => to.set(String(i + 1), item));
        return items.length;
      };
      return { val: num, num };
    }
    default:
      return null;
  }
}

function bits(name: string, position: number, n: number, e: Builtin): bigint {
  if (n < 0) throw new AwkFatal(`${name}: argument ${position} negative value ${formatGeneral(n, 6)} is not allowed`, e.at);
  return BigInt(Math.trunc(Math.min(n, MAX_BITS - 1)));
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** asort's default order: numbers (and numeric input) first, by value; then strings. */
function compareForSort(a: Value, b: Value, convfmt: string): number {
  const an = typeof a !== 'string';
  const bn = typeof b !== 'string';
  if (an && bn) return toNum(a) - toNum(b);
  if (an !== bn) return an ? -1 : 1;
  const s = toStr(a, convfmt);
  const t = toStr(b, convfmt);
  return s < t ? -1 : s > t ? 1 : 0;
}

/** strtonum: 0x.. is hexadecimal, a leading 0 octal, anything else decimal. */
function strtonum(s: string): number {
  const hex = /^[-+]?0[xX][0-9a-fA-F]+/.exec(s);
  if (hex) return (hex[0].startsWith('-') ? -1 : 1) * parseInt(hex[0].replace(/^[-+]?0[xX]/, ''), 16);
  const octal = /^[-+]?0[0-7]+/.exec(s);
  if (octal && !/^[-+]?0[0-7]*[.eE89]/.test(s)) return parseInt(octal[0], 8);
  return toNum(s);
}

/** gensub's replacement: & and \0 are the match, \1..\9 groups, \c is c. */
function gensub(regex: AwkRegex, replacement: string, nth: number, text: string): string {
  let out = '';
  let pos = 0;
  let count = 0;
  let lastMatchEnd = -1;
  while (pos <= text.length) {
    const found = regex.find(text, pos);
    if (found === null) break;
    const [start, end] = found;
    if (start === end && start === lastMatchEnd) {
      if (start >= text.length) break;
      out += text.slice(pos, start + 1);
      pos = start + 1;
      continue;
    }
    count++;
    const replace = nth === 0 || count === nth;
    out += text.slice(pos, start) + (replace ? expand(replacement, regex, text, start, end) : text.slice(start, end));
    lastMatchEnd = end;
    if (start === end) {
      if (start >= text.length) {
        pos = start;
        break;
      }
      out += text[start];
      pos = start + 1;
    } else pos = end;
    if (nth !== 0 && count >= nth) break;
  }
  return out + text.slice(pos);
}

function expand(replacement: string, regex: AwkRegex, text: string, start: number, end: number): string {
  let groups: ([number, number] | null)[] | null = null;
  const group = (n: number): string => {
    if (n === 0) return text.slice(start, end);
    groups ??= regex.groupsAt(text, start);
    const g = groups[n];
    return g ? text.slice(g[0], g[1]) : '';
  };
  let out = '';
  for (let i = 0; i < replacement.length; i++) {
    const c = replacement[i];
    if (c === '&') out += group(0);
    else if (c === '\\' && i + 1 < replacement.length) {
      const next = replacement[++i];
      out += next >= '0' && next <= '9' ? group(Number(next)) : next;
    } else out += c;
  }
  return out;
}
