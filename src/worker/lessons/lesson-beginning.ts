// A lesson's machine as it begins: the lesson's seed and start time, and the files it puts in the
// student's home (starter files and generated datasets, exactly what `lessons check` validated).
// Loaded only when a lesson's world is made for the first time (or started over).

import { parseLesson, type LessonFile, type LessonSource } from '../../sim/lessons/lesson.ts';
import { startingFiles } from '../../sim/lessons/starting-files.ts';

export interface LessonBeginning {
  seed: number;
  startMs: number;
  files: LessonFile[];
}

export function lessonBeginning(source: LessonSource): LessonBeginning {
  const lesson = parseLesson(source);
  return { seed: lesson.meta.seed, startMs: lesson.meta.startMs, files: startingFiles(lesson) };
}
