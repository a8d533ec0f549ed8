// What crosses the worker boundary: the typed facade the UI calls, and the batched updates it gets
// back. Nothing here references the world's objects; the UI only ever sees these plain values.

import type { ClockMode } from '../sim/kernel/clock-driver.ts';
import type { CronSnapshot, CronTimeline } from '../sim/cron/view.ts';

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
  /** The cron service's state, when it changed since the previous update (the latest one only). */
  cron?: CronSnapshot;
}

export interface StartOptions {
  seed: number;
  startMs: number;
  cols: number;
  rows: number;
}

export type AdvanceOutcome = 'done' | 'cancelled' | 'deadlock';

/** A file's text as the student would read it with `head -c maxBytes`, or why it cannot be read. */
export type FileText =
  | {
      kind: 'text';
      text: string;
      /** The whole file's size in bytes; `text` holds at most the first `maxBytes` of it. */
      size: number;
      truncated: boolean;
    }
  /** The reason as `cat` would word it: "/home/student/out.log: No such file or directory". */
  | { kind: 'error'; message: string };

/** The worker's API, as the UI calls it through comlink. */
export interface WorldApi {
  start(options: StartOptions, listener: (update: WorldUpdate) => void): Promise<void>;
  input(data: string): void;
  resize(cols: number, rows: number): void;
  setClockMode(mode: ClockMode): void;
  runToNextEvent(): Promise<boolean>;
  advance(ms: number): Promise<AdvanceOutcome>;
  cancelAdvance(): void;
  /** Fire times in [fromUs, toUs) (at most `limit`), or null while the machine has no cron service. */
  cronTimeline(fromUs: number, toUs: number, limit: number): CronTimeline | null;
  /** Reads a file as the student (relative paths from their home), for showing a cron run's output. */
  readFile(path: string, maxBytes: number): FileText;
}

// --- files: the file tree's calls and live listings (src/worker/files), merged into the two
// interfaces above by declaration merging so this block stays self-contained.
import type { FileTreeApi, FileTreeUpdate } from './files/protocol.ts';
export interface WorldApi extends FileTreeApi {}
export interface WorldUpdate {
  /** Fresh listings of the folders the file tree shows, when they changed since the previous update. */
  files?: FileTreeUpdate;
}

// --- editor: the editor pane's calls and updates (src/worker/editor-protocol.ts), merged in the
// same way.
import type { EditorApi, EditorUpdate } from './editor-protocol.ts';
export interface WorldApi extends EditorApi {}
export interface WorldUpdate {
  /** Files to open, open files that changed, and finished edit sessions. */
  editor?: EditorUpdate;
}
// --- end editor

// --- workspace persistence: saving, restoring, exporting and importing the workspace
// (src/worker/persistence/workspace-protocol.ts), merged in the same way.
import type { WorkspaceApi, WorkspaceStartOptions, WorkspaceUpdate } from './persistence/workspace-protocol.ts';
export interface WorldApi extends WorkspaceApi {}
export interface WorldUpdate extends WorkspaceUpdate {}
export interface StartOptions extends WorkspaceStartOptions {}
// --- end workspace persistence

// --- lessons: the lesson player's calls and check results (src/worker/lessons/protocol.ts), merged
// in the same way.
import type { LessonsApi, StepStatus } from './lessons/protocol.ts';
export interface WorldApi extends LessonsApi {}
export interface WorldUpdate {
  /** The followed step's checks, evaluated again after a command. */
  lesson?: StepStatus;
}
// --- end lessons
