// Before each prompt an interactive shell reaps finished background jobs and reports them
// ("[1]+  Done                    sleep 5"), as bash does when `set -b` is off.

import type { Interpreter } from './interpreter.ts';
import { Errno } from '../kernel/errors.ts';
import { signalDescription } from '../kernel/signals.ts';
import type { Job } from './jobs.ts';

export async function reportJobChanges(interpreter: Interpreter): Promise<void> {
  const shell = interpreter.shell;
  await reapChangedJobs(interpreter);
  for (const job of shell.jobs.list()) {
    if (!job.changed) continue;
    job.changed = false;
    await shell.writeStderr(`${formatJob(shell.jobs.mark(job), job)}\n`);
    if (job.state === 'done') shell.jobs.remove(job.id);
  }
}

/** Collects the status changes of background jobs (without reporting them). */
export async function reapChangedJobs(interpreter: Interpreter): Promise<void> {
  const shell = interpreter.shell;
  const kernel = shell.kernel;
  for (;;) {
    let result;
    try {
      result = await kernel.waitpid(shell.proc, -1, { noHang: true, untraced: true, continued: true });
    } catch (error) {
      if (error instanceof Errno && (error.code === 'ECHILD' || error.code === 'EINTR')) break;
      throw error;
    }
    if (result === null) break;
    const job = shell.jobs.byPid(result.pid);
    if (!job) continue;
    const member = job.processes.find((p) => p.pid === result.pid)!;
    if (result.status.kind === 'stopped') {
      job.state = 'stopped';
      job.changed = true;
    } else if (result.status.kind === 'continued') {
      job.state = 'running';
    } else {
      member.status = result.status;
      if (job.processes.every((p) => p.status !== null)) {
        job.state = 'done';
        job.changed = true;
      }
    }
  }
}

/** A `jobs`-style line: "[1]+  Done                    sleep 5". */
export function formatJob(mark: string, job: Job): string {
  return `[${job.id}]${mark}  ${jobStateText(job).padEnd(24)}${job.command}${job.state === 'running' && job.background ? ' &' : ''}`;
}

export function jobStateText(job: Job): string {
  if (job.state === 'running') return 'Running';
  if (job.state === 'stopped') return 'Stopped';
  const last = job.processes[job.processes.length - 1].status;
  if (last?.kind === 'exited') return last.code === 0 ? 'Done' : `Exit ${last.code}`;
  if (last?.kind === 'signaled') return signalDescription(last.signal);
  return 'Done';
}
