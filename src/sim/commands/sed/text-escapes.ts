// sed's escapes in scripts (compile.c's normalize_text): \a \f \n \r \t \v, \dNNN \oNNN \xHH and
// \cX become the characters they name; other escapes are kept for the regex or replacement parser
// (or dropped, in a/i/c text and y strings). It works on bytes, as sed does, so "\xc3\xa9" is é.

import { decodeBytes, encodeText } from '../../text/byte-text.ts';
import { SedScriptError } from './script-reader.ts';

export type TextKind = 'buffer' | 'replacement' | 'regex';

const BACKSLASH = 0x5c;

export function normalizeText(text: string, kind: TextKind, location: () => string): string {
  const bytes = encodeText(text);
  const out: number[] = [];
  let p = 0;
  while (p < bytes.length) {
    const b = bytes[p];
    if (b !== BACKSLASH || p + 1 >= bytes.length) {
      out.push(b);
      p++;
      continue;
    }
    const c = bytes[++p];
    const simple = SIMPLE_ESCAPES[String.fromCharCode(c)];
    if (simple !== undefined) {
      out.push(simple);
      p++;
      continue;
    }
    const base = c === 0x64 ? 10 : c === 0x78 ? 16 : c === 0x6f ? 8 : 0;
    if (base !== 0) {
      const { value, next } = convertNumber(bytes, p, base);
      // A produced & or backslash stays literal in a replacement.
      if (kind === 'replacement' && (value === 0x26 || value === BACKSLASH)) out.push(BACKSLASH);
      out.push(value);
      p = next;
      continue;
    }
    if (c === 0x63) {
      if (++p < bytes.length) {
        const target = bytes[p];
        out.push((upper(target) ^ 0x40) & 0xff);
        if (target === BACKSLASH) {
          p++;
          if (bytes[p] !== BACKSLASH) throw new SedScriptError(`${location()}: recursive escaping after \\c not allowed`);
        }
        p++;
      } else if (kind !== 'buffer') out.push(BACKSLASH);
      continue;
    }
    // Anything else is for the next stage to interpret (a/i/c text just drops the backslash).
    if (kind !== 'buffer') out.push(BACKSLASH);
    out.push(c);
    p++;
  }
  return decodeBytes(Uint8Array.from(out)).text;
}

const SIMPLE_ESCAPES: Record<string, number> = { a: 0x07, f: 0x0c, '\n': 0x0a, n: 0x0a, r: 0x0d, t: 0x09, v: 0x0b };

function upper(b: number): number {
  return b >= 0x61 && b <= 0x7a ? b - 0x20 : b;
}

/** compile.c's convert_number: up to as many digits as fit a byte's range; none means the letter. */
function convertNumber(bytes: Uint8Array, letterAt: number, base: number): { value: number; next: number } {
  let n = 0;
  let max = 1;
  let p = letterAt + 1;
  for (; p < bytes.length && max <= 255; p++, max *= base) {
    const d = digitValue(bytes[p]);
    if (d < 0 || d >= base) break;
    n = n * base + d;
  }
  if (p === letterAt + 1) return { value: bytes[letterAt], next: p };
  return { value: n & 0xff, next: p };
}

function digitValue(b: number): number {
  if (b >= 0x30 && b <= 0x39) return b - 0x30;
  if (b >= 0x61 && b <= 0x66) return b - 0x61 + 10;
  if (b >= 0x41 && b <= 0x46) return b - 0x41 + 10;
  return -1;
}
