// The page's handle on the world in its Web Worker: calls go out through comlink, batched updates
// come back and land in reactive state. The UI never touches world objects directly.

import * as Comlink from 'comlink';
import type { ClockMode } from '../sim/kernel/clock-driver.ts';
import type { CronSnapshot, CronTimeline } from '../sim/cron/view.ts';
import type { AdvanceOutcome, ClockState, FileText, WorldApi, WorldUpdate } from '../worker/protocol.ts';
import { CronRunLog } from './cron/cron-run-log.ts';

export class WorldClient {
  clock = $state<ClockState | null>(null);
  /** performance.now() when `clock` arrived, to run the displayed clock forward between updates. */
  clockReceivedAt = $state(0);
  ready = $state(false);
  /** The cron service's latest snapshot; null until the machine has one. Replaced, never mutated. */
  cron = $state.raw<CronSnapshot | null>(null);
  /**
   * Every run seen in snapshots, kept longer than a snapshot's short list so the timeline can draw
   * the past. Plain (not reactive): readers depend on `cron`, which changes whenever this does.
   */
  readonly cronRuns = new CronRunLog();
  /**
   * The latest request to show a file in the editor (from the file tree, or from `code FILE` in the
   * terminal); `seq` changes with every request, so asking twice for one file opens it again.
   */
  editorRequest = $state.raw<{ path: string; seq: number } | null>(null);
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

  /** Asks the editor to open `path` (absolute) and bring it to the front. */
  openInEditor(path: string): void {
    this.editorRequest = { path, seq: (this.editorRequest?.seq ?? 0) + 1 };
  }

  async cronTimeline(fromUs: number, toUs: number, limit: number): Promise<CronTimeline | null> {
    const timeline = await this.api.cronTimeline(fromUs, toUs, limit);
    return timeline;
  }

  async readFile(path: string, maxBytes: number): Promise<FileText> {
    const text = await this.api.readFile(path, maxBytes);
    return text;
  }

  /**
   * Virtual time now, in microseconds: the last clock the worker sent, run forward by the real time
   * since (the worker only sends the clock when it changes, and while running about once a second).
   */
  virtualNowUs(realNowMs = performance.now()): number {
    const clock = this.clock;
    if (!clock) return 0;
    if (clock.mode.kind !== 'running' || clock.fastForwarding) return clock.nowUs;
    return clock.nowUs + (realNowMs - this.clockReceivedAt) * 1000 * clock.mode.speed;
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
    if (update.cron) {
      this.cronRuns.record(update.cron);
      this.cron = update.cron;
    }
  }
}
