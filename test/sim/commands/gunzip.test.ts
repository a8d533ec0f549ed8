// gunzip: gzip -d under another name (Debian's script), so its messages say "gzip:".
// Expected outputs were recorded from the real tools (Debian 12: gzip 1.12) with the command in
// the comment above each case, run with LC_ALL=C.UTF-8 and TZ=UTC.

import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

describe('gunzip', () => {
  // real: echo hello > a; chmod 640 a; touch -d '2026-01-02 03:04:05' a; gzip a; gunzip -v a.gz; cat a; ls -l a | cut -c1-10; date -r a +%F.%T
  test("decompresses in place, keeping mode and time", async () => {
    expect(await sh("echo hello > a; chmod 640 a; touch -d '2026-01-02 03:04:05' a; gzip a; gunzip -v a.gz; cat a; ls -l a | cut -c1-10; date -r a +%F.%T")).toEqual({
      stdout: "hello\n-rw-r-----\n2026-01-02.03:04:05\n",
      stderr: "a.gz:\t-33.3% -- replaced with a\n",
      status: 0,
    });
  });

  // real: echo hi > a; gzip a; gunzip -c a.gz; gunzip -k a.gz; echo rc=$?; gunzip -kf a.gz; ls; gunzip -t a.gz; echo rc=$?
  test("-c, -k and -t", async () => {
    expect(await sh("echo hi > a; gzip a; gunzip -c a.gz; gunzip -k a.gz; echo rc=$?; gunzip -kf a.gz; ls; gunzip -t a.gz; echo rc=$?")).toEqual({
      stdout: "hi\nrc=0\na\na.gz\nrc=0\n",
      stderr: "",
      status: 0,
    });
  });

  // real: echo hi | gzip > b.gz; gunzip b; cat b; echo x > c; gunzip c; echo rc=$?; gunzip nope; echo rc=$?
  test("finds NAME.gz, refuses unknown suffixes", async () => {
    expect(await sh("echo hi | gzip > b.gz; gunzip b; cat b; echo x > c; gunzip c; echo rc=$?; gunzip nope; echo rc=$?")).toEqual({
      stdout: "hi\nrc=2\nrc=1\n",
      stderr: "gzip: c: unknown suffix -- ignored\ngzip: nope.gz: No such file or directory\n",
      status: 0,
    });
  });

  // real: echo plain > p.gz; gunzip p.gz; echo rc=$?; gunzip -x; echo rc=$?
  test("errors are gzip's", async () => {
    expect(await sh("echo plain > p.gz; gunzip p.gz; echo rc=$?; gunzip -x; echo rc=$?")).toEqual({
      stdout: "rc=1\nrc=1\n",
      stderr: "\ngzip: p.gz: not in gzip format\ngzip: invalid option -- 'x'\nTry `gzip --help' for more information.\n",
      status: 0,
    });
  });

  // real: gunzip --help | head -3; gunzip --version | head -1; gunzip -v --help | head -1
  test("its own --help and --version only as first argument", async () => {
    expect(await sh("gunzip --help | head -3; gunzip --version | head -1; gunzip -v --help | head -1")).toEqual({
      stdout: "Usage: /usr/bin/gunzip [OPTION]... [FILE]...\nUncompress FILEs (by default, in-place).\n\ngunzip (gzip) 1.12\nUsage: gzip [OPTION]... [FILE]...\n",
      stderr: "",
      status: 0,
    });
  });

});
