// Which files grep reads, as grep_command_line_arg(), grepfile(), grepdesc() and the fts walk of
// grepdirent() decide: '-' is standard input, directories are read (an error), skipped or walked
// (-r skips symbolic links found inside, -R follows them), devices and FIFOs met while walking are
// skipped, and --include/--exclude/--exclude-dir filter by name (the last matching option wins).

import type { CommandContext } from '../context.ts';
import { Errno } from '../../kernel/errors.ts';
import type { Inode, DirInode } from '../../fs/inode.ts';
import { R_OK, X_OK } from '../../fs/filesystem.ts';
import { compareCodePoints } from '../../shell/glob.ts';
import { matchPattern } from '../../shell/pattern.ts';
import type { InputReader } from '../../io/input-reader.ts';

export interface WalkSettings {
  directories: 'read' | 'recurse' | 'skip';
  dereference: boolean;
  devices: 'read' | 'skip' | 'commandLine';
  fileFilters: { glob: string; include: boolean }[];
  dirExcludes: string[];
  /** No operand was given to -r: names are printed without their leading "./". */
  omitDotSlash: boolean;
}

export interface WalkCallbacks {
  /** Searches one opened input; returns true when nothing was selected (grep's "status"). */
  search(reader: InputReader, name: string, inode: Inode | null): Promise<boolean>;
  /** Reports an error about a file ("grep: name: strerror", or `message` instead of strerror) unless -s. */
  fileError(name: string, error: Errno, message?: string): Promise<void>;
  /** Decides (once) whether file names are printed, given the first operand's type. */
  firstOperand(isDirectory: boolean): void;
}

export class FileWalker {
  constructor(
    private readonly ctx: CommandContext,
    private readonly settings: WalkSettings,
    private readonly callbacks: WalkCallbacks,
  ) {}

  /** One command-line operand; true when nothing was selected. */
  async operand(arg: string, label: string): Promise<boolean> {
    if (arg === '-') {
      this.callbacks.firstOperand(false);
      return this.callbacks.search(this.ctx.stdin, label, null);
    }
    return this.file(arg, true, true);
  }

  private async file(name: string, follow: boolean, commandLine: boolean): Promise<boolean> {
    const s = this.settings;
    let inode: Inode;
    try {
      inode = this.ctx.lookup(name, follow);
    } catch (error) {
      if (!(error instanceof Errno)) throw error;
      await this.callbacks.fileError(name, error);
      return true;
    }
    const isDir = inode.type === 'dir';
    const isDevice = inode.type === 'device' || inode.type === 'fifo';
    if (this.skipDevices(commandLine) && isDevice) return true;
    if (commandLine && this.skippedFile(name, true, isDir)) return true;
    if (commandLine) this.callbacks.firstOperand(isDir);
    if (s.directories === 'recurse' && isDir) return this.walk(name, inode as DirInode, new Set([inode]));
    if (s.directories === 'skip' && isDir) return true;
    let reader: InputReader;
    try {
      reader = await this.ctx.openInput(name);
    } catch (error) {
      if (!(error instanceof Errno)) throw error;
      await this.callbacks.fileError(name, error);
      return true;
    }
    try {
      return await this.callbacks.search(reader, this.display(name), inode);
    } finally {
      this.ctx.closeInput(reader);
    }
  }

  private async walk(path: string, dir: DirInode, ancestors: Set<Inode>): Promise<boolean> {
    const ctx = this.ctx;
    if (!ctx.fs.canAccess(ctx.proc.cred, dir, R_OK) || !ctx.fs.canAccess(ctx.proc.cred, dir, X_OK)) {
      await this.callbacks.fileError(this.display(path), new Errno('EACCES'));
      return true;
    }
    await ctx.tick(dir.entries.size * 2);
    let status = true;
    for (const name of [...dir.entries.keys()].sort(compareCodePoints)) {
      const child = path.endsWith('/') ? path + name : `${path}/${name}`;
      let entry: Inode = dir.entries.get(name)!;
      if (entry.type === 'symlink') {
        if (!this.settings.dereference) continue;
        try {
          entry = ctx.lookup(child, true);
        } catch (error) {
          if (!(error instanceof Errno)) throw error;
          await this.callbacks.fileError(this.display(child), error);
          continue;
        }
      }
      const isDir = entry.type === 'dir';
      if (this.skippedFile(name, false, isDir)) continue;
      if (isDir) {
        if (ancestors.has(entry)) {
          await this.callbacks.fileError(this.display(child), new Errno('ELOOP'), 'warning: recursive directory loop');
          continue;
        }
        ancestors.add(entry);
        status = (await this.walk(child, entry as DirInode, ancestors)) && status;
        ancestors.delete(entry);
        continue;
      }
      if ((entry.type === 'device' || entry.type === 'fifo') && this.skipDevices(false)) continue;
      status = (await this.file(child, true, false)) && status;
    }
    return status;
  }

  private display(name: string): string {
    return this.settings.omitDotSlash && name.startsWith('./') && name.length > 2 ? name.slice(2) : name;
  }

  private skipDevices(commandLine: boolean): boolean {
    const devices = this.settings.devices;
    return devices === 'skip' || (devices === 'commandLine' && !commandLine);
  }

  /** grep's skipped_file(). Command-line names may match by any suffix after a '/'. */
  private skippedFile(name: string, commandLine: boolean, isDir: boolean): boolean {
    const s = this.settings;
    if (isDir) {
      if (s.directories === 'skip') return true;
      if (commandLine && s.omitDotSlash) return false;
      return s.dirExcludes.length > 0 && excluded(s.dirExcludes.map((glob) => ({ glob, include: false })), name, commandLine);
    }
    return s.fileFilters.length > 0 && excluded(s.fileFilters, name, commandLine);
  }
}

/** gnulib's excluded_file_name(): the last matching pattern decides; none matching, the first one's opposite. */
function excluded(filters: { glob: string; include: boolean }[], name: string, commandLine: boolean): boolean {
  const candidates = [name];
  if (commandLine) {
    for (let i = 0; i < name.length; i++) if (name[i] === '/' && name[i + 1] !== '/' && i + 1 < name.length) candidates.push(name.slice(i + 1));
  }
  for (let i = filters.length - 1; i >= 0; i--) {
    const filter = filters[i];
    if (candidates.some((candidate) => matchPattern(filter.glob, candidate))) return !filter.include;
  }
  return filters[0].include;
}
