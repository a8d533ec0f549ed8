// The longest match of a pattern with back-references (which an NFA cannot follow), found by
// trying every way the pattern can match from a given start. glibc does the same kind of search
// for such patterns. A step budget keeps pathological patterns from running away: past it, the
// caller keeps JavaScript's own (leftmost-first) match.

import type { AssertKind, RegexNode } from './ast.ts';
import { contains, wordChars, type CharSet } from './charset.ts';
import { atomSet, type EmitMode } from './emit.ts';

const BUDGET = 200_000;

class OutOfSteps extends Error {}
class Longest extends Error {}

type Continuation = (pos: number) => void;

export class BacktrackMatcher {
  private readonly word = wordChars();
  private readonly sets = new Map<RegexNode, CharSet>();
  private subject = '';
  private captures: number[] = [];
  private steps = 0;
  private best = -1;

  constructor(
    private readonly node: RegexNode,
    private readonly mode: EmitMode,
    private readonly icase: boolean,
    private readonly groups: number,
  ) {}

  /** The end of the longest match starting at `start`; -1 if none, undefined if the search gave up. */
  longestEnd(subject: string, start: number): number | undefined {
    this.subject = subject;
    this.captures = new Array<number>((this.groups + 1) * 2).fill(-1);
    this.steps = 0;
    this.best = -1;
    try {
      this.run(this.node, start, (pos) => {
        if (pos > this.best) this.best = pos;
        if (pos === subject.length) throw new Longest();
      });
    } catch (error) {
      if (error instanceof OutOfSteps) return undefined;
      if (!(error instanceof Longest)) throw error;
    }
    return this.best;
  }

  private run(node: RegexNode, pos: number, k: Continuation): void {
    if (++this.steps > BUDGET) throw new OutOfSteps();
    const s = this.subject;
    switch (node.type) {
      case 'empty':
        return k(pos);
      case 'char':
      case 'any':
      case 'set': {
        if (pos >= s.length) return;
        const cp = s.codePointAt(pos)!;
        if (this.consumes(node, cp)) k(pos + (cp > 0xffff ? 2 : 1));
        return;
      }
      case 'assert':
        if (this.holds(node.kind, pos)) k(pos);
        return;
      case 'group': {
        const i = node.index * 2;
        this.run(node.body, pos, (end) => {
          const [oldStart, oldEnd] = [this.captures[i], this.captures[i + 1]];
          this.captures[i] = pos;
          this.captures[i + 1] = end;
          k(end);
          this.captures[i] = oldStart;
          this.captures[i + 1] = oldEnd;
        });
        return;
      }
      case 'backref': {
        const from = this.captures[node.index * 2];
        const to = this.captures[node.index * 2 + 1];
        // A reference to a group that did not take part matches nothing (glibc).
        if (from < 0) return;
        const text = s.slice(from, to);
        const here = s.slice(pos, pos + text.length);
        if (here === text || (this.icase && here.toLowerCase() === text.toLowerCase())) k(pos + text.length);
        return;
      }
      case 'concat':
        return this.sequence(node.items, 0, pos, k);
      case 'alt':
        for (const branch of node.branches) this.run(branch, pos, k);
        return;
      case 'repeat':
        return this.repeat(node.body, node.min, node.max, 0, pos, k);
    }
  }

  private sequence(items: RegexNode[], index: number, pos: number, k: Continuation): void {
    if (index === items.length) return k(pos);
    this.run(items[index], pos, (next) => this.sequence(items, index + 1, next, k));
  }

  private repeat(body: RegexNode, min: number, max: number, count: number, pos: number, k: Continuation): void {
    if (count < max) {
      this.run(body, pos, (next) => {
        // An iteration that matched nothing cannot be followed by more (it would loop forever).
        if (next === pos && count >= min) return;
        this.repeat(body, min, max, count + 1, next, k);
      });
    }
    if (count >= min) k(pos);
  }

  private consumes(node: RegexNode, cp: number): boolean {
    if (node.type === 'char') {
      if (node.cp === cp) return true;
      return this.icase && String.fromCodePoint(cp).toLowerCase() === String.fromCodePoint(node.cp).toLowerCase();
    }
    let set = this.sets.get(node);
    if (!set) {
      set = atomSet(node as { type: 'any' } | { type: 'set'; set: CharSet; negated: boolean }, this.mode);
      this.sets.set(node, set);
    }
    if (contains(set, cp)) return true;
    if (!this.icase) return false;
    const ch = String.fromCodePoint(cp);
    return [ch.toLowerCase(), ch.toUpperCase()].some((v) => [...v].length === 1 && contains(set!, v.codePointAt(0)!));
  }

  private holds(kind: AssertKind, pos: number): boolean {
    const s = this.subject;
    const multiline = this.mode.multiline ?? false;
    const before = pos > 0 && contains(this.word, s.codePointAt(pos - 1 - (pos > 1 && /[\udc00-\udfff]/.test(s[pos - 1]) && /[\ud800-\udbff]/.test(s[pos - 2]) ? 1 : 0))!);
    const after = pos < s.length && contains(this.word, s.codePointAt(pos)!);
    switch (kind) {
      case 'bol':
        return pos === 0 || (multiline && s[pos - 1] === '\n');
      case 'eol':
        return pos === s.length || (multiline && s[pos] === '\n');
      case 'bob':
        return pos === 0;
      case 'eob':
        return pos === s.length;
      case 'wordStart':
        return !before && after;
      case 'wordEnd':
        return before && !after;
      case 'wordBoundary':
        return before !== after;
      case 'notWordBoundary':
        return before === after;
      case 'noWordBefore':
        return !before;
      case 'noWordAfter':
        return !after;
    }
  }
}
