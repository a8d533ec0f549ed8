// md5sum, sha1sum, sha256sum: expected outputs recorded from GNU coreutils 9.1 (the command is
// in each comment).
import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

describe("md5sum, sha1sum and sha256sum", () => {

  test("digests of files and standard input", async () => {
    // $ echo hi > a; printf "" > "b c"; md5sum a "b c" -
    expect(await sh("echo hi > a; printf \"\" > \"b c\"; md5sum a \"b c\" -", "stdin data\n")).toEqual({
      stdout: "764efa883dda1e11db47671c4a3bbd9e  a\nd41d8cd98f00b204e9800998ecf8427e  b c\n4d23d2f0bb0e605e273e869d0f507cf6  -\n",
      stderr: "",
      status: 0,
    });
  });

  test("sha1sum and sha256sum", async () => {
    // $ echo hi > a; sha1sum a; sha256sum a; printf abc | sha256sum; printf abc | sha1sum
    expect(await sh("echo hi > a; sha1sum a; sha256sum a; printf abc | sha256sum; printf abc | sha1sum")).toEqual({
      stdout: "55ca6286e3e4f4fba5d0448333fa99fc5a404a73  a\n98ea6e4f216f2fb4b69fff9b3a44842c38686ca685f3f55dc48c5d3fb1107be4  a\nba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  -\na9993e364706816aba3e25717850c26c9cd0d89d  -\n",
      stderr: "",
      status: 0,
    });
  });

  test("a large input", async () => {
    // $ printf "%s\n" {1..20000} | md5sum; printf "%s\n" {1..20000} | sha256sum
    expect(await sh("printf \"%s\\n\" {1..20000} | md5sum; printf \"%s\\n\" {1..20000} | sha256sum")).toEqual({
      stdout: "e071f707df7bbeee2a6a1eb48011ddd0  -\nf6351f5ead9a700e34275480b3856ea738122a7c57bdeb744a631251c069587a  -\n",
      stderr: "",
      status: 0,
    });
  });

  test("-b marks binary mode, --tag prints the BSD form, -z ends lines with NUL", async () => {
    // $ echo hi > a; md5sum -b a; md5sum --tag a; sha256sum --tag a; md5sum -z a | od -c
    expect(await sh("echo hi > a; md5sum -b a; md5sum --tag a; sha256sum --tag a; md5sum -z a | od -c")).toEqual({
      stdout: "764efa883dda1e11db47671c4a3bbd9e *a\nMD5 (a) = 764efa883dda1e11db47671c4a3bbd9e\nSHA256 (a) = 98ea6e4f216f2fb4b69fff9b3a44842c38686ca685f3f55dc48c5d3fb1107be4\n0000000   7   6   4   e   f   a   8   8   3   d   d   a   1   e   1   1\n0000020   d   b   4   7   6   7   1   c   4   a   3   b   b   d   9   e\n0000040           a  \\0\n0000044\n",
      stderr: "",
      status: 0,
    });
  });

  test("names with backslashes or newlines are escaped", async () => {
    // $ printf x > "a\\b"; printf y > "n
    // $ l"; md5sum "a\\b" "n
    // $ l"; md5sum --tag "a\\b"
    expect(await sh("printf x > \"a\\\\b\"; printf y > \"n\nl\"; md5sum \"a\\\\b\" \"n\nl\"; md5sum --tag \"a\\\\b\"")).toEqual({
      stdout: "\\9dd4e461268c8034f5c8564e155c67a6  a\\\\b\n\\415290769594460e2e485922904f345d  n\\nl\n\\MD5 (a\\\\b) = 9dd4e461268c8034f5c8564e155c67a6\n",
      stderr: "",
      status: 0,
    });
  });

  test("missing files and directories", async () => {
    // $ echo hi > a; md5sum nope a; echo $?; mkdir d; md5sum d; echo $?
    expect(await sh("echo hi > a; md5sum nope a; echo $?; mkdir d; md5sum d; echo $?")).toEqual({
      stdout: "764efa883dda1e11db47671c4a3bbd9e  a\n1\n1\n",
      stderr: "md5sum: nope: No such file or directory\nmd5sum: d: Is a directory\n",
      status: 0,
    });
  });

  test("-c checks files listed by an earlier run", async () => {
    // $ echo hi > a; touch b; md5sum a b > sums; md5sum -c sums; echo $?; echo changed >> a; md5sum -c sums; echo $?
    expect(await sh("echo hi > a; touch b; md5sum a b > sums; md5sum -c sums; echo $?; echo changed >> a; md5sum -c sums; echo $?")).toEqual({
      stdout: "a: OK\nb: OK\n0\na: FAILED\nb: OK\n1\n",
      stderr: "md5sum: WARNING: 1 computed checksum did NOT match\n",
      status: 0,
    });
  });

  test("-c with --quiet, --status, -w and --strict", async () => {
    // $ echo hi > a; md5sum a > s; echo x >> s; md5sum -c s; echo $?; md5sum -c --quiet s; echo $?; md5sum -c --status s; echo $?; md5sum -cw s; echo $?; md5sum -c --strict s; echo $?
    expect(await sh("echo hi > a; md5sum a > s; echo x >> s; md5sum -c s; echo $?; md5sum -c --quiet s; echo $?; md5sum -c --status s; echo $?; md5sum -cw s; echo $?; md5sum -c --strict s; echo $?")).toEqual({
      stdout: "a: OK\n0\n0\n0\na: OK\n0\na: OK\n1\n",
      stderr: "md5sum: WARNING: 1 line is improperly formatted\nmd5sum: WARNING: 1 line is improperly formatted\nmd5sum: s: 2: improperly formatted MD5 checksum line\nmd5sum: WARNING: 1 line is improperly formatted\nmd5sum: WARNING: 1 line is improperly formatted\n",
      status: 0,
    });
  });

  test("-c reads BSD lines, upper case digests and comments", async () => {
    // $ echo hi > a; printf "%s\n" "# comment" "" "MD5 (a) = 764efa883dda1e11db47671c4a3bbd9e" "764EFA883DDA1E11DB47671C4A3BBD9E *a" "764efa883dda1e11db47671c4a3bbd9e  nope" "764efa883dda1e11db47671c4a3bbd9e a" "bad" > c; md5sum -c c; echo $?; md5sum -c --ignore-missing c; echo $?
    expect(await sh("echo hi > a; printf \"%s\\n\" \"# comment\" \"\" \"MD5 (a) = 764efa883dda1e11db47671c4a3bbd9e\" \"764EFA883DDA1E11DB47671C4A3BBD9E *a\" \"764efa883dda1e11db47671c4a3bbd9e  nope\" \"764efa883dda1e11db47671c4a3bbd9e a\" \"bad\" > c; md5sum -c c; echo $?; md5sum -c --ignore-missing c; echo $?")).toEqual({
      stdout: "a: OK\na: OK\nnope: FAILED open or read\n1\na: OK\na: OK\n0\n",
      stderr: "md5sum: nope: No such file or directory\nmd5sum: WARNING: 2 lines are improperly formatted\nmd5sum: WARNING: 1 listed file could not be read\nmd5sum: WARNING: 2 lines are improperly formatted\n",
      status: 0,
    });
  });

  test("-c with nothing to check", async () => {
    // $ printf "x  nope\n" | md5sum -c; echo $?; echo "764efa883dda1e11db47671c4a3bbd9e  nope" | md5sum -c --ignore-missing; echo $?; md5sum -c nope; echo $?
    expect(await sh("printf \"x  nope\\n\" | md5sum -c; echo $?; echo \"764efa883dda1e11db47671c4a3bbd9e  nope\" | md5sum -c --ignore-missing; echo $?; md5sum -c nope; echo $?")).toEqual({
      stdout: "1\n1\n1\n",
      stderr: "md5sum: 'standard input': no properly formatted checksum lines found\nmd5sum: 'standard input': no file was verified\nmd5sum: nope: No such file or directory\n",
      status: 0,
    });
  });

  test("-c with escaped names", async () => {
    // $ printf x > "x\\y
    // $ z"; md5sum x* > s; md5sum -c s
    expect(await sh("printf x > \"x\\\\y\nz\"; md5sum x* > s; md5sum -c s")).toEqual({
      stdout: "\\x\\\\y\\nz: OK\n",
      stderr: "",
      status: 0,
    });
  });

  test("options that do not go together", async () => {
    // $ echo hi > a; md5sum a > s; md5sum -c --tag s; echo $?; md5sum -c -b s; echo $?; md5sum --quiet a; echo $?; md5sum --tag -t a; echo $?; md5sum -z -c s; echo $?
    expect(await sh("echo hi > a; md5sum a > s; md5sum -c --tag s; echo $?; md5sum -c -b s; echo $?; md5sum --quiet a; echo $?; md5sum --tag -t a; echo $?; md5sum -z -c s; echo $?")).toEqual({
      stdout: "1\n1\n1\n1\n1\n",
      stderr: "md5sum: the --tag option is meaningless when verifying checksums\nTry 'md5sum --help' for more information.\nmd5sum: the --binary and --text options are meaningless when verifying checksums\nTry 'md5sum --help' for more information.\nmd5sum: the --quiet option is meaningful only when verifying checksums\nTry 'md5sum --help' for more information.\nmd5sum: --tag does not support --text mode\nTry 'md5sum --help' for more information.\nmd5sum: the --zero option is not supported when verifying checksums\nTry 'md5sum --help' for more information.\n",
      status: 0,
    });
  });
});
