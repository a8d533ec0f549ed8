// What the page tells the student about their saved work: the header's label and tooltip, and the
// notice after a crash (what it was restarted from, and whether anything was lost).

import { describe, expect, test } from 'vitest';
import { crashNotice, importRefused, startNotice, statusDetail, statusLabel } from '../../../src/ui/workspace/workspace-messages.ts';
import { workspaceFileName } from '../../../src/ui/workspace/download.ts';
import type { WorkspaceStatus } from '../../../src/worker/persistence/workspace-protocol.ts';

const SAVED_AT = new Date(2026, 10, 25, 10, 42, 7).getTime(); // local time, as the student reads it
const saved: WorkspaceStatus = {
  storage: 'browser',
  origin: 'restored',
  originNote: null,
  pending: false,
  saving: false,
  savedAtMs: SAVED_AT,
  lastSave: { bytes: 21 * 1024 * 1024, ms: 143.4 },
  problem: null,
};

describe('the header label', () => {
  test('says whether everything is saved, and the tooltip says when and what it cost', () => {
    expect(statusLabel(null)).toBe('Starting…');
    expect(statusLabel(saved)).toBe('Saved');
    expect(statusLabel({ ...saved, pending: true })).toBe('Unsaved');
    expect(statusLabel({ ...saved, saving: true })).toBe('Saving…');
    expect(statusDetail(saved)).toBe('Your files are saved in this browser automatically. Last saved at 10:42:07 (21.0 MiB in 143 ms).');
    expect(statusDetail({ ...saved, lastSave: { bytes: 300_000, ms: 4 } })).toBe('Your files are saved in this browser automatically. Last saved at 10:42:07 (293 KiB in 4 ms).');
  });

  test('says "Not saved" when storage is refused or full, with the reason in the tooltip', () => {
    const full = { ...saved, pending: true, problem: 'The browser\'s storage for this site is full: …' };
    expect(statusLabel(full)).toBe('Not saved');
    expect(statusDetail(full)).toBe(full.problem);
    expect(statusLabel({ ...saved, storage: 'memory', savedAtMs: null, lastSave: null })).toBe('Not saved');
  });
});

describe('after a crash, the notice', () => {
  test('names the save it restarted from, and whether later changes were lost', () => {
    expect(crashNotice(saved)).toEqual({
      tone: 'warning',
      text: 'The simulated machine stopped after an internal error and was restarted from your last save (10:42:07). Nothing was lost.',
    });
    expect(crashNotice({ ...saved, pending: true }).text).toBe(
      'The simulated machine stopped after an internal error and was restarted from your last save (10:42:07). Changes made after that save were lost.',
    );
  });

  test('is honest when there was nothing to restart from', () => {
    expect(crashNotice({ ...saved, savedAtMs: null })).toEqual({
      tone: 'warning',
      text: 'The simulated machine stopped after an internal error and was restarted. Nothing had been saved yet, so it starts as a new machine.',
    });
    expect(crashNotice({ ...saved, storage: 'memory' })).toEqual({
      tone: 'error',
      text: 'The simulated machine stopped after an internal error and was restarted as a new machine: this browser keeps no saves, so its files could not be recovered.',
    });
  });
});

test('a starting world warns about an unreadable save or refused storage, and says nothing otherwise', () => {
  expect(startNotice(saved)).toBeNull();
  expect(startNotice({ ...saved, originNote: 'Your saved workspace could not be read (…).' })).toEqual({ tone: 'warning', text: 'Your saved workspace could not be read (…).' });
  expect(startNotice({ ...saved, storage: 'memory', problem: 'This browser does not let …' })).toEqual({ tone: 'warning', text: 'This browser does not let …' });
});

test('a refused import names the file and promises nothing changed; the export is named by date', () => {
  expect(importRefused('notes.zip', 'This is not a Pipeline Playground workspace file.').text).toBe(
    '“notes.zip” was not imported: This is not a Pipeline Playground workspace file. Your workspace is unchanged.',
  );
  expect(workspaceFileName(new Date(2026, 0, 5, 9, 3))).toBe('pipeline-playground-2026-01-05-0903.ppworkspace');
});
