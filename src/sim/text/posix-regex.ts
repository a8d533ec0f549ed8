// POSIX regular expressions (basic and extended, with GNU's extensions) for the commands that use
// them: grep, sed, awk, expr and bash's [[ =~ ]]. Patterns are parsed as glibc's regcomp parses them
// (regex/parse.ts: same acceptance, same error messages), then written as JavaScript RegExp source
// (regex/emit.ts) with glibc's C.UTF-8 character classes. Where POSIX's leftmost-longest rule picks
// a longer match than JavaScript's leftmost-first one (`ab|abcd`), regex/longest.ts corrects the end.
//
// Dialects, after the syntax bits each program passes to regcomp:
// - 'grep-basic', 'grep-extended': RE_SYNTAX_GREP / RE_SYNTAX_EGREP, plus grep's DFA behaviour for
//   repetition operators with nothing before them (`grep -E '*a'` means 'a').
// - 'sed-basic', 'sed-extended': RE_SYNTAX_POSIX_BASIC / RE_SYNTAX_POSIX_EXTENDED as sed 4.9 uses them.
// - 'basic', 'extended': the dialects of translateRegex (awk, find, expr, [[ =~ ]]): POSIX basic,
//   and gawk's lenient extended syntax.

import { groupCount, RegexSyntaxError, someNode, type RegexNode } from './regex/ast.ts';
import { parseRegex, type Syntax } from './regex/parse.ts';
import { emitSource, type EmitMode } from './regex/emit.ts';
import { PosixRegex, type MatchOptions } from './regex/matcher.ts';

export { RegexSyntaxError, PosixRegex };
export type { RegexNode, MatchOptions, EmitMode };
export type { RegexMatch } from './regex/matcher.ts';
export { dfaDiagnostics } from './regex/dfa-lint.ts';
export { emitSource };

export type RegexFlavor = 'basic' | 'extended';
export type RegexDialect = RegexFlavor | 'grep-basic' | 'grep-extended' | 'sed-basic' | 'sed-extended';

export interface TranslatedRegex {
  /** RegExp source, for the `u` flag (add `i` to ignore case). */
  source: string;
  /** Number of capture groups. */
  groups: number;
  /** The pattern uses alternation (leftmost-longest may differ from JavaScript's choice). */
  hasAlternation: boolean;
}

const BASE: Syntax = {
  extended: false,
  indepOps: false,
  invalidOps: false,
  invalidDup: false,
  intervalOrd: false,
  rparenOrd: false,
  dfa: false,
  icase: false,
};

const DIALECTS: Record<RegexDialect, Syntax> = {
  'grep-basic': BASE,
  'grep-extended': { ...BASE, extended: true, indepOps: true, intervalOrd: true, rparenOrd: true, dfa: true },
  'sed-basic': { ...BASE, invalidDup: true },
  'sed-extended': { ...BASE, extended: true, indepOps: true, invalidOps: true },
  basic: { ...BASE, invalidDup: true },
  // gawk's RE_SYNTAX_GNU_AWK: a leading * is an ordinary character.
  extended: { ...BASE, extended: true, intervalOrd: true, rparenOrd: true },
};

/** Parses a pattern; throws RegexSyntaxError with glibc's message when it is invalid. */
export function parsePosix(pattern: string, dialect: RegexDialect, icase = false): { node: RegexNode; groups: number } {
  return parseRegex(pattern, { ...DIALECTS[dialect], icase });
}

/** A matcher for a pattern (throws RegexSyntaxError). */
export function compilePosix(pattern: string, dialect: RegexDialect, options: MatchOptions = {}): PosixRegex {
  return new PosixRegex(parsePosix(pattern, dialect, options.icase).node, options);
}

export function translateRegex(pattern: string, flavor: RegexFlavor): TranslatedRegex {
  const { node } = parsePosix(pattern, flavor);
  return {
    source: emitSource(node),
    groups: groupCount(node),
    hasAlternation: someNode(node, (n) => n.type === 'alt' && n.branches.length > 1),
  };
}

/** A RegExp for the pattern (flags such as 'g' or 'i' are added to 'u'). */
export function compileRegex(pattern: string, flavor: RegexFlavor, flags = ''): RegExp {
  const { source } = translateRegex(pattern, flavor);
  try {
    return new RegExp(source, `${flags.replace(/[su]/g, '')}u`);
  } catch (error) {
    throw new RegexSyntaxError(error instanceof Error ? error.message : String(error));
  }
}
