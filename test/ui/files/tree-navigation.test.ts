// The file tree as rows and keys: home first, then /; an expanded folder shows its listing one level
// deeper; the arrow keys, Enter, F2 and Delete do what the ARIA tree pattern and file managers do.

import { describe, expect, test } from 'vitest';
import type { DirListing, FileEntry } from '../../../src/worker/files/protocol.ts';
import { flattenTree, selectionFallback, targetFolder } from '../../../src/ui/files/tree-rows.ts';
import { treeKeyAction } from '../../../src/ui/files/tree-navigation.ts';

function entry(path: string, kind: FileEntry['kind'] = 'file'): FileEntry {
  return { name: path.slice(path.lastIndexOf('/') + 1), path, kind, size: kind === 'dir' ? 4096 : 3, mode: 0o644, executable: false };
}

const listings = new Map<string, DirListing>([
  ['/home/student', { path: '/home/student', ok: true, entries: [entry('/home/student/data', 'dir'), entry('/home/student/a.txt')] }],
  ['/home/student/data', { path: '/home/student/data', ok: true, entries: [] }],
  ['/root', { path: '/root', ok: false, message: "cannot open directory '/root': Permission denied" }],
]);
const expanded = new Set(['home:/home/student', 'home:/home/student/data']);

describe('the rows of the tree', () => {
  test('home comes first with its entries, then /, each row knowing its level and place', () => {
    const rows = flattenTree(listings, expanded);
    expect(rows.map((r) => [r.key, r.level, r.posinset, r.setsize, r.expanded, r.note])).toEqual([
      ['home:/home/student', 1, 1, 2, true, undefined],
      ['home:/home/student/data', 2, 1, 2, true, 'empty'],
      ['home:/home/student/a.txt', 2, 2, 2, false, undefined],
      ['root:/', 1, 2, 2, false, undefined],
    ]);
  });

  test('a folder that cannot be listed carries the reason', () => {
    const rows = flattenTree(
      new Map([...listings, ['/', { path: '/', ok: true, entries: [entry('/root', 'dir')] }]]),
      new Set(['root:/', 'root:/root']),
    );
    expect(rows.find((r) => r.key === 'root:/root')?.note).toBe("cannot open directory '/root': Permission denied");
  });

  test('new files go into the selected folder, or the folder holding the selected file', () => {
    const rows = flattenTree(listings, expanded);
    expect(targetFolder(rows, rows[1])).toBe('/home/student/data');
    expect(targetFolder(rows, rows[2])).toBe('/home/student');
    expect(targetFolder(rows, undefined)).toBe('/home/student');
  });

  test('a selected row deleted elsewhere hands the selection to its folder, unless it is still loading', () => {
    const rows = flattenTree(listings, expanded);
    expect(selectionFallback(rows, listings, 'home:/home/student/data/gone.txt')).toBe('home:/home/student/data');
    expect(selectionFallback(rows, listings, 'home:/home/student/a.txt')).toBeNull();
    const loading = new Map([...listings].filter(([path]) => path !== '/home/student/data'));
    expect(selectionFallback(flattenTree(loading, expanded), loading, 'home:/home/student/data/new.txt')).toBeNull();
  });
});

describe('the keys of the tree', () => {
  const rows = flattenTree(listings, expanded);

  test('up and down move through visible rows and stop at the ends; Home and End jump', () => {
    expect(treeKeyAction(rows, 0, 'ArrowDown')).toEqual({ kind: 'focus', index: 1 });
    expect(treeKeyAction(rows, 3, 'ArrowDown')).toEqual({ kind: 'focus', index: 3 });
    expect(treeKeyAction(rows, 0, 'ArrowUp')).toEqual({ kind: 'focus', index: 0 });
    expect(treeKeyAction(rows, 2, 'Home')).toEqual({ kind: 'focus', index: 0 });
    expect(treeKeyAction(rows, 0, 'End')).toEqual({ kind: 'focus', index: 3 });
  });

  test('right expands a closed folder, then enters it; left closes an open one, then goes to the parent', () => {
    expect(treeKeyAction(rows, 3, 'ArrowRight')).toEqual({ kind: 'expand', index: 3 });
    expect(treeKeyAction(rows, 0, 'ArrowRight')).toEqual({ kind: 'focus', index: 1 });
    expect(treeKeyAction(rows, 1, 'ArrowRight')).toEqual({ kind: 'none' }); // open but empty
    expect(treeKeyAction(rows, 1, 'ArrowLeft')).toEqual({ kind: 'collapse', index: 1 });
    expect(treeKeyAction(rows, 2, 'ArrowLeft')).toEqual({ kind: 'focus', index: 0 });
    expect(treeKeyAction(rows, 2, 'ArrowRight')).toEqual({ kind: 'none' });
  });

  test('Enter opens a file and folds or unfolds a folder; F2 and Delete act on entries, not roots', () => {
    expect(treeKeyAction(rows, 2, 'Enter')).toEqual({ kind: 'open', index: 2 });
    expect(treeKeyAction(rows, 1, 'Enter')).toEqual({ kind: 'collapse', index: 1 });
    expect(treeKeyAction(rows, 3, 'Enter')).toEqual({ kind: 'expand', index: 3 });
    expect(treeKeyAction(rows, 2, 'F2')).toEqual({ kind: 'rename', index: 2 });
    expect(treeKeyAction(rows, 2, 'Delete')).toEqual({ kind: 'delete', index: 2 });
    expect(treeKeyAction(rows, 0, 'Delete')).toEqual({ kind: 'none' });
  });

  test('typing a letter moves to the next row starting with it', () => {
    expect(treeKeyAction(rows, 0, 'a')).toEqual({ kind: 'focus', index: 2 });
    expect(treeKeyAction(rows, 2, 'D')).toEqual({ kind: 'focus', index: 1 });
    expect(treeKeyAction(rows, 0, 'z')).toEqual({ kind: 'none' });
  });
});
