// The engine's host hooks in Node: real time for the clock driver, and yielding to the event loop.

import type { HostHooks } from '../sim/kernel/kernel.ts';
import type { RealTime } from '../sim/kernel/clock-driver.ts';

export const nodeHost: HostHooks = {
  yieldToHost: () => new Promise((resolve) => setImmediate(resolve)),
};

export const nodeRealTime: RealTime = {
  now: () => performance.now(),
  setTimer: (ms, callback) => {
    const timer = setTimeout(callback, ms);
    return () => clearTimeout(timer);
  },
};
