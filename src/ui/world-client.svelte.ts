// The page's handle on the world in its Web Worker: calls go out through comlink, batched updates
// come back and land in reactive state. The UI never touches world objects directly.

import * as Comlink from 'comlink';
import type { ClockMode } from '../sim/kernel/clock-driver.ts';
import type { AdvanceOutcome, ClockState, WorldApi, WorldUpdate } from '../worker/protocol.ts';

export class WorldClient {
  clock = $state<ClockState | null>(null);
  /** performance.now() when `clock` arrived, to run the displayed clock forward between updates. */
  clockReceivedAt = $state(0);
  ready = $state(false);
  private readonly api: Comlink.Remote<WorldApi>;
  private terminalSink: ((bytes: Uint8Array) => void) | null = null;
  private pendingOutput: Uint8Array[] = [];

  constructor() {
    const worker = new Worker(new URL('../worker/world.worker.ts', import.meta.url), { type: 'module', name: 'world' });
    this.api = Comlink.wrap<WorldApi>(worker);
  }

  async start(cols: number, rows: number): Promise<void> {
    await this.api.start(
      { seed: 1, startMs: Date.now(), cols, rows },
      Comlink.proxy((update: WorldUpdate) => this.receive(update)),
    );
    this.ready = true;
  }

  /** Where terminal bytes go; output that arrived earlier is replayed. */
  attachTerminal(sink: (bytes: Uint8Array) => void): void {
    this.terminalSink = sink;
    for (const bytes of this.pendingOutput) sink(bytes);
    this.pendingOutput = [];
  }

  input(data: string): void {
    void this.api.input(data);
  }

  resize(cols: number, rows: number): void {
    void this.api.resize(cols, rows);
  }

  setClockMode(mode: ClockMode): void {
    void this.api.setClockMode(mode);
  }

  async runToNextEvent(): Promise<boolean> {
    const fired = await this.api.runToNextEvent();
    return fired;
  }

  async advance(ms: number): Promise<AdvanceOutcome> {
    const outcome = await this.api.advance(ms);
    return outcome;
  }

  cancelAdvance(): void {
    void this.api.cancelAdvance();
  }

  private receive(update: WorldUpdate): void {
    if (update.output) {
      if (this.terminalSink) this.terminalSink(update.output);
      else this.pendingOutput.push(update.output);
    }
    if (update.clock) {
      this.clock = update.clock;
      this.clockReceivedAt = performance.now();
    }
  }
}
