// Everything that forks: subshells ( … ), pipelines, background jobs, command and process
// substitution, and waiting for foreground jobs with job control (process groups, the terminal's
// foreground group, ^C and ^Z).

import type { Command, Pipeline, ProcessSubstitutionPart, Script, Statement, SubshellCommand } from './ast.ts';
import { Interpreter } from './interpreter.ts';
import { applyRedirects, RedirectionFailed } from './redirection.ts';
import { ExpansionError } from './expand.ts';
import { BreakLoop, ContinueLoop, ExitShell, Interrupted, ReturnFromFunction, ShellAbort } from './control-flow.ts';
import { Pipe, type PipeReadEnd } from '../kernel/pipe.ts';
import type { FdTable } from '../kernel/fd-table.ts';
import type { Process, ChildStatus } from '../kernel/process.ts';
import type { SpawnOptions } from '../kernel/kernel.ts';
import { Errno, rethrowTermination } from '../kernel/errors.ts';
import { InputReader, decodeUtf8 } from '../io/input-reader.ts';
import { openPath } from '../kernel/open.ts';
import { SIG, signalDescription, signalName } from '../kernel/signals.ts';
import { FORK_US } from '../kernel/cost-model.ts';
import { runExitTrap } from './traps.ts';
import { describeAndOr, describeCommand } from './describe.ts';
import type { Job, JobProcess } from './jobs.ts';
import type { FileDescription } from '../kernel/file-description.ts';
import { formatJob } from './job-notify.ts';

/** fork(): a child process, or bash's "fork: Resource temporarily unavailable" when none can be made. */
export function fork(interpreter: Interpreter, options: SpawnOptions): Process {
  try {
    return interpreter.shell.kernel.spawn(options);
  } catch (error) {
    if (error instanceof Errno && error.code === 'EAGAIN') {
      options.fds?.closeAll();
      interpreter.shell.kernel.writeToStderr(interpreter.shell.proc, `${interpreter.shell.sourceName}: fork: ${error.message}\n`);
      throw new ShellAbort(254);
    }
    throw error;
  }
}

/** Spawns a child process running `body` in a copy of this shell. */
export function spawnSubshell(
  interpreter: Interpreter,
  body: (child: Interpreter) => Promise<number>,
  options: { fds?: FdTable; pgid?: number; execLast?: boolean } = {},
): Process {
  const shell = interpreter.shell;
  return fork(interpreter, {
    parent: shell.proc,
    argv: [...shell.proc.argv],
    fds: options.fds,
    pgid: options.pgid,
    main: async (proc) => {
      proc.chargeCpu(FORK_US);
      const child = new Interpreter(shell.fork(proc));
      child.shell.execLast = options.execLast ?? false;
      return runToCompletion(child, () => body(child));
    },
  });
}

/** Runs a shell's work to the end: control-flow exceptions become the exit status; EXIT trap runs. */
export async function runToCompletion(interpreter: Interpreter, body: () => Promise<number>): Promise<number> {
  let status: number;
  try {
    status = await body();
  } catch (error) {
    status = statusOfControl(interpreter, error);
  }
  return runExitTrap(interpreter, status);
}

export function statusOfControl(interpreter: Interpreter, error: unknown): number {
  if (error instanceof ExitShell && error.replaced) interpreter.shell.traps.delete('EXIT');
  if (error instanceof ExitShell || error instanceof ShellAbort || error instanceof ExpansionError) return error.status;
  if (error instanceof ReturnFromFunction) return error.status;
  if (error instanceof BreakLoop || error instanceof ContinueLoop) return interpreter.shell.lastStatus;
  if (error instanceof Interrupted) return 130;
  throw error;
}

function jobControl(interpreter: Interpreter): boolean {
  return interpreter.shell.interactive && interpreter.shell.option('monitor');
}

/** A script with exactly one simple command: its child may exec it in place (no extra process). */
export function isSingleSimpleCommand(script: Script): boolean {
  if (script.statements.length !== 1) return false;
  const statement = script.statements[0];
  return !statement.background && statement.andOr.rest.length === 0 && isSimplePipeline(statement.andOr.first);
}

/** One simple command or ( … ) subshell: a forked child may become it without forking again. */
function isSimplePipeline(pipeline: Pipeline): boolean {
  if (pipeline.commands.length !== 1 || pipeline.negated || pipeline.timed) return false;
  const type = pipeline.commands[0].type;
  return type === 'simple' || type === 'subshell';
}

export async function runSubshell(interpreter: Interpreter, command: SubshellCommand): Promise<number> {
  const shell = interpreter.shell;
  if (shell.execLast) {
    // This process was forked to become this very command (`(exit 3) &`): bash runs the subshell's
    // body here rather than forking once more.
    shell.execLast = false;
    return interpreter.withRedirects(command.redirects, () => {
      shell.execLast = isSingleSimpleCommand(command.body);
      return interpreter.runScript(command.body);
    });
  }
  const proc = shell.proc;
  const fds = proc.fds.fork();
  try {
    await applyRedirects(interpreter, command.redirects, fds);
  } catch (error) {
    fds.closeAll();
    if (error instanceof RedirectionFailed) return error.status;
    if (error instanceof ExpansionError) return interpreter.expansionFailed(error);
    throw error;
  }
  const child = spawnSubshell(interpreter, (c) => c.runScript(command.body), {
    fds,
    pgid: jobControl(interpreter) ? 0 : proc.pgid,
    execLast: isSingleSimpleCommand(command.body),
  });
  return waitForeground(interpreter, [child], describeCommand(command));
}

export async function runPipelineProcesses(interpreter: Interpreter, pipeline: Pipeline): Promise<number> {
  const shell = interpreter.shell;
  const commands = pipeline.commands;
  // shopt -s lastpipe without job control: the last command runs in this shell (`… | read v` keeps v).
  const lastHere = shell.shopt('lastpipe') && !jobControl(interpreter);
  const { children, lastRead } = spawnPipeline(interpreter, pipeline, lastHere ? commands.length - 1 : commands.length);
  const text = commands.map(describeCommand).join(' | ');
  if (!lastHere || lastRead === null) return waitForeground(interpreter, children, text);
  return runLastCommandHere(interpreter, commands[commands.length - 1], lastRead, children, text);
}

/**
 * Starts the first `count` commands of a pipeline, each in its own process joined by pipes, in
 * one process group (a new one under job control). `lastRead` is the pipe left for the rest.
 */
function spawnPipeline(interpreter: Interpreter, pipeline: Pipeline, count: number, firstStdin?: FileDescription): { children: Process[]; lastRead: PipeReadEnd | null } {
  const proc = interpreter.shell.proc;
  const commands = pipeline.commands;
  let pgid = jobControl(interpreter) ? 0 : proc.pgid;
  const children: Process[] = [];
  let previousRead: PipeReadEnd | null = null;
  for (let i = 0; i < count; i++) {
    const fds = proc.fds.fork();
    if (i === 0 && firstStdin) fds.set(0, firstStdin);
    if (previousRead) {
      fds.set(0, previousRead);
      previousRead.release();
      previousRead = null;
    }
    if (i < commands.length - 1) {
      const [read, write] = Pipe.create();
      fds.set(1, write);
      if (pipeline.stderrToo[i]) fds.set(2, write);
      write.release();
      previousRead = read;
    }
    const command: Command = commands[i];
    const child = spawnSubshell(interpreter, (c) => c.runCommand(command), { fds, pgid, execLast: command.type === 'simple' || command.type === 'subshell' });
    if (pgid === 0) pgid = child.pid;
    children.push(child);
  }
  return { children, lastRead: previousRead };
}

/** lastpipe: the final command reads the pipe as this shell's stdin, then the others are waited for. */
async function runLastCommandHere(interpreter: Interpreter, command: Command, input: PipeReadEnd, children: Process[], text: string): Promise<number> {
  const fds = interpreter.shell.proc.fds;
  const savedStdin = fds.find(0);
  savedStdin?.retain();
  fds.set(0, input);
  input.release();
  let status: number;
  try {
    status = await interpreter.runCommand(command);
  } finally {
    if (savedStdin) fds.setAdopted(0, savedStdin);
    else fds.close(0);
  }
  await waitForeground(interpreter, children, text);
  const codes = [...interpreter.shell.pipeStatus, status];
  interpreter.shell.pipeStatus = codes;
  if (interpreter.shell.option('pipefail')) return [...codes].reverse().find((code) => code !== 0) ?? 0;
  return status;
}

/** Waits for a new foreground job; sets PIPESTATUS; handles ^Z (the job is kept, stopped) and ^C. */
export async function waitForeground(interpreter: Interpreter, children: Process[], text: string): Promise<number> {
  const job: Job = {
    id: 0,
    pgid: children[0].pgid,
    command: text,
    processes: children.map((c) => ({ pid: c.pid, status: null })),
    state: 'running',
    changed: false,
    background: false,
  };
  return waitForJob(interpreter, job);
}

/** Waits for a job in the foreground (a new one, or one `fg` brought back). */
export async function waitForJob(interpreter: Interpreter, job: Job): Promise<number> {
  const shell = interpreter.shell;
  const kernel = shell.kernel;
  const controlling = jobControl(interpreter) && kernel.tty.sessionId === shell.proc.sid;
  if (controlling) kernel.tty.foregroundPgid = job.pgid;
  try {
    for (const member of job.processes) {
      while (member.status === null) {
        let result;
        try {
          result = await kernel.waitpid(shell.proc, member.pid, { untraced: controlling });
        } catch (error) {
          if (error instanceof Errno && error.code === 'EINTR') {
            await interpreter.checkSignals();
            continue;
          }
          if (error instanceof Errno && error.code === 'ECHILD') {
            member.status = { kind: 'exited', code: 127 };
            break;
          }
          throw error;
        }
        if (result === null) continue;
        if (result.status.kind === 'stopped') {
          job.state = 'stopped';
          job.background = false;
          if (job.id === 0) Object.assign(job, shell.jobs.add({ ...job, changed: false } as Job));
          const known = shell.jobs.jobs.get(job.id) ?? job;
          known.state = 'stopped';
          shell.jobs.touch(known.id);
          await shell.writeStderr(`\n${formatJob(shell.jobs.mark(known), known)}\n`);
          shell.pipeStatus = [128 + result.status.signal];
          return 128 + result.status.signal;
        }
        member.status = result.status;
      }
    }
  } finally {
    if (controlling) kernel.tty.foregroundPgid = shell.proc.pgid;
  }
  if (job.id !== 0) shell.jobs.remove(job.id);
  const statuses = job.processes.map((p) => p.status!);
  const codes = statuses.map(statusCode);
  shell.pipeStatus = codes;
  const last = statuses[statuses.length - 1];
  if (last.kind === 'signaled') await reportSignal(interpreter, job, last.signal);
  if (controlling && statuses.some((s) => s.kind === 'signaled' && s.signal === SIG.INT)) throw new Interrupted();
  if (shell.option('pipefail')) {
    for (let i = codes.length - 1; i >= 0; i--) if (codes[i] !== 0) return codes[i];
    return 0;
  }
  return codes[codes.length - 1];
}

export function statusCode(status: ChildStatus): number {
  switch (status.kind) {
    case 'exited':
      return status.code;
    case 'signaled':
    case 'stopped':
      return 128 + status.signal;
    default:
      return 0;
  }
}

/**
 * A foreground job killed by a signal, reported as Debian's bash does (built without reporting
 * SIGPIPE or, in its long form, SIGTERM): nothing for INT (a newline when interactive) and PIPE;
 * "Terminated"; otherwise, outside interactive shells, "script: line 3:  1234 Killed   cmd".
 */
async function reportSignal(interpreter: Interpreter, job: Job, signal: number): Promise<void> {
  const shell = interpreter.shell;
  if (signal === SIG.PIPE) return;
  if (signal === SIG.INT) {
    if (shell.interactive) await shell.writeStderr('\n');
    return;
  }
  const description = signalDescription(signal);
  const trapped = shell.traps.has(signalName(signal) ?? '');
  if (!shell.interactive && signal !== SIG.TERM && !trapped) {
    const pid = job.processes[job.processes.length - 1].pid;
    await shell.writeStderr(`${shell.sourceName}: line ${shell.lineno || 1}: ${String(pid).padStart(5)} ${description.padEnd(24)}${job.command}\n`);
    return;
  }
  await shell.writeStderr(`${description}\n`);
}

export async function runBackground(interpreter: Interpreter, statement: Statement): Promise<number> {
  const shell = interpreter.shell;
  const proc = shell.proc;
  const fds = proc.fds.fork();
  if (!jobControl(interpreter)) {
    // Without job control, a background job reads /dev/null, as bash arranges.
    try {
      fds.setAdopted(0, await openPath(shell.kernel, proc, '/dev/null', { read: true }));
    } catch (error) {
      // leave stdin as it is
      rethrowTermination(error);
    }
  }
  const andOr = statement.andOr;
  const pipeline = andOr.first;
  let processes: JobProcess[];
  let pgid: number;
  if (andOr.rest.length === 0 && !pipeline.negated && !pipeline.timed && pipeline.commands.length > 1) {
    // A background pipeline's commands are the shell's own children, as in bash: $! and the
    // "[1] pid" notice name the last one, `jobs -l` lists each.
    const { children } = spawnPipeline(interpreter, pipeline, pipeline.commands.length, fds.find(0));
    fds.closeAll();
    processes = children.map((child, i) => ({ pid: child.pid, status: null, command: describeCommand(pipeline.commands[i]) }));
    pgid = children[0].pgid;
  } else {
    const single = andOr.rest.length === 0 && isSimplePipeline(pipeline);
    const child = spawnSubshell(interpreter, (c) => c.runAndOr(andOr), { fds, pgid: jobControl(interpreter) ? 0 : proc.pgid, execLast: single });
    processes = [{ pid: child.pid, status: null }];
    pgid = child.pgid;
  }
  const lastPid = processes[processes.length - 1].pid;
  shell.lastBackgroundPid = lastPid;
  // Scripts have jobs too (wait %1 works); only an interactive shell announces them.
  const job = shell.jobs.add({ pgid, command: describeAndOr(andOr), processes, state: 'running', background: true });
  if (shell.interactive) await shell.writeStderr(`[${job.id}] ${lastPid}\n`);
  return 0;
}

export async function commandSubstitution(interpreter: Interpreter, body: Script): Promise<string> {
  const shell = interpreter.shell;
  const proc = shell.proc;
  const fileShortcut = readsWholeFile(body);
  if (fileShortcut) {
    // $(< file) reads the file in the shell itself.
    try {
      const path = await interpreter.expander.word(fileShortcut);
      const description = await openPath(shell.kernel, proc, path, { read: true });
      const bytes = await new InputReader(proc, description).readAll();
      description.release();
      shell.lastSubstitutionStatus = 0;
      return decodeUtf8(bytes);
    } catch (error) {
      if (!(error instanceof Errno)) throw error;
      await shell.printError(`${await interpreter.expander.word(fileShortcut)}: ${error.message}`);
      shell.lastSubstitutionStatus = 1;
      return '';
    }
  }
  const [read, write] = Pipe.create();
  const fds = proc.fds.fork();
  fds.set(1, write);
  write.release();
  const child = spawnSubshell(
    interpreter,
    (c) => {
      c.shell.traceLevel++;
      // bash leaves set -e behind in $( ) unless inherit_errexit (or POSIX mode) says otherwise.
      if (!c.shell.shopt('inherit_errexit') && !c.shell.option('posix')) c.shell.options.delete('errexit');
      return c.runScript(body);
    },
    { fds, pgid: proc.pgid, execLast: isSingleSimpleCommand(body) },
  );
  const output = await new InputReader(proc, read).readAll();
  read.release();
  let status = 0;
  for (;;) {
    try {
      const result = await shell.kernel.waitpid(proc, child.pid);
      if (result) status = statusCode(result.status);
      break;
    } catch (error) {
      if (error instanceof Errno && error.code === 'EINTR') {
        await interpreter.checkSignals();
        continue;
      }
      throw error;
    }
  }
  shell.lastSubstitutionStatus = status;
  let text = decodeUtf8(output);
  if (text.includes('\0')) {
    await shell.printError('warning: command substitution: ignored null byte in input');
    text = text.replace(/\0/g, '');
  }
  return text;
}

function readsWholeFile(body: Script): import('./ast.ts').Word | undefined {
  if (!isSingleSimpleCommand(body)) return undefined;
  const command = body.statements[0].andOr.first.commands[0];
  if (command.type !== 'simple' || command.words.length > 0 || command.assignments.length > 0) return undefined;
  if (command.redirects.length !== 1 || command.redirects[0].op !== '<' || command.redirects[0].fd !== undefined) return undefined;
  return command.redirects[0].target;
}

export async function processSubstitution(interpreter: Interpreter, part: ProcessSubstitutionPart): Promise<string> {
  const shell = interpreter.shell;
  const proc = shell.proc;
  const [read, write] = Pipe.create();
  const fds = proc.fds.fork();
  const childEnd = part.direction === '<' ? write : read;
  const ourEnd = part.direction === '<' ? read : write;
  fds.set(part.direction === '<' ? 1 : 0, childEnd);
  childEnd.release();
  spawnSubshell(interpreter, (c) => c.runScript(part.body), { fds, pgid: proc.pgid, execLast: isSingleSimpleCommand(part.body) });
  let fd = 63;
  while (proc.fds.has(fd) && fd > 10) fd--;
  proc.fds.set(fd, ourEnd);
  ourEnd.release();
  shell.processSubstitutionFds.push(fd);
  return `/dev/fd/${fd}`;
}
