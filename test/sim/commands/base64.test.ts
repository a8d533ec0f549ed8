// base64: expected outputs recorded from GNU coreutils 9.1 (the command is in each comment).
import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

describe("base64", () => {

  test("encodes with padding and a final newline", async () => {
    // $ printf abc | base64; printf ab | base64; printf a | base64; printf "" | base64 | wc -c
    expect(await sh("printf abc | base64; printf ab | base64; printf a | base64; printf \"\" | base64 | wc -c")).toEqual({
      stdout: "YWJj\nYWI=\nYQ==\n0\n",
      stderr: "",
      status: 0,
    });
  });

  test("wraps at 76 columns by default, -w sets the width, -w 0 disables wrapping", async () => {
    // $ printf "%s\n" {1..50} > f; base64 f; base64 -w 20 f; base64 -w0 f; echo
    expect(await sh("printf \"%s\\n\" {1..50} > f; base64 f; base64 -w 20 f; base64 -w0 f; echo")).toEqual({
      stdout: "MQoyCjMKNAo1CjYKNwo4CjkKMTAKMTEKMTIKMTMKMTQKMTUKMTYKMTcKMTgKMTkKMjAKMjEKMjIK\nMjMKMjQKMjUKMjYKMjcKMjgKMjkKMzAKMzEKMzIKMzMKMzQKMzUKMzYKMzcKMzgKMzkKNDAKNDEK\nNDIKNDMKNDQKNDUKNDYKNDcKNDgKNDkKNTAK\nMQoyCjMKNAo1CjYKNwo4\nCjkKMTAKMTEKMTIKMTMK\nMTQKMTUKMTYKMTcKMTgK\nMTkKMjAKMjEKMjIKMjMK\nMjQKMjUKMjYKMjcKMjgK\nMjkKMzAKMzEKMzIKMzMK\nMzQKMzUKMzYKMzcKMzgK\nMzkKNDAKNDEKNDIKNDMK\nNDQKNDUKNDYKNDcKNDgK\nNDkKNTAK\nMQoyCjMKNAo1CjYKNwo4CjkKMTAKMTEKMTIKMTMKMTQKMTUKMTYKMTcKMTgKMTkKMjAKMjEKMjIKMjMKMjQKMjUKMjYKMjcKMjgKMjkKMzAKMzEKMzIKMzMKMzQKMzUKMzYKMzcKMzgKMzkKNDAKNDEKNDIKNDMKNDQKNDUKNDYKNDcKNDgKNDkKNTAK\n",
      stderr: "",
      status: 0,
    });
  });

  test("decodes, ignoring newlines", async () => {
    // $ echo aGVsbG8K | base64 -d; printf "aGVs\nbG8K\n" | base64 --decode
    expect(await sh("echo aGVsbG8K | base64 -d; printf \"aGVs\\nbG8K\\n\" | base64 --decode")).toEqual({
      stdout: "hello\nhello\n",
      stderr: "",
      status: 0,
    });
  });

  test("round trip of binary data", async () => {
    // $ echo AQL/AHg= | base64 -d > bin; od -c bin; base64 bin; base64 bin | base64 -d | od -An -tx1
    expect(await sh("echo AQL/AHg= | base64 -d > bin; od -c bin; base64 bin; base64 bin | base64 -d | od -An -tx1")).toEqual({
      stdout: "0000000 001 002 377  \\0   x\n0000005\nAQL/AHg=\n 01 02 ff 00 78\n",
      stderr: "",
      status: 0,
    });
  });

  test("invalid input stops the output with status 1", async () => {
    // $ echo "aGVs!bG8K" | base64 -d; echo " $?"; echo "aGVs bG8K" | base64 -d; echo " $?"
    expect(await sh("echo \"aGVs!bG8K\" | base64 -d; echo \" $?\"; echo \"aGVs bG8K\" | base64 -d; echo \" $?\"")).toEqual({
      stdout: "hel 1\nhel 1\n",
      stderr: "base64: invalid input\nbase64: invalid input\n",
      status: 0,
    });
  });

  test("-i ignores garbage", async () => {
    // $ echo "aGVs!bG8K" | base64 -di; echo $?
    expect(await sh("echo \"aGVs!bG8K\" | base64 -di; echo $?")).toEqual({
      stdout: "hello\n0\n",
      stderr: "",
      status: 0,
    });
  });

  test("padding rules", async () => {
    // $ echo aGVsbG8 | base64 -d; echo " $?"; echo "YQ==YQ==" | base64 -d; echo " $?"; printf "YQ" | base64 -d; echo " $?"; printf "YQ=\n=\n" | base64 -d; echo " $?"
    expect(await sh("echo aGVsbG8 | base64 -d; echo \" $?\"; echo \"YQ==YQ==\" | base64 -d; echo \" $?\"; printf \"YQ\" | base64 -d; echo \" $?\"; printf \"YQ=\\n=\\n\" | base64 -d; echo \" $?\"")).toEqual({
      stdout: "hello 1\naa 0\na 1\na 0\n",
      stderr: "base64: invalid input\nbase64: invalid input\n",
      status: 0,
    });
  });

  test("a file operand, and errors", async () => {
    // $ echo hi > f; base64 f; base64 nope; echo $?; base64 f g; echo $?; mkdir d; base64 d; echo $?
    expect(await sh("echo hi > f; base64 f; base64 nope; echo $?; base64 f g; echo $?; mkdir d; base64 d; echo $?")).toEqual({
      stdout: "aGkK\n1\n1\n1\n",
      stderr: "base64: nope: No such file or directory\nbase64: extra operand ‘g’\nTry 'base64 --help' for more information.\nbase64: read error: Is a directory\n",
      status: 0,
    });
  });

  test("an invalid wrap size", async () => {
    // $ base64 -w x; echo $?; base64 -w -1; echo $?
    expect(await sh("base64 -w x; echo $?; base64 -w -1; echo $?")).toEqual({
      stdout: "1\n1\n",
      stderr: "base64: invalid wrap size: ‘x’\nbase64: invalid wrap size: ‘-1’\n",
      status: 0,
    });
  });
});
