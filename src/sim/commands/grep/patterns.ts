// grep's PATTERNS: gathered from -e, -f and the operand (one pattern per line, duplicates dropped),
// each compiled for its matcher (-G, -E, -F) with regcomp's errors ("grep: pats:2: Unmatched ( or
// \(") and the DFA's warnings, then joined into one alternation with -w or -x applied. Lines are
// selected with a scanner that searches a whole buffer of lines at once; -o and --color find match
// extents line by line, leftmost-longest.

import { concat, EMPTY, shiftGroups, type RegexNode } from '../../text/regex/ast.ts';
import { dfaDiagnostics, emitSource, parsePosix, PosixRegex, RegexSyntaxError } from '../../text/posix-regex.ts';

export interface PatternLine {
  text: string;
  /** -f FILE the pattern came from ('' for -e and the operand), and its line there. */
  file: string;
  line: number;
}

export interface GrepMatcher {
  /** Finds the first match at or after `from` in a text of eol-terminated lines; -1 if none. */
  find(text: string, from: number): number;
  /** The pattern on single lines, for match extents. */
  extent: PosixRegex;
}

export interface CompileResult {
  matcher?: GrepMatcher;
  warnings: string[];
  /** Messages to print, each as "grep: message"; compilation failed. */
  errors: string[];
}

/** Splits pattern text into lines and drops patterns seen before (grep's update_patterns). */
export function addPatterns(list: PatternLine[], seen: Set<string>, text: string, file: string): void {
  const lines = text.split('\n');
  let line = 1;
  for (const pattern of lines) {
    if (!seen.has(pattern)) {
      seen.add(pattern);
      list.push({ text: pattern, file, line });
    }
    line++;
  }
}

export interface CompileSettings {
  matcher: 'G' | 'E' | 'F';
  icase: boolean;
  words: boolean;
  lines: boolean;
  eol: '\n' | '\0';
}

export function compilePatterns(patterns: PatternLine[], settings: CompileSettings): CompileResult {
  const errors: string[] = [];
  const nodes: RegexNode[] = [];
  let groups = 0;
  for (const pattern of patterns) {
    let node: RegexNode;
    let count = 0;
    if (settings.matcher === 'F') {
      node = concat(Array.from(pattern.text, (ch) => ({ type: 'char' as const, cp: ch.codePointAt(0)! })));
    } else {
      try {
        const parsed = parsePosix(pattern.text, settings.matcher === 'E' ? 'grep-extended' : 'grep-basic', settings.icase);
        node = parsed.node;
        count = parsed.groups;
      } catch (error) {
        if (!(error instanceof RegexSyntaxError)) throw error;
        errors.push(pattern.file ? `${pattern.file}:${pattern.line}: ${error.message}` : error.message);
        continue;
      }
    }
    // Each pattern's back-references refer to its own groups.
    nodes.push(shiftGroups(node, groups));
    groups += count;
  }
  if (errors.length > 0) return { warnings: [], errors };
  const warnings: string[] = [];
  if (settings.matcher !== 'F') {
    for (const pattern of patterns) {
      const diagnostics = dfaDiagnostics(pattern.text, settings.matcher === 'E', true);
      warnings.push(...diagnostics.warnings.map((w) => `warning: ${w}`));
      if (diagnostics.error) return { warnings, errors: [diagnostics.error] };
    }
  }
  let node: RegexNode = nodes.length === 1 ? nodes[0] : { type: 'alt', branches: nodes };
  if (settings.lines) node = concat([{ type: 'assert', kind: 'bol' }, node, { type: 'assert', kind: 'eol' }]);
  else if (settings.words) node = concat([{ type: 'assert', kind: 'noWordBefore' }, node, { type: 'assert', kind: 'noWordAfter' }]);
  const extent = new PosixRegex(node, { icase: settings.icase });
  return { matcher: { find: scannerFor(node, settings, extent), extent }, warnings, errors: [] };
}

function scannerFor(node: RegexNode, settings: CompileSettings, extent: PosixRegex): (text: string, from: number) => number {
  if (extent.linear) {
    // A pattern backtracking could choke on: each line goes through the linear-time NFA.
    const eol = settings.eol;
    return (text, from) => {
      for (let start = from; start < text.length; ) {
        const end = text.indexOf(eol, start);
        if (extent.test(text.slice(start, end))) return start;
        start = end + 1;
      }
      return -1;
    };
  }
  const literal = literalText(node);
  if (literal !== null && !settings.icase) {
    if (literal === '') return (text, from) => (from < text.length ? from : -1);
    return (text, from) => text.indexOf(literal, from);
  }
  const regex = new RegExp(emitSource(node, { separator: settings.eol }), settings.icase ? 'giu' : 'gu');
  return (text, from) => {
    regex.lastIndex = from;
    const match = regex.exec(text);
    return match === null ? -1 : match.index;
  };
}

/** The text a pattern of plain characters matches, or null. */
function literalText(node: RegexNode): string | null {
  if (node === EMPTY || node.type === 'empty') return '';
  if (node.type === 'char') return String.fromCodePoint(node.cp);
  if (node.type !== 'concat' || !node.items.every((item) => item.type === 'char')) return null;
  return node.items.map((item) => String.fromCodePoint((item as { cp: number }).cp)).join('');
}
