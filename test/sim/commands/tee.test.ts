// tee: expected outputs recorded from GNU coreutils 9.1 (the command is in each comment).
import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

describe("tee", () => {

  test("copies standard input to standard output and to each file", async () => {
    // $ printf "one\ntwo\n" | tee a b; cat a b
    expect(await sh("printf \"one\\ntwo\\n\" | tee a b; cat a b")).toEqual({
      stdout: "one\ntwo\none\ntwo\none\ntwo\n",
      stderr: "",
      status: 0,
    });
  });

  test("-a appends instead of truncating", async () => {
    // $ echo first > log; echo second | tee -a log > /dev/null; echo third | tee log2 >/dev/null; tee -a log < log2; cat log
    expect(await sh("echo first > log; echo second | tee -a log > /dev/null; echo third | tee log2 >/dev/null; tee -a log < log2; cat log")).toEqual({
      stdout: "third\nfirst\nsecond\nthird\n",
      stderr: "",
      status: 0,
    });
  });

  test("with no file it only copies", async () => {
    // $ echo hi | tee; echo $?
    expect(await sh("echo hi | tee; echo $?")).toEqual({
      stdout: "hi\n0\n",
      stderr: "",
      status: 0,
    });
  });

  test("a file named - is an ordinary file", async () => {
    // $ echo hi | tee - > /dev/null; cat ./-
    expect(await sh("echo hi | tee - > /dev/null; cat ./-")).toEqual({
      stdout: "hi\n",
      stderr: "",
      status: 0,
    });
  });

  test("errors opening a file are reported, the others still get the data, status 1", async () => {
    // $ echo data | tee /etc/x nope/y ok; echo "status $?"; cat ok
    expect(await sh("echo data | tee /etc/x nope/y ok; echo \"status $?\"; cat ok")).toEqual({
      stdout: "data\nstatus 1\ndata\n",
      stderr: "tee: /etc/x: Permission denied\ntee: nope/y: No such file or directory\n",
      status: 0,
    });
  });

  test("a directory cannot be an output", async () => {
    // $ mkdir d; echo q | tee d; echo $?
    expect(await sh("mkdir d; echo q | tee d; echo $?")).toEqual({
      stdout: "q\n1\n",
      stderr: "tee: d: Is a directory\n",
      status: 0,
    });
  });

  test("a write error on a file is reported and the copy goes on", async () => {
    // $ echo x | tee /dev/full a >/dev/null; echo $?; cat a
    expect(await sh("echo x | tee /dev/full a >/dev/null; echo $?; cat a")).toEqual({
      stdout: "1\nx\n",
      stderr: "tee: /dev/full: No space left on device\n",
      status: 0,
    });
  });

  test("a write error on standard output names it", async () => {
    // $ echo y | tee a > /dev/full; echo $?; cat a
    expect(await sh("echo y | tee a > /dev/full; echo $?; cat a")).toEqual({
      stdout: "1\ny\n",
      stderr: "tee: 'standard output': No space left on device\n",
      status: 0,
    });
  });

  test("-p and --output-error=exit", async () => {
    // $ echo v | tee -p /dev/full; echo $?; echo v | tee --output-error=exit /dev/full a; echo $?; cat a
    expect(await sh("echo v | tee -p /dev/full; echo $?; echo v | tee --output-error=exit /dev/full a; echo $?; cat a")).toEqual({
      stdout: "v\n1\nv\n1\n",
      stderr: "tee: /dev/full: No space left on device\ntee: /dev/full: No space left on device\n",
      status: 0,
    });
  });

  test("--output-error checks its argument", async () => {
    // $ tee --output-error=foo; echo $?; tee --output-error=w < /dev/null; echo $?; tee --output-error=warn-n < /dev/null; echo $?
    expect(await sh("tee --output-error=foo; echo $?; tee --output-error=w < /dev/null; echo $?; tee --output-error=warn-n < /dev/null; echo $?")).toEqual({
      stdout: "1\n1\n0\n",
      stderr: "tee: invalid argument ‘foo’ for ‘--output-error’\nValid arguments are:\n  - ‘warn’\n  - ‘warn-nopipe’\n  - ‘exit’\n  - ‘exit-nopipe’\nTry 'tee --help' for more information.\ntee: ambiguous argument ‘w’ for ‘--output-error’\nValid arguments are:\n  - ‘warn’\n  - ‘warn-nopipe’\n  - ‘exit’\n  - ‘exit-nopipe’\nTry 'tee --help' for more information.\n",
      status: 0,
    });
  });

  test("unknown options are usage errors", async () => {
    // $ tee -z; echo $?
    expect(await sh("tee -z; echo $?")).toEqual({
      stdout: "1\n",
      stderr: "tee: invalid option -- 'z'\nTry 'tee --help' for more information.\n",
      status: 0,
    });
  });
});
