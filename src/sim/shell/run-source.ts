// Reading and running shell source a command line at a time, as bash does for scripts, -c strings,
// `source` and `eval`: each complete line is parsed and run before the next is read.

import type { Interpreter } from './interpreter.ts';
import { Parser } from './parser/parser.ts';
import { ShellSyntaxError } from './syntax-error.ts';
import { BadSubstitution } from './parser/words.ts';

export interface SourceOptions {
  /** Prefix for syntax errors: "bash: -c: " for -c strings, "script.sh: " for files. */
  syntaxErrorPrefix: string;
  /** Print the offending line after the error (bash does, except interactively). */
  echoLine?: boolean;
  firstLine?: number;
  /** Only check syntax (bash -n). */
  noexec?: boolean;
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
    alias: shell.shopt('expand_aliases') ? (name) => shell.aliases.get(name) : undefined,
  });
  let status = 0;
  for (;;) {
    let statements;
    try {
      statements = parser.nextCommands();
    } catch (error) {
      if (error instanceof ShellSyntaxError) {
        await reportSyntaxError(interpreter, error, options);
        return SYNTAX_ERROR_STATUS;
      }
      if (error instanceof BadSubstitution) {
        shell.lineno = error.line;
        await shell.printError(error.message);
        return 1;
      }
      throw error;
    }
    for (const warning of parser.warnings.splice(0)) {
      shell.lineno = parser.lineAt() - 1;
      await shell.printError(`warning: ${warning}`);
    }
    if (statements === null) return status;
    if (options.noexec) continue;
    for (const statement of statements) {
      status = await interpreter.runStatement(statement);
      shell.lastStatus = status;
    }
  }
}

export async function reportSyntaxError(interpreter: Interpreter, error: ShellSyntaxError, options: SourceOptions): Promise<void> {
  const shell = interpreter.shell;
  const prefix = `${options.syntaxErrorPrefix}line ${error.line}: `;
  let text = `${prefix}${error.message}\n`;
  if ((options.echoLine ?? true) && error.kind === 'token') text += `${prefix}\`${error.lineText}'\n`;
  await shell.writeStderr(text);
}
