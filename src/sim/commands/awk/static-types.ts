// What the compiler knows of an expression's type before running it: some always yield a number
// (arithmetic, comparisons, most builtins), some always a string (concatenation, substr...).
// Fields and variables can be either, so for them the decision waits for the value.

import type { Expr } from './ast.ts';

/** Builtins whose result is always a number / always a string. */
const NUMERIC_BUILTINS = new Set([
  'length', 'index', 'split', 'sub', 'gsub', 'match', 'sin', 'cos', 'atan2', 'exp', 'log', 'sqrt', 'int', 'rand', 'srand',
  'system', 'close', 'fflush', 'strtonum', 'and', 'or', 'xor', 'lshift', 'rshift', 'compl', 'systime', 'asort', 'asorti',
]);
const STRING_BUILTINS = new Set(['substr', 'sprintf', 'tolower', 'toupper', 'gensub']);

/** Always yields a number (so comparisons with it are numeric). */
export function isNumeric(e: Expr): boolean {
  switch (e.kind) {
    case 'num':
    case 'binary':
    case 'unary':
    case 'incdec':
    case 'compare':
    case 'match':
    case 'and':
    case 'or':
    case 'in':
    case 'regex':
      return true;
    case 'assign':
      return e.op !== '=' || isNumeric(e.value);
    case 'builtin':
      return NUMERIC_BUILTINS.has(e.name);
    case 'group':
      return isNumeric(e.expr);
    case 'var':
      return e.name === 'NF' || e.name === 'NR' || e.name === 'FNR' || e.name === 'RSTART' || e.name === 'RLENGTH';
    default:
      return false;
  }
}

/** Always yields a string. */
export function isString(e: Expr): boolean {
  switch (e.kind) {
    case 'str':
    case 'concat':
      return true;
    case 'builtin':
      return STRING_BUILTINS.has(e.name);
    case 'group':
      return isString(e.expr);
    case 'assign':
      return e.op === '=' && isString(e.value);
    default:
      return false;
  }
}
