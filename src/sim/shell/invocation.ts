// Starting bash (or sh): its command-line options, then one of its modes — a -c string, a script
// file, commands from standard input, or the interactive loop.

import type { Process } from '../kernel/process.ts';
import type { System } from '../system.ts';
import { Shell, SET_OPTIONS } from './shell.ts';
import { Interpreter } from './interpreter.ts';
import { runSource } from './run-source.ts';
import { runToCompletion } from './processes.ts';
import { openPath } from '../kernel/open.ts';
import { InputReader, decodeUtf8 } from '../io/input-reader.ts';
import { Errno, rethrowTermination } from '../kernel/errors.ts';
import { SIG } from '../kernel/signals.ts';
import { runInteractive } from './interactive.ts';
import { runStdinCommands } from './stdin-commands.ts';
import { runScriptFile } from './script.ts';
import { BASH_VERSION } from './shell.ts';

const SHORT_OPTIONS: Record<string, string> = Object.fromEntries(
  Object.entries(SET_OPTIONS).filter(([, letter]) => letter !== undefined).map(([name, letter]) => [letter!, name]),
);

interface Invocation {
  name: string;
  posix: boolean;
  command?: string;
  stdin: boolean;
  interactive?: boolean;
  login: boolean;
  rcfile?: string;
  norc: boolean;
  options: [string, boolean][];
  operands: string[];
}

/** bash as a program: returns its exit status. */
export async function runBash(system: System, proc: Process, argv: string[]): Promise<number> {
  const invoked = (argv[0] ?? 'bash').replace(/^-/, '');
  const name = invoked.slice(invoked.lastIndexOf('/') + 1);
  const parsed = parseInvocation(argv, name);
  if ('status' in parsed) {
    await writeTo(proc, parsed.status === 0 ? 1 : 2, parsed.text);
    return parsed.status;
  }
  const inv = parsed;
  const random = system.kernel.prng.fork(`bash:${proc.pid}`);
  if (inv.command !== undefined) {
    const dash = name === 'sh';
    const shell = new Shell(proc, system, { interactive: false, posix: inv.posix, dash, arg0: inv.operands[0] ?? argv[0], positional: inv.operands.slice(1), sourceName: dash ? invoked : name, reading: 'string', random });
    shell.commandString = true;
    applyOptions(shell, inv);
    const interpreter = new Interpreter(shell);
    return runToCompletion(interpreter, () => runSource(interpreter, inv.command!, { syntaxErrorPrefix: `${name}: -c: `, noexec: shell.option('noexec'), topLevel: true }));
  }
  if (inv.operands.length > 0 && !inv.stdin) {
    return runScriptFile(system, proc, inv.operands[0], inv.operands.slice(1), { posix: inv.posix, options: inv.options, name });
  }
  const tty = (fd: number): boolean => proc.fds.find(fd)?.isTerminal() ?? false;
  const interactive = inv.interactive ?? (tty(0) && tty(2));
  const shell = new Shell(proc, system, { interactive, posix: inv.posix, dash: name === 'sh', arg0: argv[0], positional: inv.operands, sourceName: name, reading: interactive ? undefined : 'stdin', random });
  shell.readingStdin = true;
  applyOptions(shell, inv);
  const interpreter = new Interpreter(shell);
  if (interactive) {
    catchInteractiveSignals(proc, () => {
      // readline's SIGWINCH handling: with checkwinsize, COLUMNS and LINES follow at once.
      if (!shell.shopt('checkwinsize')) return;
      const { cols, rows } = system.kernel.tty.size;
      void interpreter.trySetVariable('COLUMNS', String(cols));
      void interpreter.trySetVariable('LINES', String(rows));
    });
    return runInteractive(interpreter, { rcfile: inv.norc ? undefined : (inv.rcfile ?? '~/.bashrc'), login: inv.login });
  }
  return runToCompletion(interpreter, () => runStdinCommands(interpreter, name));
}

/** An interactive shell survives ^C, ^Z and kill: it handles them itself (bash(1), SIGNALS). */
function catchInteractiveSignals(proc: Process, onResize: () => void): void {
  for (const signal of [SIG.INT, SIG.QUIT, SIG.TERM, SIG.TSTP, SIG.TTIN, SIG.TTOU, SIG.WINCH]) proc.dispositions.set(signal, 'catch');
  proc.onCaughtSignal = (signal) => {
    if (signal === SIG.WINCH) onResize();
    // Only ^C matters to the interpreter; the others are dropped as bash ignores them.
    if (signal !== SIG.INT) proc.caughtSignals.splice(proc.caughtSignals.indexOf(signal), 1);
  };
}

function applyOptions(shell: Shell, inv: Invocation): void {
  for (const [option, on] of inv.options) {
    if (option.startsWith('--')) continue;
    if (on) shell.options.add(option);
    else shell.options.delete(option);
  }
}

function parseInvocation(argv: string[], name: string): Invocation | { status: number; text: string } {
  const inv: Invocation = {
    name,
    posix: name === 'sh',
    stdin: false,
    login: (argv[0] ?? '').startsWith('-'),
    norc: false,
    options: [],
    operands: [],
  };
  let commandMode = false;
  let i = 1;
  for (; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--' || arg === '-') {
      i++;
      break;
    }
    if (arg.startsWith('--')) {
      switch (arg) {
        case '--posix':
          inv.posix = true;
          continue;
        case '--login':
          inv.login = true;
          continue;
        case '--norc':
        case '--noprofile':
          inv.norc = inv.norc || arg === '--norc';
          continue;
        case '--noediting':
        case '--verbose':
          if (arg === '--verbose') inv.options.push(['verbose', true]);
          continue;
        case '--rcfile':
        case '--init-file':
          inv.rcfile = argv[++i];
          continue;
        case '--version':
          return { status: 0, text: versionText() };
        case '--help':
          return { status: 0, text: helpText(name) };
        default:
          return { status: 2, text: `${name}: ${arg}: invalid option\n${usageLine(name)}` };
      }
    }
    if ((arg.startsWith('-') || arg.startsWith('+')) && arg.length > 1) {
      const on = arg[0] === '-';
      for (const letter of arg.slice(1)) {
        if (letter === 'c') commandMode = true;
        else if (letter === 'i') inv.interactive = on;
        else if (letter === 's') inv.stdin = true;
        else if (letter === 'l') inv.login = true;
        else if (letter === 'o') {
          const option = argv[++i];
          if (option === undefined || !(option in SET_OPTIONS)) return { status: 2, text: `${name}: ${option ?? ''}: invalid option name\n` };
          inv.options.push([option, on]);
        } else if (SHORT_OPTIONS[letter]) inv.options.push([SHORT_OPTIONS[letter], on]);
        else return { status: 2, text: `${name}: -${letter}: invalid option\n${usageLine(name)}` };
      }
      continue;
    }
    break;
  }
  inv.operands = argv.slice(i);
  if (commandMode) {
    if (inv.operands.length === 0) return { status: 2, text: `${name}: -c: option requires an argument\n` };
    inv.command = inv.operands.shift();
  }
  return inv;
}

function usageLine(name: string): string {
  return `Usage:\t${name} [GNU long option] [option] ...\n\t${name} [GNU long option] [option] script-file ...\n`;
}

function versionText(): string {
  return `GNU bash, version ${BASH_VERSION} (x86_64-pc-linux-gnu)\n`;
}

function helpText(name: string): string {
  return `${usageLine(name)}GNU long options:\n\t--help\n\t--init-file\n\t--login\n\t--noediting\n\t--noprofile\n\t--norc\n\t--posix\n\t--rcfile\n\t--verbose\n\t--version\nShell options:\n\t-ilrsD or -c command or -O shopt_option\t\t(invocation only)\n\t-abefhkmnptuvxBCEHPT or -o option\n`;
}

async function writeTo(proc: Process, fd: number, text: string): Promise<void> {
  const description = proc.fds.find(fd);
  if (!description?.writable) return;
  try {
    await description.write(proc, new TextEncoder().encode(text));
  } catch (error) {
    rethrowTermination(error);
  }
}

/** Reads a whole file for the shell (scripts, `source`), with bash's failure modes. */
export async function readShellFile(proc: Process, system: System, path: string): Promise<string> {
  const description = await openPath(system.kernel, proc, path, { read: true });
  try {
    if (description.kind === 'directory') throw new Errno('EISDIR');
    return decodeUtf8(await new InputReader(proc, description).readAll());
  } finally {
    description.release();
  }
}
