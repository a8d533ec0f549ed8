// The files gzip writes: created exclusively with mode 0600 (as gzip does, so nobody reads a
// half-written file), then given the input's mode, owner and times once complete.

import type { CommandContext } from './context.ts';
import type { FileDescription } from '../kernel/file-description.ts';
import type { Inode } from '../fs/inode.ts';
import { PERMISSION_BITS } from '../fs/inode.ts';
import { Errno } from '../kernel/errors.ts';

export interface Output {
  path: string;
  write(bytes: Uint8Array): Promise<void>;
  /** copy_stat: mode, owner (when allowed), access and modification times of `input`. */
  finish(input: Inode, mtimeUs?: number): void;
}

/** Whether something (even a dangling symlink) already has this name. */
export function outputExists(ctx: CommandContext, path: string): boolean {
  try {
    ctx.lookup(path, false);
    return true;
  } catch (error) {
    if (error instanceof Errno) return false;
    throw error;
  }
}

export async function createOutput(ctx: CommandContext, path: string): Promise<Output> {
  const description: FileDescription = await ctx.open(path, { write: true, create: true, exclusive: true }, 0o600);
  const inode = ctx.lookup(path, false);
  return {
    path,
    async write(bytes: Uint8Array): Promise<void> {
      await description.write(ctx.proc, bytes);
    },
    finish(input: Inode, mtimeUs?: number): void {
      description.release();
      const fs = ctx.fs;
      try {
        fs.chown(ctx.proc.cred, inode, input.uid, input.gid);
      } catch (error) {
        if (!(error instanceof Errno)) throw error;
      }
      fs.chmod(ctx.proc.cred, inode, input.mode & PERMISSION_BITS);
      fs.utimes(ctx.proc.cred, inode, input.atimeUs, mtimeUs ?? input.mtimeUs);
    },
  };
}

/** Removes a partly written output after an error (gzip's remove_output_file). */
export function removeOutput(ctx: CommandContext, output: Output): void {
  try {
    ctx.fs.unlink(ctx.proc.cred, ctx.proc.cwd, output.path);
  } catch (error) {
    if (!(error instanceof Errno)) throw error;
  }
}

/**
 * gzip's check_ofname and create_outfile: an existing file is replaced with -f, after a "y" on a
 * terminal, or else left alone ("not overwritten", a warning).
 */
export async function claimOutput(ctx: CommandContext, name: string, force: boolean, say: (text: string) => Promise<void>): Promise<Output | 'refused' | Errno> {
  if (outputExists(ctx, name)) {
    if (!force) {
      let yes = false;
      await say(`gzip: ${name} already exists;`);
      if (ctx.stdin.description.isTerminal()) {
        await say(' do you wish to overwrite (y or n)? ');
        const answer = await ctx.stdin.nextLine();
        yes = answer !== null && /^[yY]/.test(answer);
      }
      if (!yes) {
        await say('\tnot overwritten\n');
        return 'refused';
      }
    }
    try {
      ctx.fs.unlink(ctx.proc.cred, ctx.proc.cwd, name);
    } catch (error) {
      if (error instanceof Errno) return error;
      throw error;
    }
  }
  try {
    return await createOutput(ctx, name);
  } catch (error) {
    if (error instanceof Errno) return error;
    throw error;
  }
}
