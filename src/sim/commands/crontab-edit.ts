// crontab -e: copies the crontab (or cron's commented template) to /tmp/crontab.XXXXXX/crontab, runs
// `$VISUAL` or `$EDITOR` on it through /bin/sh from /tmp, and installs the result if the editor
// changed it (its mtime, to the second, as cron compares), offering to retry after errors. Without
// an editor configured, the page's editor pane edits the copy (editInWorkspace, below); without a
// page either (the CLI), the playground says so plainly.

import type { CommandContext } from './context.ts';
import { Errno } from '../kernel/errors.ts';
import { SIG } from '../kernel/signals.ts';
import type { CronDaemon } from '../cron/crond.ts';
import type { CronLog } from '../cron/system-files.ts';
import { spawnProgram } from './spawn-program.ts';
import { installCrontab, withoutHeader, type CrontabTarget } from './crontab.ts';
// --- editor
import { EDITOR_SERVICE, type EditorService, type EditorSession, type EditorSessionEvent } from '../editor-service.ts';
// --- end editor

const TEMPLATE = `# Edit this file to introduce tasks to be run by cron.
# 
# Each task to run has to be defined through a single line
# indicating with different fields when the task will be run
# and what command to run for the task
# 
# To define the time you can provide concrete values for
# minute (m), hour (h), day of month (dom), month (mon),
# and day of week (dow) or use '*' in these fields (for 'any').
# 
# Notice that tasks will be started based on the cron's system
# daemon's notion of time and timezones.
# 
# Output of the crontab jobs (including errors) is sent through
# email to the user the crontab file belongs to (unless redirected).
# 
# For example, you can run a backup of all your user accounts
# at 5 a.m every week with:
# 0 5 * * 1 tar -zcf /var/backups/home.tgz /home/
# 
# For more information see the manual pages of crontab(5) and cron(8)
# 
# m h  dom mon dow   command
`;

const NO_EDITOR = `crontab: this playground has no full-screen editor for crontab -e yet.
Write your crontab to a file and install it with:  crontab FILE
(or set EDITOR to a command that edits the file it is given, e.g. EDITOR='sed -i ...').
`;

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export async function editCrontab(ctx: CommandContext, cron: CronDaemon, log: CronLog, target: CrontabTarget): Promise<number> {
  log.write('crontab', ctx.proc.pid, target.realUser, 'BEGIN EDIT', target.user);
  const installed = cron.readSpool(target.user);
  if (installed === null) await ctx.stderr.write(`no crontab for ${target.user} - using an empty one\n`);
  const editor = nonEmpty(ctx.getenv('VISUAL')) ?? nonEmpty(ctx.getenv('EDITOR'));
  const workspace = editor === undefined ? ctx.system.service<EditorService>(EDITOR_SERVICE) : undefined; // --- editor
  if (editor === undefined && workspace === undefined) {
    await ctx.stderr.write(NO_EDITOR);
    return 1;
  }
  const fs = ctx.fs;
  const cred = ctx.proc.cred;
  let directory = '';
  for (let tries = 0; directory === '' && tries < 100; tries++) {
    const suffix = Array.from({ length: 6 }, () => LETTERS[ctx.kernel.prng.int(LETTERS.length)]).join('');
    try {
      fs.mkdir(cred, '/', `/tmp/crontab.${suffix}`, 0o700);
      directory = `/tmp/crontab.${suffix}`;
    } catch (error) {
      if (!(error instanceof Errno) || error.code !== 'EEXIST') throw error;
    }
  }
  const path = `${directory}/crontab`;
  const file = fs.createFile(cred, '/', path, 0o600);
  fs.writeAt(file, 0, new TextEncoder().encode(installed === null ? TEMPLATE : withoutHeader(installed)));
  const writtenSecond = Math.floor(file.mtimeUs / 1e6);
  const cleanup = (): void => {
    for (const remove of [() => fs.unlink(cred, '/', path), () => fs.rmdir(cred, '/', directory)]) {
      try {
        remove();
      } catch {
        // already gone
      }
    }
  };
  if (workspace !== undefined) return editInWorkspace(ctx, cron, log, target, workspace.openSession(path, 'crontab -e'), path, cleanup); // --- editor
  for (;;) {
    const outcome = await runEditor(ctx, editor!, path);
    if (outcome !== null) {
      await ctx.stderr.write(outcome);
      cleanup();
      return 1;
    }
    let text: string;
    try {
      const edited = fs.lookup(cred, '/', path);
      if (edited.type !== 'file') {
        await ctx.stderr.write('The temporary crontab must remain a regular file');
        await ctx.stderr.write('Error while editing crontab\n');
        cleanup();
        return 1;
      }
      if (Math.floor(edited.mtimeUs / 1e6) === writtenSecond) {
        await ctx.stderr.write('No modification made\n');
        cleanup();
        log.write('crontab', ctx.proc.pid, target.realUser, 'END EDIT', target.user);
        return 0;
      }
      text = new TextDecoder().decode(edited.content());
    } catch (error) {
      if (!(error instanceof Errno)) throw error;
      await ctx.stderr.write(`Can't open tempfile after edit: ${error.message}\nError while editing crontab\n`);
      cleanup();
      return 1;
    }
    await ctx.stderr.write('crontab: installing new crontab\n');
    if ((await installCrontab(ctx, cron, log, target, path, text)) === 'installed') {
      cleanup();
      log.write('crontab', ctx.proc.pid, target.realUser, 'END EDIT', target.user);
      return 0;
    }
    if (!(await askRetry(ctx))) {
      await ctx.stderr.write(`crontab: edits left in ${path}\n`);
      log.write('crontab', ctx.proc.pid, target.realUser, 'END EDIT', target.user);
      return 0;
    }
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

/** Runs `sh -c "EDITOR FILE"` from /tmp with SIGINT/QUIT/HUP ignored; the failure message, or null. */
async function runEditor(ctx: CommandContext, editor: string, path: string): Promise<string | null> {
  const dispositions = ctx.proc.dispositions;
  const saved = [SIG.INT, SIG.QUIT, SIG.HUP].map((signal) => [signal, dispositions.get(signal)] as const);
  for (const [signal] of saved) dispositions.set(signal, 'ignore');
  try {
    await ctx.flush();
    const { done } = spawnProgram(ctx.system, ctx.proc, ['/bin/sh', '-c', `${editor} ${path}`], { cwd: '/tmp' });
    const status = await done;
    if (status.kind === 'exited' && status.code !== 0) return `crontab: "${editor}" exited with status ${status.code}\n`;
    if (status.kind === 'signaled') return `crontab: "${editor}" killed; signal ${status.signal} (no core dumped)\n`;
    return null;
  } finally {
    for (const [signal, disposition] of saved) {
      if (disposition === undefined) dispositions.delete(signal);
      else dispositions.set(signal, disposition);
    }
  }
}

async function askRetry(ctx: CommandContext): Promise<boolean> {
  for (;;) {
    await ctx.stdout.write('Do you want to retry the same edit? (y/n) ');
    await ctx.stdout.flush();
    const answer = await ctx.stdin.nextLine();
    // The real crontab asks forever at end of input; here it means no.
    if (answer === null) return false;
    const first = answer[0]?.toLowerCase();
    if (first === 'y') return true;
    if (first === 'n') return false;
    await ctx.stderr.write('Enter Y or N\n');
  }
}

// --- editor: crontab -e in the page's editor pane. crontab waits, as it waits for $EDITOR to exit;
// each save is checked and installed at once (the editor shows crontab's answer), and closing the
// tab ends the edit as quitting the editor would. ^C ends crontab, closing the tab.

async function editInWorkspace(
  ctx: CommandContext,
  cron: CronDaemon,
  log: CronLog,
  target: CrontabTarget,
  session: EditorSession,
  path: string,
  cleanup: () => void,
): Promise<number> {
  let savedWithErrors = false;
  try {
    for (;;) {
      await ctx.flush();
      const event = session.takeEvent() ?? (await ctx.proc.block<EditorSessionEvent>((wake) => session.whenNext(wake)));
      if (event === 'closed') {
        // What crontab says when the editor exits: untouched, or rejected edits it keeps.
        if (savedWithErrors) await ctx.stderr.write(`crontab: edits left in ${path}\n`);
        else {
          await ctx.stderr.write('No modification made\n');
          cleanup();
        }
        log.write('crontab', ctx.proc.pid, target.realUser, 'END EDIT', target.user);
        return 0;
      }
      let text: string;
      try {
        const edited = ctx.fs.lookup(ctx.proc.cred, '/', path);
        if (edited.type !== 'file') throw new Errno('EINVAL');
        text = new TextDecoder().decode(edited.content());
      } catch (error) {
        if (!(error instanceof Errno)) throw error;
        const message = `Can't open tempfile after edit: ${error.message}\nError while editing crontab\n`;
        await ctx.stderr.write(message);
        session.reply(message, false);
        cleanup();
        return 1;
      }
      const { ctx: teeCtx, printed } = teeStderr(ctx);
      await teeCtx.stderr.write('crontab: installing new crontab\n');
      if ((await installCrontab(teeCtx, cron, log, target, path, text)) === 'installed') {
        session.reply(printed(), true);
        cleanup();
        log.write('crontab', ctx.proc.pid, target.realUser, 'END EDIT', target.user);
        return 0;
      }
      savedWithErrors = true;
      session.reply(printed(), false);
    }
  } finally {
    session.end();
  }
}

/**
 * The context with stderr copied into a string, so the editor can show exactly what crontab printed
 * in the terminal (its wording lives in installCrontab, and stays there).
 */
function teeStderr(ctx: CommandContext): { ctx: CommandContext; printed: () => string } {
  let text = '';
  const stderr = ctx.stderr;
  const tee = {
    write(data: string | Uint8Array): Promise<void> | undefined {
      text += typeof data === 'string' ? data : new TextDecoder().decode(data);
      return stderr.write(data);
    },
  };
  const teeCtx = Object.create(ctx, { stderr: { value: tee } }) as CommandContext;
  return { ctx: teeCtx, printed: () => text };
}
// --- end editor
