// The interactive shell: read a line with the line editor (continuing with PS2 while the command is
// incomplete), keep history, run it, report finished jobs, and survive ^C. Reads ~/.bashrc first.

import type { Interpreter } from './interpreter.ts';
import { LineEditor, type EditorIO } from '../readline/line-editor.ts';
import { expandPrompt } from './prompt.ts';
import { completeLine } from './completion.ts';
import { Parser } from './parser/parser.ts';
import { ShellSyntaxError, statusAfter } from './syntax-error.ts';
import { ExitShell, Interrupted, ShellAbort, BreakLoop, ContinueLoop, ReturnFromFunction } from './control-flow.ts';
import { ExpansionError } from './expand.ts';
import { runExitTrap } from './traps.ts';
import { runSource } from './run-source.ts';
import { readShellFile } from './invocation.ts';
import { Errno, rethrowTermination } from '../kernel/errors.ts';
import { SIG } from '../kernel/signals.ts';
import { reportJobChanges } from './job-notify.ts';
import type { Statement } from './ast.ts';

const encoder = new TextEncoder();

export async function runInteractive(interpreter: Interpreter, options: { rcfile?: string; login: boolean }): Promise<number> {
  const shell = interpreter.shell;
  const proc = shell.proc;
  const tty = shell.kernel.tty;
  const io: EditorIO = {
    read: async () => {
      for (;;) {
        const input = proc.fds.find(0);
        if (!input) return new Uint8Array(0);
        try {
          return await input.read(proc, 4096);
        } catch (error) {
          if (!(error instanceof Errno) || error.code !== 'EINTR') throw error;
          // A SIGINT from elsewhere (kill -INT) at the prompt acts like ^C.
          const index = proc.caughtSignals.indexOf(SIG.INT);
          if (index >= 0) {
            proc.caughtSignals.splice(index, 1);
            return new Uint8Array([0x03]);
          }
        }
      }
    },
    unread: (bytes) => {
      if (proc.fds.find(0)?.isTerminal()) tty.unread(bytes);
    },
    write: async (text) => {
      const output = proc.fds.find(2);
      if (!output) return;
      try {
        await output.write(proc, encoder.encode(text));
      } catch (error) {
        rethrowTermination(error);
      }
    },
    columns: () => tty.size.cols,
  };
  const editor = new LineEditor(io, () => shell.history, (line, cursor) => completeLine(interpreter, line, cursor));
  shell.system.shellStarted?.(shell);
  if (options.rcfile) await sourceStartupFile(interpreter, options.rcfile);

  for (;;) {
    await reportJobChanges(interpreter);
    updateWindowSize(interpreter);
    const statements = await readCommand(interpreter, editor);
    if (statements === 'eof') {
      await io.write('exit\n');
      return runExitTrap(interpreter, shell.lastStatus);
    }
    if (statements === null) continue;
    try {
      for (const statement of statements) shell.lastStatus = await interpreter.runStatement(statement);
    } catch (error) {
      if (error instanceof ExitShell) return error.replaced ? error.status : runExitTrap(interpreter, error.status);
      if (error instanceof Interrupted) shell.lastStatus = 130;
      else if (error instanceof ShellAbort || error instanceof ExpansionError) shell.lastStatus = error.status;
      else if (error instanceof BreakLoop || error instanceof ContinueLoop || error instanceof ReturnFromFunction) continue;
      else throw error;
    }
    shell.commandNumber++;
  }
}

/** Reads one complete command (several lines if needed). null: nothing to run; 'eof': ^D. */
async function readCommand(interpreter: Interpreter, editor: LineEditor): Promise<Statement[] | null | 'eof'> {
  const shell = interpreter.shell;
  const tty = shell.kernel.tty;
  let text = '';
  let prompt = await expandPrompt(interpreter, shell.getScalar('PS1') ?? '\\s-\\v\\$ ');
  shell.onPrompt?.();
  for (;;) {
    const usesTty = shell.proc.fds.find(0)?.isTerminal() ?? false;
    const saved = tty.mode;
    if (usesTty) tty.setMode({ canonical: false, echo: false, signals: false });
    let result;
    try {
      result = await editor.readLine(prompt);
    } finally {
      if (usesTty) tty.setMode(saved);
    }
    // A ^C that arrived while the line was being read belongs to the line, not to a later command.
    shell.proc.caughtSignals.length = 0;
    if (result.kind === 'eof') {
      if (text === '') return 'eof';
      await shell.writeStderr(`${shell.sourceName}: syntax error: unexpected end of file\n`);
      return null;
    }
    if (result.kind === 'interrupt') {
      shell.lastStatus = 130;
      return null;
    }
    text += (text === '' ? '' : '\n') + result.text;
    const parser = new Parser(text, { alias: (name) => (shell.shopt('expand_aliases') ? shell.aliases.get(name) : undefined), extglob: () => shell.shopt('extglob') });
    try {
      const script = parser.parseProgram();
      if (parser.heredocUnterminated) throw new ShellSyntaxError('eof', '', 0, '', true);
      if (text.trim() !== '') remember(interpreter, text);
      return script.statements;
    } catch (error) {
      if (error instanceof ShellSyntaxError) {
        if (error.incomplete) {
          prompt = await expandPrompt(interpreter, shell.getScalar('PS2') ?? '> ');
          continue;
        }
        remember(interpreter, text);
        for (let each: ShellSyntaxError | undefined = error; each; each = each.before) {
          if (each.message !== '') await shell.writeStderr(`${shell.sourceName}: ${each.message}\n`);
        }
        shell.lastStatus = statusAfter(error, shell.lastStatus);
        return null;
      }
      throw error;
    }
  }
}

/** checkwinsize: COLUMNS and LINES follow the terminal's size. */
function updateWindowSize(interpreter: Interpreter): void {
  const shell = interpreter.shell;
  if (!shell.shopt('checkwinsize') || !shell.proc.fds.find(0)?.isTerminal()) return;
  const { cols, rows } = shell.kernel.tty.size;
  void interpreter.trySetVariable('COLUMNS', String(cols));
  void interpreter.trySetVariable('LINES', String(rows));
}

/** History, with Debian's HISTCONTROL=ignoreboth: no duplicates in a row, nothing starting with a space. */
function remember(interpreter: Interpreter, text: string): void {
  const shell = interpreter.shell;
  const control = shell.getScalar('HISTCONTROL') ?? '';
  const ignoreSpace = /ignorespace|ignoreboth/.test(control);
  const ignoreDups = /ignoredups|ignoreboth/.test(control);
  if (ignoreSpace && text.startsWith(' ')) return;
  if (ignoreDups && shell.history[shell.history.length - 1] === text) return;
  shell.history.push(text);
  const size = Number(shell.getScalar('HISTSIZE') ?? '500');
  if (Number.isFinite(size) && size >= 0 && shell.history.length > size) {
    const drop = shell.history.length - size;
    shell.history.splice(0, drop);
    shell.historyBase += drop;
  }
  shell.onHistory?.(text);
}

async function sourceStartupFile(interpreter: Interpreter, path: string): Promise<void> {
  const shell = interpreter.shell;
  const home = shell.getScalar('HOME') ?? '/';
  const file = path.startsWith('~/') ? `${home}/${path.slice(2)}` : path;
  let text: string;
  try {
    text = await readShellFile(shell.proc, shell.system, file);
  } catch (error) {
    if (error instanceof Errno) return;
    throw error;
  }
  try {
    await runSource(interpreter, text, { syntaxErrorPrefix: `${file}: ` });
  } catch (error) {
    if (error instanceof ExitShell) throw error;
    if (!(error instanceof ShellAbort || error instanceof ExpansionError || error instanceof Interrupted)) throw error;
  }
}
