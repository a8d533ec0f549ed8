// gzip, gunzip and zcat: compression to files and streams, listing, testing and errors (GNU gzip 1.12).
// Expected outputs were recorded from the real tools (Debian 12: gzip 1.12) with the command in
// the comment above each case, run with LC_ALL=C.UTF-8 and TZ=UTC.

import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

describe('gzip', () => {
  // real: echo hello > a; gzip a; ls; gzip -l a.gz; gunzip a.gz; cat a; ls
  test("compresses to NAME.gz and back, keeping nothing else", async () => {
    expect(await sh("echo hello > a; gzip a; ls; gzip -l a.gz; gunzip a.gz; cat a; ls")).toEqual({
      stdout: "a.gz\n         compressed        uncompressed  ratio uncompressed_name\n                 28                   6 -33.3% a\nhello\na\n",
      stderr: "",
      status: 0,
    });
  });

  // real: echo hello > a; gzip -v a; gzip -dv a.gz; gzip -kv a; ls
  test("verbose messages", async () => {
    expect(await sh("echo hello > a; gzip -v a; gzip -dv a.gz; gzip -kv a; ls")).toEqual({
      stdout: "a\na.gz\n",
      stderr: "a:\t-33.3% -- replaced with a.gz\na.gz:\t-33.3% -- replaced with a\na:\t-33.3% -- created a.gz\n",
      status: 0,
    });
  });

  // real: echo hello > a; echo x > a.gz; gzip a; echo rc=$?; gzip -f a; echo rc=$?; ls
  test("an existing output is not overwritten without -f", async () => {
    expect(await sh("echo hello > a; echo x > a.gz; gzip a; echo rc=$?; gzip -f a; echo rc=$?; ls")).toEqual({
      stdout: "rc=2\nrc=0\na.gz\n",
      stderr: "gzip: a.gz already exists;\tnot overwritten\n",
      status: 0,
    });
  });

  // real: echo hello > a.gz; gzip a.gz; echo rc=$?; gzip nofile; echo rc=$?; gzip -d nosuf; echo rc=$?
  test("already compressed, missing files, unknown suffixes", async () => {
    expect(await sh("echo hello > a.gz; gzip a.gz; echo rc=$?; gzip nofile; echo rc=$?; gzip -d nosuf; echo rc=$?")).toEqual({
      stdout: "rc=0\nrc=1\nrc=1\n",
      stderr: "gzip: a.gz already has .gz suffix -- unchanged\ngzip: nofile: No such file or directory\ngzip: nosuf.gz: No such file or directory\n",
      status: 0,
    });
  });

  // real: echo hi > b; gzip -d b; echo rc=$?; mkdir d; gzip d; echo rc=$?
  test("-d on a name without suffix; directories are skipped", async () => {
    expect(await sh("echo hi > b; gzip -d b; echo rc=$?; mkdir d; gzip d; echo rc=$?")).toEqual({
      stdout: "rc=2\nrc=2\n",
      stderr: "gzip: b: unknown suffix -- ignored\ngzip: d is a directory -- ignored\n",
      status: 0,
    });
  });

  // real: echo data | gzip -d; echo rc=$?; printf '\x1f' | gzip -d; echo rc=$?; printf '' | gzip -dc; echo rc=$?
  test("not gzip data, truncated data, empty input", async () => {
    expect(await sh("echo data | gzip -d; echo rc=$?; printf '\\x1f' | gzip -d; echo rc=$?; printf '' | gzip -dc; echo rc=$?")).toEqual({
      stdout: "rc=1\nrc=1\nrc=1\n",
      stderr: "\ngzip: stdin: not in gzip format\n\ngzip: stdin: unexpected end of file\n\ngzip: stdin: unexpected end of file\n",
      status: 0,
    });
  });

  // real: echo hi | gzip | od -A d -t x1; echo hi | gzip -n | gzip -d; echo hello | gzip -1 | od -A d -t x1 | head -1; echo hello | gzip -9 | od -A d -t x1 | head -1
  test("headers: no name from stdin, XFL for -1 and -9", async () => {
    expect(await sh("echo hi | gzip | od -A d -t x1; echo hi | gzip -n | gzip -d; echo hello | gzip -1 | od -A d -t x1 | head -1; echo hello | gzip -9 | od -A d -t x1 | head -1")).toEqual({
      stdout: "0000000 1f 8b 08 00 00 00 00 00 00 03 cb c8 e4 02 00 7a\n0000016 7a 6f ed 03 00 00 00\n0000023\nhi\n0000000 1f 8b 08 00 00 00 00 00 04 03 cb 48 cd c9 c9 e7\n0000000 1f 8b 08 00 00 00 00 00 02 03 cb 48 cd c9 c9 e7\n",
      stderr: "",
      status: 0,
    });
  });

  // real: echo hello > a; gzip -n a; od -A d -t x1 a.gz
  test("-n stores neither name nor time", async () => {
    expect(await sh("echo hello > a; gzip -n a; od -A d -t x1 a.gz")).toEqual({
      stdout: "0000000 1f 8b 08 00 00 00 00 00 00 03 cb 48 cd c9 c9 e7\n0000016 02 00 20 30 3a 36 06 00 00 00\n0000026\n",
      stderr: "",
      status: 0,
    });
  });

  // real: echo hello > a; gzip -k a; gzip -t a.gz; echo rc=$?; gzip -tv a.gz; echo plain > p; gzip -t p; echo rc=$?
  test("-t tests integrity", async () => {
    expect(await sh("echo hello > a; gzip -k a; gzip -t a.gz; echo rc=$?; gzip -tv a.gz; echo plain > p; gzip -t p; echo rc=$?")).toEqual({
      stdout: "rc=0\nrc=1\n",
      stderr: "a.gz:\t OK\n\ngzip: p: not in gzip format\n",
      status: 0,
    });
  });

  // real: echo hello > a; echo world! > b; gzip a b; gzip -l a.gz b.gz; gzip -l a.gz; gzip -l < a.gz
  test("-l lists sizes and ratios, with totals", async () => {
    expect(await sh("echo hello > a; echo world! > b; gzip a b; gzip -l a.gz b.gz; gzip -l a.gz; gzip -l < a.gz")).toEqual({
      stdout: "         compressed        uncompressed  ratio uncompressed_name\n                 28                   6 -33.3% a\n                 29                   7 -28.6% b\n                 57                  13 -184.6% (totals)\n         compressed        uncompressed  ratio uncompressed_name\n                 28                   6 -33.3% a\n         compressed        uncompressed  ratio uncompressed_name\n                 28                   6 -33.3% stdout\n",
      stderr: "",
      status: 0,
    });
  });

  // real: echo hello > a; echo hi > b; gzip -c a b > ab.gz; gzip -l ab.gz; zcat ab.gz; gzip -dc ab.gz | wc -c
  test("several files to one stream: a multi-member file", async () => {
    expect(await sh("echo hello > a; echo hi > b; gzip -c a b > ab.gz; gzip -l ab.gz; zcat ab.gz; gzip -dc ab.gz | wc -c")).toEqual({
      stdout: "         compressed        uncompressed  ratio uncompressed_name\n                 53                   3 -1666.7% ab\nhello\nhi\n9\n",
      stderr: "",
      status: 0,
    });
  });

  // real: echo hi | gzip > h.gz; (cat h.gz; printf '\0\0\0') > z.gz; gzip -dc z.gz; echo rc=$?; (cat h.gz; echo garbage) > g.gz; gzip -dc g.gz; echo rc=$?; gzip -t g.gz; echo rc=$?
  test("trailing zeros are ignored, other garbage warned about", async () => {
    expect(await sh("echo hi | gzip > h.gz; (cat h.gz; printf '\\0\\0\\0') > z.gz; gzip -dc z.gz; echo rc=$?; (cat h.gz; echo garbage) > g.gz; gzip -dc g.gz; echo rc=$?; gzip -t g.gz; echo rc=$?")).toEqual({
      stdout: "hi\nrc=0\nhi\nrc=2\nrc=2\n",
      stderr: "\ngzip: g.gz: decompression OK, trailing garbage ignored\n\ngzip: g.gz: decompression OK, trailing garbage ignored\n",
      status: 0,
    });
  });

  // real: echo hi | gzip > h.gz; (cat h.gz; printf '\x1f') > o.gz; gzip -dc o.gz; echo rc=$?; (cat h.gz; head -c 2 h.gz; printf '\x07') > o4.gz; gzip -dc o4.gz; echo rc=$?
  test("a partial magic number; an unknown method", async () => {
    expect(await sh("echo hi | gzip > h.gz; (cat h.gz; printf '\\x1f') > o.gz; gzip -dc o.gz; echo rc=$?; (cat h.gz; head -c 2 h.gz; printf '\\x07') > o4.gz; gzip -dc o4.gz; echo rc=$?")).toEqual({
      stdout: "hi\nrc=1\nhi\nrc=1\n",
      stderr: "\ngzip: o.gz: unexpected end of file\ngzip: o4.gz: unknown method 7 -- not supported\n",
      status: 0,
    });
  });

  // real: echo hi | gzip > h.gz; (head -c 19 h.gz; printf '\x09\x00\x00\x00') | gzip -dc; echo rc=$?; (head -c 16 h.gz; printf '\xff\xff\xff\xff\xff\xff\xff\xff') | gzip -dc; echo rc=$?
  test("crc and length errors", async () => {
    expect(await sh("echo hi | gzip > h.gz; (head -c 19 h.gz; printf '\\x09\\x00\\x00\\x00') | gzip -dc; echo rc=$?; (head -c 16 h.gz; printf '\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff') | gzip -dc; echo rc=$?")).toEqual({
      stdout: "hi\nrc=1\nhi\nrc=1\n",
      stderr: "\ngzip: stdin: invalid compressed data--length error\n\ngzip: stdin: invalid compressed data--crc error\n\ngzip: stdin: invalid compressed data--length error\n",
      status: 0,
    });
  });

  // real: for ((i=1;i<=2000;i++)); do echo $i; done > n; gzip n; head -c 100 n.gz > t.gz; gzip -dc t.gz | tail -1; echo rc=$?; gzip -d t.gz; echo rc=$?; ls
  test("a truncated file: what was decoded is kept, then the error", async () => {
    expect(await sh("for ((i=1;i<=2000;i++)); do echo $i; done > n; gzip n; head -c 100 n.gz > t.gz; gzip -dc t.gz | tail -1; echo rc=$?; gzip -d t.gz; echo rc=$?; ls")).toEqual({
      stdout: "3rc=0\nrc=1\nn.gz\nt.gz\n",
      stderr: "\ngzip: t.gz: unexpected end of file\n\ngzip: t.gz: unexpected end of file\n",
      status: 0,
    });
  });

  // real: echo hello > a; gzip -k a; zcat a; echo rc=$?; zcat -f a.gz; echo plain | gzip -dcf; gzip -q -d nosuf; echo rc=$?
  test("zcat finds NAME.gz; -f passes other data through", async () => {
    expect(await sh("echo hello > a; gzip -k a; zcat a; echo rc=$?; zcat -f a.gz; echo plain | gzip -dcf; gzip -q -d nosuf; echo rc=$?")).toEqual({
      stdout: "rc=1\nhello\nplain\nrc=1\n",
      stderr: "\ngzip: a: not in gzip format\ngzip: nosuf.gz: No such file or directory\n",
      status: 0,
    });
  });

  // real: echo hello > a; gzip -vk -S .zz a; ls; gzip -dk a.zz; echo rc=$?; gzip -dv -S .zz a.zz; echo rc=$?; cp a.zz b.tgz; gzip -dv -S .zz b.tgz; ls
  test("-S suffixes and .tgz", async () => {
    expect(await sh("echo hello > a; gzip -vk -S .zz a; ls; gzip -dk a.zz; echo rc=$?; gzip -dv -S .zz a.zz; echo rc=$?; cp a.zz b.tgz; gzip -dv -S .zz b.tgz; ls")).toEqual({
      stdout: "a\na.zz\nrc=2\nrc=2\na\na.zz\nb.tar\n",
      stderr: "a:\t-33.3% -- created a.zz\ngzip: a.zz: unknown suffix -- ignored\ngzip: a already exists;\tnot overwritten\nb.tgz:\t-33.3% -- replaced with b.tar\n",
      status: 0,
    });
  });

  // real: mkdir d; echo 1 > d/x; echo 2 > d/y; gzip -rv d; ls d; gzip -drv d; ls d
  test("-r recurses into directories", async () => {
    expect(await sh("mkdir d; echo 1 > d/x; echo 2 > d/y; gzip -rv d; ls d; gzip -drv d; ls d")).toEqual({
      stdout: "x.gz\ny.gz\nx\ny\n",
      stderr: "d/x:\t-100.0% -- replaced with d/x.gz\nd/y:\t-100.0% -- replaced with d/y.gz\nd/x.gz:\t-100.0% -- replaced with d/x\nd/y.gz:\t-100.0% -- replaced with d/y\n",
      status: 0,
    });
  });

  // real: echo yo > c; ln c c2; gzip c; echo rc=$?; ln -s c l; gzip l; echo rc=$?; gzip -c l | gzip -d
  test("hard links and symbolic links are skipped", async () => {
    expect(await sh("echo yo > c; ln c c2; gzip c; echo rc=$?; ln -s c l; gzip l; echo rc=$?; gzip -c l | gzip -d")).toEqual({
      stdout: "rc=2\nrc=1\nyo\n",
      stderr: "gzip: c has 1 other link -- file ignored\ngzip: l: Too many levels of symbolic links\n",
      status: 0,
    });
  });

  // real: echo x | gzip -v > /dev/null; echo x | gzip | gzip -dv; echo x | gzip | gzip -tv
  test("verbose ratios on standard input", async () => {
    expect(await sh("echo x | gzip -v > /dev/null; echo x | gzip | gzip -dv; echo x | gzip | gzip -tv")).toEqual({
      stdout: "x\n",
      stderr: "-100.0%\n OK\n",
      status: 0,
    });
  });

  // real: gzip -x; echo rc=$?; gzip --bogus; echo rc=$?; gzip -S; echo rc=$?; gzip -S '' a; echo rc=$?; gunzip -y; echo rc=$?; zcat -y; echo rc=$?
  test("usage errors", async () => {
    expect(await sh("gzip -x; echo rc=$?; gzip --bogus; echo rc=$?; gzip -S; echo rc=$?; gzip -S '' a; echo rc=$?; gunzip -y; echo rc=$?; zcat -y; echo rc=$?")).toEqual({
      stdout: "rc=1\nrc=1\nrc=1\nrc=1\nrc=1\nrc=1\n",
      stderr: "gzip: invalid option -- 'x'\nTry `gzip --help' for more information.\ngzip: unrecognized option '--bogus'\nTry `gzip --help' for more information.\ngzip: option requires an argument -- 'S'\nTry `gzip --help' for more information.\ngzip: invalid suffix ''\ngzip: invalid option -- 'y'\nTry `gzip --help' for more information.\ngzip: invalid option -- 'y'\nTry `gzip --help' for more information.\n",
      status: 0,
    });
  });

  // real: gzip -h | head -3; gzip --help | tail -2; gunzip --help | head -2; zcat --help | head -2; gunzip -h | head -1; gzip -V | head -1; gunzip --version | head -1
  test("--help, -V and the scripts' own --help and --version", async () => {
    expect(await sh("gzip -h | head -3; gzip --help | tail -2; gunzip --help | head -2; zcat --help | head -2; gunzip -h | head -1; gzip -V | head -1; gunzip --version | head -1")).toEqual({
      stdout: "Usage: gzip [OPTION]... [FILE]...\nCompress or uncompress FILEs (by default, compress FILES in-place).\n\n\nReport bugs to <bug-gzip@gnu.org>.\nUsage: /usr/bin/gunzip [OPTION]... [FILE]...\nUncompress FILEs (by default, in-place).\nUsage: /usr/bin/zcat [OPTION]... [FILE]...\nUncompress FILEs to standard output.\nUsage: gzip [OPTION]... [FILE]...\ngzip 1.12\ngunzip (gzip) 1.12\n",
      stderr: "",
      status: 0,
    });
  });

  // real: echo hello > a; chmod 640 a; touch -d '2026-01-02 03:04:05' a; gzip a; ls -l a.gz | cut -c1-10; date -r a.gz +%F.%T; gzip -lv a.gz; gunzip a.gz; ls -l a | cut -c1-10; date -r a +%F.%T
  test("mode and times are kept", async () => {
    expect(await sh("echo hello > a; chmod 640 a; touch -d '2026-01-02 03:04:05' a; gzip a; ls -l a.gz | cut -c1-10; date -r a.gz +%F.%T; gzip -lv a.gz; gunzip a.gz; ls -l a | cut -c1-10; date -r a +%F.%T")).toEqual({
      stdout: "-rw-r-----\n2026-01-02.03:04:05\nmethod  crc     date  time           compressed        uncompressed  ratio uncompressed_name\ndefla 363a3020 Jan  2 03:04                  28                   6 -33.3% a\n-rw-r-----\n2026-01-02.03:04:05\n",
      stderr: "",
      status: 0,
    });
  });

  // real: printf 'hello world hello world\n' > longername.txt; gzip -k longername.txt; gzip -l longername.txt.gz; gzip -n -c longername.txt > nn.gz; gzip -l nn.gz; gzip -lv nn.gz | cut -c1-5,28-
  test("-l with long names and without names", async () => {
    expect(await sh("printf 'hello world hello world\\n' > longername.txt; gzip -k longername.txt; gzip -l longername.txt.gz; gzip -n -c longername.txt > nn.gz; gzip -l nn.gz; gzip -lv nn.gz | cut -c1-5,28-")).toEqual({
      stdout: "         compressed        uncompressed  ratio uncompressed_name\n                 50                  24  29.2% longername.txt\n         compressed        uncompressed  ratio uncompressed_name\n                 35                  24  29.2% nn\nmetho          compressed        uncompressed  ratio uncompressed_name\ndefla                  35                  24  29.2% nn\n",
      stderr: "",
      status: 0,
    });
  });

  // real: echo plain > p; echo hi | gzip > a.gz; gzip -l p a.gz; echo rc=$?; gzip -lv p a.gz | cut -c1-14,28-
  test("-l and -t on files that are not gzip data", async () => {
    expect(await sh("echo plain > p; echo hi | gzip > a.gz; gzip -l p a.gz; echo rc=$?; gzip -lv p a.gz | cut -c1-14,28-")).toEqual({
      stdout: "         compressed        uncompressed  ratio uncompressed_name\n                 23                   3 -66.7% a\n                 23                   3 -66.7% (totals)\nrc=1\nmethod  crc             compressed        uncompressed  ratio uncompressed_name\ndefla ed6f7a7a                  23                   3 -66.7% a\n                                23                   3 -66.7% (totals)\n",
      stderr: "\ngzip: p: not in gzip format\n\ngzip: p: not in gzip format\n",
      status: 0,
    });
  });

  // real: echo hello > a; gzip -c a > a.gz; gzip -N -d a.gz 2>&1; echo rc=$?; echo hello > b; gzip -c b > c.gz; gzip -dN c.gz; ls
  test("-N restores the stored name", async () => {
    expect(await sh("echo hello > a; gzip -c a > a.gz; gzip -N -d a.gz 2>&1; echo rc=$?; echo hello > b; gzip -c b > c.gz; gzip -dN c.gz; ls")).toEqual({
      stdout: "gzip: a already exists;\tnot overwritten\nrc=2\na\na.gz\nb\nc.gz\n",
      stderr: "gzip: b already exists;\tnot overwritten\n",
      status: 0,
    });
  });

  // real: echo hello > a; gzip -c a > b.gz; gzip -dc < b.gz; gzip -d < b.gz; gzip -cd - < b.gz
  test("standard input and output", async () => {
    expect(await sh("echo hello > a; gzip -c a > b.gz; gzip -dc < b.gz; gzip -d < b.gz; gzip -cd - < b.gz")).toEqual({
      stdout: "hello\nhello\nhello\n",
      stderr: "",
      status: 0,
    });
  });

});
