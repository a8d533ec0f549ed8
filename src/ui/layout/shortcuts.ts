// The workspace's keyboard shortcuts: one list, read both by the handler and by the help dialog, so
// the dialog never lists a key that does nothing. Handled in the capture phase, before xterm or
// Monaco see the key, and only for combinations neither of them needs.

export type ShortcutAction = 'focus-editor' | 'focus-terminal' | 'focus-side' | 'toggle-editor' | 'toggle-side' | 'help';

export interface Shortcut {
  keys: string;
  description: string;
  action?: ShortcutAction;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: 'Ctrl+S (⌘S on a Mac)', description: 'Save the file in the editor' },
  { keys: 'Alt+W', description: 'Close the editor tab' },
  { keys: 'Alt+1', description: 'Focus the editor', action: 'focus-editor' },
  { keys: 'Alt+2', description: 'Focus the terminal', action: 'focus-terminal' },
  { keys: 'Alt+3', description: 'Focus the side panel', action: 'focus-side' },
  { keys: 'Alt+Shift+E', description: 'Show or hide the editor', action: 'toggle-editor' },
  { keys: 'Alt+Shift+S', description: 'Show or hide the side panel', action: 'toggle-side' },
  { keys: '← → ↑ ↓ on a divider', description: 'Resize the panes (Shift for bigger steps, Enter to collapse)' },
  { keys: '? or F1 (outside the terminal)', description: 'Show these shortcuts', action: 'help' },
];

/** The action a key press asks for, or null when the key belongs to whatever has focus. */
export function shortcutFor(event: Pick<KeyboardEvent, 'key' | 'code' | 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey'>, target: { inTerminal: boolean; editable: boolean }): ShortcutAction | null {
  if (event.altKey && !event.ctrlKey && !event.metaKey) {
    // event.code, not key: on a Mac Alt+1 types "¡".
    if (!event.shiftKey && event.code === 'Digit1') return 'focus-editor';
    if (!event.shiftKey && event.code === 'Digit2') return 'focus-terminal';
    if (!event.shiftKey && event.code === 'Digit3') return 'focus-side';
    if (event.shiftKey && event.code === 'KeyE') return 'toggle-editor';
    if (event.shiftKey && event.code === 'KeyS') return 'toggle-side';
    return null;
  }
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  // F1 is a key the shell may read (xterm sends it as an escape sequence); ? is text anywhere one types.
  if (event.key === 'F1' && !target.inTerminal) return 'help';
  if (event.key === '?' && !target.inTerminal && !target.editable) return 'help';
  return null;
}
