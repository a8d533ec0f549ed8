// crontab: installs, lists, edits and removes a user's crontab, with the messages and statuses of
// Debian's crontab (cron 3.0pl1-162), recorded in test/fixtures/cron. The new table is checked with
// cron's own grammar before it replaces the old one, written to /var/spool/cron/crontabs/<user>
// under cron's "DO NOT EDIT" header (crontab is setgid crontab: it writes there, the user cannot),
// and the daemon is told, so it reloads at its next minute.

import { defineCommand } from './command.ts';
import type { CommandContext } from './context.ts';
import { Errno } from '../kernel/errors.ts';
import { ROOT } from '../fs/base-system.ts';
import type { CronDaemon } from '../cron/crond.ts';
import { readCrontab } from '../cron/crontab-file.ts';
import { CronLog } from '../cron/system-files.ts';
import { mailDates } from '../mail/local-delivery.ts';
import { editCrontab } from './crontab-edit.ts';

const CRONTAB_GID = 111;

const USAGE = `usage:\tcrontab [-u user] [-n] file
\tcrontab [ -u user ] [ -i ] { -e | -l | -r }

\t-h\t(displays this help message)

\tfile\t(default operation is replace, per 1003.2)
\t-n\t(dry run: checks the syntax, then bails out)
\t-u user\t(choose the user whose crontab is touched)

\t-e\t(edit user's crontab)
\t-l\t(list user's crontab)
\t-r\t(delete user's crontab)

\t-i\t(prompt before deleting user's crontab)
`;

/** Ends the command with a status after its message (cron's exit(ERROR_EXIT) paths). */
export class CrontabExit extends Error {
  constructor(readonly status: number) {
    super(`crontab exited with ${status}`);
  }
}

type Operation = 'replace' | 'list' | 'delete' | 'edit' | 'help';

export interface CrontabTarget {
  /** Whose crontab (-u), and who runs the command. */
  user: string;
  realUser: string;
  uid: number;
}

export const crontab = defineCommand({
  name: 'crontab',
  summary: 'maintain crontab files for individual users (Vixie Cron)',
  help: USAGE,
  usageStatus: 1,
  // crontab's getopt knows no long options: --help is an invalid option '-'.
  answersHelp: false,
  async run(ctx) {
    try {
      return await crontabMain(ctx);
    } catch (error) {
      if (error instanceof CrontabExit) return error.status;
      throw error;
    }
  },
});

async function crontabMain(ctx: CommandContext): Promise<number> {
  const realUser = ctx.system.userByUid(ctx.proc.cred.uid);
  if (!realUser) {
    await ctx.stderr.write("crontab: your UID isn't in the passwd file.\nbailing out.\n");
    return 1;
  }
  const target: CrontabTarget = { user: realUser.name, realUser: realUser.name, uid: realUser.uid };
  let operation: Operation | null = null;
  let dryRun = false;
  let promptOnDelete = false;
  const operands: string[] = [];
  const setOperation = async (next: Operation): Promise<void> => {
    if (operation !== null) await usage(ctx, 'only one operation permitted');
    operation = next;
  };
  // glibc getopt with "u:lerinh", permuting operands to the end.
  const args = ctx.args;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      operands.push(arg);
      continue;
    }
    for (let j = 1; j < arg.length; j++) {
      const option = arg[j];
      switch (option) {
        case 'h':
          await setOperation('help');
          break;
        case 'n':
          dryRun = true;
          break;
        case 'l':
          await setOperation('list');
          break;
        case 'r':
          await setOperation('delete');
          break;
        case 'e':
          await setOperation('edit');
          break;
        case 'i':
          promptOnDelete = true;
          break;
        case 'u': {
          let name = arg.slice(j + 1);
          if (name === '') {
            if (i + 1 >= args.length) {
              await ctx.stderr.write("crontab: option requires an argument -- 'u'\n");
              await usage(ctx, 'unrecognized option');
            }
            name = args[++i];
          }
          const user = ctx.system.userByName(name);
          if (!user) {
            await ctx.stderr.write(`crontab:  user \`${name}' unknown\n`);
            return 1;
          }
          if (ctx.proc.cred.uid !== 0 && ctx.proc.cred.uid !== user.uid) {
            await ctx.stderr.write('must be privileged to use -u\n');
            return 1;
          }
          target.user = user.name;
          target.uid = user.uid;
          j = arg.length;
          break;
        }
        default:
          await ctx.stderr.write(`crontab: invalid option -- '${option}'\n`);
          await usage(ctx, 'unrecognized option');
      }
    }
  }
  const chosen = operation as Operation | null;
  if (chosen === 'help') await usage(ctx, '');
  if (chosen !== null && operands.length > 0) await usage(ctx, 'no arguments permitted after this option');
  const cron = ctx.system.service<CronDaemon>('cron');
  if (!cron) {
    await ctx.stderr.write('crontab: this machine has no cron daemon\n');
    return 1;
  }
  const log = new CronLog(ctx.fs, () => ctx.system.hostname, () => ctx.kernel.clock.nowMs);
  switch (chosen) {
    case 'list':
      return listCrontab(ctx, cron, log, target);
    case 'delete':
      return deleteCrontab(ctx, cron, log, target, promptOnDelete);
    case 'edit':
      return editCrontab(ctx, cron, log, target);
    default:
      return replaceFromOperand(ctx, cron, log, target, operands[0] ?? '-', dryRun);
  }
}

async function usage(ctx: CommandContext, message: string): Promise<never> {
  if (message) await ctx.stderr.write(`crontab: usage error: ${message}\n`);
  await ctx.stderr.write(USAGE);
  throw new CrontabExit(1);
}

async function listCrontab(ctx: CommandContext, cron: CronDaemon, log: CronLog, target: CrontabTarget): Promise<number> {
  log.write('crontab', ctx.proc.pid, target.realUser, 'LIST', target.user);
  const text = cron.readSpool(target.user);
  if (text === null) {
    await ctx.stderr.write(`no crontab for ${target.user}\n`);
    return 1;
  }
  const noHeader = ctx.getenv('CRONTAB_NOHEADER');
  const body = noHeader && noHeader[0].toUpperCase() === 'N' ? text : withoutHeader(text);
  // \b and \r could hide parts of a listing on a terminal: crontab shows them escaped.
  await ctx.stdout.write(body.replace(/\x08/g, '\\b').replace(/\r/g, '\\r'));
  return 0;
}

/** The text after the (up to three) leading comment lines crontab itself wrote. */
export function withoutHeader(text: string): string {
  let at = 0;
  for (let line = 0; line < 3; line++) {
    if (at >= text.length) return '';
    if (text[at] !== '#') return text.slice(at);
    const end = text.indexOf('\n', at);
    if (end < 0) return '';
    at = end + 1;
  }
  return text.slice(at);
}

async function deleteCrontab(ctx: CommandContext, cron: CronDaemon, log: CronLog, target: CrontabTarget, prompt: boolean): Promise<number> {
  if (cron.readSpool(target.user) === null) {
    await ctx.stderr.write(`no crontab for ${target.user}\n`);
    return 1;
  }
  if (prompt) {
    await ctx.stdout.write(`crontab: really delete ${target.user}'s crontab? (y/n) `);
    await ctx.stdout.flush();
    for (;;) {
      const answer = await ctx.stdin.nextLine();
      // At end of input the real crontab asks forever; here end of input means no.
      if (answer === null) return 0;
      const first = answer[0]?.toLowerCase();
      if (first === 'n') return 0;
      if (first === 'y') break;
      await ctx.stderr.write('Please enter Y or N: ');
    }
  }
  log.write('crontab', ctx.proc.pid, target.realUser, 'DELETE', target.user);
  try {
    ctx.fs.unlink(ROOT, '/', cron.spoolPath(target.user));
  } catch (error) {
    if (!(error instanceof Errno)) throw error;
    await ctx.stderr.write(`no crontab for ${target.user}\n`);
    return 1;
  }
  await pokeDaemon(ctx, cron, target.user);
  return 0;
}

async function replaceFromOperand(ctx: CommandContext, cron: CronDaemon, log: CronLog, target: CrontabTarget, operand: string, dryRun: boolean): Promise<number> {
  let text: string;
  if (operand === '-') text = await ctx.stdin.readAllText();
  else {
    try {
      const inode = ctx.lookup(operand, true);
      if (inode.type !== 'file') {
        await ctx.stderr.write(`${operand}: Not a regular file.\n`);
        return 1;
      }
      const reader = await ctx.openInput(operand);
      text = await reader.readAllText();
      await ctx.closeInput(reader);
    } catch (error) {
      if (!(error instanceof Errno)) throw error;
      await ctx.stderr.write(`${operand}: ${error.message}\n`);
      return 1;
    }
  }
  return (await installCrontab(ctx, cron, log, target, operand, text, dryRun)) === 'installed' ? 0 : 1;
}

/**
 * replace_cmd: checks `text` with cron's grammar and installs it. Returns 'rejected' after printing
 * cron's messages (the old crontab stays), 'installed' otherwise (also for a successful dry run).
 */
export async function installCrontab(
  ctx: CommandContext,
  cron: CronDaemon,
  log: CronLog,
  target: CrontabTarget,
  filename: string,
  text: string,
  dryRun = false,
): Promise<'installed' | 'rejected'> {
  const user = ctx.system.userByName(target.user)!;
  const verdict = readCrontab(text, { name: user.name, home: user.home });
  if (!verdict.ok) {
    if (verdict.line === null && verdict.message === 'too long') await ctx.stderr.write('crontab is too long; maximum number of lines is 10000.\n');
    else if (verdict.line === null) await ctx.stderr.write("new crontab file is missing newline before EOF, can't install.\n");
    else await ctx.stderr.write(`"${filename}":${verdict.line}: ${verdict.message}\nerrors in crontab file, can't install.\n`);
    return 'rejected';
  }
  if (dryRun) {
    await ctx.stderr.write('The syntax of the crontab file was successfully checked.\n');
    return 'installed';
  }
  const header = `# DO NOT EDIT THIS FILE - edit the master and reinstall.\n# (${filename} installed on ${mailDates(Math.floor(ctx.kernel.clock.nowMs / 1000)).ctime})\n# (Cron version -- $Id: crontab.c,v 2.13 1994/01/17 03:20:37 vixie Exp $)\n`;
  try {
    const path = cron.spoolPath(target.user);
    const file = ctx.fs.createFile(ROOT, '/', path, 0o600);
    ctx.fs.truncate(file, 0);
    ctx.fs.writeAt(file, 0, new TextEncoder().encode(header + text));
    file.mode = (file.mode & ~0o7777) | 0o600;
    file.uid = target.uid;
    file.gid = CRONTAB_GID;
  } catch (error) {
    if (!(error instanceof Errno)) throw error;
    await ctx.stderr.write(`crontab: ${cron.spoolPath(target.user)}: rename: ${error.message}\n`);
    return 'rejected';
  }
  log.write('crontab', ctx.proc.pid, target.realUser, 'REPLACE', target.user);
  await pokeDaemon(ctx, cron, target.user);
  return 'installed';
}

/** Tells the daemon (loading its schedule module first: host work the process waits on). */
async function pokeDaemon(ctx: CommandContext, cron: CronDaemon, user: string): Promise<void> {
  if (!cron.schedulesLoaded) {
    await ctx.proc.block<void>((wake, fail) => void cron.loadSchedules().then(wake, fail), { interruptible: false, external: true });
  }
  cron.crontabChanged(user);
}
