// Kernel throughput: timer events through the clock's queue, and bytes through a pipe between
// two simulated processes.

import { VirtualClock } from '../src/sim/kernel/clock.ts';
import { Kernel } from '../src/sim/kernel/kernel.ts';
import { ClockDriver } from '../src/sim/kernel/clock-driver.ts';
import { Pipe } from '../src/sim/kernel/pipe.ts';
import { FdTable } from '../src/sim/kernel/fd-table.ts';
import { nodeHost, nodeRealTime } from '../src/cli/node-host.ts';
import type { Figure } from './report.ts';

export async function kernelBenchmarks(): Promise<Figure[]> {
  return [timerEvents(), steadyTimers(), await sleepingProcess(), await pipeThroughput()];
}

/** The usual shape of a simulation: a thousand pending timers, each firing schedules the next. */
function steadyTimers(): Figure {
  const clock = new VirtualClock(0);
  const count = 4_000_000;
  let fired = 0;
  const onFire = (): void => {
    fired++;
    if (fired <= count) clock.after(1000 + (fired % 17), onFire);
  };
  for (let i = 0; i < 1000; i++) clock.after(i, onFire);
  const start = performance.now();
  while (fired < count && clock.fireNext());
  const seconds = (performance.now() - start) / 1000;
  return { name: 'timer events, steady state (1,000 pending)', value: Math.round(count / seconds), unit: 'events/s', target: { op: '>=', value: 2_000_000 } };
}

function timerEvents(): Figure {
  const clock = new VirtualClock(0);
  const count = 2_000_000;
  let fired = 0;
  const onFire = (): void => {
    fired++;
  };
  // Warm up, then measure scheduling and firing together.
  for (let i = 0; i < 100_000; i++) clock.after((i * 7919) % 1_000_000, onFire);
  while (clock.fireNext());
  const start = performance.now();
  for (let i = 0; i < count; i++) clock.after((i * 7919) % 1_000_000, onFire);
  while (clock.fireNext());
  const seconds = (performance.now() - start) / 1000;
  if (fired !== count + 100_000) throw new Error('not every event fired');
  return { name: 'timer events, 2,000,000 queued at once then fired', value: Math.round(count / seconds), unit: 'events/s', target: { op: '>=', value: 2_000_000 } };
}

async function sleepingProcess(): Promise<Figure> {
  const kernel = new Kernel(nodeHost, { seed: 1, startMs: 0 });
  const driver = new ClockDriver(kernel, nodeRealTime);
  const count = 200_000;
  const proc = kernel.spawn({
    parent: null,
    argv: ['sleeper'],
    main: async (p) => {
      for (let i = 0; i < count; i++) await p.sleep(1000);
      return 0;
    },
  });
  const start = performance.now();
  await driver.fastForward({ done: () => !proc.alive });
  const seconds = (performance.now() - start) / 1000;
  return { name: 'sleeps by one process (block, jump, wake)', value: Math.round(count / seconds), unit: 'sleeps/s' };
}

async function pipeThroughput(): Promise<Figure> {
  const kernel = new Kernel(nodeHost, { seed: 1, startMs: 0 });
  const driver = new ClockDriver(kernel, nodeRealTime);
  const [read, write] = Pipe.create();
  const writerFds = new FdTable();
  const readerFds = new FdTable();
  writerFds.add(write, 1);
  readerFds.add(read, 0);
  write.release();
  read.release();
  const total = 1024 * 1024 * 1024;
  const chunk = new Uint8Array(65536).fill(0x61);
  let received = 0;
  const writer = kernel.spawn({
    parent: null,
    argv: ['writer'],
    fds: writerFds,
    main: async (p) => {
      const out = p.fds.get(1);
      for (let sent = 0; sent < total; sent += chunk.length) await out.write(p, chunk);
      return 0;
    },
  });
  const reader = kernel.spawn({
    parent: null,
    argv: ['reader'],
    fds: readerFds,
    main: async (p) => {
      const input = p.fds.get(0);
      for (;;) {
        const bytes = await input.read(p, 65536);
        if (bytes.length === 0) return 0;
        received += bytes.length;
      }
    },
  });
  const start = performance.now();
  await driver.fastForward({ done: () => !writer.alive && !reader.alive });
  const seconds = (performance.now() - start) / 1000;
  if (received !== total) throw new Error(`pipe lost bytes: ${received}`);
  return { name: 'bytes through a pipe between two processes', value: Math.round(total / 1e6 / seconds), unit: 'MB/s', target: { op: '>=', value: 200 } };
}
