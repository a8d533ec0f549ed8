// mail, mailx: Debian 12's bsd-mailx 8.1.2. With addresses it sends a message read from standard
// input (delivered straight into /var/mail/USER: see mail-send.ts). Without, it reads mail: the
// system mailbox ($MAIL or /var/mail/$USER, -u USER), or a file with -f (~/mbox by default), shows
// a summary of the messages and runs the commands read from standard input (mail-session.ts).

import { defineCommand, type Command } from './command.ts';
import type { CommandContext } from './context.ts';
import { Unsupported } from './context.ts';
import { MailSession, newMailState, type MailState } from './mail-session.ts';
import { sendMail, splitNames, type Outgoing } from './mail-send.ts';
import { MAIL_VERSION, MASTER_RC, mailUsage } from './mail-texts.ts';

/** getopt("EINa:b:c:dfeinr:s:u:v") as glibc runs it: permuted, short options only. */
function parseArgs(args: readonly string[]): { options: { letter: string; value?: string }[]; operands: string[] } | { error: string } {
  const WITH_ARG = 'abcrsu';
  const LETTERS = 'EINabcdfeinrsuv';
  const options: { letter: string; value?: string }[] = [];
  const operands: string[] = [];
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
    for (let k = 1; k < arg.length; k++) {
      const letter = arg[k];
      if (!LETTERS.includes(letter)) return { error: `invalid option -- '${letter}'` };
      if (WITH_ARG.includes(letter)) {
        let value = arg.slice(k + 1);
        if (value === '') {
          if (i + 1 >= args.length) return { error: `option requires an argument -- '${letter}'` };
          value = args[++i];
        }
        options.push({ letter, value });
        break;
      }
      options.push({ letter });
    }
  }
  return { options, operands };
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1) || path;
}

async function runMail(ctx: CommandContext): Promise<number> {
  const program = baseName(ctx.name);
  const parsed = parseArgs(ctx.args);
  if ('error' in parsed) {
    await ctx.stderr.write(`${program}: ${parsed.error}\n${mailUsage(program)}`);
    return 1;
  }
  const user = ctx.system.userByUid(ctx.proc.cred.uid);
  let myname = ctx.getenv('USER') ?? ctx.getenv('LOGNAME') ?? user?.name ?? String(ctx.proc.cred.uid);
  const homedir = ctx.getenv('HOME') ?? user?.home ?? '/';
  const state = newMailState(program, myname, homedir);
  const shellVar = ctx.getenv('SHELL');
  if (shellVar !== undefined) state.vars.set('SHELL', shellVar);
  const out: Outgoing = { to: [], cc: [], bcc: [], extraHeaders: [] };
  let editFile: string | undefined;
  let noSource = false;
  let uflag = false;
  for (const { letter, value } of parsed.options) {
    switch (letter) {
      case 'u':
        myname = value!;
        state.myname = myname;
        uflag = true;
        break;
      case 'i':
        state.vars.set('ignore', '');
        break;
      case 'd':
        throw new Unsupported('-d');
      case 'v':
        throw new Unsupported('-v');
      case 'r':
        out.from = value;
        break;
      case 's':
        out.subject = value;
        break;
      case 'f':
        editFile = '&';
        break;
      case 'n':
        noSource = true;
        break;
      case 'N':
        state.vars.set('noheader', '');
        break;
      case 'I':
        state.vars.set('interactive', '');
        break;
      case 'c':
        out.cc.push(...splitNames(value!));
        break;
      case 'b':
        out.bcc.push(...splitNames(value!));
        break;
      case 'a':
        out.extraHeaders.push(value!);
        break;
      case 'E':
        state.vars.set('skipempty', '');
        break;
      // -e: accepted and ignored by Debian's mail.
    }
  }
  let operands = parsed.operands;
  if (editFile !== undefined) {
    if (operands.length > 0) {
      editFile = operands[0];
      if (operands.length > 1) {
        await ctx.stderr.write(`${program}: Cannot give -f and people to send to\n`);
        return 1;
      }
    }
    operands = [];
  } else out.to.push(...operands.flatMap(splitNames));
  if (out.to.length === 0 && (out.subject !== undefined || out.cc.length > 0 || out.bcc.length > 0 || out.from !== undefined)) {
    await ctx.stderr.write(`${program}: You must specify to-addr recipients when using -s, -c, -b, or -r\n`);
    return 1;
  }
  if (ctx.stdin.description.isTerminal()) state.vars.set('interactive', '');
  const session = new MailSession(ctx, state);
  const rcvmode = out.to.length === 0;
  if (!noSource) await session.source(MASTER_RC, true);
  await loadMailrc(ctx, session, state);
  if (!rcvmode) return sendMail(ctx, state, out);
  let spec = editFile ?? '%';
  if (uflag && editFile === undefined) spec = `%${myname}`;
  if (uflag) {
    // -u: MAIL is not consulted.
    ctx.proc.env.delete('MAIL');
  }
  if ((await session.setfile(spec)) < 0) return 1;
  if (session.value('quiet') === undefined) await ctx.stdout.write(`Mail version ${MAIL_VERSION}.  Type ? for help.\n`);
  await session.announce();
  const ending = await session.commands(ctx.stdin);
  if (ending === 'quit') await session.quit();
  return 0;
}

/** ~/.mailrc (or $MAILRC), run like `source` before anything else. */
async function loadMailrc(ctx: CommandContext, session: MailSession, state: MailState): Promise<void> {
  const rc = ctx.getenv('MAILRC') ?? '~/.mailrc';
  const path = rc.startsWith('~/') ? state.homedir + rc.slice(1) : rc;
  let text: string;
  try {
    const reader = await ctx.openInput(path);
    try {
      text = await reader.readAllText();
    } finally {
      ctx.closeInput(reader);
    }
  } catch {
    return;
  }
  await session.source(text, true);
}

const HELP = mailUsage('mail');

export const mail: Command = defineCommand({
  name: 'mail',
  summary: 'send and receive mail',
  help: HELP,
  answersHelp: false,
  run: runMail,
});

export const mailx: Command = defineCommand({
  name: 'mailx',
  summary: 'send and receive mail',
  help: mailUsage('mailx'),
  answersHelp: false,
  run: runMail,
});
