// The workspace layout as stored in localStorage: what is saved, read back within limits, and the
// defaults whenever the stored value is missing, corrupt or unreadable (private modes can throw).
// Plain functions, so they are tested without Svelte; LayoutState (layout-state.svelte.ts) holds
// the reactive copy.

const STORAGE_KEY = 'pipeline-playground.layout.v1';

export const EDITOR_FRACTION = { min: 0.15, max: 0.85, initial: 0.55 } as const;
export const SIDE_WIDTH = { min: 240, max: 900, initial: 400 } as const;

export interface SavedLayout {
  editorFraction: number;
  sideWidth: number;
  editorOpen: boolean;
  sideOpen: boolean;
}

/** The subset of Storage we use, so tests can pass a Map-backed fake. */
export type LayoutStorage = Pick<Storage, 'getItem' | 'setItem'>;

function readLayout(storage: LayoutStorage | null): SavedLayout | null {
  try {
    const value: unknown = JSON.parse(storage?.getItem(STORAGE_KEY) ?? 'null');
    if (typeof value !== 'object' || value === null) return null;
    const v = value as Record<string, unknown>;
    if (typeof v.editorFraction !== 'number' || typeof v.sideWidth !== 'number' || typeof v.editorOpen !== 'boolean' || typeof v.sideOpen !== 'boolean') return null;
    if (!Number.isFinite(v.editorFraction) || !Number.isFinite(v.sideWidth)) return null;
    return { editorFraction: v.editorFraction, sideWidth: v.sideWidth, editorOpen: v.editorOpen, sideOpen: v.sideOpen };
  } catch {
    return null;
  }
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

export function writeLayout(storage: LayoutStorage | null, layout: SavedLayout): void {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(layout));
  } catch {
    // Storage full or refused: the layout still works, it is just not remembered.
  }
}

/** The stored layout, within limits, or the defaults. */
export function loadLayout(storage: LayoutStorage | null): SavedLayout {
  const saved = readLayout(storage);
  if (!saved) return { editorFraction: EDITOR_FRACTION.initial, sideWidth: SIDE_WIDTH.initial, editorOpen: false, sideOpen: true };
  return {
    editorFraction: clamp(saved.editorFraction, EDITOR_FRACTION.min, EDITOR_FRACTION.max),
    sideWidth: clamp(saved.sideWidth, SIDE_WIDTH.min, SIDE_WIDTH.max),
    editorOpen: saved.editorOpen,
    sideOpen: saved.sideOpen,
  };
}

/** localStorage when the browser lets us use it (it can throw in private modes). */
export function browserStorage(): LayoutStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
