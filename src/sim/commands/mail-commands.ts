// The commands of mail's "& " prompt (bsd-mailx 8.1.2 cmdtab.c and cmd1-3.c), in the table's order:
// a command may be abbreviated to any prefix, and the first entry that matches wins ("p" is print,
// "s" save, "h" headers, an empty line or a bare number is next).

import { Errno } from '../kernel/errors.ts';
import { Pipe } from '../kernel/pipe.ts';
import { encodeText } from '../text/byte-text.ts';
import { MBOX, MDELETED, MNEW, MPRESERVE, MREAD, MSAVED, MSTATUS, MTOUCH, renderMessage } from './mail-mbox.ts';
import type { MailSession } from './mail-session.ts';
import { MAIL_HELP, MAIL_VERSION } from './mail-texts.ts';

// Command argument kinds and flag bits (def.h).
export const MSGLIST = 1;
export const STRLIST = 2;
export const RAWLIST = 4;
export const NOLIST = 8;
export const NDMLIST = 16;
export const P = 0x20;
export const I = 0x40;
export const M = 0x80;
export const W = 0x100;
export const F = 0x200;
export const T = 0x400;
export const R = 0x800;
export const MMNORM = MDELETED | MSAVED;
export const MMNDEL = MDELETED;

type Handler = (s: MailSession, arg: never) => Promise<number>;

export interface MailCmd {
  name: string;
  argtype: number;
  msgflag: number;
  msgmask: number;
  run: Handler;
}

/** Returned by a command to leave mail at once (exit, xit). */
export const EXIT = -2;

async function typeCmd(s: MailSession, list: number[]): Promise<number> {
  return s.type1(list, true, false);
}

async function TypeCmd(s: MailSession, list: number[]): Promise<number> {
  return s.type1(list, false, false);
}

async function next(s: MailSession, msgvec: number[]): Promise<number> {
  const msgs = s.messages;
  if (msgvec.length > 0) {
    const mdot = s.dot + 1;
    let start = msgvec.findIndex((n) => n > mdot);
    if (start < 0) start = 0;
    let k = start;
    do {
      const n = msgvec[k];
      if ((msgs[n - 1].flag & MDELETED) === 0) {
        s.dot = n - 1;
        return s.type1([s.dot + 1], true, false);
      }
      k = (k + 1) % msgvec.length;
    } while (k !== start);
    await s.out('No messages applicable\n');
    return 1;
  }
  if (s.sawcom) {
    let i = s.dot + 1;
    while (i < s.msgCount && (msgs[i].flag & (MDELETED | MSAVED)) !== 0) i++;
    if (i >= s.msgCount) {
      await s.out('At EOF\n');
      return 0;
    }
    s.dot = i;
  }
  return s.type1([s.dot + 1], true, false);
}

async function top(s: MailSession, list: number[]): Promise<number> {
  let topl = 5;
  const value = s.value('toplines');
  if (value !== undefined) {
    topl = Number.parseInt(value, 10) || 0;
    if (topl < 0 || topl > 10000) topl = 5;
  }
  let lineb = true;
  let text = '';
  for (const n of list) {
    s.touch(n - 1);
    s.dot = n - 1;
    if (s.value('quiet') === undefined) text += `Message ${n}:\n`;
    if (!lineb) text += '\n';
    const lines = s.messages[n - 1].lines;
    for (let i = 0; i < lines.length && i <= topl; i++) {
      text += `${lines[i]}\n`;
      lineb = /^[ \t]*$/.test(lines[i]);
    }
  }
  await s.out(text);
  return 0;
}

async function stouch(s: MailSession, list: number[]): Promise<number> {
  for (const n of list) {
    s.dot = n - 1;
    s.messages[n - 1].flag |= MTOUCH;
    s.messages[n - 1].flag &= ~MPRESERVE;
  }
  return 0;
}

async function preserve(s: MailSession, list: number[]): Promise<number> {
  if (s.edit) {
    await s.out('Cannot "preserve" in edit mode\n');
    return 1;
  }
  for (const n of list) {
    s.messages[n - 1].flag |= MPRESERVE;
    s.messages[n - 1].flag &= ~MBOX;
    s.dot = n - 1;
  }
  return 0;
}

/** delm(): marks messages deleted; dot moves to the next undeleted one (false when none is left). */
function delm(s: MailSession, list: number[]): boolean {
  let last = 0;
  for (const n of list) {
    s.touch(n - 1);
    const m = s.messages[n - 1];
    m.flag |= MDELETED | MTOUCH;
    m.flag &= ~(MPRESERVE | MSAVED | MBOX);
    last = n;
  }
  if (last === 0) return false;
  s.dot = last - 1;
  const good = s.first(0, MDELETED);
  if (good !== 0) {
    s.dot = good - 1;
    return true;
  }
  s.dot = 0;
  return false;
}

async function deleteCmd(s: MailSession, list: number[]): Promise<number> {
  delm(s, list);
  return 0;
}

async function deltype(s: MailSession, list: number[]): Promise<number> {
  const lastdot = s.dot + 1;
  if (delm(s, list)) {
    const n = s.dot + 1;
    if (n > lastdot) {
      s.touch(s.dot);
      return s.type1([n], true, false);
    }
    await s.out('At EOF\n');
  } else await s.out('No more messages\n');
  return 0;
}

async function undelete(s: MailSession, list: number[]): Promise<number> {
  for (const n of list) {
    s.touch(n - 1);
    s.dot = n - 1;
    s.messages[n - 1].flag &= ~MDELETED;
  }
  return 0;
}

async function mboxit(s: MailSession, list: number[]): Promise<number> {
  for (const n of list) {
    s.dot = n - 1;
    s.messages[n - 1].flag |= MTOUCH | MBOX;
    s.messages[n - 1].flag &= ~MPRESERVE;
  }
  return 0;
}

async function unread(s: MailSession, list: number[]): Promise<number> {
  for (const n of list) {
    s.dot = n - 1;
    s.messages[n - 1].flag &= ~(MREAD | MTOUCH);
    s.messages[n - 1].flag |= MSTATUS;
  }
  return 0;
}

async function marknew(s: MailSession, list: number[]): Promise<number> {
  for (const n of list) {
    s.dot = n - 1;
    s.messages[n - 1].flag &= ~(MBOX | MREAD | MTOUCH);
    s.messages[n - 1].flag |= MNEW | MSTATUS;
  }
  return 0;
}

async function from(s: MailSession, list: number[]): Promise<number> {
  let text = '';
  for (const n of list) text += s.headerLine(n);
  await s.out(text);
  if (list.length > 0) s.dot = list[list.length - 1] - 1;
  return 0;
}

async function messize(s: MailSession, list: number[]): Promise<number> {
  await s.out(list.map((n) => `${n}: ${s.messages[n - 1].lines.length}/${s.messages[n - 1].size}\n`).join(''));
  return 0;
}

async function fileCmd(s: MailSession, args: string[]): Promise<number> {
  if (args.length === 0) {
    await s.newfileinfo(0);
    for (const m of s.messages) {
      if (m.flag & MNEW) {
        m.flag &= ~MNEW;
        m.flag |= MSTATUS;
      }
    }
    return 0;
  }
  if ((await s.setfile(args[0])) < 0) return 1;
  await s.announce();
  return 0;
}

async function echo(s: MailSession, args: string[]): Promise<number> {
  for (let i = 0; i < args.length; i++) {
    const expanded = await s.expand(args[i]);
    if (expanded !== undefined) await s.out(`${i > 0 ? ' ' : ''}${expanded}`);
  }
  await s.out('\n');
  return 0;
}

/** pipe, |: the messages (whole, Status: included) on a shell command's standard input. */
async function pipeit(s: MailSession, str: string): Promise<number> {
  let cp = str.replace(/^[ \t\n\r\f\v]+/, '');
  let list: number[] | null = [];
  if (/^[0-9:]/.test(cp)) {
    list = await s.getmsglist(cp, 0, false);
    if (list === null) return 1;
    cp = cp.replace(/^\S*\s*/, '');
  }
  if (list.length === 0) {
    const n = s.first(0, MMNDEL);
    if (n !== 0) list.push(n);
  }
  if (list.length === 0) {
    await s.out('No applicable messages\n');
    return 1;
  }
  let text = '';
  for (const n of list) {
    s.touch(n - 1);
    s.dot = n - 1;
    text += renderMessage(s.messages[n - 1], null, false);
  }
  const shell = s.value('SHELL') ?? '/bin/sh';
  const fds = s.ctx.proc.fds.fork();
  fds.setAdopted(0, Pipe.preloaded(encodeText(text)));
  try {
    await s.ctx.runProgram([shell, '-c', cp], { fds });
  } catch (error) {
    await s.warnErrno(shell, error);
  }
  return 0;
}

async function schdir(s: MailSession, args: string[]): Promise<number> {
  const target = args.length === 0 ? s.state.homedir : await s.expand(args[0]);
  if (target === undefined) return 1;
  try {
    const inode = s.ctx.lookup(target);
    if (inode.type !== 'dir') throw new Errno('ENOTDIR');
    s.ctx.proc.cwd = s.ctx.fs.realpath(s.ctx.proc.cred, s.ctx.proc.cwd, target);
  } catch (error) {
    await s.warnErrno(target, error);
    return 1;
  }
  return 0;
}

async function folders(s: MailSession, files: string): Promise<number> {
  const dir = s.value('folder') === undefined ? '$HOME' : s.value('folder')!.startsWith('/') ? s.value('folder')! : `${s.state.homedir}/${s.value('folder')}`;
  try {
    await s.ctx.runProgram([s.value('SHELL') ?? '/bin/sh', '-c', `cd ${dir}; ${s.value('LISTER')} ${files}`]);
  } catch (error) {
    await s.warnErrno(s.value('SHELL') ?? '/bin/sh', error);
  }
  return 0;
}

async function pcmdlist(s: MailSession): Promise<number> {
  let text = 'Commands are:\n';
  let cc = 0;
  CMDTAB.forEach((cmd, i) => {
    cc += cmd.name.length + 2;
    if (cc > 72) {
      text += '\n';
      cc = cmd.name.length + 2;
    }
    text += i + 1 < CMDTAB.length ? `${cmd.name}, ` : `${cmd.name}\n`;
  });
  await s.out(text);
  return 0;
}

async function inc(s: MailSession): Promise<number> {
  const before = s.msgCount;
  const n = await s.incfile();
  if (n === 0) await s.out('No new mail.\n');
  else if (n > 0) s.dot = (await s.newfileinfo(before)) - 1;
  else await s.out('"inc" command failed...\n');
  return 0;
}

async function sourceCmd(s: MailSession, args: string[]): Promise<number> {
  const path = await s.expand(args[0]);
  if (path === undefined) return 1;
  let text: string;
  try {
    const reader = await s.ctx.openInput(path);
    try {
      text = await reader.readAllText();
    } finally {
      s.ctx.closeInput(reader);
    }
  } catch (error) {
    await s.warnErrno(path, error);
    return 1;
  }
  await s.source(text, false);
  return 0;
}

const unsupported = (name: string) => async (s: MailSession): Promise<number> => s.notSupported(name);

function cmd(name: string, run: MailCmd['run'], argtype: number, msgflag: number, msgmask: number): MailCmd {
  return { name, run, argtype, msgflag, msgmask };
}

const CMDTAB: readonly MailCmd[] = [
  cmd('next', next, NDMLIST, 0, MMNDEL),
  cmd('alias', (s: MailSession, a: string[]) => s.alias(a), M | RAWLIST, 0, 1000),
  cmd('print', typeCmd, MSGLIST, 0, MMNDEL),
  cmd('type', typeCmd, MSGLIST, 0, MMNDEL),
  cmd('Type', TypeCmd, MSGLIST, 0, MMNDEL),
  cmd('Print', TypeCmd, MSGLIST, 0, MMNDEL),
  cmd('visual', unsupported('visual'), I | MSGLIST, 0, MMNORM),
  cmd('top', top, MSGLIST, 0, MMNDEL),
  cmd('touch', stouch, W | MSGLIST, 0, MMNDEL),
  cmd('preserve', preserve, W | MSGLIST, 0, MMNDEL),
  cmd('delete', deleteCmd, W | P | MSGLIST, 0, MMNDEL),
  cmd('dp', deltype, W | MSGLIST, 0, MMNDEL),
  cmd('dt', deltype, W | MSGLIST, 0, MMNDEL),
  cmd('undelete', undelete, P | MSGLIST, MDELETED, MMNDEL),
  cmd('unset', (s: MailSession, a: string[]) => s.unset(a), M | RAWLIST, 1, 1000),
  cmd('mail', unsupported('mail'), R | M | I | STRLIST, 0, 0),
  cmd('mbox', mboxit, W | MSGLIST, 0, 0),
  cmd('pipe', pipeit, MSGLIST | STRLIST, 0, MMNDEL),
  cmd('|', pipeit, MSGLIST | STRLIST, 0, MMNDEL),
  cmd('more', typeCmd, MSGLIST, 0, MMNDEL),
  cmd('page', typeCmd, MSGLIST, 0, MMNDEL),
  cmd('More', TypeCmd, MSGLIST, 0, MMNDEL),
  cmd('Page', TypeCmd, MSGLIST, 0, MMNDEL),
  cmd('unread', unread, MSGLIST, 0, MMNDEL),
  cmd('Unread', unread, MSGLIST, 0, MMNDEL),
  cmd('!', async (s: MailSession, a: string) => (await s.shellEscape(a), 0), I | STRLIST, 0, 0),
  cmd('copy', (s: MailSession, a: string) => s.save1(a, false, 'copy', s.state.saveIgnore), M | STRLIST, 0, 0),
  cmd('chdir', schdir, M | RAWLIST, 0, 1),
  cmd('cd', schdir, M | RAWLIST, 0, 1),
  cmd('save', (s: MailSession, a: string) => s.save1(a, true, 'save', s.state.saveIgnore), STRLIST, 0, 0),
  cmd('source', sourceCmd, M | RAWLIST, 1, 1),
  cmd('set', (s: MailSession, a: string[]) => s.set(a), M | RAWLIST, 0, 1000),
  cmd('shell', async (s: MailSession) => (await s.runShell(), 0), I | NOLIST, 0, 0),
  cmd('version', async (s: MailSession) => (await s.out(`Version ${MAIL_VERSION}\n`), 0), M | NOLIST, 0, 0),
  cmd('group', (s: MailSession, a: string[]) => s.alias(a), M | RAWLIST, 0, 1000),
  cmd('write', (s: MailSession, a: string) => s.save1(a, true, 'write', 'all'), STRLIST, 0, 0),
  cmd('from', from, MSGLIST, 0, MMNORM),
  cmd('file', fileCmd, T | M | RAWLIST, 0, 1),
  cmd('folder', fileCmd, T | M | RAWLIST, 0, 1),
  cmd('folders', folders, T | M | STRLIST, 0, 0),
  cmd('?', async (s: MailSession) => (await s.out(MAIL_HELP), 0), M | NOLIST, 0, 0),
  cmd('z', (s: MailSession, a: string) => s.scroll(a), M | STRLIST, 0, 0),
  cmd('headers', (s: MailSession, a: number[]) => s.headers(a), MSGLIST, 0, MMNDEL),
  cmd('help', async (s: MailSession) => (await s.out(MAIL_HELP), 0), M | NOLIST, 0, 0),
  cmd('=', async (s: MailSession) => (await s.out(`${s.dot + 1}\n`), 0), NOLIST, 0, 0),
  cmd('Reply', unsupported('Reply'), R | I | MSGLIST, 0, MMNDEL),
  cmd('Respond', unsupported('Respond'), R | I | MSGLIST, 0, MMNDEL),
  cmd('reply', unsupported('reply'), R | I | MSGLIST, 0, MMNDEL),
  cmd('respond', unsupported('respond'), R | I | MSGLIST, 0, MMNDEL),
  cmd('edit', unsupported('edit'), I | MSGLIST, 0, MMNORM),
  cmd('echo', echo, M | RAWLIST, 0, 1000),
  cmd('quit', async (s: MailSession) => (s.sourcing ? 1 : -1), NOLIST, 0, 0),
  cmd('list', pcmdlist, M | NOLIST, 0, 0),
  cmd('xit', async (s: MailSession) => (s.sourcing ? 1 : EXIT), M | NOLIST, 0, 0),
  cmd('exit', async (s: MailSession) => (s.sourcing ? 1 : EXIT), M | NOLIST, 0, 0),
  cmd('size', messize, MSGLIST, 0, MMNDEL),
  cmd('hold', preserve, W | MSGLIST, 0, MMNDEL),
  cmd('if', async (s: MailSession, a: string[]) => s.ifcmd(a), F | M | RAWLIST, 1, 1),
  cmd('else', (s: MailSession) => s.elsecmd(), F | M | RAWLIST, 0, 0),
  cmd('endif', (s: MailSession) => s.endifcmd(), F | M | RAWLIST, 0, 0),
  cmd('alternates', async (s: MailSession, a: string[]) => {
    if (a.length === 0) {
      if (s.state.altnames.length > 0) await s.out(`${s.state.altnames.map((n) => `${n} `).join('')}\n`);
      return 0;
    }
    s.state.altnames = [...a];
    return 0;
  }, M | RAWLIST, 0, 1000),
  cmd('ignore', (s: MailSession, a: string[]) => s.ignoreFields(a, s.state.ignore, 'ignored'), M | RAWLIST, 0, 1000),
  cmd('discard', (s: MailSession, a: string[]) => s.ignoreFields(a, s.state.ignore, 'ignored'), M | RAWLIST, 0, 1000),
  cmd('retain', (s: MailSession, a: string[]) => s.ignoreFields(a, s.state.ignore, 'retained'), M | RAWLIST, 0, 1000),
  cmd('saveignore', (s: MailSession, a: string[]) => s.ignoreFields(a, s.state.saveIgnore, 'ignored'), M | RAWLIST, 0, 1000),
  cmd('savediscard', (s: MailSession, a: string[]) => s.ignoreFields(a, s.state.saveIgnore, 'ignored'), M | RAWLIST, 0, 1000),
  cmd('saveretain', (s: MailSession, a: string[]) => s.ignoreFields(a, s.state.saveIgnore, 'retained'), M | RAWLIST, 0, 1000),
  cmd('#', async () => 0, M | NOLIST, 0, 0),
  cmd('inc', inc, T | NOLIST, 0, 0),
  cmd('new', marknew, MSGLIST, 0, MMNDEL),
];

/** lex(): the first command the word is a prefix of ("" is next). */
export function lex(word: string): MailCmd | undefined {
  if (word.startsWith('#')) word = '#';
  return CMDTAB.find((c) => c.name.startsWith(word));
}

