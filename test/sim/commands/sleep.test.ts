// sleep: operands, suffixes and errors.
// Expected outputs were recorded from the real tools (Debian 12: coreutils 9.1) with the command in
// the comment above each case, run with LC_ALL=C.UTF-8 and TZ=UTC.

import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

describe('sleep', () => {
  // real: sleep 0.1 .1 1e-1 0x0.1 0s 0m 0h 0d ' 0' +0; echo $?
  test("accepts fractions, exponents, hex and suffixes", async () => {
    expect(await sh("sleep 0.1 .1 1e-1 0x0.1 0s 0m 0h 0d ' 0' +0; echo $?")).toEqual({
      stdout: "0\n",
      stderr: "",
      status: 0,
    });
  });

  // real: sleep; echo $?
  test("missing operand", async () => {
    expect(await sh("sleep; echo $?")).toEqual({
      stdout: "1\n",
      stderr: "sleep: missing operand\nTry 'sleep --help' for more information.\n",
      status: 0,
    });
  });

  // real: sleep x; echo $?; sleep 1x 2y; echo $?; sleep 0S; echo $?; sleep ''; echo $?; sleep nan; echo $?; sleep 1e; echo $?; sleep 0x; echo $?; sleep '0 '; echo $?
  test("invalid intervals are all reported, then the hint", async () => {
    expect(await sh("sleep x; echo $?; sleep 1x 2y; echo $?; sleep 0S; echo $?; sleep ''; echo $?; sleep nan; echo $?; sleep 1e; echo $?; sleep 0x; echo $?; sleep '0 '; echo $?")).toEqual({
      stdout: "1\n1\n1\n1\n1\n1\n1\n1\n",
      stderr: "sleep: invalid time interval ‘x’\nTry 'sleep --help' for more information.\nsleep: invalid time interval ‘1x’\nsleep: invalid time interval ‘2y’\nTry 'sleep --help' for more information.\nsleep: invalid time interval ‘0S’\nTry 'sleep --help' for more information.\nsleep: invalid time interval ‘’\nTry 'sleep --help' for more information.\nsleep: invalid time interval ‘nan’\nTry 'sleep --help' for more information.\nsleep: invalid time interval ‘1e’\nTry 'sleep --help' for more information.\nsleep: invalid time interval ‘0x’\nTry 'sleep --help' for more information.\nsleep: invalid time interval ‘0 ’\nTry 'sleep --help' for more information.\n",
      status: 0,
    });
  });

  // real: sleep -1; echo $?; sleep -- -1; echo $?; sleep -- -0; echo $?
  test("negative numbers are options, or invalid after --", async () => {
    expect(await sh("sleep -1; echo $?; sleep -- -1; echo $?; sleep -- -0; echo $?")).toEqual({
      stdout: "1\n1\n0\n",
      stderr: "sleep: invalid option -- '1'\nTry 'sleep --help' for more information.\nsleep: invalid time interval ‘-1’\nTry 'sleep --help' for more information.\n",
      status: 0,
    });
  });

  // real: sleep --help | head -2
  test("--help", async () => {
    expect(await sh("sleep --help | head -2")).toEqual({
      stdout: "Usage: sleep NUMBER[SUFFIX]...\n  or:  sleep OPTION\n",
      stderr: "",
      status: 0,
    });
  });

});

describe('sleep in the playground', () => {
  test('waits on the virtual clock; several operands add up', async () => {
    expect(await sh('sleep 2; date +%T; sleep 0.5 0.5 1m; date +%T; sleep 1d; date +%F')).toEqual({
      stdout: '10:00:02\n10:01:03\n2026-11-26\n',
      stderr: '',
      status: 0,
    });
  });

  test('sleep inf lasts until a signal ends it', async () => {
    expect(await sh('sleep inf & pid=$!; sleep 5; kill $pid; wait $pid; echo $?; date +%T')).toEqual({
      stdout: '143\n10:00:05\n',
      stderr: '',
      status: 0,
    });
  });
});
