// ln: expected outputs recorded from GNU coreutils 9.1 (the command is in each comment).
import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

describe("ln", () => {

  test("hard links share the inode, -v shows =>", async () => {
    // $ echo hi > f; ln -v f h; echo more >> h; cat f; stat -c "%h" f
    expect(await sh("echo hi > f; ln -v f h; echo more >> h; cat f; stat -c \"%h\" f")).toEqual({
      stdout: "'h' => 'f'\nhi\nmore\n2\n",
      stderr: "",
      status: 0,
    });
  });

  test("symbolic links, -v shows ->", async () => {
    // $ echo hi > f; ln -sv f l; ln -s /etc/hosts; cat l; stat -c %N l hosts
    expect(await sh("echo hi > f; ln -sv f l; ln -s /etc/hosts; cat l; stat -c %N l hosts")).toEqual({
      stdout: "'l' -> 'f'\nhi\n'l' -> 'f'\n'hosts' -> '/etc/hosts'\n",
      stderr: "",
      status: 0,
    });
  });

  test("an existing name is an error unless -f", async () => {
    // $ touch f g; ln -s f l; ln -s f l; echo $?; ln f g; echo $?; ln -sf g l; stat -c %N l; ln -f f g; echo $?
    expect(await sh("touch f g; ln -s f l; ln -s f l; echo $?; ln f g; echo $?; ln -sf g l; stat -c %N l; ln -f f g; echo $?")).toEqual({
      stdout: "1\n1\n'l' -> 'g'\n0\n",
      stderr: "ln: failed to create symbolic link 'l': File exists\nln: failed to create hard link 'g': File exists\n",
      status: 0,
    });
  });

  test("links into a directory, and with one operand into the current one", async () => {
    // $ touch f g; mkdir d; ln -s ../f ../g d; ls d; ln f; ln -sv d/f d/
    expect(await sh("touch f g; mkdir d; ln -s ../f ../g d; ls d; ln f; ln -sv d/f d/")).toEqual({
      stdout: "f\ng\n",
      stderr: "ln: failed to create hard link './f': File exists\nln: failed to create symbolic link 'd/f': File exists\n",
      status: 1,
    });
  });

  test("-t, -T and -n", async () => {
    // $ touch f g; mkdir d e; ln -s -t d g; ls d; ln -sfT f e; echo $?; ln -s d dl; ln -sn f dl; echo $?; ln -sfn f dl; stat -c %N dl
    expect(await sh("touch f g; mkdir d e; ln -s -t d g; ls d; ln -sfT f e; echo $?; ln -s d dl; ln -sn f dl; echo $?; ln -sfn f dl; stat -c %N dl")).toEqual({
      stdout: "g\n1\n1\n'dl' -> 'f'\n",
      stderr: "ln: e: cannot overwrite directory\nln: failed to create symbolic link 'dl': File exists\n",
      status: 0,
    });
  });

  test("operand errors", async () => {
    // $ ln; echo $?; ln -T f; echo $?; ln -T f a b; echo $?; ln -t . -T a b; echo $?; touch a b; ln a b c; echo $?; ln -t nope a; echo $?; ln -t a b; echo $?
    expect(await sh("ln; echo $?; ln -T f; echo $?; ln -T f a b; echo $?; ln -t . -T a b; echo $?; touch a b; ln a b c; echo $?; ln -t nope a; echo $?; ln -t a b; echo $?")).toEqual({
      stdout: "1\n1\n1\n1\n1\n1\n1\n",
      stderr: "ln: missing file operand\nTry 'ln --help' for more information.\nln: missing destination file operand after 'f'\nTry 'ln --help' for more information.\nln: extra operand 'b'\nTry 'ln --help' for more information.\nln: cannot combine --target-directory and --no-target-directory\nln: target 'c': No such file or directory\nln: failed to access 'nope': No such file or directory\nln: target 'a' is not a directory\n",
      status: 0,
    });
  });

  test("hard links to directories and to missing files", async () => {
    // $ mkdir d; ln d dh; echo $?; ln nope x; echo $?
    expect(await sh("mkdir d; ln d dh; echo $?; ln nope x; echo $?")).toEqual({
      stdout: "1\n1\n",
      stderr: "ln: d: hard link not allowed for directory\nln: failed to access 'nope': No such file or directory\n",
      status: 0,
    });
  });

  test("failures in other places", async () => {
    // $ touch f; ln -s f /etc/x; echo $?; ln f /etc/x; echo $?; ln f nope/x; echo $?; ln -s "" emp; echo $?
    expect(await sh("touch f; ln -s f /etc/x; echo $?; ln f /etc/x; echo $?; ln f nope/x; echo $?; ln -s \"\" emp; echo $?")).toEqual({
      stdout: "1\n1\n1\n1\n",
      stderr: "ln: failed to create symbolic link '/etc/x': Permission denied\nln: failed to create hard link '/etc/x' => 'f': Permission denied\nln: failed to create hard link 'nope/x' => 'f': No such file or directory\nln: failed to create symbolic link 'emp' -> '': No such file or directory\n",
      status: 0,
    });
  });

  test("the same file", async () => {
    // $ touch f; ln -f f f; echo $?; ln -sf f f; echo $?
    expect(await sh("touch f; ln -f f f; echo $?; ln -sf f f; echo $?")).toEqual({
      stdout: "1\n1\n",
      stderr: "ln: 'f' and 'f' are the same file\nln: 'f' and 'f' are the same file\n",
      status: 0,
    });
  });

  test("-r makes relative symbolic links", async () => {
    // $ touch f; mkdir -p d x/y; ln -sr f d/rel; ln -sr d/rel x/y/z; ln -srv /etc/passwd pw; ln -sr nonex/a x/nl; stat -c %N d/rel x/y/z x/nl
    expect(await sh("touch f; mkdir -p d x/y; ln -sr f d/rel; ln -sr d/rel x/y/z; ln -srv /etc/passwd pw; ln -sr nonex/a x/nl; stat -c %N d/rel x/y/z x/nl")).toEqual({
      stdout: "'pw' -> '../../etc/passwd'\n'd/rel' -> '../f'\n'x/y/z' -> '../../f'\n'x/nl' -> '../nonex/a'\n",
      stderr: "",
      status: 0,
    });
  });

  test("-L hard-links what a symlink points to", async () => {
    // $ echo hi > f; ln -s f l; ln -L l h; stat -c "%h %F" f h; ln -P l h2; stat -c "%F" h2
    expect(await sh("echo hi > f; ln -s f l; ln -L l h; stat -c \"%h %F\" f h; ln -P l h2; stat -c \"%F\" h2")).toEqual({
      stdout: "2 regular file\n2 regular file\nsymbolic link\n",
      stderr: "",
      status: 0,
    });
  });

  test("trailing slashes on the new name", async () => {
    // $ touch f h; mkdir d; ln -s f x/; ln -sf f g/; ln -s f h/; ln -s f d/
    expect(await sh("touch f h; mkdir d; ln -s f x/; ln -sf f g/; ln -s f h/; ln -s f d/")).toEqual({
      stdout: "",
      stderr: "ln: failed to create symbolic link 'x/': No such file or directory\nln: failed to create symbolic link 'g/': No such file or directory\nln: failed to create symbolic link 'h/': File exists\n",
      status: 0,
    });
  });

  test("-i asks before replacing", async () => {
    // $ touch f g; ln -i f g < /dev/null; echo $?; echo y | ln -fi f g; echo $?; stat -c %h f
    expect(await sh("touch f g; ln -i f g < /dev/null; echo $?; echo y | ln -fi f g; echo $?; stat -c %h f")).toEqual({
      stdout: "0\n0\n2\n",
      stderr: "ln: replace 'g'? ln: replace 'g'? ",
      status: 0,
    });
  });

  test("backups are not simulated", async () => {
    // $ touch f g; ln -b f g; echo $?
    expect(await sh("touch f g; ln -b f g; echo $?")).toEqual({
      stdout: "2\n",
      stderr: "ln: -b: not supported in this playground\n",
      status: 0,
    });
  });
});
