// The cron daemon on the virtual clock: jobs run as Debian's cron runs them (/bin/sh -c, the user's
// home, PATH=/usr/bin:/bin, no terminal, a child of cron), log "CRON[pid]: (student) CMD (...)",
// mail what they print (the header lines as recorded from the real cron), and the Cron panel's
// view of entries, runs and fire times is exact.

import { describe, expect, test } from 'vitest';
import { bootWorld, runBashCommand, START_MS } from '../../support/world.ts';

const HEADERS = (subject: string, env = ''): string =>
  `Envelope-to: student@playground
Delivery-date: Wed, 25 Nov 2026 10:01:01 +0000
From: root@playground (Cron Daemon)
To: student@playground
Subject: Cron <student@playground> ${subject}
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit
${env}X-Cron-Env: <SHELL=/bin/sh>
X-Cron-Env: <HOME=/home/student>
X-Cron-Env: <PATH=/usr/bin:/bin>
X-Cron-Env: <LOGNAME=student>
Date: Wed, 25 Nov 2026 10:01:01 +0000
`;

describe('running jobs', () => {
  test('an every-minute job runs 60 times in an hour, each start logged', async () => {
    const world = bootWorld();
    const result = await runBashCommand(world, "printf '* * * * * echo tick >> ticks\\n' | crontab -; sleep 3601; wc -l < ticks; grep -c 'CMD (echo tick >> ticks)' /var/log/cron; head -6 /var/log/cron");
    expect(result).toEqual({
      stdout: `60
60
Nov 25 10:00:00 playground cron[412]: (CRON) INFO (pidfile fd = 3)
Nov 25 10:00:00 playground cron[412]: (CRON) INFO (Running @reboot jobs)
Nov 25 10:00:00 playground crontab[1005]: (student) REPLACE (student)
Nov 25 10:01:01 playground CRON[1007]: (student) CMD (echo tick >> ticks)
Nov 25 10:02:01 playground CRON[1008]: (student) CMD (echo tick >> ticks)
Nov 25 10:03:01 playground CRON[1009]: (student) CMD (echo tick >> ticks)
`,
      stderr: '',
      status: 0,
    });
  });

  // Recorded from Debian's cron 3.0pl1-162 (cron -f, syslog to a file; pam lines left out):
  //   07:01:33 crontab[13618]: (student) REPLACE (student)       first crontab: no RELOAD follows
  //   07:02:01 CRON[14256]: (student) CMD (/home/student/etl.sh)
  //   07:02:34 crontab[14747]: (student) REPLACE (student)
  //   07:03:01 cron[13383]: (student) RELOAD (crontabs/student)
  //   07:03:01 CRON[14863]: (student) CMD (/home/student/etl.sh)
  //   07:05:33 crontab[18061]: (student) DELETE (student)        nothing at 07:06:01
  test('cron logs RELOAD when it replaces a crontab it had, not for a first crontab or a removed one', async () => {
    const script = [
      "echo '* * * * * echo one' | crontab -",
      'sleep 90',
      "echo '* * * * * echo two' | crontab -",
      'sleep 60',
      'crontab -r',
      'sleep 120',
      "tail -n +3 /var/log/cron | cut -d' ' -f3-",
    ].join('; ');
    expect(await runBashCommand(bootWorld(), script)).toEqual({
      stdout: `10:00:00 playground crontab[1005]: (student) REPLACE (student)
10:01:01 playground CRON[1007]: (student) CMD (echo one)
10:01:30 playground crontab[1009]: (student) REPLACE (student)
10:02:01 playground cron[412]: (student) RELOAD (crontabs/student)
10:02:01 playground CRON[1011]: (student) CMD (echo two)
10:02:30 playground crontab[1012]: (student) DELETE (student)
`,
      stderr: '',
      status: 0,
    });
  });

  test('what a job prints is mailed to its owner, stdout and stderr together', async () => {
    const result = await runBashCommand(bootWorld(), "printf 'FOO = \"quoted value\"  \\n*/5 * * * * echo hello; echo err >&2\\n' | crontab -; sleep 302; ls /var/mail; cat /var/mail/student; sleep 300; grep -c '^From ' /var/mail/student");
    expect(result).toEqual({
      stdout: `student
From student@playground Wed Nov 25 10:05:01 2026
${HEADERS('echo hello; echo err >&2', 'X-Cron-Env: <FOO=quoted value>\n').replace(/10:01:01/g, '10:05:01')}
hello
err

2
`,
      stderr: '',
      status: 0,
    });
  });

  test("cron's environment: sh in the home directory, a minimal PATH, no terminal, a child of cron", async () => {
    const result = await runBashCommand(bootWorld(), "printf '* * * * * env | sort > env.txt; tty > tty.txt; echo $PPID > ppid.txt\\n' | crontab -; sleep 62; cat env.txt tty.txt ppid.txt");
    expect(result).toEqual({ stdout: 'HOME=/home/student\nLOGNAME=student\nPATH=/usr/bin:/bin\nPWD=/home/student\nSHELL=/bin/sh\nnot a tty\n412\n', stderr: '', status: 0 });
  });

  test('the classic mistakes fail as on a real box: a script by relative path, a command only on your PATH, bash-only syntax', async () => {
    const script = [
      'mkdir -p bin work',
      "printf '#!/bin/sh\\necho mine\\n' > bin/mine; chmod +x bin/mine",
      "printf '#!/bin/sh\\necho etl\\n' > work/etl.sh; chmod +x work/etl.sh",
      "printf '* * * * * ./etl.sh\\n* * * * * mine\\n* * * * * [[ -f x ]] && echo -e \"a\\\\tb\"\\n' | crontab -",
      'sleep 61',
      "grep -A2 '^Date:' /var/mail/student | grep -v -e '^Date:' -e '^--' | sort",
    ].join('; ');
    expect(await runBashCommand(bootWorld(), script)).toEqual({ stdout: '\n\n\n/bin/sh: 1: ./etl.sh: not found\n/bin/sh: 1: [[: not found\n/bin/sh: 1: mine: not found\n', stderr: '', status: 0 });
  });

  test('MAILTO="" discards the output; % starts the input, escaped \\% stays', async () => {
    const result = await runBashCommand(bootWorld(), "printf '* * * * * cat > in.txt%%line one%%two\\\\%%!\\nMAILTO=\"\"\\n* * * * * echo lost\\n' | crontab -; sleep 61; cat in.txt; ls /var/mail");
    expect(result).toEqual({ stdout: 'line one\ntwo%!\n', stderr: '', status: 0 });
  });

  test('crontab -r stops further runs', async () => {
    const result = await runBashCommand(bootWorld(), "printf '* * * * * echo x >> out\\n' | crontab -; sleep 181; crontab -r; sleep 600; wc -l < out");
    expect(result).toEqual({ stdout: '3\n', stderr: '', status: 0 });
  });
});

describe("the Cron panel's view", () => {
  test('entries in plain words with their next fires; runs with status and where their output went', async () => {
    const world = bootWorld();
    await runBashCommand(world, "printf '# jobs\\n*/2 * * * * date >> /tmp/dates\\n* * * * * exit 3\\n0 * * * * echo hourly\\n' | crontab -; sleep 180");
    const snapshot = world.cron.snapshot();
    const minute = (m: number): number => (START_MS + m * 60_000 + 1000) * 1000;
    expect(snapshot.entries).toEqual([
      { id: 'student:2', user: 'student', line: 2, schedule: '*/2 * * * *', command: 'date >> /tmp/dates', description: 'Every 2 minutes', next: [4, 6, 8, 10, 12].map(minute) },
      { id: 'student:3', user: 'student', line: 3, schedule: '* * * * *', command: 'exit 3', description: 'Every minute', next: [3, 4, 5, 6, 7].map(minute) },
      { id: 'student:4', user: 'student', line: 4, schedule: '0 * * * *', command: 'echo hourly', description: 'Every hour', next: [60, 120, 180, 240, 300].map(minute) },
    ]);
    expect(snapshot.totalRuns).toBe(3);
    expect(snapshot.runs.map((run) => ({ entry: run.entryId, start: run.startUs, status: run.status, output: run.output }))).toEqual([
      { entry: 'student:3', start: minute(2), status: 3, output: { kind: 'none' } },
      { entry: 'student:2', start: minute(2), status: 0, output: { kind: 'file', path: '/tmp/dates' } },
      { entry: 'student:3', start: minute(1), status: 3, output: { kind: 'none' } },
    ]);
    for (const run of snapshot.runs) expect(run.endUs! - run.startUs).toBeGreaterThan(0);
    const timeline = world.cron.timeline(minute(0), minute(10), 100);
    expect(timeline.fires.filter((f) => f.entryId === 'student:2').map((f) => f.atUs)).toEqual([0, 2, 4, 6, 8].map(minute));
    expect(timeline.fires).toHaveLength(5 + 10 + 1);
    expect(world.cron.timeline(minute(0), minute(10), 5)).toMatchObject({ truncated: true });
  });
});

describe('starting from a saved machine', () => {
  test('crontabs already in the spool are loaded, and @reboot entries run at boot', async () => {
    const world = bootWorld();
    await runBashCommand(world, "printf '@reboot echo booted > booted.txt\\n* * * * * echo tick >> ticks\\n' | crontab -");
    // As if the machine's files had just been restored: a fresh daemon state, then a boot.
    await world.cron.reloadAll(true);
    const result = await runBashCommand(world, 'sleep 61; cat booted.txt; wc -l < ticks');
    expect(result).toEqual({ stdout: 'booted\n1\n', stderr: '', status: 0 });
    expect(world.cron.snapshot().entries.map((e) => e.schedule)).toEqual(['@reboot', '* * * * *']);
  });
});
