// The file tree as the flat list of rows a screen shows: the two roots (home first, then /), and under
// each expanded folder its listed entries, one level deeper. A folder is keyed by the root it was
// reached from plus its path, so ~/data and /home/student/data expand independently.

import type { DirListing, FileEntry, FileKind } from '../../worker/files/protocol.ts';

export const HOME = '/home/student';

export interface TreeRoot {
  key: string;
  path: string;
  label: string;
}

export const ROOTS: readonly TreeRoot[] = [
  { key: 'home', path: HOME, label: '~ (home)' },
  { key: 'root', path: '/', label: '/' },
];

export interface TreeRow {
  key: string;
  /** The key of the row this one is listed under; null for a root. */
  parentKey: string | null;
  path: string;
  name: string;
  kind: FileKind;
  /** A folder, or a link to one: it can be expanded. */
  folder: boolean;
  expanded: boolean;
  level: number;
  posinset: number;
  setsize: number;
  /** Null for a root, which has no listing entry of its own. */
  entry: FileEntry | null;
  /** Shown beside an expanded folder: "empty", or why it could not be listed. */
  note?: string;
}

export function rowKey(rootKey: string, path: string): string {
  return `${rootKey}:${path}`;
}

export function flattenTree(listings: ReadonlyMap<string, DirListing>, expanded: ReadonlySet<string>): TreeRow[] {
  const rows: TreeRow[] = [];
  ROOTS.forEach((root, index) => {
    const key = rowKey(root.key, root.path);
    const row: TreeRow = {
      key,
      parentKey: null,
      path: root.path,
      name: root.label,
      kind: 'dir',
      folder: true,
      expanded: expanded.has(key),
      level: 1,
      posinset: index + 1,
      setsize: ROOTS.length,
      entry: null,
    };
    rows.push(row);
    if (row.expanded) addChildren(rows, row, root.key, listings, expanded);
  });
  return rows;
}

function addChildren(rows: TreeRow[], parent: TreeRow, rootKey: string, listings: ReadonlyMap<string, DirListing>, expanded: ReadonlySet<string>): void {
  const listing = listings.get(parent.path);
  if (!listing) return; // still loading: the folder shows expanded, its entries arrive in a moment
  if (!listing.ok) {
    parent.note = listing.message;
    return;
  }
  if (listing.entries.length === 0) parent.note = 'empty';
  listing.entries.forEach((entry, index) => {
    const key = rowKey(rootKey, entry.path);
    const folder = entry.kind === 'dir' || entry.linkToDir === true;
    const row: TreeRow = {
      key,
      parentKey: parent.key,
      path: entry.path,
      name: entry.name,
      kind: entry.kind,
      folder,
      expanded: folder && expanded.has(key),
      level: parent.level + 1,
      posinset: index + 1,
      setsize: listing.entries.length,
      entry,
    };
    rows.push(row);
    if (row.expanded) addChildren(rows, row, rootKey, listings, expanded);
  });
}

/** The folder new files and uploads go into when `row` is selected: itself, or the folder holding it. */
export function targetFolder(rows: readonly TreeRow[], row: TreeRow | undefined): string {
  if (!row) return HOME;
  if (row.folder) return row.path;
  return rows.find((r) => r.key === row.parentKey)?.path ?? HOME;
}

export function parentPath(path: string): string {
  return path.slice(0, path.lastIndexOf('/')) || '/';
}

/**
 * Where the selection goes when the selected row is gone (deleted or renamed in the terminal): its
 * nearest ancestor still shown. Null while the row may still appear: an ancestor's listing is loading.
 */
export function selectionFallback(rows: readonly TreeRow[], listings: ReadonlyMap<string, unknown>, selectedKey: string): string | null {
  if (rows.some((row) => row.key === selectedKey)) return null;
  const colon = selectedKey.indexOf(':');
  const root = selectedKey.slice(0, colon + 1);
  let path = selectedKey.slice(colon + 1);
  while (path !== '/') {
    path = parentPath(path);
    const ancestor = rows.find((row) => row.key === root + path);
    if (ancestor) return ancestor.expanded && !listings.has(ancestor.path) ? null : ancestor.key;
  }
  return rows[0]?.key ?? null;
}
