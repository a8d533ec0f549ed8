// The files cron writes as root: its log (/var/log/cron, syslog's format) and its spool directory.
// The machine's zone is UTC, so the timestamps are UTC like the rest of its system files. (Cron's
// mail goes through the machine's local delivery, src/sim/mail.)

import type { FileSystem } from '../fs/filesystem.ts';
import type { FileInode } from '../fs/inode.ts';
import { ROOT } from '../fs/base-system.ts';
import { Errno } from '../kernel/errors.ts';

export const CRON_LOG = '/var/log/cron';
export const SPOOL_DIR = '/var/spool/cron/crontabs';
const CRONTAB_GID = 111;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const encoder = new TextEncoder();

const pad2 = (n: number): string => String(n).padStart(2, '0');
const clock = (d: Date): string => `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`;

/** syslog's "Nov  5 10:01:01". */
export function syslogTime(ms: number): string {
  const d = new Date(ms);
  return `${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${clock(d)}`;
}

/** Creates the spool directory as Debian's cron package does: root:crontab, sticky, no reading. */
export function ensureSpool(fs: FileSystem): void {
  for (const [path, mode] of [
    ['/var/spool/cron', 0o755],
    [SPOOL_DIR, 0o1730],
  ] as const) {
    try {
      fs.lookupDir(ROOT, '/', path);
    } catch {
      const dir = fs.mkdir(ROOT, '/', path, mode);
      if (path === SPOOL_DIR) dir.gid = CRONTAB_GID;
    }
  }
}

/** A file root appends to, created with `mode` and owner when missing. */
function appendAsRoot(fs: FileSystem, path: string, text: string, mode: number, owner?: { uid: number; gid: number }): void {
  let file: FileInode;
  try {
    const found = fs.lookup(ROOT, '/', path);
    if (found.type !== 'file') return;
    file = found;
  } catch (error) {
    if (!(error instanceof Errno)) throw error;
    file = fs.createFile(ROOT, '/', path, mode);
    if (owner) {
      file.uid = owner.uid;
      file.gid = owner.gid;
    }
  }
  fs.writeAt(file, file.size, encoder.encode(text));
}

export class CronLog {
  constructor(
    private readonly fs: FileSystem,
    private readonly hostname: () => string,
    private readonly nowMs: () => number,
  ) {}

  /** One line: "Nov 25 10:01:01 playground CRON[1234]: (student) CMD (echo hi)". A full disk loses it, as syslog would. */
  write(tag: string, pid: number, who: string, event: string, detail: string): void {
    const line = `${syslogTime(this.nowMs())} ${this.hostname()} ${tag}[${pid}]: (${who}) ${event} (${printable(detail)})\n`;
    try {
      appendAsRoot(this.fs, CRON_LOG, line, 0o644);
    } catch (error) {
      if (!(error instanceof Errno)) throw error;
    }
  }
}

/** cron's mkprints: control characters in a logged command as \ooo (a newline as \n). */
function printable(text: string): string {
  return text.replace(/[\x00-\x1f\x7f]/g, (c) => (c === '\n' ? '\\n' : c === '\t' ? '\t' : `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`));
}
