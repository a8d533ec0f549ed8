// The worker side of the lesson player, loaded the first time the page calls a lesson method.
// It keeps the parsed lessons, installs a lesson's starter files into the student's world, and
// evaluates the followed step's checks — against a copy of the world, so a check can never disturb
// the student's machine — after every command the student runs (the world's history grew and the
// shell is back at its prompt) and on demand.

import type { World } from '../../sim/world.ts';
import { parseLesson, type Lesson, type LessonSource } from '../../sim/lessons/lesson.ts';
import { evaluateStep } from '../../sim/lessons/lesson-checker.ts';
import { copyWorld, installFiles, type WorldFactory } from '../../sim/lessons/lesson-world.ts';
import type { LessonView, StepStatus } from './protocol.ts';

export class LessonHost {
  private readonly lessons = new Map<string, Lesson>();
  private followed: { lesson: Lesson; step: number } | null = null;
  /** When the student started the followed lesson here (virtual ms), for clock checks. */
  private startedMs: number | null = null;
  /** The history length the last evaluation saw. */
  private seenHistory = 0;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly world: World,
    private readonly make: WorldFactory,
    private readonly send: (status: StepStatus) => void,
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
          intro: lesson.intro,
          steps: lesson.steps.map((step) => ({
            number: step.number,
            title: step.title,
            body: step.body,
            checks: step.checks.map((check) => ({ message: check.message, hints: [...check.hints] })),
          })),
        };
      } catch (error) {
        return { id: source.id, ok: false, problem: error instanceof Error ? error.message : String(error) };
      }
    });
  }

  start(id: string, step: number): Promise<StepStatus | null> {
    const lesson = this.require(id);
    installFiles(this.world, lesson.files);
    this.startedMs = this.world.kernel.clock.nowMs;
    return this.follow(id, step);
  }

  follow(id: string | null, step: number): Promise<StepStatus | null> {
    if (id === null) {
      this.followed = null;
      return Promise.resolve(null);
    }
    const lesson = this.require(id);
    if (this.followed?.lesson !== lesson) this.startedMs ??= this.world.kernel.clock.nowMs;
    this.followed = { lesson, step };
    return this.check();
  }

  /**
   * Called at every update batch. A command line joins the history when it is read, before it
   * runs: the step is checked then and again at the next two batches (the prompt coming back).
   */
  poll(): void {
    if (!this.followed) return;
    if (this.world.history.length !== this.seenHistory) {
      this.seenHistory = this.world.history.length;
      this.followUps = 2;
    } else if (this.followUps > 0) this.followUps--;
    else return;
    void this.check().then((status) => status && this.send(status));
  }
  private followUps = 0;

  /** Evaluates the followed step; evaluations run one after another, never two at once. */
  check(): Promise<StepStatus | null> {
    const next = this.queue.then(() => this.evaluate());
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async evaluate(): Promise<StepStatus | null> {
    const followed = this.followed;
    if (!followed) return null;
    const { lesson, step: number } = followed;
    const step = lesson.steps.find((s) => s.number === number);
    if (!step) return null;
    // A copy taken at once: the student's world keeps running while the checks do.
    const copy = await copyWorld(this.world, this.make, lesson.meta.seed);
    copy.history.push(...this.world.history);
    const started = { ...lesson, meta: { ...lesson.meta, startMs: this.startedMs ?? lesson.meta.startMs } };
    const results = await evaluateStep(copy, started, step, this.make);
    const outcomes = results.map((r) => ({ passed: r.outcome.passed, detail: r.outcome.detail }));
    return { lessonId: lesson.id, step: number, results: outcomes, passed: outcomes.every((o) => o.passed) };
  }

  private require(id: string): Lesson {
    const lesson = this.lessons.get(id);
    if (!lesson) throw new Error(`no lesson '${id}' (load the lessons first)`);
    return lesson;
  }
}
