// The state of one shell process: variables, functions, aliases, options, positional parameters,
// traps and jobs. A subshell gets a copy (fork). The interpreter (interpreter.ts) executes syntax
// trees against this state.

import { printFunction } from './function-format.ts';
import { parseScript } from './parser/parser.ts';
import { ShellSyntaxError } from './syntax-error.ts';
import type { Process } from '../kernel/process.ts';
import type { System } from '../system.ts';
import type { FunctionDefinition } from './ast.ts';
import { IndexedArray, VariableStore, scalarOf, type Variable, type VariableValue } from './variables.ts';
import { OutputWriter } from '../io/output-writer.ts';
import { US_PER_SECOND } from '../kernel/clock.ts';
import type { Prng } from '../kernel/prng.ts';
import { JobTable } from './jobs.ts';
import { rethrowTermination } from '../kernel/errors.ts';

export const BASH_VERSION = '5.2.15(1)-release';

/** Options `set -o` knows, with their single-letter forms. */
export const SET_OPTIONS: Record<string, string | undefined> = {
  allexport: 'a',
  braceexpand: 'B',
  emacs: undefined,
  errexit: 'e',
  errtrace: 'E',
  functrace: 'T',
  hashall: 'h',
  histexpand: 'H',
  history: undefined,
  ignoreeof: undefined,
  'interactive-comments': undefined,
  keyword: 'k',
  monitor: 'm',
  noclobber: 'C',
  noexec: 'n',
  noglob: 'f',
  nolog: undefined,
  notify: 'b',
  nounset: 'u',
  onecmd: 't',
  physical: 'P',
  pipefail: undefined,
  posix: undefined,
  privileged: 'p',
  verbose: 'v',
  vi: undefined,
  xtrace: 'x',
};

export interface CallFrame {
  functionName: string;
  source: string;
  callLine: number;
}

export class Shell {
  vars: VariableStore;
  functions: Map<string, FunctionDefinition>;
  /**
   * The file each function was defined in: BASH_SOURCE inside it, and the name its error messages
   * start with. bash calls a -c string's file "environment" and standard input's "main".
   */
  functionFiles: Map<string, string>;
  /** Functions marked with export -f: they reach child shells as BASH_FUNC_name%% variables. */
  exportedFunctions: Set<string>;
  /** The file whose commands are being read: the script, a sourced file, or as above. */
  currentFile: string;
  /** The script file a non-interactive shell runs (bottom of BASH_SOURCE), if any. */
  scriptFile: string | undefined;
  aliases: Map<string, string>;
  /** Long names of the `set -o` options that are on. */
  options: Set<string>;
  /** `shopt` options that are on. */
  shopts: Set<string>;
  positional: string[];
  /** $0 */
  arg0: string;
  lastStatus = 0;
  lastBackgroundPid: number | undefined;
  pipeStatus: number[] = [0];
  interactive: boolean;
  /** Invoked as sh (or --posix). */
  posix: boolean;
  /**
   * Invoked as sh. Debian's /bin/sh is dash, and cron runs jobs with it: students meet its messages
   * ("sh: 1: foo: not found") and its missing bashisms ([[, source, echo -e). The playground runs
   * the same interpreter with dash's message format, dash's echo, and bash's extensions that dash
   * lacks reported as not found; other dash differences are not modelled.
   */
  dash: boolean;
  /** How errors are prefixed: the script name, or "bash" for -c and interactive shells. */
  sourceName: string;
  /** Running a -c string (its syntax errors say "bash: -c: line N"). */
  commandString = false;
  /** Reading commands from standard input (bash -s, or a pipe). */
  readingStdin = false;
  /** $$: the pid of the shell process itself, unchanged in subshells. */
  shellPid: number;
  /** Status of the last command substitution in the current command (an assignment's status). */
  lastSubstitutionStatus: number | undefined;
  /** Descriptors opened for <(…) and >(…) by the current command, closed when it ends. */
  processSubstitutionFds: number[] = [];
  traps: Map<string, string>;
  jobs: JobTable;
  frames: CallFrame[] = [];
  loopDepth = 0;
  /** The line of the command being run ($LINENO). */
  lineno = 0;
  readonly startUs: number;
  hash: Map<string, string>;
  /** Times each remembered program was used (`hash` lists them). */
  hashHits = new Map<string, number>();
  /** getopts' position inside a cluster of options (-abc), valid while OPTIND stays the same. */
  getoptsState: { optind: number; cursor: number } | undefined;
  /** The signal whose trap interrupted `wait` (its status is 128 + this). */
  lastTrappedSignal = 0;
  subshellLevel = 0;
  /** How deep in eval, source and $( ) the shell is: set -x repeats PS4's first character that often. */
  traceLevel = 0;
  /** Added to the line numbers of the commands being run (an ERR trap's text counts from its command's line). */
  lineOffset = 0;
  /** Inside `if`/`while` tests, `&&`/`||` left sides, `!`: set -e does not apply there. */
  errexitSuppressed = 0;
  /** A subshell whose last command may replace the process (exec without fork, as bash does). */
  execLast = false;
  /** Nesting of function calls, against runaway recursion. */
  functionDepth = 0;
  /** Nesting of `source` / `.` (return is allowed inside). */
  sourceDepth = 0;
  /** $RANDOM's generator; assigning RANDOM reseeds it. */
  random: Prng;
  /** Called to read more input for the interactive shell's history (set by the REPL). */
  history: string[] = [];
  historyBase = 1;
  /** Commands run by this interactive shell (\# in the prompt). */
  commandNumber = 1;
  /** Told about each line added to the history (the world records them for lesson checks). */
  onHistory: ((line: string) => void) | undefined;
  /** Called as the interactive shell shows its primary prompt (PS1): the previous command is over. */
  onPrompt: (() => void) | undefined;
  dirStack: string[] = [];

  constructor(
    public proc: Process,
    readonly system: System,
    init: {
      interactive: boolean;
      posix?: boolean;
      /** Invoked as sh: Debian's /bin/sh is dash, whose messages differ from bash's (see `dash`). */
      dash?: boolean;
      arg0: string;
      positional?: string[];
      sourceName?: string;
      /** What the shell reads: a script file, a -c string, standard input, or a terminal. */
      reading?: { script: string } | 'string' | 'stdin';
      random: Prng;
    },
  ) {
    this.vars = new VariableStore();
    this.functions = new Map();
    this.functionFiles = new Map();
    this.exportedFunctions = new Set();
    const reading = init.reading;
    this.scriptFile = typeof reading === 'object' ? reading.script : undefined;
    this.currentFile = typeof reading === 'object' ? reading.script : reading === 'string' ? 'environment' : 'main';
    this.aliases = new Map();
    this.options = new Set(['braceexpand', 'hashall', 'interactive-comments']);
    if (init.interactive) this.options.add('monitor').add('emacs').add('history').add('histexpand');
    this.shopts = new Set(['extquote', 'force_fignore', 'globasciiranges', 'globskipdots', 'interactive_comments', 'hostcomplete', 'patsub_replacement', 'progcomp', 'promptvars', 'sourcepath', 'checkwinsize', 'cmdhist', 'complete_fullquote']);
    if (init.interactive) this.shopts.add('expand_aliases');
    this.posix = init.posix ?? false;
    this.dash = init.dash ?? false;
    if (this.posix) this.options.add('posix');
    this.interactive = init.interactive;
    this.arg0 = init.arg0;
    this.positional = init.positional ?? [];
    this.sourceName = init.sourceName ?? init.arg0;
    this.traps = new Map();
    this.jobs = new JobTable();
    this.hash = new Map();
    this.startUs = proc.kernel.clock.nowUs;
    this.shellPid = proc.pid;
    this.random = init.random;
    this.importEnvironment(proc.env);
  }

  get kernel() {
    return this.system.kernel;
  }

  /** BASH_FUNC_f%%='() { …; }' from a parent's export -f defines f here, exported in turn. */
  private importFunction(name: string, value: string): void {
    const match = /^BASH_FUNC_(.+)%%$/.exec(name);
    if (!match || !value.startsWith('() {')) return;
    try {
      const [statement] = parseScript(`${match[1]} ${value}`).statements;
      const command = statement?.andOr.first.commands[0];
      if (command?.type !== 'function' || command.name !== match[1]) return;
      this.functions.set(command.name, command);
      this.functionFiles.set(command.name, 'environment');
      this.exportedFunctions.add(command.name);
    } catch (error) {
      if (!(error instanceof ShellSyntaxError)) throw error;
      // bash skips a function it cannot parse ("error importing function definition")
    }
  }

  private importEnvironment(env: Map<string, string>): void {
    for (const [name, value] of env) {
      if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) this.vars.global.set(name, { value, exported: true });
      else if (!this.posix) this.importFunction(name, value);
    }
    const defaults: [string, string][] = [
      ['IFS', ' \t\n'],
      ['PS2', '> '],
      ['PS4', '+ '],
      ['OPTIND', '1'],
      ['HOSTNAME', this.system.hostname],
      ['HOSTTYPE', 'x86_64'],
      ['MACHTYPE', 'x86_64-pc-linux-gnu'],
      ['OSTYPE', 'linux-gnu'],
      ['BASH', '/usr/bin/bash'],
      ['BASH_VERSION', BASH_VERSION],
    ];
    for (const [name, value] of defaults) if (!this.vars.global.has(name)) this.vars.global.set(name, { value });
    if (!this.vars.global.has('PATH')) this.vars.global.set('PATH', { value: '/usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games' });
    const uid = String(this.proc.cred.uid);
    this.vars.global.set('UID', { value: uid, readonly: true });
    this.vars.global.set('EUID', { value: uid, readonly: true });
    this.vars.global.set('PPID', { value: String(this.proc.ppid), readonly: true });
    this.vars.global.set('BASH_VERSINFO', { value: IndexedArray.of(['5', '2', '15', '1', 'release', 'x86_64-pc-linux-gnu']), readonly: true });
    // dash keeps no SHLVL (one inherited stays as it was).
    const level = Number(env.get('SHLVL') ?? '0');
    if (!this.dash) this.vars.global.set('SHLVL', { value: String(Number.isFinite(level) ? level + 1 : 1), exported: true });
    if (!this.vars.global.has('PWD')) this.vars.global.set('PWD', { value: this.proc.cwd, exported: true });
  }

  /** A copy of this shell for a subshell running in `proc`. */
  fork(proc: Process): Shell {
    const child: Shell = Object.create(Shell.prototype);
    Object.assign(child, this);
    child.proc = proc;
    child.vars = this.vars.clone();
    child.functions = new Map(this.functions);
    child.functionFiles = new Map(this.functionFiles);
    child.exportedFunctions = new Set(this.exportedFunctions);
    child.aliases = new Map(this.aliases);
    child.options = new Set(this.options);
    child.shopts = new Set(this.shopts);
    child.positional = [...this.positional];
    child.traps = new Map([...this.traps].filter(([name]) => name !== 'EXIT' && this.trapInherited(name)));
    child.jobs = new JobTable();
    child.frames = [...this.frames];
    child.hash = new Map(this.hash);
    child.subshellLevel = this.subshellLevel + 1;
    child.interactiveMessages = this.interactive || this.interactiveMessages;
    child.interactive = false;
    child.execLast = false;
    child.pipeStatus = [...this.pipeStatus];
    child.dirStack = [...this.dirStack];
    child.options.delete('monitor');
    return child;
  }

  /** Traps other than ignored signals are reset in a subshell; ignored ones stay ignored. */
  private trapInherited(name: string): boolean {
    return this.traps.get(name) === '';
  }

  // --- variables -------------------------------------------------------------------------------------

  /** A variable's scalar value as $name gives it, including the dynamic ones ($RANDOM, $SECONDS...). */
  getScalar(name: string): string | undefined {
    const dynamic = this.dynamicValue(name);
    if (dynamic !== undefined) return dynamic;
    return scalarOf(this.vars.lookup(name)?.value);
  }

  getVariable(name: string): Variable | undefined {
    return this.vars.lookup(name);
  }

  private dynamicValue(name: string): string | undefined {
    switch (name) {
      case 'RANDOM':
        return this.randomUnset ? undefined : String(this.random.nextU32() & 0x7fff);
      case 'SECONDS':
        return String(Math.floor((this.kernel.clock.nowUs - this.startUs) / US_PER_SECOND) + this.secondsOffset);
      case 'LINENO':
        return String(this.lineno);
      case 'BASHPID':
        return String(this.proc.pid);
      case 'EPOCHSECONDS':
        return String(Math.floor(this.kernel.clock.nowUs / US_PER_SECOND));
      case 'EPOCHREALTIME': {
        const us = this.kernel.clock.nowUs;
        return `${Math.floor(us / US_PER_SECOND)}.${String(us % US_PER_SECOND).padStart(6, '0')}`;
      }
      case 'BASH_SUBSHELL':
        return String(this.subshellLevel);
      case 'HISTCMD':
        return String(this.historyBase + this.history.length);
      default:
        return undefined;
    }
  }

  /** `unset RANDOM` takes away its special meaning, as in bash. */
  randomUnset = false;
  /** `SECONDS=n` restarts the count from n. */
  secondsOffset = 0;

  /** Dynamic arrays bash maintains (PIPESTATUS, FUNCNAME, BASH_SOURCE, BASH_LINENO). */
  dynamicArray(name: string): IndexedArray | undefined {
    switch (name) {
      case 'PIPESTATUS':
        return IndexedArray.of(this.pipeStatus.map(String));
      // A script's own level is the bottom of these stacks ("main", the script, line 0); a -c
      // string or standard input has none.
      case 'FUNCNAME':
        // Only inside a function: a sourced file's own level has none.
        return this.functionDepth === 0 ? undefined : IndexedArray.of([...this.frames.map((f) => f.functionName).reverse(), ...(this.scriptFile !== undefined ? ['main'] : [])]);
      case 'BASH_SOURCE':
        return this.callStack((f) => f.source, this.scriptFile);
      case 'BASH_LINENO':
        return this.callStack((f) => String(f.callLine), this.scriptFile === undefined ? undefined : '0');
      default:
        return undefined;
    }
  }

  private callStack(field: (frame: CallFrame) => string, bottom: string | undefined): IndexedArray | undefined {
    const values = this.frames.map(field).reverse();
    if (bottom !== undefined) values.push(bottom);
    return values.length === 0 ? undefined : IndexedArray.of(values);
  }

  /** The value an expansion sees: dynamic arrays first, then the variable table. */
  valueOf(name: string): VariableValue | undefined {
    const array = this.dynamicArray(name);
    if (array) return array;
    const dynamic = this.dynamicValue(name);
    if (dynamic !== undefined) return dynamic;
    return this.vars.lookup(name)?.value;
  }

  isSet(name: string): boolean {
    return this.valueOf(name) !== undefined;
  }

  exportedEnvironment(): Map<string, string> {
    const env = new Map<string, string>();
    for (const name of this.vars.names()) {
      const variable = this.vars.lookup(name)!;
      if (!variable.exported) continue;
      const value = scalarOf(variable.value);
      if (value !== undefined && !(variable.value instanceof IndexedArray) && !(variable.value instanceof Map)) env.set(name, value);
    }
    for (const name of this.exportedFunctions) {
      const definition = this.functions.get(name);
      if (definition) env.set(`BASH_FUNC_${name}%%`, exportedFunctionText(definition));
    }
    return env;
  }

  option(name: string): boolean {
    return this.options.has(name);
  }

  shopt(name: string): boolean {
    return this.shopts.has(name);
  }

  // --- messages --------------------------------------------------------------------------------------

  /** Subshells of an interactive shell keep its message style ("bash: x: command not found"). */
  interactiveMessages = false;

  /** The prefix bash puts on its error messages: "bash: " interactively, "script: line N: " otherwise. */
  errorPrefix(): string {
    if (this.dash) return `${this.sourceName}: ${this.lineno}: `;
    if (this.interactive || this.interactiveMessages) return `${this.sourceName}: `;
    return `${this.sourceName}: line ${this.lineno}: `;
  }

  /** Writes an error as bash does, to the current standard error. */
  async printError(message: string): Promise<void> {
    await this.writeStderr(`${this.errorPrefix()}${message}\n`);
  }

  async writeStderr(text: string): Promise<void> {
    if (!this.proc.fds.has(2)) return;
    try {
      await new OutputWriter(this.proc, 2, 'none').write(text);
    } catch (error) {
      // stderr gone (closed pipe): bash carries on silently
      rethrowTermination(error);
    }
  }

  async writeStdout(text: string): Promise<void> {
    const writer = new OutputWriter(this.proc, 1, 'full');
    await writer.write(text);
    await writer.flush();
  }
}

/** A function as bash exports it: "() {  first;\n rest\n}" (every indentation one space). */
function exportedFunctionText(definition: FunctionDefinition): string {
  const text = printFunction(definition);
  const lines = text
    .slice(text.indexOf('\n') + 1)
    .split('\n')
    .map((line) => line.replace(/^ +/, ' '));
  return `() ${lines[0]}${lines[1] ?? ''}${lines.length > 2 ? `\n${lines.slice(2).join('\n')}` : ''}`;
}
