// zcat: gzip -cd under another name (Debian's script).
// Expected outputs were recorded from the real tools (Debian 12: gzip 1.12) with the command in
// the comment above each case, run with LC_ALL=C.UTF-8 and TZ=UTC.

import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

describe('zcat', () => {
  // real: echo hello > a; echo world > b; gzip a b; zcat a.gz b.gz; zcat a b; ls
  test("writes the data to standard output, leaving the files alone", async () => {
    expect(await sh("echo hello > a; echo world > b; gzip a b; zcat a.gz b.gz; zcat a b; ls")).toEqual({
      stdout: "hello\nworld\nhello\nworld\na.gz\nb.gz\n",
      stderr: "",
      status: 0,
    });
  });

  // real: echo hi | gzip | zcat; printf 'x' | zcat; echo rc=$?
  test("from standard input", async () => {
    expect(await sh("echo hi | gzip | zcat; printf 'x' | zcat; echo rc=$?")).toEqual({
      stdout: "hi\nrc=1\n",
      stderr: "\ngzip: stdin: unexpected end of file\n",
      status: 0,
    });
  });

  // real: echo plain > p; zcat -f p; zcat p; echo rc=$?
  test("-f passes data that is not compressed", async () => {
    expect(await sh("echo plain > p; zcat -f p; zcat p; echo rc=$?")).toEqual({
      stdout: "plain\nrc=1\n",
      stderr: "\ngzip: p: not in gzip format\n",
      status: 0,
    });
  });

  // real: echo hello > a; gzip a; zcat -l a.gz; zcat -t a.gz; echo rc=$?
  test("-l and -t", async () => {
    expect(await sh("echo hello > a; gzip a; zcat -l a.gz; zcat -t a.gz; echo rc=$?")).toEqual({
      stdout: "         compressed        uncompressed  ratio uncompressed_name\n                 28                   6 -33.3% a\nrc=0\n",
      stderr: "",
      status: 0,
    });
  });

  // real: zcat --help | head -3; zcat --version | tail -1
  test("its own --help", async () => {
    expect(await sh("zcat --help | head -3; zcat --version | tail -1")).toEqual({
      stdout: "Usage: /usr/bin/zcat [OPTION]... [FILE]...\nUncompress FILEs to standard output.\n\nWritten by Paul Eggert.\n",
      stderr: "",
      status: 0,
    });
  });

});
