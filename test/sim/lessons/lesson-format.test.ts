import { describe, expect, it } from 'vitest';
import { LessonFormatError, parseLesson } from '../../../src/sim/lessons/lesson.ts';
import { FRONTMATTER, lessonSource } from './lesson-source.ts';

function formatError(run: () => unknown): LessonFormatError {
  try {
    run();
  } catch (error) {
    if (error instanceof LessonFormatError) return error;
    throw error;
  }
  throw new Error('expected a LessonFormatError');
}

describe('lesson.md', () => {
  const markdown = `${FRONTMATTER}
Intro paragraph.

## First step

Do the thing:

\`\`\`sh
echo hi > hi.txt
\`\`\`

\`\`\`check
- kind: file
  path: hi.txt
  message: hi.txt exists
  hints: [Use echo, Then >]
\`\`\`

## Second step

Text.

\`\`\`check
kind: history
command: echo
message: You used echo
\`\`\`
`;

  it('reads the frontmatter', () => {
    const lesson = parseLesson(lessonSource(markdown));
    expect(lesson.meta).toEqual({
      title: 'A test lesson',
      summary: 'Tests the format.',
      tags: ['shell', 'test'],
      minutes: 5,
      panels: ['terminal'],
      seed: 7,
      startMs: Date.UTC(2026, 2, 1, 12, 0, 0),
      datasets: [],
    });
    expect(lesson.intro).toBe('Intro paragraph.');
  });

  it('makes one step per ## section, keeping other code blocks and removing check blocks from the text', () => {
    const lesson = parseLesson(lessonSource(markdown, { resources: { 'solution/step-2.sh': 'echo hi\n' } }));
    expect(lesson.steps.map((s) => [s.number, s.title, s.checks.length, s.solution])).toEqual([
      [1, 'First step', 1, null],
      [2, 'Second step', 1, 'echo hi\n'],
    ]);
    expect(lesson.steps[0]!.body).toBe('Do the thing:\n\n```sh\necho hi > hi.txt\n```');
    expect(lesson.steps[1]!.body).toBe('Text.');
  });

  it('reads checks as data: kind, message, hints and the kind’s fields; a single mapping is one check', () => {
    const [first, second] = parseLesson(lessonSource(markdown)).steps;
    expect(first!.checks[0]).toEqual({ kind: 'file', message: 'hi.txt exists', hints: ['Use echo', 'Then >'], spec: { path: 'hi.txt' } });
    expect(second!.checks[0]).toMatchObject({ kind: 'history', message: 'You used echo', hints: [] });
  });

  it('names the file and line of invalid YAML in a check block', () => {
    const bad = `${FRONTMATTER}\n## Step\n\n\`\`\`check\n- kind: file\n  path: [unclosed\n  message: x\n\`\`\`\n`;
    const error = formatError(() => parseLesson(lessonSource(bad)));
    expect(error.file).toBe('lessons/99-test/lesson.md');
    expect(error.message).toMatch(/^lessons\/99-test\/lesson\.md:1[56]: invalid YAML: /);
    const duplicate = `${FRONTMATTER}\n## Step\n\n\`\`\`check\n- kind: file\n  path: a\n  path: b\n  message: x\n\`\`\`\n`;
    expect(formatError(() => parseLesson(lessonSource(duplicate))).message).toBe('lessons/99-test/lesson.md:16: invalid YAML: Map keys must be unique');
  });

  it('names the line of invalid YAML in the frontmatter', () => {
    const bad = `---\ntitle: x\nsummary: y\ntags: [a\n---\n## Step\n`;
    expect(formatError(() => parseLesson(lessonSource(bad))).message).toMatch(/^lessons\/99-test\/lesson\.md:[45]: invalid YAML/);
  });

  it('refuses unknown check kinds, missing messages, unknown fields and unknown frontmatter keys', () => {
    const step = (yaml: string): string => `${FRONTMATTER}\n## Step\n\n\`\`\`check\n${yaml}\n\`\`\`\n`;
    expect(formatError(() => parseLesson(lessonSource(step('- kind: telepathy\n  message: m')))).message).toContain("check 1: unknown kind 'telepathy'");
    expect(formatError(() => parseLesson(lessonSource(step('- kind: file\n  path: a')))).message).toContain("file: missing 'message'");
    expect(formatError(() => parseLesson(lessonSource(step('- kind: file\n  path: a\n  size: 3\n  message: m')))).message).toContain("unknown field 'size'");
    expect(formatError(() => parseLesson(lessonSource(step('- kind: command\n  run: ls\n  message: m')))).message).toContain('give at least one expectation');
    expect(formatError(() => parseLesson(lessonSource(step('- kind: mode\n  path: a\n  mode: rwx\n  message: m')))).message).toContain("'mode' must be octal");
    expect(formatError(() => parseLesson(lessonSource(`---\ntitle: t\nsummary: s\ncolour: red\n---\n`))).message).toBe(
      "lessons/99-test/lesson.md:1: frontmatter: unknown key 'colour' (known: title, summary, tags, minutes, panels, seed, start, datasets)",
    );
  });

  it('knows the panels a lesson can show', () => {
    expect(formatError(() => parseLesson(lessonSource('---\ntitle: t\nsummary: s\npanels: [terminal, crontab]\n---\n'))).message).toBe(
      "lessons/99-test/lesson.md:1: frontmatter: unknown panel 'crontab' in 'panels' (known: terminal, editor, files, cron, airflow, kafka, metrics)",
    );
  });

  it('requires frontmatter, a title and a UTC start time, and closed fences', () => {
    expect(formatError(() => parseLesson(lessonSource('# no frontmatter\n'))).message).toContain('must start with YAML frontmatter');
    expect(formatError(() => parseLesson(lessonSource('---\nsummary: s\n---\n'))).message).toContain("'title' must be a non-empty string");
    expect(formatError(() => parseLesson(lessonSource('---\ntitle: t\nsummary: s\nstart: tomorrow\n---\n'))).message).toContain("'start' must be a UTC time");
    expect(formatError(() => parseLesson(lessonSource(`${FRONTMATTER}\n## Step\n\`\`\`check\n- kind: file\n`))).message).toBe(
      'lessons/99-test/lesson.md:12: this fenced block is never closed',
    );
  });
});
