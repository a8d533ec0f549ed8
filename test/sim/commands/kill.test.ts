// The kill builtin's edge cases and fg/bg without jobs, as bash 5.2.15 prints them (recorded with
// bash -c, and with an interactive bash under a pseudo-terminal for job control). The "line 1: "
// in messages from `bash -c` follows the playground shell's convention for -c scripts.

import { afterEach, describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';
import { TerminalSession } from '../../support/session.ts';

let session: TerminalSession | undefined;
afterEach(() => session?.dispose());

describe('kill', () => {
  // real: kill 99999; echo $?; kill -l 9 130 HUP sigint 99; echo $?; kill %5; echo $?; fg; echo $?
  test('no such process, signal names and numbers, no such job, no job control', async () => {
    expect(await sh('kill 99999; echo $?; kill -l 9 130 HUP sigint 99; echo $?; kill %5; echo $?; fg; echo $?')).toEqual({
      stdout: '1\nKILL\nINT\n1\n2\n1\n1\n1\n',
      stderr: 'bash: line 1: kill: (99999) - No such process\nbash: line 1: kill: 99: invalid signal specification\nbash: line 1: kill: %5: no such job\nbash: line 1: fg: no job control\n',
      status: 0,
    });
  });

  // real: kill -l | cat -A | sed -n '1p;7p;13p'
  test('kill -l lists the signals as bash does', async () => {
    expect(await sh("kill -l | cat -A | sed -n '1p;7p;13p'")).toEqual({
      stdout: ' 1) SIGHUP^I 2) SIGINT^I 3) SIGQUIT^I 4) SIGILL^I 5) SIGTRAP$\n31) SIGSYS^I34) SIGRTMIN^I35) SIGRTMIN+1^I36) SIGRTMIN+2^I37) SIGRTMIN+3$\n63) SIGRTMAX-1^I64) SIGRTMAX^I$\n',
      stderr: '',
      status: 0,
    });
  });
});

describe('job control builtins at the terminal', () => {
  // real (bash -i under a pty): fg; echo $?; bg; echo $?; kill %5; echo $?; jobs %2; echo $?
  test('fg and bg with no current job', async () => {
    session = await new TerminalSession({ cols: 100 }).start();
    await session.run('clear; fg; echo $?; bg; echo $?; kill %5; echo $?; jobs %2; echo $?');
    expect(session.screen()).toEqual([
      'bash: fg: current: no such job',
      '1',
      'bash: bg: current: no such job',
      '1',
      'bash: kill: %5: no such job',
      '1',
      'bash: jobs: %2: no such job',
      '1',
      'student@playground:~$',
    ]);
  });
});
