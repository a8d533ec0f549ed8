// The frontmatter's `datasets:` list: files the lesson's world starts with that are generated
// (src/sim/datasets) instead of shipped in files/, e.g.
//   datasets:
//     - { generator: access-log, path: data/access.log, rows: 500 }
// Read as strictly as checks: an unknown key or generator is an error, never silently ignored.

import { datasetGenerators, isDatasetGenerator, MAX_DATASET_ROWS } from '../datasets/index.ts';

export interface DatasetSpec {
  generator: string;
  /** Relative to /home/student, normalised (no `.` or empty parts). */
  path: string;
  rows: number;
  /** Permission bits, e.g. 0o644. */
  mode: number;
}

const KNOWN_KEYS = ['generator', 'path', 'rows', 'mode'];

/** Reports a problem with dataset `index` (0-based), or with the list itself when `index` is -1. */
export type DatasetProblem = (index: number, problem: string) => never;

export function readDatasets(raw: unknown, fail: DatasetProblem): DatasetSpec[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) return fail(-1, "'datasets' must be a list of mappings like { generator: access-log, path: data/access.log, rows: 500 }");
  const datasets = raw.map((item, index) => readDataset(item, (problem) => fail(index, problem)));
  datasets.forEach((dataset, index) => {
    const earlier = datasets.findIndex((other, i) => i < index && overlaps(other.path, dataset.path));
    if (earlier >= 0) fail(index, `'${dataset.path}' collides with the path of dataset ${earlier + 1}, '${datasets[earlier]!.path}'`);
  });
  return datasets;
}

/** A dataset whose path collides with a starter file (files/...), as a problem sentence, or null. */
export function collisionWithStarterFiles(dataset: DatasetSpec, starterPaths: readonly string[]): string | null {
  const file = starterPaths.find((path) => overlaps(normalise(path) ?? path, dataset.path));
  return file === undefined ? null : `'${dataset.path}' collides with the starter file files/${file}`;
}

function readDataset(raw: unknown, fail: (problem: string) => never): DatasetSpec {
  const generators = datasetGenerators().map((g) => g.name).join(', ');
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return fail('expected a mapping with generator, path and rows');
  const fields = raw as Record<string, unknown>;
  const extra = Object.keys(fields).find((key) => !KNOWN_KEYS.includes(key));
  if (extra !== undefined) fail(`unknown key '${extra}' (known: ${KNOWN_KEYS.join(', ')})`);
  const generator = fields['generator'];
  if (typeof generator !== 'string') return fail(`'generator' must name a generator (known: ${generators})`);
  if (!isDatasetGenerator(generator)) fail(`unknown generator '${generator}' (known: ${generators})`);
  const path = typeof fields['path'] === 'string' ? fields['path'] : '';
  if (path.startsWith('/') || path.startsWith('~')) fail(`'path' must be relative to /home/student, like data/access.log, not '${path}'`);
  const normalised = normalise(path);
  if (normalised === null) fail(`'path' must stay inside /home/student ('..' is not allowed): '${path}'`);
  if (!normalised) return fail("'path' must name the file to create, relative to /home/student, like data/access.log");
  const rows = fields['rows'];
  if (typeof rows !== 'number' || !Number.isInteger(rows) || rows < 1 || rows > MAX_DATASET_ROWS) fail(`'rows' must be a whole number from 1 to ${MAX_DATASET_ROWS}`);
  return { generator, path: normalised, rows: rows as number, mode: readMode(fields['mode'], fail) };
}

/** Octal permission bits like starter files' modes; YAML reads 0644 as the number 644, so digits are octal either way. */
function readMode(raw: unknown, fail: (problem: string) => never): number {
  if (raw === undefined) return 0o644;
  const digits = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.replace(/^0o/, '') : '';
  if (!/^[0-7]{3,4}$/.test(digits)) fail('\'mode\' must be octal permission bits, like "644"');
  return parseInt(digits, 8);
}

/** `a/./b//c` → `a/b/c`; null if the path climbs out with `..`. */
export function normalise(path: string): string | null {
  const parts = path.split('/').filter((part) => part !== '' && part !== '.');
  return parts.includes('..') ? null : parts.join('/');
}

/** Two files cannot both be created when they are the same path or one is the other's folder. */
function overlaps(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`);
}
