// Running trap commands (trap 'cmd' EXIT ERR INT TERM ...) with $? preserved around them.

import type { Interpreter } from './interpreter.ts';
import type { Script } from './ast.ts';
import { parseScript } from './parser/parser.ts';
import { ShellSyntaxError } from './syntax-error.ts';
import { ExitShell } from './control-flow.ts';
import { abandonedLineStatus } from './run-source.ts';

const parsed = new Map<string, Script | null>();

/**
 * Runs a trap's commands with $? set to `status`. An ERR trap counts its lines from the failing
 * command's line ($LINENO there is that line); other traps from 1.
 */
export async function runTraps(interpreter: Interpreter, text: string, status: number, options: { atCurrentLine?: boolean } = {}): Promise<void> {
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
  const savedLine = shell.lineno;
  const savedOffset = shell.lineOffset;
  shell.lastStatus = status;
  shell.lineOffset = options.atCurrentLine ? shell.lineno - 1 : 0;
  shell.errexitSuppressed++;
  try {
    await interpreter.runScript(script);
  } catch (error) {
    abandonedLineStatus(interpreter, error);
  } finally {
    shell.errexitSuppressed--;
    shell.lastStatus = saved;
    shell.lineno = savedLine;
    shell.lineOffset = savedOffset;
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
