// The lesson player's calls into the worker and the check results it sends back. Lessons reach the
// worker as the page's build bundled them (a `LessonSource` per folder); the worker parses them,
// installs starter files and evaluates the followed step's checks after every command.

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
}

/** A lesson as the player shows it, or why it could not be read. */
export type LessonView =
  | { id: string; ok: true; title: string; summary: string; minutes: number; tags: string[]; intro: string; steps: LessonStepView[] }
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
  /** Copies the lesson's starter files (modes kept) into /home/student and follows `step`. */
  lessonStart(id: string, step: number): Promise<StepStatus | null>;
  /** Follows a step (its checks run after every command; results arrive as `WorldUpdate.lesson`), or none. */
  lessonFollow(id: string | null, step: number): Promise<StepStatus | null>;
  /** Runs the followed step's checks now. */
  lessonCheck(): Promise<StepStatus | null>;
}
