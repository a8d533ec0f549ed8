// Where the page lands: a first visit opens the lesson list, a returning student the sandbox; a
// link to a lesson that was never started boots the sandbox too (the lesson's machine is made when
// the student presses "Start lesson").

import { expect, test } from 'vitest';
import { bootSlot } from '../../../src/ui/lessons/lesson-boot.ts';
import { landingHash } from '../../../src/ui/lessons/landing.ts';
import { PROGRESS_KEY } from '../../../src/ui/lessons/lesson-progress.ts';

function memoryStorage(entries: Record<string, string> = {}): Pick<Storage, 'getItem' | 'setItem'> {
  const map = new Map(Object.entries(entries));
  return { getItem: (key) => map.get(key) ?? null, setItem: (key, value) => void map.set(key, value) };
}

test('a first visit to the plain address lands on the lesson list; the next visit stays in the sandbox', () => {
  const storage = memoryStorage();
  expect(landingHash('', storage)).toBe('#/lessons');
  expect(landingHash('', storage)).toBe('');
  expect(landingHash('#', storage)).toBe('#');
});

test('a link is followed on a first visit too', () => {
  expect(landingHash('#/lessons/03-shell-etl/2', memoryStorage())).toBe('#/lessons/03-shell-etl/2');
});

test('without storage every visit is a first one', () => {
  expect(landingHash('', null)).toBe('#/lessons');
});

test('the sandbox boots unless the address links to a started lesson', async () => {
  const started = memoryStorage({ [PROGRESS_KEY]: JSON.stringify({ '01-shell-basics': { started: false, step: 2, passed: [] } }) });
  expect(await bootSlot('', started)).toEqual({ kind: 'sandbox' });
  expect(await bootSlot('#/lessons', started)).toEqual({ kind: 'sandbox' });
  expect(await bootSlot('#/lessons/01-shell-basics/2', started)).toEqual({ kind: 'sandbox' });
  expect(await bootSlot('#/files', started)).toEqual({ kind: 'sandbox' });
});
