// The world's side of the editor pane: files read and written as the student, the `editor` service
// that `code FILE` and `crontab -e` call, the state of the files open in tabs (sent in the worker's
// batches so a cron job appending to an open file shows up live), and bash -n diagnostics and
// command summaries for shell-aware editing. WorldHost owns one and forwards the calls.

import type { World } from '../sim/world.ts';
import type { Inode } from '../sim/fs/inode.ts';
import { W_OK } from '../sim/fs/filesystem.ts';
import { STUDENT } from '../sim/fs/base-system.ts';
import { Errno, isErrno } from '../sim/kernel/errors.ts';
import { EDITOR_SERVICE, type EditorService, type EditorSession, type EditorSessionEvent } from '../sim/editor-service.ts';
import { builtins } from '../sim/shell/builtins/index.ts';
import { bashNoexecDiagnostics } from './shell-diagnostics.ts';
import type { CommandSummary, EditorApi, EditorFile, EditorFileStat, EditorSaveResult, EditorUpdate, ShellDiagnostic } from './editor-protocol.ts';

const STUDENT_HOME = '/home/student';
/** Larger files open as "too large": Monaco copes, but a 64 MiB string over postMessage does not. */
export const MAX_EDIT_BYTES = 5 * 1024 * 1024;
/** A new file saved from the editor gets the student's default mode (0666 less umask 022). */
const NEW_FILE_MODE = 0o644;
type SessionAnswer = { message: string; accepted: boolean };

export class EditorHost implements EditorApi {
  /** Open tabs' paths with the stat last sent for each (undefined: not sent yet). */
  private watched = new Map<string, EditorFileStat | undefined>();
  /** Changes counted per inode, so a rewrite within one virtual microsecond is still seen. */
  private readonly versions = new WeakMap<Inode, number>();
  private readonly sessions = new Map<string, HostSession>();
  private pendingOpen: string[] = [];
  private pendingEnded: string[] = [];

  constructor(
    private readonly world: World,
    private readonly onDirty: () => void,
  ) {
    const service: EditorService = {
      open: (path) => this.requestOpen(path),
      openSession: (path, title) => {
        this.sessions.get(path)?.end();
        const session = new HostSession(title, () => this.endSession(path, session));
        this.sessions.set(path, session);
        this.requestOpen(path);
        return session;
      },
    };
    world.system.register(EDITOR_SERVICE, service);
    const fs = world.kernel.fs;
    fs.onChange((inode) => {
      this.versions.set(inode, (this.versions.get(inode) ?? 0) + 1);
      if (this.watched.size > 0) this.onDirty();
    });
  }

  /** What the editor needs in the next batch, or undefined when nothing changed. */
  takeUpdate(): EditorUpdate | undefined {
    const update: EditorUpdate = {};
    if (this.pendingOpen.length > 0) update.open = this.pendingOpen.splice(0);
    if (this.pendingEnded.length > 0) update.ended = this.pendingEnded.splice(0);
    // Stat every watched path at each flush rather than trusting change events alone: a handful of
    // lookups, and a rename over an open file (a new inode) is caught too.
    const changed: EditorFileStat[] = [];
    for (const [path, sent] of this.watched) {
      const now = this.editorStat(path);
      if (sent === undefined || !sameStat(sent, now)) {
        this.watched.set(path, now);
        if (sent !== undefined) changed.push(now);
      }
    }
    if (changed.length > 0) update.changed = changed;
    return update.open || update.ended || update.changed ? update : undefined;
  }

  editorStat(path: string): EditorFileStat {
    try {
      return this.statOf(path, this.lookup(path));
    } catch (error) {
      if (!isErrno(error)) throw error;
      return { path, exists: false, ino: 0, size: 0, mtimeUs: 0, mode: 0, version: 0 };
    }
  }

  editorRead(path: string): EditorFile {
    const fs = this.world.kernel.fs;
    try {
      const inode = this.lookup(path);
      if (inode.type === 'dir') return { kind: 'error', message: 'Is a directory' };
      if (inode.type !== 'file') return { kind: 'error', message: 'Not a regular file' };
      if (!fs.canAccess(this.cred(), inode, 4)) return { kind: 'error', message: 'Permission denied' };
      const stat = this.statOf(path, inode);
      if (inode.size > MAX_EDIT_BYTES) return { kind: 'too-large', stat, limit: MAX_EDIT_BYTES };
      const text = decodeText(inode.content());
      if (text === null) return { kind: 'binary', stat };
      const session = this.sessions.get(path)?.title;
      return { kind: 'text', text, stat, writable: fs.canAccess(this.cred(), inode, W_OK), ...(session ? { session } : {}) };
    } catch (error) {
      if (isErrno(error)) return { kind: 'error', message: error.message };
      throw error;
    }
  }

  async editorWrite(path: string, text: string): Promise<EditorSaveResult> {
    const fs = this.world.kernel.fs;
    const cred = this.cred();
    // The file's mtime is virtual time now, not when the clock last ticked.
    this.world.driver.sync();
    let inode: Inode;
    try {
      try {
        inode = this.lookup(path);
      } catch (error) {
        if (!isErrno(error) || error.code !== 'ENOENT') throw error;
        inode = fs.createFile(cred, STUDENT_HOME, path, NEW_FILE_MODE);
      }
      if (inode.type === 'dir') throw new Errno('EISDIR');
      if (inode.type !== 'file') throw new Errno('EINVAL');
      if (!fs.canAccess(cred, inode, W_OK)) throw new Errno('EACCES');
      // One replacement, checked against the quota before anything changes: a refused save leaves
      // the old content intact (an editor that truncated first would lose it).
      fs.setContent(inode, new TextEncoder().encode(text));
    } catch (error) {
      if (isErrno(error)) return { kind: 'error', message: error.message };
      throw error;
    }
    const stat = this.statOf(path, inode);
    if (this.watched.has(path)) this.watched.set(path, stat);
    const session = this.sessions.get(path);
    if (!session) return { kind: 'saved', stat };
    const answer = await session.saved();
    return { kind: 'saved', stat: this.editorStat(path), session: answer };
  }

  editorWatch(paths: string[]): void {
    const next = new Map<string, EditorFileStat | undefined>();
    for (const path of paths) next.set(path, this.watched.get(path) ?? this.editorStat(path));
    this.watched = next;
    for (const [path, session] of this.sessions) {
      // A session's tab counts as closed only once it had been open: the request may still be on
      // its way to the page when an older list of tabs arrives.
      if (next.has(path)) session.shown = true;
      else if (session.shown) session.emit('closed');
    }
  }

  shellDiagnostics(text: string, fileName: string): ShellDiagnostic[] {
    return bashNoexecDiagnostics(text, fileName);
  }

  async commandSummary(name: string): Promise<CommandSummary | null> {
    // bash runs a builtin before a program of the same name (echo, printf, kill): so does the hover.
    const builtin = builtins.get(name);
    if (builtin) {
      const { BUILTIN_DESCRIPTIONS } = await import('../sim/shell/builtins/builtin-descriptions.ts');
      return { name, summary: (BUILTIN_DESCRIPTIONS[name] ?? '').split('\n')[0].trim(), usage: `${name}: ${builtin.synopsis}` };
    }
    const registry = this.world.system.commands;
    if (!registry.has(name)) return null;
    const command = await registry.load(name);
    if (!command) return null;
    const usage = command.help.split('\n\n')[0].split('\n').slice(0, 4).join('\n');
    return { name, summary: command.summary, usage };
  }

  private requestOpen(path: string): void {
    this.pendingOpen.push(path);
    this.onDirty();
  }

  private endSession(path: string, session: HostSession): void {
    if (this.sessions.get(path) !== session) return;
    this.sessions.delete(path);
    this.pendingEnded.push(path);
    this.onDirty();
  }

  private lookup(path: string): Inode {
    return this.world.kernel.fs.lookup(this.cred(), STUDENT_HOME, path);
  }

  private cred(): { uid: number; gid: number; groups: number[] } {
    return { ...STUDENT, groups: [...STUDENT.groups] };
  }

  private statOf(path: string, inode: Inode): EditorFileStat {
    const stat = this.world.kernel.fs.stat(inode);
    return { path, exists: true, ino: stat.ino, size: stat.size, mtimeUs: stat.mtimeUs, mode: stat.mode, version: this.versions.get(inode) ?? 0 };
  }
}

/** A program waiting on an edit (crontab -e): saves and the tab closing become its events. */
class HostSession implements EditorSession {
  shown = false;
  private readonly queued: EditorSessionEvent[] = [];
  private listener: ((event: EditorSessionEvent) => void) | null = null;
  private readonly waitingSaves: ((answer: SessionAnswer) => void)[] = [];
  private ended = false;

  constructor(
    readonly title: string,
    private readonly onEnd: () => void,
  ) {}

  takeEvent(): EditorSessionEvent | undefined {
    return this.queued.shift();
  }

  whenNext(listener: (event: EditorSessionEvent) => void): () => void {
    this.listener = listener;
    return () => {
      if (this.listener === listener) this.listener = null;
    };
  }

  emit(event: EditorSessionEvent): void {
    if (this.ended) return;
    const listener = this.listener;
    this.listener = null;
    if (listener) listener(event);
    else this.queued.push(event);
  }

  /** A save: the program's answer comes back through `reply`. */
  saved(): Promise<SessionAnswer> {
    if (this.ended) return Promise.resolve({ message: '', accepted: true });
    return new Promise((resolve) => {
      this.waitingSaves.push(resolve);
      this.emit('saved');
    });
  }

  reply(message: string, accepted: boolean): void {
    this.waitingSaves.shift()?.({ message, accepted });
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    for (const resolve of this.waitingSaves.splice(0)) resolve({ message: '', accepted: true });
    this.onEnd();
  }
}

function sameStat(a: EditorFileStat, b: EditorFileStat): boolean {
  return a.exists === b.exists && a.ino === b.ino && a.size === b.size && a.mtimeUs === b.mtimeUs && a.mode === b.mode && a.version === b.version;
}

/** The text of UTF-8 bytes, or null for what an editor should not show as text (NUL, bad UTF-8). */
export function decodeText(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}
