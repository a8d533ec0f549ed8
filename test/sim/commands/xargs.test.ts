// xargs: expected outputs recorded from GNU findutils 4.9 (the command is in each comment).
import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

describe("xargs", () => {

  test("runs echo with the items by default", async () => {
    // $ printf "a b\nc\n" | xargs; printf "" | xargs; echo $?
    expect(await sh("printf \"a b\\nc\\n\" | xargs; printf \"\" | xargs; echo $?")).toEqual({
      stdout: "a b c\n\n0\n",
      stderr: "",
      status: 0,
    });
  });

  test("-n limits the arguments per command", async () => {
    // $ printf "1 2 3 4 5\n" | xargs -n 2 echo; printf "a b\nc\n" | xargs -n 1
    expect(await sh("printf \"1 2 3 4 5\\n\" | xargs -n 2 echo; printf \"a b\\nc\\n\" | xargs -n 1")).toEqual({
      stdout: "1 2\n3 4\n5\na\nb\nc\n",
      stderr: "",
      status: 0,
    });
  });

  test("-L takes lines; a trailing blank continues a line", async () => {
    // $ printf "a b\nc d e\n" | xargs -L 1 echo X; printf "a b \nc\nd\n" | xargs -L 1
    expect(await sh("printf \"a b\\nc d e\\n\" | xargs -L 1 echo X; printf \"a b \\nc\\nd\\n\" | xargs -L 1")).toEqual({
      stdout: "X a b\nX c d e\na b c\nd\n",
      stderr: "",
      status: 0,
    });
  });

  test("-I replaces in each argument and takes whole lines", async () => {
    // $ printf "a\nb c\n" | xargs -I{} echo "[{}]" "x{}y"; printf "  a b  \n\n c\n" | xargs -I X echo "<X>"; printf "a\n" | xargs -i echo {}
    expect(await sh("printf \"a\\nb c\\n\" | xargs -I{} echo \"[{}]\" \"x{}y\"; printf \"  a b  \\n\\n c\\n\" | xargs -I X echo \"<X>\"; printf \"a\\n\" | xargs -i echo {}")).toEqual({
      stdout: "[a] xay\n[b c] xb cy\n<a b  >\n<c>\na\n",
      stderr: "",
      status: 0,
    });
  });

  test("quotes and backslashes", async () => {
    // $ printf "\"a b\" c\n" | xargs -n1; printf "a\\\\ b c\n" | xargs -n1; printf "it'''s\n" | xargs; echo $?
    expect(await sh("printf \"\\\"a b\\\" c\\n\" | xargs -n1; printf \"a\\\\\\\\ b c\\n\" | xargs -n1; printf \"it'''s\\n\" | xargs; echo $?")).toEqual({
      stdout: "a b\nc\na b\nc\n1\n",
      stderr: "xargs: unmatched single quote; by default quotes are special to xargs unless you use the -0 option\n",
      status: 0,
    });
  });

  test("unmatched quotes run what came before, then fail", async () => {
    // $ printf "a\n\"b\n" | xargs echo; echo $?
    expect(await sh("printf \"a\\n\\\"b\\n\" | xargs echo; echo $?")).toEqual({
      stdout: "a\n1\n",
      stderr: "xargs: unmatched double quote; by default quotes are special to xargs unless you use the -0 option\n",
      status: 0,
    });
  });

  test("-0 and -d split at one character, with no quoting", async () => {
    // $ printf "a\0b c\0" | xargs -0 -n1 echo; printf "a:b:c" | xargs -d: -n1; printf "a\tb\n" | xargs -d "\t" -n1 echo; printf "a\nb" | xargs -d "\n" echo; printf "x" | xargs -d ab; echo $?
    expect(await sh("printf \"a\\0b c\\0\" | xargs -0 -n1 echo; printf \"a:b:c\" | xargs -d: -n1; printf \"a\\tb\\n\" | xargs -d \"\\t\" -n1 echo; printf \"a\\nb\" | xargs -d \"\\n\" echo; printf \"x\" | xargs -d ab; echo $?")).toEqual({
      stdout: "a\nb c\na\nb\nc\na\nb\n\na b\n1\n",
      stderr: "xargs: Invalid input delimiter specification ab: the delimiter must be either a single character or an escape sequence starting with \\.\n",
      status: 0,
    });
  });

  test("-r does not run for empty input, -t shows each command", async () => {
    // $ printf "" | xargs -r echo hi; echo $?; printf "x y\n" | xargs -t echo 2>&1; printf "a 'b c'\n" | xargs -t echo 2>&1
    expect(await sh("printf \"\" | xargs -r echo hi; echo $?; printf \"x y\\n\" | xargs -t echo 2>&1; printf \"a 'b c'\\n\" | xargs -t echo 2>&1")).toEqual({
      stdout: "0\necho x y\nx y\necho a 'b c'\na b c\n",
      stderr: "",
      status: 0,
    });
  });

  test("exit statuses 123, 124, 126 and 127", async () => {
    // $ printf "x\n" | xargs false; echo $?; printf "x\n" | xargs sh -c "exit 255"; echo $?; printf "x\n" | xargs /etc/passwd; echo $?; printf "x\n" | xargs nosuchcmd; echo $?
    expect(await sh("printf \"x\\n\" | xargs false; echo $?; printf \"x\\n\" | xargs sh -c \"exit 255\"; echo $?; printf \"x\\n\" | xargs /etc/passwd; echo $?; printf \"x\\n\" | xargs nosuchcmd; echo $?")).toEqual({
      stdout: "123\n124\n126\n127\n",
      stderr: "xargs: sh: exited with status 255; aborting\nxargs: /etc/passwd: Permission denied\nxargs: nosuchcmd: No such file or directory\n",
      status: 0,
    });
  });

  test("commands read /dev/null, not the items", async () => {
    // $ printf "a\nb\n" | xargs -n1 sh -c "cat; echo \$0"
    expect(await sh("printf \"a\\nb\\n\" | xargs -n1 sh -c \"cat; echo \\$0\"")).toEqual({
      stdout: "a\nb\n",
      stderr: "",
      status: 0,
    });
  });

  test("-s limits the command line", async () => {
    // $ printf "a a a a a\n" | xargs -s 9 echo; printf "a b\n" | xargs -s 6 echo; echo $?
    expect(await sh("printf \"a a a a a\\n\" | xargs -s 9 echo; printf \"a b\\n\" | xargs -s 6 echo; echo $?")).toEqual({
      stdout: "a a\na a\na\n1\n",
      stderr: "xargs: argument line too long\n",
      status: 0,
    });
  });

  test("-E sets a logical end of input", async () => {
    // $ printf "a b\nEND\nc\n" | xargs -E END echo; printf "a\n" | xargs -E a echo
    expect(await sh("printf \"a b\\nEND\\nc\\n\" | xargs -E END echo; printf \"a\\n\" | xargs -E a echo")).toEqual({
      stdout: "a b\n\n",
      stderr: "",
      status: 0,
    });
  });

  test("-a reads items from a file", async () => {
    // $ printf "1\n2\n" > f; xargs -a f echo; xargs -a nope echo; echo $?
    expect(await sh("printf \"1\\n2\\n\" > f; xargs -a f echo; xargs -a nope echo; echo $?")).toEqual({
      stdout: "1 2\n1\n",
      stderr: "xargs: Cannot open input file ‘nope’: No such file or directory\n",
      status: 0,
    });
  });

  test("bad numbers and mutually exclusive options", async () => {
    // $ printf "a\n" | xargs -n 0; echo $?; printf "a\n" | xargs -n x; echo $?; printf "a b\nc\n" | xargs -n 1 -L 1 echo; printf "a b\nc\n" | xargs -L 1 -n 1 echo
    expect(await sh("printf \"a\\n\" | xargs -n 0; echo $?; printf \"a\\n\" | xargs -n x; echo $?; printf \"a b\\nc\\n\" | xargs -n 1 -L 1 echo; printf \"a b\\nc\\n\" | xargs -L 1 -n 1 echo")).toEqual({
      stdout: "1\n1\na b\nc\na\nb\nc\n",
      stderr: "xargs: value 0 for -n option should be >= 1\nTry 'xargs --help' for more information.\nxargs: invalid number \"x\" for -n option\nTry 'xargs --help' for more information.\nxargs: warning: options --max-args and -L are mutually exclusive, ignoring previous --max-args value\nxargs: warning: options --max-lines and --max-args/-n are mutually exclusive, ignoring previous --max-lines value\n",
      status: 0,
    });
  });

  test("--help only before the command", async () => {
    // $ echo a | xargs echo --help; echo a | xargs --he | head -1
    expect(await sh("echo a | xargs echo --help; echo a | xargs --he | head -1")).toEqual({
      stdout: "--help a\nUsage: xargs [OPTION]... COMMAND [INITIAL-ARGS]...\n",
      stderr: "",
      status: 0,
    });
  });

  test("only one process at a time is simulated", async () => {
    // $ printf "a\n" | xargs -P 2 echo; echo $?
    expect(await sh("printf \"a\\n\" | xargs -P 2 echo; echo $?")).toEqual({
      stdout: "2\n",
      stderr: "xargs: -P 2: not supported in this playground\n",
      status: 0,
    });
  });
});
