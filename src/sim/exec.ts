// execve(2) for the simulated machine. Programs in /usr/bin are small text files naming a native
// command (the TypeScript implementation in src/sim/commands); anything else executable must start
// with a `#!` line naming its interpreter, exactly as the Linux kernel requires. Files with neither
// fail with ENOEXEC, and the shell then runs them as shell scripts, as bash does.

import { Errno, type ErrnoCode } from './kernel/errors.ts';
import type { Credentials, Process } from './kernel/process.ts';
import { X_OK } from './fs/filesystem.ts';
import { runCommand } from './commands/run-command.ts';
import type { System } from './system.ts';
import { EXEC_US } from './kernel/cost-model.ts';
import type { Command } from './commands/command.ts';

/** The first line of every native program file; the second line names the command. */
export const NATIVE_HEADER = '#!/usr/lib/pipeline-playground/native\n';
const NATIVE_BYTES = new TextEncoder().encode(NATIVE_HEADER);
const MAX_INTERPRETER_DEPTH = 4;

export function nativeProgram(name: string): string {
  return `${NATIVE_HEADER}${name}\n# ${name} is built into Pipeline Playground: its source is src/sim/commands/${name}.ts\n`;
}

/** What execve will run: a native command's name with the argv it receives after any #! rewriting. */
export interface ExecImage {
  command: string;
  argv: string[];
}

/**
 * The checks execve makes before anything changes: the file and every #! interpreter in the chain
 * exist and may be executed. Throws Errno (ENOEXEC for a file without #!, which shells run as a
 * script) or BadInterpreter, naming the script's own interpreter as bash does.
 */
export function resolveExec(system: System, cred: Credentials, cwd: string, path: string, argv: string[], depth = 0): ExecImage {
  const fs = system.kernel.fs;
  const inode = fs.lookup(cred, cwd, path);
  if (inode.type !== 'file' || !fs.canAccess(cred, inode, X_OK)) throw new Errno('EACCES');
  const content = inode.content();
  const native = nativeName(content);
  if (native !== undefined) {
    if (!system.commands.has(native)) throw new Errno('ENOEXEC');
    return { command: native, argv };
  }
  const shebang = interpreterLine(content);
  if (shebang === undefined) throw new Errno('ENOEXEC');
  if (depth >= MAX_INTERPRETER_DEPTH) throw new Errno('ELOOP');
  // Linux passes everything after the interpreter path as one optional argument.
  const interpreterArgv = [shebang.interpreter, ...(shebang.argument ? [shebang.argument] : []), path, ...argv.slice(1)];
  try {
    return resolveExec(system, cred, cwd, shebang.interpreter, interpreterArgv, depth + 1);
  } catch (error) {
    // An interpreter that is not a program makes the script itself unrunnable (ENOEXEC).
    if (error instanceof Errno && error.code === 'ENOEXEC') throw new Errno('ENOEXEC');
    if (error instanceof Errno) throw new BadInterpreter(shebang.interpreter, error.code);
    throw error;
  }
}

/** Replaces the process image: runs the program at `path` in `proc` and returns its exit status. */
export async function execve(system: System, proc: Process, path: string, argv: string[]): Promise<number> {
  const image = resolveExec(system, proc.cred, proc.cwd, path, argv);
  // Loading a command's module is host work: the process waits on it as on outside input, so the
  // clock cannot jump ahead meanwhile and runs stay the same however long the download takes.
  const command =
    system.commands.loadedNow(image.command) ??
    (await proc.block<Command>((wake, fail) => void system.commands.load(image.command).then((loaded) => wake(loaded!), fail), { interruptible: false, external: true }));
  proc.argv = image.argv;
  proc.fds.exec();
  proc.cpuSysUs += EXEC_US / 2;
  proc.chargeCpu(EXEC_US / 2);
  return runCommand(system, proc, command, image.argv);
}

/**
 * The `#!` interpreter could not be run. To programs this is the errno execve gives for the script
 * (ENOENT when the interpreter is missing); bash looks closer and names the interpreter.
 */
export class BadInterpreter extends Errno {
  constructor(
    readonly interpreter: string,
    code: ErrnoCode,
  ) {
    super(code);
  }
}

function nativeName(content: Uint8Array): string | undefined {
  if (content.length <= NATIVE_BYTES.length) return undefined;
  for (let i = 0; i < NATIVE_BYTES.length; i++) if (content[i] !== NATIVE_BYTES[i]) return undefined;
  let end = NATIVE_BYTES.length;
  while (end < content.length && content[end] !== 0x0a) end++;
  return new TextDecoder().decode(content.subarray(NATIVE_BYTES.length, end));
}

function interpreterLine(content: Uint8Array): { interpreter: string; argument?: string } | undefined {
  if (content.length < 2 || content[0] !== 0x23 || content[1] !== 0x21) return undefined;
  let end = 2;
  while (end < content.length && content[end] !== 0x0a && end < 256) end++;
  const line = new TextDecoder().decode(content.subarray(2, end)).replace(/^[ \t]+|[ \t]+$/g, ''); // a CR stays: '/bin/bash^M: bad interpreter'
  if (line === '') return undefined;
  const space = line.search(/[ \t]/);
  if (space < 0) return { interpreter: line };
  return { interpreter: line.slice(0, space), argument: line.slice(space).trim() || undefined };
}
