// The page's handle on the world in its Web Worker: calls go out through comlink, batched updates
// come back and land in reactive state. The UI never touches world objects directly.

import * as Comlink from 'comlink';
import type { ClockMode } from '../sim/kernel/clock-driver.ts';
import type { CronSnapshot, CronTimeline } from '../sim/cron/view.ts';
import type { AdvanceOutcome, ClockState, FileText, WorldApi, WorldUpdate } from '../worker/protocol.ts';
import type { CronRunLog } from './cron/cron-run-log.ts';
import type { FileTreeApi, FileTreeUpdate } from '../worker/files/protocol.ts'; // --- files
import type { EditorApi, EditorUpdate } from '../worker/editor-protocol.ts'; // --- editor
import type { LessonsApi, StepStatus } from '../worker/lessons/protocol.ts'; // --- lessons
// --- workspace persistence
import type { RestoreRequest, WorkspaceSlot } from '../worker/persistence/workspace-protocol.ts';
import { WorkspaceState } from './workspace/workspace-state.svelte.ts';
import { crashNotice, GAVE_UP, imported, importRefused, RESET_DONE } from './workspace/workspace-messages.ts';
// --- end workspace persistence

/** The lesson a slot belongs to, or null for the sandbox. */
export function slotId(slot: WorkspaceSlot): string | null {
  return slot.kind === 'lesson' ? slot.source.id : null;
}

/** How long after the first prompt the page loads what it deferred. */
const AFTER_PROMPT_MS = 1000;

export class WorldClient {
  clock = $state<ClockState | null>(null);
  /** performance.now() when `clock` arrived, to run the displayed clock forward between updates. */
  clockReceivedAt = $state(0);
  ready = $state(false);
  /** The terminal has drawn the world's first output (its prompt): the student can type. */
  shown = $state(false);
  /** The cron service's latest snapshot; null until the machine has one. Replaced, never mutated. */
  cron = $state.raw<CronSnapshot | null>(null);
  /**
   * Every run seen in snapshots, kept longer than a snapshot's short list so the timeline can draw
   * the past; null for the moment its module takes to load after the prompt (not part of the first
   * download). Plain: readers depend on `cron`, which changes whenever this does.
   */
  cronRuns: CronRunLog | null = null;
  /** Snapshots that arrived before the run log loaded, recorded as soon as it has. */
  private cronBacklog: CronSnapshot[] | null = [];
  /**
   * The latest request to show a file in the editor (from the file tree, or from `code FILE` in the
   * terminal); `seq` changes with every request, so asking twice for one file opens it again.
   */
  editorRequest = $state.raw<{ path: string; seq: number; compare?: { label: string; text: string } } | null>(null);
  private api: Comlink.Remote<WorldApi>; // replaced with the worker (workspace persistence)
  private terminalSink: ((bytes: Uint8Array) => void) | null = null;
  private pendingOutput: Uint8Array[] = [];

  /**
   * `bootSlot` is the machine to boot (workspace persistence): the sandbox, or the started lesson the
   * page's address links to.
   */
  constructor(private readonly bootSlot: Promise<WorkspaceSlot> = Promise.resolve({ kind: 'sandbox' })) {
    // --- workspace persistence: the worker is made in connect(), so a crashed one can be replaced.
    this.api = this.connect();
    this.saveWhenHidden();
  }

  async start(cols: number, rows: number): Promise<void> {
    this.size = { cols, rows }; // --- workspace persistence: a restarted worker starts at this size
    const slot = await this.bootSlot;
    this.slot = slot;
    await this.api.start(
      { seed: 1, startMs: Date.now(), cols, rows, slot },
      Comlink.proxy((update: WorldUpdate) => this.receive(update)),
    );
    this.becameReady();
  }

  screenShown(): void {
    if (this.shown) return;
    this.shown = true;
    setTimeout(() => this.promptSettled(), AFTER_PROMPT_MS);
    this.afterPrompt(() => void this.loadCronRunLog());
  }

  /**
   * Runs `callback` a second after the terminal first showed its prompt (at once if that is past):
   * for what the page can load later (the lesson player, the cron run log), so that the first
   * prompt and the student's first keys never wait for it.
   */
  afterPrompt(callback: () => void): void {
    void this.settled.then(callback);
  }
  private promptSettled: () => void = () => undefined;
  private readonly settled = new Promise<void>((resolve) => (this.promptSettled = resolve));

  private async loadCronRunLog(): Promise<void> {
    const { CronRunLog } = await import('./cron/cron-run-log.ts');
    const log = new CronRunLog();
    for (const snapshot of this.cronBacklog ?? []) log.record(snapshot);
    this.cronBacklog = null;
    this.cronRuns = log;
    if (this.cron) this.cron = { ...this.cron }; // readers of the log look again
  }

  /** Where terminal bytes go; output that arrived earlier is replayed. */
  attachTerminal(sink: (bytes: Uint8Array) => void): void {
    this.terminalSink = sink;
    for (const bytes of this.pendingOutput) sink(bytes);
    this.pendingOutput = [];
  }

  input(data: string): void {
    // Keys typed while a machine boots (or replaces another) wait for it, as on a real console.
    if (this.ready) void this.api.input(data);
    else this.typeahead.push(data);
  }
  private typeahead: string[] = [];

  private becameReady(): void {
    this.ready = true;
    for (const data of this.typeahead.splice(0)) void this.api.input(data);
    for (const wake of this.readyWaiters.splice(0)) wake();
  }
  private readonly readyWaiters: (() => void)[] = [];

  /**
   * The worker's API for views (files, editor, lessons): a call made while a machine boots or
   * replaces another waits for it, instead of reaching a worker that has no world yet.
   */
  private readonly viewApi = new Proxy({} as Comlink.Remote<WorldApi>, {
    get: (_target, name) =>
      name === 'then'
        ? undefined
        : async (...args: unknown[]) => {
            if (!this.ready) await new Promise<void>((wake) => this.readyWaiters.push(wake));
            return (this.api as unknown as Record<string | symbol, (...a: unknown[]) => unknown>)[name]!(...args);
          },
  });

  resize(cols: number, rows: number): void {
    this.size = { cols, rows }; // --- workspace persistence
    void this.viewApi.resize(cols, rows);
  }

  setClockMode(mode: ClockMode): void {
    void this.viewApi.setClockMode(mode);
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
    void this.viewApi.cancelAdvance();
  }

  /**
   * Asks the editor to open `path` (absolute) and bring it to the front; with `compare`, side by side
   * with that text (a lesson's solution), the student's file still editable.
   */
  openInEditor(path: string, compare?: { label: string; text: string }): void {
    this.editorRequest = { path, seq: (this.editorRequest?.seq ?? 0) + 1, compare };
  }

  async cronTimeline(fromUs: number, toUs: number, limit: number): Promise<CronTimeline | null> {
    const timeline = await this.viewApi.cronTimeline(fromUs, toUs, limit);
    return timeline;
  }

  async readFile(path: string, maxBytes: number): Promise<FileText> {
    const text = await this.viewApi.readFile(path, maxBytes);
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

  // --- files: the file tree calls the worker directly (a getter, so it follows a restarted worker)
  // and hears the listings that ride in update batches through listeners, none lost between renders.
  get files(): Comlink.Remote<FileTreeApi> {
    return this.viewApi;
  }
  private readonly fileListeners = new Set<(update: FileTreeUpdate) => void>();
  /** Calls `listener` with every file tree update; returns the function that stops it. */
  onFiles(listener: (update: FileTreeUpdate) => void): () => void {
    this.fileListeners.add(listener);
    return () => this.fileListeners.delete(listener);
  }
  // --- end files

  // --- editor: the editor pane calls the worker directly and hears, through listeners, which open
  // files changed and which edit sessions ended. Files the terminal asks for together (`code a b`)
  // all open: every one but the last waits in `editorBacklog` for the editor to take.
  get editor(): Comlink.Remote<EditorApi> {
    return this.viewApi;
  }
  readonly editorBacklog: string[] = [];
  private readonly editorListeners = new Set<(update: EditorUpdate) => void>();
  /** Calls `listener` with every editor update; returns the function that stops it. */
  onEditor(listener: (update: EditorUpdate) => void): () => void {
    this.editorListeners.add(listener);
    return () => this.editorListeners.delete(listener);
  }
  private receiveEditor(update: EditorUpdate): void {
    const open = update.open ?? [];
    if (open.length > 0) {
      this.editorBacklog.push(...open.slice(0, -1));
      this.openInEditor(open[open.length - 1]);
    }
    for (const listener of this.editorListeners) listener(update);
  }
  // --- end editor

  // --- workspace persistence: saving when the page hides, export, import, reset, and restarting the
  // worker after a crash. A new worker restores the last save from IndexedDB itself; the old one is
  // terminated first, so it can never overwrite what replaces it.
  readonly workspace = new WorkspaceState();
  /** Which machine this is: the sandbox or a lesson's (each saved apart). */
  slot = $state.raw<WorkspaceSlot>({ kind: 'sandbox' });
  private worker: Worker | null = null;
  private size = { cols: 80, rows: 24 };

  /** Saves the machine now (before the page reloads). */
  async saveNow(): Promise<void> {
    await this.api.saveWorkspace();
  }

  /** The whole workspace as a `.ppworkspace` file's bytes (made in the worker, transferred). */
  async exportWorkspace(): Promise<Uint8Array> {
    const bytes = await this.api.exportWorkspace();
    return bytes;
  }

  /** Checks the file in the current worker; only a good one replaces the machine. */
  async importWorkspace(file: File): Promise<boolean> {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const check = await this.api.checkWorkspace(Comlink.transfer(bytes, [bytes.buffer]));
    if (!check.ok) {
      this.workspace.show(importRefused(file.name, check.message));
      return false;
    }
    await this.restartWorld({ kind: 'image', bytes: check.bytes }, `imported ${file.name}`);
    this.workspace.show(imported(file.name));
    return true;
  }

  /** Starts this machine (the sandbox, or the lesson's) over as a new one. */
  async resetWorkspace(): Promise<void> {
    await this.enterWorkspace(this.slot, { kind: 'fresh' }, 'workspace reset: a new machine');
    this.workspace.show(RESET_DONE);
  }

  /**
   * Moves to another machine (the sandbox, a lesson's) or starts this one over (`restore`): what
   * this machine has not saved yet is saved first, then a new worker boots the other one.
   */
  async enterWorkspace(slot: WorkspaceSlot, restore: RestoreRequest, banner: string): Promise<void> {
    const settle = (promise: Promise<unknown>): Promise<unknown> => Promise.race([promise.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 1000))]);
    // A hung worker cannot answer; terminating it (in restartWorld) stops its saves just as well.
    const leaving = slotId(slot) !== slotId(this.slot);
    if (leaving) await settle(this.api.saveWorkspace());
    await settle(this.api.retireWorkspace());
    this.slot = slot;
    await this.restartWorld(restore, banner);
  }

  /** Calls `listener` whenever the world is replaced (crash, reset, import); returns the stopper. */
  onWorldReplaced(listener: () => void): () => void {
    this.replacedListeners.add(listener);
    return () => this.replacedListeners.delete(listener);
  }
  private readonly replacedListeners = new Set<() => void>();

  private connect(): Comlink.Remote<WorldApi> {
    const worker = new Worker(new URL('../worker/world.worker.ts', import.meta.url), { type: 'module', name: 'world' });
    // An exception in the worker's global scope is a bug in the world: its state cannot be trusted,
    // so it is replaced by a worker restored from the last save.
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      if (this.worker === worker) void this.recoverFromCrash();
    });
    this.worker = worker;
    return Comlink.wrap<WorldApi>(worker);
  }

  /** The virtual clock moves without touching files, so its time is saved when the page goes away. */
  private saveWhenHidden(): void {
    const save = (): void => void this.api.saveWorkspace();
    addEventListener('pagehide', save);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') save();
    });
  }

  private async recoverFromCrash(): Promise<void> {
    const before = this.workspace.status;
    if (!this.workspace.mayRestartAfterCrash(Date.now())) {
      this.worker?.terminate();
      this.worker = null;
      this.ready = false;
      this.workspace.show(GAVE_UP);
      return;
    }
    this.workspace.show(crashNotice(before));
    await this.restartWorld({ kind: 'saved' }, 'the machine crashed and was restarted from your last save');
  }

  private async restartWorld(restore: RestoreRequest, banner: string): Promise<void> {
    this.worker?.terminate();
    this.ready = false;
    this.workspace.replaced();
    this.api = this.connect();
    this.receive({ output: new TextEncoder().encode(`\r\n\x1b[1;33m[${banner}]\x1b[0m\r\n`) });
    const transfers = restore.kind === 'image' ? [restore.bytes.buffer as ArrayBuffer] : [];
    try {
      await this.api.start(
        Comlink.transfer({ seed: 1, startMs: Date.now(), ...this.size, slot: this.slot, restore }, transfers),
        Comlink.proxy((update: WorldUpdate) => this.receive(update)),
      );
    } catch (error) {
      this.workspace.show({ tone: 'error', text: `The machine could not be started again (${error instanceof Error ? error.message : String(error)}). Reload the page.` });
      return;
    }
    this.becameReady();
    for (const listener of this.replacedListeners) listener();
  }
  // --- end workspace persistence

  // --- lessons: the lesson player calls the worker directly; check results arrive through listeners.
  get lessons(): Comlink.Remote<LessonsApi> {
    return this.viewApi;
  }
  readonly lessonListeners = new Set<(status: StepStatus) => void>();
  /** The panels the lesson whose machine this is asks for (its frontmatter's `panels`); null outside one. */
  lessonPanels = $state.raw<readonly string[] | null>(null);
  // --- end lessons

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
      if (this.cronRuns) this.cronRuns.record(update.cron);
      else this.cronBacklog?.push(update.cron);
      this.cron = update.cron;
    }
    if (update.files) for (const listener of this.fileListeners) listener(update.files); // --- files
    if (update.editor) this.receiveEditor(update.editor); // --- editor
    if (update.workspace) this.workspace.received(update.workspace); // --- workspace persistence
    if (update.lesson) for (const listener of this.lessonListeners) listener(update.lesson); // --- lessons
  }
}
