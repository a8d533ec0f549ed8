// Where a visit lands. A first visit (nothing of ours in storage, no link followed) opens the
// lesson list; a returning student lands in the sandbox, their own machine, where they left it.
// Part of the page's first download, so it stays tiny: the lesson boot loads only for lesson links.

import type { WorkspaceSlot } from '../../worker/persistence/workspace-protocol.ts';

type Store = Pick<Storage, 'getItem' | 'setItem'>;

const VISITED_KEY = 'pipeline-playground:visited';

/**
 * A first visit (nothing of ours in storage, no link followed) opens the lesson list; later visits
 * keep whatever the address says, which for a plain address is the sandbox. Returns the hash to use.
 */
export function landingHash(hash: string, storage: Store | null): string {
  let visited = false;
  try {
    visited = storage?.getItem(VISITED_KEY) != null;
    storage?.setItem(VISITED_KEY, '1');
  } catch {
    // no storage: every visit is a first one
  }
  return !visited && (hash === '' || hash === '#') ? '#/lessons' : hash;
}

/** The machine to boot: a started lesson's for a link to it (decided by lesson-boot.ts), else the sandbox. */
export function bootSlotFor(hash: string, storage: Store | null): Promise<WorkspaceSlot> {
  if (!hash.startsWith('#/lessons/')) return Promise.resolve({ kind: 'sandbox' });
  return import('./lesson-boot.ts').then(({ bootSlot }) => bootSlot(hash, storage));
}
