// id: user and group IDs (named users; the student's own identity is checked by hand below).
// Expected outputs were recorded from the real tools (Debian 12: coreutils 9.1) with the command in
// the comment above each case, run with LC_ALL=C.UTF-8 and TZ=UTC.

import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

describe('id', () => {
  // real: id root; id -u root; id -un root; id -g root; id -gn root; id -G root; id -Gn root; id 0
  test("named users", async () => {
    expect(await sh("id root; id -u root; id -un root; id -g root; id -gn root; id -G root; id -Gn root; id 0")).toEqual({
      stdout: "uid=0(root) gid=0(root) groups=0(root)\n0\nroot\n0\nroot\n0\nroot\nuid=0(root) gid=0(root) groups=0(root)\n",
      stderr: "",
      status: 0,
    });
  });

  // real: id -G root daemon; id -un root daemon
  test("several users, one line each", async () => {
    expect(await sh("id -G root daemon; id -un root daemon")).toEqual({
      stdout: "0\n1\nroot\ndaemon\n",
      stderr: "",
      status: 0,
    });
  });

  // real: id nosuch; echo $?; id -u root nosuch; echo $?
  test("unknown users", async () => {
    expect(await sh("id nosuch; echo $?; id -u root nosuch; echo $?")).toEqual({
      stdout: "1\n0\n1\n",
      stderr: "id: ‘nosuch’: no such user\nid: ‘nosuch’: no such user\n",
      status: 0,
    });
  });

  // real: id -r; echo $?; id -n; echo $?; id -ug; echo $?; id -z; echo $?
  test("options that need -u, -g or -G", async () => {
    expect(await sh("id -r; echo $?; id -n; echo $?; id -ug; echo $?; id -z; echo $?")).toEqual({
      stdout: "1\n1\n1\n1\n",
      stderr: "id: cannot print only names or real IDs in default format\nid: cannot print only names or real IDs in default format\nid: cannot print \"only\" of more than one choice\nid: option --zero not permitted in default format\n",
      status: 0,
    });
  });

  // real: id -Gz root | od -c; id -uz root root | od -c
  test("-z ends entries with NUL", async () => {
    expect(await sh("id -Gz root | od -c; id -uz root root | od -c")).toEqual({
      stdout: "0000000   0  \\0\n0000002\n0000000   0  \\0   0  \\0\n0000004\n",
      stderr: "",
      status: 0,
    });
  });

  // real: id -Z; echo $?; id -Z root; echo $?
  test("no SELinux", async () => {
    expect(await sh("id -Z; echo $?; id -Z root; echo $?")).toEqual({
      stdout: "1\n1\n",
      stderr: "id: --context (-Z) works only on an SELinux-enabled kernel\nid: --context (-Z) works only on an SELinux-enabled kernel\n",
      status: 0,
    });
  });

  // real: id -x; echo $?
  test("usage errors", async () => {
    expect(await sh("id -x; echo $?")).toEqual({
      stdout: "1\n",
      stderr: "id: invalid option -- 'x'\nTry 'id --help' for more information.\n",
      status: 0,
    });
  });

});

// The playground's student: uid 1000 with the supplementary groups of a Debian desktop user (the
// format is the one recorded above; the values are this machine's /etc/passwd and /etc/group).
describe('id for the student', () => {
  test('the process identity, supplementary groups sorted as the kernel keeps them', async () => {
    expect(await sh('id; id -u; id -un; id -g; id -gn; id -G; id -Gn; id -ur')).toEqual({
      stdout:
        'uid=1000(student) gid=1000(student) groups=1000(student),24(cdrom),25(floppy),27(sudo),29(audio),44(video),46(plugdev),100(users)\n' +
        '1000\nstudent\n1000\nstudent\n1000 24 25 27 29 44 46 100\nstudent cdrom floppy sudo audio video plugdev users\n1000\n',
      stderr: '',
      status: 0,
    });
  });

  test('a named user lists the primary group, then the groups naming it in /etc/group', async () => {
    expect(await sh('id student; id alice; id -Gn student')).toEqual({
      stdout:
        'uid=1000(student) gid=1000(student) groups=1000(student),24(cdrom),25(floppy),27(sudo),29(audio),44(video),46(plugdev),100(users)\n' +
        'uid=1003(alice) gid=1003(alice) groups=1003(alice)\nstudent cdrom floppy sudo audio video plugdev users\n',
      stderr: '',
      status: 0,
    });
  });
});
