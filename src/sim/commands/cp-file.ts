// Copying a regular file's bytes for cp: open the source, open (or create, or with -f replace) the
// destination, and copy in chunks so a large copy yields and can be interrupted.

import type { CommandContext } from './context.ts';
import { Errno } from '../kernel/errors.ts';
import type { Inode } from '../fs/inode.ts';
import type { FileDescription } from '../kernel/file-description.ts';
import { InputReader } from '../io/input-reader.ts';
import { COPY_US_PER_BYTE, SYSCALL_US } from '../kernel/cost-model.ts';
import { quoteAlways } from '../text/quote.ts';
import type { CopyOptions } from './cp-copy.ts';

export async function writeRegularFile(ctx: CommandContext, src: string, dst: string, source: Inode, exists: boolean, opts: CopyOptions): Promise<boolean> {
  let input: FileDescription;
  try {
    input = await ctx.open(src, { read: true });
  } catch (error) {
    if (!(error instanceof Errno)) throw error;
    await ctx.error(`cannot open ${quoteAlways(src)} for reading: ${error.message}`);
    return false;
  }
  try {
    const output = await openDestination(ctx, dst, source, exists, opts);
    if (output === undefined) return false;
    try {
      return await copyBytes(ctx, new InputReader(ctx.proc, input), output, src, dst);
    } finally {
      output.release();
    }
  } finally {
    input.release();
  }
}

async function openDestination(ctx: CommandContext, dst: string, source: Inode, exists: boolean, opts: CopyOptions): Promise<FileDescription | undefined> {
  if (exists) {
    try {
      return await ctx.open(dst, { write: true, truncate: true });
    } catch (error) {
      if (!(error instanceof Errno)) throw error;
      if (!opts.force) {
        await ctx.error(`cannot create regular file ${quoteAlways(dst)}: ${error.message}`);
        return undefined;
      }
    }
    // -f: a destination that cannot be opened is removed and created afresh.
    try {
      ctx.fs.unlink(ctx.proc.cred, ctx.proc.cwd, dst);
    } catch (error) {
      if (!(error instanceof Errno)) throw error;
      await ctx.error(`cannot remove ${quoteAlways(dst)}: ${error.message}`);
      return undefined;
    }
    if (opts.verbose) await ctx.stdout.write(`removed ${quoteAlways(dst)}\n`);
  }
  try {
    if (dst.endsWith('/')) throw new Errno('ENOTDIR');
    return await ctx.open(dst, { write: true, create: true, exclusive: true }, source.mode & 0o777);
  } catch (error) {
    if (!(error instanceof Errno)) throw error;
    await ctx.error(`cannot create regular file ${quoteAlways(dst)}: ${error.message}`);
    return undefined;
  }
}

async function copyBytes(ctx: CommandContext, reader: InputReader, output: FileDescription, src: string, dst: string): Promise<boolean> {
  for (;;) {
    let chunk: Uint8Array;
    try {
      chunk = await reader.read();
    } catch (error) {
      if (!(error instanceof Errno)) throw error;
      await ctx.error(`error reading ${quoteAlways(src)}: ${error.message}`);
      return false;
    }
    if (chunk.length === 0) return true;
    await ctx.tick(SYSCALL_US * 2 + chunk.length * COPY_US_PER_BYTE);
    try {
      await output.write(ctx.proc, chunk);
    } catch (error) {
      if (!(error instanceof Errno)) throw error;
      await ctx.error(`error writing ${quoteAlways(dst)}: ${error.message}`);
      return false;
    }
  }
}
