// Running programs: PATH lookup (remembered in the hash table, as bash does), fork and exec with
// the command's redirections and environment, and bash's messages when it cannot run them.

import type { Redirect } from './ast.ts';
import type { Interpreter } from './interpreter.ts';
import { applyRedirects, RedirectionFailed } from './redirection.ts';
import { ExpansionError } from './expand.ts';
import { Errno, rethrowTermination } from '../kernel/errors.ts';
import type { FdTable } from '../kernel/fd-table.ts';
import type { Process } from '../kernel/process.ts';
import { BadInterpreter, execve } from '../exec.ts';
import { X_OK } from '../fs/filesystem.ts';
import type { Shell } from './shell.ts';
import { fork, waitForeground } from './processes.ts';
import { FORK_US } from '../kernel/cost-model.ts';
import { runScriptFile } from './script.ts';

export type Lookup = { path: string } | { missing: true } | { denied: string };

/**
 * Finds a program: a name with a slash is used as is; otherwise PATH is searched. A PATH given
 * for just this command (`PATH=/x cmd`) is searched instead, without the hash table.
 */
export function findProgram(shell: Shell, name: string, commandPath?: string): Lookup {
  if (name.includes('/')) return { path: name };
  const remembered = commandPath === undefined ? shell.hash.get(name) : undefined;
  if (remembered !== undefined && isExecutableFile(shell, remembered)) {
    shell.hashHits.set(name, (shell.hashHits.get(name) ?? 0) + 1);
    return { path: remembered };
  }
  const path = commandPath ?? shell.getScalar('PATH') ?? '';
  let denied: string | undefined;
  for (const entry of path.split(':')) {
    const dir = entry === '' ? '.' : entry;
    const candidate = dir.endsWith('/') ? dir + name : `${dir}/${name}`;
    try {
      const inode = shell.kernel.fs.lookup(shell.proc.cred, shell.proc.cwd, candidate);
      if (inode.type !== 'file') continue;
      if (shell.kernel.fs.canAccess(shell.proc.cred, inode, X_OK)) {
        if (shell.option('hashall') && commandPath === undefined) {
          shell.hash.set(name, candidate);
          shell.hashHits.set(name, 1);
        }
        return { path: candidate };
      }
      denied ??= candidate;
    } catch {
      // not in this directory
    }
  }
  return denied !== undefined ? { denied } : { missing: true };
}

function isExecutableFile(shell: Shell, path: string): boolean {
  try {
    const inode = shell.kernel.fs.lookup(shell.proc.cred, shell.proc.cwd, path);
    return inode.type === 'file' && shell.kernel.fs.canAccess(shell.proc.cred, inode, X_OK);
  } catch {
    return false;
  }
}

/** Runs a program in a child process (or in this one, for the last command of a subshell). */
export async function runExternal(
  interpreter: Interpreter,
  argv: string[],
  env: Map<string, string>,
  redirects: readonly Redirect[],
  options: { commandPath?: string; text?: string } = {},
): Promise<number> {
  const shell = interpreter.shell;
  const proc = shell.proc;
  const inPlace = shell.execLast;
  shell.execLast = false;
  const fds = inPlace ? proc.fds : proc.fds.fork();
  try {
    await applyRedirects(interpreter, redirects, fds);
  } catch (error) {
    if (!inPlace) fds.closeAll();
    if (error instanceof RedirectionFailed) return error.status;
    if (error instanceof ExpansionError) return interpreter.expansionFailed(error);
    throw error;
  }
  const prefix = shell.errorPrefix();
  const lookup = findProgram(shell, argv[0], options.commandPath);
  if (!('path' in lookup)) {
    // bash forks before it finds out; the child reports the missing command.
    proc.chargeCpu(FORK_US);
    const missing = shell.dash ? 'not found' : 'command not found';
    const message = 'missing' in lookup ? `${argv[0]}: ${missing}` : `${lookup.denied}: Permission denied`;
    await writeTo(proc, fds, `${prefix}${message}\n`);
    if (!inPlace) fds.closeAll();
    return 'missing' in lookup ? 127 : 126;
  }
  // A program finds its own path in $_, last in its environment, as bash exports it (dash does not).
  if (!shell.dash) {
    env.delete('_');
    env.set('_', lookup.path);
  }
  if (inPlace) {
    proc.env = env;
    return execProgram(interpreter, proc, lookup.path, argv, prefix);
  }
  const child = fork(interpreter, {
    parent: proc,
    argv,
    fds,
    env,
    pgid: shell.interactive && shell.option('monitor') ? 0 : proc.pgid,
    main: (childProc) => {
      childProc.chargeCpu(FORK_US);
      return execProgram(interpreter, childProc, lookup.path, argv, prefix);
    },
  });
  return waitForeground(interpreter, [child], options.text ?? argv.join(' '));
}

/** execve with bash's messages: 127 for a missing file, 126 for one it cannot execute. */
export async function execProgram(interpreter: Interpreter, proc: Process, path: string, argv: string[], prefix: string): Promise<number> {
  const system = interpreter.shell.system;
  try {
    return await execve(system, proc, path, argv);
  } catch (error) {
    if (error instanceof BadInterpreter) {
      // bash 5.2: a missing interpreter is a "required file"; anything else names it.
      if (error.code === 'ENOENT') {
        await writeTo(proc, proc.fds, `${prefix}${path}: cannot execute: required file not found\n`);
        return 127;
      }
      // bash reports this one with sys_error: the shell's name, no line number.
      await writeTo(proc, proc.fds, `${interpreter.shell.sourceName}: ${path}: ${visibleControls(error.interpreter)}: bad interpreter: ${error.message}\n`);
      return 126;
    }
    if (!(error instanceof Errno)) throw error;
    if (error.code === 'ENOEXEC') return runAsScript(interpreter, proc, path, argv);
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') {
      await writeTo(proc, proc.fds, `${prefix}${path}: ${interpreter.shell.dash ? 'not found' : 'No such file or directory'}\n`);
      return 127;
    }
    // dash says "Permission denied" for a directory too.
    const isDirectory = !interpreter.shell.dash && isDir(interpreter.shell, path);
    await writeTo(proc, proc.fds, `${prefix}${path}: ${isDirectory ? 'Is a directory' : error.message}\n`);
    return 126;
  }
}

/** A file without #! that the kernel refuses: bash runs it as a shell script in a fresh shell. */
async function runAsScript(interpreter: Interpreter, proc: Process, path: string, argv: string[]): Promise<number> {
  return runScriptFile(interpreter.shell.system, proc, path, argv.slice(1), { posix: interpreter.shell.posix });
}

function isDir(shell: Shell, path: string): boolean {
  try {
    return shell.kernel.fs.lookup(shell.proc.cred, shell.proc.cwd, path).type === 'dir';
  } catch {
    return false;
  }
}

/** Control characters as bash shows them in messages (a CR in "#!/bin/bash\r" appears as ^M). */
function visibleControls(text: string): string {
  return text.replace(/[\x00-\x1f]/g, (c) => `^${String.fromCharCode(c.charCodeAt(0) + 64)}`);
}

async function writeTo(proc: Process, fds: FdTable, text: string): Promise<void> {
  const description = fds.find(2);
  if (!description?.writable) return;
  try {
    await description.write(proc, new TextEncoder().encode(text));
  } catch (error) {
    // nowhere to report it
    rethrowTermination(error);
  }
}
