// The file tree's commands — new file or folder, rename, delete, upload, download — sent to the
// worker, with the outcome shown as one notice (the shell's error text when something fails).

import type { WorldClient } from '../world-client.svelte.ts';
import type { FileOpResult } from '../../worker/files/protocol.ts';
import { readForUpload, saveDownload } from './browser-files.ts';
import type { FileTreeState } from './file-tree-state.svelte.ts';
import { parentPath, type TreeRow } from './tree-rows.ts';

export interface Notice {
  kind: 'ok' | 'error';
  text: string;
}

export class FileActions {
  notice = $state.raw<Notice | null>(null);
  busy = $state(false);

  constructor(
    private readonly world: WorldClient,
    private readonly tree: FileTreeState,
  ) {}

  /** Creates a file or folder; returns the error to show in the name dialog, or null when done. */
  async create(kind: 'file' | 'folder', folder: string, name: string, nearKey: string): Promise<string | null> {
    const files = this.world.files;
    const result = kind === 'file' ? await files.filesCreateFile(folder, name) : await files.filesCreateFolder(folder, name);
    return this.settle(result, folder, nearKey, `Created ${name}`);
  }

  async rename(row: TreeRow, name: string): Promise<string | null> {
    const result = await this.world.files.filesRename(row.path, name);
    return this.settle(result, parentPath(row.path), row.key, `Renamed ${row.name} to ${name}`);
  }

  async remove(row: TreeRow): Promise<void> {
    const result = await this.world.files.filesRemove(row.path);
    if (!result.ok) {
      this.notice = { kind: 'error', text: result.message };
      return;
    }
    if (row.parentKey) this.tree.selectedKey = row.parentKey;
    await this.tree.load(parentPath(row.path));
    this.notice = { kind: 'ok', text: `Deleted ${row.name}` };
  }

  async upload(folder: string, files: readonly File[], folders: readonly string[] = []): Promise<void> {
    const problems = folders.map((name) => `${name}: uploading a folder is not supported in this playground; upload its files`);
    let done = 0;
    if (files.length > 0) {
      this.busy = true;
      try {
        const outcomes = await this.world.files.filesUpload(folder, await readForUpload(files));
        for (const { result } of outcomes) {
          if (result.ok) done++;
          else problems.push(result.message);
        }
      } finally {
        this.busy = false;
      }
      await this.tree.load(folder);
    }
    const uploaded = done > 0 ? `Uploaded ${done} ${done === 1 ? 'file' : 'files'} to ${folder}` : '';
    this.notice = problems.length > 0 ? { kind: 'error', text: [...problems, uploaded].filter(Boolean).join('\n') } : { kind: 'ok', text: uploaded };
  }

  async download(row: TreeRow): Promise<void> {
    this.busy = true;
    try {
      const download = row.folder ? await this.world.files.filesDownloadZip(row.path) : await this.world.files.filesDownload(row.path);
      if (!download.ok) {
        this.notice = { kind: 'error', text: download.message };
        return;
      }
      saveDownload(download.name, download.bytes, row.folder ? 'application/zip' : undefined);
      const skipped = download.skipped.length > 0 ? ` (skipped: ${download.skipped.join('; ')})` : '';
      this.notice = { kind: download.skipped.length > 0 ? 'error' : 'ok', text: `Downloaded ${download.name}${skipped}` };
    } finally {
      this.busy = false;
    }
  }

  private async settle(result: FileOpResult, folder: string, nearKey: string, done: string): Promise<string | null> {
    if (!result.ok) return result.message;
    await this.tree.load(folder);
    this.tree.reveal(nearKey, result.path);
    this.notice = { kind: 'ok', text: done };
    return null;
  }
}
