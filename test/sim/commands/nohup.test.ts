// nohup (coreutils 9.1): without a terminal it only ignores SIGHUP and execs the command; at a
// terminal it redirects to nohup.out. Expected outputs were recorded from the real tool with
// LC_ALL=C.UTF-8 (the terminal cases under a pseudo-terminal, in a fresh directory that is $HOME).

import { afterEach, describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';
import { TerminalSession } from '../../support/session.ts';

let session: TerminalSession | undefined;
afterEach(() => session?.dispose());

describe('nohup', () => {
  // real: nohup -x; echo $?; nohup; echo $?; nohup echo hi; echo $?; nohup nonexist; echo $?; POSIXLY_CORRECT=1 nohup; echo $?; ls
  test('usage errors (125), a missing command (127), no terminal: no nohup.out', async () => {
    expect(await sh('nohup -x; echo $?; nohup; echo $?; nohup echo hi; echo $?; nohup nonexist; echo $?; POSIXLY_CORRECT=1 nohup; echo $?; ls')).toEqual({
      stdout: '125\n125\nhi\n0\n127\n127\n',
      stderr:
        "nohup: invalid option -- 'x'\nTry 'nohup --help' for more information.\n" +
        "nohup: missing operand\nTry 'nohup --help' for more information.\n" +
        "nohup: failed to run command 'nonexist': No such file or directory\n" +
        "nohup: missing operand\nTry 'nohup --help' for more information.\n",
      status: 0,
    });
  });

  // real: touch f; nohup ./f; echo $?
  test('a file that cannot be executed: 126', async () => {
    expect(await sh('touch f; nohup ./f; echo $?')).toEqual({
      stdout: '126\n',
      stderr: "nohup: failed to run command './f': Permission denied\n",
      status: 0,
    });
  });

  // real: nohup bash -c 'kill -HUP $$; echo alive'; echo $?
  test('the command ignores SIGHUP, and so do the programs it starts', async () => {
    expect(await sh("nohup bash -c 'kill -HUP $$; echo alive; sleep 5 & kill -HUP $!; wait $!; echo $?'; echo $?")).toEqual({
      stdout: 'alive\n0\n0\n',
      stderr: '',
      status: 0,
    });
  });

  // real: nohup --help | head -3; nohup --version | head -1
  test('--help and --version', async () => {
    expect(await sh('nohup --help | head -3; nohup --version | head -1')).toEqual({
      stdout: 'Usage: nohup COMMAND [ARG]...\n  or:  nohup OPTION\nRun COMMAND, ignoring hangup signals.\nnohup (GNU coreutils) 9.1\n',
      stderr: '',
      status: 0,
    });
  });
});

describe('nohup at a terminal', () => {
  test('appends to nohup.out, stderr follows stdout, the diagnostic goes to the terminal', async () => {
    // real (pty): nohup echo hi; echo $?; cat nohup.out; nohup nonexist; echo $?; nohup echo x > out.txt; echo $?; cat out.txt
    //   nohup bash -c "echo err >&2"; cat nohup.out; ls -l nohup.out | cut -c1-10; nohup echo y < /dev/null; echo $?
    session = await new TerminalSession({ cols: 100 }).start();
    await session.run('nohup echo hi; echo $?; cat nohup.out');
    await session.run('nohup nonexist; echo $?');
    await session.run('nohup echo x > out.txt; echo $?; cat out.txt');
    await session.run('nohup bash -c "echo err >&2"; cat nohup.out; ls -l nohup.out | cut -c1-10');
    await session.run('nohup echo y < /dev/null; echo $?; tail -1 nohup.out');
    expect(session.screen()).toEqual([
      'student@playground:~$ nohup echo hi; echo $?; cat nohup.out',
      "nohup: ignoring input and appending output to 'nohup.out'",
      '0',
      'hi',
      'student@playground:~$ nohup nonexist; echo $?',
      "nohup: ignoring input and appending output to 'nohup.out'",
      "nohup: failed to run command 'nonexist': No such file or directory",
      '127',
      'student@playground:~$ nohup echo x > out.txt; echo $?; cat out.txt',
      'nohup: ignoring input and redirecting stderr to stdout',
      '0',
      'x',
      'student@playground:~$ nohup bash -c "echo err >&2"; cat nohup.out; ls -l nohup.out | cut -c1-10',
      "nohup: ignoring input and appending output to 'nohup.out'",
      'hi',
      'err',
      '-rw-------',
      'student@playground:~$ nohup echo y < /dev/null; echo $?; tail -1 nohup.out',
      "nohup: appending output to 'nohup.out'",
      '0',
      'y',
      'student@playground:~$',
    ]);
  });

  test('falls back to $HOME/nohup.out, then fails with 125', async () => {
    // real (pty, as a user; ro is a read-only directory): cd ro; nohup echo inhome; echo $?; cat $HOME/nohup.out; HOME=/nonexistent nohup echo z; echo $?
    session = await new TerminalSession({ cols: 120 }).start();
    await session.run('mkdir ro; chmod 555 ro; cd ro; clear');
    await session.run('nohup echo inhome; echo $?; cat ~/nohup.out; HOME=/nonexistent nohup echo z; echo $?');
    expect(session.screen()).toEqual([
      'student@playground:~/ro$ nohup echo inhome; echo $?; cat ~/nohup.out; HOME=/nonexistent nohup echo z; echo $?',
      "nohup: ignoring input and appending output to '/home/student/nohup.out'",
      '0',
      'inhome',
      "nohup: failed to open 'nohup.out': Permission denied",
      "nohup: failed to open '/nonexistent/nohup.out': No such file or directory",
      '125',
      'student@playground:~/ro$',
    ]);
  });
});
