// An output block assembled byte by byte. Each block is a fresh array because a buffer written to
// a descriptor belongs to the kernel from then on (the zero-copy rule), so it is never reused.

const encoder = new TextEncoder();

export class ByteBuilder {
  bytes: Uint8Array;
  length = 0;

  constructor(capacity = 65536) {
    this.bytes = new Uint8Array(Math.max(16, capacity));
  }

  /** Makes room for `extra` more bytes. */
  reserve(extra: number): void {
    const need = this.length + extra;
    if (need <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(need, this.bytes.length * 2));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  push(byte: number): void {
    if (this.length === this.bytes.length) this.reserve(1);
    this.bytes[this.length++] = byte;
  }

  append(source: Uint8Array, start = 0, end = source.length): void {
    const n = end - start;
    if (n <= 0) return;
    this.reserve(n);
    if (n < 64) {
      // Short runs (fields, single characters) are cheaper copied by hand than through set().
      const out = this.bytes;
      let at = this.length;
      for (let i = start; i < end; i++) out[at++] = source[i];
    } else this.bytes.set(source.subarray(start, end), this.length);
    this.length += n;
  }

  text(text: string): void {
    this.append(encoder.encode(text));
  }

  /** The bytes so far, handed over; the builder starts a new block. */
  take(): Uint8Array {
    const out = this.bytes.subarray(0, this.length);
    this.bytes = new Uint8Array(Math.max(16, this.bytes.length));
    this.length = 0;
    return out;
  }
}

export function utf8Bytes(text: string): Uint8Array {
  return encoder.encode(text);
}
