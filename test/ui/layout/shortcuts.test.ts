// Shortcuts fire only where they do not take a key from the terminal or from typing.

import { expect, test } from 'vitest';
import { shortcutFor } from '../../../src/ui/layout/shortcuts.ts';

const key = (key: string, code: string, mods: Partial<{ altKey: boolean; shiftKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {}) => ({
  key,
  code,
  altKey: false,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
});
const outside = { inTerminal: false, editable: false };
const terminal = { inTerminal: true, editable: true };

test('Alt+digits focus the panes and Alt+Shift+E/S toggle them, even from the terminal', () => {
  expect(shortcutFor(key('¡', 'Digit1', { altKey: true }), terminal)).toBe('focus-editor');
  expect(shortcutFor(key('2', 'Digit2', { altKey: true }), outside)).toBe('focus-terminal');
  expect(shortcutFor(key('3', 'Digit3', { altKey: true }), outside)).toBe('focus-side');
  expect(shortcutFor(key('E', 'KeyE', { altKey: true, shiftKey: true }), terminal)).toBe('toggle-editor');
  expect(shortcutFor(key('S', 'KeyS', { altKey: true, shiftKey: true }), terminal)).toBe('toggle-side');
  expect(shortcutFor(key('b', 'KeyB', { altKey: true }), terminal)).toBeNull();
});

test('? and F1 open the help outside the terminal; ? is text while typing', () => {
  expect(shortcutFor(key('?', 'Slash', { shiftKey: true }), outside)).toBe('help');
  expect(shortcutFor(key('F1', 'F1'), outside)).toBe('help');
  expect(shortcutFor(key('F1', 'F1'), { inTerminal: false, editable: true })).toBe('help');
  expect(shortcutFor(key('?', 'Slash', { shiftKey: true }), { inTerminal: false, editable: true })).toBeNull();
  expect(shortcutFor(key('?', 'Slash', { shiftKey: true }), terminal)).toBeNull();
  expect(shortcutFor(key('F1', 'F1'), terminal)).toBeNull();
  expect(shortcutFor(key('s', 'KeyS', { ctrlKey: true }), outside)).toBeNull();
});

test('the help dialog lists every action a key can trigger, and only those', async () => {
  const { SHORTCUTS } = await import('../../../src/ui/layout/shortcut-list.ts');
  const triggered = [
    shortcutFor(key('1', 'Digit1', { altKey: true }), outside),
    shortcutFor(key('2', 'Digit2', { altKey: true }), outside),
    shortcutFor(key('3', 'Digit3', { altKey: true }), outside),
    shortcutFor(key('E', 'KeyE', { altKey: true, shiftKey: true }), outside),
    shortcutFor(key('S', 'KeyS', { altKey: true, shiftKey: true }), outside),
    shortcutFor(key('?', 'Slash', { shiftKey: true }), outside),
  ];
  expect(SHORTCUTS.flatMap((s) => (s.action ? [s.action] : []))).toEqual(triggered);
});
