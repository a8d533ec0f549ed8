// The machine's mail transport, local delivery only (the playground has no network): a message is
// appended to /var/mail/USER in mbox form as Debian's exim4 does it — a "From sender ctime" line,
// Envelope-to and Delivery-date headers, the message's own headers, the body with lines starting
// "From " quoted, and an empty line. The mailbox is created USER:mail, mode 660. Both `mail` and
// the cron daemon send through here.

import { Errno } from '../kernel/errors.ts';
import type { Credentials } from '../kernel/process.ts';
import type { FileSystem } from '../fs/filesystem.ts';
import type { FileInode } from '../fs/inode.ts';
import { encodeText } from '../text/byte-text.ts';
import { brokenDown } from '../text/date-calendar.ts';

const MTA: Credentials = { uid: 0, gid: 0, groups: [0] };
const MAIL_GID = 8;
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number): string => String(n).padStart(2, '0');

export interface MailDates {
  /** ctime's "Thu Nov  5 10:01:01 2026", for the "From " line. */
  ctime: string;
  /** RFC 5322's "Thu, 5 Nov 2026 10:01:01 +0000", for Date: and Delivery-date:. */
  rfc: string;
}

/** The moment `seconds` (since the epoch) in a zone `offset` seconds east of UTC. */
export function mailDates(seconds: number, offset = 0): MailDates {
  const t = brokenDown(seconds + offset)!;
  const time = `${two(t.hour)}:${two(t.minute)}:${two(t.second)}`;
  const magnitude = Math.abs(offset);
  const numeric = `${offset < 0 ? '-' : '+'}${two(Math.floor(magnitude / 3600))}${two(Math.floor((magnitude % 3600) / 60))}`;
  return {
    ctime: `${DAYS[t.weekday]} ${MONTHS[t.month]} ${String(t.day).padStart(2)} ${time} ${t.year}`,
    rfc: `${DAYS[t.weekday]}, ${t.day} ${MONTHS[t.month]} ${t.year} ${time} ${numeric}`,
  };
}

export interface LocalMessage {
  /** The local user it is for. */
  recipient: { name: string; uid: number };
  /** Envelope sender, qualified ("student@playground"). */
  sender: string;
  /** The message's header lines, each ending in a newline (Date: included). */
  headers: string;
  body: string;
  dates: MailDates;
}

/** Appends the message to /var/mail/<recipient>; returns the mailbox's path. Throws Errno (ENOSPC...). */
export function deliverLocally(fs: FileSystem, hostname: string, message: LocalMessage): string {
  const path = `/var/mail/${message.recipient.name}`;
  let file: FileInode;
  const existing = fs.resolve(MTA, '/', path).inode;
  if (existing === undefined) {
    file = fs.createFile(MTA, '/', path, 0o660);
    fs.chown(MTA, file, message.recipient.uid, MAIL_GID);
  } else if (existing.type === 'file') file = existing;
  else throw new Errno('EISDIR');
  const body = message.body.replace(/^From /gm, '>From ');
  const ending = body === '' || body.endsWith('\n') ? '' : '\n';
  const envelope = `From ${message.sender} ${message.dates.ctime}\nEnvelope-to: ${message.recipient.name}@${hostname}\nDelivery-date: ${message.dates.rfc}\n`;
  fs.writeAt(file, file.size, encodeText(`${envelope}${message.headers}\n${body}${ending}\n`));
  return path;
}
