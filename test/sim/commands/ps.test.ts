// ps (procps-ng 4.0.2) over the simulated process table. Error texts, headers, column widths and
// alignment were recorded from the real ps on Debian 12 (LC_ALL=C.UTF-8; the command is in the
// comment); the processes themselves are the simulated ones (pids from 1000, started at 10:00 UTC).

import { afterEach, describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';
import { TerminalSession } from '../../support/session.ts';

const USAGE = `
Usage:
 ps [options]

 Try 'ps --help <simple|list|output|threads|misc|all>'
  or 'ps --help <s|l|o|t|m|a>'
 for additional help text.

For more details see ps(1).
`;

let session: TerminalSession | undefined;
afterEach(() => session?.dispose());

describe('ps', () => {
  // real (no terminal): ps  →  "  PID TTY          TIME CMD" / "24340 ?        00:00:00 bash" ... (same user, same (no) terminal)
  test('no options: this user\'s processes on this (no) terminal', async () => {
    expect(await sh('sleep 100 & sleep 5; ps; echo $?')).toEqual({
      stdout: '  PID TTY          TIME CMD\n 1000 ?        00:00:00 bash\n 1004 ?        00:00:00 sleep\n 1006 ?        00:00:00 ps\n0\n',
      stderr: '',
      status: 0,
    });
  });

  // real: ps -f -p 1  →  "UID        PID  PPID  C STIME TTY          TIME CMD" / "root         1     0  0 01:24 ?        00:00:53 /process_api ..."
  test('-f and -ef: full format', async () => {
    expect(await sh('sleep 100 & sleep 65; ps -f -p 1,$$,$!')).toEqual({
      stdout:
        'UID        PID  PPID  C STIME TTY          TIME CMD\n' +
        'root         1     0  0 10:00 ?        00:00:00 /sbin/init\n' +
        "student   1000     1  0 10:00 ?        00:00:00 bash -c sleep 100 & sleep 65; ps -f -p 1,$$,$!\n" +
        'student   1004  1000  0 10:00 ?        00:00:00 sleep 100\n',
      stderr: '',
      status: 0,
    });
  });

  // real: ps aux | head -2  →  "USER       PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND" / "root         1  0.4  0.0  43216 12488 ?        SLl  01:24   0:53 /process_api ..."
  test('BSD u, ax, aux', async () => {
    const result = await sh('sleep 100 & ps u -p $!; ps ax -o pid,stat,comm | head -2; ps aux | head -1');
    expect(result).toEqual({
      stdout:
        'USER       PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n' +
        'student   1004  0.0  0.0   5480  1024 ?        S    10:00   0:00 sleep 100\n' +
        '  PID STAT COMMAND\n    1 Ss   init\n' +
        'USER       PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n',
      stderr: '',
      status: 0,
    });
  });

  // real: ps -o pid,ppid,pgid,user,stat,etime,time,comm,args,cmd,tty -p 1
  //   "  PID  PPID  PGID USER     STAT     ELAPSED     TIME COMMAND         COMMAND                     CMD                         TT"
  test('-o with the common columns; args is cut to 27 unless it is the last column', async () => {
    expect(await sh('sleep 30 & sleep 20; kill -STOP $!; ps -o pid,ppid,pgid,user,stat,etime,time,comm,args,cmd,tty -p $$,$!; kill -CONT $!')).toEqual({
      stdout:
        '  PID  PPID  PGID USER     STAT     ELAPSED     TIME COMMAND         COMMAND                     CMD                         TT\n' +
        ' 1000     1     1 student  Ss         00:20 00:00:00 bash            bash -c sleep 30 & sleep 20 bash -c sleep 30 & sleep 20 ?\n' +
        ' 1004  1000     1 student  T          00:20 00:00:00 sleep           sleep 30                    sleep 30                    ?\n',
      stderr: '',
      status: 0,
    });
  });

  // real: ps -o pid= -p 1; ps -o pid=X,comm=Command -p 1; ps -o pid:10,comm -p 1; ps -p 1 -o comm,args:5,pid; ps --no-headers -p 1; ps h -p 1
  test('header overrides, widths, no headers', async () => {
    expect(await sh('ps -o pid= -p 1; ps -o pid=X,comm=Command -p 1; ps -o pid:10,comm -p 1; ps -p 1 -o comm,args:5,pid; ps --no-headers -p 1; ps h -p 1')).toEqual({
      stdout:
        '    1\n    X Command\n    1 init\n       PID COMMAND\n         1 init\nCOMMAND         COMMAND PID\ninit            /sbin     1\n' +
        '    1 ?        00:00:00 init\n    1 ?        Ss     0:00 /sbin/init\n',
      stderr: '',
      status: 0,
    });
  });

  // real: ps -p 99999; echo $?; ps -p 1,2 -o pid; ps --pid 1 -o pid; ps -o pid 1
  test('-p: no such process is status 1 (the header is still printed)', async () => {
    expect(await sh('ps -p 99999; echo $?; ps -p 1,1000 -o pid; ps --pid 1 -o pid; ps -o pid 1')).toEqual({
      stdout: '  PID TTY          TIME CMD\n1\n  PID\n    1\n 1000\n  PID\n    1\n  PID\n    1\n',
      stderr: '',
      status: 0,
    });
  });

  // real: ps -Q; ps --foo; ps Q; ps -o foo; ps -p; ps -p x; ps -o "pid comm=A B C" (each: status 1, the error and the usage on stderr)
  test('unknown options and bad lists', async () => {
    expect(await sh('ps -Q; echo $?; ps --foo; ps Q; ps -o foo; ps -p; ps -p x; ps -o "pid comm=A B C"')).toEqual({
      stdout: '1\n',
      stderr:
        `error: unsupported SysV option\n${USAGE}error: unknown gnu long option\n${USAGE}error: unsupported option (BSD syntax)\n${USAGE}` +
        `error: unknown user-defined format specifier "foo"\n${USAGE}error: list of process IDs must follow -p\n${USAGE}` +
        `error: process ID list syntax error\n${USAGE}error: unknown user-defined format specifier "B"\n${USAGE}`,
      status: 1,
    });
  });

  // real: ps --help; ps --version
  test('--help and --version', async () => {
    expect(await sh('ps --help; ps --version; ps -V')).toEqual({
      stdout: `${USAGE}ps from procps-ng 4.0.2\nps from procps-ng 4.0.2\n`,
      stderr: '',
      status: 0,
    });
  });

  test('-C selects by command name, -u by user; CPU time and %CPU come from the virtual clock', async () => {
    expect(await sh("sleep 100 & (while :; do :; done) & sleep 1; ps -C sleep -o pid,comm; ps -u root -o user,pid | head -2; ps -o pid,stat,c -p $!; kill $!")).toEqual({
      stdout: '  PID COMMAND\n 1004 sleep\nUSER       PID\nroot         1\n  PID STAT  C\n 1005 R    99\n',
      stderr: '',
      status: 0,
    });
  });
});

describe('ps at the terminal', () => {
  test('pts/0, the foreground group (+) and the width of the screen', async () => {
    session = await new TerminalSession({ cols: 60 }).start();
    await session.run('sleep 100 &');
    await session.run('clear; ps; ps -o pid,stat,tty,args -p $$,$!; ps -o args= -p $$ -o pid --cols 30');
    expect(session.screen()).toEqual([
      '  PID TTY          TIME CMD',
      ' 1000 pts/0    00:00:00 bash',
      ' 1001 pts/0    00:00:00 sleep',
      ' 1003 pts/0    00:00:00 ps',
      '  PID STAT TT       COMMAND',
      ' 1000 Ss   pts/0    bash',
      ' 1001 S    pts/0    sleep 100',
      // real: ps -o args= -p 1 -o pid --cols 30
      '                              PID',
      'bash                         1000',
      'student@playground:~$',
    ]);
  });
});
