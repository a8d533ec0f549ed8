import { describe, expect, it } from 'vitest';
import { LessonFormatError, parseLesson } from '../../../src/sim/lessons/lesson.ts';
import { startingFiles } from '../../../src/sim/lessons/starting-files.ts';
import { validateLesson } from '../../../src/sim/lessons/lesson-checker.ts';
import { datasetSeed, generateDataset } from '../../../src/sim/datasets/index.ts';
import { nodeWorldFactory } from '../../../src/cli/lessons-command.ts';
import { lessonSource } from './lesson-source.ts';

const withDatasets = (datasets: string, body = ''): string => `---
title: Datasets
summary: Generated files.
seed: 7
start: 2026-03-01T12:00:00Z
datasets:
${datasets}
---
${body}`;

function problem(markdown: string, files: Record<string, [string, number]> = {}): string {
  try {
    parseLesson(lessonSource(markdown, { files }));
  } catch (error) {
    if (error instanceof LessonFormatError) return error.message;
    throw error;
  }
  throw new Error('expected a LessonFormatError');
}

describe('datasets: in the frontmatter', () => {
  it('reads generator, path, rows and an octal mode (644 by default), normalising the path', () => {
    const lesson = parseLesson(lessonSource(withDatasets('  - { generator: access-log, path: ./data//access.log, rows: 500 }\n  - generator: orders-csv\n    path: orders.csv\n    rows: 20\n    mode: "600"')));
    expect(lesson.meta.datasets).toEqual([
      { generator: 'access-log', path: 'data/access.log', rows: 500, mode: 0o644 },
      { generator: 'orders-csv', path: 'orders.csv', rows: 20, mode: 0o600 },
    ]);
  });

  it('is optional: no datasets, an empty list', () => {
    expect(parseLesson(lessonSource('---\ntitle: t\nsummary: s\n---\n')).meta.datasets).toEqual([]);
  });

  it('names the line of the dataset that is wrong, and what is wrong with it', () => {
    const first = '  - { generator: access-log, path: data/access.log, rows: 500 }';
    expect(problem(withDatasets(`${first}\n  - { generator: acces-log, path: a.log, rows: 5 }`))).toBe(
      "lessons/99-test/lesson.md:8: frontmatter: dataset 2: unknown generator 'acces-log' (known: access-log, orders-csv)",
    );
    expect(problem(withDatasets('  - { generator: access-log, path: a.log, row: 5 }'))).toBe(
      "lessons/99-test/lesson.md:7: frontmatter: dataset 1: unknown key 'row' (known: generator, path, rows, mode)",
    );
    expect(problem(withDatasets('  - { path: a.log, rows: 5 }'))).toBe(
      "lessons/99-test/lesson.md:7: frontmatter: dataset 1: 'generator' must name a generator (known: access-log, orders-csv)",
    );
    expect(problem(withDatasets('  - access-log'))).toBe('lessons/99-test/lesson.md:7: frontmatter: dataset 1: expected a mapping with generator, path and rows');
    expect(problem(withDatasets('  generator: access-log'))).toBe(
      "lessons/99-test/lesson.md:7: frontmatter: 'datasets' must be a list of mappings like { generator: access-log, path: data/access.log, rows: 500 }",
    );
  });

  it('requires rows to be a whole number from 1 to 500000', () => {
    for (const rows of ['0', '-3', '2.5', '"many"', '500001']) {
      expect(problem(withDatasets(`  - { generator: orders-csv, path: o.csv, rows: ${rows} }`)), rows).toBe(
        "lessons/99-test/lesson.md:7: frontmatter: dataset 1: 'rows' must be a whole number from 1 to 500000",
      );
    }
    expect(problem(withDatasets('  - { generator: orders-csv, path: o.csv }'))).toContain("'rows' must be a whole number");
  });

  it('keeps paths inside /home/student, refuses collisions, and checks the mode', () => {
    const one = (fields: string): string => problem(withDatasets(`  - { generator: orders-csv, rows: 5, ${fields} }`));
    expect(one('path: ../escape.csv')).toBe("lessons/99-test/lesson.md:7: frontmatter: dataset 1: 'path' must stay inside /home/student ('..' is not allowed): '../escape.csv'");
    expect(one('path: /etc/o.csv')).toBe("lessons/99-test/lesson.md:7: frontmatter: dataset 1: 'path' must be relative to /home/student, like data/access.log, not '/etc/o.csv'");
    expect(one('path: "."')).toBe("lessons/99-test/lesson.md:7: frontmatter: dataset 1: 'path' must name the file to create, relative to /home/student, like data/access.log");
    expect(one('path: o.csv, mode: rw')).toBe('lessons/99-test/lesson.md:7: frontmatter: dataset 1: \'mode\' must be octal permission bits, like "644"');
    expect(problem(withDatasets('  - { generator: orders-csv, rows: 5, path: data }\n  - { generator: orders-csv, rows: 5, path: data/o.csv }'))).toBe(
      "lessons/99-test/lesson.md:8: frontmatter: dataset 2: 'data/o.csv' collides with the path of dataset 1, 'data'",
    );
    expect(problem(withDatasets('  - { generator: orders-csv, rows: 5, path: data/sales.csv }'), { 'data/sales.csv': ['a,b\n', 0o644] })).toBe(
      "lessons/99-test/lesson.md:7: frontmatter: dataset 1: 'data/sales.csv' collides with the starter file files/data/sales.csv",
    );
  });
});

describe('startingFiles', () => {
  it('lists the starter files, then each dataset generated from the lesson seed and its path', () => {
    const lesson = parseLesson(
      lessonSource(withDatasets('  - { generator: access-log, path: data/access.log, rows: 5 }\n  - { generator: orders-csv, path: data/orders.csv, rows: 3, mode: 600 }'), {
        files: { 'notes.txt': ['hi\n', 0o644] },
      }),
    );
    const files = startingFiles(lesson);
    expect(files.map((file) => [file.path, file.mode])).toEqual([
      ['notes.txt', 0o644],
      ['data/access.log', 0o644],
      ['data/orders.csv', 0o600],
    ]);
    const startMs = Date.UTC(2026, 2, 1, 12);
    expect(files[1]!.bytes).toEqual(generateDataset('access-log', { rows: 5, seed: datasetSeed(7, 'data/access.log'), startMs }));
    expect(files[2]!.bytes).toEqual(generateDataset('orders-csv', { rows: 3, seed: datasetSeed(7, 'data/orders.csv'), startMs }));
  });

  it('adding a dataset leaves the bytes of the others unchanged', () => {
    const one = startingFiles(parseLesson(lessonSource(withDatasets('  - { generator: access-log, path: a.log, rows: 20 }'))));
    const two = startingFiles(parseLesson(lessonSource(withDatasets('  - { generator: access-log, path: b.log, rows: 20 }\n  - { generator: access-log, path: a.log, rows: 20 }'))));
    expect(two[1]!.bytes).toEqual(one[0]!.bytes);
    expect(two[0]!.bytes).not.toEqual(one[0]!.bytes);
  });

  it('lessons check sees the datasets in the starting world', async () => {
    const markdown = withDatasets(
      '  - { generator: orders-csv, path: data/orders.csv, rows: 250 }',
      '\n## Count\n\n```check\n- kind: content\n  path: n.txt\n  equals: "251\\n"\n  message: n.txt counts the lines\n```\n',
    );
    const lesson = parseLesson(lessonSource(markdown, { resources: { 'solution/step-1.sh': 'wc -l < data/orders.csv > n.txt\n' } }));
    const validation = await validateLesson(lesson, nodeWorldFactory);
    expect(validation.rows).toMatchObject([{ step: 1, before: 'fail', after: 'pass', ok: true }]);
  });
});
