// tail -f / -F (coreutils 9.1) on the virtual clock. The playground simulates GNU tail's polling
// loop (no inotify), so the expectations were recorded from the real tail run with its
// ---disable-inotify switch (the comment shows the command without it), LC_ALL=C.UTF-8.

import { afterEach, describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';
import { TerminalSession } from '../../support/session.ts';

let session: TerminalSession | undefined;
afterEach(() => session?.dispose());

describe('tail -f', () => {
  test('follows a file another process appends to', async () => {
    // (for i in 1 2 3; do echo $i >> log; sleep 1; done &) ; timeout 5 tail -f log; echo $?; date +%T
    expect(await sh('(for i in 1 2 3; do echo $i >> log; sleep 1; done &) ; timeout 5 tail -f log; echo $?; date +%T')).toEqual({
      stdout: '1\n2\n3\n124\n10:00:05\n',
      stderr: '',
      status: 0,
    });
  });

  test('a truncated file is printed again from the start', async () => {
    // echo a > y; (sleep 1.5; echo b >> y; sleep 1; : > y; sleep 1; echo c >> y ) & timeout 5 tail -f y 2>&1; echo $?
    expect(await sh('echo a > y; (sleep 1.5; echo b >> y; sleep 1; : > y; sleep 1; echo c >> y ) & timeout 5 tail -f y 2>&1; echo $?')).toEqual({
      stdout: 'a\nb\ntail: y: file truncated\nc\n124\n',
      stderr: '',
      status: 0,
    });
  });

  test('several files: a header whenever the file changes', async () => {
    // echo a > p; echo b > q; (sleep 1.5; echo a2 >> p; sleep 1; echo b2 >> q; echo a3 >> p) & timeout 4 tail -f p q; echo $?
    expect(await sh('echo a > p; echo b > q; (sleep 1.5; echo a2 >> p; sleep 1; echo b2 >> q; echo a3 >> p) & timeout 4 tail -f p q; echo $?')).toEqual({
      stdout: '==> p <==\na\n\n==> q <==\nb\n\n==> p <==\na2\na3\n\n==> q <==\nb2\n124\n',
      stderr: '',
      status: 0,
    });
  });

  test('--pid stops once the writer is gone; -s sets the interval', async () => {
    // echo a > p; (sleep 1.5; echo a2 >> p) & sleep 2 & timeout 10 tail -f --pid=$! p; echo $?; (sleep 0.7; echo fast >> p) & timeout 1.2 tail -n 1 -f -s 0.5 p; echo $?; tail -f -s x p; echo $?
    expect(await sh('echo a > p; (sleep 1.5; echo a2 >> p) & sleep 2 & timeout 10 tail -f --pid=$! p; echo $?; (sleep 0.7; echo fast >> p) & timeout 1.2 tail -n 1 -f -s 0.5 p; echo $?; tail -f -s x p; echo $?')).toEqual({
      stdout: 'a\na2\n0\na2\nfast\n124\n1\n',
      stderr: 'tail: invalid number of seconds: ‘x’\n',
      status: 0,
    });
  });

  test('missing files, directories, pipes and /dev/null', async () => {
    // timeout 3 tail --retry -f nonexist; echo $?; timeout 2 tail -f nonexist; echo $?; mkdir -p d; timeout 2 tail -f d; echo $?; echo x | timeout 2 tail -f; echo $?; timeout 2 tail -f /dev/null; echo $?
    expect(await sh('timeout 3 tail --retry -f nonexist; echo $?; timeout 2 tail -f nonexist; echo $?; mkdir -p d; timeout 2 tail -f d; echo $?; echo x | timeout 2 tail -f; echo $?; timeout 2 tail -f /dev/null; echo $?')).toEqual({
      stdout: '124\n1\n1\nx\n0\n124\n',
      stderr:
        "tail: warning: --retry only effective for the initial open\ntail: cannot open 'nonexist' for reading: No such file or directory\n" +
        "tail: cannot open 'nonexist' for reading: No such file or directory\ntail: no files remaining\n" +
        "tail: error reading 'd': Is a directory\ntail: d: cannot follow end of this type of file; giving up on this name\ntail: no files remaining\n",
      status: 0,
    });
  });

  test('bad --follow arguments; - cannot be followed by name', async () => {
    // tail -f --follow=x a; echo $?; tail -f --follow= a; echo $?; tail -F -; echo $?
    const valid = 'Valid arguments are:\n  - ‘descriptor’\n  - ‘name’\nTry \'tail --help\' for more information.\n';
    expect(await sh('tail -f --follow=x a; echo $?; tail -f --follow= a; echo $?; tail -F -; echo $?')).toEqual({
      stdout: '1\n1\n1\n',
      stderr: `tail: invalid argument ‘x’ for ‘--follow’\n${valid}tail: ambiguous argument ‘’ for ‘--follow’\n${valid}tail: cannot follow '-' by name\n`,
      status: 0,
    });
  });

  test('a reader in the background; kill ends it', async () => {
    // echo b > q; tail -f -n +1 q & sleep 0.5; echo more >> q; sleep 1.5; kill $!; wait $!; echo $?
    expect(await sh('echo b > q; tail -f -n +1 q & sleep 0.5; echo more >> q; sleep 1.5; kill $!; wait $!; echo $?')).toEqual({
      stdout: 'b\nmore\n143\n',
      stderr: '',
      status: 0,
    });
  });
});

describe('tail -F', () => {
  test('follows the name: removed, recreated, truncated', async () => {
    // echo a > x; (sleep 1.5; echo b >> x; sleep 1; rm x; sleep 7; echo c > x; sleep 2; : > x; sleep 1.5; echo d >> x) & timeout 15 tail -F x 2>&1; echo $?
    expect(await sh('echo a > x; (sleep 1.5; echo b >> x; sleep 1; rm x; sleep 7; echo c > x; sleep 2; : > x; sleep 1.5; echo d >> x) & timeout 15 tail -F x 2>&1; echo $?')).toEqual({
      stdout: "a\nb\ntail: 'x' has become inaccessible: No such file or directory\ntail: 'x' has appeared;  following new file\nc\ntail: x: file truncated\nd\n124\n",
      stderr: '',
      status: 0,
    });
  });

  test('waits for a file that does not exist yet (its content comes one round after it appears)', async () => {
    // (sleep 1.5; echo hello > late) & timeout 3 tail -F late; echo $?; (sleep 1.5; echo hello > late2) & timeout 3.5 tail -F late2; echo $?
    expect(await sh('(sleep 1.5; echo hello > late) & timeout 3 tail -F late; echo $?; (sleep 1.5; echo hello > late2) & timeout 3.5 tail -F late2; echo $?')).toEqual({
      stdout: '124\nhello\n124\n',
      stderr:
        "tail: cannot open 'late' for reading: No such file or directory\ntail: 'late' has appeared;  following new file\n" +
        "tail: cannot open 'late2' for reading: No such file or directory\ntail: 'late2' has appeared;  following new file\n",
      status: 0,
    });
  });
});

describe('tail -f at the terminal', () => {
  test('^C ends it: status 130', async () => {
    session = await new TerminalSession().start();
    await session.run('echo one > log; (sleep 3; echo two >> log) &');
    session.world.input('clear; tail -f log\r');
    await session.world.driver.fastForward({ untilUs: session.world.kernel.clock.nowUs + 5_000_000 });
    await session.keys('\x03');
    await session.run('echo $?');
    expect(session.screen()).toEqual([
      'one',
      'two',
      '^C',
      '[1]+  Done                    ( sleep 3; echo two >> log )',
      'student@playground:~$ echo $?',
      '130',
      'student@playground:~$',
    ]);
  });
});
