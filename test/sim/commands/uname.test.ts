// uname: errors (the machine's values are checked by hand below).
// Expected outputs were recorded from the real tools (Debian 12: coreutils 9.1) with the command in
// the comment above each case, run with LC_ALL=C.UTF-8 and TZ=UTC.

import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

describe('uname', () => {
  // real: uname -p; uname -i; uname -o; uname -m; uname -s
  test("processor and hardware platform are unknown", async () => {
    expect(await sh("uname -p; uname -i; uname -o; uname -m; uname -s")).toEqual({
      stdout: "unknown\nunknown\nGNU/Linux\nx86_64\nLinux\n",
      stderr: "",
      status: 0,
    });
  });

  // real: uname x; echo $?; uname -z; echo $?
  test("usage errors", async () => {
    expect(await sh("uname x; echo $?; uname -z; echo $?")).toEqual({
      stdout: "1\n1\n",
      stderr: "uname: extra operand ‘x’\nTry 'uname --help' for more information.\nuname: invalid option -- 'z'\nTry 'uname --help' for more information.\n",
      status: 0,
    });
  });

});

// The simulated kernel is Debian 12's 6.1.0-27-amd64 on a machine named "playground".
describe('uname on the playground', () => {
  test('each field, and -a without the unknown ones', async () => {
    expect(await sh('uname; uname -a; uname -n; uname -r; uname -v; uname -snrvmpio; uname --all -s')).toEqual({
      stdout:
        'Linux\n' +
        'Linux playground 6.1.0-27-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.115-1 (2024-11-01) x86_64 GNU/Linux\n' +
        'playground\n6.1.0-27-amd64\n#1 SMP PREEMPT_DYNAMIC Debian 6.1.115-1 (2024-11-01)\n' +
        'Linux playground 6.1.0-27-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.115-1 (2024-11-01) x86_64 unknown unknown GNU/Linux\n' +
        'Linux playground 6.1.0-27-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.115-1 (2024-11-01) x86_64 GNU/Linux\n',
      stderr: '',
      status: 0,
    });
  });
});
