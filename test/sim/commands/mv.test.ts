// mv: expected outputs recorded from GNU coreutils 9.1 (the command is in each comment).
import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

describe("mv", () => {

  test("renames, and moves into a directory", async () => {
    // $ touch a b; mkdir d; mv a x; ls; mv -v x d; mv b d/; ls d; mv -v d e; ls
    expect(await sh("touch a b; mkdir d; mv a x; ls; mv -v x d; mv b d/; ls d; mv -v d e; ls")).toEqual({
      stdout: "b\nd\nx\nrenamed 'x' -> 'd/x'\nb\nx\nrenamed 'd' -> 'e'\ne\n",
      stderr: "",
      status: 0,
    });
  });

  test("moves several files into a directory", async () => {
    // $ touch a b c; mkdir d; mv -v a b c d; ls d; mv -t . d/a; ls
    expect(await sh("touch a b c; mkdir d; mv -v a b c d; ls d; mv -t . d/a; ls")).toEqual({
      stdout: "renamed 'a' -> 'd/a'\nrenamed 'b' -> 'd/b'\nrenamed 'c' -> 'd/c'\na\nb\nc\na\nd\n",
      stderr: "",
      status: 0,
    });
  });

  test("replaces an existing file", async () => {
    // $ echo 1 > a; echo 2 > b; mv a b; cat b; ls
    expect(await sh("echo 1 > a; echo 2 > b; mv a b; cat b; ls")).toEqual({
      stdout: "1\nb\n",
      stderr: "",
      status: 0,
    });
  });

  test("-n, -u and -i leave the destination alone when asked to", async () => {
    // $ echo new > a; echo old > b; mv -n a b; cat b; touch -d 2030-01-01 b; mv -u a b; cat b; mv -i a b < /dev/null; echo $?; cat b; echo y | mv -i a b; cat b
    expect(await sh("echo new > a; echo old > b; mv -n a b; cat b; touch -d 2030-01-01 b; mv -u a b; cat b; mv -i a b < /dev/null; echo $?; cat b; echo y | mv -i a b; cat b")).toEqual({
      stdout: "old\nold\n0\nold\nnew\n",
      stderr: "mv: overwrite 'b'? mv: overwrite 'b'? ",
      status: 0,
    });
  });

  test("missing operands", async () => {
    // $ mv; echo $?; touch a; mv a; echo $?; mv -T a b c; echo $?; mv -t . -T a b; echo $?
    expect(await sh("mv; echo $?; touch a; mv a; echo $?; mv -T a b c; echo $?; mv -t . -T a b; echo $?")).toEqual({
      stdout: "1\n1\n1\n1\n",
      stderr: "mv: missing file operand\nTry 'mv --help' for more information.\nmv: missing destination file operand after 'a'\nTry 'mv --help' for more information.\nmv: extra operand 'c'\nTry 'mv --help' for more information.\nmv: cannot combine --target-directory (-t) and --no-target-directory (-T)\n",
      status: 0,
    });
  });

  test("errors: missing source, permission, same file", async () => {
    // $ touch f; mv nope x; mv f /etc/; mv f f; ln f h; mv f h; echo $?
    expect(await sh("touch f; mv nope x; mv f /etc/; mv f f; ln f h; mv f h; echo $?")).toEqual({
      stdout: "1\n",
      stderr: "mv: cannot stat 'nope': No such file or directory\nmv: cannot move 'f' to '/etc/f': Permission denied\nmv: 'f' and 'f' are the same file\nmv: 'f' and 'h' are the same file\n",
      status: 0,
    });
  });

  test("directories and non-directories", async () => {
    // $ touch f; mkdir d e; mkdir e/d; touch e/d/z; mv -T f d; mv d f; mv d e; echo $?; mv e e/d; echo $?
    expect(await sh("touch f; mkdir d e; mkdir e/d; touch e/d/z; mv -T f d; mv d f; mv d e; echo $?; mv e e/d; echo $?")).toEqual({
      stdout: "1\n1\n",
      stderr: "mv: cannot overwrite directory 'd' with non-directory\nmv: cannot overwrite non-directory 'f' with directory 'd'\nmv: cannot move 'd' to 'e/d': Directory not empty\nmv: cannot move 'e' to a subdirectory of itself, 'e/d/e'\n",
      status: 0,
    });
  });

  test("several sources need a directory", async () => {
    // $ touch a b c; mv a b c; mv a b nope; mv a b nope/; echo $?
    expect(await sh("touch a b c; mv a b c; mv a b nope; mv a b nope/; echo $?")).toEqual({
      stdout: "1\n",
      stderr: "mv: target 'c': Not a directory\nmv: target 'nope': No such file or directory\nmv: target 'nope/': No such file or directory\n",
      status: 0,
    });
  });

  test("moving . or ..", async () => {
    // $ mkdir x; mv . x; mv .. x; echo $?
    expect(await sh("mkdir x; mv . x; mv .. x; echo $?")).toEqual({
      stdout: "1\n",
      stderr: "mv: cannot move '.' to 'x/.': Device or resource busy\nmv: cannot move '..' to 'x/..': Device or resource busy\n",
      status: 0,
    });
  });

  test("trailing slashes", async () => {
    // $ mkdir y; mv -v y/ z; mv --strip-trailing-slashes -v z/ w; touch g; mv g/ q; mv nope/ q; echo $?
    expect(await sh("mkdir y; mv -v y/ z; mv --strip-trailing-slashes -v z/ w; touch g; mv g/ q; mv nope/ q; echo $?")).toEqual({
      stdout: "renamed 'y/' -> 'z'\nrenamed 'z' -> 'w'\n1\n",
      stderr: "mv: cannot stat 'g/': Not a directory\nmv: cannot stat 'nope/': No such file or directory\n",
      status: 0,
    });
  });

  test("backups are not simulated", async () => {
    // $ touch a b; mv -b a b; echo $?
    expect(await sh("touch a b; mv -b a b; echo $?")).toEqual({
      stdout: "2\n",
      stderr: "mv: -b: not supported in this playground\n",
      status: 0,
    });
  });
});
