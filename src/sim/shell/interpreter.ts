// Executes syntax trees against a Shell: lists, and-or lists, pipelines and compound commands.
// Simple commands are in simple-command.ts, processes (subshells, pipelines, substitutions) in
// processes.ts, [[ … ]] in conditional.ts.

import type {
  CaseCommand,
  Command,
  CommandSubstitutionPart,
  ForCommand,
  IfCommand,
  Pipeline,
  ProcessSubstitutionPart,
  Script,
  SelectCommand,
  Statement,
  WhileCommand,
  ArithForCommand,
  Word,
} from './ast.ts';
import { Expander, ExpansionError, type Substitutions } from './expand.ts';
import type { Shell } from './shell.ts';
import { BreakLoop, ContinueLoop, ExitShell, Interrupted, ReturnFromFunction, ShellAbort } from './control-flow.ts';
import { RedirectionFailed, redirectInPlace } from './redirection.ts';
import { runSimpleCommand } from './simple-command.ts';
import { commandSubstitution, processSubstitution, runBackground, runPipelineProcesses, runSubshell } from './processes.ts';
import { evaluateConditional, InvalidRegex } from './conditional.ts';
import { evaluate, assignScalar, AssignmentError } from './assign.ts';
import { ArithmeticError, UnboundVariable } from './arithmetic.ts';
import { matchPattern } from './pattern.ts';
import { SHELL_STEP_US } from '../kernel/cost-model.ts';
import { SIG } from '../kernel/signals.ts';
import { runTraps } from './traps.ts';
import { printTimes, startTiming } from './timing.ts';
import { runSelectLoop } from './select.ts';
import { traceLine, traceQuote } from './trace.ts';

export class Interpreter implements Substitutions {
  readonly expander: Expander;

  constructor(readonly shell: Shell) {
    this.expander = new Expander(shell, this);
  }

  // --- lists -----------------------------------------------------------------------------------------

  async runScript(script: Script): Promise<number> {
    let status = this.shell.lastStatus;
    for (const statement of script.statements) status = await this.runStatement(statement);
    return status;
  }

  async runStatement(statement: Statement): Promise<number> {
    if (statement.background) return runBackground(this, statement);
    return this.runAndOr(statement.andOr);
  }

  async runAndOr(list: Statement['andOr']): Promise<number> {
    const shell = this.shell;
    const last = list.rest.length;
    let status: number;
    if (last > 0) shell.errexitSuppressed++;
    try {
      status = await this.runPipeline(list.first);
    } finally {
      if (last > 0) shell.errexitSuppressed--;
    }
    for (let i = 0; i < last; i++) {
      const { op, pipeline } = list.rest[i];
      if ((op === '&&') !== (status === 0)) continue;
      const suppressed = i < last - 1;
      if (suppressed) shell.errexitSuppressed++;
      try {
        status = await this.runPipeline(pipeline);
      } finally {
        if (suppressed) shell.errexitSuppressed--;
      }
    }
    return status;
  }

  async runPipeline(pipeline: Pipeline): Promise<number> {
    const shell = this.shell;
    const timing = pipeline.timed ? startTiming(shell) : undefined;
    if (pipeline.negated) shell.errexitSuppressed++;
    let status: number;
    try {
      if (pipeline.commands.length === 0) status = 0;
      else if (pipeline.commands.length === 1) {
        status = await this.runCommand(pipeline.commands[0]);
        shell.pipeStatus = [status];
      } else {
        status = await runPipelineProcesses(this, pipeline);
      }
    } finally {
      if (pipeline.negated) shell.errexitSuppressed--;
    }
    if (pipeline.negated) status = status === 0 ? 1 : 0;
    shell.lastStatus = status;
    if (timing) await printTimes(shell, timing, pipeline.timed === 'posix');
    if (status !== 0 && !pipeline.negated) await this.afterFailure(status);
    return status;
  }

  /** ERR trap and `set -e`, unless the failure is part of a test. */
  async afterFailure(status: number): Promise<void> {
    const shell = this.shell;
    if (shell.errexitSuppressed > 0) return;
    const errTrap = shell.traps.get('ERR');
    // Functions inherit the ERR trap only with set -E (errtrace).
    if (errTrap && (shell.functionDepth === 0 || shell.option('errtrace'))) await this.runTrapText(errTrap, status, { atCurrentLine: true });
    if (shell.option('errexit')) throw new ExitShell(status);
  }

  // --- commands --------------------------------------------------------------------------------------

  async runCommand(command: Command): Promise<number> {
    const shell = this.shell;
    await shell.proc.tick(SHELL_STEP_US);
    await this.checkSignals();
    shell.lineno = command.line + shell.lineOffset;
    try {
      switch (command.type) {
        case 'simple':
          return await runSimpleCommand(this, command);
        case 'function':
          shell.functions.set(command.name, command);
          shell.functionFiles.set(command.name, shell.currentFile);
          return 0;
        case 'subshell':
          return await runSubshell(this, command);
        default:
          return await this.withRedirects(command.redirects, () => this.runCompound(command));
      }
    } catch (error) {
      // Arithmetic in places without their own handling (array subscripts, [[ -eq ]]): bash reports
      // it and treats it like a failed expansion.
      if (error instanceof ArithmeticError || error instanceof UnboundVariable) {
        await shell.printError(error.message);
        return this.expansionFailed(error instanceof UnboundVariable ? new ExpansionError(this.expander.fatalStatus(), true) : new ExpansionError(1));
      }
      throw error;
    }
  }

  private runCompound(command: Exclude<Command, { type: 'simple' | 'function' | 'subshell' }>): Promise<number> {
    switch (command.type) {
      case 'group':
        return this.runScript(command.body);
      case 'if':
        return this.runIf(command);
      case 'while':
        return this.runWhile(command);
      case 'for':
        return this.runFor(command);
      case 'arith-for':
        return this.runArithFor(command);
      case 'select':
        return this.runSelect(command);
      case 'case':
        return this.runCase(command);
      case 'arithmetic':
        return this.runArithmeticCommand(command.expression);
      case 'conditional':
        return this.guardExpansion(async () => {
          try {
            return (await evaluateConditional(this, command.expression)) ? 0 : 1;
          } catch (error) {
            if (error instanceof InvalidRegex) return 2;
            // Bad arithmetic in -eq and friends fails the test only.
            if (error instanceof ArithmeticError) {
              await this.shell.printError(`[[: ${error.message}`);
              return 1;
            }
            throw error;
          }
        });
    }
  }

  /** Runs `body` with redirections applied to the shell's own descriptors, then restores them. */
  async withRedirects(redirects: Command['redirects'], body: () => Promise<number>): Promise<number> {
    if (redirects.length === 0) return body();
    let saved;
    try {
      saved = await redirectInPlace(this, redirects);
    } catch (error) {
      if (error instanceof RedirectionFailed) return error.status;
      if (error instanceof ExpansionError) return this.expansionFailed(error);
      throw error;
    }
    try {
      return await body();
    } finally {
      saved.restore();
    }
  }

  /** A test (if/while condition): set -e does not apply inside it. */
  async runCondition(script: Script): Promise<number> {
    this.shell.errexitSuppressed++;
    try {
      return await this.runScript(script);
    } finally {
      this.shell.errexitSuppressed--;
    }
  }

  private async runIf(command: IfCommand): Promise<number> {
    for (const clause of command.clauses) {
      if ((await this.runCondition(clause.condition)) === 0) return this.runScript(clause.body);
    }
    if (command.elseBody) return this.runScript(command.elseBody);
    return 0;
  }

  private async runWhile(command: WhileCommand): Promise<number> {
    let status = 0;
    this.shell.loopDepth++;
    try {
      for (;;) {
        const test = await this.runCondition(command.condition);
        if ((test === 0) === command.until) break;
        const outcome = await this.loopBody(command.body);
        if (outcome === 'break') break;
        status = typeof outcome === 'number' ? outcome : this.shell.lastStatus;
      }
    } finally {
      this.shell.loopDepth--;
    }
    return status;
  }

  /** Runs a loop body; 'break'/'continue' when a break/continue targets this loop. */
  private async loopBody(body: Script): Promise<number | 'break' | 'continue'> {
    try {
      return await this.runScript(body);
    } catch (signal) {
      if (signal instanceof BreakLoop) {
        if (--signal.levels > 0) throw signal;
        return 'break';
      }
      if (signal instanceof ContinueLoop) {
        if (--signal.levels > 0) throw signal;
        return 'continue';
      }
      throw signal;
    }
  }

  private async runFor(command: ForCommand): Promise<number> {
    const items = command.items === undefined ? [...this.shell.positional] : await this.expandOrFail(command.items);
    if (items === undefined) return 1;
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(command.variable)) {
      await this.shell.printError(`\`${command.variable}': not a valid identifier`);
      return 1;
    }
    let status = 0;
    this.shell.loopDepth++;
    try {
      for (const item of items) {
        this.shell.lineno = command.line + this.shell.lineOffset;
        if (this.shell.option('xtrace')) await traceLine(this, `for ${command.variable} in ${items.map(traceQuote).join(' ')}`);
        if (!(await this.trySetVariable(command.variable, item))) return 1;
        const outcome = await this.loopBody(command.body);
        if (outcome === 'break') break;
        status = typeof outcome === 'number' ? outcome : this.shell.lastStatus;
      }
    } finally {
      this.shell.loopDepth--;
    }
    return status;
  }

  private async runArithFor(command: ArithForCommand): Promise<number> {
    let status = 0;
    if ((await this.arithmeticValue(command.init)) === undefined) return 1;
    this.shell.loopDepth++;
    try {
      for (;;) {
        const test = await this.arithmeticValue(command.test);
        if (test === undefined) return 1;
        if (test === 0n) break;
        const outcome = await this.loopBody(command.body);
        if (outcome === 'break') break;
        if (typeof outcome === 'number') status = outcome;
        if ((await this.arithmeticValue(command.update)) === undefined) return 1;
      }
    } finally {
      this.shell.loopDepth--;
    }
    return status;
  }

  private async runSelect(command: SelectCommand): Promise<number> {
    return runSelectLoop(this, command, (body) => this.loopBody(body));
  }

  private async runCase(command: CaseCommand): Promise<number> {
    await traceLine(this, `case ${command.subject.raw} in`);
    const subject = await this.guardExpansion(() => this.expander.word(command.subject));
    if (typeof subject === 'number') return subject;
    let status = 0;
    let fallthrough = false;
    for (let i = 0; i < command.items.length; i++) {
      const item = command.items[i];
      let matched = fallthrough;
      if (!matched) {
        for (const pattern of item.patterns) {
          const text = await this.guardExpansion(() => this.expander.pattern(pattern));
          if (typeof text === 'number') return text;
          if (matchPattern(text, subject, { nocase: this.shell.shopt('nocasematch'), extglob: this.shell.shopt('extglob') })) {
            matched = true;
            break;
          }
        }
      }
      if (!matched) continue;
      status = await this.runScript(item.body);
      if (item.terminator === ';;') return status;
      fallthrough = item.terminator === ';&';
    }
    return status;
  }

  /** ((expr)): 0 when the value is non-zero, 1 when zero or when it fails (after a message). */
  async runArithmeticCommand(expression: Word): Promise<number> {
    const value = await this.arithmeticValue(expression);
    return value !== undefined && value !== 0n ? 0 : 1;
  }

  /**
   * The value of an arithmetic command or a for (( )) clause (an empty clause counts as 1), or
   * undefined after bash's "((: expr: message" error.
   */
  private async arithmeticValue(expression: Word): Promise<bigint | undefined> {
    const text = await this.expander.word(expression).catch((error: unknown) => {
      throw error instanceof ExpansionError ? this.expansionFailed(error) : error;
    });
    if (text.trim() === '') return expression.raw.trim() === '' ? 1n : 0n;
    await traceLine(this, `(( ${text} ))`);
    try {
      return evaluate(this.shell, text);
    } catch (error) {
      if (error instanceof ArithmeticError) {
        await this.shell.printError(`((: ${error.message}`);
        return undefined;
      }
      if (error instanceof UnboundVariable) {
        await this.shell.printError(error.message);
        this.expansionFailed(new ExpansionError(this.expander.fatalStatus(), true));
      }
      throw error;
    }
  }

  // --- expansion helpers -------------------------------------------------------------------------------

  /** Runs an expansion; on failure returns the status (or exits a non-interactive shell). */
  async guardExpansion<T>(step: () => Promise<T>): Promise<T | number> {
    try {
      return await step();
    } catch (error) {
      if (error instanceof ExpansionError) return this.expansionFailed(error);
      throw error;
    }
  }

  async expandOrFail(words: Word[]): Promise<string[] | undefined> {
    const result = await this.guardExpansion(() => this.expander.words(words));
    return typeof result === 'number' ? undefined : result;
  }

  /** An expansion error: fatal in a non-interactive shell (as bash), else the command fails. */
  /**
   * After a failed expansion: a fatal one (or any, in POSIX mode) ends a non-interactive shell;
   * the others abandon the command line being run, with status 1.
   */
  expansionFailed(error: ExpansionError): never {
    if (!this.shell.interactive && (error.fatal || this.shell.option('posix'))) {
      throw new ExitShell(error.fatal ? error.status : this.expander.fatalStatus());
    }
    this.shell.lastStatus = 1;
    throw new ShellAbort(1);
  }

  /** Assigns, printing bash's message on failure. */
  async trySetVariable(name: string, value: string): Promise<boolean> {
    try {
      assignScalar(this.shell, name, value);
      return true;
    } catch (error) {
      if (error instanceof AssignmentError) {
        await this.shell.printError(error.message);
        return false;
      }
      throw error;
    }
  }

  setVariable(name: string, value: string): void {
    assignScalar(this.shell, name, value);
  }

  // --- substitutions (called by the expander) -------------------------------------------------------------

  command(part: CommandSubstitutionPart): Promise<string> {
    return commandSubstitution(this, part.body);
  }

  process(part: ProcessSubstitutionPart): Promise<string> {
    return processSubstitution(this, part);
  }

  // --- functions ---------------------------------------------------------------------------------------

  async callFunction(name: string, args: string[]): Promise<number> {
    const shell = this.shell;
    const definition = shell.functions.get(name)!;
    const limit = Number(shell.getScalar('FUNCNEST') ?? '') || DEFAULT_FUNCNEST;
    if (shell.functionDepth >= limit) {
      await shell.printError(`${name}: maximum function nesting level exceeded (${limit})`);
      throw new ShellAbort(1);
    }
    const savedPositional = shell.positional;
    const savedLine = shell.lineno;
    const savedName = shell.sourceName;
    const file = shell.functionFiles.get(name) ?? shell.currentFile;
    shell.positional = args;
    shell.vars.pushScope();
    shell.frames.push({ functionName: name, source: file, callLine: shell.lineno });
    // Messages from inside a function name the file it was defined in.
    if (!shell.interactive && !shell.interactiveMessages) shell.sourceName = file;
    shell.functionDepth++;
    try {
      return await this.runCommand(definition.body);
    } catch (signal) {
      if (signal instanceof ReturnFromFunction) return signal.status;
      throw signal;
    } finally {
      shell.functionDepth--;
      shell.sourceName = savedName;
      shell.frames.pop();
      shell.vars.popScope();
      shell.positional = savedPositional;
      shell.lineno = savedLine;
    }
  }

  // --- signals and traps ----------------------------------------------------------------------------------

  /** At a safe point: runs traps for caught signals; ^C in an interactive shell abandons the line. */
  async checkSignals(): Promise<void> {
    const proc = this.shell.proc;
    if (proc.caughtSignals.length === 0) return;
    const signals = proc.caughtSignals.splice(0);
    for (const signal of signals) {
      const trap = this.shell.traps.get(signalTrapName(signal));
      if (trap !== undefined) {
        await this.runTrapText(trap, this.shell.lastStatus);
        continue;
      }
      if (signal === SIG.INT && this.shell.interactive) {
        // The terminal echoed ^C; bash ends that line before the next prompt.
        await this.shell.writeStderr('\n');
        throw new Interrupted();
      }
    }
  }

  async runTrapText(text: string, status: number, options: { atCurrentLine?: boolean } = {}): Promise<void> {
    await runTraps(this, text, status, options);
  }
}

const DEFAULT_FUNCNEST = 1000;

export function signalTrapName(signal: number): string {
  const names: Record<number, string> = { 1: 'HUP', 2: 'INT', 3: 'QUIT', 10: 'USR1', 12: 'USR2', 13: 'PIPE', 14: 'ALRM', 15: 'TERM', 17: 'CHLD', 20: 'TSTP', 28: 'WINCH' };
  return names[signal] ?? String(signal);
}
