// A binary min-heap of timed events. Ties on time are broken by insertion order, so two events
// scheduled for the same instant always fire in the order they were scheduled: one of the
// foundations of the world's determinism. Keys live in typed arrays (structure of arrays) and an
// event is known by its sequence number, so scheduling allocates nothing but the callback slot:
// millions of events a second, even with millions pending.

/** Identifies a scheduled event (for cancelling it). */
export type EventId = number;

export class EventQueue {
  private times = new Float64Array(1024);
  private seqs = new Float64Array(1024);
  private callbacks: ((() => void) | undefined)[] = [];
  private count = 0;
  private nextSeq = 0;
  private readonly cancelled = new Set<EventId>();

  /** Events scheduled and not yet fired or cancelled. */
  get size(): number {
    return this.count - this.cancelled.size;
  }

  push(at: number, fire: () => void): EventId {
    const seq = this.nextSeq++;
    if (this.count === this.times.length) this.grow();
    const times = this.times;
    const seqs = this.seqs;
    const callbacks = this.callbacks;
    let i = this.count++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const parentAt = times[parent];
      if (parentAt < at || (parentAt === at && seqs[parent] < seq)) break;
      times[i] = parentAt;
      seqs[i] = seqs[parent];
      callbacks[i] = callbacks[parent];
      i = parent;
    }
    times[i] = at;
    seqs[i] = seq;
    callbacks[i] = fire;
    return seq;
  }

  /** Cancels a pending event. Only pending ones may be cancelled (callers track whether it fired). */
  cancel(id: EventId): void {
    this.cancelled.add(id);
  }

  /** When the earliest pending event is due, or undefined when nothing is pending. */
  peekTime(): number | undefined {
    this.dropCancelled();
    return this.count > 0 ? this.times[0] : undefined;
  }

  /** When the event pop() last returned was due. */
  poppedAt = 0;

  /** Removes the earliest pending event and returns its callback (its time is in poppedAt). */
  pop(): (() => void) | undefined {
    this.dropCancelled();
    if (this.count === 0) return undefined;
    this.poppedAt = this.times[0];
    const fire = this.callbacks[0]!;
    this.removeTop();
    return fire;
  }

  private dropCancelled(): void {
    if (this.cancelled.size === 0) return;
    while (this.count > 0 && this.cancelled.delete(this.seqs[0])) this.removeTop();
  }

  private removeTop(): void {
    const times = this.times;
    const seqs = this.seqs;
    const callbacks = this.callbacks;
    const n = --this.count;
    const at = times[n];
    const seq = seqs[n];
    const callback = callbacks[n];
    callbacks[n] = undefined;
    if (n === 0) return;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (right < n && (times[right] < times[child] || (times[right] === times[child] && seqs[right] < seqs[child]))) child = right;
      if (times[child] > at || (times[child] === at && seqs[child] > seq)) break;
      times[i] = times[child];
      seqs[i] = seqs[child];
      callbacks[i] = callbacks[child];
      i = child;
    }
    times[i] = at;
    seqs[i] = seq;
    callbacks[i] = callback;
  }

  private grow(): void {
    const times = new Float64Array(this.times.length * 2);
    times.set(this.times);
    this.times = times;
    const seqs = new Float64Array(this.seqs.length * 2);
    seqs.set(this.seqs);
    this.seqs = seqs;
  }
}
