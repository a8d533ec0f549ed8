// Reading and running shell source a command line at a time, as bash does for scripts, -c strings,
// `source` and `eval`: each complete line is parsed and run before the next is read.

import type { Interpreter } from './interpreter.ts';
import { Parser } from './parser/parser.ts';
import { ShellSyntaxError, statusAfter } from './syntax-error.ts';
import { ShellAbort } from './control-flow.ts';

export interface SourceOptions {
  /** Prefix for syntax errors: "bash: -c: " for -c strings, "script.sh: " for files. */
  syntaxErrorPrefix: string;
  /** Print the offending line after the error (bash does, except interactively). */
  echoLine?: boolean;
  firstLine?: number;
  /** Only check syntax (bash -n). */
  noexec?: boolean;
  /**
   * Read by the shell's own input loop (a script, a -c string), not by eval or source: there a
   * [[ ]] syntax error leaves $? as it was, as bash's parser does.
   */
  topLevel?: boolean;
}

/** Status 2 for a syntax error, as bash. */
export const SYNTAX_ERROR_STATUS = 2;

/**
 * Runs `text`; a syntax error stops it (after printing) with status 2. Control flow (exit, return)
 * propagates to the caller.
 */
export async function runSource(interpreter: Interpreter, text: string, options: SourceOptions): Promise<number> {
  const shell = interpreter.shell;
  const parser = new Parser(text, {
    firstLine: options.firstLine ?? 1,
    // Checked per command: `shopt -s expand_aliases` in a script applies to the lines after it.
    alias: (name) => (shell.shopt('expand_aliases') ? shell.aliases.get(name) : undefined),
    extglob: () => shell.shopt('extglob'),
    dash: shell.dash,
  });
  let status = 0;
  for (;;) {
    let statements;
    try {
      statements = parser.nextCommands();
    } catch (error) {
      if (error instanceof ShellSyntaxError) {
        await reportSyntaxError(interpreter, error, options);
        return options.topLevel ? statusAfter(error, shell.lastStatus) : SYNTAX_ERROR_STATUS;
      }
      throw error;
    }
    for (const warning of parser.warnings.splice(0)) {
      shell.lineno = parser.lineAt() - 1;
      await shell.printError(`warning: ${warning}`);
    }
    if (statements === null) return status;
    if (options.noexec) continue;
    try {
      for (const statement of statements) {
        status = await interpreter.runStatement(statement);
        shell.lastStatus = status;
      }
    } catch (error) {
      status = abandonedLineStatus(interpreter, error);
    }
  }
}

/**
 * An error that abandons the command line (bash's DISCARD) ends only that line of a script, -c
 * string, sourced file, eval or trap; the next line runs. In a subshell it ends the subshell.
 */
export function abandonedLineStatus(interpreter: Interpreter, error: unknown): number {
  if (!(error instanceof ShellAbort) || interpreter.shell.subshellLevel > 0) throw error;
  interpreter.shell.lastStatus = error.status;
  return error.status;
}

export async function reportSyntaxError(interpreter: Interpreter, error: ShellSyntaxError, options: SourceOptions): Promise<void> {
  const shell = interpreter.shell;
  if (error.before) await reportSyntaxError(interpreter, error.before, options);
  if (error.message === '') return;
  const prefix = `${options.syntaxErrorPrefix}line ${error.line}: `;
  let text = `${prefix}${error.message}\n`;
  if ((options.echoLine ?? true) && error.kind === 'token') text += `${prefix}\`${error.lineText}'\n`;
  await shell.writeStderr(text);
}
