// A lesson's machine as it begins: the lesson's seed and start time, and the files it puts in the
// student's home. Loaded only when a lesson's world is made for the first time (or started over).

import { parseLesson, type LessonSource } from '../../sim/lessons/lesson.ts';
import type { LessonFile } from '../../sim/lessons/lesson.ts';

export interface LessonBeginning {
  seed: number;
  startMs: number;
  files: LessonFile[];
}

export function lessonBeginning(source: LessonSource): LessonBeginning {
  const lesson = parseLesson(source);
  return { seed: lesson.meta.seed, startMs: lesson.meta.startMs, files: lesson.files };
}
