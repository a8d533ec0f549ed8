// Which machine the page boots: a link to a started lesson's step opens that lesson's machine;
// anything else opens the sandbox, the student's own machine. Loaded only for a lesson link
// (landing.ts decides where a visit without one lands).

import type { WorkspaceSlot } from '../../worker/persistence/workspace-protocol.ts';
import { parseLessonRoute, readProgress } from './lesson-progress.ts';

type Store = Pick<Storage, 'getItem' | 'setItem'>;

export const SANDBOX: WorkspaceSlot = { kind: 'sandbox' };

/** The slot for the page's first world, from the location hash and the saved lesson progress. */
export async function bootSlot(hash: string, storage: Store | null): Promise<WorkspaceSlot> {
  const route = parseLessonRoute(hash);
  if (!route?.id || !readProgress(storage)[route.id]?.started) return SANDBOX;
  // Only a lesson link pays for loading the lessons before the first prompt.
  const { lessonSource } = await import('./lesson-sources.ts');
  const source = await lessonSource(route.id);
  return source ? { kind: 'lesson', source } : SANDBOX;
}
