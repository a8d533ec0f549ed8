// One open file: its Monaco model, whether it differs from what was last read or saved (dirty), and
// what the pane shows above it (a conflict with a change on disk, a failed save, crontab's answer).
// A file that is not text (binary, too large, unreadable) has no model, only its notice.

import type { editor } from 'monaco-editor/editor';
import type { EditorFile, EditorFileStat } from '../../worker/editor-protocol.ts';

export type TabNotice = { tone: 'error' | 'info'; text: string };

export class EditorTab {
  readonly path: string;
  readonly name: string;
  /** 'loading' until the first read answers; then the kind of file it turned out to be. */
  kind = $state<'loading' | 'text' | 'binary' | 'too-large' | 'error'>('loading');
  /** For binary and too-large files: their size; for errors: the reason. */
  size = $state(0);
  reason = $state('');
  dirty = $state(false);
  /** The file changed on disk while the student had unsaved edits: reload, or keep theirs. */
  conflict = $state(false);
  notice = $state<TabNotice | null>(null);
  writable = $state(true);
  saving = $state(false);
  /** A text to compare the file with, side by side (a lesson's solution of it); null: no comparison. */
  compare = $state.raw<{ label: string; text: string } | null>(null);
  /** The program waiting on this edit (crontab -e), shown on the tab. */
  session = $state<string | undefined>(undefined);
  model: editor.ITextModel | null = null;
  viewState: editor.ICodeEditorViewState | null = null;
  /** What was last read from or written to disk: a change event equal to it is our own save. */
  base: EditorFileStat | null = null;
  baseText = '';
  /** Monaco's alternative version id at the last read or save: equal means not dirty (undo too). */
  savedVersion = 0;

  constructor(path: string) {
    this.path = path;
    this.name = path.slice(path.lastIndexOf('/') + 1);
  }

  /** Takes a read's answer for a file without a model yet (or one that stopped being text). */
  applyNonText(file: Exclude<EditorFile, { kind: 'text' }>): void {
    this.kind = file.kind;
    if (file.kind === 'error') this.reason = file.message;
    else {
      this.size = file.stat.size;
      this.base = file.stat;
    }
  }

  refreshDirty(): void {
    this.dirty = this.model !== null && this.model.getAlternativeVersionId() !== this.savedVersion;
  }

  markSaved(text: string, stat: EditorFileStat, versionAtSave: number): void {
    this.base = stat;
    this.baseText = text;
    this.savedVersion = versionAtSave;
    this.conflict = false;
    this.refreshDirty();
  }

  dispose(): void {
    this.model?.dispose();
    this.model = null;
  }
}

/**
 * Replaces a model's text with the smallest edit (common prefix and suffix kept), so a file that
 * grew at its end keeps the cursor, the scroll position and the undo history.
 */
export function replaceText(model: editor.ITextModel, text: string): void {
  const current = model.getValue();
  if (current === text) return;
  let prefix = 0;
  const limit = Math.min(current.length, text.length);
  while (prefix < limit && current.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < limit - prefix && current.charCodeAt(current.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)) suffix++;
  const start = model.getPositionAt(prefix);
  const end = model.getPositionAt(current.length - suffix);
  model.pushEditOperations(
    [],
    [{ range: { startLineNumber: start.lineNumber, startColumn: start.column, endLineNumber: end.lineNumber, endColumn: end.column }, text: text.slice(prefix, text.length - suffix) }],
    () => null,
  );
}
