import type { Builtin, BuiltinContext } from './builtin.ts';
import { resolveJobSpec } from '../job-spec.ts';
import { formatJob, jobStateText, reapChangedJobs } from '../job-notify.ts';
import { SIG } from '../../kernel/signals.ts';
import { waitForJob } from '../processes.ts';
import type { Job } from '../jobs.ts';

const JOBS_SYNOPSIS = 'jobs [-lnprs] [jobspec ...] or jobs -x command [args]';

export const jobs: Builtin = {
  name: 'jobs',
  synopsis: JOBS_SYNOPSIS,
  async run(ctx) {
    const shell = ctx.shell;
    let long = false;
    let pidsOnly = false;
    let runningOnly = false;
    let stoppedOnly = false;
    let i = 0;
    for (; i < ctx.args.length && /^-[lnprs]+$/.test(ctx.args[i]); i++) {
      const flags = ctx.args[i];
      long ||= flags.includes('l');
      pidsOnly ||= flags.includes('p');
      runningOnly ||= flags.includes('r');
      stoppedOnly ||= flags.includes('s');
    }
    if (ctx.args[i]?.startsWith('-') && ctx.args[i] !== '-') return ctx.invalidOption(ctx.args[i].slice(0, 2), JOBS_SYNOPSIS);
    await reapChangedJobs(ctx.interpreter);
    let selected = shell.jobs.list();
    if (i < ctx.args.length) {
      selected = [];
      for (const spec of ctx.args.slice(i)) {
        const job = resolveJobSpec(shell, spec);
        if (typeof job === 'string') {
          await ctx.error(job);
          return 1;
        }
        selected.push(job);
      }
    }
    let out = '';
    for (const job of selected) {
      if (runningOnly && job.state !== 'running') continue;
      if (stoppedOnly && job.state !== 'stopped') continue;
      if (pidsOnly) {
        out += `${job.processes[0].pid}\n`;
        continue;
      }
      const mark = shell.jobs.mark(job);
      out += long ? longListing(job, mark) : `${formatJob(mark, job)}\n`;
      // A finished job is reported once, here, then forgotten.
      if (job.state === 'done') {
        job.changed = false;
        shell.jobs.remove(job.id);
      }
    }
    await ctx.stdout.write(out);
    return 0;
  },
};

async function findJob(ctx: BuiltinContext): Promise<Job | undefined> {
  const spec = ctx.args[0];
  const job = spec === undefined ? (ctx.shell.jobs.current ?? 'current: no such job') : resolveJobSpec(ctx.shell, spec);
  if (typeof job === 'string') {
    await ctx.error(job);
    return undefined;
  }
  if (job.state === 'done') {
    await ctx.error(`job ${job.id} has terminated`);
    return undefined;
  }
  return job;
}

export const fg: Builtin = {
  name: 'fg',
  synopsis: 'fg [job_spec]',
  async run(ctx) {
    if (!ctx.shell.option('monitor')) {
      await ctx.error('no job control');
      return 1;
    }
    const job = await findJob(ctx);
    if (!job) return 1;
    await ctx.stdout.write(`${job.command}\n`);
    await ctx.flush();
    job.background = false;
    job.state = 'running';
    ctx.shell.jobs.touch(job.id);
    try {
      ctx.shell.kernel.kill(ctx.proc, -job.pgid, SIG.CONT);
    } catch {
      // the group may already be gone; waiting reports how it ended
    }
    return waitForJob(ctx.interpreter, job);
  },
};

export const bg: Builtin = {
  name: 'bg',
  synopsis: 'bg [job_spec ...]',
  async run(ctx) {
    if (!ctx.shell.option('monitor')) {
      await ctx.error('no job control');
      return 1;
    }
    const job = await findJob(ctx);
    if (!job) return 1;
    if (job.state === 'running') {
      await ctx.error(`job ${job.id} already in background`);
      return 0;
    }
    job.state = 'running';
    job.background = true;
    await ctx.stdout.write(`[${job.id}]${ctx.shell.jobs.mark(job)} ${job.command} &\n`);
    ctx.shell.kernel.kill(ctx.proc, -job.pgid, SIG.CONT);
    return 0;
  },
};

export const disown: Builtin = {
  name: 'disown',
  synopsis: 'disown [-h] [-ar] [jobspec ... | pid ...]',
  async run(ctx) {
    const shell = ctx.shell;
    const args = ctx.args.filter((a) => !/^-[ahr]+$/.test(a));
    if (ctx.args.some((a) => a.includes('a')) && args.length === 0) {
      for (const job of shell.jobs.list()) shell.jobs.remove(job.id);
      return 0;
    }
    const specs = args.length > 0 ? args : ['%+'];
    let status = 0;
    for (const spec of specs) {
      const job = /^\d+$/.test(spec) ? shell.jobs.byPid(Number(spec)) : resolveJobSpec(shell, spec);
      if (job === undefined || typeof job === 'string') {
        await ctx.error(typeof job === 'string' ? job : `${spec}: no such job`);
        status = 1;
        continue;
      }
      shell.jobs.remove(job.id);
    }
    return status;
  },
};

/** `jobs -l`: each process with its pid, the first with the job's state ("[1]+  8851 Running  sleep 100"). */
function longListing(job: Job, mark: string): string {
  const running = job.state === 'running' ? ' &' : '';
  const pid = (n: number): string => String(n).padStart(5);
  if (job.processes.length === 1 || job.processes[0].command === undefined) {
    return `[${job.id}]${mark} ${pid(job.processes[0].pid)} ${jobStateText(job).padEnd(24)}${job.command}${running}\n`;
  }
  return job.processes
    .map((p, i) => {
      const last = i === job.processes.length - 1 ? running : '';
      if (i === 0) return `[${job.id}]${mark} ${pid(p.pid)} ${jobStateText(job).padEnd(24)}${p.command}${last}\n`;
      return `     ${pid(p.pid)}                       | ${p.command}${last}\n`;
    })
    .join('');
}
