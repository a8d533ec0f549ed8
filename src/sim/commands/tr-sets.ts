// tr's STRING1/STRING2 language, ported from coreutils 9.1 tr.c: backslash escapes, ranges,
// [:class:], [=c=], [c*n] and [c*], expanded over bytes (tr is byte-oriented: é is two bytes),
// with the same validation and messages. Classes follow the C.UTF-8 locale, which for single bytes
// means ASCII.

import { quoteLocale } from '../text/quote.ts';

export type CharClass = 'alnum' | 'alpha' | 'blank' | 'cntrl' | 'digit' | 'graph' | 'lower' | 'print' | 'punct' | 'space' | 'upper' | 'xdigit';

const CLASSES: readonly CharClass[] = ['alnum', 'alpha', 'blank', 'cntrl', 'digit', 'graph', 'lower', 'print', 'punct', 'space', 'upper', 'xdigit'];

export type Element =
  | { type: 'char'; c: number }
  | { type: 'range'; first: number; last: number }
  | { type: 'class'; cls: CharClass }
  | { type: 'equiv'; c: number }
  /** count 0 is [c*] (fill to the length of STRING1) or [c*0]. */
  | { type: 'repeat'; c: number; count: number };

/** A parse or validation failure: tr prints the message and exits 1 (no usage hint). */
export class TrError extends Error {}

export function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

export function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

export function inClass(cls: CharClass, c: number): boolean {
  const digit = c >= 48 && c <= 57;
  const alpha = isUpper(c) || isLower(c);
  switch (cls) {
    case 'alnum': return alpha || digit;
    case 'alpha': return alpha;
    case 'blank': return c === 32 || c === 9;
    case 'cntrl': return c < 32 || c === 127;
    case 'digit': return digit;
    case 'graph': return c > 32 && c < 127;
    case 'lower': return isLower(c);
    case 'print': return c >= 32 && c < 127;
    case 'punct': return c > 32 && c < 127 && !alpha && !digit;
    case 'space': return c === 32 || (c >= 9 && c <= 13);
    case 'upper': return isUpper(c);
    case 'xdigit': return digit || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
  }
}

interface Unquoted {
  s: number[];
  escaped: boolean[];
}

/** First pass: backslash escapes become bytes, remembering which bytes were escaped. */
function unquote(arg: Uint8Array, warn: (message: string) => void): Unquoted {
  const s: number[] = [];
  const escaped: boolean[] = [];
  const at = (i: number): number => (i < arg.length ? arg[i] : 0);
  for (let i = 0; i < arg.length; i++) {
    if (arg[i] !== 0x5c) {
      s.push(arg[i]);
      escaped.push(false);
      continue;
    }
    let c: number;
    let isEscaped = true;
    const next = at(i + 1);
    const simple: Record<number, number> = { 0x5c: 0x5c, 0x61: 7, 0x62: 8, 0x66: 12, 0x6e: 10, 0x72: 13, 0x74: 9, 0x76: 11 };
    if (next in simple) c = simple[next];
    else if (next >= 0x30 && next <= 0x37) {
      c = next - 0x30;
      let digit = at(i + 2) - 0x30;
      if (digit >= 0 && digit <= 7) {
        c = 8 * c + digit;
        i++;
        digit = at(i + 2) - 0x30;
        if (digit >= 0 && digit <= 7) {
          if (8 * c + digit < 256) {
            c = 8 * c + digit;
            i++;
          } else {
            const [a, b, d] = [at(i), at(i + 1), at(i + 2)].map((x) => String.fromCharCode(x));
            warn(`warning: the ambiguous octal escape \\${a}${b}${d} is being\n\tinterpreted as the 2-byte sequence \\0${a}${b}, ${d}`);
          }
        }
      }
    } else if (next === 0 && i + 1 >= arg.length) {
      warn('warning: an unescaped backslash at end of string is not portable');
      isEscaped = false;
      i--;
      c = 0x5c;
    } else c = next;
    i++;
    s.push(c);
    escaped.push(isEscaped);
  }
  return { s, escaped };
}

/** make_printable_str: how tr shows bytes of a construct in messages. */
function printable(bytes: number[]): string {
  const names: Record<number, string> = { 0x5c: '\\', 7: '\\a', 8: '\\b', 12: '\\f', 10: '\\n', 13: '\\r', 9: '\\t', 11: '\\v' };
  let out = '';
  for (const c of bytes) out += names[c] ?? (c >= 32 && c < 127 ? String.fromCharCode(c) : `\\${c.toString(8).padStart(3, '0')}`);
  return out;
}

function printableChar(c: number): string {
  return c >= 32 && c < 127 ? String.fromCharCode(c) : `\\${c.toString(8).padStart(3, '0')}`;
}

/** Second pass: the list of constructs (build_spec_list). */
export function parseSpec(arg: Uint8Array, warn: (message: string) => void): Element[] {
  const es = unquote(arg, warn);
  const p = es.s;
  const len = p.length;
  const match = (i: number, c: string): boolean => i < len && p[i] === c.charCodeAt(0) && !es.escaped[i];
  const result: Element[] = [];
  let i = 0;
  while (i + 2 < len) {
    if (match(i, '[')) {
      if (match(i + 1, ':') || match(i + 1, '=')) {
        const close = findClosingDelim(es, i + 2, p[i + 1]);
        if (close >= 0) {
          const operand = p.slice(i + 2, close);
          const isClass = p[i + 1] === 0x3a;
          if (operand.length === 0) {
            throw new TrError(isClass ? "missing character class name '[::]'" : "missing equivalence class character '[==]'");
          }
          const name = String.fromCharCode(...operand);
          const element: Element | null = isClass
            ? (CLASSES as readonly string[]).includes(name) ? { type: 'class', cls: name as CharClass } : null
            : operand.length === 1 ? { type: 'equiv', c: operand[0] } : null;
          if (element !== null) {
            result.push(element);
            i = close + 2;
            continue;
          }
          // "[:*3]" or "[=*]": not a class after all, but maybe a repeat of ':' or '='.
          if (!starDigitsCloseBracket(es, i + 2)) {
            throw new TrError(isClass
              ? `invalid character class ${quoteLocale(printable(operand))}`
              : `${printable(operand)}: equivalence class operand must be a single character`);
          }
        }
      }
      const repeat = findBracketedRepeat(es, i + 1);
      if (repeat !== null) {
        result.push({ type: 'repeat', c: repeat.c, count: repeat.count });
        i = repeat.close + 1;
        continue;
      }
    }
    if (match(i + 1, '-')) {
      if (p[i + 2] < p[i]) {
        throw new TrError(`range-endpoints of '${printableChar(p[i])}-${printableChar(p[i + 2])}' are in reverse collating sequence order`);
      }
      result.push({ type: 'range', first: p[i], last: p[i + 2] });
      i += 3;
    } else {
      result.push({ type: 'char', c: p[i] });
      i++;
    }
  }
  for (; i < len; i++) result.push({ type: 'char', c: p[i] });
  return result;
}

function findClosingDelim(es: Unquoted, start: number, delim: number): number {
  for (let i = start; i < es.s.length - 1; i++) {
    if (es.s[i] === delim && es.s[i + 1] === 0x5d && !es.escaped[i] && !es.escaped[i + 1]) return i;
  }
  return -1;
}

function starDigitsCloseBracket(es: Unquoted, idx: number): boolean {
  if (!(es.s[idx] === 0x2a && !es.escaped[idx])) return false;
  for (let i = idx + 1; i < es.s.length; i++) {
    if (!(es.s[i] >= 0x30 && es.s[i] <= 0x39) || es.escaped[i]) return es.s[i] === 0x5d && !es.escaped[i];
  }
  return false;
}

/** [c*n] starting at the c: the repeat, null when this is not one; throws on a bad count. */
function findBracketedRepeat(es: Unquoted, start: number): { c: number; count: number; close: number } | null {
  if (!(es.s[start + 1] === 0x2a && !es.escaped[start + 1])) return null;
  for (let i = start + 2; i < es.s.length && !es.escaped[i]; i++) {
    if (es.s[i] !== 0x5d) continue;
    const digits = es.s.slice(start + 2, i);
    let count = 0;
    if (digits.length > 0) {
      const text = String.fromCharCode(...digits);
      const valid = digits[0] === 0x30 ? /^[0-7]+$/.test(text) : /^[0-9]+$/.test(text);
      const value = valid ? BigInt(digits[0] === 0x30 ? `0o${text}` : text) : -1n;
      if (!valid || value > 2n ** 64n - 2n) throw new TrError(`invalid repeat count ${quoteLocale(printable(digits))} in [c*n] construct`);
      count = Number(value);
    }
    return { c: es.s[start], count, close: i };
  }
  return null;
}
