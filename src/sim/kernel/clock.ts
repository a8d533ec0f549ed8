// Virtual time. Nothing in the world reads the host's clock: every timestamp, timeout and cron fire
// comes from here. Time is kept in integer microseconds since the Unix epoch, which stay exact in a
// double for the next ~285 years.

import { EventQueue, type EventId } from './event-queue.ts';

export const US_PER_MS = 1000;
export const US_PER_SECOND = 1_000_000;

export class VirtualClock {
  private currentUs: number;
  private readonly queue = new EventQueue();
  /** Told when an event is scheduled earlier than every other pending one (a driver may be waiting). */
  onEarliestChanged: (() => void) | null = null;

  constructor(startMs: number) {
    this.currentUs = Math.round(startMs) * US_PER_MS;
  }

  get nowUs(): number {
    return this.currentUs;
  }

  get nowMs(): number {
    return Math.floor(this.currentUs / US_PER_MS);
  }

  /** Runs `fire` when virtual time reaches `atUs` (or right away on the next step if it is past). */
  schedule(atUs: number, fire: () => void): EventId {
    const rounded = Number.isInteger(atUs) ? atUs : Math.round(atUs);
    const at = rounded > this.currentUs ? rounded : this.currentUs;
    if (this.onEarliestChanged === null) return this.queue.push(at, fire);
    const head = this.queue.peekTime();
    const event = this.queue.push(at, fire);
    if (head === undefined || at < head) this.onEarliestChanged();
    return event;
  }

  after(delayUs: number, fire: () => void): EventId {
    return this.schedule(this.currentUs + Math.max(0, delayUs), fire);
  }

  /** Cancels an event that has not fired yet. */
  cancel(event: EventId): void {
    this.queue.cancel(event);
  }

  /** A cancellable wait for `delayUs`: the callback runs once; the returned function cancels it if pending. */
  timer(delayUs: number, fire: () => void): () => void {
    let pending = true;
    const id = this.after(delayUs, () => {
      pending = false;
      fire();
    });
    return () => {
      if (pending) {
        pending = false;
        this.cancel(id);
      }
    };
  }

  get pendingEvents(): number {
    return this.queue.size;
  }

  /** When the next event is due, or undefined when nothing is scheduled. */
  nextEventAt(): number | undefined {
    return this.queue.peekTime();
  }

  /** Moves time forward without firing anything; it never passes a pending event or goes back. */
  advanceTo(targetUs: number): void {
    const next = this.queue.peekTime();
    const limit = next === undefined ? targetUs : Math.min(targetUs, next);
    if (limit > this.currentUs) this.currentUs = Math.floor(limit);
  }

  /** Jumps to the next event and fires it. Returns false when nothing is scheduled. */
  fireNext(): boolean {
    const fire = this.queue.pop();
    if (fire === undefined) return false;
    const at = this.queue.poppedAt;
    if (at > this.currentUs) this.currentUs = at;
    fire();
    return true;
  }
}
