// What the file tree sends and receives across the worker boundary. Plain values only: the tree
// never holds inodes, it holds listings and asks again by path.

export type FileKind = 'file' | 'dir' | 'symlink' | 'fifo' | 'device';

export interface FileEntry {
  name: string;
  /** Absolute path as the tree reached it (through a symlinked folder if it went through one). */
  path: string;
  kind: FileKind;
  /** Bytes, as `ls -l` shows them (4096 for a folder). */
  size: number;
  /** Permission bits, e.g. 0o755. */
  mode: number;
  /** A regular file with an execute bit set, the way `ls -F` marks it with `*`. */
  executable: boolean;
  /** Where a symlink points (as stored), and whether it leads to a folder the tree can expand. */
  linkTarget?: string;
  linkToDir?: boolean;
}

/** One folder's entries (folders first, then by name in byte order), or why it cannot be listed. */
export type DirListing =
  | { path: string; ok: true; entries: FileEntry[] }
  /** `message` is worded as `ls` would: "cannot open directory '/root': Permission denied". */
  | { path: string; ok: false; message: string };

export interface DiskUsage {
  usedBytes: number;
  quotaBytes: number;
}

/** Rides in a WorldUpdate: fresh listings of watched folders that changed since the last batch. */
export interface FileTreeUpdate {
  listings: DirListing[];
  usage: DiskUsage;
}

/** The outcome of a change made from the tree: done (with the path it made), or the shell's error. */
export type FileOpResult = { ok: true; path: string } | { ok: false; message: string };

export interface UploadFile {
  /** The name the browser gave; only its last component is used. */
  name: string;
  bytes: Uint8Array;
}

export interface UploadOutcome {
  name: string;
  result: FileOpResult;
}

/** A file's bytes for the browser to save (transferred, not copied). */
export type Download = { ok: true; name: string; bytes: Uint8Array; skipped: string[] } | { ok: false; message: string };

/** The file tree's part of the worker API. All of it acts with the student's credentials. */
export interface FileTreeApi {
  /** Lists a folder and keeps sending its listing in update batches whenever it changes. */
  filesList(path: string): Promise<DirListing>;
  /** Stops watching these folders (collapsed, or the panel closed); no paths: all of them. */
  filesUnwatch(paths?: string[]): Promise<void>;
  filesUsage(): Promise<DiskUsage>;
  filesCreateFile(dir: string, name: string): Promise<FileOpResult>;
  filesCreateFolder(dir: string, name: string): Promise<FileOpResult>;
  filesRename(path: string, newName: string): Promise<FileOpResult>;
  /** Removes a file, or a folder with everything in it (all or nothing). */
  filesRemove(path: string): Promise<FileOpResult>;
  filesUpload(dir: string, files: UploadFile[]): Promise<UploadOutcome[]>;
  filesDownload(path: string): Promise<Download>;
  /** A folder as a .zip built in the worker; unreadable entries are skipped and named. */
  filesDownloadZip(path: string): Promise<Download>;
}
