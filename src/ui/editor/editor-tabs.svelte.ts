// The editor's open files: opening (from the file tree or `code FILE`), saving, closing, and keeping
// each tab in step with the file on disk — an unmodified tab follows a job appending to its file,
// a modified one is offered "reload" or "keep mine". Every read and write goes through the world,
// as the student.

import type { Monaco } from './monaco-setup.ts';
import type { WorldClient } from '../world-client.svelte.ts';
import type { EditorFileStat, EditorUpdate } from '../../worker/editor-protocol.ts';
import { EditorTab, replaceText } from './editor-tab.svelte.ts';
import { languageOf } from './language-of.ts';
import { ShellChecker } from './shell-checker.ts';

export class EditorTabs {
  tabs = $state<EditorTab[]>([]);
  active = $state<EditorTab | null>(null);
  /** The last word from a program that owned an edit (crontab's "installing new crontab"). */
  status = $state('');
  private readonly checker: ShellChecker;
  /** What the disk held when a conflict began, for "reload". */
  private readonly diskVersions = new Map<EditorTab, { text: string; stat: EditorFileStat }>();

  constructor(
    private readonly monaco: Monaco,
    private readonly world: WorldClient,
  ) {
    this.checker = new ShellChecker(monaco, world);
    // A new worker (crash recovery, reset, import): watch the open files there, and take in what
    // they hold now as if they had changed on disk (an edited tab offers reload or keep).
    this.stopReplaced = world.onWorldReplaced(() => {
      this.syncWatch();
      for (const tab of this.tabs) void this.world.editor.editorStat(tab.path).then((stat) => this.reconcile(tab, stat));
    });
  }

  private readonly stopReplaced: () => void;

  async open(path: string): Promise<void> {
    const existing = this.tabs.find((t) => t.path === path);
    if (existing) {
      this.active = existing;
      return;
    }
    const tab = new EditorTab(path);
    this.tabs.push(tab);
    this.active = tab;
    this.syncWatch();
    await this.load(tab);
  }

  async save(tab: EditorTab): Promise<void> {
    const model = tab.model;
    if (!model || tab.saving) return;
    const text = model.getValue();
    const version = model.getAlternativeVersionId();
    tab.saving = true;
    tab.notice = null;
    try {
      const result = await this.world.editor.editorWrite(tab.path, text);
      if (result.kind === 'error') {
        tab.notice = { tone: 'error', text: `Cannot save ${tab.name}: ${result.message}` };
        return;
      }
      tab.markSaved(text, result.stat, version);
      this.diskVersions.delete(tab);
      if (result.session) {
        if (result.session.accepted) this.status = result.session.message.trimEnd();
        tab.notice = { tone: result.session.accepted ? 'info' : 'error', text: result.session.message.trimEnd() };
        this.checker.showCrontabVerdict(model, result.session.accepted ? '' : result.session.message);
      }
    } finally {
      tab.saving = false;
    }
  }

  /** Closes a tab; unsaved edits are only dropped when `discard` says so (the pane asks first). */
  close(tab: EditorTab): void {
    const index = this.tabs.indexOf(tab);
    if (index < 0) return;
    this.tabs.splice(index, 1);
    this.diskVersions.delete(tab);
    if (this.active === tab) this.active = this.tabs[Math.min(index, this.tabs.length - 1)] ?? null;
    tab.dispose();
    this.syncWatch();
  }

  reload(tab: EditorTab): void {
    const disk = this.diskVersions.get(tab);
    if (!disk || !tab.model) return;
    replaceText(tab.model, disk.text);
    tab.markSaved(disk.text, disk.stat, tab.model.getAlternativeVersionId());
    this.diskVersions.delete(tab);
  }

  keepMine(tab: EditorTab): void {
    const disk = this.diskVersions.get(tab);
    if (disk) tab.base = disk.stat;
    tab.conflict = false;
    this.diskVersions.delete(tab);
  }

  /** Changes from the world: files changed on disk, edit sessions that ended. */
  receive(update: EditorUpdate): void {
    for (const stat of update.changed ?? []) {
      for (const tab of this.tabs) if (tab.path === stat.path) void this.reconcile(tab, stat);
    }
    for (const path of update.ended ?? []) {
      const tab = this.tabs.find((t) => t.path === path);
      if (tab) this.close(tab);
    }
  }

  dispose(): void {
    this.stopReplaced();
    for (const tab of this.tabs) tab.dispose();
    this.checker.dispose();
  }

  private async load(tab: EditorTab): Promise<void> {
    const file = await this.world.editor.editorRead(tab.path);
    if (!this.tabs.includes(tab)) return;
    if (file.kind !== 'text') {
      tab.applyNonText(file);
      return;
    }
    const uri = this.monaco.Uri.file(tab.path);
    this.monaco.editor.getModel(uri)?.dispose();
    const model = this.monaco.editor.createModel(file.text, languageOf(tab.path, file.text.split('\n', 1)[0]), uri);
    tab.model = model;
    tab.session = file.session;
    tab.writable = file.writable;
    tab.markSaved(file.text, file.stat, model.getAlternativeVersionId());
    tab.kind = 'text';
    model.onDidChangeContent(() => tab.refreshDirty());
    // crontab lines are not shell scripts: bash -n would flag good ones.
    if (model.getLanguageId() === 'shell' && !file.session) this.checker.watch(model, tab.name);
  }

  private async reconcile(tab: EditorTab, stat: EditorFileStat): Promise<void> {
    // Our own save reports the same stat; a save in flight reports its result itself.
    if (tab.saving || (tab.base && sameContentStat(tab.base, stat))) return;
    if (!stat.exists) {
      tab.notice = { tone: 'info', text: `${tab.name} was deleted on disk. Saving will create it again.` };
      return;
    }
    const file = await this.world.editor.editorRead(tab.path);
    if (!this.tabs.includes(tab)) return;
    if (file.kind !== 'text' || !tab.model) {
      if (file.kind !== 'text') tab.applyNonText(file);
      else await this.load(tab);
      return;
    }
    tab.writable = file.writable;
    if (file.text === tab.baseText) {
      // Only the metadata changed (chmod, touch): nothing to merge.
      tab.base = file.stat;
      return;
    }
    if (!tab.dirty) {
      replaceText(tab.model, file.text);
      tab.markSaved(file.text, file.stat, tab.model.getAlternativeVersionId());
      return;
    }
    this.diskVersions.set(tab, { text: file.text, stat: file.stat });
    tab.conflict = true;
  }

  private syncWatch(): void {
    void this.world.editor.editorWatch(this.tabs.map((t) => t.path));
  }
}

function sameContentStat(a: EditorFileStat, b: EditorFileStat): boolean {
  return a.exists === b.exists && a.ino === b.ino && a.size === b.size && a.mtimeUs === b.mtimeUs && a.version === b.version && a.mode === b.mode;
}
