// tail -f / -F: after printing the end of each file, keep following it. This is GNU tail's polling
// loop (tail.c's tail_file + tail_forever + recheck, as used without inotify): every sleep interval
// (1 s of virtual time by default, -s N) each file is checked for growth, truncation ("file
// truncated") and, when following by name, every --max-unchanged-stats quiet rounds, for being
// removed, replaced or created ("has become inaccessible", "has appeared;  following new file").
// --pid=PID stops once PID is gone. A single pipe or FIFO followed by descriptor is read blocking.

import type { CommandContext } from './context.ts';
import { Unsupported } from './context.ts';
import type { TailPlan } from './tail.ts';
import { tailFrom, tailLast } from './tail-copy.ts';
import { Errno } from '../kernel/errors.ts';
import type { FileDescription } from '../kernel/file-description.ts';
import { PipeWriteEnd } from '../kernel/pipe.ts';
import { SIG } from '../kernel/signals.ts';
import { COPY_US_PER_BYTE, SYSCALL_US } from '../kernel/cost-model.ts';
import { RegularFileDescription } from '../fs/open-file.ts';
import type { Inode } from '../fs/inode.ts';
import { InputReader } from '../io/input-reader.ts';
import { quoteAlways, quoteName } from '../text/quote.ts';

export interface FollowSettings {
  byName: boolean;
  retry: boolean;
  /** 0: no --pid. */
  pid: number;
  sleepSeconds: number;
  maxUnchangedStats: number;
  headers: boolean;
}

interface FileSpec {
  name: string;
  pretty: string;
  isStdin: boolean;
  description: FileDescription | undefined;
  inode: Inode | undefined;
  /** What has been read so far (the position in the file). */
  size: number;
  mtimeUs: number;
  type: string;
  ignore: boolean;
  /** 0: fine; -1: untailable; otherwise the errno code of the last failure. */
  errnum: string | number;
  tailable: boolean;
  unchanged: number;
  blocking: boolean;
}

const CHUNK = 64 * 1024;

export async function followFiles(ctx: CommandContext, names: string[], plan: TailPlan, settings: FollowSettings): Promise<number> {
  const header = headerWriter(ctx);
  let ok = true;
  const files: FileSpec[] = [];
  for (const name of names) {
    const spec: FileSpec = {
      name,
      pretty: name === '-' ? 'standard input' : name,
      isStdin: name === '-',
      description: undefined,
      inode: undefined,
      size: 0,
      mtimeUs: 0,
      type: '',
      ignore: false,
      errnum: 0,
      tailable: true,
      unchanged: 0,
      blocking: false,
    };
    files.push(spec);
    if (!(await tailFile(ctx, spec, plan, settings, header))) ok = false;
  }
  // POSIX: following a pipe on standard input is pointless; it is dropped.
  let viable = 0;
  for (const f of files) {
    if (f.isStdin && !f.ignore && f.description !== undefined && f.type === 'fifo') {
      f.description = undefined;
      f.ignore = true;
    } else viable++;
  }
  if (viable > 0) await tailForever(ctx, files, settings, header);
  return ok ? 0 : 1;
}

/** write_header: "==> name <==", with a blank line before all but the first. */
function headerWriter(ctx: CommandContext): (name: string) => Promise<void> {
  let first = true;
  return async (name) => {
    await ctx.stdout.write(`${first ? '' : '\n'}==> ${name} <==\n`);
    first = false;
  };
}

/** The file type as stat reports it, for a description we hold. */
function typeOf(description: FileDescription): { type: string; inode: Inode | undefined } {
  if (description instanceof RegularFileDescription) return { type: 'file', inode: description.inode };
  switch (description.kind) {
    case 'pipe':
      return { type: 'fifo', inode: undefined };
    case 'directory':
      return { type: 'dir', inode: (description as unknown as { inode?: Inode }).inode };
    default:
      return { type: 'chr', inode: undefined };
  }
}

/** S_ISREG, S_ISFIFO, S_ISSOCK or S_ISCHR. */
function tailable(type: string): boolean {
  return type === 'file' || type === 'fifo' || type === 'chr';
}

async function tailFile(ctx: CommandContext, f: FileSpec, plan: TailPlan, settings: FollowSettings, header: (name: string) => Promise<void>): Promise<boolean> {
  let reader: InputReader;
  try {
    reader = f.isStdin ? ctx.stdin : new InputReader(ctx.proc, await ctx.open(f.name, { read: true }));
  } catch (error) {
    if (!(error instanceof Errno)) throw error;
    f.tailable = !settings.retry;
    f.description = undefined;
    f.errnum = error.code;
    f.ignore = !settings.retry;
    await ctx.error(`cannot open ${quoteAlways(f.pretty)} for reading: ${error.message}`);
    return false;
  }
  if (settings.headers) await header(f.pretty);
  let ok = true;
  try {
    if (plan.fromStart) await tailFrom(ctx, reader, plan);
    else await tailLast(ctx, reader, plan);
  } catch (error) {
    if (!(error instanceof Errno)) throw error;
    await ctx.error(`error reading ${quoteAlways(f.pretty)}: ${error.message}`);
    ok = false;
  }
  const description = reader.description;
  f.errnum = ok ? 0 : -1;
  const { type, inode } = typeOf(description);
  if (!tailable(type)) {
    ok = false;
    f.errnum = -1;
    f.tailable = false;
    f.ignore = !settings.retry;
    await ctx.error(`${quoteName(f.pretty)}: cannot follow end of this type of file${f.ignore ? '; giving up on this name' : ''}`);
  }
  if (!ok) {
    f.ignore = !settings.retry;
    if (!f.isStdin) description.release();
    f.description = undefined;
    return false;
  }
  if (!f.isStdin) description.retain();
  ctx.closeInput(reader);
  recordOpen(f, description, type, inode, description instanceof RegularFileDescription ? description.offset : 0);
  return true;
}

function recordOpen(f: FileSpec, description: FileDescription, type: string, inode: Inode | undefined, position: number): void {
  f.description = description;
  f.type = type;
  f.inode = inode;
  f.size = position;
  f.mtimeUs = inode?.mtimeUs ?? 0;
  f.unchanged = 0;
  f.blocking = false;
  f.tailable = true;
}

function closeSpec(f: FileSpec): void {
  if (f.description && !f.isStdin) f.description.release();
  f.description = undefined;
}

async function tailForever(ctx: CommandContext, files: FileSpec[], settings: FollowSettings, header: (name: string) => Promise<void>): Promise<void> {
  const blocking = settings.pid === 0 && !settings.byName && files.length === 1 && files[0].description !== undefined && files[0].type !== 'file';
  let last = files.length - 1;
  let writerIsDead = false;
  const sleepUs = Math.ceil(settings.sleepSeconds * 1e6);
  for (;;) {
    let anyInput = false;
    for (let i = 0; i < files.length; i++) {
      const f = files[i];
      if (f.ignore) continue;
      if (f.description === undefined) {
        await recheck(ctx, f, settings);
        continue;
      }
      const description = f.description;
      let bytesRead = 0;
      if (blocking) {
        // One blocking read, as much as one buffer holds.
        const chunk = await description.read(ctx.proc, CHUNK);
        if (chunk.length > 0) {
          await ctx.tick(SYSCALL_US + chunk.length * COPY_US_PER_BYTE);
          await ctx.stdout.write(chunk);
        }
        bytesRead = chunk.length;
      } else {
        if (f.type !== 'file') {
          if (f.type === 'chr') continue; // /dev/null and friends never change
          throw new Unsupported('following a pipe or FIFO together with other files or by name');
        }
        const inode = (description as RegularFileDescription).inode;
        await ctx.tick(SYSCALL_US);
        if (inode.size === f.size && inode.mtimeUs === f.mtimeUs) {
          if (settings.maxUnchangedStats <= f.unchanged++ && settings.byName) {
            await recheck(ctx, f, settings);
            f.unchanged = 0;
          }
          continue;
        }
        f.mtimeUs = inode.mtimeUs;
        f.unchanged = 0;
        const regular = description as RegularFileDescription;
        if (inode.size < f.size) {
          await ctx.error(`${quoteName(f.pretty)}: file truncated`);
          regular.offset = 0;
          f.size = 0;
        }
        if (i !== last) {
          if (settings.headers) await header(f.pretty);
          last = i;
        }
        bytesRead = await dumpRemainder(ctx, regular);
      }
      anyInput ||= bytesRead !== 0;
      f.size += bytesRead;
    }
    if (!anyLiveFiles(files, settings)) {
      await ctx.error('no files remaining');
      break;
    }
    if (!anyInput || blocking) await ctx.stdout.flush();
    checkOutputAlive(ctx);
    if (!anyInput) {
      if (writerIsDead) break;
      writerIsDead = settings.pid !== 0 && !processExists(ctx, settings.pid);
      if (!writerIsDead && sleepUs > 0) await ctx.proc.sleep(sleepUs);
      else if (!writerIsDead) await ctx.tick(SYSCALL_US);
    }
  }
}

/** Copies what is left of a regular file, from the current offset to its end. */
async function dumpRemainder(ctx: CommandContext, description: RegularFileDescription): Promise<number> {
  let total = 0;
  for (;;) {
    const chunk = description.readNow(CHUNK);
    if (chunk.length === 0) return total;
    await ctx.tick(SYSCALL_US + chunk.length * COPY_US_PER_BYTE);
    await ctx.stdout.write(chunk);
    total += chunk.length;
  }
}

function anyLiveFiles(files: FileSpec[], settings: FollowSettings): boolean {
  if (settings.retry && settings.byName) return true;
  return files.some((f) => f.description !== undefined || (!f.ignore && settings.retry));
}

/** kill(PID, 0) succeeds (or fails only for lack of permission). */
function processExists(ctx: CommandContext, pid: number): boolean {
  try {
    ctx.kernel.kill(ctx.proc, pid, 0);
    return true;
  } catch (error) {
    if (error instanceof Errno) return error.code === 'EPERM';
    throw error;
  }
}

/** check_output_alive: when standard output is a pipe whose reader is gone, die of SIGPIPE. */
function checkOutputAlive(ctx: CommandContext): void {
  const out = ctx.proc.fds.find(1);
  if (out instanceof PipeWriteEnd && out.pipe.readers === 0) {
    ctx.proc.deliver(SIG.PIPE);
    ctx.proc.throwIfTerminating();
  }
}

/** recheck: reopen a name to see whether it vanished, reappeared or was replaced. */
async function recheck(ctx: CommandContext, f: FileSpec, settings: FollowSettings): Promise<void> {
  const wasTailable = f.tailable;
  const prevErrnum = f.errnum;
  let description: FileDescription | undefined;
  let openError: Errno | undefined;
  if (f.isStdin) description = ctx.proc.fds.find(0);
  else {
    try {
      description = await ctx.open(f.name, { read: true });
    } catch (error) {
      if (!(error instanceof Errno)) throw error;
      openError = error;
    }
  }
  f.tailable = !(settings.retry && description === undefined);
  let ok = true;
  let stats: { type: string; inode: Inode | undefined } | undefined;
  if (description === undefined) {
    ok = false;
    const code = openError?.code ?? 'EBADF';
    f.errnum = code;
    if (!f.tailable) {
      if (wasTailable) await ctx.error(`${quoteAlways(f.pretty)} has become inaccessible: ${openError?.message ?? ''}`);
    } else if (prevErrnum !== code) await ctx.error(`${quoteName(f.pretty)}: ${openError?.message ?? ''}`);
  } else {
    stats = typeOf(description);
    if (!tailable(stats.type)) {
      ok = false;
      f.errnum = -1;
      f.tailable = false;
      f.ignore = !(settings.retry && settings.byName);
      if (wasTailable || prevErrnum !== -1) {
        await ctx.error(`${quoteAlways(f.pretty)} has been replaced with an untailable file${f.ignore ? '; giving up on this name' : ''}`);
      }
    } else f.errnum = 0;
  }
  let newFile = false;
  if (!ok) {
    if (description && !f.isStdin) description.release();
    closeSpec(f);
  } else if (prevErrnum !== 0 && prevErrnum !== 'ENOENT') {
    newFile = true;
    await ctx.error(`${quoteAlways(f.pretty)} has become accessible`);
  } else if (f.description === undefined) {
    newFile = true;
    await ctx.error(`${quoteAlways(f.pretty)} has appeared;  following new file`);
  } else if (stats!.inode !== f.inode) {
    newFile = true;
    await ctx.error(`${quoteAlways(f.pretty)} has been replaced;  following new file`);
    closeSpec(f);
  } else if (!f.isStdin) description!.release();
  if (newFile) {
    if (description instanceof RegularFileDescription) description.offset = 0;
    recordOpen(f, description!, stats!.type, stats!.inode, 0);
  }
}
