// When to save: once the filesystem has been quiet for a moment, but at the latest a few seconds
// after the first unsaved change, so a cron job appending every second still gets saved. One save
// at a time; changes made during a save are picked up by the next one. Timers come from the host
// (only setTimeout, so a test can drive them by hand).

export interface AutosaveTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  /** Milliseconds on any monotonic clock. */
  now(): number;
}

/** Quiet time after the last change before saving. */
export const QUIET_MS = 1000;
/** Longest a change waits while changes keep coming. */
export const MAX_WAIT_MS = 5000;

export class AutosaveSchedule {
  private firstUnsavedAt: number | null = null;
  private lastChangeAt = 0;
  private timerArmed = false;
  private running: Promise<void> | null = null;
  private stopped = false;

  /** `save` must settle (it reports its own failures); a rejection only leaves the changes unsaved. */
  constructor(
    private readonly save: () => Promise<void>,
    private readonly timers: AutosaveTimers,
  ) {}

  /** Something changed that a save would capture. */
  changed(): void {
    if (this.stopped) return;
    const now = this.timers.now();
    this.lastChangeAt = now;
    this.firstUnsavedAt ??= now;
    this.arm(QUIET_MS);
  }

  /** Changes are waiting for a save. */
  get pending(): boolean {
    return this.firstUnsavedAt !== null;
  }

  /** Saves now, even without changes (the virtual clock moved); resolves once that save is done. */
  async flush(): Promise<void> {
    if (this.stopped) return;
    if (this.running) await this.running;
    if (this.stopped) return;
    this.firstUnsavedAt ??= this.timers.now();
    await this.run();
  }

  /** Never saves again: this world is being replaced. */
  stop(): void {
    this.stopped = true;
  }

  private arm(ms: number): void {
    if (this.timerArmed) return;
    this.timerArmed = true;
    this.timers.setTimeout(() => this.wake(), ms);
  }

  private wake(): void {
    this.timerArmed = false;
    if (this.stopped || this.firstUnsavedAt === null || this.running) return; // a running save re-arms when done
    const now = this.timers.now();
    const due = Math.min(this.lastChangeAt + QUIET_MS, this.firstUnsavedAt + MAX_WAIT_MS);
    if (now < due) this.arm(due - now);
    else void this.run();
  }

  private run(): Promise<void> {
    this.firstUnsavedAt = null;
    const running = this.save().catch(() => {
      // Still unsaved; the next change (or flush) tries again rather than hammering a full disk.
      this.firstUnsavedAt ??= this.timers.now();
    });
    this.running = running.finally(() => {
      this.running = null;
      if (this.firstUnsavedAt !== null && !this.stopped && this.lastChangeAt >= this.firstUnsavedAt) this.arm(QUIET_MS);
    });
    return this.running;
  }
}
