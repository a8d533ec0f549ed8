import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseLesson } from '../../../src/sim/lessons/lesson.ts';
import { validateLesson } from '../../../src/sim/lessons/lesson-checker.ts';
import { formatValidation, lessonFolders, nodeWorldFactory, readLessonFolder, scaffold } from '../../../src/cli/lessons-command.ts';
import { FRONTMATTER, lessonSource } from './lesson-source.ts';

const twoSteps = (secondCheck: string) => `${FRONTMATTER}
## Make a file

\`\`\`check
- kind: file
  path: made.txt
  message: made.txt exists
\`\`\`

## Fill it

\`\`\`check
${secondCheck}
\`\`\`
`;

const solutions = { 'solution/step-1.sh': 'touch made.txt\n', 'solution/step-2.sh': 'echo full > made.txt\n' };

describe('lessons check', () => {
  it('requires each reference file (solution/step-N/PATH) to be what the step\'s solution leaves in ~/PATH', async () => {
    const check = '- kind: content\n  path: made.txt\n  equals: "full\\n"\n  message: made.txt is full';
    const good = parseLesson(lessonSource(twoSteps(check), { resources: { ...solutions, 'solution/step-2/made.txt': 'full\n' } }));
    expect((await validateLesson(good, nodeWorldFactory)).ok).toBe(true);
    const stale = parseLesson(lessonSource(twoSteps(check), { resources: { ...solutions, 'solution/step-2/made.txt': 'empty\n', 'solution/step-1/gone.txt': 'x' } }));
    const validation = await validateLesson(stale, nodeWorldFactory);
    expect(validation.ok).toBe(false);
    expect(validation.rows.filter((row) => !row.ok).map((row) => [row.step, row.problem])).toEqual([
      [1, 'solution/step-1/gone.txt: the solution leaves no file ~/gone.txt'],
      [2, 'solution/step-2/made.txt differs from the ~/made.txt the solution leaves'],
    ]);
  });

  it('passes a lesson whose checks fail before each solution and pass after it', async () => {
    const lesson = parseLesson(lessonSource(twoSteps('- kind: content\n  path: made.txt\n  equals: "full\\n"\n  message: made.txt is full'), { resources: solutions }));
    const validation = await validateLesson(lesson, nodeWorldFactory);
    expect(validation.ok).toBe(true);
    expect(formatValidation(validation)).toBe(
      [
        '✓ 99-test: A test lesson',
        '  step  check  before  after  result  message',
        '  1     1      fail    pass   ok      made.txt exists',
        '  2     1      fail    pass   ok      made.txt is full',
        '',
        '',
      ].join('\n'),
    );
  });

  it('rejects a check that cannot fail: it already passes before the step’s solution', async () => {
    const lesson = parseLesson(lessonSource(twoSteps('- kind: file\n  path: made.txt\n  message: made.txt still exists'), { resources: solutions }));
    const validation = await validateLesson(lesson, nodeWorldFactory);
    expect(validation.ok).toBe(false);
    expect(validation.rows[1]).toMatchObject({ step: 2, before: 'pass', after: 'pass', ok: false, problem: 'passes before the solution (a check that cannot fail proves nothing)' });
  });

  it('reports a check the solution does not satisfy, a failing solution, and a missing solution', async () => {
    const wrong = parseLesson(lessonSource(twoSteps('- kind: content\n  path: made.txt\n  equals: "empty\\n"\n  message: m'), { resources: solutions }));
    const rows = (await validateLesson(wrong, nodeWorldFactory)).rows;
    expect(rows[1]!.problem).toBe('fails after the solution: made.txt was "full\\n", expected "empty\\n"');

    const failing = parseLesson(lessonSource(twoSteps('- kind: file\n  path: other.txt\n  message: m'), { resources: { ...solutions, 'solution/step-2.sh': 'touch other.txt\nfalse\n' } }));
    expect((await validateLesson(failing, nodeWorldFactory)).rows).toContainEqual(
      expect.objectContaining({ step: 2, check: 0, ok: false, problem: 'solution/step-2.sh exited with status 1' }),
    );

    const missing = parseLesson(lessonSource(twoSteps('- kind: file\n  path: other.txt\n  message: m'), { resources: { 'solution/step-1.sh': 'touch made.txt\n' } }));
    const validation = await validateLesson(missing, nodeWorldFactory);
    expect(validation.ok).toBe(false);
    expect(validation.rows.at(-1)).toMatchObject({ step: 2, check: 0, problem: 'no solution/step-2.sh' });
  });

  it('the scaffold of `lessons new` is a working lesson', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lesson-'));
    try {
      for (const [path, text] of Object.entries(scaffold('cron-basics'))) {
        mkdirSync(join(dir, '01-cron-basics', path, '..'), { recursive: true });
        writeFileSync(join(dir, '01-cron-basics', path), text);
      }
      const [folder] = lessonFolders(dir);
      const lesson = parseLesson(readLessonFolder(folder!));
      expect(lesson.meta.title).toBe('Cron Basics');
      expect((await validateLesson(lesson, nodeWorldFactory)).ok).toBe(true);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('every lesson in lessons/ passes', async () => {
    const folders = lessonFolders('lessons');
    expect(folders.length).toBeGreaterThan(0);
    for (const folder of folders) {
      const validation = await validateLesson(parseLesson(readLessonFolder(folder)), nodeWorldFactory);
      expect(validation.ok, formatValidation(validation)).toBe(true);
    }
  });
});
