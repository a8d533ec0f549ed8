// watch (procps-ng 4.0.2) at the terminal, on the virtual clock. The header layout ("Every 1.0s:
// CMD" left, "host: ctime" right-aligned to the terminal width), the alternate screen and exit
// status 0 on ^C follow the real watch under a pseudo-terminal (LC_ALL=C.UTF-8, TERM=xterm-256color).

import { afterEach, describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';
import { TerminalSession } from '../../support/session.ts';

let session: TerminalSession | undefined;
afterEach(() => session?.dispose());

async function runFor(s: TerminalSession, micros: number): Promise<void> {
  await s.world.driver.fastForward({ untilUs: s.world.kernel.clock.nowUs + micros });
  // Let the headless terminal take what was written.
  await new Promise((resolve) => setTimeout(resolve, 20));
}

describe('watch', () => {
  test('repaints every N seconds; ^C restores the screen and exits 0', async () => {
    session = await new TerminalSession({ cols: 80, rows: 10 }).start();
    await session.run('echo before');
    session.world.input('watch -n 1 "date +%T; echo hi"\r');
    await runFor(session, 2_500_000);
    expect(session.screen()).toEqual(['Every 1.0s: date +%T; echo hi               playground: Wed Nov 25 10:00:02 2026', '', '10:00:02', 'hi']);
    await session.keys('\x03');
    await session.run('echo $?');
    expect(session.screen()).toEqual([
      'student@playground:~$ echo before',
      'before',
      'student@playground:~$ watch -n 1 "date +%T; echo hi"',
      'student@playground:~$ echo $?',
      '0',
      'student@playground:~$',
    ]);
  });

  test('-t: no title; long lines wrap; a narrow terminal drops the command from the header', async () => {
    session = await new TerminalSession({ cols: 50, rows: 8 }).start();
    session.world.input('watch -t "seq -s, 1 30"\r');
    await runFor(session, 500_000);
    expect(session.screen()).toEqual(['1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20', ',21,22,23,24,25,26,27,28,29,30']);
    await session.keys('\x03');
    session.world.input('watch "echo a long command line here"\r');
    await runFor(session, 500_000);
    expect(session.screen()[0]).toEqual('Every 2.0s:   playground: Wed Nov 25 10:00:00 2026');
    await session.keys('\x03');
  });
});

describe('watch usage', () => {
  // real: watch; echo $?; watch -n x true; echo $?; watch -z; echo $?  (the usage goes to stderr)
  test('errors', async () => {
    const result = await sh('watch 2>&1 | head -3; watch -n x true; echo $?; watch -z 2>&1 | head -2; watch -d true; echo $?');
    expect(result).toEqual({
      stdout: '\nUsage:\n watch [options] command\n1\nwatch: invalid option -- \'z\'\n\n2\n',
      stderr: "watch: failed to parse argument: 'x': Invalid argument\nwatch: -d: not supported in this playground\n",
      status: 0,
    });
  });

  // real: watch --version; watch -h | head -3
  test('--version and --help', async () => {
    expect(await sh('watch --version; watch -h | head -3')).toEqual({
      stdout: 'watch from procps-ng 4.0.2\n\nUsage:\n watch [options] command\n',
      stderr: '',
      status: 0,
    });
  });
});
