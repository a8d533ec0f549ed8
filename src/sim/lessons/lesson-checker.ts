// Running checks. `evaluateStep` is what the player runs after each command; `validateLesson` is
// the instructor's proof that a lesson works: from the starting world it applies each step's
// solution in turn, and requires every check of the step to FAIL just before the solution (a
// check that cannot fail proves nothing) and to PASS just after it.

import type { World } from '../world.ts';
import { evaluateCheck, type Check, type CheckContext, type CheckOutcome } from './check-registry.ts';
import type { Lesson, LessonStep } from './lesson.ts';
import { applySolution, copyWorld, createLessonWorld, HOME, runCommandIn, type WorldFactory } from './lesson-world.ts';
import { ROOT } from '../fs/base-system.ts';
import { Errno } from '../kernel/errors.ts';
import { FileInode } from '../fs/inode.ts';
import { startingFiles } from './starting-files.ts';

export interface CheckResult {
  check: Check;
  outcome: CheckOutcome;
}

/** Evaluates one step's checks against the student's world (commands run in copies of it). */
export async function evaluateStep(world: World, lesson: Lesson, step: LessonStep, make: WorldFactory): Promise<CheckResult[]> {
  const context: CheckContext = {
    world,
    lessonStartMs: lesson.meta.startMs,
    runCommand: async (script) => runCommandIn(await copyWorld(world, make, lesson.meta.seed), script),
    resource: (path) => lesson.resources.get(path),
  };
  const results: CheckResult[] = [];
  for (const check of step.checks) {
    let outcome: CheckOutcome;
    try {
      outcome = await evaluateCheck(check, context);
    } catch (error) {
      outcome = { passed: false, detail: `the check could not run: ${(error as Error).message}` };
    }
    results.push({ check, outcome });
  }
  return results;
}

/** One row of the checker's table. */
export interface ValidationRow {
  step: number;
  /** The check's index in its step (1-based), or 0 for a problem with the step itself. */
  check: number;
  message: string;
  before: 'fail' | 'pass' | '-';
  after: 'fail' | 'pass' | '-';
  ok: boolean;
  problem?: string;
}

export interface LessonValidation {
  lesson: Lesson;
  rows: ValidationRow[];
  ok: boolean;
}

export async function validateLesson(lesson: Lesson, make: WorldFactory): Promise<LessonValidation> {
  const rows: ValidationRow[] = [];
  const world = createLessonWorld(make, lesson.meta.seed, lesson.meta.startMs, startingFiles(lesson));
  if (lesson.steps.length === 0) rows.push({ step: 0, check: 0, message: 'the lesson has no ## steps', before: '-', after: '-', ok: false });
  for (const step of lesson.steps) {
    const stepProblem = (problem: string): void => {
      rows.push({ step: step.number, check: 0, message: step.title, before: '-', after: '-', ok: false, problem });
    };
    if (step.checks.length === 0) stepProblem('the step has no checks');
    if (step.solution === null) {
      stepProblem(`no solution/step-${step.number}.sh`);
      break; // later steps build on this one's solution
    }
    const before = await evaluateStep(world, lesson, step, make);
    const solved = await applySolution(world, step.solution);
    const after = await evaluateStep(world, lesson, step, make);
    if (solved.status !== 0) stepProblem(`solution/step-${step.number}.sh exited with status ${solved.status}${solved.stderr ? `: ${solved.stderr.trim()}` : ''}`);
    // "Show solution" sets the student's file beside solution/step-N/PATH: it must be what the
    // step's solution really leaves, or the student would be shown a wrong answer.
    for (const problem of referenceProblems(world, lesson, step.number)) stepProblem(problem);
    step.checks.forEach((check, i) => {
      const was = before[i]!.outcome;
      const is = after[i]!.outcome;
      const problems: string[] = [];
      if (was.passed) problems.push('passes before the solution (a check that cannot fail proves nothing)');
      if (!is.passed) problems.push(`fails after the solution: ${is.detail ?? 'no detail'}`);
      rows.push({
        step: step.number,
        check: i + 1,
        message: check.message,
        before: was.passed ? 'pass' : 'fail',
        after: is.passed ? 'pass' : 'fail',
        ok: problems.length === 0,
        problem: problems.length ? problems.join('; ') : undefined,
      });
    });
  }
  return { lesson, rows, ok: rows.every((row) => row.ok) };
}

/** solution/step-N/PATH files that differ from ~/PATH after the step's solution, in words. */
function referenceProblems(world: World, lesson: Lesson, step: number): string[] {
  const prefix = `solution/step-${step}/`;
  const problems: string[] = [];
  for (const [path, expected] of lesson.resources) {
    if (!path.startsWith(prefix)) continue;
    const home = path.slice(prefix.length);
    let actual: Uint8Array | null = null;
    try {
      const inode = world.kernel.fs.lookup(ROOT, HOME, `${HOME}/${home}`);
      actual = inode instanceof FileInode ? inode.content() : null;
    } catch (error) {
      if (!(error instanceof Errno)) throw error;
    }
    if (actual === null) problems.push(`${path}: the solution leaves no file ~/${home}`);
    else if (!sameBytes(actual, expected)) problems.push(`${path} differs from the ~/${home} the solution leaves`);
  }
  return problems;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
