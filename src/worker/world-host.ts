// The worker side of the boundary: owns one World, turns UI calls into world inputs, and sends
// changes back in batches — at most one message per frame (~30 a second), terminal output
// coalesced and transferred, never one message per byte. Subsystem state (cron) rides in the same
// batches: a change only marks it dirty, and the flush takes one snapshot of the latest state.

import type { ClockMode } from '../sim/kernel/clock-driver.ts';
import type { HostHooks } from '../sim/kernel/kernel.ts';
import type { RealTime } from '../sim/kernel/clock-driver.ts';
import { createWorld, type World } from '../sim/world.ts';
import type { CronService, CronTimeline } from '../sim/cron/view.ts';
import { STUDENT } from '../sim/fs/base-system.ts';
import { R_OK } from '../sim/fs/filesystem.ts';
import { isErrno } from '../sim/kernel/errors.ts';
import type { AdvanceOutcome, ClockState, FileText, StartOptions, WorldApi, WorldUpdate } from './protocol.ts';
// --- editor
import { EditorHost } from './editor-host.ts';
import type { CommandSummary, EditorFile, EditorFileStat, EditorSaveResult, ShellDiagnostic } from './editor-protocol.ts';
// --- end editor
// --- files
import type { FileTreeHost } from './files/file-tree-host.ts';
import type { DirListing, DiskUsage, Download, FileOpResult, UploadFile, UploadOutcome } from './files/protocol.ts';
// --- workspace persistence
import { slotKey, WorkspacePersistence } from './persistence/workspace-persistence.ts';
import { openWorkspaceStore } from './persistence/workspace-store.ts';
import type { ImportCheck, WorkspaceStatus } from './persistence/workspace-protocol.ts';
// --- end workspace persistence
// --- lessons
import type { LessonHost } from './lessons/lesson-host.ts';
import type { LessonSource, LessonView, StepStatus } from './lessons/protocol.ts';
// --- end lessons

const BATCH_INTERVAL_MS = 33;
/** Screen bytes per batch: about 7.5 MB/s, more than a terminal can draw. */
const MAX_OUTPUT_PER_BATCH = 256 * 1024;
/** Bounds on what one UI call may ask for, so a bad argument cannot stall the world. */
const MAX_TIMELINE_FIRES = 10_000;
const MAX_FILE_BYTES = 1024 * 1024;
const STUDENT_HOME = '/home/student';

export interface Scheduler {
  setTimeout(callback: () => void, ms: number): unknown;
  yieldToHost(): Promise<void>;
  now(): number;
  transfer<T>(value: T, transferables: ArrayBuffer[]): T;
}

export class WorldHost implements WorldApi {
  private world: World | null = null;
  private listener: ((update: WorldUpdate) => void) | null = null;
  private flushScheduled = false;
  private clockChanged = true;
  private shellRestarted = false;
  private advanceCancelled = false;
  private progress: number | undefined;
  private lastClockSentMs = 0;
  /** The cron service whose onChange we listen to (it may be registered after the world boots). */
  private cron: CronService | undefined;
  private cronChanged = false;

  /**
   * `prepareWorld` runs once the world exists, before its terminal starts: the place for a host of
   * our own (tests, later lessons) to register services; it never crosses the worker boundary.
   */
  constructor(
    private readonly scheduler: Scheduler,
    private readonly prepareWorld?: (world: World) => void,
  ) {}

  async start(options: StartOptions, listener: (update: WorldUpdate) => void): Promise<void> {
    const scheduler = this.scheduler;
    const host: HostHooks = { yieldToHost: () => scheduler.yieldToHost() };
    const real: RealTime = {
      now: () => scheduler.now(),
      setTimer: (ms, callback) => {
        let cancelled = false;
        scheduler.setTimeout(() => {
          if (!cancelled) callback();
        }, ms);
        return () => {
          cancelled = true;
        };
      },
    };
    this.listener = listener;
    // --- workspace persistence: a saved (or imported) workspace decides the seed and the start time;
    // a lesson's new machine takes the lesson's (lessons).
    const image = await this.workspace.choose(options.restore, slotKey(options.slot));
    options = this.workspace.startOptions(options, image);
    const lessonSlot = options.slot?.kind === 'lesson' ? options.slot.source : null;
    const beginning = lessonSlot && !image ? (await import('./lessons/lesson-beginning.ts')).lessonBeginning(lessonSlot) : null;
    if (beginning) options = { ...options, seed: beginning.seed, startMs: beginning.startMs };
    this.lessonWorld = lessonSlot?.id ?? null;
    // --- end workspace persistence
    const world = createWorld({ seed: options.seed, startMs: options.startMs, host, real });
    this.world = world;
    this.makeWorld = (seed, startMs) => createWorld({ seed, startMs, host, real }); // --- lessons: worlds for checks
    world.kernel.tty.onOutput = () => this.scheduleFlush();
    world.driver.onChange = () => {
      this.clockChanged = true;
      this.scheduleFlush();
    };
    world.onShellRestart = () => {
      this.shellRestarted = true;
      this.scheduleFlush();
    };
    this.prepareWorld?.(world);
    this.attachCron(world);
    this.editor = new EditorHost(world, () => this.scheduleFlush()); // --- editor
    await this.workspace.attach(world, options.seed, image); // --- workspace persistence: restore, then autosave
    if (beginning) (await import('../sim/lessons/lesson-world.ts')).installFiles(world, beginning.files); // --- lessons
    world.resize(options.cols, options.rows);
    world.startTerminal();
    world.driver.start();
  }

  input(data: string): void {
    this.requireWorld().input(data);
  }

  resize(cols: number, rows: number): void {
    this.requireWorld().resize(cols, rows);
  }

  setClockMode(mode: ClockMode): void {
    this.requireWorld().driver.setMode(mode);
  }

  async runToNextEvent(): Promise<boolean> {
    const fired = await this.requireWorld().driver.runToNextEvent();
    this.clockChanged = true;
    this.scheduleFlush();
    return fired;
  }

  async advance(ms: number): Promise<AdvanceOutcome> {
    const world = this.requireWorld();
    this.advanceCancelled = false;
    this.progress = 0;
    this.clockChanged = true;
    const outcome = await world.driver.fastForward({
      untilUs: world.kernel.clock.nowUs + ms * 1000,
      cancelled: () => this.advanceCancelled,
      onProgress: (p) => {
        this.progress = p.fraction;
        this.clockChanged = true;
        this.scheduleFlush();
      },
    });
    this.progress = undefined;
    this.clockChanged = true;
    this.scheduleFlush();
    return outcome;
  }

  cancelAdvance(): void {
    this.advanceCancelled = true;
  }

  cronTimeline(fromUs: number, toUs: number, limit: number): CronTimeline | null {
    const world = this.requireWorld();
    const cron = this.attachCron(world);
    if (!cron) return null;
    return cron.timeline(fromUs, toUs, Math.max(0, Math.min(MAX_TIMELINE_FIRES, Math.floor(limit))));
  }

  readFile(path: string, maxBytes: number): FileText {
    const fs = this.requireWorld().kernel.fs;
    // The panel shows what the student could `cat`: their credentials, their home for relative paths.
    const cred = { ...STUDENT, groups: [...STUDENT.groups] };
    try {
      const inode = fs.lookup(cred, STUDENT_HOME, path);
      if (inode.type === 'dir') return { kind: 'error', message: `${path}: Is a directory` };
      if (inode.type !== 'file') return { kind: 'error', message: `${path}: not a regular file` };
      if (!fs.canAccess(cred, inode, R_OK)) return { kind: 'error', message: `${path}: Permission denied` };
      const content = inode.content();
      const limit = Math.max(0, Math.min(MAX_FILE_BYTES, Math.floor(maxBytes)));
      const truncated = content.length > limit;
      const bytes = truncated ? content.subarray(0, utf8Boundary(content, limit)) : content;
      return { kind: 'text', text: new TextDecoder().decode(bytes), size: content.length, truncated };
    } catch (error) {
      if (isErrno(error)) return { kind: 'error', message: `${path}: ${error.message}` };
      throw error;
    }
  }

  // --- files: the file tree's calls (src/worker/files/file-tree-host.ts), all as the student.
  // The file tree's code loads when the Files tab first asks (it is not needed for the prompt).
  private fileTree: FileTreeHost | null = null;
  private fileTreeLoading: Promise<FileTreeHost> | null = null;
  private async files(): Promise<FileTreeHost> {
    this.fileTreeLoading ??= import('./files/file-tree-host.ts').then(({ FileTreeHost }) => {
      const host = new FileTreeHost(
        () => this.scheduleFlush(),
        (value, transferables) => this.scheduler.transfer(value, transferables),
      );
      host.attach(this.requireWorld().kernel.fs);
      this.fileTree = host;
      return host;
    });
    return this.fileTreeLoading;
  }
  async filesList(path: string): Promise<DirListing> {
    return (await this.files()).list(path);
  }
  async filesUnwatch(paths?: string[]): Promise<void> {
    (await this.files()).unwatch(paths);
  }
  async filesUsage(): Promise<DiskUsage> {
    return (await this.files()).usage();
  }
  async filesCreateFile(dir: string, name: string): Promise<FileOpResult> {
    return (await this.files()).createFile(dir, name);
  }
  async filesCreateFolder(dir: string, name: string): Promise<FileOpResult> {
    return (await this.files()).createFolder(dir, name);
  }
  async filesRename(path: string, newName: string): Promise<FileOpResult> {
    return (await this.files()).rename(path, newName);
  }
  async filesRemove(path: string): Promise<FileOpResult> {
    return (await this.files()).remove(path);
  }
  async filesUpload(dir: string, files: UploadFile[]): Promise<UploadOutcome[]> {
    return (await this.files()).upload(dir, files);
  }
  async filesDownload(path: string): Promise<Download> {
    return (await this.files()).download(path);
  }
  async filesDownloadZip(path: string): Promise<Download> {
    return (await this.files()).downloadZip(path);
  }
  // --- end files

  // --- editor: the editor pane's calls (src/worker/editor-host.ts), all as the student.
  private editor: EditorHost | null = null;

  editorRead(path: string): EditorFile {
    return this.requireEditor().editorRead(path);
  }

  editorStat(path: string): EditorFileStat {
    return this.requireEditor().editorStat(path);
  }

  editorWrite(path: string, text: string): Promise<EditorSaveResult> {
    return this.requireEditor().editorWrite(path, text);
  }

  editorWatch(paths: string[]): void {
    this.requireEditor().editorWatch(paths);
  }

  shellDiagnostics(text: string, fileName: string): ShellDiagnostic[] {
    return this.requireEditor().shellDiagnostics(text, fileName);
  }

  commandSummary(name: string): Promise<CommandSummary | null> {
    return this.requireEditor().commandSummary(name);
  }

  private requireEditor(): EditorHost {
    if (!this.editor) throw new Error('the world has not been started');
    return this.editor;
  }
  // --- end editor

  // --- workspace persistence: saving, export and import (src/worker/persistence).
  private readonly workspace = new WorkspacePersistence({
    // The worker's own IndexedDB (tests install fake-indexeddb as the global); none means memory only.
    openStore: () => openWorkspaceStore(globalThis.indexedDB),
    timers: { setTimeout: (callback, ms) => this.scheduler.setTimeout(callback, ms), now: () => this.scheduler.now() },
    wallNow: () => Date.now(),
    // Rare (a few per save), so sent at once rather than waiting for the next batch.
    report: (status) => this.listener?.({ workspace: status }),
  });

  saveWorkspace(): Promise<WorkspaceStatus> {
    return this.workspace.saveNow();
  }

  async exportWorkspace(): Promise<Uint8Array> {
    const bytes = await this.workspace.exportImage();
    return this.scheduler.transfer(bytes, [bytes.buffer as ArrayBuffer]);
  }

  async checkWorkspace(bytes: Uint8Array): Promise<ImportCheck> {
    const check = await this.workspace.checkImport(bytes);
    return check.ok ? this.scheduler.transfer(check, [check.bytes.buffer as ArrayBuffer]) : check;
  }

  retireWorkspace(): void {
    this.workspace.retire();
  }
  // --- end workspace persistence

  // --- lessons: the lesson player (src/worker/lessons), loaded on its first call.
  private makeWorld: ((seed: number, startMs: number) => World) | null = null;
  /** The lesson whose machine this world is, or null for the sandbox. */
  private lessonWorld: string | null = null;
  private lessonHost: LessonHost | null = null;
  private lessonLoading: Promise<LessonHost> | null = null;
  private lessonsHost(): Promise<LessonHost> {
    // Before start there is no world to check: refuse, without keeping the refusal for later calls.
    const make = this.makeWorld;
    if (!make || !this.world) return Promise.reject(new Error('the world has not been started'));
    this.lessonLoading ??= import('./lessons/lesson-host.ts').then(({ LessonHost }) => {
      const world = this.requireWorld();
      const keepStep = (id: string, step: number): Promise<void> => (id === this.lessonWorld ? this.workspace.keepStepSnapshot(step) : Promise.resolve());
      return (this.lessonHost = new LessonHost(world, make, (lesson) => this.listener?.({ lesson }), keepStep));
    });
    return this.lessonLoading;
  }
  async lessonsLoad(sources: LessonSource[]): Promise<LessonView[]> {
    return (await this.lessonsHost()).load(sources);
  }
  async lessonFollow(id: string | null, step: number): Promise<StepStatus | null> {
    return (await this.lessonsHost()).follow(id, step);
  }
  async lessonCheck(): Promise<StepStatus | null> {
    return (await this.lessonsHost()).check();
  }
  // --- end lessons

  private requireWorld(): World {
    if (!this.world) throw new Error('the world has not been started');
    return this.world;
  }

  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    this.scheduler.setTimeout(() => this.flush(), BATCH_INTERVAL_MS);
  }

  /** Sends one batched update; reschedules itself while output is still waiting. */
  private flush(): void {
    this.flushScheduled = false;
    const world = this.world;
    if (!world || !this.listener) return;
    const update: WorldUpdate = {};
    const transfers: ArrayBuffer[] = [];
    const tty = world.kernel.tty;
    if (tty.outputPending > 0) {
      const bytes = tty.takeOutput(MAX_OUTPUT_PER_BATCH);
      const copy = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
      update.output = copy;
      transfers.push(copy.buffer as ArrayBuffer);
    }
    const now = this.scheduler.now();
    if (this.clockChanged || now - this.lastClockSentMs > 1000) {
      update.clock = this.clockState(world);
      this.clockChanged = false;
      this.lastClockSentMs = now;
    }
    if (this.shellRestarted) {
      update.shellRestarted = true;
      this.shellRestarted = false;
    }
    const cron = this.attachCron(world);
    if (cron && this.cronChanged) {
      // However many runs started and ended since the last batch, the UI gets one snapshot.
      this.cronChanged = false;
      update.cron = cron.snapshot();
    }
    // --- files: listings of watched folders that changed, relisted once per batch.
    const files = this.fileTree?.takeUpdate();
    if (files) update.files = files;
    // --- editor: files to open and open files that changed, stat'ed once per batch.
    const editor = this.editor?.takeUpdate();
    if (editor) update.editor = editor;
    this.lessonHost?.poll(); // --- lessons: check the followed step again once a command finished
    if (update.output || update.clock || update.shellRestarted || update.cron || update.files || update.editor) this.listener(this.scheduler.transfer(update, transfers));
    if (tty.outputPending > 0) this.scheduleFlush();
    else if (world.driver.mode.kind === 'running') {
      // Keep the clock display honest about drift even when nothing else happens.
      this.scheduler.setTimeout(() => {
        if (!this.flushScheduled) this.scheduleFlush();
      }, 1000);
    }
  }

  /**
   * Finds the cron service and listens to it. Looked up again at every flush because a service may
   * be registered after boot, or replaced (a restored snapshot); cheap, one map lookup.
   */
  private attachCron(world: World): CronService | undefined {
    const service = world.system.service<CronService>('cron');
    if (service === this.cron) return service;
    this.cron = service;
    if (!service) return undefined;
    // Keep whoever listened before us (a lesson check) informed too.
    const previous = service.onChange;
    service.onChange = () => {
      previous?.();
      if (this.cron !== service) return;
      this.cronChanged = true;
      this.scheduleFlush();
    };
    this.cronChanged = true;
    this.scheduleFlush();
    return service;
  }

  private clockState(world: World): ClockState {
    world.driver.sync();
    return {
      nowUs: world.kernel.clock.nowUs,
      mode: world.driver.mode,
      fastForwarding: world.driver.isFastForwarding,
      progress: this.progress,
    };
  }
}

/** The largest cut at or below `limit` that does not split a UTF-8 sequence. */
function utf8Boundary(bytes: Uint8Array, limit: number): number {
  let cut = limit;
  while (cut > 0 && cut > limit - 4 && (bytes[cut] & 0xc0) === 0x80) cut--;
  return cut;
}
