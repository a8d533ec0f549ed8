// The page's view of the student's saved work: the latest status from the worker, the notice to
// show (a crash recovered, storage refused, an import refused), and how often the world crashed
// lately, so a workspace that crashes the machine at boot does not restart it forever.

import type { WorkspaceStatus } from '../../worker/persistence/workspace-protocol.ts';
import { startNotice, type WorkspaceNotice } from './workspace-messages.ts';

const CRASH_WINDOW_MS = 60_000;
const MAX_CRASHES_IN_WINDOW = 3;

export class WorkspaceState {
  /** Null while a worker is starting. Replaced, never mutated. */
  status = $state.raw<WorkspaceStatus | null>(null);
  notice = $state.raw<WorkspaceNotice | null>(null);
  /** Bumped whenever the world is replaced (crash, reset, import): views re-read what they show. */
  generation = $state(0);
  private awaitingFirstStatus = true;
  private crashes: number[] = [];

  received(status: WorkspaceStatus): void {
    const previous = this.status;
    if (this.awaitingFirstStatus) {
      this.awaitingFirstStatus = false;
      const notice = startNotice(status);
      if (notice) this.notice = notice;
    } else if (status.problem && status.problem !== previous?.problem) {
      // Storage failed mid-session (disk full): say so once, when it starts.
      this.notice = { tone: 'warning', text: status.problem };
    }
    this.status = status;
  }

  /** A new worker replaces the old one; its first status may bring a notice of its own. */
  replaced(): void {
    this.awaitingFirstStatus = true;
    this.status = null;
    this.generation++;
  }

  /** Records a crash at `nowMs`; false when the machine crashed too often lately to restart again. */
  mayRestartAfterCrash(nowMs: number): boolean {
    this.crashes = this.crashes.filter((at) => nowMs - at < CRASH_WINDOW_MS);
    this.crashes.push(nowMs);
    return this.crashes.length <= MAX_CRASHES_IN_WINDOW;
  }

  show(notice: WorkspaceNotice): void {
    this.notice = notice;
  }

  dismiss(): void {
    this.notice = null;
  }
}
