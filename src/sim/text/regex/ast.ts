// The parsed form of a POSIX regular expression, shared by the JavaScript emitter (emit.ts) and the
// leftmost-longest matcher (longest.ts).

import type { CharSet } from './charset.ts';

export type AssertKind =
  | 'bol' // ^
  | 'eol' // $
  | 'bob' // \`  start of the buffer
  | 'eob' // \'  end of the buffer
  | 'wordStart' // \<
  | 'wordEnd' // \>
  | 'wordBoundary' // \b
  | 'notWordBoundary' // \B
  | 'noWordBefore' // grep -w: no word character just before
  | 'noWordAfter'; // grep -w: no word character just after

export type RegexNode =
  | { type: 'empty' }
  | { type: 'char'; cp: number }
  /** `.`: any character; which ones depends on the matching mode (newlines, record separators). */
  | { type: 'any' }
  /** A bracket expression or \w \W \s \S; `negated` sets are complemented at emission time. */
  | { type: 'set'; set: CharSet; negated: boolean }
  | { type: 'assert'; kind: AssertKind }
  | { type: 'group'; index: number; body: RegexNode }
  | { type: 'backref'; index: number }
  | { type: 'concat'; items: RegexNode[] }
  | { type: 'alt'; branches: RegexNode[] }
  | { type: 'repeat'; body: RegexNode; min: number; max: number };

/** A pattern the regex library rejects; the message is glibc's regerror() text. */
export class RegexSyntaxError extends Error {}

export const EMPTY: RegexNode = { type: 'empty' };

export function concat(items: RegexNode[]): RegexNode {
  const flat: RegexNode[] = [];
  for (const item of items) {
    if (item.type === 'concat') flat.push(...item.items);
    else if (item.type !== 'empty') flat.push(item);
  }
  if (flat.length === 0) return EMPTY;
  return flat.length === 1 ? flat[0] : { type: 'concat', items: flat };
}

/** Number of capture groups (the highest group index). */
export function groupCount(node: RegexNode): number {
  switch (node.type) {
    case 'group':
      return Math.max(node.index, groupCount(node.body));
    case 'concat':
      return node.items.reduce((n, item) => Math.max(n, groupCount(item)), 0);
    case 'alt':
      return node.branches.reduce((n, item) => Math.max(n, groupCount(item)), 0);
    case 'repeat':
      return groupCount(node.body);
    default:
      return 0;
  }
}

export function someNode(node: RegexNode, test: (node: RegexNode) => boolean): boolean {
  if (test(node)) return true;
  switch (node.type) {
    case 'group':
    case 'repeat':
      return someNode(node.body, test);
    case 'concat':
      return node.items.some((item) => someNode(item, test));
    case 'alt':
      return node.branches.some((item) => someNode(item, test));
    default:
      return false;
  }
}

/** Renumbers capture groups and back-references by `offset` (to combine several patterns). */
export function shiftGroups(node: RegexNode, offset: number): RegexNode {
  if (offset === 0) return node;
  switch (node.type) {
    case 'group':
      return { type: 'group', index: node.index + offset, body: shiftGroups(node.body, offset) };
    case 'backref':
      return { type: 'backref', index: node.index + offset };
    case 'repeat':
      return { ...node, body: shiftGroups(node.body, offset) };
    case 'concat':
      return { type: 'concat', items: node.items.map((item) => shiftGroups(item, offset)) };
    case 'alt':
      return { type: 'alt', branches: node.branches.map((item) => shiftGroups(item, offset)) };
    default:
      return node;
  }
}

/** Whether the pattern can match the empty string (back-references count as possibly empty). */
export function canMatchEmpty(node: RegexNode): boolean {
  switch (node.type) {
    case 'empty':
    case 'assert':
    case 'backref':
      return true;
    case 'char':
    case 'any':
    case 'set':
      return false;
    case 'group':
      return canMatchEmpty(node.body);
    case 'concat':
      return node.items.every(canMatchEmpty);
    case 'alt':
      return node.branches.some(canMatchEmpty);
    case 'repeat':
      return node.min === 0 || canMatchEmpty(node.body);
  }
}
