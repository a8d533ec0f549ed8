// The `s` command on a pattern space, as execute.c's do_subst(): leftmost-longest matches, the Nth
// occurrence, `g`, and the rule that an empty match right after a previous match is not replaced
// ("baaac" through s/a*/x/g gives "xbxcx"). Stepping over a character after an empty match goes
// one byte at a time, as GNU sed does: "é" through s/x*/-/g becomes "-\xc3-\xa9-".

import type { PosixRegex } from '../../text/posix-regex.ts';
import { decodeBytes, encodeText } from '../../text/byte-text.ts';
import { expandReplacement, type Replacement } from './replacement.ts';

export interface SubstResult {
  text: string;
  /** A replacement was made (the `t` flag and the p/w flags follow it). */
  replaced: boolean;
  /** Characters were split into bytes that may be left as escapes. */
  escapes?: boolean;
}

const nativePatterns = new WeakMap<Replacement, string | null>();

export function substitute(ps: string, regex: PosixRegex, replacement: Replacement, global: boolean, occurrence: number): SubstResult | null {
  const numb = occurrence || 1;
  const native = numb === 1 && replacement.plain && regex.native && !regex.matchesEmpty ? nativePattern(replacement, regex.groups) : null;
  if (native !== null) {
    const text = regex.replaceNative(ps, native, global);
    if (text === ps && !regex.test(ps)) return null;
    return { text, replaced: true };
  }
  const wantGroups = replacement.maxGroup > 0;
  let m = regex.exec(ps, 0, wantGroups);
  if (m === null) return null;
  let out = '';
  let start = 0;
  let lastEnd = 0;
  let count = 0;
  let again = true;
  let subject = ps;
  for (;;) {
    const offset = m.index;
    let matched = m.end - m.index;
    if (start < offset) {
      out += subject.slice(start, offset);
      start = offset;
    }
    if ((matched > 0 || count === 0 || offset > lastEnd) && ++count >= numb) {
      const groups = wantGroups ? m.groups : [subject.slice(m.index, m.end)];
      out += expandReplacement(replacement, groups);
      again = global;
    } else {
      if (matched === 0) {
        if (start >= subject.length) break;
        const cp = subject.codePointAt(offset)!;
        if (cp > 0x7f && !(cp >= 0xdc80 && cp <= 0xdcff)) {
          // Split the character into its bytes (escaped), to step over one of them.
          const bytes = new TextEncoder().encode(String.fromCodePoint(cp));
          const escaped = String.fromCharCode(...Array.from(bytes, (b) => 0xdc00 + b));
          subject = subject.slice(0, offset) + escaped + subject.slice(offset + (cp > 0xffff ? 2 : 1));
        }
        matched = 1;
      }
      out += subject.slice(offset, offset + matched);
    }
    start = offset + matched;
    lastEnd = m.end;
    if (!again || start > subject.length) break;
    const next = regex.exec(subject, start, wantGroups);
    if (next === null) break;
    m = next;
  }
  if (count < numb) return null;
  if (start < subject.length) out += subject.slice(start);
  // Bytes split apart by empty matches form characters again where they still can.
  if (subject !== ps) out = decodeBytes(encodeText(out)).text;
  return { text: out, replaced: true, escapes: subject !== ps };
}

/** The replacement as a String.prototype.replace pattern, or null if it cannot be one. */
function nativePattern(replacement: Replacement, groups: number): string | null {
  let pattern = nativePatterns.get(replacement);
  if (pattern !== undefined) return pattern;
  pattern = '';
  for (const part of replacement.parts) {
    pattern += part.prefix.replaceAll('$', '$$$$');
    if (part.group === 0) pattern += '$&';
    else if (part.group > 0) {
      if (part.group > groups) {
        pattern = null;
        break;
      }
      pattern += `$${part.group}`;
    }
  }
  nativePatterns.set(replacement, pattern);
  return pattern;
}
