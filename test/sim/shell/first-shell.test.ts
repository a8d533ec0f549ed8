// The first commands a student types, exactly as bash and coreutils print them.

import { afterEach, describe, expect, test } from 'vitest';
import { TerminalSession } from '../../support/session.ts';
import { sh } from '../../support/world.ts';

let session: TerminalSession | undefined;
afterEach(() => session?.dispose());

describe('the first shell', () => {
  test('the prompt shows user, host and the working directory like \\w', async () => {
    session = await new TerminalSession().start();
    await session.run('cd /usr/bin');
    await session.run('cd ~/');
    await session.run('mkdir -p a/b && cd a/b');
    expect(session.screen()).toEqual([
      'student@playground:~$ cd /usr/bin',
      'student@playground:/usr/bin$ cd ~/',
      'student@playground:~$ mkdir -p a/b && cd a/b',
      'student@playground:~/a/b$',
    ]);
  });

  test('cd -, cd ~ and cd with no argument move as in bash; cd - prints where it went', async () => {
    expect(await sh('cd /tmp; cd -; pwd; cd /etc; cd; pwd; cd ~; pwd; cd /nonexistent')).toEqual({
      stdout: '/home/student\n/home/student\n/home/student\n/home/student\n',
      stderr: 'bash: line 1: cd: /nonexistent: No such file or directory\n',
      status: 1,
    });
  });

  test('an unknown command is "command not found" with status 127', async () => {
    expect(await sh('foo; echo $?')).toEqual({ stdout: '127\n', stderr: 'bash: line 1: foo: command not found\n', status: 0 });
  });

  test('echo, touch, ls, cat, rm and mkdir work together', async () => {
    const result = await sh('mkdir data; cd data; echo "a,b" > one.csv; touch two; ls; cat one.csv; rm two; ls; mkdir ../data 2>&1; echo $?');
    expect(result.stdout).toBe("one.csv\ntwo\na,b\none.csv\nmkdir: cannot create directory ‘../data’: File exists\n1\n");
  });

  test('cat reports missing files and directories, continuing with the rest', async () => {
    expect(await sh('echo hi > f; cat nope f /tmp; echo $?')).toEqual({
      stdout: 'hi\n1\n',
      stderr: 'cat: nope: No such file or directory\ncat: /tmp: Is a directory\n',
      status: 0,
    });
  });

  test('rm refuses directories without -r and names what it cannot remove', async () => {
    expect(await sh('mkdir d; rm d; rm nothere; rm -f nothere; echo $?; rm -r d && ls')).toEqual({
      stdout: '0\n',
      stderr: "rm: cannot remove 'd': Is a directory\nrm: cannot remove 'nothere': No such file or directory\n",
      status: 0,
    });
  });

  test('ls -l shows modes, owners, sizes and times from the virtual clock', async () => {
    const result = await sh('echo hello > f; mkdir d; ls -l');
    expect(result.stdout).toBe('total 8\ndrwxr-xr-x 2 student student 4096 Nov 25 10:00 d\n-rw-r--r-- 1 student student    6 Nov 25 10:00 f\n');
  });

  test('help lists the builtins and the programs on the machine', async () => {
    const result = await sh('help');
    expect(result.stdout).toContain('These shell commands are defined internally.');
    expect(result.stdout).toContain(' cd [-L|[-P [-e]] [-@]] [dir]');
    expect(result.stdout).toMatch(/\n ls +list directory contents\n/);
    expect((await sh('help cd')).stdout.split('\n').slice(0, 2)).toEqual(['cd: cd [-L|[-P [-e]] [-@]] [dir]', '    Change the shell working directory.']);
  });

  test('clear sends the terminal the sequence that clears the screen and scrollback', async () => {
    expect((await sh('clear')).stdout).toBe('\x1b[H\x1b[2J\x1b[3J');
  });

  test('^C at the terminal interrupts the foreground program and returns to the prompt', async () => {
    session = await new TerminalSession().start();
    await session.run('cat');
    await session.keys('typed into cat\r');
    await session.keys('\x03');
    await session.run('echo $?');
    expect(session.screen()).toEqual([
      'student@playground:~$ cat',
      'typed into cat',
      'typed into cat',
      '^C',
      'student@playground:~$ echo $?',
      '130',
      'student@playground:~$',
    ]);
  });

  test('COLUMNS and LINES follow the terminal size', async () => {
    session = await new TerminalSession({ cols: 100, rows: 30 }).start();
    await session.run('echo $COLUMNS $LINES');
    session.world.resize(60, 20);
    await session.run('echo $COLUMNS $LINES');
    expect(session.screen().filter((l) => /^\d/.test(l))).toEqual(['100 30', '60 20']);
  });
});
