// Commands read from standard input (`bash -s`, `bash < file`, `echo cmd | bash`): like bash, read
// one line at a time and give the rest back, so a command can read the input that follows it.

import type { Interpreter } from './interpreter.ts';
import { Parser } from './parser/parser.ts';
import { ShellSyntaxError, statusAfter } from './syntax-error.ts';
import { abandonedLineStatus, reportSyntaxError } from './run-source.ts';
import { concat, decodeUtf8 } from '../io/input-reader.ts';

export async function runStdinCommands(interpreter: Interpreter, name: string): Promise<number> {
  const shell = interpreter.shell;
  const source = new LineSource(interpreter);
  let text = '';
  let firstLine = 1;
  let lines = 0;
  let status = 0;
  for (;;) {
    const line = await source.next();
    if (line !== null) {
      text += line;
      lines++;
    }
    if (text === '' && line === null) return status;
    const parser = new Parser(text, { firstLine, alias: (n) => (shell.shopt('expand_aliases') ? shell.aliases.get(n) : undefined), extglob: () => shell.shopt('extglob') });
    let statements;
    try {
      statements = parser.parseProgram().statements;
      if (parser.heredocUnterminated && line !== null) continue;
    } catch (error) {
      if (!(error instanceof ShellSyntaxError)) throw error;
      if (error.incomplete && line !== null) continue;
      await reportSyntaxError(interpreter, error, { syntaxErrorPrefix: `${name}: ` });
      return statusAfter(error, shell.lastStatus);
    }
    for (const warning of parser.warnings) await shell.printError(`warning: ${warning}`);
    text = '';
    firstLine += lines;
    lines = 0;
    if (!shell.option('noexec')) {
      try {
        for (const statement of statements) {
          status = await interpreter.runStatement(statement);
          shell.lastStatus = status;
        }
      } catch (error) {
        status = abandonedLineStatus(interpreter, error);
      }
    }
    if (line === null) return status;
  }
}

/** Lines from fd 0, leaving unread input where the next reader finds it. */
class LineSource {
  private own: Uint8Array | null = null;

  constructor(private readonly interpreter: Interpreter) {}

  async next(): Promise<string | null> {
    const proc = this.interpreter.shell.proc;
    const input = proc.fds.find(0);
    if (input === undefined) return null;
    const pieces: Uint8Array[] = [];
    for (;;) {
      const chunk = this.own ?? (await input.read(proc, 4096));
      this.own = null;
      if (chunk.length === 0) {
        if (pieces.length === 0) return null;
        return decodeUtf8(concat(pieces));
      }
      const newline = chunk.indexOf(0x0a);
      if (newline < 0) {
        pieces.push(chunk);
        continue;
      }
      pieces.push(chunk.subarray(0, newline + 1));
      const rest = chunk.subarray(newline + 1);
      if (rest.length > 0 && !input.unread(rest)) this.own = rest;
      return decodeUtf8(concat(pieces));
    }
  }
}
