// tar -t and -x: goes through the archive's entries, lists them or recreates them under the
// target directory. Names lose a leading "/" (with GNU tar's notice) and names with a ".."
// component are refused, so nothing lands outside the target. Files get the archived mode (less
// the umask unless -p) and time; directories get their times once their contents are written.

import type { CommandContext } from './context.ts';
import { Errno } from '../kernel/errors.ts';
import type { Inode } from '../fs/inode.ts';
import { readArchive } from './tar-read.ts';
import type { TarEntry } from './tar-ustar.ts';
import { containsDotDot, isExcluded, splitUnsafePrefix, stripComponents } from './tar-names.ts';
import { escapeName, listingLine } from './tar-list.ts';
import { TarFatal, type TarReport } from './tar-create.ts';
import type { TarSettings } from './tar-options.ts';

export async function readEntries(ctx: CommandContext, settings: TarSettings, report: TarReport, archive: Uint8Array): Promise<void> {
  const wanted = settings.names.map((n) => ({ name: n.name.replace(/\/+$/, '') || n.name, found: false }));
  const excludes = settings.names.length > 0 ? settings.names[0].excludes : settings.trailingExcludes;
  const base = settings.directory ?? '.';
  const directories: { inode: Inode; mtime: number }[] = [];
  const extractor = new Extractor(ctx, settings, report, base, directories);
  for (const event of readArchive(archive)) {
    switch (event.kind) {
      case 'not-tar':
        await report.message('This does not look like a tar archive');
        report.failed = true;
        break;
      case 'skipping':
        await report.message('Skipping to next header');
        report.failed = true;
        break;
      case 'lone-zero':
        await report.message(`A lone zero block at ${event.block}`);
        break;
      case 'eof':
        await report.message('Unexpected EOF in archive');
        report.failed = true;
        break;
      case 'entry': {
        const { entry } = event;
        if (wanted.length > 0) {
          const match = wanted.filter((w) => entry.name.replace(/\/+$/, '') === w.name || entry.name.startsWith(`${w.name}/`));
          if (match.length === 0) break;
          for (const w of match) w.found = true;
        }
        if (isExcluded(entry.name, [...excludes, ...settings.trailingExcludes])) break;
        if (settings.mode === 'list') {
          // Listing shows names as stored, but warns about the parts extraction would remove.
          if (!settings.absoluteNames) await warnPrefix(report, entry.name);
          await report.verbose(`${settings.verbose ? listingLine(entry, report.style) : escapeName(entry.name)}\n`);
        }
        else await extractor.extract(entry, event.data);
        if (event.truncated) {
          await report.message('Unexpected EOF in archive');
          throw new TarFatal();
        }
      }
    }
  }
  for (const w of wanted) {
    if (w.found) continue;
    await report.message(`${w.name}: Not found in archive`);
    report.failed = true;
  }
  for (const { inode, mtime } of directories.reverse()) ctx.fs.utimes(ctx.proc.cred, inode, ctx.kernel.clock.nowUs, mtime * 1e6);
}

class Extractor {
  constructor(
    private readonly ctx: CommandContext,
    private readonly settings: TarSettings,
    private readonly report: TarReport,
    private readonly base: string,
    private readonly directories: { inode: Inode; mtime: number }[],
  ) {}

  /** The path an archived name is written to, or undefined to skip it (with the reason reported). */
  private async target(name: string): Promise<string | undefined> {
    let rest = name;
    if (!this.settings.absoluteNames) {
      const split = await warnPrefix(this.report, name);
      if (containsDotDot(name)) {
        await this.report.message(`${escapeName(name)}: Member name contains '..'`);
        this.report.failed = true;
        return undefined;
      }
      rest = split.rest;
    }
    const stripped = stripComponents(rest, this.settings.stripComponents);
    if (stripped === undefined) return undefined;
    return stripped.startsWith('/') ? stripped : `${this.base.replace(/\/+$/, '')}/${stripped}`;
  }

  async extract(entry: TarEntry, data: Uint8Array): Promise<void> {
    const ctx = this.ctx;
    const s = this.settings;
    const path = await this.target(entry.name);
    if (path === undefined) return;
    if (s.verbose > 1) await this.report.verbose(`${listingLine(entry, this.report.style)}\n`);
    else if (s.verbose) await this.report.verbose(`${escapeName(entry.name)}\n`);
    if (s.toStdout) {
      if (entry.type === 'file') await ctx.stdout.write(data);
      return;
    }
    const fs = ctx.fs;
    const cred = ctx.proc.cred;
    const cwd = ctx.proc.cwd;
    const mode = s.samePermissions ? entry.mode : entry.mode & ~ctx.proc.umask;
    try {
      this.makeParents(path);
      if (entry.type === 'dir') {
        let dir: Inode;
        try {
          dir = fs.mkdir(cred, cwd, path, mode);
        } catch (error) {
          if (!(error instanceof Errno) || error.code !== 'EEXIST') throw error;
          dir = ctx.lookup(path);
          if (dir.type !== 'dir') throw error;
        }
        fs.chmod(cred, dir, mode);
        this.own(dir, entry);
        if (!s.touch) this.directories.push({ inode: dir, mtime: entry.mtime });
        return;
      }
      if (!(await this.makeRoom(path, entry))) return;
      let inode: Inode;
      if (entry.type === 'symlink') inode = fs.symlink(cred, cwd, entry.linkname, path);
      else if (entry.type === 'hardlink') {
        const target = await this.target(entry.linkname);
        if (target === undefined) return;
        try {
          fs.hardlink(cred, cwd, target, path);
        } catch (error) {
          if (!(error instanceof Errno)) throw error;
          await this.report.message(`${escapeName(entry.name)}: Cannot hard link to ${quoteTarget(entry.linkname)}: ${error.message}`);
          this.report.failed = true;
          return;
        }
        return;
      } else if (entry.type === 'fifo') inode = fs.mkfifo(cred, cwd, path, mode);
      else if (entry.type === 'char' || entry.type === 'block') {
        // The playground's devices are built in; an archived one cannot be recreated.
        throw new Errno('EPERM');
      } else {
        const description = await ctx.open(path, { write: true, create: true, exclusive: true }, 0o600);
        await description.write(ctx.proc, data.slice());
        description.release();
        inode = ctx.lookup(path, false);
        fs.chmod(cred, inode, mode);
      }
      this.own(inode, entry);
      if (entry.type !== 'symlink' && !s.touch) fs.utimes(cred, inode, ctx.kernel.clock.nowUs, entry.mtime * 1e6);
    } catch (error) {
      if (!(error instanceof Errno)) throw error;
      const verb = entry.type === 'dir' ? 'Cannot mkdir' : entry.type === 'symlink' ? 'Cannot create symlink to ' + quoteTarget(entry.linkname) : entry.type === 'fifo' || entry.type === 'char' || entry.type === 'block' ? 'Cannot mknod' : 'Cannot open';
      await this.report.message(`${escapeName(entry.name)}: ${verb}: ${error.message}`);
      this.report.failed = true;
    }
  }

  /** Removes what is in the way (tar's default), or refuses with -k / skips with --skip-old-files. */
  private async makeRoom(path: string, entry: TarEntry): Promise<boolean> {
    const ctx = this.ctx;
    let existing: Inode;
    try {
      existing = ctx.lookup(path, false);
    } catch (error) {
      if (error instanceof Errno) return true;
      throw error;
    }
    if (this.settings.skipOld) return false;
    if (this.settings.keepOld) {
      await this.report.message(`${escapeName(entry.name)}: Cannot open: File exists`);
      this.report.failed = true;
      return false;
    }
    if (existing.type === 'dir') throw new Errno('EISDIR');
    ctx.fs.unlink(ctx.proc.cred, ctx.proc.cwd, path);
    return true;
  }

  /** Missing parent directories are created on the way, as GNU tar does. */
  private makeParents(path: string): void {
    const parts = path.split('/');
    let prefix = path.startsWith('/') ? '' : '.';
    for (const part of parts.slice(0, -1)) {
      if (part === '' || part === '.') continue;
      prefix = prefix === '' ? `/${part}` : `${prefix}/${part}`;
      try {
        this.ctx.lookup(prefix);
      } catch (error) {
        if (!(error instanceof Errno) || error.code !== 'ENOENT') throw error;
        this.ctx.fs.mkdir(this.ctx.proc.cred, this.ctx.proc.cwd, prefix, 0o777 & ~this.ctx.proc.umask);
      }
    }
  }

  /** root keeps the archived owners (by name when known here); others own what they extract. */
  private own(inode: Inode, entry: TarEntry): void {
    const sameOwner = this.settings.sameOwner ?? this.ctx.proc.cred.uid === 0;
    if (!sameOwner || this.ctx.proc.cred.uid !== 0) return;
    const uid = this.ctx.system.userByName(entry.uname)?.uid ?? entry.uid;
    const group = this.ctx.system.groups().find((g) => g.name === entry.gname);
    this.ctx.fs.chown(this.ctx.proc.cred, inode, uid, group?.gid ?? entry.gid);
  }
}

/** Splits off what GNU tar strips from a member name, announcing each new prefix once. */
async function warnPrefix(report: TarReport, name: string): Promise<{ prefix: string; rest: string }> {
  const split = splitUnsafePrefix(name);
  if (split.prefix !== '' && !report.warnedPrefixes.has(split.prefix)) {
    report.warnedPrefixes.add(split.prefix);
    await report.message(`Removing leading \`${split.prefix}' from member names`);
  }
  return split;
}

function quoteTarget(name: string): string {
  return `'${escapeName(name)}'`;
}
