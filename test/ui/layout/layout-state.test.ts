// The layout is remembered across reloads, within its limits, and a broken or missing storage only
// means the defaults.

import { expect, test } from 'vitest';
import { loadLayout, writeLayout, type LayoutStorage } from '../../../src/ui/layout/layout-storage.ts';

const KEY = 'pipeline-playground.layout.v1';

function memoryStorage(initial: Record<string, string> = {}): LayoutStorage {
  const items = new Map(Object.entries(initial));
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

test('without a saved layout: the editor collapsed, the side panel shown at 400 px', () => {
  expect(loadLayout(memoryStorage())).toEqual({ editorFraction: 0.55, sideWidth: 400, editorOpen: false, sideOpen: true });
  expect(loadLayout(null)).toEqual({ editorFraction: 0.55, sideWidth: 400, editorOpen: false, sideOpen: true });
});

test('what is written is read back after a reload', () => {
  const storage = memoryStorage();
  writeLayout(storage, { editorFraction: 0.3, sideWidth: 512, editorOpen: true, sideOpen: false });
  expect(loadLayout(storage)).toEqual({ editorFraction: 0.3, sideWidth: 512, editorOpen: true, sideOpen: false });
});

test('sizes read back stay within their limits', () => {
  const storage = memoryStorage({ [KEY]: JSON.stringify({ editorFraction: -1, sideWidth: 5000, editorOpen: true, sideOpen: true }) });
  expect(loadLayout(storage)).toEqual({ editorFraction: 0.15, sideWidth: 900, editorOpen: true, sideOpen: true });
});

test('corrupt, wrongly typed or refused storage means the defaults, and writing never throws', () => {
  for (const saved of ['{not json', '"text"', JSON.stringify({ editorFraction: 'x', sideWidth: 300, editorOpen: true, sideOpen: true }), JSON.stringify({ editorFraction: null, sideWidth: 1e400, editorOpen: true, sideOpen: true })]) {
    expect(loadLayout(memoryStorage({ [KEY]: saved }))).toEqual({ editorFraction: 0.55, sideWidth: 400, editorOpen: false, sideOpen: true });
  }
  const refusing: LayoutStorage = {
    getItem: () => {
      throw new Error('SecurityError');
    },
    setItem: () => {
      throw new Error('QuotaExceededError');
    },
  };
  expect(loadLayout(refusing).sideWidth).toBe(400);
  expect(() => writeLayout(refusing, { editorFraction: 0.5, sideWidth: 300, editorOpen: true, sideOpen: true })).not.toThrow();
});
