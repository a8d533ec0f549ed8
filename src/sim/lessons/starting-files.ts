// Everything a lesson puts into /home/student when it starts: its starter files (files/), then its
// generated datasets. The checker and the player both start from this list, so what an instructor
// validates is what a student gets.

import { datasetSeed, generateDataset } from '../datasets/index.ts';
import type { Lesson, LessonFile } from './lesson.ts';

export function startingFiles(lesson: Lesson): LessonFile[] {
  const generated = lesson.meta.datasets.map((dataset) => ({
    path: dataset.path,
    mode: dataset.mode,
    bytes: generateDataset(dataset.generator, { rows: dataset.rows, seed: datasetSeed(lesson.meta.seed, dataset.path), startMs: lesson.meta.startMs }),
  }));
  return [...lesson.files, ...generated];
}
