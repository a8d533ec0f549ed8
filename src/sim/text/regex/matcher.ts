// A compiled POSIX regular expression: JavaScript's RegExp finds where the leftmost match starts
// (the same place POSIX finds it), and when the pattern is ambiguous (alternatives, repeated groups)
// the NFA of longest.ts extends it to the longest match, as grep and sed report it.

import { canMatchEmpty, groupCount, someNode, type RegexNode } from './ast.ts';
import { emitSource, type EmitMode } from './emit.ts';
import { LongestMatcher } from './longest.ts';
import { BacktrackMatcher } from './backtrack.ts';

export interface MatchOptions {
  icase?: boolean;
  /** sed's M flag: ^ and $ match at embedded newlines, `.` and [^...] do not match them. */
  multiline?: boolean;
}

export interface RegexMatch {
  index: number;
  end: number;
  /** [whole match, group 1, ...]; undefined for groups that did not take part. Only filled when asked. */
  groups: (string | undefined)[];
}

export class PosixRegex {
  readonly groups: number;
  /** JavaScript source for the whole pattern (single-record mode). */
  readonly source: string;
  private readonly flags: string;
  private readonly search: RegExp;
  private readonly longest: LongestMatcher | BacktrackMatcher | null;
  /** The pattern looks past the end of its match ($, \>, \b): a match cannot be re-run on a truncated subject. */
  private readonly endSensitive: boolean;
  private truncatedEnd: RegExp | undefined;
  private first: RegExp | undefined;
  /** JavaScript's own matches are the POSIX ones: its replace() may be used as is. */
  readonly native: boolean;
  readonly matchesEmpty: boolean;
  /** The text the pattern matches when it is plain characters (and case matters), else null. */
  readonly literal: string | null;
  /**
   * Backtracking could take exponential time on this pattern (a repetition of something that
   * itself repeats or alternates, like (a+)+ or (x|y)*): matches are searched with the linear NFA.
   */
  readonly linear: LongestMatcher | null;
  private readonly tailCount = new Map<number, RegExp>();

  constructor(
    readonly node: RegexNode,
    readonly options: MatchOptions = {},
  ) {
    this.groups = groupCount(node);
    const mode: EmitMode = { multiline: options.multiline };
    this.source = emitSource(node, mode);
    this.flags = options.icase ? 'iu' : 'u';
    this.search = new RegExp(this.source, `g${this.flags}`);
    const ambiguous = isAmbiguous(node);
    this.longest = ambiguous
      ? (LongestMatcher.build(node, mode, options.icase ?? false) ??
        (someNode(node, (n) => n.type === 'backref') ? new BacktrackMatcher(node, mode, options.icase ?? false, this.groups) : null))
      : null;
    this.linear = hasNestedRepetition(node) ? LongestMatcher.build(node, mode, options.icase ?? false) : null;
    this.matchesEmpty = canMatchEmpty(node);
    this.literal = options.icase ? null : literalOf(node);
    this.native = !ambiguous && this.linear === null;
    this.endSensitive = someNode(node, (n) => n.type === 'assert' && (n.kind === 'eol' || n.kind === 'eob' || n.kind === 'wordEnd' || n.kind === 'wordBoundary' || n.kind === 'notWordBoundary' || n.kind === 'noWordAfter'),
    );
  }

  /**
   * String.prototype.replace with a JavaScript replacement pattern ($&, $1...), for patterns whose
   * JavaScript matches are the POSIX ones (`native`) and that cannot match the empty string.
   */
  replaceNative(subject: string, pattern: string, global: boolean): string {
    const literal = this.literal;
    if (literal !== null && literal !== '') {
      if (global) return subject.replaceAll(literal, pattern);
      return subject.replace(literal, pattern);
    }
    if (global) return subject.replace(this.search, pattern);
    this.first ??= new RegExp(this.source, this.flags);
    return subject.replace(this.first, pattern);
  }

  /** Whether the pattern matches anywhere in `subject`. */
  test(subject: string): boolean {
    if (this.literal !== null) return subject.includes(this.literal);
    if (this.linear) return this.linear.search(subject, 0) !== null;
    this.search.lastIndex = 0;
    return this.search.test(subject);
  }

  /**
   * The leftmost-longest match starting at or after `from` (text before `from` still counts for ^,
   * \< and the like, as with re_search). Group texts are filled when `wantGroups` is set.
   */
  exec(subject: string, from = 0, wantGroups = false): RegexMatch | null {
    if (this.linear) {
      const found = this.linear.search(subject, from);
      if (!found) return null;
      const forced = wantGroups ? this.execEndingAt(subject, found.index, found.end) : null;
      return { index: found.index, end: found.end, groups: forced ? Array.from(forced) : [subject.slice(found.index, found.end)] };
    }
    const search = this.search;
    search.lastIndex = from;
    const found = search.exec(subject);
    if (found === null) return null;
    const index = found.index;
    let end = index + found[0].length;
    let groups: (string | undefined)[] = wantGroups ? Array.from(found) : [];
    if (this.longest) {
      const longest = this.longest.longestEnd(subject, index);
      if (longest !== undefined && longest > end) {
        const forced = wantGroups ? this.execEndingAt(subject, index, longest) : null;
        if (!wantGroups || forced) {
          end = longest;
          if (forced) groups = Array.from(forced);
        }
      }
    }
    return { index, end, groups };
  }

  /** Runs the pattern at `start` so that it must end at `end` (to learn its groups there). */
  private execEndingAt(subject: string, start: number, end: number): RegExpExecArray | null {
    if (!this.endSensitive) {
      this.truncatedEnd ??= new RegExp(`(?:${this.source})$`, `y${this.flags}`);
      this.truncatedEnd.lastIndex = start;
      return this.truncatedEnd.exec(subject.slice(0, end));
    }
    let tail = 0;
    for (let i = end; i < subject.length; i++) {
      const code = subject.charCodeAt(i);
      if (!(code >= 0xdc00 && code <= 0xdfff && i > end && isHighSurrogate(subject.charCodeAt(i - 1)))) tail++;
    }
    let regex = this.tailCount.get(tail);
    if (!regex) {
      if (this.tailCount.size > 64) this.tailCount.clear();
      regex = new RegExp(`(?:${this.source})(?=[^]{${tail}}$)`, `y${this.flags}`);
      this.tailCount.set(tail, regex);
    }
    regex.lastIndex = start;
    return regex.exec(subject);
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * Whether JavaScript's first match may be shorter than the longest: alternatives, or repetitions
 * of something longer than one character. (A repeated single character is greedy and backtracks
 * one character at a time, which already yields the longest match.)
 */
function isAmbiguous(node: RegexNode): boolean {
  return someNode(
    node,
    (n) =>
      (n.type === 'alt' && n.branches.length > 1) ||
      (n.type === 'repeat' && n.min !== n.max && n.body.type !== 'char' && n.body.type !== 'any' && n.body.type !== 'set'),
  );
}

function literalOf(node: RegexNode): string | null {
  if (node.type === 'char') return String.fromCodePoint(node.cp);
  if (node.type !== 'concat' || !node.items.every((item) => item.type === 'char')) return null;
  return node.items.map((item) => String.fromCodePoint((item as { cp: number }).cp)).join('');
}

/** A repetition (more than once) of something that itself repeats or alternates. */
function hasNestedRepetition(node: RegexNode): boolean {
  return someNode(
    node,
    (outer) =>
      outer.type === 'repeat' &&
      outer.max > 1 &&
      someNode(outer.body, (inner) => (inner.type === 'repeat' && inner.max > 1) || (inner.type === 'alt' && inner.branches.length > 1)),
  );
}
