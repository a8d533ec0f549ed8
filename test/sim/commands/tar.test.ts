// tar: creating, listing and extracting GNU-format archives, with gzip (GNU tar 1.34).
// Expected outputs were recorded from the real tools (Debian 12: GNU tar 1.34) with the command in
// the comment above each case, run with LC_ALL=C.UTF-8 and TZ=UTC; where a listing shows owners and times, the real archive was made with --owner=student:1000 --group=student:1000 --mtime=@1795600800, what the playground's student gets.

import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

describe('tar', () => {
  // real: echo hello > a.txt; mkdir d; echo x > d/f; tar --owner=student:1000 --group=student:1000 --mtime=@1795600800 -cf t.tar a.txt d; tar tf t.tar; tar tvf t.tar
  test("c, t and tv: names, then the long listing", async () => {
    expect(await sh("echo hello > a.txt; mkdir d; echo x > d/f; tar cf t.tar a.txt d; tar tf t.tar; tar tvf t.tar")).toEqual({
      stdout: "a.txt\nd/\nd/f\n-rw-r--r-- student/student   6 2026-11-25 10:00 a.txt\ndrwxr-xr-x student/student   0 2026-11-25 10:00 d/\n-rw-r--r-- student/student   2 2026-11-25 10:00 d/f\n",
      stderr: "",
      status: 0,
    });
  });

  // real: echo hello > f; tar --owner=student:1000 --group=student:1000 --mtime=@1795600800 -cf t.tar f; od -A d -c t.tar | head -20; wc -c < t.tar
  test("the archive is byte for byte GNU tar's", async () => {
    expect(await sh("echo hello > f; tar cf t.tar f; od -A d -c t.tar | head -20; wc -c < t.tar")).toEqual({
      stdout: "0000000   f  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0\n0000016  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0\n*\n0000096  \\0  \\0  \\0  \\0   0   0   0   0   6   4   4  \\0   0   0   0   1\n0000112   7   5   0  \\0   0   0   0   1   7   5   0  \\0   0   0   0   0\n0000128   0   0   0   0   0   0   6  \\0   1   5   3   0   1   5   3   0\n0000144   6   4   0  \\0   0   1   1   1   5   5  \\0       0  \\0  \\0  \\0\n0000160  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0\n*\n0000256  \\0   u   s   t   a   r          \\0   s   t   u   d   e   n   t\n0000272  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0\n0000288  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0   s   t   u   d   e   n   t\n0000304  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0\n*\n0000512   h   e   l   l   o  \\n  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0\n0000528  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0\n*\n0010240\n10240\n",
      stderr: "",
      status: 0,
    });
  });

  // real: n=$(printf 'x%.0s' {1..120}); echo hi > $n; tar --owner=student:1000 --group=student:1000 --mtime=@1795600800 -cf t.tar $n; od -A d -c t.tar | head -12; tar tf t.tar | wc -c
  test("long names go in a ././@LongLink entry", async () => {
    expect(await sh("n=$(printf 'x%.0s' {1..120}); echo hi > $n; tar cf t.tar $n; od -A d -c t.tar | head -12; tar tf t.tar | wc -c")).toEqual({
      stdout: "0000000   .   /   .   /   @   L   o   n   g   L   i   n   k  \\0  \\0  \\0\n0000016  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0\n*\n0000096  \\0  \\0  \\0  \\0   0   0   0   0   6   4   4  \\0   0   0   0   0\n0000112   0   0   0  \\0   0   0   0   0   0   0   0  \\0   0   0   0   0\n0000128   0   0   0   0   1   7   1  \\0   0   0   0   0   0   0   0   0\n0000144   0   0   0  \\0   0   1   1   6   0   2  \\0       L  \\0  \\0  \\0\n0000160  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0\n*\n0000256  \\0   u   s   t   a   r          \\0   r   o   o   t  \\0  \\0  \\0\n0000272  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0\n0000288  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0  \\0   r   o   o   t  \\0  \\0  \\0\n121\n",
      stderr: "",
      status: 0,
    });
  });

  // real: echo hello > a.txt; mkdir d; echo x > d/f; tar cvf t.tar a.txt d; tar cvf - a.txt > /dev/null; touch -d '2026-11-25 10:00' a.txt; tar --owner=student:1000 --group=student:1000 -cvvf t3.tar a.txt
  test("v prints names as they are stored; to stderr when the archive goes to stdout", async () => {
    expect(await sh("echo hello > a.txt; mkdir d; echo x > d/f; tar cvf t.tar a.txt d; tar cvf - a.txt > /dev/null; tar cvvf t3.tar a.txt")).toEqual({
      stdout: "a.txt\nd/\nd/f\n-rw-r--r-- student/student   6 2026-11-25 10:00 a.txt\n",
      stderr: "a.txt\n",
      status: 0,
    });
  });

  // real: echo hello > a.txt; tar czf t.tgz a.txt; tar tzf t.tgz; tar tf t.tgz; gzip -dc t.tgz | tar t; od -A d -t x1 -N 10 t.tgz; gzip -l t.tgz | tail -1 | cut -c20-39
  test("z compresses; reading detects gzip by itself", async () => {
    expect(await sh("echo hello > a.txt; tar czf t.tgz a.txt; tar tzf t.tgz; tar tf t.tgz; gzip -dc t.tgz | tar t; od -A d -t x1 -N 10 t.tgz; gzip -l t.tgz | tail -1 | cut -c20-39")).toEqual({
      stdout: "a.txt\na.txt\na.txt\n0000000 1f 8b 08 00 00 00 00 00 00 03\n0000010\n               10240\n",
      stderr: "",
      status: 0,
    });
  });

  // real: tar cf t.tar nofile; echo rc=$?; ls; tar tf nonexist.tar; echo rc=$?; echo junk > j.tar; tar tf j.tar; echo rc=$?; tar tzf j.tar; echo rc=$?
  test("missing files and archives", async () => {
    expect(await sh("tar cf t.tar nofile; echo rc=$?; ls; tar tf nonexist.tar; echo rc=$?; echo junk > j.tar; tar tf j.tar; echo rc=$?; tar tzf j.tar; echo rc=$?")).toEqual({
      stdout: "rc=2\nt.tar\nrc=2\nrc=2\nrc=2\n",
      stderr: "tar: nofile: Cannot stat: No such file or directory\ntar: Exiting with failure status due to previous errors\ntar: nonexist.tar: Cannot open: No such file or directory\ntar: Error is not recoverable: exiting now\ntar: This does not look like a tar archive\ntar: Exiting with failure status due to previous errors\n\ngzip: stdin: not in gzip format\ntar: Child returned status 1\ntar: Error is not recoverable: exiting now\n",
      status: 0,
    });
  });

  // real: tar cf t.tar; echo rc=$?; tar; echo rc=$?; tar -ct; echo rc=$?; tar cf; echo rc=$?; tar -x -f; echo rc=$?; tar --bogus; echo rc=$?; tar --strip-components=x -xf t.tar; echo rc=$?
  test("usage errors", async () => {
    expect(await sh("tar cf t.tar; echo rc=$?; tar; echo rc=$?; tar -ct; echo rc=$?; tar cf; echo rc=$?; tar -x -f; echo rc=$?; tar --bogus; echo rc=$?; tar --strip-components=x -xf t.tar; echo rc=$?")).toEqual({
      stdout: "rc=2\nrc=2\nrc=2\nrc=2\nrc=64\nrc=64\nrc=2\n",
      stderr: "tar: Cowardly refusing to create an empty archive\nTry 'tar --help' or 'tar --usage' for more information.\ntar: You must specify one of the '-Acdtrux', '--delete' or '--test-label' options\nTry 'tar --help' or 'tar --usage' for more information.\ntar: You may not specify more than one '-Acdtrux', '--delete' or  '--test-label' option\nTry 'tar --help' or 'tar --usage' for more information.\ntar: Old option 'f' requires an argument.\nTry 'tar --help' or 'tar --usage' for more information.\ntar: option requires an argument -- 'f'\nTry 'tar --help' or 'tar --usage' for more information.\ntar: unrecognized option '--bogus'\nTry 'tar --help' or 'tar --usage' for more information.\ntar: x: Invalid number of elements\nTry 'tar --help' or 'tar --usage' for more information.\n",
      status: 0,
    });
  });

  // real: mkdir -p d/e; echo 1 > d/e/f; tar cf t.tar d; rm -rf d; tar xvf t.tar; ls -R d; mkdir out; tar xf t.tar -C out; ls out/d/e; mkdir o2; tar -C o2 -xf t.tar d/e/f; find o2 | sort; tar xf t.tar nothere; echo rc=$?
  test("x recreates directories and files; -C chooses where; members can be named", async () => {
    expect(await sh("mkdir -p d/e; echo 1 > d/e/f; tar cf t.tar d; rm -rf d; tar xvf t.tar; ls -R d; mkdir out; tar xf t.tar -C out; ls out/d/e; mkdir o2; tar -C o2 -xf t.tar d/e/f; find o2 | sort; tar xf t.tar nothere; echo rc=$?")).toEqual({
      stdout: "d/\nd/e/\nd/e/f\nd:\ne\n\nd/e:\nf\nf\no2\no2/d\no2/d/e\no2/d/e/f\nrc=2\n",
      stderr: "tar: nothere: Not found in archive\ntar: Exiting with failure status due to previous errors\n",
      status: 0,
    });
  });

  // real: echo 1 > f; tar cf t.tar f; tar xf t.tar -C nodir; echo rc=$?
  test("-C to a missing directory", async () => {
    expect(await sh("echo 1 > f; tar cf t.tar f; tar xf t.tar -C nodir; echo rc=$?")).toEqual({
      stdout: "rc=2\n",
      stderr: "tar: nodir: Cannot open: No such file or directory\ntar: Error is not recoverable: exiting now\n",
      status: 0,
    });
  });

  // real: mkdir -p /tmp/zz-tar-abs; echo hi > /tmp/zz-tar-abs/a; tar cf t.tar /tmp/zz-tar-abs/a; tar tf t.tar; mkdir x; tar xf t.tar -C x; find x -type f; rm -rf /tmp/zz-tar-abs
  test("leading / is removed when creating", async () => {
    expect(await sh("mkdir -p /tmp/zz-tar-abs; echo hi > /tmp/zz-tar-abs/a; tar cf t.tar /tmp/zz-tar-abs/a; tar tf t.tar; mkdir x; tar xf t.tar -C x; find x -type f; rm -rf /tmp/zz-tar-abs")).toEqual({
      stdout: "tmp/zz-tar-abs/a\nx/tmp/zz-tar-abs/a\n",
      stderr: "tar: Removing leading `/' from member names\n",
      status: 0,
    });
  });

  // real: mkdir s; echo evil > x; cd s; tar cPf ../t.tar ../x; cd ..; tar tf t.tar; mkdir o; cd o; tar xvf ../t.tar; echo rc=$?; find . ; cat ../x
  test("members with .. never land outside the target", async () => {
    expect(await sh("mkdir s; echo evil > x; cd s; tar cPf ../t.tar ../x; cd ..; tar tf t.tar; mkdir o; cd o; tar xvf ../t.tar; echo rc=$?; find . ; cat ../x")).toEqual({
      stdout: "../x\nrc=2\n.\nevil\n",
      stderr: "tar: Removing leading `../' from member names\ntar: Removing leading `../' from member names\ntar: ../x: Member name contains '..'\ntar: Exiting with failure status due to previous errors\n",
      status: 0,
    });
  });

  // real: mkdir -p a/b; echo evil > x; tar cPf t.tar a/b/../../x; tar tf t.tar; mkdir o; cd o; tar xf ../t.tar; echo rc=$?; find .
  test("a .. in the middle is refused too", async () => {
    expect(await sh("mkdir -p a/b; echo evil > x; tar cPf t.tar a/b/../../x; tar tf t.tar; mkdir o; cd o; tar xf ../t.tar; echo rc=$?; find .")).toEqual({
      stdout: "a/b/../../x\nrc=2\n.\n",
      stderr: "tar: Removing leading `a/b/../../' from member names\ntar: Removing leading `a/b/../../' from member names\ntar: a/b/../../x: Member name contains '..'\ntar: Exiting with failure status due to previous errors\n",
      status: 0,
    });
  });

  // real: mkdir s; echo hi > x; cd s; tar cf ../t.tar ../x; tar tf ../t.tar
  test("creating strips ../ prefixes", async () => {
    expect(await sh("mkdir s; echo hi > x; cd s; tar cf ../t.tar ../x; tar tf ../t.tar")).toEqual({
      stdout: "x\n",
      stderr: "tar: Removing leading `../' from member names\n",
      status: 0,
    });
  });

  // real: mkdir d; echo 1 > d/f; tar cf t.tar d/; tar tf t.tar; tar cf t2.tar ./d; tar tf t2.tar; cd d; tar cf ../t3.tar .; tar tf ../t3.tar
  test("names as written: trailing slash, ./ and .", async () => {
    expect(await sh("mkdir d; echo 1 > d/f; tar cf t.tar d/; tar tf t.tar; tar cf t2.tar ./d; tar tf t2.tar; cd d; tar cf ../t3.tar .; tar tf ../t3.tar")).toEqual({
      stdout: "d/\nd/f\n./d/\n./d/f\n./\n./f\n",
      stderr: "",
      status: 0,
    });
  });

  // real: mkdir d; echo 1 > d/f; chmod 600 d/f; touch -d '2020-01-02 03:04:05' d/f d; tar cf t.tar d; rm -rf d; tar xf t.tar; date -r d/f +%F.%T; date -r d +%F.%T; ls -l d/f | cut -c1-10
  test("modes and times are restored", async () => {
    expect(await sh("mkdir d; echo 1 > d/f; chmod 600 d/f; touch -d '2020-01-02 03:04:05' d/f d; tar cf t.tar d; rm -rf d; tar xf t.tar; date -r d/f +%F.%T; date -r d +%F.%T; ls -l d/f | cut -c1-10")).toEqual({
      stdout: "2020-01-02.03:04:05\n2020-01-02.03:04:05\n-rw-------\n",
      stderr: "",
      status: 0,
    });
  });

  // real: umask 077; echo 1 > f; chmod 755 f; tar cf t.tar f; rm f; umask 022; tar xf t.tar; ls -l f | cut -c1-10; rm f; umask 077; tar xf t.tar; ls -l f | cut -c1-10; rm f; tar xpf t.tar; ls -l f | cut -c1-10
  test("the umask applies when extracting, unless -p", async () => {
    expect(await sh("umask 077; echo 1 > f; chmod 755 f; tar cf t.tar f; rm f; umask 022; tar xf t.tar; ls -l f | cut -c1-10; rm f; umask 077; tar xf t.tar; ls -l f | cut -c1-10; rm f; tar xpf t.tar; ls -l f | cut -c1-10")).toEqual({
      stdout: "-rwxr-xr-x\n-rwx------\n-rwxr-xr-x\n",
      stderr: "",
      status: 0,
    });
  });

  // real: echo hello > a.txt; tar cf t.tar a.txt; echo new > a.txt; tar xf t.tar; cat a.txt; echo newer > a.txt; tar xkf t.tar; echo rc=$?; tar xf t.tar --skip-old-files; echo rc=$?; cat a.txt
  test("existing files are replaced, unless -k or --skip-old-files", async () => {
    expect(await sh("echo hello > a.txt; tar cf t.tar a.txt; echo new > a.txt; tar xf t.tar; cat a.txt; echo newer > a.txt; tar xkf t.tar; echo rc=$?; tar xf t.tar --skip-old-files; echo rc=$?; cat a.txt")).toEqual({
      stdout: "hello\nrc=2\nrc=0\nnewer\n",
      stderr: "tar: a.txt: Cannot open: File exists\ntar: Exiting with failure status due to previous errors\n",
      status: 0,
    });
  });

  // real: echo hello > a.txt; echo x > b; tar cf t.tar a.txt b; tar xf t.tar -O; tar xOf t.tar b; tar xvOf t.tar a.txt
  test("-O extracts to standard output", async () => {
    expect(await sh("echo hello > a.txt; echo x > b; tar cf t.tar a.txt b; tar xf t.tar -O; tar xOf t.tar b; tar xvOf t.tar a.txt")).toEqual({
      stdout: "hello\nx\nx\nhello\n",
      stderr: "a.txt\n",
      status: 0,
    });
  });

  // real: mkdir d; echo 1 > d/a.log; echo 2 > d/b.txt; mkdir d/logs; echo 3 > d/logs/x; tar cf t.tar --exclude='*.log' d; tar tf t.tar | sort; tar cf t2.tar --exclude=logs d; tar tf t2.tar | sort; tar cf t3.tar --exclude=d/b.txt d; tar tf t3.tar | sort
  test("--exclude patterns", async () => {
    expect(await sh("mkdir d; echo 1 > d/a.log; echo 2 > d/b.txt; mkdir d/logs; echo 3 > d/logs/x; tar cf t.tar --exclude='*.log' d; tar tf t.tar | sort; tar cf t2.tar --exclude=logs d; tar tf t2.tar | sort; tar cf t3.tar --exclude=d/b.txt d; tar tf t3.tar | sort")).toEqual({
      stdout: "d/\nd/b.txt\nd/logs/\nd/logs/x\nd/\nd/a.log\nd/b.txt\nd/\nd/a.log\nd/logs/\nd/logs/x\n",
      stderr: "",
      status: 0,
    });
  });

  // real: mkdir d; echo 1 > d/b.txt; tar cf t.tar d --exclude 'b*'; echo rc=$?; tar tf t.tar
  test("--exclude after the names has no effect", async () => {
    expect(await sh("mkdir d; echo 1 > d/b.txt; tar cf t.tar d --exclude 'b*'; echo rc=$?; tar tf t.tar")).toEqual({
      stdout: "rc=2\nd/\nd/b.txt\n",
      stderr: "tar: The following options were used after any non-optional arguments in archive create or update mode.  These options are positional and affect only arguments that follow them.  Please, rearrange them properly.\ntar: --exclude ‘b*’ has no effect\ntar: Exiting with failure status due to previous errors\n",
      status: 0,
    });
  });

  // real: mkdir d; echo 2 > d/b.txt; echo 3 > c; printf 'd/b.txt\nc\n' > list; tar cf t.tar -T list; tar tf t.tar; tar cf t2.tar -T nolist; echo rc=$?
  test("-T reads names from a file", async () => {
    expect(await sh("mkdir d; echo 2 > d/b.txt; echo 3 > c; printf 'd/b.txt\\nc\\n' > list; tar cf t.tar -T list; tar tf t.tar; tar cf t2.tar -T nolist; echo rc=$?")).toEqual({
      stdout: "d/b.txt\nc\nrc=2\n",
      stderr: "tar: nolist: Cannot stat: No such file or directory\ntar: Error is not recoverable: exiting now\n",
      status: 0,
    });
  });

  // real: echo hello > a.txt; ln -s a.txt l; ln a.txt h; touch -h -d '2026-11-25 10:00' a.txt l; tar --owner=student:1000 --group=student:1000 -cf t.tar a.txt l h; tar tvf t.tar; mkdir o; tar xf t.tar -C o; ls -l o | cut -c1-11; readlink o/l; date -r o/h +%T; cat o/h
  test("links", async () => {
    expect(await sh("echo hello > a.txt; ln -s a.txt l; ln a.txt h; tar cf t.tar a.txt l h; tar tvf t.tar; mkdir o; tar xf t.tar -C o; ls -l o | cut -c1-11; readlink o/l; date -r o/h +%T; cat o/h")).toEqual({
      stdout: "-rw-r--r-- student/student   6 2026-11-25 10:00 a.txt\nlrwxrwxrwx student/student   0 2026-11-25 10:00 l -> a.txt\nhrw-r--r-- student/student   0 2026-11-25 10:00 h link to a.txt\ntotal 8\n-rw-r--r-- \n-rw-r--r-- \nlrwxrwxrwx \na.txt\n10:00:00\nhello\n",
      stderr: "",
      status: 0,
    });
  });

  // real: mkdir -p a/b; echo 1 > a/b/f; tar cf t.tar a; mkdir o; tar xf t.tar -C o --strip-components=1; find o | sort
  test("--strip-components", async () => {
    expect(await sh("mkdir -p a/b; echo 1 > a/b/f; tar cf t.tar a; mkdir o; tar xf t.tar -C o --strip-components=1; find o | sort")).toEqual({
      stdout: "o\no/b\no/b/f\n",
      stderr: "",
      status: 0,
    });
  });

  // real: echo 1 > f; tar cf t.tar f; head -c 512 t.tar | tar tf -; echo rc=$?; head -c 512 /dev/zero | tar tf -; echo rc=$?; printf '' | tar tf -; echo rc=$?
  test("damaged archives", async () => {
    expect(await sh("echo 1 > f; tar cf t.tar f; head -c 512 t.tar | tar tf -; echo rc=$?; head -c 512 /dev/zero | tar tf -; echo rc=$?; printf '' | tar tf -; echo rc=$?")).toEqual({
      stdout: "f\nrc=2\nrc=0\nrc=2\n",
      stderr: "tar: Unexpected EOF in archive\ntar: Error is not recoverable: exiting now\ntar: A lone zero block at 1\ntar: This does not look like a tar archive\ntar: Exiting with failure status due to previous errors\n",
      status: 0,
    });
  });

  // real: mkdir d; echo 1 > d/f; tar cf d/t.tar d; echo rc=$?; tar tf d/t.tar
  test("the archive itself is not archived", async () => {
    expect(await sh("mkdir d; echo 1 > d/f; tar cf d/t.tar d; echo rc=$?; tar tf d/t.tar")).toEqual({
      stdout: "rc=0\nd/\nd/f\n",
      stderr: "tar: d/t.tar: file is the archive; not dumped\n",
      status: 0,
    });
  });

  // real: mkdir -p d/e; echo 1 > d/e/f; tar czf t.tgz d; rm -r d; tar xzvf t.tgz; cat d/e/f
  test("a gzipped round trip", async () => {
    expect(await sh("mkdir -p d/e; echo 1 > d/e/f; tar czf t.tgz d; rm -r d; tar xzvf t.tgz; cat d/e/f")).toEqual({
      stdout: "d/\nd/e/\nd/e/f\n1\n",
      stderr: "",
      status: 0,
    });
  });

  // real: echo 1 > f; tar --owner=student:1000 --group=student:1000 --mtime=@1795600800 -cf t.tar f; tar tvf t.tar --numeric-owner; tar tvf t.tar --full-time
  test("--numeric-owner and --full-time in listings", async () => {
    expect(await sh("echo 1 > f; tar cf t.tar f; tar tvf t.tar --numeric-owner; tar tvf t.tar --full-time")).toEqual({
      stdout: "-rw-r--r-- 1000/1000         2 2026-11-25 10:00 f\n-rw-r--r-- student/student   2 2026-11-25 10:00:00 f\n",
      stderr: "",
      status: 0,
    });
  });

  // real: tar --help | head -3; tar --usage | head -2; tar --version | head -1; tar --show-defaults
  test("--help, --usage, --version", async () => {
    expect(await sh("tar --help | head -3; tar --usage | head -2; tar --version | head -1; tar --show-defaults")).toEqual({
      stdout: "Usage: tar [OPTION...] [FILE]...\nGNU 'tar' saves many files together into a single tape or disk archive, and can\nrestore individual files from the archive.\nUsage: tar [-AcdrtuxGnSkUWOmpsMBiajJzZhPlRvwo?] [-g FILE] [-C DIR] [-T FILE]\n            [-X FILE] [-f ARCHIVE] [-F NAME] [-L NUMBER] [-b BLOCKS]\ntar (GNU tar) 1.34\n--format=gnu -f- -b20 --quoting-style=escape --rmt-command=/usr/sbin/rmt --rsh-command=/usr/bin/rsh\n",
      stderr: "",
      status: 0,
    });
  });

});

describe('tar in the playground', () => {
  test('compressors other than gzip and modes other than c, t, x are refused loudly', async () => {
    expect(await sh('echo 1 > f; tar cjf t.tar.bz2 f; echo rc=$?; tar rf t.tar f; echo rc=$?; tar --delete -f t.tar f; echo rc=$?')).toEqual({
      stdout: 'rc=2\nrc=2\nrc=2\n',
      stderr: 'tar: -j: not supported in this playground\ntar: -r: not supported in this playground\ntar: --delete: not supported in this playground\n',
      status: 0,
    });
  });
});
