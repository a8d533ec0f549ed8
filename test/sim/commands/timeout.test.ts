// timeout (coreutils 9.1) on the virtual clock. Expected outputs were recorded from the real tool
// (Debian 12) with the command in the comment above each case, run with LC_ALL=C.UTF-8 under bash.

import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

const TRY = "Try 'timeout --help' for more information.\n";

describe('timeout', () => {
  // real: timeout; echo $?; timeout 1; echo $?; timeout x sleep 1; echo $?; timeout 1x true; echo $?; timeout -- -1 true; echo $?; timeout -k x 1 true; echo $?; timeout 1.5.5 true; echo $?; timeout 1ss true; echo $?
  test('usage errors and invalid durations: 125', async () => {
    expect(await sh('timeout; echo $?; timeout 1; echo $?; timeout x sleep 1; echo $?; timeout 1x true; echo $?; timeout -- -1 true; echo $?; timeout -k x 1 true; echo $?; timeout 1.5.5 true; echo $?; timeout 1ss true; echo $?')).toEqual({
      stdout: '125\n125\n125\n125\n125\n125\n125\n125\n',
      stderr:
        TRY + TRY +
        `timeout: invalid time interval ‘x’\n${TRY}timeout: invalid time interval ‘1x’\n${TRY}timeout: invalid time interval ‘-1’\n${TRY}` +
        `timeout: invalid time interval ‘x’\n${TRY}timeout: invalid time interval ‘1.5.5’\n${TRY}timeout: invalid time interval ‘1ss’\n${TRY}`,
      status: 0,
    });
  });

  // real: timeout -s FOO 1 true; echo $?; timeout -s 99 1 true; echo $?; timeout -s SIGFOO 1 true; echo $?; timeout -s 0 1 true; echo $?
  test('invalid signals', async () => {
    expect(await sh('timeout -s FOO 1 true; echo $?; timeout -s 99 1 true; echo $?; timeout -s SIGFOO 1 true; echo $?; timeout -s 0 1 true; echo $?')).toEqual({
      stdout: '125\n125\n125\n0\n',
      stderr: `timeout: ‘FOO’: invalid signal\n${TRY}timeout: ‘99’: invalid signal\n${TRY}timeout: ‘SIGFOO’: invalid signal\n${TRY}`,
      status: 0,
    });
  });

  // real: timeout 1 nonexist; echo $?; touch f; timeout 1 ./f; echo $?
  test('a command that cannot be found (127) or run (126)', async () => {
    expect(await sh('timeout 1 nonexist; echo $?; touch f; timeout 1 ./f; echo $?')).toEqual({
      stdout: '127\n126\n',
      stderr: 'timeout: failed to run command ‘nonexist’: No such file or directory\ntimeout: failed to run command ‘./f’: Permission denied\n',
      status: 0,
    });
  });

  // real: timeout 0.1 sleep 1; echo $?; timeout --preserve-status 0.1 sleep 1; echo $?; timeout 1 sh -c 'exit 3'; echo $?; timeout 0 true; echo $?; timeout 1e-1 sleep 1; echo $?; timeout .5m true; echo $?; timeout inf true; echo $?; timeout 1d true; echo $?; timeout " 2" true; echo $?
  test('124 on timeout, the command status otherwise', async () => {
    expect(await sh(`timeout 0.1 sleep 1; echo $?; timeout --preserve-status 0.1 sleep 1; echo $?; timeout 1 sh -c 'exit 3'; echo $?; timeout 0 true; echo $?; timeout 1e-1 sleep 1; echo $?; timeout .5m true; echo $?; timeout inf true; echo $?; timeout 1d true; echo $?; timeout " 2" true; echo $?`)).toEqual({
      stdout: '124\n143\n3\n0\n124\n0\n0\n0\n0\n',
      stderr: '',
      status: 0,
    });
  });

  // real: { timeout -s KILL 0.1 sleep 1; } 2>/dev/null; echo $?; { timeout -s 137 1 sleep 5; } 2>/dev/null; echo $?; { timeout -k 0.1 0.1 sh -c 'trap "" TERM; sleep 1'; } 2>/dev/null; echo $?
  // (bash reports "PID Killed  timeout ..." for each: the KILL sent to the group ends timeout too)
  test('KILL, directly or after -k, ends timeout too: 137', async () => {
    expect(await sh(`{ timeout -s KILL 0.1 sleep 1; } 2>/dev/null; echo $?; { timeout -s 137 1 sleep 5; } 2>/dev/null; echo $?; { timeout -k 0.1 0.1 sh -c 'trap "" TERM; sleep 1'; } 2>/dev/null; echo $?`)).toEqual({
      stdout: '137\n137\n137\n',
      stderr: '',
      status: 0,
    });
  });

  // real: timeout -s sigint 1 sleep 5; echo $?; timeout --kill-after=1 --signal=HUP 1 sleep 3; echo $?; timeout 5 bash -c "sleep 1; echo done"; echo $?
  test('other signals; a command that finishes in time', async () => {
    expect(await sh('timeout -s sigint 1 sleep 5; echo $?; timeout --kill-after=1 --signal=HUP 1 sleep 3; echo $?; timeout 5 bash -c "sleep 1; echo done"; echo $?')).toEqual({
      stdout: '124\n124\ndone\n0\n',
      stderr: '',
      status: 0,
    });
  });

  // real: timeout -v 1 sleep 3; echo $?; { timeout -v -s 9 1 sleep 3; } 2>&1; echo $?
  test('--verbose', async () => {
    expect(await sh('timeout -v 1 sleep 3; echo $?; timeout -v -k 1 1 sh -c \'trap "" TERM; sleep 3\' 2>&1 | cat; echo $?')).toEqual({
      stdout: '124\ntimeout: sending signal TERM to command ‘sh’\ntimeout: sending signal KILL to command ‘sh’\n0\n',
      stderr: 'timeout: sending signal TERM to command ‘sleep’\n',
      status: 0,
    });
  });

  // real: timeout 10 sh -c "kill \$\$"; echo $?
  test('a command killed by a signal of its own: timeout dies of it too', async () => {
    expect(await sh('timeout 10 sh -c "kill \\$\\$"; echo $?')).toEqual({ stdout: '143\n', stderr: 'Terminated\n', status: 0 });
  });

  // real: timeout 2 bash -c "trap \"echo got TERM\" TERM; sleep 5; echo after"; echo $?
  test('the signal goes to the whole group: a trap runs once, the sleep dies', async () => {
    expect(await sh('timeout 2 bash -c "trap \\"echo got TERM\\" TERM; sleep 5; echo after"; echo $?')).toEqual({
      stdout: 'got TERM\nafter\n124\n',
      stderr: 'Terminated\n',
      status: 0,
    });
  });

  // real: timeout --help | head -3; timeout --version | tail -1
  test('--help and --version', async () => {
    expect(await sh('timeout --help | head -3; timeout --version | tail -1')).toEqual({
      stdout: 'Usage: timeout [OPTION] DURATION COMMAND [ARG]...\n  or:  timeout [OPTION]\nStart COMMAND, and kill it if still running after DURATION.\nWritten by Padraig Brady.\n',
      stderr: '',
      status: 0,
    });
  });
});

describe('timeout in the playground', () => {
  test('the limit is virtual time: a day passes in no real time', async () => {
    expect(await sh('timeout 1d sleep 2d; echo $?; date +%F.%T; timeout 1.5 sleep 1; echo $?; date +%T')).toEqual({
      stdout: '124\n2026-11-26.10:00:00\n0\n10:00:01\n',
      stderr: '',
      status: 0,
    });
  });
});
