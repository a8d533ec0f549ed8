// The worker side of the lesson player, loaded the first time the page calls a lesson method.
// It keeps the parsed lessons, asks for a copy of the lesson's machine as each step begins (for
// "Reset step"), and evaluates the followed step's checks — against a copy of the world, so a check can never disturb
// the student's machine — after every command the student runs (the world's history grew and the
// shell is back at its prompt) and on demand.

import type { World } from '../../sim/world.ts';
import { parseLesson, type Lesson, type LessonSource } from '../../sim/lessons/lesson.ts';
import { evaluateStep } from '../../sim/lessons/lesson-checker.ts';
import { copyWorld, type WorldFactory } from '../../sim/lessons/lesson-world.ts';
import type { LessonView, StepStatus } from './protocol.ts';

export class LessonHost {
  private readonly lessons = new Map<string, Lesson>();
  private followed: { lesson: Lesson; step: number } | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly world: World,
    private readonly make: WorldFactory,
    private readonly send: (status: StepStatus) => void,
    /** Keeps the machine as step `step` of lesson `id` begins, if this is that lesson's machine. */
    private readonly stepBegins: (id: string, step: number) => Promise<void> = () => Promise.resolve(),
  ) {}

  load(sources: LessonSource[]): LessonView[] {
    return sources.map((source): LessonView => {
      try {
        const lesson = parseLesson(source);
        this.lessons.set(lesson.id, lesson);
        return {
          id: lesson.id,
          ok: true,
          title: lesson.meta.title,
          summary: lesson.meta.summary,
          minutes: lesson.meta.minutes,
          tags: lesson.meta.tags,
          panels: lesson.meta.panels,
          intro: lesson.intro,
          steps: lesson.steps.map((step) => ({
            number: step.number,
            title: step.title,
            body: step.body,
            checks: step.checks.map((check) => ({ message: check.message, hints: [...check.hints] })),
            solution: step.solution,
            references: referenceFiles(lesson, step.number),
          })),
        };
      } catch (error) {
        return { id: source.id, ok: false, problem: error instanceof Error ? error.message : String(error) };
      }
    });
  }

  async follow(id: string | null, step: number): Promise<StepStatus | null> {
    if (id === null) {
      this.followed = null;
      return null;
    }
    const lesson = this.require(id);
    this.followed = { lesson, step };
    await this.stepBegins(id, step);
    return this.check();
  }

  /**
   * Called at every update batch. The step is checked when a command line joins the history (it is
   * read, before it runs) and when the prompt comes back (it is over, whatever it took).
   */
  poll(): void {
    if (!this.followed) return;
    const marks = this.world.history.length + this.world.promptsShown;
    if (marks === this.seenMarks) return;
    this.seenMarks = marks;
    void this.check().then((status) => status && this.send(status));
  }
  /** History lines plus prompts at the last poll. */
  private seenMarks = 0;

  /** Evaluates the followed step; evaluations run one after another, never two at once. */
  check(): Promise<StepStatus | null> {
    // An evaluation that has not started yet will see the latest state: share it, never pile up more.
    if (this.waiting) return this.waiting;
    const next = this.queue.then(() => {
      this.waiting = null;
      return this.evaluate();
    });
    this.waiting = next;
    this.queue = next.catch(() => undefined);
    return next;
  }
  private waiting: Promise<StepStatus | null> | null = null;

  private async evaluate(): Promise<StepStatus | null> {
    const followed = this.followed;
    if (!followed) return null;
    const { lesson, step: number } = followed;
    const step = lesson.steps.find((s) => s.number === number);
    if (!step) return null;
    // A copy taken at once: the student's world keeps running while the checks do.
    const copy = await copyWorld(this.world, this.make, lesson.meta.seed);
    copy.history.push(...this.world.history);
    // The lesson's machine began at the lesson's start time: clock checks count from there.
    const results = await evaluateStep(copy, lesson, step, this.make);
    const outcomes = results.map((r) => ({ passed: r.outcome.passed, detail: r.outcome.detail }));
    return { lessonId: lesson.id, step: number, results: outcomes, passed: outcomes.every((o) => o.passed) };
  }

  private require(id: string): Lesson {
    const lesson = this.lessons.get(id);
    if (!lesson) throw new Error(`no lesson '${id}' (load the lessons first)`);
    return lesson;
  }
}

/** solution/step-N/PATH files: the student's ~/PATH as the step's solution leaves it. */
function referenceFiles(lesson: Lesson, step: number): { path: string; text: string }[] {
  const prefix = `solution/step-${step}/`;
  const decoder = new TextDecoder();
  return [...lesson.resources]
    .filter(([path]) => path.startsWith(prefix))
    .map(([path, bytes]) => ({ path: path.slice(prefix.length), text: decoder.decode(bytes) }))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
}
