import { expect, test } from 'vitest';
import { parseLessonRoute, PROGRESS_KEY, readProgress, updateProgress, withPassed } from '../../../src/ui/lessons/lesson-progress.ts';

function memoryStorage(initial?: string): Pick<Storage, 'getItem' | 'setItem'> & { data: Map<string, string> } {
  const data = new Map<string, string>();
  if (initial !== undefined) data.set(PROGRESS_KEY, initial);
  return { data, getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value) };
}

test('progress is saved and read back', () => {
  const storage = memoryStorage();
  updateProgress(storage, '01-shell-basics', (p) => ({ ...p, started: true, step: 2 }));
  updateProgress(storage, '01-shell-basics', (p) => withPassed(withPassed(p, 2), 1));
  updateProgress(storage, '01-shell-basics', (p) => withPassed(p, 1));
  expect(readProgress(storage)).toEqual({ '01-shell-basics': { started: true, step: 2, passed: [1, 2] } });
});

test('missing, damaged or odd storage counts as no progress', () => {
  expect(readProgress(null)).toEqual({});
  expect(readProgress(memoryStorage('not json'))).toEqual({});
  expect(readProgress(memoryStorage('[1,2]'))).toEqual({});
  expect(readProgress(memoryStorage('{"a":{"started":"yes","step":-3,"passed":[2,"x",2,0]},"b":null}'))).toEqual({ a: { started: false, step: 1, passed: [2] } });
});

test('a storage that refuses to save keeps the progress for the page', () => {
  const storage = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); } };
  expect(updateProgress(storage, 'x', (p) => ({ ...p, started: true }))).toEqual({ x: { started: true, step: 1, passed: [] } });
});

test('lesson routes', () => {
  expect(parseLessonRoute('#/lessons')).toEqual({ id: null, step: null });
  expect(parseLessonRoute('#/lessons/01-shell-basics/2')).toEqual({ id: '01-shell-basics', step: 2 });
  expect(parseLessonRoute('#/lessons/01-shell-basics')).toEqual({ id: '01-shell-basics', step: null });
  expect(parseLessonRoute('#/elsewhere')).toBeNull();
  expect(parseLessonRoute('')).toBeNull();
});
