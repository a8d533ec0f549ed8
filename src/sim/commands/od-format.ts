// od's output types (-t a, c, d/o/u/x with sizes 1, 2, 4, 8, and the z trailer): parsing the TYPE
// strings and printing one line of a block the way GNU od does, each field right-aligned in its
// width plus an even share of the padding that lines up several formats.

export interface OutputType {
  kind: 'a' | 'c' | 'd' | 'o' | 'u' | 'x';
  size: number;
  fieldWidth: number;
  /** z: printable characters between > and < at the end of the line. */
  trailer: boolean;
  /** Extra spaces spread over the fields so every format's line has the same width. */
  pad: number;
}

export class TypeError_ extends Error {}

const WIDTHS: Record<'d' | 'o' | 'u' | 'x', Record<number, number>> = {
  d: { 1: 4, 2: 6, 4: 11, 8: 20 },
  o: { 1: 3, 2: 6, 4: 11, 8: 22 },
  u: { 1: 3, 2: 5, 4: 10, 8: 20 },
  x: { 1: 2, 2: 4, 4: 8, 8: 16 },
};
const SIZE_LETTERS: Record<string, number> = { C: 1, S: 2, I: 4, L: 8 };
const NAMES = [
  'nul', 'soh', 'stx', 'etx', 'eot', 'enq', 'ack', 'bel', 'bs', 'ht', 'nl', 'vt', 'ff', 'cr', 'so', 'si',
  'dle', 'dc1', 'dc2', 'dc3', 'dc4', 'nak', 'syn', 'etb', 'can', 'em', 'sub', 'esc', 'fs', 'gs', 'rs', 'us', 'sp',
];
const ESCAPES: Record<number, string> = { 0: '\\0', 7: '\\a', 8: '\\b', 12: '\\f', 10: '\\n', 13: '\\r', 9: '\\t', 11: '\\v' };

/** The types in one -t argument ("x1z", "dC", "c", "ox2"); throws TypeError_ with GNU's message. */
export function parseTypes(text: string): OutputType[] {
  const types: OutputType[] = [];
  let i = 0;
  if (text === '') throw new TypeError_(`invalid type string ‘${text}’`);
  while (i < text.length) {
    const kind = text[i];
    const start = i++;
    if (kind === 'f') throw new TypeError_('float');
    if (kind === 'a' || kind === 'c') {
      types.push({ kind, size: 1, fieldWidth: 3, trailer: false, pad: 0 });
    } else if (kind === 'd' || kind === 'o' || kind === 'u' || kind === 'x') {
      let size = 4;
      if (text[i] !== undefined && text[i] in SIZE_LETTERS) size = SIZE_LETTERS[text[i++]];
      else if (/\d/.test(text[i] ?? '')) {
        const digits = /^\d+/.exec(text.slice(i))![0];
        i += digits.length;
        size = Number(digits);
        if (!(size in WIDTHS[kind])) {
          throw new TypeError_(`invalid type string ‘${text.slice(start, i)}’;\nthis system doesn't provide a ${size}-byte integral type`);
        }
      }
      types.push({ kind, size, fieldWidth: WIDTHS[kind][size], trailer: false, pad: 0 });
    } else {
      throw new TypeError_(`invalid character '${kind}' in type string ‘${text}’`);
    }
    if (text[i] === 'z') {
      types[types.length - 1].trailer = true;
      i++;
    }
  }
  return types;
}

/** Least common multiple of the sizes: the bytes per line must be a multiple of it. */
export function sizeMultiple(types: readonly OutputType[]): number {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  return types.reduce((m, t) => (m * t.size) / gcd(m, t.size), 1);
}

/** Sets each type's padding so that all lines of a block are equally wide. */
export function alignTypes(types: OutputType[], bytesPerBlock: number): void {
  let widest = 0;
  for (const t of types) widest = Math.max(widest, (t.fieldWidth + 1) * (bytesPerBlock / t.size));
  for (const t of types) t.pad = widest - t.fieldWidth * (bytesPerBlock / t.size);
}

/** One line of `block` (bytesPerBlock long, zero-filled past `length`) in format `t`. */
export function formatLine(t: OutputType, block: Uint8Array, length: number, bytesPerBlock: number, bigEndian: boolean): string {
  const fields = bytesPerBlock / t.size;
  const blank = Math.floor((bytesPerBlock - length) / t.size);
  let out = '';
  let padRemaining = t.pad;
  for (let i = fields, index = 0; i > blank; i--, index++) {
    const nextPad = Math.floor((t.pad * (i - 1)) / fields);
    const width = padRemaining - nextPad + t.fieldWidth;
    out += formatValue(t, block, index * t.size, bigEndian, t.fieldWidth).padStart(width);
    padRemaining = nextPad;
  }
  if (t.trailer) {
    out += ' '.repeat(blank * (t.fieldWidth + 1));
    let text = '';
    for (let i = 0; i < length; i++) text += block[i] >= 0x20 && block[i] < 0x7f ? String.fromCharCode(block[i]) : '.';
    out += `  >${text}<`;
  }
  return out;
}

function formatValue(t: OutputType, block: Uint8Array, at: number, bigEndian: boolean, digits: number): string {
  const byte = block[at];
  if (t.kind === 'c') return ESCAPES[byte] ?? (byte >= 0x20 && byte < 0x7f ? String.fromCharCode(byte) : byte.toString(8).padStart(3, '0'));
  if (t.kind === 'a') {
    const c = byte & 0x7f;
    return c === 0x7f ? 'del' : c <= 0x20 ? NAMES[c] : String.fromCharCode(c);
  }
  let value = 0n;
  for (let i = 0; i < t.size; i++) {
    const b = BigInt(block[at + (bigEndian ? i : t.size - 1 - i)]);
    value = (value << 8n) | b;
  }
  if (t.kind === 'd' && value >= 1n << BigInt(t.size * 8 - 1)) value -= 1n << BigInt(t.size * 8);
  if (t.kind === 'x') return value.toString(16).padStart(digits, '0');
  if (t.kind === 'o') return value.toString(8).padStart(digits, '0');
  return value.toString();
}
