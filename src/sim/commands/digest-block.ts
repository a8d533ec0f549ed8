// The Merkle–Damgård frame shared by MD5, SHA-1 and SHA-256: input is buffered into 64-byte
// blocks, and the last block is padded with 0x80, zeros and the bit length (little-endian for
// MD5, big-endian for the SHAs). Each algorithm supplies only its compression function.

export interface Digest {
  update(bytes: Uint8Array): void;
  /** The final digest; the object must not be updated afterwards. */
  digest(): Uint8Array;
}

export abstract class BlockDigest implements Digest {
  private readonly block = new Uint8Array(64);
  private readonly words = new Uint32Array(16);
  private filled = 0;
  private length = 0;

  constructor(private readonly littleEndian: boolean) {}

  /** Mixes one block (16 words, already in the algorithm's byte order) into the state. */
  protected abstract compress(words: Uint32Array): void;
  /** The state as bytes, once the padding has been compressed. */
  protected abstract output(): Uint8Array;

  update(bytes: Uint8Array): void {
    this.length += bytes.length;
    let at = 0;
    while (at < bytes.length) {
      const take = Math.min(64 - this.filled, bytes.length - at);
      this.block.set(bytes.subarray(at, at + take), this.filled);
      this.filled += take;
      at += take;
      if (this.filled === 64) this.flushBlock();
    }
  }

  digest(): Uint8Array {
    const bits = this.length * 8;
    this.block[this.filled++] = 0x80;
    if (this.filled > 56) {
      this.block.fill(0, this.filled);
      this.flushBlock();
    }
    this.block.fill(0, this.filled, 56);
    const low = bits >>> 0;
    const high = Math.floor(bits / 0x100000000) >>> 0;
    const view = new DataView(this.block.buffer);
    if (this.littleEndian) {
      view.setUint32(56, low, true);
      view.setUint32(60, high, true);
    } else {
      view.setUint32(56, high, false);
      view.setUint32(60, low, false);
    }
    this.flushBlock();
    return this.output();
  }

  private flushBlock(): void {
    const view = new DataView(this.block.buffer);
    for (let i = 0; i < 16; i++) this.words[i] = view.getUint32(i * 4, this.littleEndian);
    this.compress(this.words);
    this.filled = 0;
  }
}

/** Words to bytes in the given order (the digests' output step). */
export function wordsToBytes(words: Uint32Array, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(words.length * 4);
  const view = new DataView(out.buffer);
  for (let i = 0; i < words.length; i++) view.setUint32(i * 4, words[i], littleEndian);
  return out;
}
