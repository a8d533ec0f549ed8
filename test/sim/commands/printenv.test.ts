// printenv: values of environment variables.
// Expected outputs were recorded from the real tools (Debian 12: coreutils 9.1) with the command in
// the comment above each case, run with LC_ALL=C.UTF-8 and TZ=UTC.

import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

describe('printenv', () => {
  // real: A=1 B=2 printenv A B; A=1 printenv A NOPE; echo $?
  test("prints the named values, status 1 when one is missing", async () => {
    expect(await sh("A=1 B=2 printenv A B; A=1 printenv A NOPE; echo $?")).toEqual({
      stdout: "1\n2\n1\n1\n",
      stderr: "",
      status: 0,
    });
  });

  // real: env -i A=1 B='x y' printenv
  test("prints everything without names", async () => {
    expect(await sh("env -i A=1 B='x y' printenv")).toEqual({
      stdout: "A=1\nB=x y\n",
      stderr: "",
      status: 0,
    });
  });

  // real: A=1 printenv -0 A | od -c; env -i A=1 printenv --null | od -c
  test("-0 ends values with NUL", async () => {
    expect(await sh("A=1 printenv -0 A | od -c; env -i A=1 printenv --null | od -c")).toEqual({
      stdout: "0000000   1  \\0\n0000002\n0000000   A   =   1  \\0\n0000004\n",
      stderr: "",
      status: 0,
    });
  });

  // real: A=1 printenv A=1; echo $?
  test("a name with '=' never matches", async () => {
    expect(await sh("A=1 printenv A=1; echo $?")).toEqual({
      stdout: "1\n",
      stderr: "",
      status: 0,
    });
  });

  // real: printenv -x; echo $?
  test("usage errors exit with 2", async () => {
    expect(await sh("printenv -x; echo $?")).toEqual({
      stdout: "2\n",
      stderr: "printenv: invalid option -- 'x'\nTry 'printenv --help' for more information.\n",
      status: 0,
    });
  });

});
