// A bare kernel (no filesystem contents, no shell) for testing processes, pipes and signals.

import { Kernel } from '../../src/sim/kernel/kernel.ts';
import { ClockDriver } from '../../src/sim/kernel/clock-driver.ts';
import { nodeHost, nodeRealTime } from '../../src/cli/node-host.ts';
import type { Process } from '../../src/sim/kernel/process.ts';

export function bareKernel(seed = 1): { kernel: Kernel; driver: ClockDriver } {
  const kernel = new Kernel(nodeHost, { seed, startMs: 0 });
  kernel.onInternalError = (error) => {
    throw error;
  };
  return { kernel, driver: new ClockDriver(kernel, nodeRealTime) };
}

/** Runs until every listed process has ended. */
export async function runUntilExited(driver: ClockDriver, ...procs: Process[]): Promise<void> {
  const outcome = await driver.fastForward({ done: () => procs.every((p) => !p.alive) });
  if (outcome !== 'done') throw new Error(`processes did not finish: ${outcome}`);
}

export function statusOf(proc: Process): string {
  const status = proc.exitStatus;
  if (!status) return 'running';
  if (status.kind === 'exited') return `exited ${status.code}`;
  if (status.kind === 'signaled') return `killed by ${status.signal}`;
  return status.kind;
}
