// A binary min-heap of timed events. Ties on time are broken by insertion order, so two events
// scheduled for the same instant always fire in the order they were scheduled: this is one of the
// foundations of the world's determinism.

export interface TimedEvent {
  readonly at: number; // virtual microseconds since the epoch
  readonly seq: number;
  fire: (() => void) | null; // null once cancelled (lazy deletion)
}

export class EventQueue {
  private heap: TimedEvent[] = [];
  private nextSeq = 0;
  private live = 0;

  get size(): number {
    return this.live;
  }

  push(at: number, fire: () => void): TimedEvent {
    const event: TimedEvent = { at, seq: this.nextSeq++, fire };
    const heap = this.heap;
    heap.push(event);
    this.siftUp(heap.length - 1);
    this.live++;
    return event;
  }

  cancel(event: TimedEvent): void {
    if (event.fire === null) return;
    event.fire = null;
    this.live--;
  }

  /** The earliest live event, without removing it. */
  peek(): TimedEvent | undefined {
    this.dropCancelled();
    return this.heap[0];
  }

  /** Removes and returns the earliest live event. */
  pop(): TimedEvent | undefined {
    this.dropCancelled();
    const top = this.heap[0];
    if (top === undefined) return undefined;
    this.removeTop();
    this.live--;
    return top;
  }

  private dropCancelled(): void {
    while (this.heap.length > 0 && this.heap[0].fire === null) this.removeTop();
  }

  private removeTop(): void {
    const heap = this.heap;
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      this.siftDown(0);
    }
  }

  private siftUp(index: number): void {
    const heap = this.heap;
    const item = heap[index];
    while (index > 0) {
      const parentIndex = (index - 1) >> 1;
      const parent = heap[parentIndex];
      if (!before(item, parent)) break;
      heap[index] = parent;
      index = parentIndex;
    }
    heap[index] = item;
  }

  private siftDown(index: number): void {
    const heap = this.heap;
    const length = heap.length;
    const item = heap[index];
    for (;;) {
      let child = 2 * index + 1;
      if (child >= length) break;
      const right = child + 1;
      if (right < length && before(heap[right], heap[child])) child = right;
      if (!before(heap[child], item)) break;
      heap[index] = heap[child];
      index = child;
    }
    heap[index] = item;
  }
}

function before(a: TimedEvent, b: TimedEvent): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}
