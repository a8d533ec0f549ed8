// mail (bsd-mailx 8.1.2, Debian 12): expected outputs recorded from the real mail on this machine,
// run as `MAIL=<spool> HOME=<home> USER=student mail ...` with commands on standard input (paths in
// the recordings are shown as /var/mail/student and /home/student). The sending tests at the end
// check the playground's own delivery (the real mail hands messages to exim).
import { describe, expect, test } from 'vitest';
import { bootWorld, runBashCommand, sh, type RunResult } from '../../support/world.ts';
import { TerminalSession } from '../../support/session.ts';

const BOX = "From student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\n\nhello\nerr\n\nFrom student@playground Wed Nov 25 10:02:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:02:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> date\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:02:01 +0000\n\nWed Nov 25 10:02:01 UTC 2026\n\n";
const ODD = "From alice@example.com Wed Nov 25 09:00:00 2026\nFrom: Alice Liddell <alice@example.com>\nSubject: tea party\tinvitation\n\nFrom the rabbit hole\nbye\n\nFrom bob Wed Nov 25 09:05 2026\nTo: student\n\nno from header, no subject\n\nFrom carol@playground Thu Nov 26 11:15:00 2026\nFrom: \"Carol, the very long named person\" <carol.with.a.very.long.address@some.example.org>\nSubject: A very long subject line that goes on and on and on well past the end of the terminal\nStatus: RO\n\nread already\nFrom not-a-separator\n";
const LOOSE = "From a@b Wed Nov 25 09:00:00 2026\nSubject: one\n\nbody\n\nFrom x\nstill?\n\nFrom \nx\n\nFrom  two spaces\n\nFromage\n\nFrom x y\n";
const CRLF = "From a@b Wed Nov 25 09:00:00 2026\r\nSubject: crlf\r\n\r\nbody\r\n";
const CONTROL = "From a@b Wed Nov 25 09:00:00 2026\nFrom: Jérôme <j@x>\nSubject: café \u0001 ok\n\nbody café\u0001\n\n";

/** 25 short messages ("job 1" .. "job 25"), one a minute from 10:01. */
const MANY = Array.from(
  { length: 25 },
  (_, i) => `From student@playground Wed Nov 25 10:${String(i + 1).padStart(2, '0')}:01 2026\nFrom: root@playground (Cron Daemon)\nSubject: job ${i + 1}\n\nline ${i + 1}\n\n`,
).join('');

const ROOT = { uid: 0, gid: 0, groups: [0] };
const STUDENT = { uid: 1000, gid: 1000, groups: [1000] };

interface MailRun extends RunResult {
  /** /var/mail/student afterwards (null if absent). */
  spool: string | null;
  /** The regular files in /home/student afterwards (dot files left out). */
  files: Record<string, string>;
}

function readFile(world: ReturnType<typeof bootWorld>, path: string): string | null {
  try {
    const inode = world.kernel.fs.lookup(ROOT, '/', path);
    if (inode.type !== 'file') return null;
    return new TextDecoder().decode(inode.data.subarray(0, inode.size));
  } catch {
    return null;
  }
}

/** Runs mail as the student: `spool` in /var/mail/student (student:mail 660, as exim creates it). */
async function runMail(args: string[], input: string, options: { spool?: string; files?: Record<string, string>; tz?: string } = {}): Promise<MailRun> {
  const world = bootWorld();
  const fs = world.kernel.fs;
  if (options.spool !== undefined) {
    const file = fs.createFile(ROOT, '/', '/var/mail/student', 0o660);
    fs.chown(ROOT, file, 1000, 8);
    fs.writeAt(file, 0, new TextEncoder().encode(options.spool));
  }
  for (const [name, content] of Object.entries(options.files ?? {})) {
    const file = fs.createFile(STUDENT, '/', `/home/student/${name}`, 0o644);
    fs.writeAt(file, 0, new TextEncoder().encode(content));
  }
  const quoted = args.map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
  const result = await runBashCommand(world, `${options.tz ? `TZ=${options.tz} ` : ''}mail ${quoted}`, input);
  const files: Record<string, string> = {};
  const home = fs.lookupDir(ROOT, '/', '/home/student');
  for (const name of [...home.entries.keys()].sort()) {
    if (name.startsWith('.')) continue;
    const content = readFile(world, `/home/student/${name}`);
    if (content !== null) files[name] = content;
  }
  return { ...result, spool: readFile(world, '/var/mail/student'), files };
}

describe("mail: reading", () => {

  test("(no commands)", async () => {
    // $ mail < /dev/null   (MAIL holds BOX)
    const result = await runMail([], "", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nHeld 2 messages in /var/mail/student\n",
      stderr: "",
      status: 0,
    });
    expect(result.spool).toEqual("From student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\nStatus: O\n\nhello\nerr\n\nFrom student@playground Wed Nov 25 10:02:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:02:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> date\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:02:01 +0000\nStatus: O\n\nWed Nov 25 10:02:01 UTC 2026\n\n");
    expect(result.files).toEqual({});
  });

  test("p; q", async () => {
    // $ printf 'p\nq\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "p\nq\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nMessage 1:\nFrom student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\n\nhello\nerr\n\nSaved 1 message in /home/student/mbox\nHeld 1 message in /var/mail/student\n",
      stderr: "",
      status: 0,
    });
    expect(result.spool).toEqual("From student@playground Wed Nov 25 10:02:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:02:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> date\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:02:01 +0000\nStatus: O\n\nWed Nov 25 10:02:01 UTC 2026\n\n");
    expect(result.files).toEqual({"mbox": "From student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\nStatus: RO\n\nhello\nerr\n\n"});
  });

  test("(no commands) (2)", async () => {
    // $ printf '\n\n\n\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "\n\n\n\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nMessage 1:\nFrom student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\n\nhello\nerr\n\nMessage 2:\nFrom student@playground Wed Nov 25 10:02:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:02:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> date\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:02:01 +0000\n\nWed Nov 25 10:02:01 UTC 2026\n\nAt EOF\nAt EOF\nSaved 2 messages in /home/student/mbox\n",
      stderr: "",
      status: 0,
    });
    expect(result.spool).toEqual("");
    expect(result.files).toEqual({"mbox": "From student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\nStatus: RO\n\nhello\nerr\n\nFrom student@playground Wed Nov 25 10:02:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:02:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> date\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:02:01 +0000\nStatus: RO\n\nWed Nov 25 10:02:01 UTC 2026\n\n"});
  });

  test("h", async () => {
    // $ printf 'h\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "h\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nHeld 2 messages in /var/mail/student\n",
      stderr: "",
      status: 0,
    });
    expect(result.spool).toEqual("From student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\nStatus: O\n\nhello\nerr\n\nFrom student@playground Wed Nov 25 10:02:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:02:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> date\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:02:01 +0000\nStatus: O\n\nWed Nov 25 10:02:01 UTC 2026\n\n");
    expect(result.files).toEqual({});
  });

  test("d 1; q", async () => {
    // $ printf 'd 1\nq\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "d 1\nq\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nHeld 1 message in /var/mail/student\n",
      stderr: "",
      status: 0,
    });
    expect(result.spool).toEqual("From student@playground Wed Nov 25 10:02:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:02:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> date\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:02:01 +0000\nStatus: O\n\nWed Nov 25 10:02:01 UTC 2026\n\n");
    expect(result.files).toEqual({});
  });

  test("d; h; q", async () => {
    // $ printf 'd\nh\nq\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "d\nh\nq\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\n>N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nHeld 1 message in /var/mail/student\n",
      stderr: "",
      status: 0,
    });
    expect(result.spool).toEqual("From student@playground Wed Nov 25 10:02:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:02:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> date\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:02:01 +0000\nStatus: O\n\nWed Nov 25 10:02:01 UTC 2026\n\n");
    expect(result.files).toEqual({});
  });

  test("x", async () => {
    // $ printf 'x\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "x\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\n",
      stderr: "",
      status: 0,
    });
  });

  test("foo; q", async () => {
    // $ printf 'foo\nq\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "foo\nq\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nUnknown command: \"foo\"\nHeld 2 messages in /var/mail/student\n",
      stderr: "",
      status: 0,
    });
    expect(result.spool).toEqual("From student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\nStatus: O\n\nhello\nerr\n\nFrom student@playground Wed Nov 25 10:02:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:02:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> date\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:02:01 +0000\nStatus: O\n\nWed Nov 25 10:02:01 UTC 2026\n\n");
    expect(result.files).toEqual({});
  });

  test("p 5; d 3-4; p 0; x", async () => {
    // $ printf 'p 5\nd 3-4\np 0\nx\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "p 5\nd 3-4\np 0\nx\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\n5: Invalid message number\n3: Invalid message number\n0: Invalid message number\n",
      stderr: "",
      status: 0,
    });
  });

  test("s 1 saved.txt; q", async () => {
    // $ printf 's 1 saved.txt\nq\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "s 1 saved.txt\nq\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\n\"saved.txt\" [New file]\nHeld 1 message in /var/mail/student\n",
      stderr: "",
      status: 0,
    });
    expect(result.spool).toEqual("From student@playground Wed Nov 25 10:02:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:02:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> date\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:02:01 +0000\nStatus: O\n\nWed Nov 25 10:02:01 UTC 2026\n\n");
    expect(result.files).toEqual({"saved.txt": "From student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\nStatus: R\n\nhello\nerr\n\n"});
  });

  test("s saved.txt; s 2 saved.txt; x", async () => {
    // $ printf 's saved.txt\ns 2 saved.txt\nx\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "s saved.txt\ns 2 saved.txt\nx\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\n\"saved.txt\" [New file]\n\"saved.txt\" [Appended]\n",
      stderr: "",
      status: 0,
    });
    expect(result.spool).toEqual("From student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\n\nhello\nerr\n\nFrom student@playground Wed Nov 25 10:02:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:02:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> date\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:02:01 +0000\n\nWed Nov 25 10:02:01 UTC 2026\n\n");
    expect(result.files).toEqual({"saved.txt": "From student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\nStatus: R\n\nhello\nerr\n\nFrom student@playground Wed Nov 25 10:02:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:02:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> date\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:02:01 +0000\nStatus: R\n\nWed Nov 25 10:02:01 UTC 2026\n\n"});
  });

  test("w 2 body.txt; q", async () => {
    // $ printf 'w 2 body.txt\nq\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "w 2 body.txt\nq\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\n\"body.txt\" [New file]\nHeld 1 message in /var/mail/student\n",
      stderr: "",
      status: 0,
    });
    expect(result.spool).toEqual("From student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\nStatus: O\n\nhello\nerr\n\n");
    expect(result.files).toEqual({"body.txt": "Wed Nov 25 10:02:01 UTC 2026\n"});
  });

  test("t 2; 2; -; =; x", async () => {
    // $ printf 't 2\n2\n-\n=\nx\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "t 2\n2\n-\n=\nx\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nMessage 2:\nFrom student@playground Wed Nov 25 10:02:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:02:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> date\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:02:01 +0000\n\nWed Nov 25 10:02:01 UTC 2026\n\nMessage 2:\nFrom student@playground Wed Nov 25 10:02:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:02:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> date\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:02:01 +0000\n\nWed Nov 25 10:02:01 UTC 2026\n\nMessage 1:\nFrom student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\n\nhello\nerr\n\n1\n",
      stderr: "",
      status: 0,
    });
  });

  test("d 1; u 1; h; pre 2; q", async () => {
    // $ printf 'd 1\nu 1\nh\npre 2\nq\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "d 1\nu 1\nh\npre 2\nq\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\n>   1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nSaved 1 message in /home/student/mbox\nHeld 1 message in /var/mail/student\n",
      stderr: "",
      status: 0,
    });
    expect(result.spool).toEqual("From student@playground Wed Nov 25 10:02:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:02:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> date\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:02:01 +0000\nStatus: O\n\nWed Nov 25 10:02:01 UTC 2026\n\n");
    expect(result.files).toEqual({"mbox": "From student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\nStatus: RO\n\nhello\nerr\n\n"});
  });

  test("top 1; size; f *; x", async () => {
    // $ printf 'top 1\nsize\nf *\nx\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "top 1\nsize\nf *\nx\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nMessage 1:\nFrom student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\n1: 18/511\n>   1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\n",
      stderr: "",
      status: 0,
    });
  });

  test("list; ?; x", async () => {
    // $ printf 'list\n?\nx\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "list\n?\nx\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nCommands are:\nnext, alias, print, type, Type, Print, visual, top, touch, preserve, \ndelete, dp, dt, undelete, unset, mail, mbox, pipe, |, more, page, More, \nPage, unread, Unread, !, copy, chdir, cd, save, source, set, shell, \nversion, group, write, from, file, folder, folders, ?, z, headers, \nhelp, =, Reply, Respond, reply, respond, edit, echo, quit, list, xit, \nexit, size, hold, if, else, endif, alternates, ignore, discard, retain, \nsaveignore, savediscard, saveretain, #, inc, new\nMail Command\t\t\tDescription\n-------------------------\t--------------------------------------------\nt [message list]\t\ttype message(s).\nmore [message list]\t\tread message(s), through the $PAGER\nn\t\t\t\tgoto and type next message.\ne [message list]\t\tedit message(s).\nf [message list]\t\tgive head lines of messages.\nd [message list]\t\tdelete message(s).\ns [message list] <file>\t\tappend message(s) to file.\nu [message list]\t\tundelete message(s).\nR [message list]\t\treply to message sender(s).\nr [message list]\t\treply to message sender(s) and all recipients.\np [message list]\t\tprint message list.\npre [message list]\t\tmake messages go back to /var/mail.\nm <recipient list>\t\tmail to specific recipient(s).\nq\t\t\t\tquit, saving unresolved messages in mbox.\nx\t\t\t\tquit, do not remove system mailbox.\nh\t\t\t\tprint out active message headers.\n!\t\t\t\tshell escape.\n| [msglist] command\t\tpipe message(s) to shell command.\npi [msglist] command\t\tpipe message(s) to shell command.\ncd [directory]\t\t\tchdir to directory or home if none given\nfi <file>\t\t\tswitch to file (%=system inbox, %user=user's\n\t\t\t\tsystem inbox).  + searches in your folder\n\t\t\t\tdirectory for the file.\nset variable[=value]\t\tset Mail variable.\n\nA [message list] consists of integers, ranges of same, :status, /subject, or\nuser names separated by spaces.  If omitted, Mail uses the current message.\nThe pipe command doesn't accept user names or subject message list, since\nthat might conflict with the command string.\n\nA <recipient list> consists of recipient addresses or aliases separated by\nspaces.  Aliases are defined in .mailrc in your home directory.\n\n<file> is a full or relative pathname, +folder, % (system inbox), %user\n(specified user's system inbox), # (previous file), & (mbox file), or an\nexpression understood by ${SHELL:-/bin/sh} -c 'echo ...'.\n",
      stderr: "",
      status: 0,
    });
  });

  test("set; ignore; retain; version; echo a ~/x; alias; folder; =; P; file; dp", async () => {
    // $ printf 'set\nignore\nretain\nversion\necho a ~/x\nalias\nfolder\n=\nP\nfile\ndp\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "set\nignore\nretain\nversion\necho a ~/x\nalias\nfolder\n=\nP\nfile\ndp\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nSHELL\t/bin/bash\nappend\t\nask\t\naskcc\t\ncrt\t\ndot\t\nsave\t\ndelivered-to\nmail-from\nmessage-id\nreceived\nresent-message-id\nreturn-path\nstatus\nvia\nNo fields currently being retained.\nVersion 8.1.2 01/15/2001\na /home/student/x\n\"/var/mail/student\": 2 messages 2 new\n1\nMessage 1:\nFrom student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\nStatus: RO\n\nhello\nerr\n\n\"/var/mail/student\": 2 messages 1 unread\nMessage 2:\nFrom student@playground Wed Nov 25 10:02:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:02:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> date\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:02:01 +0000\n\nWed Nov 25 10:02:01 UTC 2026\n\nSaved 1 message in /home/student/mbox\n",
      stderr: "",
      status: 0,
    });
    expect(result.spool).toEqual("");
    expect(result.files).toEqual({"mbox": "From student@playground Wed Nov 25 10:02:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:02:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> date\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:02:01 +0000\nStatus: RO\n\nWed Nov 25 10:02:01 UTC 2026\n\n"});
  });

  test("d *; q", async () => {
    // $ printf 'd *\nq\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "d *\nq\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\n",
      stderr: "",
      status: 0,
    });
    expect(result.spool).toEqual("");
    expect(result.files).toEqual({});
  });

  test("d *; h; q", async () => {
    // $ printf 'd *\nh\nq\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "d *\nh\nq\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nNo applicable messages\n",
      stderr: "",
      status: 0,
    });
    expect(result.spool).toEqual("");
    expect(result.files).toEqual({});
  });

  test("p *; q", async () => {
    // $ printf 'p *\nq\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "p *\nq\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nMessage 1:\nFrom student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\n\nhello\nerr\n\nMessage 2:\nFrom student@playground Wed Nov 25 10:02:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:02:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> date\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:02:01 +0000\n\nWed Nov 25 10:02:01 UTC 2026\n\nSaved 2 messages in /home/student/mbox\n",
      stderr: "",
      status: 0,
    });
    expect(result.spool).toEqual("");
    expect(result.files).toEqual({"mbox": "From student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\nStatus: RO\n\nhello\nerr\n\nFrom student@playground Wed Nov 25 10:02:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:02:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> date\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:02:01 +0000\nStatus: RO\n\nWed Nov 25 10:02:01 UTC 2026\n\n"});
  });

  test("n; n; n; q", async () => {
    // $ printf 'n\nn\nn\nq\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "n\nn\nn\nq\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nMessage 1:\nFrom student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\n\nhello\nerr\n\nMessage 2:\nFrom student@playground Wed Nov 25 10:02:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:02:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> date\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:02:01 +0000\n\nWed Nov 25 10:02:01 UTC 2026\n\nAt EOF\nSaved 2 messages in /home/student/mbox\n",
      stderr: "",
      status: 0,
    });
    expect(result.spool).toEqual("");
    expect(result.files).toEqual({"mbox": "From student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\nStatus: RO\n\nhello\nerr\n\nFrom student@playground Wed Nov 25 10:02:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:02:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> date\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:02:01 +0000\nStatus: RO\n\nWed Nov 25 10:02:01 UTC 2026\n\n"});
  });

  test("+; +; -; -; -; x", async () => {
    // $ printf '+\n+\n-\n-\n-\nx\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "+\n+\n-\n-\n-\nx\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nMessage 2:\nFrom student@playground Wed Nov 25 10:02:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:02:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> date\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:02:01 +0000\n\nWed Nov 25 10:02:01 UTC 2026\n\nReferencing beyond EOF\nMessage 1:\nFrom student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\n\nhello\nerr\n\nReferencing before 1\nReferencing before 1\n",
      stderr: "",
      status: 0,
    });
  });

  test("p :n; p :u; d :r; f :o; q", async () => {
    // $ printf 'p :n\np :u\nd :r\nf :o\nq\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "p :n\np :u\nd :r\nf :o\nq\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nMessage 1:\nFrom student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\n\nhello\nerr\n\nMessage 2:\nFrom student@playground Wed Nov 25 10:02:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:02:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> date\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:02:01 +0000\n\nWed Nov 25 10:02:01 UTC 2026\n\nNo messages satisfy :u\nNo messages satisfy :o\n",
      stderr: "",
      status: 0,
    });
    expect(result.spool).toEqual("");
    expect(result.files).toEqual({});
  });

  test("f root; f /date; f /nomatch; f bob; x", async () => {
    // $ printf 'f root\nf /date\nf /nomatch\nf bob\nx\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "f root\nf /date\nf /nomatch\nf bob\nx\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\n>N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nNo applicable messages from {/nomatch}\nNo applicable messages from {bob}\n",
      stderr: "",
      status: 0,
    });
  });

  test("p \\\"unterminated; x", async () => {
    // $ printf 'p "unterminated\nx\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "p \"unterminated\nx\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\n",
      stderr: "Missing \"\n",
      status: 0,
    });
  });

  test("mbox 2; q", async () => {
    // $ printf 'mbox 2\nq\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "mbox 2\nq\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nSaved 1 message in /home/student/mbox\nHeld 1 message in /var/mail/student\n",
      stderr: "",
      status: 0,
    });
    expect(result.spool).toEqual("From student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\nStatus: O\n\nhello\nerr\n\n");
    expect(result.files).toEqual({"mbox": "From student@playground Wed Nov 25 10:02:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:02:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> date\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:02:01 +0000\nStatus: O\n\nWed Nov 25 10:02:01 UTC 2026\n\n"});
  });

  test("touch 2; q", async () => {
    // $ printf 'touch 2\nq\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "touch 2\nq\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nSaved 1 message in /home/student/mbox\nHeld 1 message in /var/mail/student\n",
      stderr: "",
      status: 0,
    });
    expect(result.spool).toEqual("From student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\nStatus: O\n\nhello\nerr\n\n");
    expect(result.files).toEqual({"mbox": "From student@playground Wed Nov 25 10:02:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:02:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> date\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:02:01 +0000\nStatus: O\n\nWed Nov 25 10:02:01 UTC 2026\n\n"});
  });

  test("unread 1; q", async () => {
    // $ printf 'unread 1\nq\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "unread 1\nq\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nHeld 2 messages in /var/mail/student\n",
      stderr: "",
      status: 0,
    });
    expect(result.spool).toEqual("From student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\nStatus: O\n\nhello\nerr\n\nFrom student@playground Wed Nov 25 10:02:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:02:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> date\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:02:01 +0000\nStatus: O\n\nWed Nov 25 10:02:01 UTC 2026\n\n");
    expect(result.files).toEqual({});
  });

  test("p 1; U 1; q", async () => {
    // $ printf 'p 1\nU 1\nq\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "p 1\nU 1\nq\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nMessage 1:\nFrom student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\n\nhello\nerr\n\nHeld 2 messages in /var/mail/student\n",
      stderr: "",
      status: 0,
    });
    expect(result.spool).toEqual("From student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\nStatus: O\n\nhello\nerr\n\nFrom student@playground Wed Nov 25 10:02:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:02:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> date\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:02:01 +0000\nStatus: O\n\nWed Nov 25 10:02:01 UTC 2026\n\n");
    expect(result.files).toEqual({});
  });

  test("new 1; p; q", async () => {
    // $ printf 'new 1\np\nq\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "new 1\np\nq\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nMessage 1:\nFrom student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\n\nhello\nerr\n\nSaved 1 message in /home/student/mbox\nHeld 1 message in /var/mail/student\n",
      stderr: "",
      status: 0,
    });
    expect(result.spool).toEqual("From student@playground Wed Nov 25 10:02:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:02:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> date\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:02:01 +0000\nStatus: O\n\nWed Nov 25 10:02:01 UTC 2026\n\n");
    expect(result.files).toEqual({"mbox": "From student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\nStatus: RO\n\nhello\nerr\n\n"});
  });

  test("ho 1; p 1; q", async () => {
    // $ printf 'ho 1\np 1\nq\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "ho 1\np 1\nq\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nMessage 1:\nFrom student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\n\nhello\nerr\n\nHeld 2 messages in /var/mail/student\n",
      stderr: "",
      status: 0,
    });
    expect(result.spool).toEqual("From student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\nStatus: RO\n\nhello\nerr\n\nFrom student@playground Wed Nov 25 10:02:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:02:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> date\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:02:01 +0000\nStatus: O\n\nWed Nov 25 10:02:01 UTC 2026\n\n");
    expect(result.files).toEqual({});
  });

  test("-N p 1; q", async () => {
    // $ printf 'p 1\nq\n' | mail '-N'   (MAIL holds BOX)
    const result = await runMail(["-N"], "p 1\nq\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\nMessage 1:\nFrom student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\n\nhello\nerr\n\nSaved 1 message in /home/student/mbox\nHeld 1 message in /var/mail/student\n",
      stderr: "",
      status: 0,
    });
    expect(result.spool).toEqual("From student@playground Wed Nov 25 10:02:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:02:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> date\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:02:01 +0000\nStatus: O\n\nWed Nov 25 10:02:01 UTC 2026\n\n");
    expect(result.files).toEqual({"mbox": "From student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\nStatus: RO\n\nhello\nerr\n\n"});
  });

  test("-n p 1; q", async () => {
    // $ printf 'p 1\nq\n' | mail '-n'   (MAIL holds BOX)
    const result = await runMail(["-n"], "p 1\nq\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nMessage 1:\nFrom student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\nStatus: R\n\nhello\nerr\n\nSaved 1 message in /home/student/mbox\nHeld 1 message in /var/mail/student\n",
      stderr: "",
      status: 0,
    });
    expect(result.spool).toEqual("From student@playground Wed Nov 25 10:02:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:02:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> date\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:02:01 +0000\nStatus: O\n\nWed Nov 25 10:02:01 UTC 2026\n\n");
    expect(result.files).toEqual({"mbox": "From student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\nStatus: RO\n\nhello\nerr\n\n"});
  });

  test("-e p 1; x", async () => {
    // $ printf 'p 1\nx\n' | mail '-e'   (MAIL holds BOX)
    const result = await runMail(["-e"], "p 1\nx\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nMessage 1:\nFrom student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\n\nhello\nerr\n\n",
      stderr: "",
      status: 0,
    });
  });

  test("h; x [MANY mailbox]", async () => {
    // $ printf 'h\nx\n' | mail   (MAIL holds MANY)
    const result = await runMail([], "h\nx\n", { spool: MANY });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 25 messages 25 new\n>N  1 root@playground    Wed Nov 25 10:01    6/109   job 1\n N  2 root@playground    Wed Nov 25 10:02    6/109   job 2\n N  3 root@playground    Wed Nov 25 10:03    6/109   job 3\n N  4 root@playground    Wed Nov 25 10:04    6/109   job 4\n N  5 root@playground    Wed Nov 25 10:05    6/109   job 5\n N  6 root@playground    Wed Nov 25 10:06    6/109   job 6\n N  7 root@playground    Wed Nov 25 10:07    6/109   job 7\n N  8 root@playground    Wed Nov 25 10:08    6/109   job 8\n N  9 root@playground    Wed Nov 25 10:09    6/109   job 9\n N 10 root@playground    Wed Nov 25 10:10    6/111   job 10\n N 11 root@playground    Wed Nov 25 10:11    6/111   job 11\n N 12 root@playground    Wed Nov 25 10:12    6/111   job 12\n N 13 root@playground    Wed Nov 25 10:13    6/111   job 13\n N 14 root@playground    Wed Nov 25 10:14    6/111   job 14\n N 15 root@playground    Wed Nov 25 10:15    6/111   job 15\n N 16 root@playground    Wed Nov 25 10:16    6/111   job 16\n N 17 root@playground    Wed Nov 25 10:17    6/111   job 17\n N 18 root@playground    Wed Nov 25 10:18    6/111   job 18\n N 19 root@playground    Wed Nov 25 10:19    6/111   job 19\n N 20 root@playground    Wed Nov 25 10:20    6/111   job 20\n>N  1 root@playground    Wed Nov 25 10:01    6/109   job 1\n N  2 root@playground    Wed Nov 25 10:02    6/109   job 2\n N  3 root@playground    Wed Nov 25 10:03    6/109   job 3\n N  4 root@playground    Wed Nov 25 10:04    6/109   job 4\n N  5 root@playground    Wed Nov 25 10:05    6/109   job 5\n N  6 root@playground    Wed Nov 25 10:06    6/109   job 6\n N  7 root@playground    Wed Nov 25 10:07    6/109   job 7\n N  8 root@playground    Wed Nov 25 10:08    6/109   job 8\n N  9 root@playground    Wed Nov 25 10:09    6/109   job 9\n N 10 root@playground    Wed Nov 25 10:10    6/111   job 10\n N 11 root@playground    Wed Nov 25 10:11    6/111   job 11\n N 12 root@playground    Wed Nov 25 10:12    6/111   job 12\n N 13 root@playground    Wed Nov 25 10:13    6/111   job 13\n N 14 root@playground    Wed Nov 25 10:14    6/111   job 14\n N 15 root@playground    Wed Nov 25 10:15    6/111   job 15\n N 16 root@playground    Wed Nov 25 10:16    6/111   job 16\n N 17 root@playground    Wed Nov 25 10:17    6/111   job 17\n N 18 root@playground    Wed Nov 25 10:18    6/111   job 18\n N 19 root@playground    Wed Nov 25 10:19    6/111   job 19\n N 20 root@playground    Wed Nov 25 10:20    6/111   job 20\n",
      stderr: "",
      status: 0,
    });
  });

  test("h; z; z; z-; z-; h 25; n 24; n; n; x [MANY mailbox]", async () => {
    // $ printf 'h\nz\nz\nz-\nz-\nh 25\nn 24\nn\nn\nx\n' | mail   (MAIL holds MANY)
    const result = await runMail([], "h\nz\nz\nz-\nz-\nh 25\nn 24\nn\nn\nx\n", { spool: MANY });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 25 messages 25 new\n>N  1 root@playground    Wed Nov 25 10:01    6/109   job 1\n N  2 root@playground    Wed Nov 25 10:02    6/109   job 2\n N  3 root@playground    Wed Nov 25 10:03    6/109   job 3\n N  4 root@playground    Wed Nov 25 10:04    6/109   job 4\n N  5 root@playground    Wed Nov 25 10:05    6/109   job 5\n N  6 root@playground    Wed Nov 25 10:06    6/109   job 6\n N  7 root@playground    Wed Nov 25 10:07    6/109   job 7\n N  8 root@playground    Wed Nov 25 10:08    6/109   job 8\n N  9 root@playground    Wed Nov 25 10:09    6/109   job 9\n N 10 root@playground    Wed Nov 25 10:10    6/111   job 10\n N 11 root@playground    Wed Nov 25 10:11    6/111   job 11\n N 12 root@playground    Wed Nov 25 10:12    6/111   job 12\n N 13 root@playground    Wed Nov 25 10:13    6/111   job 13\n N 14 root@playground    Wed Nov 25 10:14    6/111   job 14\n N 15 root@playground    Wed Nov 25 10:15    6/111   job 15\n N 16 root@playground    Wed Nov 25 10:16    6/111   job 16\n N 17 root@playground    Wed Nov 25 10:17    6/111   job 17\n N 18 root@playground    Wed Nov 25 10:18    6/111   job 18\n N 19 root@playground    Wed Nov 25 10:19    6/111   job 19\n N 20 root@playground    Wed Nov 25 10:20    6/111   job 20\n>N  1 root@playground    Wed Nov 25 10:01    6/109   job 1\n N  2 root@playground    Wed Nov 25 10:02    6/109   job 2\n N  3 root@playground    Wed Nov 25 10:03    6/109   job 3\n N  4 root@playground    Wed Nov 25 10:04    6/109   job 4\n N  5 root@playground    Wed Nov 25 10:05    6/109   job 5\n N  6 root@playground    Wed Nov 25 10:06    6/109   job 6\n N  7 root@playground    Wed Nov 25 10:07    6/109   job 7\n N  8 root@playground    Wed Nov 25 10:08    6/109   job 8\n N  9 root@playground    Wed Nov 25 10:09    6/109   job 9\n N 10 root@playground    Wed Nov 25 10:10    6/111   job 10\n N 11 root@playground    Wed Nov 25 10:11    6/111   job 11\n N 12 root@playground    Wed Nov 25 10:12    6/111   job 12\n N 13 root@playground    Wed Nov 25 10:13    6/111   job 13\n N 14 root@playground    Wed Nov 25 10:14    6/111   job 14\n N 15 root@playground    Wed Nov 25 10:15    6/111   job 15\n N 16 root@playground    Wed Nov 25 10:16    6/111   job 16\n N 17 root@playground    Wed Nov 25 10:17    6/111   job 17\n N 18 root@playground    Wed Nov 25 10:18    6/111   job 18\n N 19 root@playground    Wed Nov 25 10:19    6/111   job 19\n N 20 root@playground    Wed Nov 25 10:20    6/111   job 20\n>N 21 root@playground    Wed Nov 25 10:21    6/111   job 21\n N 22 root@playground    Wed Nov 25 10:22    6/111   job 22\n N 23 root@playground    Wed Nov 25 10:23    6/111   job 23\n N 24 root@playground    Wed Nov 25 10:24    6/111   job 24\n N 25 root@playground    Wed Nov 25 10:25    6/111   job 25\nOn last screenful of messages\n>N  1 root@playground    Wed Nov 25 10:01    6/109   job 1\n N  2 root@playground    Wed Nov 25 10:02    6/109   job 2\n N  3 root@playground    Wed Nov 25 10:03    6/109   job 3\n N  4 root@playground    Wed Nov 25 10:04    6/109   job 4\n N  5 root@playground    Wed Nov 25 10:05    6/109   job 5\n N  6 root@playground    Wed Nov 25 10:06    6/109   job 6\n N  7 root@playground    Wed Nov 25 10:07    6/109   job 7\n N  8 root@playground    Wed Nov 25 10:08    6/109   job 8\n N  9 root@playground    Wed Nov 25 10:09    6/109   job 9\n N 10 root@playground    Wed Nov 25 10:10    6/111   job 10\n N 11 root@playground    Wed Nov 25 10:11    6/111   job 11\n N 12 root@playground    Wed Nov 25 10:12    6/111   job 12\n N 13 root@playground    Wed Nov 25 10:13    6/111   job 13\n N 14 root@playground    Wed Nov 25 10:14    6/111   job 14\n N 15 root@playground    Wed Nov 25 10:15    6/111   job 15\n N 16 root@playground    Wed Nov 25 10:16    6/111   job 16\n N 17 root@playground    Wed Nov 25 10:17    6/111   job 17\n N 18 root@playground    Wed Nov 25 10:18    6/111   job 18\n N 19 root@playground    Wed Nov 25 10:19    6/111   job 19\n N 20 root@playground    Wed Nov 25 10:20    6/111   job 20\nOn first screenful of messages\n>N 21 root@playground    Wed Nov 25 10:21    6/111   job 21\n N 22 root@playground    Wed Nov 25 10:22    6/111   job 22\n N 23 root@playground    Wed Nov 25 10:23    6/111   job 23\n N 24 root@playground    Wed Nov 25 10:24    6/111   job 24\n N 25 root@playground    Wed Nov 25 10:25    6/111   job 25\nMessage 24:\nFrom student@playground Wed Nov 25 10:24:01 2026\nFrom: root@playground (Cron Daemon)\nSubject: job 24\n\nline 24\n\nMessage 25:\nFrom student@playground Wed Nov 25 10:25:01 2026\nFrom: root@playground (Cron Daemon)\nSubject: job 25\n\nline 25\n\nAt EOF\n",
      stderr: "",
      status: 0,
    });
  });

  test("d 1-22; h; z; q [MANY mailbox]", async () => {
    // $ printf 'd 1-22\nh\nz\nq\n' | mail   (MAIL holds MANY)
    const result = await runMail([], "d 1-22\nh\nz\nq\n", { spool: MANY });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 25 messages 25 new\n>N  1 root@playground    Wed Nov 25 10:01    6/109   job 1\n N  2 root@playground    Wed Nov 25 10:02    6/109   job 2\n N  3 root@playground    Wed Nov 25 10:03    6/109   job 3\n N  4 root@playground    Wed Nov 25 10:04    6/109   job 4\n N  5 root@playground    Wed Nov 25 10:05    6/109   job 5\n N  6 root@playground    Wed Nov 25 10:06    6/109   job 6\n N  7 root@playground    Wed Nov 25 10:07    6/109   job 7\n N  8 root@playground    Wed Nov 25 10:08    6/109   job 8\n N  9 root@playground    Wed Nov 25 10:09    6/109   job 9\n N 10 root@playground    Wed Nov 25 10:10    6/111   job 10\n N 11 root@playground    Wed Nov 25 10:11    6/111   job 11\n N 12 root@playground    Wed Nov 25 10:12    6/111   job 12\n N 13 root@playground    Wed Nov 25 10:13    6/111   job 13\n N 14 root@playground    Wed Nov 25 10:14    6/111   job 14\n N 15 root@playground    Wed Nov 25 10:15    6/111   job 15\n N 16 root@playground    Wed Nov 25 10:16    6/111   job 16\n N 17 root@playground    Wed Nov 25 10:17    6/111   job 17\n N 18 root@playground    Wed Nov 25 10:18    6/111   job 18\n N 19 root@playground    Wed Nov 25 10:19    6/111   job 19\n N 20 root@playground    Wed Nov 25 10:20    6/111   job 20\n>N 23 root@playground    Wed Nov 25 10:23    6/111   job 23\n N 24 root@playground    Wed Nov 25 10:24    6/111   job 24\n N 25 root@playground    Wed Nov 25 10:25    6/111   job 25\nOn last screenful of messages\nHeld 3 messages in /var/mail/student\n",
      stderr: "",
      status: 0,
    });
    expect(result.spool).toEqual("From student@playground Wed Nov 25 10:23:01 2026\nFrom: root@playground (Cron Daemon)\nSubject: job 23\nStatus: O\n\nline 23\n\nFrom student@playground Wed Nov 25 10:24:01 2026\nFrom: root@playground (Cron Daemon)\nSubject: job 24\nStatus: O\n\nline 24\n\nFrom student@playground Wed Nov 25 10:25:01 2026\nFrom: root@playground (Cron Daemon)\nSubject: job 25\nStatus: O\n\nline 25\n\n");
    expect(result.files).toEqual({});
  });

  test("h; p 1; p 2; p 3; p 4; q [ODD mailbox]", async () => {
    // $ printf 'h\np 1\np 2\np 3\np 4\nq\n' | mail   (MAIL holds ODD)
    const result = await runMail([], "h\np 1\np 2\np 3\np 4\nq\n", { spool: ODD });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 4 messages 3 new\n>N  1 alice@example.com  Wed Nov 25 09:00    4/119   tea party\tinvitation\n N  2 the                     rabbit hole    3/26    \n N  3 bob                Wed Nov 25 09:05    5/72    \n    4 carol.with.a.very  Thu Nov 26 11:15    7/280   A very long subject line th\n>N  1 alice@example.com  Wed Nov 25 09:00    4/119   tea party\tinvitation\n N  2 the                     rabbit hole    3/26    \n N  3 bob                Wed Nov 25 09:05    5/72    \n    4 carol.with.a.very  Thu Nov 26 11:15    7/280   A very long subject line th\nMessage 1:\nFrom alice@example.com Wed Nov 25 09:00:00 2026\nFrom: Alice Liddell <alice@example.com>\nSubject: tea party\tinvitation\n\nMessage 2:\nFrom the rabbit hole\n\nbye\n\nMessage 3:\nFrom bob Wed Nov 25 09:05 2026\nTo: student\n\nno from header, no subject\n\nMessage 4:\nFrom carol@playground Thu Nov 26 11:15:00 2026\nFrom: \"Carol, the very long named person\" <carol.with.a.very.long.address@some.example.org>\nSubject: A very long subject line that goes on and on and on well past the end of the terminal\n\nread already\n>From not-a-separator\nSaved 4 messages in /home/student/mbox\n",
      stderr: "",
      status: 0,
    });
    expect(result.spool).toEqual("");
    expect(result.files).toEqual({"mbox": "From alice@example.com Wed Nov 25 09:00:00 2026\nFrom: Alice Liddell <alice@example.com>\nSubject: tea party\tinvitation\nStatus: RO\n\nFrom the rabbit hole\nStatus: RO\n\nbye\n\nFrom bob Wed Nov 25 09:05 2026\nTo: student\nStatus: RO\n\nno from header, no subject\n\nFrom carol@playground Thu Nov 26 11:15:00 2026\nFrom: \"Carol, the very long named person\" <carol.with.a.very.long.address@some.example.org>\nSubject: A very long subject line that goes on and on and on well past the end of the terminal\nStatus: RO\n\nread already\n>From not-a-separator\n"});
  });

  test("h; p; q [LOOSE mailbox]", async () => {
    // $ printf 'h\np\nq\n' | mail   (MAIL holds LOOSE)
    const result = await runMail([], "h\np\nq\n", { spool: LOOSE });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 3 messages 3 new\n>N  1 a@b                Wed Nov 25 09:00   11/78    one\n N  2 two                          spaces    4/27    \n N  3 x                                 y    1/9     \n>N  1 a@b                Wed Nov 25 09:00   11/78    one\n N  2 two                          spaces    4/27    \n N  3 x                                 y    1/9     \nMessage 1:\nFrom a@b Wed Nov 25 09:00:00 2026\nSubject: one\n\nbody\n\n>From x\nstill?\n\n>From \nx\n\nSaved 1 message in /home/student/mbox\nHeld 2 messages in /var/mail/student\n",
      stderr: "",
      status: 0,
    });
    expect(result.spool).toEqual("From  two spaces\nStatus: O\n\nFromage\n\nFrom x y\n");
    expect(result.files).toEqual({"mbox": "From a@b Wed Nov 25 09:00:00 2026\nSubject: one\nStatus: RO\n\nbody\n\n>From x\nstill?\n\n>From \nx\n\n"});
  });

  test("h; p; q [CRLF mailbox]", async () => {
    // $ printf 'h\np\nq\n' | mail   (MAIL holds CRLF)
    const result = await runMail([], "h\np\nq\n", { spool: CRLF });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 1 message 1 new\n>N  1 a@b                Wed Nov 25 09:00    4/54    crlf\n>N  1 a@b                Wed Nov 25 09:00    4/54    crlf\nMessage 1:\nFrom a@b Wed Nov 25 09:00:00 2026\nSubject: crlf\n\nbody\nSaved 1 message in /home/student/mbox\n",
      stderr: "",
      status: 0,
    });
    expect(result.spool).toEqual("");
    expect(result.files).toEqual({"mbox": "From a@b Wed Nov 25 09:00:00 2026\nSubject: crlf\nStatus: RO\n\nbody\n"});
  });

  test("h; p; q [CONTROL mailbox]", async () => {
    // $ printf 'h\np\nq\n' | mail   (MAIL holds CONTROL)
    const result = await runMail([], "h\np\nq\n", { spool: CONTROL });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 1 message 1 new\n>N  1 j@x                Wed Nov 25 09:00    6/89    café ^A ok\n>N  1 j@x                Wed Nov 25 09:00    6/89    café ^A ok\nMessage 1:\nFrom a@b Wed Nov 25 09:00:00 2026\nFrom: Jérôme <j@x>\nSubject: café \u0001 ok\n\nbody café\u0001\n\nSaved 1 message in /home/student/mbox\n",
      stderr: "",
      status: 0,
    });
    expect(result.spool).toEqual("");
    expect(result.files).toEqual({"mbox": "From a@b Wed Nov 25 09:00:00 2026\nFrom: Jérôme <j@x>\nSubject: café \u0001 ok\nStatus: RO\n\nbody café\u0001\n\n"});
  });

  test("(no commands) [no system mailbox]", async () => {
    // $ mail < /dev/null
    const result = await runMail([], "", {  });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "",
      stderr: "No mail for student\n",
      status: 1,
    });
  });

  test("-f (no commands) [no system mailbox]", async () => {
    // $ mail '-f' < /dev/null
    const result = await runMail(["-f"], "", {  });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "",
      stderr: "mail: /home/student/mbox: No such file or directory\n",
      status: 1,
    });
  });

  test("-f nofile (no commands) [no system mailbox]", async () => {
    // $ mail '-f' 'nofile' < /dev/null
    const result = await runMail(["-f", "nofile"], "", {  });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "",
      stderr: "mail: nofile: No such file or directory\n",
      status: 1,
    });
  });

  test("-f mb h; q [no system mailbox, ~/mb]", async () => {
    // $ printf 'h\nq\n' | mail '-f' 'mb'   (home has mb)
    const result = await runMail(["-f", "mb"], "h\nq\n", { files: {"mb": "From student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\n\nhello\nerr\n\nFrom student@playground Wed Nov 25 10:02:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:02:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> date\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:02:01 +0000\n\nWed Nov 25 10:02:01 UTC 2026\n\n"} });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"mb\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\n\"mb\" complete\n",
      stderr: "",
      status: 0,
    });
    expect(result.spool).toEqual(null);
    expect(result.files).toEqual({"mb": "From student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\nStatus: O\n\nhello\nerr\n\nFrom student@playground Wed Nov 25 10:02:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:02:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> date\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:02:01 +0000\nStatus: O\n\nWed Nov 25 10:02:01 UTC 2026\n\n"});
  });

  test("-f mb d *; q [no system mailbox, ~/mb]", async () => {
    // $ printf 'd *\nq\n' | mail '-f' 'mb'   (home has mb)
    const result = await runMail(["-f", "mb"], "d *\nq\n", { files: {"mb": "From student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\n\nhello\nerr\n\nFrom student@playground Wed Nov 25 10:02:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:02:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> date\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:02:01 +0000\n\nWed Nov 25 10:02:01 UTC 2026\n\n"} });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"mb\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\n\"mb\" truncated\n",
      stderr: "",
      status: 0,
    });
    expect(result.spool).toEqual(null);
    expect(result.files).toEqual({"mb": ""});
  });

  test("-f p; q [no system mailbox, ~/mbox]", async () => {
    // $ printf 'p\nq\n' | mail '-f'   (home has mbox)
    const result = await runMail(["-f"], "p\nq\n", { files: {"mbox": "From student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\n\nhello\nerr\n\nFrom student@playground Wed Nov 25 10:02:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:02:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> date\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:02:01 +0000\n\nWed Nov 25 10:02:01 UTC 2026\n\n"} });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/home/student/mbox\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nMessage 1:\nFrom student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\n\nhello\nerr\n\n\"/home/student/mbox\" complete\n",
      stderr: "",
      status: 0,
    });
    expect(result.spool).toEqual(null);
    expect(result.files).toEqual({"mbox": "From student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\nStatus: RO\n\nhello\nerr\n\nFrom student@playground Wed Nov 25 10:02:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:02:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> date\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:02:01 +0000\nStatus: O\n\nWed Nov 25 10:02:01 UTC 2026\n\n"});
  });

  test("-f empty (no commands) [no system mailbox, ~/empty]", async () => {
    // $ mail '-f' 'empty' < /dev/null   (home has empty)
    const result = await runMail(["-f", "empty"], "", { files: {"empty": ""} });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"empty\": 0 messages\n",
      stderr: "",
      status: 0,
    });
  });

  test("-f a b x", async () => {
    // $ printf 'x\n' | mail '-f' 'a' 'b'   (MAIL holds BOX)
    const result = await runMail(["-f", "a", "b"], "x\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "",
      stderr: "mail: Cannot give -f and people to send to\n",
      status: 1,
    });
  });

  test("-s x (no commands)", async () => {
    // $ mail '-s' 'x' < /dev/null   (MAIL holds BOX)
    const result = await runMail(["-s", "x"], "", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "",
      stderr: "mail: You must specify to-addr recipients when using -s, -c, -b, or -r\n",
      status: 1,
    });
  });

  test("-Z (no commands)", async () => {
    // $ mail '-Z' < /dev/null   (MAIL holds BOX)
    const result = await runMail(["-Z"], "", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "",
      stderr: "mail: invalid option -- 'Z'\nusage: mail [-dEIinv] [-a header] [-b bcc-addr] [-c cc-addr] [-r from-addr] [-s subject] [--] to-addr ...\n       mail [-dEIiNnv] -f [name]\n       mail [-dEIiNnv] [-u user]\n",
      status: 1,
    });
  });

  test("--help (no commands)", async () => {
    // $ mail '--help' < /dev/null   (MAIL holds BOX)
    const result = await runMail(["--help"], "", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "",
      stderr: "mail: invalid option -- '-'\nusage: mail [-dEIinv] [-a header] [-b bcc-addr] [-c cc-addr] [-r from-addr] [-s subject] [--] to-addr ...\n       mail [-dEIiNnv] -f [name]\n       mail [-dEIiNnv] [-u user]\n",
      status: 1,
    });
  });

  test("-s (no commands)", async () => {
    // $ mail '-s' < /dev/null   (MAIL holds BOX)
    const result = await runMail(["-s"], "", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "",
      stderr: "mail: option requires an argument -- 's'\nusage: mail [-dEIinv] [-a header] [-b bcc-addr] [-c cc-addr] [-r from-addr] [-s subject] [--] to-addr ...\n       mail [-dEIiNnv] -f [name]\n       mail [-dEIiNnv] [-u user]\n",
      status: 1,
    });
  });

  test("-u nobody (no commands)", async () => {
    // $ mail '-u' 'nobody' < /dev/null   (MAIL holds BOX)
    const result = await runMail(["-u", "nobody"], "", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "",
      stderr: "No mail for nobody\n",
      status: 1,
    });
  });

  test("q [~/.mailrc: set hold]", async () => {
    // $ printf 'q\n' | mail   (MAIL holds BOX; home has .mailrc)
    const result = await runMail([], "q\n", { spool: BOX, files: {".mailrc": "set hold\n"} });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nHeld 2 messages in /var/mail/student\n",
      stderr: "",
      status: 0,
    });
    expect(result.spool).toEqual("From student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\nStatus: O\n\nhello\nerr\n\nFrom student@playground Wed Nov 25 10:02:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:02:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> date\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:02:01 +0000\nStatus: O\n\nWed Nov 25 10:02:01 UTC 2026\n\n");
    expect(result.files).toEqual({});
  });

  test("p; q [~/.mailrc: set keepsave]", async () => {
    // $ printf 'p\nq\n' | mail   (MAIL holds BOX; home has .mailrc)
    const result = await runMail([], "p\nq\n", { spool: BOX, files: {".mailrc": "set keepsave\n"} });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nMessage 1:\nFrom student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\n\nhello\nerr\n\nSaved 1 message in /home/student/mbox\nHeld 1 message in /var/mail/student\n",
      stderr: "",
      status: 0,
    });
    expect(result.spool).toEqual("From student@playground Wed Nov 25 10:02:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:02:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> date\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:02:01 +0000\nStatus: O\n\nWed Nov 25 10:02:01 UTC 2026\n\n");
    expect(result.files).toEqual({"mbox": "From student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\nStatus: RO\n\nhello\nerr\n\n"});
  });

  test("s 1 x; q [~/.mailrc: set keepsave]", async () => {
    // $ printf 's 1 x\nq\n' | mail   (MAIL holds BOX; home has .mailrc)
    const result = await runMail([], "s 1 x\nq\n", { spool: BOX, files: {".mailrc": "set keepsave\n"} });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\n\"x\" [New file]\nSaved 1 message in /home/student/mbox\nHeld 1 message in /var/mail/student\n",
      stderr: "",
      status: 0,
    });
    expect(result.spool).toEqual("From student@playground Wed Nov 25 10:02:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:02:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> date\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:02:01 +0000\nStatus: O\n\nWed Nov 25 10:02:01 UTC 2026\n\n");
    expect(result.files).toEqual({"mbox": "From student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\nStatus: RO\n\nhello\nerr\n\n", "x": "From student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\nStatus: R\n\nhello\nerr\n\n"});
  });

  test("set screen=1; h; z; h 2; x", async () => {
    // $ printf 'set screen=1\nh\nz\nh 2\nx\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "set screen=1\nh\nz\nh 2\nx\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n>N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\n>N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\n",
      stderr: "",
      status: 0,
    });
  });

  test("set toplines=2; top 2; x", async () => {
    // $ printf 'set toplines=2\ntop 2\nx\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "set toplines=2\ntop 2\nx\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nMessage 2:\nFrom student@playground Wed Nov 25 10:02:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:02:01 +0000\n",
      stderr: "",
      status: 0,
    });
  });

  test("set quiet; p; x", async () => {
    // $ printf 'set quiet\np\nx\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "set quiet\np\nx\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nFrom student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\n\nhello\nerr\n\n",
      stderr: "",
      status: 0,
    });
  });

  test("set autoprint; d; d; q", async () => {
    // $ printf 'set autoprint\nd\nd\nq\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "set autoprint\nd\nd\nq\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nMessage 2:\nFrom student@playground Wed Nov 25 10:02:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:02:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> date\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:02:01 +0000\n\nWed Nov 25 10:02:01 UTC 2026\n\n",
      stderr: "",
      status: 0,
    });
    expect(result.spool).toEqual("");
    expect(result.files).toEqual({});
  });

  test("retain subject; p 1; unset foo; x", async () => {
    // $ printf 'retain subject\np 1\nunset foo\nx\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "retain subject\np 1\nunset foo\nx\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nMessage 1:\nFrom student@playground Wed Nov 25 10:01:01 2026\nSubject: Cron <student@playground> echo hello; echo err >&2\n\nhello\nerr\n\n\"foo\": undefined variable\n",
      stderr: "",
      status: 0,
    });
  });

  test("dp; dp; dp; q", async () => {
    // $ printf 'dp\ndp\ndp\nq\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "dp\ndp\ndp\nq\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nMessage 2:\nFrom student@playground Wed Nov 25 10:02:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:02:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> date\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:02:01 +0000\n\nWed Nov 25 10:02:01 UTC 2026\n\nNo more messages\nNo applicable messages\n",
      stderr: "",
      status: 0,
    });
    expect(result.spool).toEqual("");
    expect(result.files).toEqual({});
  });

  test("c 1 copy.txt; q", async () => {
    // $ printf 'c 1 copy.txt\nq\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "c 1 copy.txt\nq\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\n\"copy.txt\" [New file]\nSaved 1 message in /home/student/mbox\nHeld 1 message in /var/mail/student\n",
      stderr: "",
      status: 0,
    });
    expect(result.spool).toEqual("From student@playground Wed Nov 25 10:02:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:02:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> date\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:02:01 +0000\nStatus: O\n\nWed Nov 25 10:02:01 UTC 2026\n\n");
    expect(result.files).toEqual({"copy.txt": "From student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\nStatus: R\n\nhello\nerr\n\n", "mbox": "From student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\nStatus: RO\n\nhello\nerr\n\n"});
  });

  test("s; w; c 9 x; q", async () => {
    // $ printf 's\nw\nc 9 x\nq\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "s\nw\nc 9 x\nq\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nNo file specified.\nNo file specified.\n9: Invalid message number\nHeld 2 messages in /var/mail/student\n",
      stderr: "",
      status: 0,
    });
    expect(result.spool).toEqual("From student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\nStatus: O\n\nhello\nerr\n\nFrom student@playground Wed Nov 25 10:02:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:02:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> date\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:02:01 +0000\nStatus: O\n\nWed Nov 25 10:02:01 UTC 2026\n\n");
    expect(result.files).toEqual({});
  });

  test("d 1; p 1; u; p 1; q", async () => {
    // $ printf 'd 1\np 1\nu\np 1\nq\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "d 1\np 1\nu\np 1\nq\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\n1: Inappropriate message\nMessage 1:\nFrom student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\n\nhello\nerr\n\nSaved 1 message in /home/student/mbox\nHeld 1 message in /var/mail/student\n",
      stderr: "",
      status: 0,
    });
  });

  test("p 1-; p 2-1; p $; p ^; p .; x", async () => {
    // $ printf 'p 1-\np 2-1\np $\np ^\np .\nx\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "p 1-\np 2-1\np $\np ^\np .\nx\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nMessage 1:\nFrom student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\n\nhello\nerr\n\nMessage 1:\nFrom student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\n\nhello\nerr\n\nMessage 2:\nFrom student@playground Wed Nov 25 10:02:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:02:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> date\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:02:01 +0000\n\nWed Nov 25 10:02:01 UTC 2026\n\nMessage 1:\nFrom student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\n\nhello\nerr\n\nMessage 1:\nFrom student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\n\nhello\nerr\n\n",
      stderr: "",
      status: 0,
    });
  });

  test("p 1 2; d 1 2; p; h; q", async () => {
    // $ printf 'p 1 2\nd 1 2\np\nh\nq\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "p 1 2\nd 1 2\np\nh\nq\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nMessage 1:\nFrom student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\n\nhello\nerr\n\nMessage 2:\nFrom student@playground Wed Nov 25 10:02:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:02:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> date\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:02:01 +0000\n\nWed Nov 25 10:02:01 UTC 2026\n\nNo applicable messages\nNo applicable messages\n",
      stderr: "",
      status: 0,
    });
  });

  test("inc; q", async () => {
    // $ printf 'inc\nq\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "inc\nq\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nNo new mail.\nHeld 2 messages in /var/mail/student\n",
      stderr: "",
      status: 0,
    });
  });

  test("| 1 cat; x", async () => {
    // $ printf '| 1 cat\nx\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "| 1 cat\nx\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nFrom student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\nStatus: R\n\nhello\nerr\n\n",
      stderr: "",
      status: 0,
    });
  });

  test("pipe wc -l; p 1-2 cat; x", async () => {
    // $ printf 'pipe wc -l\np 1-2 cat\nx\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "pipe wc -l\np 1-2 cat\nx\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\n19\nNo applicable messages from {cat}\n",
      stderr: "",
      status: 0,
    });
  });

  test("!echo $HOME; x", async () => {
    // $ printf '!echo $HOME\nx\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "!echo $HOME\nx\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\n/home/student\n!\n",
      stderr: "",
      status: 0,
    });
  });

  test("!echo hi; x", async () => {
    // $ printf '!echo hi\nx\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "!echo hi\nx\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nhi\n!\n",
      stderr: "",
      status: 0,
    });
  });

  test("echo % & # +x; x", async () => {
    // $ printf 'echo % & # +x\nx\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "echo % & # +x\nx\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\n/var/mail/student /home/student/mboxNo previous file\n +x\n",
      stderr: "",
      status: 0,
    });
  });

  test("fi; fi &; x", async () => {
    // $ printf 'fi\nfi &\nx\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "fi\nfi &\nx\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\n\"/var/mail/student\": 2 messages 2 new\n",
      stderr: "mail: /home/student/mbox: No such file or directory\n",
      status: 0,
    });
  });

  test("fi mb; h; fi #; q [~/mb]", async () => {
    // $ printf 'fi mb\nh\nfi #\nq\n' | mail   (MAIL holds BOX; home has mb)
    const result = await runMail([], "fi mb\nh\nfi #\nq\n", { spool: BOX, files: {"mb": "From student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\n\nhello\nerr\n\nFrom student@playground Wed Nov 25 10:02:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:02:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> date\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:02:01 +0000\n\nWed Nov 25 10:02:01 UTC 2026\n\n"} });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nHeld 2 messages in /var/mail/student\n\"mb\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\n\"mb\" complete\n\"/var/mail/student\": 2 messages 2 unread\n>U  1 root@playground    Wed Nov 25 10:01   19/521   Cron <student@playground> e\n U  2 root@playground    Wed Nov 25 10:02   18/520   Cron <student@playground> d\n",
      stderr: "",
      status: 0,
    });
  });

  test("source rc; h; x [~/rc]", async () => {
    // $ printf 'source rc\nh\nx\n' | mail   (MAIL holds BOX; home has rc)
    const result = await runMail([], "source rc\nh\nx\n", { spool: BOX, files: {"rc": "set screen=1\nfoo\nset quiet\n"} });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nUnknown command: \"foo\"\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n",
      stderr: "",
      status: 0,
    });
  });

  test("p; q [TZ=Europe/Paris]", async () => {
    // $ TZ=Europe/Paris printf 'p\nq\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "p\nq\n", { spool: BOX, tz: "Europe/Paris" });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nMessage 1:\nFrom student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\n\nhello\nerr\n\nSaved 1 message in /home/student/mbox\nHeld 1 message in /var/mail/student\n",
      stderr: "",
      status: 0,
    });
  });

  test("z; z+; z-; zx; x", async () => {
    // $ printf 'z\nz+\nz-\nzx\nx\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "z\nz+\nz-\nzx\nx\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nOn last screenful of messages\nOn last screenful of messages\nOn first screenful of messages\nUnknown command: \"zx\"\n",
      stderr: "",
      status: 0,
    });
  });

  test("h 2; =; x", async () => {
    // $ printf 'h 2\n=\nx\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "h 2\n=\nx\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\n1\n",
      stderr: "",
      status: 0,
    });
  });

  test("p 2; n; -; q", async () => {
    // $ printf 'p 2\nn\n-\nq\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "p 2\nn\n-\nq\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nMessage 2:\nFrom student@playground Wed Nov 25 10:02:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:02:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> date\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:02:01 +0000\n\nWed Nov 25 10:02:01 UTC 2026\n\nAt EOF\nMessage 1:\nFrom student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\n\nhello\nerr\n\nSaved 2 messages in /home/student/mbox\n",
      stderr: "",
      status: 0,
    });
  });

  test("d 2; n; q", async () => {
    // $ printf 'd 2\nn\nq\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "d 2\nn\nq\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nAt EOF\nHeld 1 message in /var/mail/student\n",
      stderr: "",
      status: 0,
    });
  });

  test("d 1; d 2; u 1-2; q", async () => {
    // $ printf 'd 1\nd 2\nu 1-2\nq\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "d 1\nd 2\nu 1-2\nq\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nSaved 2 messages in /home/student/mbox\n",
      stderr: "",
      status: 0,
    });
  });

  test("d; dp; q", async () => {
    // $ printf 'd\ndp\nq\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "d\ndp\nq\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nNo more messages\n",
      stderr: "",
      status: 0,
    });
  });

  test("s 1 /nonexist/x; q", async () => {
    // $ printf 's 1 /nonexist/x\nq\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "s 1 /nonexist/x\nq\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\n\"/nonexist/x\" Held 2 messages in /var/mail/student\n",
      stderr: "mail: fopen: No such file or directory\n",
      status: 0,
    });
  });

  test("s 1-2 out; q", async () => {
    // $ printf 's 1-2 out\nq\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "s 1-2 out\nq\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\n\"out\" [New file]\n",
      stderr: "",
      status: 0,
    });
  });

  test("s ~/out2; q", async () => {
    // $ printf 's ~/out2\nq\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "s ~/out2\nq\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\n\"/home/student/out2\" [New file]\nHeld 1 message in /var/mail/student\n",
      stderr: "",
      status: 0,
    });
  });

  test("p; save +x; q", async () => {
    // $ printf 'p\nsave +x\nq\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "p\nsave +x\nq\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nMessage 1:\nFrom student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\n\nhello\nerr\n\n\"+x\" [New file]\nHeld 1 message in /var/mail/student\n",
      stderr: "",
      status: 0,
    });
  });

  test("ignore x-cron-env Date; p; ignore; x", async () => {
    // $ printf 'ignore x-cron-env Date\np\nignore\nx\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "ignore x-cron-env Date\np\nignore\nx\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nMessage 1:\nFrom student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\nhello\nerr\n\ndate\ndelivered-to\nmail-from\nmessage-id\nreceived\nresent-message-id\nreturn-path\nstatus\nvia\nx-cron-env\n",
      stderr: "",
      status: 0,
    });
  });

  test("saveignore x-cron-env; s 1 out; x", async () => {
    // $ printf 'saveignore x-cron-env\ns 1 out\nx\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "saveignore x-cron-env\ns 1 out\nx\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\n\"out\" [New file]\n",
      stderr: "",
      status: 0,
    });
  });

  test("unset nothing; set a=b c; set; x", async () => {
    // $ printf 'unset nothing\nset a=b c\nset\nx\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "unset nothing\nset a=b c\nset\nx\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\n\"nothing\": undefined variable\nSHELL\t/bin/bash\na\tb\nappend\t\nask\t\naskcc\t\nc\t\ncrt\t\ndot\t\nsave\t\n",
      stderr: "",
      status: 0,
    });
  });

  test("1; 2; 3; x", async () => {
    // $ printf '1\n2\n3\nx\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "1\n2\n3\nx\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nMessage 1:\nFrom student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\n\nhello\nerr\n\nMessage 2:\nFrom student@playground Wed Nov 25 10:02:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:02:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> date\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:02:01 +0000\n\nWed Nov 25 10:02:01 UTC 2026\n\n3: Invalid message number\n",
      stderr: "",
      status: 0,
    });
  });

  test("-i p; x", async () => {
    // $ printf 'p\nx\n' | mail '-i'   (MAIL holds BOX)
    const result = await runMail(["-i"], "p\nx\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nMessage 1:\nFrom student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\n\nhello\nerr\n\n",
      stderr: "",
      status: 0,
    });
  });

  test("alias team a b; alias team c; alias; alias team; alias nope; x", async () => {
    // $ printf 'alias team a b\nalias team c\nalias\nalias team\nalias nope\nx\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "alias team a b\nalias team c\nalias\nalias team\nalias nope\nx\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nteam\t c b a\nteam\t c b a\n\"nope\": not a group\n",
      stderr: "",
      status: 0,
    });
  });

  test("retain; retain date; retain; p; x", async () => {
    // $ printf 'retain\nretain date\nretain\np\nx\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "retain\nretain date\nretain\np\nx\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nNo fields currently being retained.\ndate\nMessage 1:\nFrom student@playground Wed Nov 25 10:01:01 2026\nDate: Wed, 25 Nov 2026 10:01:01 +0000\n\nhello\nerr\n\n",
      stderr: "",
      status: 0,
    });
  });

  test("pi 1 cat; x", async () => {
    // $ printf 'pi 1 cat\nx\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "pi 1 cat\nx\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nFrom student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\nStatus: R\n\nhello\nerr\n\n",
      stderr: "",
      status: 0,
    });
  });

  test("P 2; T 1; x", async () => {
    // $ printf 'P 2\nT 1\nx\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "P 2\nT 1\nx\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nMessage 2:\nFrom student@playground Wed Nov 25 10:02:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:02:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> date\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:02:01 +0000\nStatus: R\n\nWed Nov 25 10:02:01 UTC 2026\n\nMessage 1:\nFrom student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\nStatus: R\n\nhello\nerr\n\n",
      stderr: "",
      status: 0,
    });
  });

  test("size 1-2; size *; x", async () => {
    // $ printf 'size 1-2\nsize *\nx\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "size 1-2\nsize *\nx\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\n1: 18/511\n2: 17/510\n1: 18/511\n2: 17/510\n",
      stderr: "",
      status: 0,
    });
  });

  test("f 1 2; f; h; x", async () => {
    // $ printf 'f 1 2\nf\nh\nx\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "f 1 2\nf\nh\nx\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\n>N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\n N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n>N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\n",
      stderr: "",
      status: 0,
    });
  });

  test("d 1; f *; h; new 1; h; q", async () => {
    // $ printf 'd 1\nf *\nh\nnew 1\nh\nq\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "d 1\nf *\nh\nnew 1\nh\nq\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\n>N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\n>N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\n1: Inappropriate message\n>N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nHeld 1 message in /var/mail/student\n",
      stderr: "",
      status: 0,
    });
  });

  test("p :x; p :; d 1; p :d; x", async () => {
    // $ printf 'p :x\np :\nd 1\np :d\nx\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "p :x\np :\nd 1\np :d\nx\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nUnknown colon modifier \":x\"\nUnknown colon modifier \":\"\nNo messages satisfy :d\n",
      stderr: "",
      status: 0,
    });
  });

  test("p 1; q [~/mbox]", async () => {
    // $ printf 'p 1\nq\n' | mail   (MAIL holds BOX; home has mbox)
    const result = await runMail([], "p 1\nq\n", { spool: BOX, files: {"mbox": "From x Wed Nov 25 09:00:00 2026\n\nold\n\n"} });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nMessage 1:\nFrom student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\n\nhello\nerr\n\nSaved 1 message in /home/student/mbox\nHeld 1 message in /var/mail/student\n",
      stderr: "",
      status: 0,
    });
  });

  test("p 1; q [~/.mailrc: unset append]", async () => {
    // $ printf 'p 1\nq\n' | mail   (MAIL holds BOX; home has .mailrc, mbox)
    const result = await runMail([], "p 1\nq\n", { spool: BOX, files: {".mailrc": "unset append\n", "mbox": "From x Wed Nov 25 09:00:00 2026\n\nold\n\n"} });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nMessage 1:\nFrom student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\n\nhello\nerr\n\nSaved 1 message in /home/student/mbox\nHeld 1 message in /var/mail/student\n",
      stderr: "",
      status: 0,
    });
  });

  test("-I p; q", async () => {
    // $ printf 'p\nq\n' | mail '-I'   (MAIL holds BOX)
    const result = await runMail(["-I"], "p\nq\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\n& Message 1:\nFrom student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\n\nhello\nerr\n\n& Saved 1 message in /home/student/mbox\nHeld 1 message in /var/mail/student\n",
      stderr: "",
      status: 0,
    });
  });

  test("-I (no commands)", async () => {
    // $ mail '-I' < /dev/null   (MAIL holds BOX)
    const result = await runMail(["-I"], "", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\n& Held 2 messages in /var/mail/student\n",
      stderr: "",
      status: 0,
    });
  });

  test("-I h; foo; x", async () => {
    // $ printf 'h\nfoo\nx\n' | mail '-I'   (MAIL holds BOX)
    const result = await runMail(["-I"], "h\nfoo\nx\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\n& >N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\n& Unknown command: \"foo\"\n& ",
      stderr: "",
      status: 0,
    });
  });

  test("+ :n; x", async () => {
    // $ printf '+ :n\nx\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "+ :n\nx\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nMessage 2:\nFrom student@playground Wed Nov 25 10:02:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:02:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> date\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:02:01 +0000\n\nWed Nov 25 10:02:01 UTC 2026\n\n",
      stderr: "",
      status: 0,
    });
  });

  test("d 1; + :n; p :n 2; x", async () => {
    // $ printf 'd 1\n+ :n\np :n 2\nx\n' | mail   (MAIL holds BOX)
    const result = await runMail([], "d 1\n+ :n\np :n 2\nx\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\nReferencing beyond EOF\nMessage 2:\nFrom student@playground Wed Nov 25 10:02:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:02:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> date\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:02:01 +0000\n\nWed Nov 25 10:02:01 UTC 2026\n\n",
      stderr: "",
      status: 0,
    });
  });

  test("-I -N p", async () => {
    // $ printf 'p\n' | mail '-I' '-N'   (MAIL holds BOX)
    const result = await runMail(["-I", "-N"], "p\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n& Message 1:\nFrom student@playground Wed Nov 25 10:01:01 2026\nEnvelope-to: student@playground\nDelivery-date: Wed, 25 Nov 2026 10:01:01 +0000\nFrom: root@playground (Cron Daemon)\nTo: student@playground\nSubject: Cron <student@playground> echo hello; echo err >&2\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\nX-Cron-Env: <SHELL=/bin/sh>\nX-Cron-Env: <HOME=/home/student>\nX-Cron-Env: <PATH=/usr/bin:/bin>\nX-Cron-Env: <LOGNAME=student>\nDate: Wed, 25 Nov 2026 10:01:01 +0000\n\nhello\nerr\n\n& Saved 1 message in /home/student/mbox\nHeld 1 message in /var/mail/student\n",
      stderr: "",
      status: 0,
    });
  });

  test("-I set ignoreeof; q", async () => {
    // $ printf 'set ignoreeof\nq\n' | mail '-I'   (MAIL holds BOX)
    const result = await runMail(["-I"], "set ignoreeof\nq\n", { spool: BOX });
    expect({ stdout: result.stdout, stderr: result.stderr, status: result.status }).toEqual({
      stdout: "Mail version 8.1.2 01/15/2001.  Type ? for help.\n\"/var/mail/student\": 2 messages 2 new\n>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e\n N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d\n& & Held 2 messages in /var/mail/student\n",
      stderr: "",
      status: 0,
    });
  });
});

describe('mail: sending (delivered as exim would append to /var/mail/USER)', () => {
  test('a message to yourself arrives in your mailbox and can be read', async () => {
    const result = await sh(`echo 'hello there' | mail -s 'test subj' student; echo "sent $?"; ls -l /var/mail; cat /var/mail/student; mail`, '');
    expect(result).toEqual({
      stdout:
        'sent 0\n' +
        'total 4\n' +
        '-rw-rw---- 1 student mail 339 Nov 25 10:00 student\n' +
        'From student@playground Wed Nov 25 10:00:00 2026\n' +
        'Envelope-to: student@playground\n' +
        'Delivery-date: Wed, 25 Nov 2026 10:00:00 +0000\n' +
        'To: student@playground\n' +
        'Subject: test subj\n' +
        'MIME-Version: 1.0\n' +
        'Content-Type: text/plain; charset="UTF-8"\n' +
        'Content-Transfer-Encoding: 8bit\n' +
        'From: student@playground\n' +
        'Date: Wed, 25 Nov 2026 10:00:00 +0000\n' +
        '\n' +
        'hello there\n' +
        '\n' +
        'Mail version 8.1.2 01/15/2001.  Type ? for help.\n' +
        '"/var/mail/student": 1 message 1 new\n' +
        '>N  1 student@playgroun  Wed Nov 25 10:00   13/339   test subj\n' +
        'Held 1 message in /var/mail/student\n',
      stderr: '',
      status: 0,
    });
  });

  test('Cc, extra headers, escaped "From " lines; root gets a mailbox of its own', async () => {
    const result = await sh(`printf 'From me\\nbye\\n' | mail -c root -a 'X-Note: 1' -s two student@playground; echo "sent $?"; ls -l /var/mail; tail -n 13 /var/mail/student; head -n 2 /var/mail/root`);
    expect(result).toEqual({
      stdout:
        'sent 0\n' +
        'total 8\n' +
        '-rw-rw---- 1 root    mail 361 Nov 25 10:00 root\n' +
        '-rw-rw---- 1 student mail 364 Nov 25 10:00 student\n' +
        'To: student@playground\n' +
        'Subject: two\n' +
        'Cc: root@playground\n' +
        'X-Note: 1\n' +
        'MIME-Version: 1.0\n' +
        'Content-Type: text/plain; charset="UTF-8"\n' +
        'Content-Transfer-Encoding: 8bit\n' +
        'From: student@playground\n' +
        'Date: Wed, 25 Nov 2026 10:00:00 +0000\n' +
        '\n' +
        '>From me\n' +
        'bye\n' +
        '\n',
      stderr: 'head: cannot open \'/var/mail/root\' for reading: Permission denied\n',
      status: 1,
    });
  });

  test('addresses outside the machine and unknown users are refused; the others still get it', async () => {
    const result = await sh(`echo x | mail -s s bob@example.com nosuch student; echo "status $?"; grep -c '^From ' /var/mail/student`);
    expect(result).toEqual({
      stdout: 'status 1\n1\n',
      stderr:
        'mail: bob@example.com: cannot send mail outside this machine: the playground has no network (only local users such as student can receive mail)\n' +
        'mail: nosuch: no such user on this machine, mail not delivered\n',
      status: 0,
    });
  });

  test('an empty message is still sent, with the real warnings', async () => {
    // $ mail student < /dev/null; mail -s hi student < /dev/null   (the warnings are the real ones)
    const result = await sh(`mail student < /dev/null; mail -s hi student < /dev/null; echo "status $?"; grep -c '^From ' /var/mail/student`);
    expect(result).toEqual({
      stdout: "No message, no subject; hope that's ok\nNull message body; hope that's ok\nstatus 0\n2\n",
      stderr: '',
      status: 0,
    });
  });

  test('-E skips an empty message; -r sets the sender', async () => {
    const result = await sh(`mail -E -s none student < /dev/null; echo hi | mail -r 'Boss <boss@playground>' student; head -n 4 /var/mail/student; grep '^From:' /var/mail/student`);
    expect(result).toEqual({
      stdout:
        'From boss@playground Wed Nov 25 10:00:00 2026\n' +
        'Envelope-to: student@playground\n' +
        'Delivery-date: Wed, 25 Nov 2026 10:00:00 +0000\n' +
        'From: Boss <boss@playground>\n' +
        'From: Boss <boss@playground>\n',
      stderr: '',
      status: 0,
    });
  });

  test('dates follow TZ', async () => {
    const result = await sh(`echo hi | TZ=Europe/Paris mail -s t student; grep -e '^From ' -e '^Date:' /var/mail/student`);
    expect(result).toEqual({
      stdout: 'From student@playground Wed Nov 25 11:00:00 2026\nDate: Wed, 25 Nov 2026 11:00:00 +0100\n',
      stderr: '',
      status: 0,
    });
  });
});

describe('mail: the playground around it', () => {
  test('mailx is the same program', async () => {
    // $ mailx < /dev/null   (no mailbox)
    expect(await sh('mailx < /dev/null; echo "status $?"')).toEqual({ stdout: 'status 1\n', stderr: 'No mail for student\n', status: 0 });
  });

  test("another user's mailbox cannot be read", async () => {
    const result = await sh(`echo hi | mail -s t root; mail -u root < /dev/null; echo "status $?"`);
    expect(result).toEqual({ stdout: 'status 1\n', stderr: 'mail: /var/mail/root: Permission denied\n', status: 0 });
  });

  test('-d and -v are not simulated', async () => {
    expect(await sh('mail -d student < /dev/null; echo "status $?"')).toEqual({
      stdout: 'status 2\n',
      stderr: 'mail: -d: not supported in this playground\n',
      status: 0,
    });
  });

  test('commands the playground cannot run say so and the session goes on', async () => {
    const result = await runMail([], 'reply\nedit\np 2\nx\n', { spool: BOX });
    expect(result.stderr).toBe('mail: reply: not supported in this playground\nmail: edit: not supported in this playground\n');
    expect(result.stdout).toContain('Message 2:\n');
  });

  test('mail that arrives during a session is kept when quitting', async () => {
    const world = bootWorld();
    const fs = world.kernel.fs;
    const file = fs.createFile(ROOT, '/', '/var/mail/student', 0o660);
    fs.chown(ROOT, file, 1000, 8);
    fs.writeAt(file, 0, new TextEncoder().encode(BOX));
    const result = await runBashCommand(world, `{ echo 'p 1'; sleep 1; echo late | mail -s late student; echo q; } | mail; mail < /dev/null`);
    expect(result.stdout.split('\n').filter((line) => /^(New|Saved|Held|.N |.U |"\/)/.test(line))).toEqual([
      '"/var/mail/student": 2 messages 2 new',
      '>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <student@playground> e',
      ' N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <student@playground> d',
      'New mail has arrived.',
      'Saved 1 message in /home/student/mbox',
      'Held 1 message in /var/mail/student',
      '"/var/mail/student": 2 messages 1 new 2 unread',
      ' U  1 root@playground    Wed Nov 25 10:02   18/520   Cron <student@playground> d',
      '>N  2 student@playgroun  Wed Nov 25 10:00   13/327   late',
      'Held 2 messages in /var/mail/student',
    ]);
  });
});

describe('mail: at the terminal', () => {
  test('the "& " prompt, headers cut to the terminal width, quit', async () => {
    // $ mail   (in a 60-column terminal; typed: h, p 2, d 1, q — recorded through a pty)
    const world = bootWorld();
    const fs = world.kernel.fs;
    const file = fs.createFile(ROOT, '/', '/var/mail/student', 0o660);
    fs.chown(ROOT, file, 1000, 8);
    fs.writeAt(file, 0, new TextEncoder().encode(BOX));
    const session = await new TerminalSession({ world, cols: 60, rows: 40 }).start();
    try {
      await session.run('mail');
      for (const line of ['h', 'p 2', 'd 1', 'q']) await session.run(line);
      expect(session.screen()).toEqual([
        'student@playground:~$ mail',
        'Mail version 8.1.2 01/15/2001.  Type ? for help.',
        '"/var/mail/student": 2 messages 2 new',
        '>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <s',
        ' N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <s',
        '& h',
        '>N  1 root@playground    Wed Nov 25 10:01   18/511   Cron <s',
        ' N  2 root@playground    Wed Nov 25 10:02   17/510   Cron <s',
        '& p 2',
        'Message 2:',
        'From student@playground Wed Nov 25 10:02:01 2026',
        'Envelope-to: student@playground',
        'Delivery-date: Wed, 25 Nov 2026 10:02:01 +0000',
        'From: root@playground (Cron Daemon)',
        'To: student@playground',
        'Subject: Cron <student@playground> date',
        'MIME-Version: 1.0',
        'Content-Type: text/plain; charset=UTF-8',
        'Content-Transfer-Encoding: 8bit',
        'X-Cron-Env: <SHELL=/bin/sh>',
        'X-Cron-Env: <HOME=/home/student>',
        'X-Cron-Env: <PATH=/usr/bin:/bin>',
        'X-Cron-Env: <LOGNAME=student>',
        'Date: Wed, 25 Nov 2026 10:02:01 +0000',
        '',
        'Wed Nov 25 10:02:01 UTC 2026',
        '',
        '& d 1',
        '& q',
        'Saved 1 message in /home/student/mbox',
        'student@playground:~$',
      ]);
    } finally {
      session.dispose();
    }
  });
  test('sending from the terminal asks for the subject, ends at ".", asks for Cc', async () => {
    // $ mail student   (typed: my subj, line one, ., Enter — recorded through a pty)
    const session = await new TerminalSession({ cols: 80, rows: 24 }).start();
    try {
      await session.run('mail student');
      for (const line of ['my subj', 'line one', '.', '']) await session.run(line);
      await session.run("grep -e '^Subject' -e '^line' /var/mail/student");
      expect(session.screen()).toEqual([
        'student@playground:~$ mail student',
        'Subject: my subj',
        'line one',
        '.',
        'Cc:',
        "student@playground:~$ grep -e '^Subject' -e '^line' /var/mail/student",
        'Subject: my subj',
        'line one',
        'student@playground:~$',
      ]);
    } finally {
      session.dispose();
    }
  });
});
