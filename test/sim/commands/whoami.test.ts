// whoami: errors (the name itself is checked by hand below).
// Expected outputs were recorded from the real tools (Debian 12: coreutils 9.1) with the command in
// the comment above each case, run with LC_ALL=C.UTF-8 and TZ=UTC.

import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

describe('whoami', () => {
  // real: whoami x; echo $?; whoami -x; echo $?
  test("takes no operand", async () => {
    expect(await sh("whoami x; echo $?; whoami -x; echo $?")).toEqual({
      stdout: "1\n1\n",
      stderr: "whoami: extra operand ‘x’\nTry 'whoami --help' for more information.\nwhoami: invalid option -- 'x'\nTry 'whoami --help' for more information.\n",
      status: 0,
    });
  });

});

describe('whoami for the student', () => {
  test('prints the effective user name', async () => {
    expect(await sh('whoami')).toEqual({ stdout: 'student\n', stderr: '', status: 0 });
  });
});
