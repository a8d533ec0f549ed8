// Each lesson's progress in localStorage: whether its starter files were installed, the step the
// student is on, and the steps whose checks all passed. Anything unreadable counts as no progress.

export interface LessonProgress {
  started: boolean;
  /** The step the student last looked at, 1-based. */
  step: number;
  /** Steps whose checks all passed, ascending. */
  passed: number[];
}

export const PROGRESS_KEY = 'pipeline-playground:lessons';

type Store = Pick<Storage, 'getItem' | 'setItem'>;

export function emptyProgress(): LessonProgress {
  return { started: false, step: 1, passed: [] };
}

/** Every lesson's progress, by lesson id. */
export function readProgress(storage: Store | null): Record<string, LessonProgress> {
  let raw: unknown;
  try {
    raw = JSON.parse(storage?.getItem(PROGRESS_KEY) ?? '{}');
  } catch {
    return {};
  }
  const all: Record<string, LessonProgress> = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return all;
  for (const [id, value] of Object.entries(raw as Record<string, unknown>)) {
    if (typeof value !== 'object' || value === null) continue;
    const { started, step, passed } = value as Record<string, unknown>;
    all[id] = {
      started: started === true,
      step: Number.isInteger(step) && (step as number) >= 1 ? (step as number) : 1,
      passed: Array.isArray(passed) ? [...new Set(passed.filter((n): n is number => Number.isInteger(n) && n >= 1))].sort((a, b) => a - b) : [],
    };
  }
  return all;
}

/** Changes one lesson's progress and saves it (a full or unavailable storage only loses the save). */
export function updateProgress(storage: Store | null, id: string, change: (progress: LessonProgress) => LessonProgress): Record<string, LessonProgress> {
  const all = readProgress(storage);
  all[id] = change(all[id] ?? emptyProgress());
  try {
    storage?.setItem(PROGRESS_KEY, JSON.stringify(all));
  } catch {
    // quota or privacy mode: progress lives for this page only
  }
  return all;
}

/** Marks `step` as passed. */
export function withPassed(progress: LessonProgress, step: number): LessonProgress {
  return progress.passed.includes(step) ? progress : { ...progress, passed: [...progress.passed, step].sort((a, b) => a - b) };
}

/** `#/lessons` (the list) or `#/lessons/ID/STEP` (a lesson's step); null for any other hash. */
export function parseLessonRoute(hash: string): { id: string | null; step: number | null } | null {
  const match = /^#\/lessons(?:\/(\d\d-[a-z0-9-]+)(?:\/(\d+))?)?\/?$/.exec(hash);
  if (!match) return null;
  return { id: match[1] ?? null, step: match[2] ? Math.max(1, Number(match[2])) : null };
}
