// The worker side of the boundary: owns one World, turns UI calls into world inputs, and sends
// changes back in batches — at most one message per frame (~30 a second), terminal output
// coalesced and transferred, never one message per byte.

import type { ClockMode } from '../sim/kernel/clock-driver.ts';
import type { HostHooks } from '../sim/kernel/kernel.ts';
import type { RealTime } from '../sim/kernel/clock-driver.ts';
import { createWorld, type World } from '../sim/world.ts';
import type { AdvanceOutcome, ClockState, StartOptions, WorldApi, WorldUpdate } from './protocol.ts';

const BATCH_INTERVAL_MS = 33;
/** Screen bytes per batch: about 7.5 MB/s, more than a terminal can draw. */
const MAX_OUTPUT_PER_BATCH = 256 * 1024;

export interface Scheduler {
  setTimeout(callback: () => void, ms: number): unknown;
  yieldToHost(): Promise<void>;
  now(): number;
  transfer<T>(value: T, transferables: ArrayBuffer[]): T;
}

export class WorldHost implements WorldApi {
  private world: World | null = null;
  private listener: ((update: WorldUpdate) => void) | null = null;
  private flushScheduled = false;
  private clockChanged = true;
  private shellRestarted = false;
  private advanceCancelled = false;
  private progress: number | undefined;
  private lastClockSentMs = 0;

  constructor(private readonly scheduler: Scheduler) {}

  async start(options: StartOptions, listener: (update: WorldUpdate) => void): Promise<void> {
    const scheduler = this.scheduler;
    const host: HostHooks = { yieldToHost: () => scheduler.yieldToHost() };
    const real: RealTime = {
      now: () => scheduler.now(),
      setTimer: (ms, callback) => {
        let cancelled = false;
        scheduler.setTimeout(() => {
          if (!cancelled) callback();
        }, ms);
        return () => {
          cancelled = true;
        };
      },
    };
    this.listener = listener;
    const world = createWorld({ seed: options.seed, startMs: options.startMs, host, real });
    this.world = world;
    world.kernel.tty.onOutput = () => this.scheduleFlush();
    world.driver.onChange = () => {
      this.clockChanged = true;
      this.scheduleFlush();
    };
    world.onShellRestart = () => {
      this.shellRestarted = true;
      this.scheduleFlush();
    };
    world.resize(options.cols, options.rows);
    world.startTerminal();
    world.driver.start();
  }

  input(data: string): void {
    this.requireWorld().input(data);
  }

  resize(cols: number, rows: number): void {
    this.requireWorld().resize(cols, rows);
  }

  setClockMode(mode: ClockMode): void {
    this.requireWorld().driver.setMode(mode);
  }

  async runToNextEvent(): Promise<boolean> {
    const fired = await this.requireWorld().driver.runToNextEvent();
    this.clockChanged = true;
    this.scheduleFlush();
    return fired;
  }

  async advance(ms: number): Promise<AdvanceOutcome> {
    const world = this.requireWorld();
    this.advanceCancelled = false;
    this.progress = 0;
    this.clockChanged = true;
    const outcome = await world.driver.fastForward({
      untilUs: world.kernel.clock.nowUs + ms * 1000,
      cancelled: () => this.advanceCancelled,
      onProgress: (p) => {
        this.progress = p.fraction;
        this.clockChanged = true;
        this.scheduleFlush();
      },
    });
    this.progress = undefined;
    this.clockChanged = true;
    this.scheduleFlush();
    return outcome;
  }

  cancelAdvance(): void {
    this.advanceCancelled = true;
  }

  private requireWorld(): World {
    if (!this.world) throw new Error('the world has not been started');
    return this.world;
  }

  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    this.scheduler.setTimeout(() => this.flush(), BATCH_INTERVAL_MS);
  }

  /** Sends one batched update; reschedules itself while output is still waiting. */
  private flush(): void {
    this.flushScheduled = false;
    const world = this.world;
    if (!world || !this.listener) return;
    const update: WorldUpdate = {};
    const transfers: ArrayBuffer[] = [];
    const tty = world.kernel.tty;
    if (tty.outputPending > 0) {
      const bytes = tty.takeOutput(MAX_OUTPUT_PER_BATCH);
      const copy = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
      update.output = copy;
      transfers.push(copy.buffer as ArrayBuffer);
    }
    const now = this.scheduler.now();
    if (this.clockChanged || now - this.lastClockSentMs > 1000) {
      update.clock = this.clockState(world);
      this.clockChanged = false;
      this.lastClockSentMs = now;
    }
    if (this.shellRestarted) {
      update.shellRestarted = true;
      this.shellRestarted = false;
    }
    if (update.output || update.clock || update.shellRestarted) this.listener(this.scheduler.transfer(update, transfers));
    if (tty.outputPending > 0) this.scheduleFlush();
    else if (world.driver.mode.kind === 'running') {
      // Keep the clock display honest about drift even when nothing else happens.
      this.scheduler.setTimeout(() => {
        if (!this.flushScheduled) this.scheduleFlush();
      }, 1000);
    }
  }

  private clockState(world: World): ClockState {
    world.driver.sync();
    return {
      nowUs: world.kernel.clock.nowUs,
      mode: world.driver.mode,
      fastForwarding: world.driver.isFastForwarding,
      progress: this.progress,
    };
  }
}
