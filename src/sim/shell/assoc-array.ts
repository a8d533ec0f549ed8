// Associative arrays iterate in the order bash's own hash table yields them (hashlib.c: FNV-1 of
// the key's bytes — as signed chars — into 1024 buckets, new keys at the head of their bucket,
// growing four-fold at two entries per bucket). "${!a[@]}", "${a[@]}" and declare -p then list
// keys exactly as real bash does, instead of in insertion order.

const INITIAL_BUCKETS = 1024;
const encoder = new TextEncoder();

export class AssocArray extends Map<string, string> {
  private buckets: string[][] = Array.from({ length: INITIAL_BUCKETS }, () => []);

  override set(key: string, value: string): this {
    if (this.buckets === undefined) return super.set(key, value); // during Map's constructor
    if (!super.has(key)) {
      if (this.size >= this.buckets.length * 2) this.grow();
      this.buckets[bucketOf(key, this.buckets.length)].unshift(key);
    }
    return super.set(key, value);
  }

  override delete(key: string): boolean {
    if (!super.delete(key)) return false;
    const chain = this.buckets[bucketOf(key, this.buckets.length)];
    chain.splice(chain.indexOf(key), 1);
    return true;
  }

  override clear(): void {
    super.clear();
    this.buckets = Array.from({ length: INITIAL_BUCKETS }, () => []);
  }

  override keys(): MapIterator<string> {
    return this.orderedKeys()[Symbol.iterator]() as MapIterator<string>;
  }

  override values(): MapIterator<string> {
    return this.orderedKeys().map((k) => super.get(k)!)[Symbol.iterator]() as MapIterator<string>;
  }

  override entries(): MapIterator<[string, string]> {
    return this.orderedKeys().map((k): [string, string] => [k, super.get(k)!])[Symbol.iterator]() as MapIterator<[string, string]>;
  }

  override [Symbol.iterator](): MapIterator<[string, string]> {
    return this.entries();
  }

  override forEach(callback: (value: string, key: string, map: Map<string, string>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }

  private orderedKeys(): string[] {
    const out: string[] = [];
    for (const chain of this.buckets) for (const key of chain) out.push(key);
    return out;
  }

  private grow(): void {
    const old = this.buckets;
    this.buckets = Array.from({ length: old.length * 4 }, () => []);
    for (const chain of old) for (const key of chain) this.buckets[bucketOf(key, this.buckets.length)].unshift(key);
  }

  /** A copy with the same internal order (a subshell's arrays iterate as its parent's). */
  clone(): AssocArray {
    const copy = new AssocArray();
    copy.buckets = this.buckets.map((chain) => [...chain]);
    for (const key of this.orderedKeys()) Map.prototype.set.call(copy, key, super.get(key)!);
    return copy;
  }

  static from(entries: Iterable<[string, string]>): AssocArray {
    const array = new AssocArray();
    for (const [key, value] of entries) array.set(key, value);
    return array;
  }
}

function bucketOf(key: string, buckets: number): number {
  let hash = 2166136261;
  for (const byte of encoder.encode(key)) {
    hash = Math.imul(hash, 16777619) >>> 0;
    hash = (hash ^ (byte >= 0x80 ? byte | 0xffffff00 : byte)) >>> 0;
  }
  return hash & (buckets - 1);
}
