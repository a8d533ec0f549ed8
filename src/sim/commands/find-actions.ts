// find's output actions (-print, -print0, -printf, -ls and their -f... forms writing to a file)
// and -delete. Files named by -fprint and friends are opened (truncated) while the expression is
// parsed, as findutils does, and flushed when the walk ends.

import type { CommandContext } from './context.ts';
import { Errno } from '../kernel/errors.ts';
import { OutputWriter } from '../io/output-writer.ts';
import { quoteLocale } from '../text/quote.ts';
import { modeString } from './mode.ts';
import { formatLsTime } from './ls-time.ts';
import { allocatedBlocks } from './du-blocks.ts';
import { deviceNumbers } from './df-filesystem.ts';
import { FindUsageError } from './find-errors.ts';
import { compilePrintf } from './find-printf.ts';
import type { Built, FindEntry, FindSettings } from './find-primaries.ts';

type Sink = (text: string) => Promise<void> | undefined;

/** Output files by name, so two actions naming one file share it as in findutils. */
const openFiles = new WeakMap<FindSettings, Map<string, OutputWriter>>();

export async function buildAction(name: string, rest: string[], settings: FindSettings): Promise<Built> {
  const ctx = settings.ctx;
  const args = name.startsWith('-f') && name !== '-fprintf' ? 1 : name === '-fprintf' ? 2 : name === '-printf' ? 1 : 0;
  for (let i = 0; i < args; i++) if (rest[i] === undefined) throw new FindUsageError(`missing argument to \`${name}'`);
  const toFile = name.startsWith('-f');
  const sink: Sink = toFile ? await fileSink(settings, rest[0]) : (text) => ctx.stdout.write(text);
  const tty = !toFile && ctx.stdout.mode === 'line';
  const action = (run: (e: FindEntry) => Promise<boolean> | boolean): Built => ({ test: run, action: true, consumed: args });
  switch (name) {
    case '-print':
    case '-fprint':
      return action(async (e) => {
        await sink(`${tty ? printable(e.path) : e.path}\n`);
        return true;
      });
    case '-print0':
    case '-fprint0':
      return action(async (e) => {
        await sink(`${e.path}\0`);
        return true;
      });
    case '-printf':
    case '-fprintf': {
      const warnings: string[] = [];
      const format = compilePrintf(rest[args - 1], (message) => warnings.push(message), settings);
      for (const warning of warnings) await ctx.error(warning);
      return action(async (e) => {
        await sink(format(e));
        return true;
      });
    }
    case '-ls':
    case '-fls': {
      const names = new Map<string, string>();
      return action(async (e) => {
        await sink(listLine(ctx, e, names));
        return true;
      });
    }
    case '-delete':
      settings.deletes = true;
      settings.depthFirst = true;
      return action((e) => deleteEntry(ctx, e, settings));
    default:
      throw new FindUsageError(`unknown predicate \`${name}'`);
  }
}

async function fileSink(settings: FindSettings, file: string): Promise<Sink> {
  const ctx = settings.ctx;
  let files = openFiles.get(settings);
  if (files === undefined) {
    files = new Map();
    openFiles.set(settings, files);
  }
  let writer = files.get(file);
  if (writer === undefined) {
    try {
      const fd = ctx.proc.fds.adopt(await ctx.open(file, { write: true, create: true, truncate: true }), 3);
      writer = new OutputWriter(ctx.proc, fd, 'full');
      const opened = writer;
      settings.finishers.push(async () => {
        await opened.flush();
        ctx.proc.fds.close(fd);
      });
    } catch (error) {
      if (error instanceof Errno) throw new FindUsageError(`${quoteLocale(file)}: ${error.message}`);
      throw error;
    }
    files.set(file, writer);
  }
  const target = writer;
  return (text) => target.write(text);
}

/** -delete: unlink a file or remove an (empty) directory; "." is never removed. */
async function deleteEntry(ctx: CommandContext, e: FindEntry, settings: FindSettings): Promise<boolean> {
  if (e.path === '.') return true;
  try {
    if (e.link.type === 'dir') ctx.fs.rmdir(ctx.proc.cred, ctx.proc.cwd, e.path);
    else ctx.fs.unlink(ctx.proc.cred, ctx.proc.cwd, e.path);
    return true;
  } catch (error) {
    if (!(error instanceof Errno)) throw error;
    await ctx.error(`cannot delete ${quoteLocale(e.path)}: ${error.message}`);
    settings.ok = false;
    return false;
  }
}

/** -ls: "inode blocks mode links owner group size date name [-> target]"; `names` caches owners. */
function listLine(ctx: CommandContext, e: FindEntry, names: Map<string, string>): string {
  const inode = e.inode;
  const info = ctx.fs.stat(inode);
  const cached = (key: string, lookup: () => string): string => names.get(key) ?? names.set(key, lookup()).get(key)!;
  const user = cached(`u${info.uid}`, () => ctx.system.userByUid(info.uid)?.name ?? String(info.uid));
  const group = cached(`g${info.gid}`, () => ctx.system.groupByGid(info.gid)?.name ?? String(info.gid));
  const [major, minor] = deviceNumbers(inode);
  const size = inode.type === 'device' ? `${String(major).padStart(3)}, ${String(minor).padStart(3)}` : String(info.size).padStart(8);
  const when = formatLsTime(Math.floor(info.mtimeUs / 1000), ctx.kernel.clock.nowMs);
  let line = `${String(info.ino).padStart(9)} ${String(Math.ceil(allocatedBlocks(inode) / 2)).padStart(6)} ${modeString(inode.type, inode.mode)} ${String(info.nlink).padStart(3)} ${user.padEnd(8)} ${group.padEnd(8)} ${size} ${when} ${escaped(e.path)}`;
  if (inode.type === 'symlink') line += ` -> ${escaped(inode.target)}`;
  return `${line}\n`;
}

/** Control characters as \ooo and backslashes doubled, as -ls prints names. */
function escaped(name: string): string {
  return name.replace(/[\\\x00-\x1f\x7f]/g, (c) => (c === '\\' ? '\\\\' : `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`));
}

/** On a terminal, -print shows control characters as "?". */
function printable(path: string): string {
  return path.replace(/[\x00-\x1f\x7f]/g, '?');
}
