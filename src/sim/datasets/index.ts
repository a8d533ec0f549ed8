// Generated datasets: files a lesson names by generator instead of shipping them, so a large file
// costs no download and no repository space, and the same seed always gives the same bytes.
// A lesson's dataset is seeded from the lesson's seed and the dataset's path (`datasetSeed`), so
// adding a dataset to a lesson never changes the bytes of another one.

import { Prng } from '../kernel/prng.ts';
import { accessLog } from './access-log.ts';
import { ordersCsv } from './orders-csv.ts';

export interface DatasetOptions {
  /** Data lines (a header line, if the format has one, is not counted). */
  rows: number;
  seed: number;
  /** The lesson's start time (ms since the epoch): the data ends just before it. */
  startMs?: number;
}

export interface DatasetGenerator {
  name: string;
  /** One line for `lessons dataset --help` and error messages. */
  description: string;
  generate(rows: number, prng: Prng, startMs: number): Uint8Array;
}

/** Big enough for throughput measurements, small enough for a browser tab (500,000 orders are 20 MB, an access log that long 83 MB). */
export const MAX_DATASET_ROWS = 500_000;
/** The lessons' default start, 2026-01-15T09:00:00Z, for generating outside a lesson. */
export const DEFAULT_DATASET_START_MS = Date.UTC(2026, 0, 15, 9, 0, 0);

const GENERATORS: readonly DatasetGenerator[] = [accessLog, ordersCsv];

/** The known generators, in the order the documentation lists them. */
export function datasetGenerators(): readonly { name: string; description: string }[] {
  return GENERATORS;
}

export function isDatasetGenerator(name: string): boolean {
  return GENERATORS.some((generator) => generator.name === name);
}

/** The bytes of a dataset. Callers validate `name` and `rows` first: a bad one here is a bug. */
export function generateDataset(name: string, options: DatasetOptions): Uint8Array {
  const generator = GENERATORS.find((candidate) => candidate.name === name);
  if (!generator) throw new Error(`unknown dataset generator '${name}'`);
  if (!Number.isInteger(options.rows) || options.rows < 1 || options.rows > MAX_DATASET_ROWS) throw new Error(`dataset rows out of range: ${options.rows}`);
  return generator.generate(options.rows, new Prng(options.seed), options.startMs ?? DEFAULT_DATASET_START_MS);
}

/**
 * The seed of the dataset at `path` in a lesson seeded `lessonSeed`: an FNV-1a hash of the path
 * mixed with the seed (multiplying by an odd constant is one-to-one, so every lesson seed gives
 * a different dataset seed for the same path).
 */
export function datasetSeed(lessonSeed: number, path: string): number {
  let hash = 2166136261;
  for (let i = 0; i < path.length; i++) hash = Math.imul(hash ^ path.charCodeAt(i), 16777619);
  return (hash ^ Math.imul(lessonSeed >>> 0, 0x9e3779b1)) >>> 0;
}
