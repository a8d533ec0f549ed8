// The page's editor as the machine sees it: a service the worker host registers (system.register)
// for `code FILE` and its aliases (commands/code.ts) and for `crontab -e` without $EDITOR. Kept
// apart from the commands so the host and crontab can name it without loading a command module.

/** The name the editor service is registered under (`system.register(EDITOR_SERVICE, ...)`). */
export const EDITOR_SERVICE = 'editor';

/** What the page's editor offers the machine. Absent in Node (tests, CLI) unless a host adds it. */
export interface EditorService {
  /** Shows the file at `path` (absolute) in the editor pane and brings it to the front. */
  open(path: string): void;
  /**
   * Opens `path` for a program that waits on the edit (crontab -e): saves and closing the tab are
   * reported to the session instead of only changing the file.
   */
  openSession(path: string, title: string): EditorSession;
}

export type EditorSessionEvent = 'saved' | 'closed';

export interface EditorSession {
  /** A save or close that happened while the program was busy; it checks before it blocks. */
  takeEvent(): EditorSessionEvent | undefined;
  /**
   * Calls `listener` once, at the next save or when the tab is closed, never synchronously (the
   * kernel must see the process blocked first); returns a cancel function.
   */
  whenNext(listener: (event: EditorSessionEvent) => void): () => void;
  /** The waiting program's answer to a save, shown in the editor (crontab's verdict). */
  reply(message: string, accepted: boolean): void;
  /** The program is done with the file: the editor closes its tab. */
  end(): void;
}
