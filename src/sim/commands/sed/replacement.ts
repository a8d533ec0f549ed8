// The replacement of `s`: literal text, & and \0-\9 for the match and its groups, and GNU's case
// conversions \U \L \E (until further notice) and \u \l (next character), applied exactly as
// execute.c's append_replacement() and str_append_modified() do.

const ASIS = 0;
const UPPERCASE = 1;
const LOWERCASE = 2;
const UPPERCASE_FIRST = 4;
const LOWERCASE_FIRST = 8;
const MODIFIERS = UPPERCASE_FIRST | LOWERCASE_FIRST;

export interface ReplacementPart {
  prefix: string;
  /** Group number (0 for the whole match), or -1. */
  group: number;
  type: number;
}

export interface Replacement {
  parts: ReplacementPart[];
  /** Highest group referenced. */
  maxGroup: number;
  /** No case conversion anywhere: plain concatenation. */
  plain: boolean;
}

/** Parses replacement text that normalizeText already processed (compile.c's setup_replacement). */
export function parseReplacement(text: string): Replacement {
  const parts: ReplacementPart[] = [];
  let maxGroup = 0;
  let type = ASIS;
  let saveType = ASIS;
  let base = 0;
  let plain = true;
  for (let p = 0; p < text.length; p++) {
    const c = text[p];
    if (c === '\\') {
      const part: ReplacementPart = { prefix: text.slice(base, p), group: -1, type };
      parts.push(part);
      type = saveType;
      p++;
      if (p === text.length) {
        part.prefix += '\\';
      } else {
        const d = text[p];
        if (d >= '0' && d <= '9') {
          part.group = d.charCodeAt(0) - 0x30;
          maxGroup = Math.max(maxGroup, part.group);
        } else if (d === 'L') [type, saveType, plain] = [LOWERCASE, LOWERCASE, false];
        else if (d === 'U') [type, saveType, plain] = [UPPERCASE, UPPERCASE, false];
        else if (d === 'E') [type, saveType] = [ASIS, ASIS];
        else if (d === 'l') [saveType, type, plain] = [type, type | LOWERCASE_FIRST, false];
        else if (d === 'u') [saveType, type, plain] = [type, type | UPPERCASE_FIRST, false];
        else part.prefix += d;
      }
      base = p + 1;
    } else if (c === '&') {
      parts.push({ prefix: text.slice(base, p), group: 0, type });
      type = saveType;
      base = p + 1;
    }
  }
  if (base < text.length) parts.push({ prefix: text.slice(base), group: -1, type });
  return { parts, maxGroup, plain };
}

/** The replacement for one match; groups[i] is group i's text or undefined if it did not take part. */
export function expandReplacement(replacement: Replacement, groups: readonly (string | undefined)[]): string {
  let out = '';
  let pendingModifier = 0;
  for (const part of replacement.parts) {
    let type = part.type & MODIFIERS ? part.type : part.type | pendingModifier;
    pendingModifier = 0;
    if (part.prefix) {
      out += convertCase(part.prefix, type);
      type &= ~MODIFIERS;
    }
    if (part.group >= 0 && part.group < groups.length) {
      const value = groups[part.group];
      // An empty group hands a \u or \l on to what follows (s/()(x)/\u\1\2/ capitalizes \2).
      if (!value && part.type & MODIFIERS) pendingModifier = type & MODIFIERS;
      else if (value) out += convertCase(value, type);
    }
  }
  return out;
}

function convertCase(text: string, type: number): string {
  if (type === ASIS) return text;
  let out = '';
  let rest = type;
  let i = 0;
  for (const ch of text) {
    i += ch.length;
    if (rest & MODIFIERS) {
      out += rest & UPPERCASE_FIRST ? upperChar(ch) : lowerChar(ch);
      rest &= ~MODIFIERS;
      if (rest === ASIS) return out + text.slice(i);
    } else out += rest & UPPERCASE ? upperChar(ch) : lowerChar(ch);
  }
  return out;
}

/** towupper(): single-character mappings only (ß stays ß). */
export function upperChar(ch: string): string {
  const upper = ch.toUpperCase();
  return [...upper].length === 1 ? upper : ch;
}

export function lowerChar(ch: string): string {
  const lower = ch.toLowerCase();
  return [...lower].length === 1 ? lower : ch;
}
