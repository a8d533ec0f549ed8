// tar -c: walks the named files (directories recursively, in directory order), stores each with
// its mode, owner names, size and modification time, and ends the archive as GNU tar does: two
// zero blocks, padded to a whole 10240-byte record.

import type { CommandContext } from './context.ts';
import { Errno } from '../kernel/errors.ts';
import { R_OK } from '../fs/filesystem.ts';
import type { Inode } from '../fs/inode.ts';
import { concat } from '../io/input-reader.ts';
import { BLOCK, RECORD, encodeHeader, type TarEntry } from './tar-ustar.ts';
import { isExcluded, splitUnsafePrefix } from './tar-names.ts';
import { escapeName, listingLine, type ListingStyle } from './tar-list.ts';
import type { TarName, TarSettings } from './tar-options.ts';

/** CPU per archived byte: copying and checksumming. */
const TAR_US_PER_BYTE = 0.002;

export interface TarReport {
  /** "tar: MESSAGE" on stderr. */
  message(text: string): Promise<void>;
  /** Verbose output (stdout, or stderr when the archive itself goes to stdout). */
  verbose(text: string): Promise<void>;
  failed: boolean;
  warnedPrefixes: Set<string>;
  style: ListingStyle;
}

export class TarFatal extends Error {}

export async function createArchive(ctx: CommandContext, settings: TarSettings, report: TarReport, archiveInode: Inode | undefined): Promise<Uint8Array> {
  const blocks: Uint8Array[] = [];
  const linked = new Map<Inode, string>();
  const add = async (path: string, stored: string, excludes: readonly string[]): Promise<void> => {
    if (isExcluded(stored, excludes)) return;
    let inode: Inode;
    try {
      inode = ctx.lookup(path, false);
    } catch (error) {
      if (!(error instanceof Errno)) throw error;
      await report.message(`${stored}: Cannot stat: ${error.message}`);
      report.failed = true;
      return;
    }
    if (inode === archiveInode) {
      await report.message(`${stored}: file is the archive; not dumped`);
      return;
    }
    let name = stored;
    if (!settings.absoluteNames) {
      const { prefix, rest } = splitUnsafePrefix(stored);
      if (prefix !== '' && !report.warnedPrefixes.has(prefix)) {
        report.warnedPrefixes.add(prefix);
        await report.message(`Removing leading \`${prefix}' from member names`);
      }
      name = rest;
    }
    const entry = entryFor(ctx, inode, name);
    if (entry === undefined) {
      await report.message(`${stored}: socket ignored`);
      return;
    }
    let data: Uint8Array | undefined;
    if (inode.type === 'file') {
      const first = inode.nlink > 1 ? linked.get(inode) : undefined;
      if (first !== undefined) Object.assign(entry, { type: 'hardlink', linkname: first, size: 0 });
      else {
        if (!ctx.fs.canAccess(ctx.proc.cred, inode, R_OK)) {
          await report.message(`${stored}: Cannot open: Permission denied`);
          report.failed = true;
          return;
        }
        data = inode.content();
        linked.set(inode, name);
        await ctx.tick(data.length * TAR_US_PER_BYTE);
      }
    }
    if (inode.type === 'dir' && !entry.name.endsWith('/')) entry.name += '/';
    blocks.push(...encodeHeader(entry));
    if (data !== undefined && data.length > 0) {
      const padded = new Uint8Array(Math.ceil(data.length / BLOCK) * BLOCK);
      padded.set(data);
      blocks.push(padded);
    }
    if (settings.verbose > 1) await report.verbose(`${listingLine(entry, report.style)}\n`);
    else if (settings.verbose) await report.verbose(`${escapeName(entry.name)}\n`);
    if (inode.type === 'dir' && settings.recursion) {
      if (!ctx.fs.canAccess(ctx.proc.cred, inode, R_OK)) {
        await report.message(`${stored}: Cannot open: Permission denied`);
        report.failed = true;
        return;
      }
      for (const child of [...inode.entries.keys()]) {
        const childStored = stored.endsWith('/') ? `${stored}${child}` : `${stored}/${child}`;
        const childPath = path.endsWith('/') ? `${path}${child}` : `${path}/${child}`;
        await add(childPath, childStored, excludes);
      }
    }
  };
  for (const item of await expandNames(ctx, settings.names, report)) {
    const path = item.directory !== undefined && !item.name.startsWith('/') ? `${item.directory.replace(/\/+$/, '')}/${item.name}` : item.name;
    if (item.directory !== undefined) {
      try {
        ctx.lookup(item.directory);
      } catch (error) {
        if (!(error instanceof Errno)) throw error;
        await report.message(`${item.directory}: Cannot open: ${error.message}`);
        throw new TarFatal();
      }
    }
    await add(path, item.name, item.excludes);
  }
  const body = concat(blocks);
  const total = Math.ceil((body.length + 2 * BLOCK) / RECORD) * RECORD;
  const archive = new Uint8Array(total);
  archive.set(body);
  return archive;
}

/** The names to archive, with -T files read in place. */
async function expandNames(ctx: CommandContext, names: readonly TarName[], report: TarReport): Promise<TarName[]> {
  const out: TarName[] = [];
  for (const item of names) {
    if (!item.fromFile) {
      out.push(item);
      continue;
    }
    let text: string;
    try {
      const reader = await ctx.openInput(item.name);
      text = await reader.readAllText();
      ctx.closeInput(reader);
    } catch (error) {
      if (!(error instanceof Errno)) throw error;
      await report.message(`${item.name}: Cannot stat: ${error.message}`);
      throw new TarFatal();
    }
    for (const line of text.split('\n')) if (line !== '') out.push({ name: line, directory: item.directory, excludes: item.excludes });
  }
  return out;
}

function entryFor(ctx: CommandContext, inode: Inode, name: string): TarEntry | undefined {
  const user = ctx.system.userByUid(inode.uid)?.name ?? '';
  const group = ctx.system.groupByGid(inode.gid)?.name ?? '';
  const base = { name, mode: inode.mode & 0o7777, uid: inode.uid, gid: inode.gid, uname: user, gname: group, size: 0, mtime: Math.floor(inode.mtimeUs / 1e6), linkname: '' };
  switch (inode.type) {
    case 'file':
      return { ...base, type: 'file', size: inode.size };
    case 'dir':
      return { ...base, type: 'dir' };
    case 'symlink':
      return { ...base, type: 'symlink', linkname: inode.target };
    case 'fifo':
      return { ...base, type: 'fifo' };
    case 'device':
      return { ...base, type: 'char' };
    default:
      return undefined;
  }
}

