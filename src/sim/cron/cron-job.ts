// Running one cron job, as Debian's cron's child_process does: `$SHELL -c command` as the user, in
// their home, in a new session, stdin from the text after %, stdout and stderr collected and mailed
// when the job ends. Loaded with the engine (engine.ts), the first time a crontab is installed.

import type { System } from '../system.ts';
import type { Credentials, Process } from '../kernel/process.ts';
import { FdTable } from '../kernel/fd-table.ts';
import { Errno } from '../kernel/errors.ts';
import { execve } from '../exec.ts';
import type { CronRunOutput, CronRunView } from './view.ts';
import { CronJobInput, CronJobOutput, splitCommand } from './job-io.ts';
import type { CronLog } from './system-files.ts';
import { deliverLocally, mailDates } from '../mail/local-delivery.ts';

/** A job's collected output beyond this is cut (cron's temporary file has no bound; memory does). */
const OUTPUT_LIMIT = 4 * 1024 * 1024;
/** How much of a mailed output the panel gets (the mailbox holds it all). */
const MAIL_PREVIEW_BYTES = 16 * 1024;

export interface CronDaemonParts {
  system: System;
  /** The cron daemon's process: the jobs' parent. */
  daemon: Process;
  log: CronLog;
}

export interface CronJob {
  /** The entry's id ("student:3"). */
  id: string;
  user: { name: string; home: string; cred: Credentials };
  /** The entry's command as written (% and \\ still in it). */
  command: string;
  environment: [string, string][];
}

/** Starts the job; `started` gets its run record, which is filled in when it ends (then `ended`). */
export function startCronJob(cron: CronDaemonParts, job: CronJob, started: (run: CronRunView) => void, ended: () => void): void {
  const { system, daemon, log } = cron;
  const kernel = system.kernel;
  const { command, input } = splitCommand(job.command);
  const env = new Map(job.environment);
  const shell = env.get('SHELL') ?? '/bin/sh';
  const output = new CronJobOutput(OUTPUT_LIMIT);
  const fds = new FdTable();
  fds.add(new CronJobInput(new TextEncoder().encode(input)), 0);
  fds.add(output, 1);
  fds.add(output, 2);
  const argv = [shell, '-c', command];
  let proc: Process;
  try {
    proc = kernel.spawn({
      parent: daemon,
      argv,
      fds,
      cwd: homeOf(system, job.user, env.get('HOME')),
      env,
      cred: { ...job.user.cred, groups: [...job.user.cred.groups] },
      newSession: true,
      main: (p) => runShell(system, p, shell, argv),
    });
  } catch (error) {
    if (!(error instanceof Errno)) throw error;
    fds.closeAll();
    log.write('CRON', daemon.pid, 'CRON', 'error', "can't fork");
    return;
  }
  log.write('CRON', proc.pid, job.user.name, 'CMD', command);
  const run: CronRunView = { entryId: job.id, pid: proc.pid, startUs: kernel.clock.nowUs, output: { kind: 'none' } };
  started(run);
  kernel.watchExit(proc, () => {
    const status = proc.exitStatus;
    run.endUs = kernel.clock.nowUs;
    run.status = status?.kind === 'exited' ? status.code : status?.kind === 'signaled' ? 128 + status.signal : 1;
    // cron waits for its grandchild; reap it now so the process table does not fill with zombies.
    void kernel.waitpid(daemon, proc.pid, { noHang: true }).catch(() => undefined);
    run.output = deliverOutput(cron, job, env, command, output);
    ended();
  });
}

function homeOf(system: System, user: CronJob['user'], home: string | undefined): string {
  // chdir(HOME) failing leaves the job where cron is, in /.
  try {
    system.kernel.fs.lookupDir(user.cred, '/', home ?? user.home);
    return home ?? user.home;
  } catch {
    return '/';
  }
}

/** Mails what the job printed (as cron does), or says where its output went. */
function deliverOutput(cron: CronDaemonParts, job: CronJob, env: Map<string, string>, command: string, output: CronJobOutput): CronRunOutput {
  if (output.size === 0) return redirectTarget(command, job.user.home);
  const logname = env.get('LOGNAME') ?? job.user.name;
  const mailto = env.get('MAILTO');
  if (mailto === '') return { kind: 'none' };
  const recipient = mailto ?? logname;
  const local = cron.system.userByName(recipient.replace(/@(playground|localhost)$/, ''));
  if (!local) {
    cron.log.write('CRON', cron.daemon.pid, 'CRON', 'info', `mail to ${recipient} not sent: the playground has no outside network`);
    return { kind: 'none' };
  }
  const mailfrom = env.get('MAILFROM');
  const body = output.bytes();
  const hostname = cron.system.hostname;
  // exim qualifies bare local names in From: and To:.
  const qualify = (address: string): string => (address.includes('@') ? address : `${address}@${hostname}`);
  const from = mailfrom ? mailfrom : 'root (Cron Daemon)';
  const dates = mailDates(Math.floor(cron.system.kernel.clock.nowMs / 1000));
  const headers = [
    `From: ${from.replace(/^(\S+)( \(.*\))?$/, (_m, address: string, comment = '') => `${qualify(address)}${comment}`)}`,
    `To: ${qualify(recipient)}`,
    `Subject: Cron <${logname}@${hostname.split('.')[0]}> ${command}`,
    'MIME-Version: 1.0',
    `Content-Type: ${env.get('CONTENT_TYPE') ?? 'text/plain; charset=UTF-8'}`,
    `Content-Transfer-Encoding: ${env.get('CONTENT_TRANSFER_ENCODING') ?? '8bit'}`,
    ...[...env].map(([name, value]) => `X-Cron-Env: <${name}=${value}>`),
    `Date: ${dates.rfc}`,
  ].join('\n');
  try {
    const path = deliverLocally(cron.system.kernel.fs, hostname, {
      recipient: { name: local.name, uid: local.uid },
      sender: qualify(logname),
      headers: `${headers}\n`,
      body: new TextDecoder().decode(body),
      dates,
    });
    return { kind: 'mail', path, text: new TextDecoder().decode(body.subarray(0, MAIL_PREVIEW_BYTES)) };
  } catch (error) {
    if (!(error instanceof Errno)) throw error;
    // A full disk: the mail is lost, as a failing local delivery would lose it.
    return { kind: 'none' };
  }
}

/** The job's process: exec $SHELL, or cron's message when that fails. */
async function runShell(system: System, proc: Process, shell: string, argv: string[]): Promise<number> {
  try {
    return await execve(system, proc, shell, argv);
  } catch (error) {
    if (!(error instanceof Errno)) throw error;
    system.kernel.writeToStderr(proc, `${shell}: execle: ${error.message}\n`);
    return 1;
  }
}

/** Where a silent job sent its output, as far as the command line says (its last > or >> target). */
function redirectTarget(command: string, home: string): CronRunOutput {
  const matches = [...command.matchAll(/(?:^|[^0-9&<>])(?:1|&)?>>?\s*([^\s;&|<>()]+)/g)];
  const target = matches.at(-1)?.[1];
  if (!target || target.startsWith('&') || target === '/dev/null') return { kind: 'none' };
  const path = target.startsWith('/') ? target : target.startsWith('~/') ? `${home}/${target.slice(2)}` : `${home}/${target}`;
  return { kind: 'file', path };
}
