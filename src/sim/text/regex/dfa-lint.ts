// The diagnostics of gnulib's DFA matcher, which grep (and sed) run after glibc's regcomp accepted a
// pattern: grep warns about repetition operators with nothing to repeat ("grep: warning: * at start
// of expression"), and both reject "[:space:]" written without its outer brackets. This follows the
// DFA lexer's own notion of "start of expression" (lex.laststart), which differs from regcomp's.

import { CONFUSING_BRACKETS } from './messages.ts';

export interface DfaDiagnostics {
  warnings: string[];
  /** A fatal complaint (printed as "grep: ..." or "sed: ..."). */
  error?: string;
}

const NOT_CHAR = -1;

export function dfaDiagnostics(pattern: string, extended: boolean, warn: boolean): DfaDiagnostics {
  const cps = Array.from(pattern, (ch) => ch.codePointAt(0)!);
  const warnings: string[] = [];
  let laststart = true;
  let lasttok: 'end' | 'lparen' | 'or' | 'other' = 'end';
  const warnAtStart = (what: string): void => {
    if (warn) warnings.push(`${what} at start of expression`);
  };
  for (let i = 0; i < cps.length; ) {
    const c = String.fromCodePoint(cps[i]);
    if (c === '\\') {
      if (i + 1 >= cps.length) break;
      const c2 = String.fromCodePoint(cps[i + 1]);
      i += 2;
      if ('`\'<>bB'.includes(c2)) {
        lasttok = 'other';
        continue;
      }
      if (!extended && c2 === '|') [laststart, lasttok] = [true, 'or'];
      else if (!extended && c2 === '(') [laststart, lasttok] = [true, 'lparen'];
      else if (!extended && (c2 === '+' || c2 === '?') && !laststart) lasttok = 'other';
      else if (!extended && c2 === '{' && !laststart) {
        i = intervalEnd(cps, i, true) ?? i;
        [laststart, lasttok] = [false, 'other'];
      } else [laststart, lasttok] = [false, 'other'];
      continue;
    }
    i++;
    switch (c) {
      case '^':
        if (extended || lasttok !== 'other') lasttok = 'other';
        else laststart = false;
        continue;
      case '$':
        if (!(extended || dollarAnchors(cps, i))) laststart = false;
        lasttok = 'other';
        continue;
      case '*':
        if (laststart && !extended) laststart = false;
        else if (laststart) warnAtStart('*');
        lasttok = 'other';
        continue;
      case '+':
      case '?':
        if (!extended) laststart = false;
        else if (laststart) warnAtStart(c);
        lasttok = 'other';
        continue;
      case '{': {
        const end = extended ? intervalEnd(cps, i, false) : undefined;
        if (end !== undefined) {
          if (laststart) warnAtStart('{...}');
          i = end;
        }
        [laststart, lasttok] = [false, 'other'];
        continue;
      }
      case '|':
      case '(':
        if (extended) [laststart, lasttok] = [true, c === '|' ? 'or' : 'lparen'];
        else [laststart, lasttok] = [false, 'other'];
        continue;
      case '[': {
        const scan = scanBracket(cps, i);
        if (scan.confusing) return { warnings, error: CONFUSING_BRACKETS };
        i = scan.next;
        [laststart, lasttok] = [false, 'other'];
        continue;
      }
      default:
        [laststart, lasttok] = [false, 'other'];
    }
  }
  return { warnings };
}

/** In a BRE, `$` anchors at the end of the pattern or before \) or \|. */
function dollarAnchors(cps: readonly number[], next: number): boolean {
  if (next >= cps.length) return true;
  return cps[next] === 0x5c && (cps[next + 1] === 0x29 || cps[next + 1] === 0x7c);
}

/** The index after a valid interval body starting at `from` ("1,2}" or "1,2\}"), or undefined. */
function intervalEnd(cps: readonly number[], from: number, backslash: boolean): number | undefined {
  let p = from;
  let min = -1;
  let max = -1;
  const digit = (i: number): boolean => i < cps.length && cps[i] >= 0x30 && cps[i] <= 0x39;
  for (; digit(p); p++) min = (min < 0 ? 0 : min * 10) + cps[p] - 0x30;
  if (p < cps.length) {
    if (cps[p] !== 0x2c) max = min;
    else {
      if (min < 0) min = 0;
      for (p++; digit(p); p++) max = (max < 0 ? 0 : max * 10) + cps[p] - 0x30;
    }
  }
  if (backslash) {
    if (cps[p] !== 0x5c) return undefined;
    p++;
  }
  if (cps[p] !== 0x7d) return undefined;
  p++;
  if (min < 0 || (max >= 0 && min > max)) return undefined;
  return p;
}

/** Skips a bracket expression as the DFA lexer reads it, noting the "[:space:]" mistake. */
function scanBracket(cps: readonly number[], from: number): { next: number; confusing: boolean } {
  let i = from;
  const fetch = (): number => (i < cps.length ? cps[i++] : NOT_CHAR);
  let c = fetch();
  if (c === 0x5e) c = fetch();
  let colon = c === 0x3a ? 1 : 0;
  let c1: number;
  do {
    c1 = NOT_CHAR;
    colon &= ~2;
    if (c === 0x5b) {
      c1 = fetch();
      if (c1 === 0x3a || c1 === 0x2e || c1 === 0x3d) {
        for (;;) {
          c = fetch();
          if (i >= cps.length || (c === c1 && cps[i] === 0x5d)) break;
        }
        fetch();
        colon |= 8;
        c1 = fetch();
        continue;
      }
    }
    if (c1 === NOT_CHAR) c1 = fetch();
    if (c1 === 0x2d) {
      let c2 = fetch();
      if (c2 === 0x5b && cps[i] === 0x2e) c2 = 0x5d;
      if (c2 === 0x5d) i--;
      else {
        colon |= 8;
        c1 = fetch();
        if (c !== c2) continue;
      }
    }
    colon |= c === 0x3a ? 2 : 4;
  } while ((c = c1) !== 0x5d && c !== NOT_CHAR);
  return { next: i, confusing: colon === 7 };
}
