import { describe, expect, test } from 'vitest';
import { EventQueue } from '../../../src/sim/kernel/event-queue.ts';
import { VirtualClock } from '../../../src/sim/kernel/clock.ts';

describe('the event queue', () => {
  test('fires events in time order, and equal times in the order they were scheduled', () => {
    const queue = new EventQueue();
    const fired: string[] = [];
    queue.push(30, () => fired.push('c'));
    queue.push(10, () => fired.push('a1'));
    queue.push(20, () => fired.push('b'));
    queue.push(10, () => fired.push('a2'));
    queue.push(10, () => fired.push('a3'));
    for (let fire = queue.pop(); fire; fire = queue.pop()) fire();
    expect(fired).toEqual(['a1', 'a2', 'a3', 'b', 'c']);
  });

  test('keeps insertion order among thousands of simultaneous events', () => {
    const queue = new EventQueue();
    const order: number[] = [];
    for (let i = 0; i < 5000; i++) queue.push(i % 7, () => order.push(i));
    for (let fire = queue.pop(); fire; fire = queue.pop()) fire();
    const expected = Array.from({ length: 5000 }, (_, i) => i).sort((a, b) => (a % 7) - (b % 7) || a - b);
    expect(order).toEqual(expected);
  });

  test('a cancelled event never fires and no longer counts', () => {
    const queue = new EventQueue();
    const fired: string[] = [];
    const doomed = queue.push(5, () => fired.push('doomed'));
    queue.push(6, () => fired.push('kept'));
    queue.cancel(doomed);
    expect(queue.size).toBe(1);
    expect(queue.peekTime()).toBe(6);
    for (let fire = queue.pop(); fire; fire = queue.pop()) fire();
    expect(fired).toEqual(['kept']);
  });
});

describe('the virtual clock', () => {
  test('jumps to each event as it fires and never goes back', () => {
    const clock = new VirtualClock(1_000);
    const seen: number[] = [];
    clock.after(2_000_000, () => seen.push(clock.nowMs));
    clock.after(500_000, () => seen.push(clock.nowMs));
    while (clock.fireNext());
    expect(seen).toEqual([1_500, 3_000]);
    clock.advanceTo(0);
    expect(clock.nowMs).toBe(3_000);
  });

  test('advanceTo stops at the next pending event', () => {
    const clock = new VirtualClock(0);
    clock.after(1_000, () => undefined);
    clock.advanceTo(5_000);
    expect(clock.nowUs).toBe(1_000);
  });
});
