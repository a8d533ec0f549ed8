// What the file tree shows: folder listings from the worker (kept current by its update batches),
// which folders are expanded and which row is selected. One instance per world, so switching panel
// tabs keeps expansions and selection; the worker only watches folders while they are on screen.

import type { DirListing, DiskUsage, FileTreeUpdate } from '../../worker/files/protocol.ts';
import type { WorldClient } from '../world-client.svelte.ts';
import { flattenTree, HOME, parentPath, ROOTS, rowKey, type TreeRow } from './tree-rows.ts';

export class FileTreeState {
  listings = $state.raw<ReadonlyMap<string, DirListing>>(new Map());
  expanded = $state.raw<ReadonlySet<string>>(new Set([rowKey('home', HOME)]));
  selectedKey = $state(rowKey('home', HOME));
  usage = $state.raw<DiskUsage | null>(null);
  readonly rows: TreeRow[] = $derived(flattenTree(this.listings, this.expanded));
  private readonly loading = new Set<string>();

  constructor(private readonly world: WorldClient) {}

  /** Starts receiving listings; returns the function that stops, and the worker's watching with it. */
  connect(): () => void {
    const stop = this.world.onFiles((update) => this.apply(update));
    void this.world.files.filesUsage().then((usage) => (this.usage = usage));
    // A new worker (crash recovery, reset, import) has other files: list what is shown afresh.
    const stopReplaced = this.world.onWorldReplaced(() => {
      this.listings = new Map();
      this.loading.clear();
      this.loadMissing();
      void this.world.files.filesUsage().then((usage) => (this.usage = usage));
    });
    return () => {
      stop();
      stopReplaced();
      void this.world.files.filesUnwatch();
      // Unwatched listings would go stale: the next connect lists afresh.
      this.listings = new Map();
      this.loading.clear();
    };
  }

  get selected(): TreeRow | undefined {
    return this.rows.find((row) => row.key === this.selectedKey);
  }

  /** Lists every expanded folder on screen that has no listing yet (call from an effect on `rows`). */
  loadMissing(): void {
    for (const row of this.rows) {
      if (row.expanded && !this.listings.has(row.path) && !this.loading.has(row.path)) void this.load(row.path);
    }
  }

  expand(row: TreeRow): void {
    if (row.folder && !this.expanded.has(row.key)) this.expanded = new Set([...this.expanded, row.key]);
  }

  collapse(row: TreeRow): void {
    if (!this.expanded.has(row.key)) return;
    // Folders below stay expanded in memory, so they reopen as the student left them.
    this.expanded = new Set([...this.expanded].filter((key) => key !== row.key));
    this.prune();
  }

  /** Lists a folder now: after a change made from the tree, so it shows before the next batch. */
  async load(path: string): Promise<void> {
    this.loading.add(path);
    const listing = await this.world.files.filesList(path);
    this.loading.delete(path);
    this.store([listing]);
  }

  /** Selects `path` (just created or renamed), expanding the folders above it under the root of `nearKey`. */
  reveal(nearKey: string, path: string): void {
    const root = ROOTS.find((r) => nearKey.startsWith(`${r.key}:`) && isWithin(path, r.path)) ?? ROOTS[1];
    const keys = new Set(this.expanded);
    for (let folder = parentPath(path); isWithin(folder, root.path); folder = parentPath(folder)) {
      keys.add(rowKey(root.key, folder));
      if (folder === root.path) break;
    }
    this.expanded = keys;
    this.selectedKey = rowKey(root.key, path);
  }

  private apply(update: FileTreeUpdate): void {
    this.usage = update.usage;
    this.store(update.listings);
  }

  private store(listings: readonly DirListing[]): void {
    const next = new Map(this.listings);
    for (const listing of listings) next.set(listing.path, listing);
    this.listings = next;
    this.prune();
  }

  /** Drops (and stops watching) listings no longer on screen: collapsed, deleted or renamed folders. */
  private prune(): void {
    const shown = new Set(this.rows.filter((row) => row.expanded).map((row) => row.path));
    const hidden = [...this.listings.keys()].filter((path) => !shown.has(path) && !this.loading.has(path));
    if (hidden.length === 0) return;
    const next = new Map(this.listings);
    for (const path of hidden) next.delete(path);
    this.listings = next;
    void this.world.files.filesUnwatch(hidden);
  }
}

function isWithin(path: string, folder: string): boolean {
  return folder === '/' || path === folder || path.startsWith(`${folder}/`);
}


const states = new WeakMap<WorldClient, FileTreeState>();

export function fileTreeState(world: WorldClient): FileTreeState {
  let state = states.get(world);
  if (!state) states.set(world, (state = new FileTreeState(world)));
  return state;
}
