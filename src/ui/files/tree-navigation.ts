// The keys of the WAI-ARIA tree view pattern, as a pure function from the visible rows, the focused
// row and a key to what should happen. The component only carries the answer out.

import type { TreeRow } from './tree-rows.ts';

export type TreeAction =
  | { kind: 'focus'; index: number }
  | { kind: 'expand'; index: number }
  | { kind: 'collapse'; index: number }
  | { kind: 'open'; index: number }
  | { kind: 'rename'; index: number }
  | { kind: 'delete'; index: number }
  | { kind: 'none' };

export function treeKeyAction(rows: readonly TreeRow[], index: number, key: string): TreeAction {
  const row = rows[index];
  if (!row) return rows.length > 0 ? { kind: 'focus', index: 0 } : { kind: 'none' };
  switch (key) {
    case 'ArrowDown':
      return { kind: 'focus', index: Math.min(rows.length - 1, index + 1) };
    case 'ArrowUp':
      return { kind: 'focus', index: Math.max(0, index - 1) };
    case 'Home':
      return { kind: 'focus', index: 0 };
    case 'End':
      return { kind: 'focus', index: rows.length - 1 };
    case 'ArrowRight':
      if (!row.folder) return { kind: 'none' };
      if (!row.expanded) return { kind: 'expand', index };
      // Into the first child, if the listing has one.
      return rows[index + 1]?.parentKey === row.key ? { kind: 'focus', index: index + 1 } : { kind: 'none' };
    case 'ArrowLeft': {
      if (row.folder && row.expanded) return { kind: 'collapse', index };
      const parent = rows.findIndex((r) => r.key === row.parentKey);
      return parent >= 0 ? { kind: 'focus', index: parent } : { kind: 'none' };
    }
    case 'Enter':
      return row.folder ? { kind: row.expanded ? 'collapse' : 'expand', index } : { kind: 'open', index };
    case 'F2':
      return row.entry ? { kind: 'rename', index } : { kind: 'none' };
    case 'Delete':
      return row.entry ? { kind: 'delete', index } : { kind: 'none' };
    default:
      return key.length === 1 && key !== ' ' ? typeAhead(rows, index, key) : { kind: 'none' };
  }
}

/** A printable key moves to the next row whose name starts with it, wrapping around. */
function typeAhead(rows: readonly TreeRow[], index: number, key: string): TreeAction {
  const wanted = key.toLowerCase();
  for (let step = 1; step <= rows.length; step++) {
    const at = (index + step) % rows.length;
    if (rows[at].name.toLowerCase().startsWith(wanted)) return { kind: 'focus', index: at };
  }
  return { kind: 'none' };
}
