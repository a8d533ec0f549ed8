// `pipeline-playground lessons check [DIR]` validates lessons headless (each step's checks fail
// before its solution and pass after); `lessons new SLUG` scaffolds a working lesson folder;
// `lessons dataset NAME` prints a generated dataset (dataset-command.ts).

import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { createWorld } from '../sim/world.ts';
import { LessonFormatError, parseLesson, type Lesson, type LessonFile, type LessonSource } from '../sim/lessons/lesson.ts';
import { validateLesson, type LessonValidation } from '../sim/lessons/lesson-checker.ts';
import type { WorldFactory } from '../sim/lessons/lesson-world.ts';
import { nodeHost, nodeRealTime } from './node-host.ts';
import { runDatasetCommand } from './dataset-command.ts';

export const LESSONS_USAGE = `Usage: pipeline-playground lessons check [DIR]
       pipeline-playground lessons new SLUG [--dir DIR]
       pipeline-playground lessons dataset NAME [--rows N] [--seed S] [--path PATH] [--start ISO-8601]

  check [DIR]   validate every lesson under DIR (default: ./lessons), or the lesson folder
                DIR itself: apply each step's solution/step-N.sh in turn and require each
                of the step's checks to fail just before it and to pass just after it
  new SLUG      create DIR/NN-SLUG (NN: the next free number) with a working example
  dataset NAME  print a generated dataset, as a lesson's datasets: entry makes it
                (see 'lessons dataset --help' for the options and the generators)
`;

export const nodeWorldFactory: WorldFactory = (seed, startMs) => {
  const world = createWorld({ seed, startMs, host: nodeHost, real: nodeRealTime });
  world.kernel.onInternalError = (error) => {
    throw error;
  };
  return world;
};

export async function runLessonsCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === '--help' || sub === '-h') {
    process.stdout.write(LESSONS_USAGE);
    return 0;
  }
  if (sub === 'check' && rest.length <= 1) return checkCommand(rest[0] ?? 'lessons');
  if (sub === 'dataset') return runDatasetCommand(rest);
  if (sub === 'new' && (rest.length === 1 || (rest.length === 3 && rest[1] === '--dir'))) return newCommand(rest[0]!, rest[2] ?? 'lessons');
  process.stderr.write(LESSONS_USAGE);
  return 2;
}

// --- reading lesson folders ----------------------------------------------------------------------

/** The lesson folders under DIR, or DIR itself when it holds a lesson.md. */
export function lessonFolders(dir: string): string[] {
  if (existsSync(join(dir, 'lesson.md'))) return [dir];
  return readdirSync(dir)
    .filter((name) => /^\d\d-[a-z0-9-]+$/.test(name) && existsSync(join(dir, name, 'lesson.md')))
    .sort()
    .map((name) => join(dir, name));
}

export function readLessonFolder(dir: string): LessonSource {
  const id = resolve(dir).split(sep).pop()!;
  const file = join(dir, 'lesson.md');
  const files: LessonFile[] = [];
  const resources = new Map<string, Uint8Array>();
  for (const path of walk(dir)) {
    const rel = relative(dir, path).split(sep).join('/');
    if (rel === 'lesson.md') continue;
    const bytes = new Uint8Array(readFileSync(path));
    if (rel.startsWith('files/')) files.push({ path: rel.slice('files/'.length), bytes, mode: statSync(path).mode & 0o777 });
    else resources.set(rel, bytes);
  }
  return { id, file, markdown: readFileSync(file, 'utf8'), files, resources };
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : entry.isFile() ? [join(dir, entry.name)] : []));
}

// --- check ---------------------------------------------------------------------------------------

async function checkCommand(dir: string): Promise<number> {
  if (!existsSync(dir)) {
    process.stderr.write(`pipeline-playground lessons: ${dir}: No such file or directory\n`);
    return 2;
  }
  const folders = lessonFolders(dir);
  if (folders.length === 0) {
    process.stderr.write(`pipeline-playground lessons: no lessons (NN-slug/lesson.md) under ${dir}\n`);
    return 1;
  }
  let failed = 0;
  for (const folder of folders) {
    let lesson: Lesson;
    try {
      lesson = parseLesson(readLessonFolder(folder));
    } catch (error) {
      if (!(error instanceof LessonFormatError)) throw error;
      process.stdout.write(`✗ ${error.message}\n\n`);
      failed++;
      continue;
    }
    const started = performance.now();
    const validation = await validateLesson(lesson, nodeWorldFactory);
    process.stdout.write(formatValidation(validation, performance.now() - started));
    if (!validation.ok) failed++;
  }
  process.stdout.write(`${folders.length - failed} of ${folders.length} lesson(s) pass\n`);
  return failed === 0 ? 0 : 1;
}

export function formatValidation(validation: LessonValidation, elapsedMs?: number): string {
  const { lesson, rows } = validation;
  const time = elapsedMs === undefined ? '' : ` (${(elapsedMs / 1000).toFixed(1)} s)`;
  const header = `${validation.ok ? '✓' : '✗'} ${lesson.id}: ${lesson.meta.title}${time}\n`;
  const table = [['step', 'check', 'before', 'after', 'result', 'message'], ...rows.map((row) => [
    String(row.step),
    row.check === 0 ? '-' : String(row.check),
    row.before,
    row.after,
    row.ok ? 'ok' : 'FAIL',
    row.problem ? `${row.message}: ${row.problem}` : row.message,
  ])];
  const widths = table[0]!.map((_, col) => Math.max(...table.map((cells) => cells[col]!.length)));
  const lines = table.map((cells) => `  ${cells.map((cell, col) => (col === cells.length - 1 ? cell : cell.padEnd(widths[col]!))).join('  ')}`);
  return `${header}${lines.join('\n')}\n\n`;
}

// --- new -----------------------------------------------------------------------------------------

function newCommand(slug: string, dir: string): number {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
    process.stderr.write(`pipeline-playground lessons new: '${slug}': a slug is lower-case words joined by '-', like cron-basics\n`);
    return 2;
  }
  mkdirSync(dir, { recursive: true });
  const numbers = readdirSync(dir).map((name) => /^(\d\d)-/.exec(name)?.[1]).filter((n) => n !== undefined).map(Number);
  const folder = join(dir, `${String(Math.max(0, ...numbers) + 1).padStart(2, '0')}-${slug}`);
  for (const [path, text] of Object.entries(scaffold(slug))) {
    mkdirSync(join(folder, path, '..'), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  process.stdout.write(`created ${folder}; check it with: npx pipeline-playground lessons check ${folder}\n`);
  return 0;
}

export function scaffold(slug: string): Record<string, string> {
  const title = slug.split('-').map((word) => word[0]!.toUpperCase() + word.slice(1)).join(' ');
  return {
    'lesson.md': `---
title: ${title}
summary: One sentence on what the student learns.
tags: [shell]
minutes: 10
panels: [terminal]
seed: 1
start: 2026-01-15T09:00:00Z
---

What this lesson is about, in a paragraph. Starter files from \`files/\` are in your home
directory.

## Count the lines

\`notes.txt\` has a few lines. Save how many into \`count.txt\`:

\`\`\`sh
wc -l < notes.txt > count.txt
\`\`\`

\`\`\`check
- kind: file
  path: count.txt
  message: count.txt exists
- kind: command
  run: cat count.txt
  stdout: "3\\n"
  message: count.txt holds the number of lines of notes.txt
  hints:
    - wc -l counts lines; with < it prints no file name.
\`\`\`
`,
    'files/notes.txt': 'first\nsecond\nthird\n',
    'solution/step-1.sh': 'wc -l < notes.txt > count.txt\n',
  };
}
