// Sending mail (bsd-mailx 8.1.2 collect.c/send.c). The real mail hands the message to the MTA
// (exim4); here the local delivery (src/sim/mail/local-delivery.ts) is done at once. The playground has no network, so any
// address outside the machine is refused with a plain explanation.

import { Errno } from '../kernel/errors.ts';
import { deliverLocally, mailDates, type MailDates } from '../mail/local-delivery.ts';
import { zoneFromTz } from './date-zone.ts';
import type { CommandContext } from './context.ts';
import { skin } from './mail-mbox.ts';
import type { MailState } from './mail-session.ts';


export interface Outgoing {
  to: string[];
  cc: string[];
  bcc: string[];
  from?: string;
  subject?: string;
  extraHeaders: string[];
}

/** The moment in the process's zone: the "From " line's ctime and the RFC 2822 Date:. */
export function mailDatesNow(ctx: CommandContext): MailDates {
  const seconds = Math.floor(ctx.kernel.clock.nowMs / 1000);
  return mailDates(seconds, zoneFromTz(ctx.getenv('TZ')).at(seconds).offset);
}

/** A recipient as the MTA routes it: a local user's name, or why it cannot be delivered. */
function route(ctx: CommandContext, address: string): { user: string } | { error: string } {
  const bare = skin(address).trim();
  const host = ctx.system.hostname;
  let user = bare;
  const at = bare.lastIndexOf('@');
  if (at >= 0) {
    const domain = bare.slice(at + 1).toLowerCase();
    if (domain !== host.toLowerCase() && domain !== 'localhost' && domain !== `${host.toLowerCase()}.localdomain`) {
      return { error: `${address}: cannot send mail outside this machine: the playground has no network (only local users such as ${ctx.system.userByUid(ctx.proc.cred.uid)?.name ?? 'student'} can receive mail)` };
    }
    user = bare.slice(0, at);
  }
  if (user === '' || /[\s/|]/.test(user) || ctx.system.userByName(user) === undefined) {
    return { error: `${address}: no such user on this machine, mail not delivered` };
  }
  return { user };
}

/** Qualifies a bare local name the way exim rewrites To:/Cc: ("student" → "student@playground"). */
function qualify(ctx: CommandContext, address: string): string {
  return /^[^\s@<>(),"]+$/.test(address) ? `${address}@${ctx.system.hostname}` : address;
}

/** mail1(): the message read from standard input, then delivered to each recipient. */
export async function sendMail(ctx: CommandContext, state: MailState, out: Outgoing): Promise<number> {
  const interactive = state.vars.has('interactive');
  const value = (name: string): string | undefined => state.vars.get(name) ?? ctx.getenv(name);
  const input = ctx.stdin;
  const write = async (text: string): Promise<void> => {
    await ctx.stdout.write(text);
    await ctx.stdout.flush();
  };
  if (out.subject === undefined && interactive && (value('ask') !== undefined || value('asksub') !== undefined)) {
    await write('Subject: ');
    const line = await input.nextLine();
    if (line === null) {
      await write('\n');
      return 0;
    }
    out.subject = line;
  }
  const body: string[] = [];
  const escape = value('escape')?.[0] ?? '~';
  for (;;) {
    const line = await input.nextLine();
    if (line === null) break;
    if (line === '.' && interactive && (value('dot') !== undefined || value('ignoreeof') !== undefined)) break;
    if (interactive && line.startsWith(escape) && line.length > 1) {
      const c = line[1];
      if (c === escape) body.push(line.slice(1));
      else if (c === '.') break;
      else if (c === 'x') return 0;
      else await ctx.stderr.write(`${state.program}: ${escape}${c}: not supported in this playground\n`);
      continue;
    }
    body.push(line);
  }
  if (interactive) {
    if (value('askcc') !== undefined) {
      await write('Cc: ');
      const line = await input.nextLine();
      if (line !== null) out.cc.push(...splitNames(line));
      else await write('\n');
    } else await write('EOT\n');
  }
  const bodyText = body.length === 0 ? '' : `${body.join('\n')}\n`;
  if (bodyText === '') {
    if (value('skipempty') !== undefined) return 0;
    await write(out.subject === undefined || out.subject === '' ? "No message, no subject; hope that's ok\n" : "Null message body; hope that's ok\n");
  }
  const expandAliases = (names: string[]): string[] =>
    names.flatMap((name) => state.aliases.get(name) ?? [name]);
  const recipients = [...new Set([...expandAliases(out.bcc), ...expandAliases(out.to), ...expandAliases(out.cc)])];
  if (recipients.length === 0) {
    await write('No recipients specified\n');
    return 1;
  }
  const to = [...new Set(expandAliases(out.to))].sort();
  const cc = [...new Set(expandAliases(out.cc))].sort();
  const dates = mailDatesNow(ctx);
  const host = ctx.system.hostname;
  const sender = out.from !== undefined ? skin(out.from) : `${state.myname}@${host}`;
  const extraNames = new Set(out.extraHeaders.map((h) => h.slice(0, Math.max(0, h.indexOf(':'))).trim().toLowerCase()));
  let headers = '';
  if (out.from !== undefined) headers += `From: ${out.from}\n`;
  if (to.length > 0) headers += `To: ${to.map((a) => qualify(ctx, a)).join(', ')}\n`;
  if (out.subject !== undefined && out.subject !== '') headers += `Subject: ${out.subject}\n`;
  if (cc.length > 0) headers += `Cc: ${cc.map((a) => qualify(ctx, a)).join(', ')}\n`;
  for (const header of out.extraHeaders) headers += `${header}\n`;
  if (!extraNames.has('mime-version')) headers += 'MIME-Version: 1.0\n';
  if (!extraNames.has('content-type')) headers += 'Content-Type: text/plain; charset="UTF-8"\n';
  if (!extraNames.has('content-transfer-encoding')) headers += 'Content-Transfer-Encoding: 8bit\n';
  if (out.from === undefined) headers += `From: ${sender}\n`;
  headers += `Date: ${dates.rfc}\n`;
  let status = 0;
  for (const address of recipients) {
    const routed = route(ctx, address);
    if ('error' in routed) {
      await ctx.stdout.flush();
      await ctx.stderr.write(`${state.program}: ${routed.error}\n`);
      status = 1;
      continue;
    }
    try {
      const recipient = { name: routed.user, uid: ctx.system.userByName(routed.user)?.uid ?? 0 };
      deliverLocally(ctx.fs, host, { recipient, sender, headers, body: bodyText, dates });
    } catch (error) {
      if (!(error instanceof Errno)) throw error;
      await ctx.stderr.write(`${state.program}: /var/mail/${routed.user}: ${error.message}\n`);
      status = 1;
    }
  }
  return status;
}

/** extract(): names separated by commas or blanks. */
export function splitNames(text: string): string[] {
  if (!text.includes(',')) return text.split(/[ \t]+/).filter((n) => n !== '');
  return text.split(',').map((n) => n.trim()).filter((n) => n !== '');
}
