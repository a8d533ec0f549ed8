// find -regex and -iregex: the pattern must match the whole path. findutils' default dialect is
// Emacs-style (\( \) \| for groups and alternation, + and ? as operators, braces literal); it is
// rewritten as an extended POSIX pattern, which the shared regex translator turns into a RegExp.

import { RegexSyntaxError, translateRegex, type RegexFlavor } from '../text/posix-regex.ts';
import { FindUsageError } from './find-errors.ts';

const FLAVORS: Record<string, RegexFlavor | 'emacs'> = {
  'findutils-default': 'emacs', emacs: 'emacs',
  'posix-extended': 'extended', 'posix-egrep': 'extended', egrep: 'extended', awk: 'extended', 'posix-awk': 'extended', 'gnu-awk': 'extended',
  'posix-basic': 'basic', 'posix-minimal-basic': 'basic', grep: 'basic', sed: 'basic', ed: 'basic',
};

/** A whole-string matcher for `pattern` in the -regextype `type`. */
export function compileFindRegex(pattern: string, type: string, ignoreCase: boolean): (path: string) => boolean {
  const flavor = FLAVORS[type] ?? 'emacs';
  let source: string;
  try {
    source = translateRegex(flavor === 'emacs' ? emacsToExtended(pattern) : pattern, flavor === 'emacs' ? 'extended' : flavor).source;
  } catch (error) {
    if (error instanceof RegexSyntaxError) throw new FindUsageError(`failed to compile regular expression '${pattern}': ${error.message}`);
    throw error;
  }
  const regex = new RegExp(`^(?:${source})$`, ignoreCase ? 'iu' : 'u');
  return (path) => regex.test(path);
}

/** Emacs syntax to ERE: swap the escaping of ( ) | and make braces literal. */
export function emacsToExtended(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '[') {
      const end = bracketEnd(pattern, i);
      out += pattern.slice(i, end);
      i = end - 1;
    } else if (c === '\\' && i + 1 < pattern.length) {
      const next = pattern[++i];
      if (next === '(' || next === ')' || next === '|') out += next;
      else if (next === '{' || next === '}') out += `\\${next}`;
      else out += `\\${next}`;
    } else if (c === '(' || c === ')' || c === '|' || c === '{' || c === '}') {
      out += `\\${c}`;
    } else out += c;
  }
  return out;
}

/** The index after the bracket expression starting at `start` (or the rest, if unterminated). */
function bracketEnd(pattern: string, start: number): number {
  let i = start + 1;
  if (pattern[i] === '^') i++;
  if (pattern[i] === ']') i++;
  while (i < pattern.length && pattern[i] !== ']') {
    if (pattern[i] === '[' && /[:.=]/.test(pattern[i + 1] ?? '')) {
      const close = pattern.indexOf(`${pattern[i + 1]}]`, i + 2);
      i = close < 0 ? pattern.length : close + 2;
    } else i++;
  }
  return Math.min(i + 1, pattern.length);
}
