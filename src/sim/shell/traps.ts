// Running trap commands (trap 'cmd' EXIT ERR INT TERM ...) with $? preserved around them.

import type { Interpreter } from './interpreter.ts';
import type { Script } from './ast.ts';
import { parseScript } from './parser/parser.ts';
import { ShellSyntaxError } from './syntax-error.ts';
import { ExitShell } from './control-flow.ts';
import { abandonedLineStatus } from './run-source.ts';

const parsed = new Map<string, Script | null>();

export async function runTraps(interpreter: Interpreter, text: string, status: number): Promise<void> {
  let script = parsed.get(text);
  if (script === undefined) {
    try {
      script = parseScript(text);
    } catch (error) {
      if (!(error instanceof ShellSyntaxError)) throw error;
      script = null;
    }
    parsed.set(text, script);
  }
  if (script === null) return;
  const shell = interpreter.shell;
  const saved = shell.lastStatus;
  shell.lastStatus = status;
  shell.errexitSuppressed++;
  try {
    await interpreter.runScript(script);
  } catch (error) {
    abandonedLineStatus(interpreter, error);
  } finally {
    shell.errexitSuppressed--;
    shell.lastStatus = saved;
  }
}

/** The EXIT trap runs once, when the shell ends; `exit` inside it sets the final status. */
export async function runExitTrap(interpreter: Interpreter, status: number): Promise<number> {
  const shell = interpreter.shell;
  const trap = shell.traps.get('EXIT');
  if (!trap) return status;
  shell.traps.delete('EXIT');
  try {
    await runTraps(interpreter, trap, status);
  } catch (error) {
    if (error instanceof ExitShell) return error.status;
    throw error;
  }
  return status;
}
