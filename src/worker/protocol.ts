// What crosses the worker boundary: the typed facade the UI calls, and the batched updates it gets
// back. Nothing here references the world's objects; the UI only ever sees these plain values.

import type { ClockMode } from '../sim/kernel/clock-driver.ts';

export interface ClockState {
  /** Virtual time when this state was taken, microseconds since the epoch. */
  nowUs: number;
  mode: ClockMode;
  /** A fast-forward (advance / run to next event) is under way. */
  fastForwarding: boolean;
  /** Progress of the current advance, 0..1, when one is under way. */
  progress?: number;
}

/** One message from the worker: everything that changed since the previous one. */
export interface WorldUpdate {
  /** Bytes for the terminal screen. */
  output?: Uint8Array;
  clock?: ClockState;
  /** The terminal's shell was restarted after it exited. */
  shellRestarted?: boolean;
}

export interface StartOptions {
  seed: number;
  startMs: number;
  cols: number;
  rows: number;
}

export type AdvanceOutcome = 'done' | 'cancelled' | 'deadlock';

/** The worker's API, as the UI calls it through comlink. */
export interface WorldApi {
  start(options: StartOptions, listener: (update: WorldUpdate) => void): Promise<void>;
  input(data: string): void;
  resize(cols: number, rows: number): void;
  setClockMode(mode: ClockMode): void;
  runToNextEvent(): Promise<boolean>;
  advance(ms: number): Promise<AdvanceOutcome>;
  cancelAdvance(): void;
}
