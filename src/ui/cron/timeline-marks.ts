// What the cron timeline draws, computed apart from drawing it. Fires are grouped into bins a few
// pixels wide, one mark per entry and bin: a week of every-minute jobs is thousands of fires, and
// the chart must stay a few hundred SVG elements whatever the zoom. Bins are aligned to absolute
// time, so as the window slides a mark keeps its key and Svelte only adds and removes at the edges.

import type { CronRunView } from '../../sim/cron/view.ts';
import type { RunGap } from './cron-run-log.ts';

export type MarkKind = 'ok' | 'failed' | 'running' | 'upcoming';

export interface TimelineMark {
  /** Stable while the bin exists: the kind's family, the lane and the bin number. */
  key: string;
  lane: number;
  kind: MarkKind;
  /** Start of the bin, virtual microseconds. */
  atUs: number;
  /** Fires in the bin (more than one when zoomed out). */
  count: number;
  failed: number;
}

export interface TimelineSpan {
  fromUs: number;
  toUs: number;
}

/** Bin widths a person reads easily, in minutes: cron fires on whole minutes, so never finer. */
const BIN_MINUTES = [1, 2, 5, 10, 15, 30, 60, 120, 240, 360, 720, 1440];
const MINUTE_US = 60_000_000;

/** The smallest readable bin at least `minPx` wide for this many pixels per microsecond. */
export function binWidthUs(pxPerUs: number, minPx: number): number {
  for (const minutes of BIN_MINUTES) {
    if (minutes * MINUTE_US * pxPerUs >= minPx) return minutes * MINUTE_US;
  }
  return BIN_MINUTES[BIN_MINUTES.length - 1] * MINUTE_US;
}

/**
 * Past runs, one mark per lane and bin, coloured by what happened: any failure makes the bin
 * failed (a failure must never hide behind successes), else any run still going makes it running.
 */
export function runMarks(runs: readonly CronRunView[], laneOf: ReadonlyMap<string, number>, binUs: number): TimelineMark[] {
  const bins = new Map<string, TimelineMark>();
  for (const run of runs) {
    const lane = laneOf.get(run.entryId);
    if (lane === undefined) continue;
    const bin = Math.floor(run.startUs / binUs);
    const key = `r${lane}:${bin}`;
    const kind: MarkKind = run.endUs === undefined ? 'running' : run.status === 0 ? 'ok' : 'failed';
    const mark = bins.get(key);
    if (!mark) {
      bins.set(key, { key, lane, kind, atUs: bin * binUs, count: 1, failed: kind === 'failed' ? 1 : 0 });
      continue;
    }
    mark.count++;
    if (kind === 'failed') mark.failed++;
    if (mark.kind === 'failed' || kind === 'failed') mark.kind = 'failed';
    else if (kind === 'running') mark.kind = 'running';
  }
  return [...bins.values()];
}

/** Fires still to come (after `nowUs`), hollow marks. */
export function upcomingMarks(fires: readonly { entryId: string; atUs: number }[], nowUs: number, laneOf: ReadonlyMap<string, number>, binUs: number): TimelineMark[] {
  const bins = new Map<string, TimelineMark>();
  for (const fire of fires) {
    if (fire.atUs <= nowUs) continue;
    const lane = laneOf.get(fire.entryId);
    if (lane === undefined) continue;
    const bin = Math.floor(fire.atUs / binUs);
    const key = `u${lane}:${bin}`;
    const mark = bins.get(key);
    if (mark) mark.count++;
    else bins.set(key, { key, lane, kind: 'upcoming', atUs: bin * binUs, count: 1, failed: 0 });
  }
  return [...bins.values()];
}

/** Gaps clipped to the span, merged where they touch (a long fast-forward leaves many). */
export function gapSpans(gaps: readonly RunGap[], span: TimelineSpan): (TimelineSpan & { missed: number })[] {
  const clipped = gaps
    .map((g) => ({ fromUs: Math.max(g.fromUs, span.fromUs), toUs: Math.min(g.toUs, span.toUs), missed: g.missed }))
    .filter((g) => g.toUs > g.fromUs)
    .sort((a, b) => a.fromUs - b.fromUs);
  const merged: (TimelineSpan & { missed: number })[] = [];
  for (const gap of clipped) {
    const last = merged[merged.length - 1];
    if (last && gap.fromUs <= last.toUs) {
      last.toUs = Math.max(last.toUs, gap.toUs);
      last.missed += gap.missed;
    } else merged.push({ ...gap });
  }
  return merged;
}
