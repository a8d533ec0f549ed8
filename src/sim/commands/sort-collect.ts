// Gathers sort's input lines. A whole-line sort (no keys) cannot tell identical lines apart, so
// while few lines are distinct, as in a column of categories (`cut -f3 | sort | uniq -c`), it keeps
// one copy of each with a count instead of every line: a fraction of the memory and of the sorting.

import { flatCopy } from './sort-byte-lines.ts';

/** Past this many distinct lines, counting stops paying and every line is kept. */
const COUNT_LIMIT = 65536;

export class LineCollector {
  readonly lines: string[] = [];
  /** Index in `lines` where each input starts (for -m). */
  readonly starts: number[] = [];
  /** Distinct lines and how often each occurs, while counting. */
  counts: Map<string, number> | null;

  constructor(counting: boolean) {
    this.counts = counting ? new Map() : null;
  }

  /** Whether lines should come as sequential strings (they are kept and sorted as they are). */
  get wantsFlatLines(): boolean {
    return this.counts === null;
  }

  startInput(): void {
    this.starts.push(this.lines.length);
  }

  add(batch: readonly string[]): void {
    const counts = this.counts;
    if (counts === null) {
      for (let i = 0; i < batch.length; i++) this.lines.push(batch[i]);
      return;
    }
    for (let i = 0; i < batch.length; i++) {
      const line = batch[i];
      const count = counts.get(line);
      // A copy, so that the key does not keep the whole chunk it was sliced from.
      if (count === undefined) counts.set(flatCopy(line), 1);
      else counts.set(line, count + 1);
    }
    if (counts.size > COUNT_LIMIT) this.stopCounting(counts);
  }

  private stopCounting(counts: Map<string, number>): void {
    for (const [line, count] of counts) {
      for (let k = 0; k < count; k++) this.lines.push(line);
    }
    this.counts = null;
  }
}
