// `bash -n FILE` for the editor: the playground's own parser reads the text a command line at a
// time, as bash reads a script, and every warning and the first syntax error come back with bash's
// wording and line, so what the editor underlines is what `bash -n` prints in the terminal.

import { Parser } from '../sim/shell/parser/parser.ts';
import { ShellSyntaxError } from '../sim/shell/syntax-error.ts';
import type { ShellDiagnostic } from './editor-protocol.ts';

/** Larger texts are not checked: a keystroke must never wait on a multi-megabyte parse. */
export const MAX_DIAGNOSED_CHARS = 512 * 1024;

export function bashNoexecDiagnostics(text: string, fileName: string): ShellDiagnostic[] {
  if (text.length > MAX_DIAGNOSED_CHARS) return [];
  // A fresh non-interactive bash: no aliases, extglob off (bash -n FILE starts one).
  const parser = new Parser(text, { firstLine: 1, extglob: () => false });
  const diagnostics: ShellDiagnostic[] = [];
  for (;;) {
    let statements;
    try {
      statements = parser.nextCommands();
    } catch (error) {
      if (!(error instanceof ShellSyntaxError)) throw error;
      addSyntaxError(diagnostics, error, fileName);
      return diagnostics;
    }
    for (const warning of parser.warnings.splice(0)) {
      const line = parser.lineAt() - 1;
      diagnostics.push({ line, severity: 'warning', message: `${fileName}: line ${line}: warning: ${warning}` });
    }
    if (statements === null) return diagnostics;
  }
}

/** The error and any reported just before it ([[ ]]'s unclosed `(' before its own message). */
function addSyntaxError(diagnostics: ShellDiagnostic[], error: ShellSyntaxError, fileName: string): void {
  if (error.before) addSyntaxError(diagnostics, error.before, fileName);
  if (error.message === '') return;
  const prefix = `${fileName}: line ${error.line}: `;
  let message = `${prefix}${error.message}`;
  // bash quotes the offending line after a token error: "notes.sh: line 2: `fi'".
  if (error.kind === 'token') message += `\n${prefix}\`${error.lineText}'`;
  diagnostics.push({ line: error.line, severity: 'error', message });
}
