// Builds LessonSource values in memory for the lesson tests.

import type { LessonSource } from '../../../src/sim/lessons/lesson.ts';

export function lessonSource(markdown: string, extra: { files?: Record<string, [string, number]>; resources?: Record<string, string> } = {}): LessonSource {
  const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
  return {
    id: '99-test',
    file: 'lessons/99-test/lesson.md',
    markdown,
    files: Object.entries(extra.files ?? {}).map(([path, [text, mode]]) => ({ path, bytes: encode(text), mode })),
    resources: new Map(Object.entries(extra.resources ?? {}).map(([path, text]) => [path, encode(text)])),
  };
}

export const FRONTMATTER = `---
title: A test lesson
summary: Tests the format.
tags: [shell, test]
minutes: 5
panels: [terminal]
seed: 7
start: 2026-03-01T12:00:00Z
---
`;
