// execve(2) for the simulated machine. Programs in /usr/bin are small text files naming a native
// command (the TypeScript implementation in src/sim/commands); anything else executable must start
// with a `#!` line naming its interpreter, exactly as the Linux kernel requires. Files with neither
// fail with ENOEXEC, and the shell then runs them as shell scripts, as bash does.

import { Errno } from './kernel/errors.ts';
import type { Process } from './kernel/process.ts';
import { X_OK } from './fs/filesystem.ts';
import { runCommand } from './commands/run-command.ts';
import type { System } from './system.ts';
import { EXEC_US } from './kernel/cost-model.ts';

/** The first line of every native program file; the second line names the command. */
export const NATIVE_HEADER = '#!/usr/lib/pipeline-playground/native\n';
const NATIVE_BYTES = new TextEncoder().encode(NATIVE_HEADER);
const MAX_INTERPRETER_DEPTH = 4;

export function nativeProgram(name: string): string {
  return `${NATIVE_HEADER}${name}\n# ${name} is built into Pipeline Playground: its source is src/sim/commands/${name}.ts\n`;
}

/** Replaces the process image: runs the program at `path` in `proc` and returns its exit status. */
export async function execve(system: System, proc: Process, path: string, argv: string[], depth = 0): Promise<number> {
  const fs = system.kernel.fs;
  const inode = fs.lookup(proc.cred, proc.cwd, path);
  if (inode.type === 'dir' || inode.type !== 'file' || !fs.canAccess(proc.cred, inode, X_OK)) throw new Errno('EACCES');
  const content = inode.content();
  proc.argv = argv;
  proc.fds.exec();
  const native = nativeName(content);
  if (native !== undefined) {
    const command = system.commands.get(native);
    if (command === undefined) throw new Errno('ENOEXEC');
    proc.cpuSysUs += EXEC_US / 2;
    proc.chargeCpu(EXEC_US / 2);
    return runCommand(system, proc, command, argv);
  }
  const shebang = interpreterLine(content);
  if (shebang === undefined) throw new Errno('ENOEXEC');
  if (depth >= MAX_INTERPRETER_DEPTH) throw new Errno('ELOOP');
  // Linux passes everything after the interpreter path as one optional argument.
  const interpreterArgv = [shebang.interpreter, ...(shebang.argument ? [shebang.argument] : []), path, ...argv.slice(1)];
  try {
    return await execve(system, proc, shebang.interpreter, interpreterArgv, depth + 1);
  } catch (error) {
    if (error instanceof Errno && error.code === 'ENOENT') throw new BadInterpreter(shebang.interpreter);
    throw error;
  }
}

/** The `#!` interpreter does not exist: bash reports "bad interpreter: No such file or directory". */
export class BadInterpreter extends Error {
  constructor(readonly interpreter: string) {
    super(`${interpreter}: bad interpreter: No such file or directory`);
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
