// The page's memory of cron runs. A snapshot lists only the newest runs (a bounded number), but the
// timeline draws the past hours, so runs are kept here as snapshots arrive, in start order. When
// runs happened faster than snapshots could list them (a long fast-forward), the log knows how many
// it missed and where, so the timeline can say so instead of drawing a quiet stretch that was busy.

import type { CronRunView, CronSnapshot } from '../../sim/cron/view.ts';

/** A stretch of time in which `missed` runs happened that no snapshot listed. */
export interface RunGap {
  fromUs: number;
  toUs: number;
  missed: number;
}

interface Slot {
  key: string;
  run: CronRunView;
}

export class CronRunLog {
  /** Ascending by start time. */
  private readonly slots: Slot[] = [];
  private readonly byKey = new Map<string, Slot>();
  private gaps: RunGap[] = [];
  /** Distinct runs recorded since the service's count last started from zero. */
  private seen = 0;
  /** The most runs the service had counted that we never saw. */
  private unseen = 0;
  private lastTotal = 0;
  /** Bumped on every change, so a view can tell whether to recompute. */
  version = 0;

  constructor(private readonly capacity = 20_000) {}

  record(snapshot: CronSnapshot): void {
    if (snapshot.totalRuns < this.lastTotal) {
      // A new service (a restored machine) counts from zero again.
      this.seen = 0;
      this.unseen = 0;
    }
    this.lastTotal = snapshot.totalRuns;
    const newestBefore = this.slots.length > 0 ? this.slots[this.slots.length - 1].run.startUs : -Infinity;
    let oldestListed = Infinity;
    for (const run of snapshot.runs) {
      oldestListed = Math.min(oldestListed, run.startUs);
      const key = `${run.entryId} ${run.pid} ${run.startUs}`;
      const slot = this.byKey.get(key);
      if (slot) {
        slot.run = run;
        continue;
      }
      this.insert({ key, run });
      this.seen++;
    }
    // The snapshot lists the newest runs, so any it could not list lie between what we knew and it.
    const unseen = snapshot.totalRuns - this.seen;
    if (unseen > this.unseen) {
      this.gaps.push({ fromUs: newestBefore, toUs: oldestListed === Infinity ? newestBefore : oldestListed, missed: unseen - this.unseen });
    }
    this.unseen = Math.max(this.unseen, unseen);
    this.prune();
    this.version++;
  }

  /** Runs that started in [fromUs, toUs), oldest first. */
  runsBetween(fromUs: number, toUs: number): CronRunView[] {
    const runs: CronRunView[] = [];
    for (let i = this.firstAtOrAfter(fromUs); i < this.slots.length; i++) {
      const run = this.slots[i].run;
      if (run.startUs >= toUs) break;
      runs.push(run);
    }
    return runs;
  }

  /** Gaps that overlap [fromUs, toUs). */
  gapsBetween(fromUs: number, toUs: number): RunGap[] {
    return this.gaps.filter((g) => g.toUs >= fromUs && g.fromUs < toUs);
  }

  get size(): number {
    return this.slots.length;
  }

  private insert(slot: Slot): void {
    this.byKey.set(slot.key, slot);
    const start = slot.run.startUs;
    // Runs nearly always arrive in start order: appending is the common case.
    if (this.slots.length === 0 || this.slots[this.slots.length - 1].run.startUs <= start) this.slots.push(slot);
    else this.slots.splice(this.firstAfter(start), 0, slot);
  }

  /** Forgets the oldest runs past the capacity (a tenth at a time, so pruning is rare). */
  private prune(): void {
    if (this.slots.length <= this.capacity) return;
    const drop = this.slots.length - Math.floor(this.capacity * 0.9);
    for (const slot of this.slots.splice(0, drop)) this.byKey.delete(slot.key);
    const oldest = this.slots[0].run.startUs;
    this.gaps = this.gaps.filter((g) => g.toUs >= oldest);
  }

  private firstAtOrAfter(us: number): number {
    let lo = 0;
    let hi = this.slots.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.slots[mid].run.startUs < us) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private firstAfter(us: number): number {
    let lo = 0;
    let hi = this.slots.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.slots[mid].run.startUs <= us) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
