// `pipeline-playground lessons dataset NAME`: prints a generated dataset, so an instructor can see
// what a lesson's `datasets:` entry gives the student (with --path and --seed, the same bytes).

import { datasetGenerators, datasetSeed, DEFAULT_DATASET_START_MS, generateDataset, isDatasetGenerator, MAX_DATASET_ROWS } from '../sim/datasets/index.ts';
import { normalise } from '../sim/lessons/lesson-datasets.ts';

export function datasetUsage(): string {
  const names = datasetGenerators().map((g) => `  ${g.name.padEnd(12)}  ${g.description}`).join('\n');
  return `Usage: pipeline-playground lessons dataset NAME [--rows N] [--seed S] [--path PATH] [--start ISO-8601]
Print the generated dataset NAME on standard output.

      --rows N          data lines to generate (default 20, at most ${MAX_DATASET_ROWS})
      --seed S          the seed (default 1); with --path, the lesson's seed
      --path PATH       the dataset's path in a lesson (e.g. data/access.log): mixes PATH
                        into the seed as a lesson does, giving the bytes that lesson gets
      --start ISO-8601  the lesson's start time; the data ends just before it
                        (default 2026-01-15T09:00:00Z)
      --help            show this help

Generators:
${names}
`;
}

interface DatasetRequest {
  name: string;
  rows: number;
  seed: number;
  path: string | null;
  startMs: number;
}

export function runDatasetCommand(args: string[]): number {
  const parsed = parseArgs(args);
  if (parsed === 'help') {
    process.stdout.write(datasetUsage());
    return 0;
  }
  if (typeof parsed === 'string') {
    process.stderr.write(`pipeline-playground lessons dataset: ${parsed}\n${datasetUsage()}`);
    return 2;
  }
  const seed = parsed.path === null ? parsed.seed : datasetSeed(parsed.seed, parsed.path);
  const bytes = generateDataset(parsed.name, { rows: parsed.rows, seed, startMs: parsed.startMs });
  // `... | head` closes the pipe early: that is the reader's choice, not an error to report.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  process.stdout.write(bytes);
  return 0;
}

function parseArgs(args: string[]): DatasetRequest | string | 'help' {
  const request: DatasetRequest = { name: '', rows: 20, seed: 1, path: null, startMs: DEFAULT_DATASET_START_MS };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = args[i + 1];
    const wholeNumber = value !== undefined && /^\d+$/.test(value) ? Number(value) : NaN;
    switch (arg) {
      case '--help':
      case '-h':
        return 'help';
      case '--rows':
        if (!(wholeNumber >= 1 && wholeNumber <= MAX_DATASET_ROWS)) return `--rows needs a whole number from 1 to ${MAX_DATASET_ROWS}`;
        request.rows = wholeNumber;
        i++;
        continue;
      case '--seed':
        if (!(wholeNumber <= 0xffffffff)) return '--seed needs a non-negative integer';
        request.seed = wholeNumber;
        i++;
        continue;
      case '--path': {
        const path = value === undefined || value.startsWith('/') ? null : normalise(value);
        if (!path) return '--path needs the dataset path the lesson uses, relative to /home/student, e.g. data/access.log';
        request.path = path;
        i++;
        continue;
      }
      case '--start': {
        const ms = value !== undefined && /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?Z$/.test(value) ? Date.parse(value) : NaN;
        if (Number.isNaN(ms)) return '--start needs a UTC time like 2026-01-15T09:00:00Z';
        request.startMs = ms;
        i++;
        continue;
      }
      default:
        if (arg.startsWith('-')) return `unknown option '${arg}'`;
        if (request.name !== '') return `one dataset at a time: '${request.name}' and '${arg}'`;
        if (!isDatasetGenerator(arg)) return `unknown generator '${arg}' (known: ${datasetGenerators().map((g) => g.name).join(', ')})`;
        request.name = arg;
    }
  }
  return request.name === '' ? 'missing the generator NAME' : request;
}
