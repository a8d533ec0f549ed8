// What the editor pane and the world say to each other across the worker boundary: files read and
// written as the student, the state of the files open in tabs, requests from the terminal (`code
// FILE`, `crontab -e`), and the shell-aware features (bash -n diagnostics, command summaries).

/** A file as `stat` sees it; `version` counts the changes the host saw, for equal mtimes. */
export interface EditorFileStat {
  path: string;
  exists: boolean;
  ino: number;
  size: number;
  mtimeUs: number;
  mode: number;
  version: number;
}

/** A file opened for editing. */
export type EditorFile =
  | {
      kind: 'text';
      text: string;
      stat: EditorFileStat;
      /** The student may write it (write permission on the file). */
      writable: boolean;
      /** Set when a waiting program (crontab -e) owns this edit: its name, shown on the tab. */
      session?: string;
    }
  /** Not text: NUL bytes or invalid UTF-8. The editor shows its size instead of its bytes. */
  | { kind: 'binary'; stat: EditorFileStat }
  | { kind: 'too-large'; stat: EditorFileStat; limit: number }
  /** The reason as a tool would word it: "Permission denied", "No such file or directory". */
  | { kind: 'error'; message: string };

export type EditorSaveResult =
  | {
      kind: 'saved';
      stat: EditorFileStat;
      /** The waiting program's answer (crontab's verdict), when the file belongs to a session. */
      session?: { message: string; accepted: boolean };
    }
  | { kind: 'error'; message: string };

/** A syntax error or warning as `bash -n FILE` prints it, at a 1-based line. */
export interface ShellDiagnostic {
  line: number;
  severity: 'error' | 'warning';
  /** bash's whole line: "notes.sh: line 2: syntax error: unexpected end of file". */
  message: string;
}

/** What hovering over a command name shows. */
export interface CommandSummary {
  name: string;
  summary: string;
  /** The first lines of its `--help` (the Usage line and the sentence after it). */
  usage: string;
}

/** The editor's part of a batched update. */
export interface EditorUpdate {
  /** Files to open, in order (from `code FILE` and friends, or `crontab -e`). */
  open?: string[];
  /** Watched files whose stat changed since the previous update. */
  changed?: EditorFileStat[];
  /** Sessions whose program finished (or died): their tabs close. */
  ended?: string[];
}

export interface EditorApi {
  editorRead(path: string): EditorFile;
  editorStat(path: string): EditorFileStat;
  /** Replaces the file's text (creating it if it vanished); a quota error changes nothing. */
  editorWrite(path: string, text: string): Promise<EditorSaveResult>;
  /** The paths open in tabs: their changes are reported, and a session whose tab is gone ends. */
  editorWatch(paths: string[]): void;
  shellDiagnostics(text: string, fileName: string): ShellDiagnostic[];
  commandSummary(name: string): Promise<CommandSummary | null>;
}
