// Bytes to text and back without losing anything: the shell and the text tools hold text as
// JavaScript strings, yet input that is not valid UTF-8 must come out unchanged (sed, cat through
// the shell's `read`, printf '\377') or be recognised as an "encoding error" (grep's binary file
// detection). Each byte that is not part of a valid UTF-8 sequence becomes a lone surrogate
// U+DC80..U+DCFF (Python's "surrogateescape"), which no regex character class matches (charset.ts)
// and which encodeText turns back into the original byte.

const strict = new TextDecoder('utf-8', { fatal: true });
const encoder = new TextEncoder();
const LONE_ESCAPE = /[\udc80-\udcff]/u;

export interface DecodedText {
  text: string;
  /** The bytes were all valid UTF-8 (the text has no escapes). */
  clean: boolean;
}

export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) return { text: '', clean: true };
  try {
    return { text: strict.decode(bytes), clean: true };
  } catch {
    return { text: decodeWithEscapes(bytes), clean: false };
  }
}

/** Whether text (between start and end) holds an escaped invalid byte. */
export function hasEncodingErrors(text: string, start = 0, end = text.length): boolean {
  return LONE_ESCAPE.test(start === 0 && end === text.length ? text : text.slice(start, end));
}

/** UTF-8 bytes of text, with escaped invalid bytes restored. */
export function encodeText(text: string): Uint8Array {
  if (!LONE_ESCAPE.test(text)) return encoder.encode(text);
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0xdc80 && cp <= 0xdcff) out.push(cp - 0xdc00);
    else for (const byte of encoder.encode(ch)) out.push(byte);
  }
  return Uint8Array.from(out);
}

function decodeWithEscapes(bytes: Uint8Array): string {
  const parts: string[] = [];
  let run: number[] = [];
  const flush = (): void => {
    if (run.length > 0) parts.push(String.fromCodePoint(...run));
    run = [];
  };
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    if (b < 0x80) {
      run.push(b);
      i++;
    } else {
      const [cp, length] = sequenceAt(bytes, i);
      run.push(cp);
      i += length;
    }
    if (run.length >= 4096) flush();
  }
  flush();
  return parts.join('');
}

/** The code point of the UTF-8 sequence at i and its length, or an escape for the single byte. */
function sequenceAt(bytes: Uint8Array, i: number): [number, number] {
  const b = bytes[i];
  const escaped: [number, number] = [0xdc00 + b, 1];
  let length: number;
  let cp: number;
  let min: number;
  if (b >= 0xc2 && b <= 0xdf) [length, cp, min] = [2, b & 0x1f, 0x80];
  else if (b >= 0xe0 && b <= 0xef) [length, cp, min] = [3, b & 0x0f, 0x800];
  else if (b >= 0xf0 && b <= 0xf4) [length, cp, min] = [4, b & 0x07, 0x10000];
  else return escaped;
  if (i + length > bytes.length) return escaped;
  for (let k = 1; k < length; k++) {
    const next = bytes[i + k];
    if ((next & 0xc0) !== 0x80) return escaped;
    cp = (cp << 6) | (next & 0x3f);
  }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return escaped;
  return [cp, length];
}

/** The character that stands for one byte: itself below 0x80, an escape above. */
export function byteChar(value: number): string {
  return String.fromCharCode(value < 0x80 ? value : 0xdc00 + value);
}

/**
 * Text whose escaped bytes are read again as UTF-8: printf '\303\251' builds two escapes that
 * together are "é", which ${#v} must count as one character.
 */
export function normalizeBytes(text: string): string {
  return LONE_ESCAPE.test(text) ? decodeBytes(encodeText(text)).text : text;
}

/** Decodes a stream of chunks; a UTF-8 sequence split between two chunks is carried over. */
export class ByteTextDecoder {
  private carry: Uint8Array | null = null;

  decode(chunk: Uint8Array, final = false): string {
    let bytes = chunk;
    if (this.carry !== null) {
      bytes = new Uint8Array(this.carry.length + chunk.length);
      bytes.set(this.carry);
      bytes.set(chunk, this.carry.length);
      this.carry = null;
    }
    if (!final) {
      const cut = completeLength(bytes);
      if (cut < bytes.length) {
        this.carry = bytes.slice(cut);
        bytes = bytes.subarray(0, cut);
      }
    }
    return decodeBytes(bytes).text;
  }
}

/** How many leading bytes end on a character boundary (an unfinished sequence at the end waits). */
function completeLength(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = bytes[n - back];
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const length = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xc2 && b <= 0xdf ? 2 : 1;
    return length > back ? n - back : n;
  }
  return n;
}
