// hostname (hostname 3.23): errors and refusals (the machine's names are checked by hand below).
// Expected outputs were recorded from the real tools (Debian 12: hostname 3.23) with the command in
// the comment above each case, run with LC_ALL=C.UTF-8 and TZ=UTC.

import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

describe('hostname', () => {
  // real: hostname foo; echo $?; hostname -b foo; echo $?; hostname -F /etc/passwd; echo $?; hostname -F /nonexist; echo $?
  test("only root may set the name", async () => {
    expect(await sh("hostname foo; echo $?; hostname -b foo; echo $?; hostname -F /etc/passwd; echo $?; hostname -F /nonexist; echo $?")).toEqual({
      stdout: "1\n1\n1\n1\n",
      stderr: "hostname: you must be root to change the host name\nhostname: you must be root to change the host name\nhostname: the specified hostname is invalid\nhostname: No such file or directory\n",
      status: 0,
    });
  });

  // real: hostname --help | head -2; hostname -h > /dev/null; echo $?; hostname -x | head -1; hostname a b 2>&1 >/dev/null | head -1; hostname a b 2>/dev/null; echo $?
  test("usage goes to stdout for -h and bad options, with status 255", async () => {
    expect(await sh("hostname --help | head -2; hostname -h > /dev/null; echo $?; hostname -x | head -1; hostname a b 2>&1 >/dev/null | head -1; hostname a b 2>/dev/null; echo $?")).toEqual({
      stdout: "Usage: hostname [-b] {hostname|-F file}         set host name (from file)\n       hostname [-a|-A|-d|-f|-i|-I|-s|-y]       display formatted name\n255\nUsage: hostname [-b] {hostname|-F file}         set host name (from file)\nUsage: hostname [-b] {hostname|-F file}         set host name (from file)\n255\n",
      stderr: "hostname: invalid option -- 'x'\n",
      status: 0,
    });
  });

  // real: hostname -V; echo $?; hostname -y; echo $?
  test("-V and -y", async () => {
    expect(await sh("hostname -V; echo $?; hostname -y; echo $?")).toEqual({
      stdout: "hostname 3.23\n0\nhostname: Local domain name not set\n1\n",
      stderr: "",
      status: 0,
    });
  });
});

// The machine is "playground", which /etc/hosts maps to 127.0.1.1 (recorded from hostname 3.23 in
// a namespace with that name and that /etc/hosts).
describe('hostname on the playground', () => {
  test('the name and what /etc/hosts says about it', async () => {
    expect(await sh('hostname; hostname -s; hostname -f; hostname --long; hostname -i; hostname -a; hostname -d; echo $?; hostname -I; hostname -A')).toEqual({
      stdout: 'playground\nplayground\nplayground\nplayground\n127.0.1.1\n\n0\n10.0.2.15 \n\n',
      stderr: '',
      status: 0,
    });
  });
});
