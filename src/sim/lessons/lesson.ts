// Lessons as data: a lesson folder (lesson.md, files/, solution/) read into a `Lesson`. Host-free:
// the caller (the CLI, a test, the worker) supplies the folder's contents as a `LessonSource`.
// lesson.md is YAML frontmatter, an introduction, then one `##` section per step; each step's
// checks are YAML in fenced ```check blocks, parsed through the check registry. Generated files
// (`datasets:` in the frontmatter) are read in lesson-datasets.ts.

import { isNode, parseDocument, LineCounter, type YAMLError } from 'yaml';
import { parseCheck, type Check } from './check-registry.ts';
import { collisionWithStarterFiles, readDatasets, type DatasetSpec } from './lesson-datasets.ts';
import './builtin-checks.ts';

/** The contents of one lesson folder, as the host read them. Paths use `/`. */
export interface LessonSource {
  /** The folder's name, `NN-slug`. */
  id: string;
  /** Path of lesson.md for messages (e.g. `lessons/01-shell-basics/lesson.md`). */
  file: string;
  markdown: string;
  /** Starter files under files/, relative to it (they land in /home/student). */
  files: LessonFile[];
  /** Every other file of the folder (solution/step-1.sh, solution/expected.csv, ...), by relative path. */
  resources: Map<string, Uint8Array>;
}

export interface LessonFile {
  path: string;
  bytes: Uint8Array;
  /** Permission bits, e.g. 0o644. */
  mode: number;
}

export interface LessonMeta {
  title: string;
  summary: string;
  tags: string[];
  minutes: number;
  panels: string[];
  seed: number;
  /** The world's virtual start time, ms since the epoch. */
  startMs: number;
  /** Generated files the world starts with, after the starter files (see starting-files.ts). */
  datasets: DatasetSpec[];
}

export type { DatasetSpec };

export interface LessonStep {
  /** 1-based. */
  number: number;
  title: string;
  /** The step's Markdown without its check blocks. */
  body: string;
  checks: Check[];
  /** The text of solution/step-N.sh, if the lesson has one. */
  solution: string | null;
}

export interface Lesson {
  id: string;
  file: string;
  meta: LessonMeta;
  /** Markdown before the first step. */
  intro: string;
  steps: LessonStep[];
  files: LessonFile[];
  resources: Map<string, Uint8Array>;
}

/** A lesson that cannot be read: names the file and line, like a compiler. */
export class LessonFormatError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly problem: string,
  ) {
    super(`${file}:${line}: ${problem}`);
  }
}

export const DEFAULT_START = '2026-01-15T09:00:00Z';
/** The panels a lesson can ask the player to show (the terminal is always there). */
export const LESSON_PANELS = ['terminal', 'editor', 'files', 'cron', 'airflow', 'kafka', 'metrics'] as const;

function panelList(panels: string[], fail: (problem: string) => never): string[] {
  const unknown = panels.find((p) => !(LESSON_PANELS as readonly string[]).includes(p));
  if (unknown !== undefined) fail(`unknown panel '${unknown}' in 'panels' (known: ${LESSON_PANELS.join(', ')})`);
  return panels;
}

const KNOWN_META = new Set(['title', 'summary', 'tags', 'minutes', 'panels', 'seed', 'start', 'datasets']);

export function parseLesson(source: LessonSource): Lesson {
  const lines = source.markdown.split('\n');
  if (lines[0]?.trimEnd() !== '---') throw new LessonFormatError(source.file, 1, 'lesson.md must start with YAML frontmatter between --- lines');
  const end = lines.findIndex((line, i) => i > 0 && line.trimEnd() === '---');
  if (end < 0) throw new LessonFormatError(source.file, 1, 'the frontmatter has no closing --- line');
  const frontmatter = readYaml(source.file, lines.slice(1, end).join('\n'), 2);
  const meta = readMeta(frontmatter, source.file);
  meta.datasets.forEach((dataset, index) => {
    const collision = collisionWithStarterFiles(dataset, source.files.map((file) => file.path));
    if (collision) throw new LessonFormatError(source.file, frontmatter.lineOf(['datasets', index]), `frontmatter: dataset ${index + 1}: ${collision}`);
  });
  const { intro, steps } = readSteps(source, lines, end + 1);
  return { id: source.id, file: source.file, meta, intro, steps, files: source.files, resources: source.resources };
}

interface YamlText {
  value: unknown;
  /** The file's line where the node at `path` starts (the first line if there is no such node). */
  lineOf(path: (string | number)[]): number;
}

/** Parses YAML whose first line is line `firstLine` of the file; errors name the file's line. */
function readYaml(file: string, text: string, firstLine: number): YamlText {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problem: YAMLError | undefined = doc.errors[0];
  if (problem) {
    const line = lineCounter.linePos(problem.pos[0]).line;
    throw new LessonFormatError(file, firstLine + line - 1, `invalid YAML: ${problem.message.split('\n')[0]}`);
  }
  return {
    value: doc.toJS(),
    lineOf(path) {
      const node = doc.getIn(path, true);
      const offset = isNode(node) && node.range ? node.range[0] : 0;
      return firstLine + lineCounter.linePos(offset).line - 1;
    },
  };
}

function readMeta(yaml: YamlText, file: string): LessonMeta {
  const raw = yaml.value;
  const fail = (problem: string): never => {
    throw new LessonFormatError(file, 1, `frontmatter: ${problem}`);
  };
  if (!isRecord(raw)) return fail('expected key: value pairs');
  for (const key of Object.keys(raw)) if (!KNOWN_META.has(key)) fail(`unknown key '${key}' (known: ${[...KNOWN_META].join(', ')})`);
  const text = (key: string, fallback?: string): string => {
    const value = raw[key] ?? fallback;
    if (typeof value !== 'string' || value.trim() === '') return fail(`'${key}' must be a non-empty string`);
    return value;
  };
  const list = (key: string): string[] => {
    const value = raw[key] ?? [];
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return fail(`'${key}' must be a list of strings`);
    return value as string[];
  };
  const count = (key: string, fallback: number): number => {
    const value = raw[key] ?? fallback;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) return fail(`'${key}' must be a whole number`);
    return value;
  };
  const start = text('start', DEFAULT_START);
  const startMs = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?Z$/.test(start) ? Date.parse(start) : NaN;
  if (Number.isNaN(startMs)) fail(`'start' must be a UTC time like ${DEFAULT_START}, not '${start}'`);
  return {
    title: text('title'),
    summary: typeof raw['summary'] === 'string' ? raw['summary'].trim() : fail("'summary' must be a string"),
    tags: list('tags'),
    minutes: count('minutes', 0),
    panels: panelList(list('panels'), fail),
    seed: count('seed', 1),
    startMs,
    datasets: readDatasets(raw['datasets'], (index, problem) => {
      const line = yaml.lineOf(index < 0 ? ['datasets'] : ['datasets', index]);
      throw new LessonFormatError(file, line, `frontmatter: ${index < 0 ? '' : `dataset ${index + 1}: `}${problem}`);
    }),
  };
}

function readSteps(source: LessonSource, lines: string[], from: number): { intro: string; steps: LessonStep[] } {
  const intro: string[] = [];
  const steps: LessonStep[] = [];
  const bodies: string[][] = [];
  let body: string[] = intro;
  let checks: Check[] = [];
  let fence: { marker: string; check: boolean; line: number; text: string[] } | null = null;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (fence) {
      if (line.trimEnd() === fence.marker) {
        if (fence.check) checks.push(...readChecks(source.file, fence.text.join('\n'), fence.line + 1, steps.length));
        else body.push(line);
        fence = null;
      } else if (fence.check) fence.text.push(line);
      else body.push(line);
      continue;
    }
    const open = /^(```+|~~~+)\s*(\S*)(.*)$/.exec(line);
    if (open) {
      const check = open[2] === 'check';
      fence = { marker: open[1]!, check, line: i + 1, text: [] };
      if (!check) body.push(line);
      continue;
    }
    const heading = /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) {
      if (steps.length > 0) steps[steps.length - 1]!.checks = checks;
      checks = [];
      body = [];
      const number = steps.length + 1;
      steps.push({ number, title: heading[1]!, body: '', checks: [], solution: solutionText(source, number) });
      bodies.push(body);
      continue;
    }
    body.push(line);
  }
  if (fence) throw new LessonFormatError(source.file, fence.line, 'this fenced block is never closed');
  if (steps.length > 0) steps[steps.length - 1]!.checks = checks;
  else if (checks.length > 0) throw new LessonFormatError(source.file, from + 1, 'check blocks must be inside a ## step');
  steps.forEach((step, i) => (step.body = bodies[i]!.join('\n').trim()));
  return { intro: intro.join('\n').trim(), steps };
}

function readChecks(file: string, text: string, firstLine: number, stepCount: number): Check[] {
  if (stepCount === 0) throw new LessonFormatError(file, firstLine - 1, 'check blocks must be inside a ## step');
  const raw = readYaml(file, text, firstLine).value;
  const items = Array.isArray(raw) ? raw : [raw];
  return items.map((item, index) => {
    const verdict = parseCheck(item);
    if (typeof verdict === 'string') throw new LessonFormatError(file, firstLine, `check ${index + 1}: ${verdict}`);
    return verdict;
  });
}

function solutionText(source: LessonSource, step: number): string | null {
  const bytes = source.resources.get(`solution/step-${step}.sh`);
  return bytes ? new TextDecoder().decode(bytes) : null;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
