// Virtual time. Nothing in the world reads the host's clock: every timestamp, timeout and cron fire
// comes from here. Time is kept in integer microseconds since the Unix epoch, which stay exact in a
// double for the next ~285 years.

import { EventQueue, type TimedEvent } from './event-queue.ts';

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
  schedule(atUs: number, fire: () => void): TimedEvent {
    const at = Math.max(Math.round(atUs), this.currentUs);
    const head = this.queue.peek();
    const event = this.queue.push(at, fire);
    if (this.onEarliestChanged && (head === undefined || at < head.at)) this.onEarliestChanged();
    return event;
  }

  after(delayUs: number, fire: () => void): TimedEvent {
    return this.schedule(this.currentUs + Math.max(0, delayUs), fire);
  }

  cancel(event: TimedEvent): void {
    this.queue.cancel(event);
  }

  get pendingEvents(): number {
    return this.queue.size;
  }

  /** When the next event is due, or undefined when nothing is scheduled. */
  nextEventAt(): number | undefined {
    return this.queue.peek()?.at;
  }

  /** Moves time forward without firing anything; it never passes a pending event or goes back. */
  advanceTo(targetUs: number): void {
    const next = this.queue.peek();
    const limit = next === undefined ? targetUs : Math.min(targetUs, next.at);
    if (limit > this.currentUs) this.currentUs = Math.floor(limit);
  }

  /** Jumps to the next event and fires it. Returns false when nothing is scheduled. */
  fireNext(): boolean {
    const event = this.queue.pop();
    if (event === undefined) return false;
    if (event.at > this.currentUs) this.currentUs = event.at;
    const fire = event.fire!;
    event.fire = null;
    fire();
    return true;
  }
}
