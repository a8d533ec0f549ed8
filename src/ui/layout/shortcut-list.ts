// The keyboard shortcuts as the help dialog lists them, with the action each one triggers (checked
// against shortcutFor by a test, so the dialog never lists a key that does nothing). Loaded with the
// dialog, not with the page.

import type { ShortcutAction } from './shortcuts.ts';

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
