// Text output for generators, built in chunks: lines are joined and encoded a few thousand at a
// time, so a 200,000-row file never becomes one giant string or array of strings.

const LINES_PER_CHUNK = 4096;
const encoder = new TextEncoder();

export class LineChunks {
  private pending: string[] = [];
  private readonly chunks: Uint8Array[] = [];
  private size = 0;

  /** Adds one line; its newline is added here. */
  line(text: string): void {
    this.pending.push(text);
    if (this.pending.length === LINES_PER_CHUNK) this.flush();
  }

  bytes(): Uint8Array {
    this.flush();
    const out = new Uint8Array(this.size);
    let at = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const chunk = encoder.encode(`${this.pending.join('\n')}\n`);
    this.chunks.push(chunk);
    this.size += chunk.length;
    this.pending = [];
  }
}
