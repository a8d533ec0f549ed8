// The autosave schedule: quiet for a second after the last change, at most five seconds behind a
// stream of changes, one save at a time, nothing after stop(). Timers are driven by hand.

import { describe, expect, test } from 'vitest';
import { AutosaveSchedule, MAX_WAIT_MS, QUIET_MS } from '../../../src/worker/persistence/autosave.ts';

class ManualTimers {
  nowMs = 0;
  private timers: { at: number; callback: () => void }[] = [];

  setTimeout(callback: () => void, ms: number): void {
    this.timers.push({ at: this.nowMs + ms, callback });
  }

  now(): number {
    return this.nowMs;
  }

  /** Moves time forward, firing timers in order (and the ones they set). */
  async advance(ms: number): Promise<void> {
    const end = this.nowMs + ms;
    for (;;) {
      this.timers.sort((a, b) => a.at - b.at);
      const next = this.timers[0];
      if (!next || next.at > end) break;
      this.timers.shift();
      this.nowMs = next.at;
      next.callback();
      await Promise.resolve();
    }
    this.nowMs = end;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

function schedule(save: () => Promise<void> = async () => undefined) {
  const timers = new ManualTimers();
  const saves: number[] = [];
  const autosave = new AutosaveSchedule(async () => {
    saves.push(timers.nowMs);
    await save();
  }, timers);
  return { timers, saves, autosave };
}

describe('autosave', () => {
  test('saves once, a second after the last of a burst of changes', async () => {
    const { timers, saves, autosave } = schedule();
    autosave.changed();
    await timers.advance(300);
    autosave.changed();
    await timers.advance(300);
    autosave.changed();
    expect(autosave.pending).toBe(true);
    await timers.advance(QUIET_MS - 1);
    expect(saves).toEqual([]);
    await timers.advance(1);
    expect(saves).toEqual([600 + QUIET_MS]);
    expect(autosave.pending).toBe(false);
    await timers.advance(10_000);
    expect(saves).toEqual([1600]);
  });

  test('changes that never stop are still saved every five seconds', async () => {
    const { timers, saves, autosave } = schedule();
    for (let t = 0; t < 12_000; t += 200) {
      autosave.changed();
      await timers.advance(200);
    }
    // The change made in the instant of the first save starts the next five-second window.
    expect(saves).toEqual([MAX_WAIT_MS, 2 * MAX_WAIT_MS]);
  });

  test('a change during a save is saved by the next one, never by an overlapping one', async () => {
    let finish: () => void = () => undefined;
    const { timers, saves, autosave } = schedule(() => new Promise<void>((resolve) => (finish = resolve)));
    autosave.changed();
    await timers.advance(QUIET_MS);
    expect(saves).toEqual([1000]);
    autosave.changed();
    await timers.advance(3000);
    expect(saves).toEqual([1000]);
    finish();
    await new Promise((resolve) => setImmediate(resolve));
    await timers.advance(QUIET_MS);
    expect(saves).toEqual([1000, 5000]);
  });

  test('flush saves at once, even with no change (the clock moved), and waits for the save', async () => {
    const { timers, saves, autosave } = schedule();
    await autosave.flush();
    expect(saves).toEqual([0]);
    autosave.changed();
    await timers.advance(100);
    await autosave.flush();
    expect(saves).toEqual([0, 100]);
    await timers.advance(5000);
    expect(saves).toEqual([0, 100]);
  });

  test('a failed save leaves the changes pending until the next change', async () => {
    let fail = true;
    const { timers, saves, autosave } = schedule(async () => {
      if (fail) throw new Error('disk full');
    });
    autosave.changed();
    await timers.advance(QUIET_MS);
    expect(autosave.pending).toBe(true);
    await timers.advance(60_000);
    expect(saves).toEqual([1000]);
    fail = false;
    autosave.changed();
    await timers.advance(QUIET_MS);
    expect(saves).toEqual([1000, 62_000]);
    expect(autosave.pending).toBe(false);
  });

  test('after stop, nothing is saved again', async () => {
    const { timers, saves, autosave } = schedule();
    autosave.changed();
    autosave.stop();
    await timers.advance(10_000);
    autosave.changed();
    await autosave.flush();
    await timers.advance(10_000);
    expect(saves).toEqual([]);
  });
});
