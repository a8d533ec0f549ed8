// sub() and gsub(): gawk's replacement rules (& is the match, \& a literal &, \\& a backslash then
// the match, \\\& a literal \&, \\\\ two backslashes, any other backslash kept) and its treatment
// of empty matches (none right after a previous match).

import type { AwkRegex } from './regex.ts';

/** A parsed replacement: literal pieces, with null where the matched text goes. */
type Replacement = (string | null)[];

let lastText: string | null = null;
let lastParsed: Replacement = [''];

function parseReplacement(text: string): Replacement {
  if (text === lastText) return lastParsed;
  const parts: Replacement = [];
  let literal = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '&') {
      parts.push(literal, null);
      literal = '';
      continue;
    }
    if (c !== '\\') {
      literal += c;
      continue;
    }
    if (text.startsWith('\\\\\\&', i)) {
      literal += '\\&';
      i += 3;
    } else if (text.startsWith('\\\\\\\\', i)) {
      literal += '\\\\';
      i += 3;
    } else if (text.startsWith('\\\\&', i)) {
      parts.push(`${literal}\\`, null);
      literal = '';
      i += 2;
    } else if (text[i + 1] === '&') {
      literal += '&';
      i += 1;
    } else literal += c;
  }
  parts.push(literal);
  lastText = text;
  lastParsed = parts;
  return parts;
}

function expand(parts: Replacement, matched: string): string {
  if (parts.length === 1) return parts[0] as string;
  let out = '';
  for (const part of parts) out += part === null ? matched : part;
  return out;
}

export function substitute(regex: AwkRegex, replacement: string, text: string, global: boolean): { count: number; result: string } {
  const parts = parseReplacement(replacement);
  let out = '';
  let count = 0;
  let pos = 0;
  let lastMatchEnd = -1;
  while (pos <= text.length) {
    const found = regex.find(text, pos);
    if (found === null) break;
    const [start, end] = found;
    if (start === end && start === lastMatchEnd) {
      // No empty match right where the previous match ended: copy a character and go on.
      if (start >= text.length) break;
      const step = charWidth(text, start);
      out += text.slice(pos, start + step);
      pos = start + step;
      continue;
    }
    out += text.slice(pos, start) + expand(parts, text.slice(start, end));
    count++;
    lastMatchEnd = end;
    if (start === end) {
      if (start >= text.length) {
        pos = start;
        break;
      }
      const step = charWidth(text, start);
      out += text.slice(start, start + step);
      pos = start + step;
    } else pos = end;
    if (!global) break;
  }
  if (count === 0) return { count, result: text };
  return { count, result: out + text.slice(pos) };
}

/** UTF-16 units of the character at `at` (2 for a surrogate pair). */
function charWidth(text: string, at: number): number {
  const c = text.charCodeAt(at);
  return c >= 0xd800 && c <= 0xdbff && at + 1 < text.length ? 2 : 1;
}

/** The parenthesized groups of the match at [start, end] (gawk's match(s, re, array)). */
export function matchGroups(regex: AwkRegex, text: string, start: number, end: number): ([number, number] | null)[] {
  const groups = regex.groupsAt(text, start);
  groups[0] = [start, end];
  return groups;
}
