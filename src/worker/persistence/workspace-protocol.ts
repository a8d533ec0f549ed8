// What the workspace's persistence adds to the worker boundary (merged into WorldApi, WorldUpdate and
// StartOptions in ../protocol.ts). Plain values only, like the rest of the protocol.

import type { LessonSource } from '../../sim/lessons/lesson.ts';

/**
 * Which workspace the world is: the sandbox (the student's own machine), or a started lesson's
 * machine. Each is saved apart, so a lesson never disturbs the sandbox and each lesson keeps its
 * own state.
 */
export type WorkspaceSlot =
  | { kind: 'sandbox' }
  /** The lesson's folder as bundled: a new lesson machine starts from its seed, time and files. */
  | { kind: 'lesson'; source: LessonSource };

/** What a starting world is made from. */
export type RestoreRequest =
  /** The slot's saved workspace, if there is a readable one (the default); else a new machine. */
  | { kind: 'saved' }
  /** A brand-new machine (a lesson's starting one), replacing what was saved ("Reset"). */
  | { kind: 'fresh' }
  /** An imported `.ppworkspace` file, already checked by `checkWorkspace`. */
  | { kind: 'image'; bytes: Uint8Array }
  /** A lesson's machine as it was when the student began step `step` ("Reset step"). */
  | { kind: 'step'; step: number };

/** How the world in this worker began. */
export type WorkspaceOrigin = 'restored' | 'new' | 'reset' | 'imported' | 'rewound';

/** How the student's work is being kept; sent whenever it changes. */
export interface WorkspaceStatus {
  /** 'browser' while IndexedDB takes our saves; 'memory' when it is unavailable. */
  storage: 'browser' | 'memory';
  origin: WorkspaceOrigin;
  /** Why the origin is not what was asked (a saved workspace that could not be read), or null. */
  originNote: string | null;
  /** Changes made since the last save reached storage. */
  pending: boolean;
  saving: boolean;
  /** Real time (ms since the epoch) of the last save that reached storage. */
  savedAtMs: number | null;
  /** Size and duration of that save (serialising and committing), for the status tooltip and the bench. */
  lastSave: { bytes: number; ms: number } | null;
  /** Why work is not being saved right now, in words for the student (storage full, unavailable). */
  problem: string | null;
}

export type ImportCheck = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

export interface WorkspaceApi {
  /** Saves now (the page calls this when it is hidden or about to unload). */
  saveWorkspace(): Promise<WorkspaceStatus>;
  /** The whole workspace as one `.ppworkspace` file's bytes (transferred, not copied). */
  exportWorkspace(): Promise<Uint8Array>;
  /**
   * Checks an imported file. When it is good, this world stops saving (a new worker is about to
   * start from the file) and the bytes come back to hand to that worker; otherwise nothing changes.
   */
  checkWorkspace(bytes: Uint8Array): Promise<ImportCheck>;
  /** Stops saving this world, which is about to be replaced (reset). */
  retireWorkspace(): void;
}

export interface WorkspaceUpdate {
  workspace?: WorkspaceStatus;
}

export interface WorkspaceStartOptions {
  slot?: WorkspaceSlot;
  restore?: RestoreRequest;
}
