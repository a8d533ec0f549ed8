// The lesson player's calls into the worker and the check results it sends back. Lessons reach the
// worker as the page's build bundled them (a `LessonSource` per folder); the worker parses them and
// evaluates the followed step's checks after every command. A started lesson runs in its own machine (a
// workspace slot, ../persistence/workspace-protocol.ts), made from the lesson's seed, time and files.

import type { LessonSource } from '../../sim/lessons/lesson.ts';

export type { LessonSource };

/** One check as the player shows it (the lesson's own words). */
export interface LessonCheckView {
  message: string;
  hints: string[];
}

export interface LessonStepView {
  number: number;
  title: string;
  /** Markdown, check blocks removed. The page sanitises it before showing it. */
  body: string;
  checks: LessonCheckView[];
  /** The step's solution commands (solution/step-N.sh), or null. */
  solution: string | null;
  /** Reference files of the step (solution/step-N/PATH): how ~/PATH looks once the step is done. */
  references: { path: string; text: string }[];
}

/** A lesson as the player shows it, or why it could not be read. */
export type LessonView =
  | { id: string; ok: true; title: string; summary: string; minutes: number; tags: string[]; panels: string[]; intro: string; steps: LessonStepView[] }
  | { id: string; ok: false; problem: string };

/** The outcome of one step's checks, in the order of the step's checks. */
export interface StepStatus {
  lessonId: string;
  step: number;
  results: { passed: boolean; detail?: string }[];
  /** Every check passed. */
  passed: boolean;
}

export interface LessonsApi {
  /** Parses the lessons the page bundled; keeps them for the calls below. */
  lessonsLoad(sources: LessonSource[]): Promise<LessonView[]>;
  /**
   * Follows a step (its checks run after every command; results arrive as `WorldUpdate.lesson`), or
   * none. In the lesson's own machine, the machine as the step begins is kept for "Reset step".
   */
  lessonFollow(id: string | null, step: number): Promise<StepStatus | null>;
  /** Runs the followed step's checks now. */
  lessonCheck(): Promise<StepStatus | null>;
}
