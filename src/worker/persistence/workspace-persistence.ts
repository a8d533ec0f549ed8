// The worker's side of "your work survives": before the world boots, it picks what the world starts
// from (the saved workspace, a fresh machine, an imported file); once the world exists it restores
// the image into it, then saves after changes (autosave.ts) and when the page asks. Everything that
// can go wrong with storage becomes a status the page shows; the world keeps running in memory.

import type { World } from '../../sim/world.ts';
import type { WorkspaceImage } from '../../sim/workspace/workspace-image.ts';
import { AutosaveSchedule, type AutosaveTimers } from './autosave.ts';
import { SANDBOX_SLOT, StorageProblem, type WorkspaceStore } from './workspace-store.ts';
import type { ImportCheck, RestoreRequest, WorkspaceSlot, WorkspaceStatus } from './workspace-protocol.ts';

export interface PersistenceHost {
  /** Opens the browser's store; rejects with StorageProblem when there is none. */
  openStore(): Promise<WorkspaceStore>;
  timers: AutosaveTimers;
  /** Real time, ms since the epoch (for "saved at"). */
  wallNow(): number;
  report(status: WorkspaceStatus): void;
}

/**
 * The image format (and the filesystem snapshot under it) loads on first use: a first visit has
 * nothing to restore and saves a second after its first change, so it stays out of the worker's
 * first download.
 */
const imageFormat = () => import('../../sim/workspace/workspace-image.ts');

/** The store's name for a slot; a lesson's step snapshots live under it (`lesson/ID/step-N`). */
export function slotKey(slot: WorkspaceSlot | undefined): string {
  return slot?.kind === 'lesson' ? `lesson/${slot.source.id}` : SANDBOX_SLOT;
}

const stepKey = (slot: string, step: number): string => `${slot}/step-${step}`;

const MEMORY_ONLY = 'your work is kept in memory only and is lost when this page closes; use Export to keep a copy';

export class WorkspacePersistence {
  private store: WorkspaceStore | null = null;
  private world: World | null = null;
  private seed = 0;
  /** Where this world's saves go (slotKey). */
  private slot = SANDBOX_SLOT;
  private autosave: AutosaveSchedule | null = null;
  private status: WorkspaceStatus = {
    storage: 'memory',
    origin: 'new',
    originNote: null,
    pending: false,
    saving: false,
    savedAtMs: null,
    lastSave: null,
    problem: null,
  };

  constructor(private readonly host: PersistenceHost) {}

  /** Before the world exists: opens storage and finds the image to start from (null: a new machine). */
  async choose(request: RestoreRequest = { kind: 'saved' }, slot: string = SANDBOX_SLOT): Promise<WorkspaceImage | null> {
    this.slot = slot;
    try {
      this.store = await this.host.openStore();
      this.status.storage = 'browser';
    } catch (error) {
      if (!(error instanceof StorageProblem)) throw error;
      this.status.problem = `${capitalise(error.message)}: ${MEMORY_ONLY}.`;
    }
    if (request.kind === 'fresh') {
      this.status.origin = 'reset';
      // A lesson started over forgets its step snapshots too.
      await this.store?.remove(slot).catch(() => undefined);
      return null;
    }
    if (request.kind === 'step') {
      const snapshot = await this.loadSaved(stepKey(slot, request.step));
      if (snapshot) {
        this.status.origin = 'rewound';
        return snapshot;
      }
      this.status.originNote = `There is no copy of your machine from the start of step ${request.step}; it is as you left it.`;
    }
    if (request.kind === 'image') {
      this.status.origin = 'imported';
      return (await imageFormat()).readWorkspace(request.bytes); // checked by checkWorkspace before this worker started
    }
    const saved = await this.loadSaved(slot);
    if (saved) this.status.origin = 'restored';
    return saved;
  }

  /** Seed and start time for createWorld: the image's, so a reload continues where the student was. */
  startOptions<T extends { seed: number; startMs: number }>(options: T, image: WorkspaceImage | null): T {
    // Rounded up: time never runs backwards past the saved files' timestamps.
    return image ? { ...options, seed: image.seed, startMs: Math.ceil(image.nowUs / 1000) } : options;
  }

  /** After createWorld, before the terminal starts: restores the image and starts saving changes. */
  async attach(world: World, seed: number, image: WorkspaceImage | null): Promise<void> {
    this.world = world;
    this.seed = seed;
    if (image) await (await imageFormat()).applyWorkspace(world, image);
    const autosave = new AutosaveSchedule(() => this.save(), this.host.timers);
    this.autosave = autosave;
    const fs = world.kernel.fs;
    fs.onChange(() => {
      autosave.changed();
      if (!this.status.pending) this.update({ pending: true });
    });
    this.host.report({ ...this.status });
    // What replaced the saved workspace is saved at once, so a reload right away shows it.
    if (this.status.origin === 'reset' || this.status.origin === 'imported' || this.status.origin === 'rewound') await autosave.flush();
  }

  /**
   * Keeps a copy of the machine as the student begins a lesson's step (the first time only), for
   * "Reset step". Without browser storage there is nowhere to keep it, and reset step says so.
   */
  async keepStepSnapshot(step: number): Promise<void> {
    const store = this.store;
    const world = this.world;
    if (!store || !world) return;
    const key = stepKey(this.slot, step);
    try {
      if (await store.has(key)) return;
      const { captureWorkspace } = await imageFormat();
      await store.save(captureWorkspace(world, this.seed, this.host.wallNow()), key);
    } catch (error) {
      if (!(error instanceof StorageProblem)) throw error;
      // A full store only costs the snapshot: the next save reports the problem to the student.
    }
  }

  async saveNow(): Promise<WorkspaceStatus> {
    await this.autosave?.flush();
    return { ...this.status };
  }

  async exportImage(): Promise<Uint8Array> {
    if (!this.world) throw new Error('the world has not been started');
    return (await imageFormat()).captureWorkspace(this.world, this.seed, this.host.wallNow());
  }

  async checkImport(bytes: Uint8Array): Promise<ImportCheck> {
    const { readWorkspace, WorkspaceFileError } = await imageFormat();
    try {
      readWorkspace(bytes);
    } catch (error) {
      if (error instanceof WorkspaceFileError) return { ok: false, message: capitalise(error.message) + '.' };
      throw error;
    }
    this.retire();
    return { ok: true, bytes };
  }

  /** This world is about to be replaced: it must not overwrite what replaces it. */
  retire(): void {
    this.autosave?.stop();
  }

  private async loadSaved(slot: string): Promise<WorkspaceImage | null> {
    if (!this.store) return null;
    let bytes: Uint8Array | undefined;
    try {
      bytes = await this.store.load(slot);
    } catch (error) {
      if (!(error instanceof StorageProblem)) throw error;
      this.status.originNote = `Your saved workspace could not be loaded (${error.message}); a new machine was started.`;
      return null;
    }
    if (!bytes) return null;
    const { readWorkspace, WorkspaceFileError } = await imageFormat();
    try {
      return readWorkspace(bytes);
    } catch (error) {
      if (!(error instanceof WorkspaceFileError)) throw error;
      this.status.originNote = `Your saved workspace could not be read (${error.message}); a new machine was started and the unreadable copy is kept in the browser.`;
      await this.store.keepUnreadable(bytes).catch(() => undefined);
      return null;
    }
  }

  private async save(): Promise<void> {
    const world = this.world;
    if (!world || !this.store) {
      // Nowhere to save: the changes stay pending and the status says why.
      this.update({ pending: true });
      return;
    }
    const { captureWorkspace } = await imageFormat();
    const started = this.host.timers.now();
    this.update({ saving: true, pending: false });
    try {
      const bytes = captureWorkspace(world, this.seed, this.host.wallNow());
      await this.store.save(bytes, this.slot);
      const ms = this.host.timers.now() - started;
      this.update({ saving: false, savedAtMs: this.host.wallNow(), lastSave: { bytes: bytes.length, ms }, problem: null, pending: this.autosave?.pending ?? false });
    } catch (error) {
      if (!(error instanceof StorageProblem)) throw error;
      const advice = error.kind === 'full' ? 'your latest changes are not saved; free some disk space or use Export to keep a copy' : 'your latest changes are not saved; use Export to keep a copy';
      this.update({ saving: false, pending: true, problem: `${capitalise(error.message)}: ${advice}.` });
      throw error;
    }
  }

  private update(change: Partial<WorkspaceStatus>): void {
    this.status = { ...this.status, ...change };
    this.host.report({ ...this.status });
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
