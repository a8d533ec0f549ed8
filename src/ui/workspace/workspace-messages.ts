// What the page says about the student's saved work, in one place so the wording stays consistent
// (and testable without a browser). Times are the student's local wall-clock time.

import type { WorkspaceStatus } from '../../worker/persistence/workspace-protocol.ts';

export interface WorkspaceNotice {
  tone: 'info' | 'warning' | 'error';
  text: string;
}

export function formatSavedAt(ms: number): string {
  const d = new Date(ms);
  return [d.getHours(), d.getMinutes(), d.getSeconds()].map((n) => String(n).padStart(2, '0')).join(':');
}

/** The short label beside the Workspace button. */
export function statusLabel(status: WorkspaceStatus | null): string {
  if (!status) return 'Starting…';
  if (status.storage === 'memory') return 'Not saved';
  if (status.problem) return 'Not saved';
  if (status.saving) return 'Saving…';
  // Short: the header is crowded; the time is in the tooltip.
  return status.pending ? 'Unsaved' : 'Saved';
}

/** The label's tooltip: where the work lives and what the last save cost. */
export function statusDetail(status: WorkspaceStatus | null): string {
  if (!status) return '';
  if (status.problem) return status.problem;
  const where = 'Your files are saved in this browser automatically.';
  if (!status.lastSave || status.savedAtMs === null) return where;
  const mib = status.lastSave.bytes / (1024 * 1024);
  const size = mib >= 1 ? `${mib.toFixed(1)} MiB` : `${Math.max(1, Math.round(status.lastSave.bytes / 1024))} KiB`;
  return `${where} Last saved at ${formatSavedAt(status.savedAtMs)} (${size} in ${Math.round(status.lastSave.ms)} ms).`;
}

/** After a crash: what the new machine was made from, and what (if anything) was lost. */
export function crashNotice(before: WorkspaceStatus | null): WorkspaceNotice {
  const stopped = 'The simulated machine stopped after an internal error and was restarted';
  if (!before || before.storage === 'memory') {
    return { tone: 'error', text: `${stopped} as a new machine: this browser keeps no saves, so its files could not be recovered.` };
  }
  if (before.savedAtMs === null) return { tone: 'warning', text: `${stopped}. Nothing had been saved yet, so it starts as a new machine.` };
  const lost = before.pending || before.saving ? ' Changes made after that save were lost.' : ' Nothing was lost.';
  return { tone: 'warning', text: `${stopped} from your last save (${formatSavedAt(before.savedAtMs)}).${lost}` };
}

export const GAVE_UP: WorkspaceNotice = {
  tone: 'error',
  text: 'The simulated machine keeps crashing, so it was not restarted again. Reload the page to try once more; if it still fails, reset the workspace (export it first to keep a copy).',
};

export function importRefused(fileName: string, reason: string): WorkspaceNotice {
  return { tone: 'error', text: `“${fileName}” was not imported: ${reason} Your workspace is unchanged.` };
}

export function imported(fileName: string): WorkspaceNotice {
  return { tone: 'info', text: `Imported “${fileName}”: the machine now holds that workspace.` };
}

export const RESET_DONE: WorkspaceNotice = { tone: 'info', text: 'The workspace was reset: this is a brand-new machine.' };

/** A warning worth showing as soon as a world starts (storage refused, saved work unreadable). */
export function startNotice(status: WorkspaceStatus): WorkspaceNotice | null {
  if (status.originNote) return { tone: 'warning', text: status.originNote };
  if (status.problem) return { tone: 'warning', text: status.problem };
  return null;
}
