import { describe, expect, test } from 'vitest';
import { Kernel } from '../../../src/sim/kernel/kernel.ts';
import { ClockDriver, type RealTime } from '../../../src/sim/kernel/clock-driver.ts';
import { nodeHost } from '../../../src/cli/node-host.ts';

/** Real time under the test's control. */
class FakeRealTime implements RealTime {
  ms = 0;
  private timers: { at: number; callback: () => void }[] = [];

  now(): number {
    return this.ms;
  }

  setTimer(ms: number, callback: () => void): () => void {
    const timer = { at: this.ms + ms, callback };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((t) => t !== timer);
    };
  }

  /** Moves real time forward, firing due timers and letting the driver run in between. */
  async advance(ms: number): Promise<void> {
    const end = this.ms + ms;
    for (;;) {
      await settle();
      this.timers.sort((a, b) => a.at - b.at);
      const next = this.timers[0];
      if (!next || next.at > end) break;
      this.timers.shift();
      this.ms = next.at;
      next.callback();
    }
    this.ms = end;
    await settle();
  }
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
}

function setup(): { kernel: Kernel; driver: ClockDriver; real: FakeRealTime } {
  const kernel = new Kernel(nodeHost, { seed: 1, startMs: 0 });
  const real = new FakeRealTime();
  const driver = new ClockDriver(kernel, real);
  return { kernel, driver, real };
}

describe('the clock driver', () => {
  test.each([1, 10, 60, 3600])('at ×%i virtual time runs that many times faster than real time', async (speed) => {
    const { kernel, driver, real } = setup();
    driver.setMode({ kind: 'running', speed });
    driver.start();
    const woke: number[] = [];
    kernel.spawn({ parent: null, argv: ['sleep'], main: async (p) => { await p.sleep(speed * 1_000_000); woke.push(kernel.clock.nowUs); return 0; } });
    await real.advance(999);
    expect(woke).toEqual([]);
    await real.advance(1);
    expect(woke).toEqual([speed * 1_000_000]);
    await real.advance(500);
    driver.sync();
    expect(kernel.clock.nowUs).toBe(speed * 1_500_000);
  });

  test('paused, nothing fires and time stands still; resumed, it carries on from where it stopped', async () => {
    const { kernel, driver, real } = setup();
    driver.start();
    const woke: number[] = [];
    kernel.spawn({ parent: null, argv: ['sleep'], main: async (p) => { await p.sleep(2_000_000); woke.push(kernel.clock.nowUs); return 0; } });
    await real.advance(1000);
    driver.setMode({ kind: 'paused' });
    await real.advance(10_000);
    driver.sync();
    expect(kernel.clock.nowUs).toBe(1_000_000);
    expect(woke).toEqual([]);
    driver.setMode({ kind: 'running', speed: 1 });
    await real.advance(1000);
    expect(woke).toEqual([2_000_000]);
  });

  test('paused, CPU-bound work still runs but takes no virtual time', async () => {
    const { kernel, driver, real } = setup();
    driver.setMode({ kind: 'paused' });
    driver.start();
    let done = false;
    kernel.spawn({
      parent: null,
      argv: ['compute'],
      main: async (p) => {
        for (let i = 0; i < 100; i++) await p.tick(1_000);
        done = true;
        return 0;
      },
    });
    await real.advance(10);
    for (let i = 0; i < 50 && !done; i++) await settle();
    expect(done).toBe(true);
    expect(kernel.clock.nowUs).toBe(0);
  });

  test('run to next event jumps straight to it', async () => {
    const { kernel, driver } = setup();
    driver.setMode({ kind: 'paused' });
    kernel.spawn({ parent: null, argv: ['sleep'], main: async (p) => { await p.sleep(3_600_000_000); return 0; } });
    await settle();
    expect(await driver.runToNextEvent()).toBe(true);
    expect(kernel.clock.nowUs).toBe(3_600_000_000);
    expect(await driver.runToNextEvent()).toBe(false);
  });

  test('advancing by an hour fires everything due in that hour and stops exactly there', async () => {
    const { kernel, driver } = setup();
    const fired: number[] = [];
    kernel.spawn({
      parent: null,
      argv: ['ticker'],
      main: async (p) => {
        for (;;) {
          await p.sleep(60_000_000);
          fired.push(kernel.clock.nowUs);
        }
      },
    });
    const outcome = await driver.fastForward({ untilUs: 3_600_000_000 });
    expect(outcome).toBe('done');
    expect(fired).toHaveLength(60);
    expect(kernel.clock.nowUs).toBe(3_600_000_000);
  });
});
