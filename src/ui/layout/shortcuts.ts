// The workspace's keyboard shortcuts: which action a key press asks for. Handled in the capture
// phase, before xterm or Monaco see the key, and only for combinations neither of them needs. The
// help dialog's list (shortcut-list.ts, loaded with the dialog) names the same keys; a test keeps
// the two in step.

export type ShortcutAction = 'focus-editor' | 'focus-terminal' | 'focus-side' | 'toggle-editor' | 'toggle-side' | 'help';

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
