// POSIX leftmost-longest matching. JavaScript's backtracking picks the first alternative that
// succeeds (`ab|abcd` matches "ab" in "abcd"); POSIX, and so grep -o, --color and sed s///, take the
// longest match at the leftmost position ("abcd"). Given where a match starts, this Thompson NFA
// (a Pike VM) finds the longest match from there in time linear in the text. It does not handle
// back-references; those patterns keep JavaScript's answer.

import type { AssertKind, RegexNode } from './ast.ts';
import { contains, wordChars, type CharSet } from './charset.ts';
import { atomSet, type EmitMode } from './emit.ts';

type Instruction =
  | { op: 'set'; set: CharSet }
  | { op: 'char'; cp: number }
  | { op: 'assert'; kind: AssertKind }
  | { op: 'split'; x: number; y: number }
  | { op: 'jmp'; x: number }
  | { op: 'match' };

/** Beyond this many instructions (huge intervals), the NFA is not built. */
const MAX_PROGRAM = 20000;

export class LongestMatcher {
  private readonly program: Instruction[];
  private readonly current: Int32Array;
  private readonly next: Int32Array;
  private readonly marks: Int32Array;
  private readonly stack: Int32Array;
  private readonly threadStarts: Int32Array;
  private readonly nextStarts: Int32Array;
  private generation = 0;
  private readonly word = wordChars();

  private constructor(
    program: Instruction[],
    private readonly icase: boolean,
    private readonly multiline: boolean,
  ) {
    this.program = program;
    const n = program.length;
    this.current = new Int32Array(n);
    this.next = new Int32Array(n);
    this.marks = new Int32Array(n).fill(-1);
    this.stack = new Int32Array(n * 2 + 2);
    this.threadStarts = new Int32Array(n);
    this.nextStarts = new Int32Array(n);
  }

  /** Null when the pattern has back-references or is too large. */
  static build(node: RegexNode, mode: EmitMode, icase: boolean): LongestMatcher | null {
    const program: Instruction[] = [];
    if (!compile(node, program, mode)) return null;
    program.push({ op: 'match' });
    if (program.length > MAX_PROGRAM) return null;
    return new LongestMatcher(program, icase, mode.multiline ?? false);
  }

  /** The end of the longest match starting exactly at `start`, or -1 if none starts there. */
  longestEnd(subject: string, start: number): number {
    let count = this.addThread(this.current, 0, 0, subject, start);
    let list = this.current;
    let other = this.next;
    let pos = start;
    let last = -1;
    for (;;) {
      for (let i = 0; i < count; i++) if (this.program[list[i]].op === 'match') last = pos;
      if (count === 0 || pos >= subject.length) break;
      const cp = subject.codePointAt(pos)!;
      const width = cp > 0xffff ? 2 : 1;
      this.generation++;
      let nextCount = 0;
      for (let i = 0; i < count; i++) {
        const pc = list[i];
        const inst = this.program[pc];
        if ((inst.op === 'char' && this.charMatches(inst.cp, cp)) || (inst.op === 'set' && this.setMatches(inst.set, cp))) {
          nextCount = this.addThread(other, nextCount, pc + 1, subject, pos + width, false);
        }
      }
      [list, other] = [other, list];
      count = nextCount;
      pos += width;
    }
    return last;
  }

  /**
   * The leftmost-longest match at or after `from`, in time linear in the text: the search used for
   * patterns on which backtracking could take exponential time ((a+)+, (x|y)* ...). Threads are
   * kept in order of their start, so the first to reach an instruction is the leftmost one.
   */
  search(subject: string, from: number): { index: number; end: number } | null {
    const starts = this.threadStarts;
    const nextStarts = this.nextStarts;
    let list = this.current;
    let other = this.next;
    let listStarts = starts;
    let otherStarts = nextStarts;
    let bestStart = -1;
    let bestEnd = -1;
    let pos = from;
    this.generation++;
    let count = this.addThread(list, 0, 0, subject, pos, false, listStarts, pos);
    for (;;) {
      for (let i = 0; i < count; i++) {
        if (this.program[list[i]].op !== 'match') continue;
        const start = listStarts[i];
        if (bestStart < 0 || start < bestStart || (start === bestStart && pos > bestEnd)) [bestStart, bestEnd] = [start, pos];
      }
      if (bestStart >= 0) {
        // Threads that started later can no longer win.
        let kept = 0;
        for (let i = 0; i < count; i++) {
          if (listStarts[i] <= bestStart) [list[kept], listStarts[kept++]] = [list[i], listStarts[i]];
        }
        count = kept;
      }
      if (pos >= subject.length || (count === 0 && bestStart >= 0)) break;
      const cp = subject.codePointAt(pos)!;
      const width = cp > 0xffff ? 2 : 1;
      this.generation++;
      let nextCount = 0;
      for (let i = 0; i < count; i++) {
        const inst = this.program[list[i]];
        if ((inst.op === 'char' && this.charMatches(inst.cp, cp)) || (inst.op === 'set' && this.setMatches(inst.set, cp))) {
          nextCount = this.addThread(other, nextCount, list[i] + 1, subject, pos + width, false, otherStarts, listStarts[i]);
        }
      }
      pos += width;
      if (bestStart < 0) nextCount = this.addThread(other, nextCount, 0, subject, pos, false, otherStarts, pos);
      [list, other] = [other, list];
      [listStarts, otherStarts] = [otherStarts, listStarts];
      count = nextCount;
    }
    return bestStart < 0 ? null : { index: bestStart, end: bestEnd };
  }

  private addThread(list: Int32Array, count: number, pc0: number, subject: string, pos: number, fresh = true, starts?: Int32Array, start = 0): number {
    if (fresh) this.generation++;
    const stack = this.stack;
    let top = 0;
    stack[top++] = pc0;
    while (top > 0) {
      const pc = stack[--top];
      if (this.marks[pc] === this.generation) continue;
      this.marks[pc] = this.generation;
      const inst = this.program[pc];
      switch (inst.op) {
        case 'jmp':
          stack[top++] = inst.x;
          break;
        case 'split':
          stack[top++] = inst.y;
          stack[top++] = inst.x;
          break;
        case 'assert':
          if (this.holds(inst.kind, subject, pos)) stack[top++] = pc + 1;
          break;
        default:
          if (starts) starts[count] = start;
          list[count++] = pc;
      }
    }
    return count;
  }

  private charMatches(expected: number, cp: number): boolean {
    if (expected === cp) return true;
    return this.icase && foldVariants(cp).includes(expected);
  }

  private setMatches(set: CharSet, cp: number): boolean {
    if (contains(set, cp)) return true;
    return this.icase && foldVariants(cp).some((variant) => contains(set, variant));
  }

  private holds(kind: AssertKind, s: string, pos: number): boolean {
    const lineStart = pos === 0 || (this.multiline && s.charCodeAt(pos - 1) === 0x0a);
    const lineEnd = pos === s.length || (this.multiline && s.charCodeAt(pos) === 0x0a);
    const before = pos > 0 && contains(this.word, codePointBefore(s, pos));
    const after = pos < s.length && contains(this.word, s.codePointAt(pos)!);
    switch (kind) {
      case 'bol':
        return lineStart;
      case 'eol':
        return lineEnd;
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

function codePointBefore(s: string, pos: number): number {
  const low = s.charCodeAt(pos - 1);
  if (low >= 0xdc00 && low <= 0xdfff && pos >= 2) {
    const high = s.charCodeAt(pos - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/** The other-case forms of a character (single code points only), as JavaScript's `i` flag sees them. */
function foldVariants(cp: number): number[] {
  const ch = String.fromCodePoint(cp);
  const out: number[] = [];
  for (const variant of [ch.toLowerCase(), ch.toUpperCase()]) {
    const first = variant.codePointAt(0)!;
    if (variant.length === (first > 0xffff ? 2 : 1) && first !== cp) out.push(first);
  }
  return out;
}

/** Appends instructions for `node`; false if it cannot be compiled (back-references, too big). */
function compile(node: RegexNode, program: Instruction[], mode: EmitMode): boolean {
  if (program.length > MAX_PROGRAM) return false;
  switch (node.type) {
    case 'empty':
      return true;
    case 'char':
      program.push({ op: 'char', cp: node.cp });
      return true;
    case 'any':
    case 'set':
      program.push({ op: 'set', set: atomSet(node, mode) });
      return true;
    case 'assert':
      program.push({ op: 'assert', kind: node.kind });
      return true;
    case 'group':
      return compile(node.body, program, mode);
    case 'backref':
      return false;
    case 'concat':
      return node.items.every((item) => compile(item, program, mode));
    case 'alt': {
      // split L1, next; L1: branch; jmp end; next: split ... ; last branch
      const jumps: { op: 'jmp'; x: number }[] = [];
      for (let i = 0; i < node.branches.length; i++) {
        if (i < node.branches.length - 1) {
          const split: Instruction = { op: 'split', x: program.length + 1, y: 0 };
          program.push(split);
          if (!compile(node.branches[i], program, mode)) return false;
          const jump = { op: 'jmp' as const, x: 0 };
          jumps.push(jump);
          program.push(jump);
          split.y = program.length;
        } else if (!compile(node.branches[i], program, mode)) return false;
      }
      for (const jump of jumps) jump.x = program.length;
      return true;
    }
    case 'repeat':
      return compileRepeat(node.body, node.min, node.max, program, mode);
  }
}

function compileRepeat(body: RegexNode, min: number, max: number, program: Instruction[], mode: EmitMode): boolean {
  for (let i = 0; i < min; i++) if (!compile(body, program, mode)) return false;
  if (max === Infinity) {
    const loop = program.length;
    const split: Instruction = { op: 'split', x: loop + 1, y: 0 };
    program.push(split);
    if (!compile(body, program, mode)) return false;
    program.push({ op: 'jmp', x: loop });
    split.y = program.length;
    return true;
  }
  const splits: { op: 'split'; x: number; y: number }[] = [];
  for (let i = min; i < max; i++) {
    const split = { op: 'split' as const, x: program.length + 1, y: 0 };
    splits.push(split);
    program.push(split);
    if (!compile(body, program, mode)) return false;
  }
  for (const split of splits) split.y = program.length;
  return true;
}
