// The hover shows a command's summary only over words bash would run as commands.

import { expect, test } from 'vitest';
import { commandAt } from '../../../src/ui/editor/command-position.ts';

const wordAt = (line: string, column: number): string | null => commandAt(line, column)?.word ?? null;

test('the first word of a line, of each pipeline stage and after ; && || is a command', () => {
  const line = 'cut -d, -f2 sales.csv | sort -n && wc -l;uniq';
  expect(commandAt(line, 2)).toEqual({ word: 'cut', startColumn: 1, endColumn: 4 });
  expect(wordAt(line, line.indexOf('sort') + 1)).toBe('sort');
  expect(wordAt(line, line.indexOf('wc') + 2)).toBe('wc');
  expect(wordAt(line, line.indexOf('uniq') + 1)).toBe('uniq');
});

test('arguments, options, file names and comments are not', () => {
  const line = 'grep -c error app.log # count grep';
  expect(wordAt(line, line.indexOf('error') + 1)).toBeNull();
  expect(wordAt(line, line.indexOf('-c') + 2)).toBeNull();
  expect(wordAt(line, line.indexOf('app.log') + 1)).toBeNull();
  expect(wordAt(line, line.lastIndexOf('grep') + 1)).toBeNull();
  expect(wordAt('# sort the file', 4)).toBeNull();
});

test('after assignments, reserved words, $( and backquotes the next word is a command', () => {
  expect(wordAt('LC_ALL=C sort -u names', 11)).toBe('sort');
  expect(wordAt('if grep -q x f; then echo yes; fi', 5)).toBe('grep');
  expect(wordAt('if grep -q x f; then echo yes; fi', 23)).toBe('echo');
  expect(wordAt('n=$(wc -l < f)', 6)).toBe('wc');
  expect(wordAt('n=`date +%s`', 5)).toBe('date');
  expect(wordAt('  timeout 5 sleep 10', 14)).toBe('sleep');
  expect(wordAt('COUNT=3', 2)).toBeNull();
});
