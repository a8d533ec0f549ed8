// Drives virtual time. Three ways to let it pass:
// - running: virtual time follows real time × speed (1, 10, 60, 3600), events fire when due;
// - paused: nothing fires (CPU work still runs, but takes no virtual time);
// - fast-forward: whenever every process is blocked, jump straight to the next event. Headless runs
//   (tests, the CLI) always fast-forward; the UI uses it for "run to next event" and "advance 1 h".
// Only the driver talks to real time, through RealTime, which the host provides.

import type { Kernel } from './kernel.ts';
import { US_PER_MS } from './clock.ts';

export interface RealTime {
  /** Real milliseconds (performance.now()). */
  now(): number;
  /** Calls back after about `ms` real milliseconds; returns a cancel function. */
  setTimer(ms: number, callback: () => void): () => void;
}

export type ClockMode = { kind: 'paused' } | { kind: 'running'; speed: number };

export const SPEEDS = [1, 10, 60, 3600] as const;
const YIELD_EVERY_MS = 8;
const MAX_IDLE_WAIT_MS = 1000;

export interface AdvanceProgress {
  /** 0..1 */
  fraction: number;
  nowUs: number;
}

export type RunOutcome = 'done' | 'deadlock' | 'cancelled';

export class ClockDriver {
  mode: ClockMode = { kind: 'running', speed: 1 };
  private anchorVirtualUs: number;
  private anchorRealMs: number;
  private wake: (() => void) | null = null;
  private fastForwarding = false;
  private started = false;
  private lastYieldMs: number;
  /** Told whenever the mode or the anchor changes (the UI shows the clock from these). */
  onChange: (() => void) | null = null;

  constructor(
    private readonly kernel: Kernel,
    private readonly real: RealTime,
  ) {
    this.anchorVirtualUs = kernel.clock.nowUs;
    this.anchorRealMs = real.now();
    this.lastYieldMs = real.now();
    kernel.clock.onEarliestChanged = () => this.kick();
  }

  /** Where virtual time should be now in running mode. */
  private targetUs(): number {
    if (this.mode.kind !== 'running') return this.kernel.clock.nowUs;
    return this.anchorVirtualUs + (this.real.now() - this.anchorRealMs) * US_PER_MS * this.mode.speed;
  }

  private reanchor(): void {
    this.anchorVirtualUs = this.kernel.clock.nowUs;
    this.anchorRealMs = this.real.now();
    this.kernel.cpuAdvancesClock = this.mode.kind === 'running' || this.fastForwarding;
    if (this.onChange) this.onChange();
  }

  setMode(mode: ClockMode): void {
    this.sync();
    this.mode = mode;
    this.reanchor();
    this.kick();
  }

  /** Brings virtual time up to date with real time (before input is delivered, so `date` is right). */
  sync(): void {
    if (this.mode.kind === 'running' && !this.fastForwarding) this.kernel.clock.advanceTo(this.targetUs());
  }

  /** Starts the real-time loop (the browser). Headless runs use runUntil instead. */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.reanchor();
    void this.loop();
  }

  private kick(): void {
    const wake = this.wake;
    this.wake = null;
    if (wake) wake();
  }

  private waitForKick(ms: number): Promise<void> {
    return new Promise((resolve) => {
      let cancelTimer: (() => void) | null = null;
      this.wake = () => {
        if (cancelTimer) cancelTimer();
        resolve();
      };
      if (Number.isFinite(ms)) {
        cancelTimer = this.real.setTimer(Math.max(0, ms), () => {
          this.wake = null;
          resolve();
        });
      }
    });
  }

  private async loop(): Promise<void> {
    const clock = this.kernel.clock;
    for (;;) {
      await this.kernel.whenQuiescent();
      if (this.fastForwarding || this.mode.kind === 'paused') {
        await this.waitForKick(this.fastForwarding ? 50 : Infinity);
        continue;
      }
      const target = this.targetUs();
      const next = clock.nextEventAt();
      if (next !== undefined && next <= target) {
        clock.fireNext();
        await this.maybeYield();
        continue;
      }
      clock.advanceTo(target);
      const speed = this.mode.speed;
      const waitMs = next === undefined ? MAX_IDLE_WAIT_MS : Math.min(MAX_IDLE_WAIT_MS, (next - target) / US_PER_MS / speed);
      await this.waitForKick(waitMs);
    }
  }

  private async maybeYield(): Promise<void> {
    const now = this.real.now();
    if (now - this.lastYieldMs < YIELD_EVERY_MS) return;
    this.lastYieldMs = now;
    await this.kernel.host.yieldToHost();
    this.lastYieldMs = this.real.now();
  }

  /**
   * Fast-forwards: whenever all processes are blocked, jump to the next event, until `done()` holds,
   * `untilUs` is reached, nothing is left to happen (deadlock) or `cancelled()` says stop.
   */
  async fastForward(options: {
    done?: () => boolean;
    untilUs?: number;
    cancelled?: () => boolean;
    onProgress?: (progress: AdvanceProgress) => void;
  }): Promise<RunOutcome> {
    const clock = this.kernel.clock;
    const startUs = clock.nowUs;
    const wasFast = this.fastForwarding;
    this.fastForwarding = true;
    this.kernel.cpuAdvancesClock = true;
    let lastProgressMs = this.real.now();
    try {
      for (;;) {
        await this.kernel.whenQuiescent();
        if (options.done?.()) return 'done';
        if (options.cancelled?.()) return 'cancelled';
        const next = clock.nextEventAt();
        if (options.untilUs !== undefined && (next === undefined || next > options.untilUs)) {
          clock.advanceTo(options.untilUs);
          return 'done';
        }
        if (next === undefined) return 'deadlock';
        clock.fireNext();
        const now = this.real.now();
        if (options.onProgress && options.untilUs !== undefined && now - lastProgressMs > 100) {
          lastProgressMs = now;
          options.onProgress({ fraction: (clock.nowUs - startUs) / (options.untilUs - startUs), nowUs: clock.nowUs });
        }
        await this.maybeYield();
      }
    } finally {
      this.fastForwarding = wasFast;
      this.reanchor();
      this.kick();
    }
  }

  /** Jumps to the next scheduled event (once everything is blocked) and fires it. */
  async runToNextEvent(): Promise<boolean> {
    await this.kernel.whenQuiescent();
    const next = this.kernel.clock.nextEventAt();
    if (next === undefined) return false;
    this.kernel.clock.fireNext();
    this.reanchor();
    this.kick();
    return true;
  }

  get isFastForwarding(): boolean {
    return this.fastForwarding;
  }
}
