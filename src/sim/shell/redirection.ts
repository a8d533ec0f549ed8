// Redirections (bash(1), REDIRECTION), applied to a descriptor table: the shell's own (saved and
// restored around builtins and compound commands) or a child's before it runs.

import { NoGlobMatch } from './expand.ts';
import type { Redirect } from './ast.ts';
import type { Interpreter } from './interpreter.ts';
import { Errno } from '../kernel/errors.ts';
import type { FdTable } from '../kernel/fd-table.ts';
import type { FileDescription } from '../kernel/file-description.ts';
import { openPath } from '../kernel/open.ts';
import { Pipe } from '../kernel/pipe.ts';
import { encodeUtf8 } from '../io/input-reader.ts';

/** A redirection failed; the message is printed and the command does not run (status 1). */
export class RedirectionFailed {
  readonly status = 1;
}

/** Saved descriptors to put back after a command that ran in the shell itself. */
export interface SavedDescriptors {
  restore(): void;
}

export async function applyRedirects(interpreter: Interpreter, redirects: readonly Redirect[], fds: FdTable): Promise<void> {
  for (const redirect of redirects) await applyOne(interpreter, redirect, fds);
}

/** Applies redirections to the shell's own table, returning how to undo them. */
export async function redirectInPlace(interpreter: Interpreter, redirects: readonly Redirect[]): Promise<SavedDescriptors> {
  const fds = interpreter.shell.proc.fds;
  const saved = new Map<number, FileDescription | undefined>();
  const touched = (fd: number): void => {
    if (!saved.has(fd)) {
      const current = fds.find(fd);
      saved.set(fd, current?.retain());
    }
  };
  const restore = (): void => {
    for (const [fd, description] of saved) {
      if (description === undefined) fds.close(fd);
      else {
        fds.set(fd, description);
        description.release();
      }
    }
  };
  try {
    for (const redirect of redirects) {
      for (const fd of targetsOf(redirect)) touched(fd);
      const allocated = await applyOne(interpreter, redirect, fds, touched);
      if (allocated !== undefined) touched(allocated);
    }
  } catch (error) {
    restore();
    throw error;
  }
  return { restore };
}

function targetsOf(redirect: Redirect): number[] {
  if (redirect.fdVariable) return [];
  if (redirect.op === '&>' || redirect.op === '&>>') return [1, 2];
  if (redirect.op === '>&' && redirect.fd === undefined) return [1, 2];
  return [redirect.fd ?? defaultFd(redirect)];
}

function defaultFd(redirect: Redirect): number {
  switch (redirect.op) {
    case '<':
    case '<<':
    case '<<-':
    case '<<<':
    case '<&':
    case '<>':
      return 0;
    default:
      return 1;
  }
}

/** Returns the descriptor number allocated for a {var}> redirection, if any. */
async function applyOne(
  interpreter: Interpreter,
  redirect: Redirect,
  fds: FdTable,
  touched?: (fd: number) => void,
): Promise<number | undefined> {
  const shell = interpreter.shell;
  const proc = shell.proc;
  const fail = async (target: string, error: unknown): Promise<never> => {
    if (!(error instanceof Errno)) throw error;
    await shell.printError(`${target}: ${error.message}`);
    throw new RedirectionFailed();
  };
  let fd = redirect.fd ?? defaultFd(redirect);
  const install = (description: FileDescription): number | undefined => {
    if (redirect.fdVariable) {
      const allocated = fds.adopt(description, 10);
      interpreter.setVariable(redirect.fdVariable, String(allocated));
      return allocated;
    }
    fds.setAdopted(fd, description);
    return undefined;
  };

  switch (redirect.op) {
    case '<<':
    case '<<-':
    case '<<<': {
      let text: string;
      if (redirect.op === '<<<') text = `${await interpreter.expander.word(redirect.target)}\n`;
      else {
        const doc = redirect.heredoc;
        text = doc === undefined ? '' : doc.quoted ? doc.body.parts.map((p) => (p.type === 'quoted' ? p.value : '')).join('') : await interpreter.expander.word(doc.body);
      }
      return install(hereDocument(encodeUtf8(text)));
    }
    case '<&':
    case '>&': {
      const words = await interpreter.expander.wordToFields(redirect.target);
      const target = words.join(' ');
      if (words.length !== 1) {
        await shell.printError(`${redirect.target.raw}: ambiguous redirect`);
        throw new RedirectionFailed();
      }
      if (target === '-') {
        fds.close(fd);
        return undefined;
      }
      const dup = /^(\d+)(-?)$/.exec(target);
      if (dup) {
        const source = fds.find(Number(dup[1]));
        if (source === undefined) {
          await shell.printError(`${target.replace(/-$/, '')}: Bad file descriptor`);
          throw new RedirectionFailed();
        }
        if (Number(dup[1]) !== fd) {
          if (redirect.fdVariable) return install(source.retain());
          fds.set(fd, source);
          if (dup[2] === '-') fds.close(Number(dup[1]));
        }
        return undefined;
      }
      if (redirect.op === '>&' && redirect.fd === undefined) {
        // >&word with a file name means &>word.
        return applyOne(interpreter, { ...redirect, op: '&>' }, fds, touched);
      }
      await shell.printError(`${target}: ambiguous redirect`);
      throw new RedirectionFailed();
    }
  }

  let words: string[];
  try {
    words = await interpreter.expander.wordToFields(redirect.target);
  } catch (error) {
    // failglob: the redirection fails, the line goes on.
    if (error instanceof NoGlobMatch) throw new RedirectionFailed();
    throw error;
  }
  if (words.length !== 1) {
    await shell.printError(`${redirect.target.raw}: ambiguous redirect`);
    throw new RedirectionFailed();
  }
  const path = words[0];
  if (path === '') return fail(path, new Errno('ENOENT'));
  try {
    switch (redirect.op) {
      case '<':
        return install(await openPath(shell.kernel, proc, path, { read: true }));
      case '<>':
        return install(await openPath(shell.kernel, proc, path, { read: true, write: true, create: true }));
      case '>':
      case '>|': {
        if (redirect.op === '>' && shell.option('noclobber') && isExistingRegularFile(interpreter, path)) {
          await shell.printError(`${path}: cannot overwrite existing file`);
          throw new RedirectionFailed();
        }
        return install(await openPath(shell.kernel, proc, path, { write: true, create: true, truncate: true }));
      }
      case '>>':
        return install(await openPath(shell.kernel, proc, path, { write: true, append: true, create: true }));
      case '&>':
      case '&>>': {
        const description = await openPath(shell.kernel, proc, path, {
          write: true,
          create: true,
          truncate: redirect.op === '&>',
          append: redirect.op === '&>>',
        });
        if (touched) touched(2);
        fds.set(2, description);
        fd = 1;
        fds.setAdopted(1, description);
        return undefined;
      }
    }
  } catch (error) {
    if (error instanceof RedirectionFailed) throw error;
    return fail(path, error);
  }
  return undefined;
}

function isExistingRegularFile(interpreter: Interpreter, path: string): boolean {
  const shell = interpreter.shell;
  try {
    return shell.kernel.fs.lookup(shell.proc.cred, shell.proc.cwd, path).type === 'file';
  } catch {
    return false;
  }
}

/** A here-document or here-string: bash hands it over through a pipe holding the whole text. */
function hereDocument(bytes: Uint8Array): FileDescription {
  return Pipe.preloaded(bytes);
}
