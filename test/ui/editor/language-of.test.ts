// A file opens with the highlighting of its kind: extension first, then its #! line.

import { expect, test } from 'vitest';
import { languageOf } from '../../../src/ui/editor/language-of.ts';

test('extensions pick the language; CSV and unknown kinds are plain text', () => {
  expect(languageOf('/home/student/etl.sh', '')).toBe('shell');
  expect(languageOf('/home/student/dags/daily.py', '')).toBe('python');
  expect(languageOf('/home/student/README.md', '')).toBe('markdown');
  expect(languageOf('/home/student/compose.YML', '')).toBe('yaml');
  expect(languageOf('/home/student/sales.csv', 'id,amount')).toBe('plaintext');
  expect(languageOf('/home/student/.bashrc', '')).toBe('shell');
});

test('a file without an extension is known by its #! line', () => {
  expect(languageOf('/home/student/run', '#!/bin/bash')).toBe('shell');
  expect(languageOf('/home/student/run', '#!/bin/sh -e')).toBe('shell');
  expect(languageOf('/home/student/job', '#!/usr/bin/env python3')).toBe('python');
  expect(languageOf('/home/student/notes', 'just words')).toBe('plaintext');
});
