// A simple command: expand its words, perform its assignments, trace it (set -x), then run it as a
// function, a builtin, or a program found on PATH, with its redirections.

import { describeCommand } from './describe.ts';
import type { ArrayLiteral, Assignment, SimpleCommand, Word } from './ast.ts';
import { assignmentValue } from './assignment-values.ts';
import type { Interpreter } from './interpreter.ts';
import { ExpansionError } from './expand.ts';
import { AssignmentError, assignArray, assignScalar, evaluate } from './assign.ts';
import { IndexedArray } from './variables.ts';
import { builtins } from './builtins/index.ts';
import { shellBuiltin } from './lookup.ts';
import { BuiltinContext, invokeBuiltin } from './builtins/builtin.ts';
import { runExternal } from './external.ts';
import { traceCommand, traceAssignment } from './trace.ts';
import { ExitShell, ShellAbort } from './control-flow.ts';
import { rethrowTermination } from '../kernel/errors.ts';
import { RedirectionFailed, redirectInPlace } from './redirection.ts';

/** `declare a=(…)`-style arguments: their unexpanded array literals, by position in the command words. */
export type ArrayArguments = Map<number, { name: string; literal: ArrayLiteral; append: boolean }>;

export async function runSimpleCommand(interpreter: Interpreter, command: SimpleCommand): Promise<number> {
  const shell = interpreter.shell;
  const substitutionFds = shell.processSubstitutionFds.length;
  try {
    return await runExpanded(interpreter, command);
  } finally {
    // <(…) and >(…) descriptors live exactly as long as the command that used them.
    for (const fd of shell.processSubstitutionFds.splice(substitutionFds)) shell.proc.fds.close(fd);
  }
}

async function runExpanded(interpreter: Interpreter, command: SimpleCommand): Promise<number> {
  const shell = interpreter.shell;
  // Only the very command a subshell was forked for may replace its process; not one nested deeper.
  const execInPlace = shell.execLast;
  shell.execLast = false;
  shell.lastSubstitutionStatus = undefined;
  let words: string[];
  const arrayArguments: ArrayArguments = new Map();
  try {
    words = await expandArguments(interpreter, command.words, arrayArguments);
  } catch (error) {
    if (error instanceof ExpansionError) return interpreter.expansionFailed(error);
    throw error;
  }
  try {
    return await runWords(interpreter, command, words, arrayArguments, execInPlace);
  } finally {
    // $_: the last argument of the command just run (empty after a bare assignment).
    const underscore = shell.vars.forAssignment('_');
    if (!underscore.readonly) underscore.value = words.length > 0 ? words[words.length - 1] : '';
  }
}

async function runWords(interpreter: Interpreter, command: SimpleCommand, words: string[], arrayArguments: ArrayArguments, execInPlace: boolean): Promise<number> {
  const shell = interpreter.shell;
  if (words.length === 0) {
    const status = await performAssignments(interpreter, command.assignments, 'global');
    if (status !== 0) return status;
    const substitution = shell.lastSubstitutionStatus ?? 0;
    if (command.redirects.length > 0) return interpreter.withRedirects(command.redirects, async () => substitution);
    return substitution;
  }

  const name = words[0];
  const isFunction = shell.functions.has(name);
  const builtin = shellBuiltin(shell, name);
  if (builtin && builtin.special && shell.posix) return runBuiltin(interpreter, command, words, arrayArguments, 'global');
  if (isFunction) {
    return withTemporaryAssignments(interpreter, command.assignments, words, async () => {
      await traceIfOn(interpreter, words);
      return interpreter.withRedirects(command.redirects, () => interpreter.callFunction(name, words.slice(1)));
    });
  }
  if (builtin) return runBuiltin(interpreter, command, words, arrayArguments, builtin.special ? 'global' : 'temporary');
  const env = shell.exportedEnvironment();
  for (const assignment of command.assignments) {
    const value = await valueOf(interpreter, assignment);
    if (value === undefined) return 1;
    if (shell.vars.lookup(assignment.name)?.readonly) {
      await shell.printError(`${assignment.name}: readonly variable`);
      continue;
    }
    if (typeof value === 'string') env.set(assignment.name, value);
  }
  await traceAssignmentsAndCommand(interpreter, command.assignments, words);
  shell.execLast = execInPlace;
  const commandPath = command.assignments.some((a) => a.name === 'PATH') ? env.get('PATH') : undefined;
  return runExternal(interpreter, words, env, command.redirects, { commandPath, text: describeCommand(command) });
}

async function runBuiltin(
  interpreter: Interpreter,
  command: SimpleCommand,
  words: string[],
  arrayArguments: ArrayArguments,
  scope: 'global' | 'temporary',
): Promise<number> {
  const builtin = builtins.get(words[0])!;
  const run = async (): Promise<number> => {
    await traceIfOn(interpreter, words);
    if (words[0] === 'exec' && words.length === 1) return applyForGood(interpreter, command);
    return interpreter.withRedirects(command.redirects, async () => {
      const ctx = new BuiltinContext(interpreter, words[0], words.slice(1));
      for (const [index, value] of arrayArguments) ctx.arrayLiterals.set(index, value);
      try {
        return await invokeBuiltin(builtin, ctx);
      } finally {
        try {
          await ctx.flush();
        } catch (error) {
          rethrowTermination(error);
        }
      }
    });
  };
  if (scope === 'global') {
    const status = await performAssignments(interpreter, command.assignments, 'global');
    if (status !== 0) return status;
    return run();
  }
  return withTemporaryAssignments(interpreter, command.assignments, words, run);
}

async function traceIfOn(interpreter: Interpreter, words: string[]): Promise<void> {
  if (interpreter.shell.option('xtrace')) await traceCommand(interpreter, words);
}

async function traceAssignmentsAndCommand(interpreter: Interpreter, assignments: Assignment[], words: string[]): Promise<void> {
  if (!interpreter.shell.option('xtrace')) return;
  await traceCommand(interpreter, words);
  void assignments;
}

/** `VAR=x cmd` for a function or regular builtin: visible (and exported) only while it runs. */
async function withTemporaryAssignments(
  interpreter: Interpreter,
  assignments: Assignment[],
  _words: string[],
  body: () => Promise<number>,
): Promise<number> {
  if (assignments.length === 0) return body();
  const shell = interpreter.shell;
  const values: [Assignment, string | IndexedArray | Map<string, string>][] = [];
  for (const assignment of assignments) {
    const value = await valueOf(interpreter, assignment);
    if (value === undefined) return 1;
    values.push([assignment, value]);
  }
  for (const [assignment] of values) {
    // A readonly variable cannot be shadowed even for one command; the command still runs.
    if (shell.vars.lookup(assignment.name)?.readonly) await shell.printError(`${assignment.name}: readonly variable`);
  }
  shell.vars.pushScope();
  try {
    for (const [assignment, value] of values) {
      if (shell.vars.lookup(assignment.name)?.readonly) continue;
      const variable = shell.vars.declareLocal(assignment.name);
      variable.exported = true;
      if (typeof value === 'string') variable.value = value;
    }
    return await body();
  } finally {
    shell.vars.popScope();
  }
}

/** Assignments standing alone (`a=1 b=2`) or before a special builtin: they stay. */
export async function performAssignments(interpreter: Interpreter, assignments: Assignment[], _scope: 'global'): Promise<number> {
  for (const assignment of assignments) {
    const value = await valueOf(interpreter, assignment);
    if (value === undefined) return 1;
    if (interpreter.shell.option('xtrace')) await traceAssignment(interpreter, assignment, value);
    try {
      if (typeof value === 'string') {
        const index = assignment.index ? await subscriptOf(interpreter, assignment.name, assignment.index) : undefined;
        assignScalar(interpreter.shell, assignment.name, value, { index, append: assignment.append });
      } else {
        assignArray(interpreter.shell, assignment.name, value, assignment.append);
      }
    } catch (error) {
      if (error instanceof AssignmentError) {
        await interpreter.shell.printError(error.message);
        // An assignment statement that fails (readonly variable) abandons the command line, and
        // ends a shell in POSIX mode.
        if (!interpreter.shell.interactive && interpreter.shell.option('posix')) throw new ExitShell(1);
        interpreter.shell.lastStatus = 1;
        throw new ShellAbort(1);
      }
      throw error;
    }
  }
  return 0;
}

async function subscriptOf(interpreter: Interpreter, name: string, index: Word): Promise<string | number> {
  const text = await interpreter.expander.word(index);
  const variable = interpreter.shell.vars.lookup(name);
  if (variable?.value instanceof Map) return text;
  return Number(evaluate(interpreter.shell, text));
}

/** The value an assignment stores; undefined when expansion failed (the message is printed). */
export async function valueOf(interpreter: Interpreter, assignment: Assignment): Promise<string | IndexedArray | Map<string, string> | undefined> {
  try {
    return await assignmentValue(interpreter, assignment);
  } catch (error) {
    if (error instanceof ExpansionError) {
      interpreter.expansionFailed(error);
      return undefined;
    }
    throw error;
  }
}

/** Expands command words; `name=value` arguments of declaration builtins are expanded as assignments. */
async function expandArguments(interpreter: Interpreter, words: Word[], arrays: ArrayArguments): Promise<string[]> {
  if (!words.some((w) => w.assignment)) return interpreter.expander.words(words);
  const out: string[] = [];
  for (const word of words) {
    const assignment = word.assignment;
    if (!assignment) {
      out.push(...(await interpreter.expander.words([word])));
      continue;
    }
    const head = `${assignment.name}${assignment.index ? `[${await interpreter.expander.word(assignment.index)}]` : ''}${assignment.append ? '+' : ''}=`;
    const value = assignment.value;
    if ('type' in value && value.type === 'array') {
      // The builtin expands it, once it knows whether the array is associative (declare -A).
      arrays.set(out.length, { name: assignment.name, literal: value, append: assignment.append });
      out.push(head);
    } else out.push(head + (await interpreter.expander.word(value as Word, { tildeAfterColons: true })));
  }
  return out;
}

/** `exec` without a command: its redirections stay in effect for the rest of the shell. */
async function applyForGood(interpreter: Interpreter, command: SimpleCommand): Promise<number> {
  try {
    await redirectInPlace(interpreter, command.redirects);
    return 0;
  } catch (error) {
    if (error instanceof RedirectionFailed) {
      if (!interpreter.shell.interactive) throw new ExitShell(1);
      return error.status;
    }
    throw error;
  }
}
