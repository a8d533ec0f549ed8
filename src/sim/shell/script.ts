// Running a script file: `bash script.sh`, `./script.sh` through its #! line, or a file without one.

import type { Process } from '../kernel/process.ts';
import type { System } from '../system.ts';
import { Shell } from './shell.ts';
import { Interpreter } from './interpreter.ts';
import { runSource } from './run-source.ts';
import { runToCompletion } from './processes.ts';
import { readShellFile } from './invocation.ts';
import { Errno, rethrowTermination } from '../kernel/errors.ts';

export interface ScriptOptions {
  posix: boolean;
  options?: [string, boolean][];
  /** The shell's name for messages about the file itself ("bash: x.sh: No such file or directory"). */
  name?: string;
}

export async function runScriptFile(system: System, proc: Process, path: string, args: string[], options: ScriptOptions): Promise<number> {
  const name = options.name ?? (options.posix ? 'sh' : 'bash');
  let text: string;
  try {
    text = await readShellFile(proc, system, path);
  } catch (error) {
    if (!(error instanceof Errno)) throw error;
    const stderr = proc.fds.find(2);
    if (stderr?.writable) {
      try {
        // A directory opens fine; bash has already taken its name as $0 when reading fails.
        const prefix = error.code === 'EISDIR' ? path : name;
        await stderr.write(proc, new TextEncoder().encode(`${prefix}: ${path}: ${error.message}\n`));
      } catch (writeError) {
        rethrowTermination(writeError);
      }
    }
    return error.code === 'ENOENT' ? 127 : 126;
  }
  const shell = new Shell(proc, system, {
    interactive: false,
    posix: options.posix,
    dash: name === 'sh',
    arg0: path,
    positional: args,
    sourceName: path,
    reading: { script: path },
    random: system.kernel.prng.fork(`bash:${proc.pid}`),
  });
  for (const [option, on] of options.options ?? []) {
    if (on) shell.options.add(option);
    else shell.options.delete(option);
  }
  const interpreter = new Interpreter(shell);
  return runToCompletion(interpreter, () => runSource(interpreter, text, { syntaxErrorPrefix: `${path}: `, noexec: shell.option('noexec'), topLevel: true }));
}
