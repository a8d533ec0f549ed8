// cp: expected outputs recorded from GNU coreutils 9.1 (the command is in each comment).
import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

describe("cp", () => {

  test("copies a file, into a directory, several into a directory", async () => {
    // $ echo hi > a; echo ho > b; mkdir d; cp a c; cat c; cp -v a d; cp -v a b d/; ls d
    expect(await sh("echo hi > a; echo ho > b; mkdir d; cp a c; cat c; cp -v a d; cp -v a b d/; ls d")).toEqual({
      stdout: "hi\n'a' -> 'd/a'\n'a' -> 'd/a'\n'b' -> 'd/b'\na\nb\n",
      stderr: "",
      status: 0,
    });
  });

  test("directories need -r", async () => {
    // $ mkdir d; touch d/f; cp d e; echo $?; cp -r d e; ls e
    expect(await sh("mkdir d; touch d/f; cp d e; echo $?; cp -r d e; ls e")).toEqual({
      stdout: "1\nf\n",
      stderr: "cp: -r not specified; omitting directory 'd'\n",
      status: 0,
    });
  });

  test("-r copies a tree, -v names each file", async () => {
    // $ mkdir -p s/t; echo x > s/t/f; cp -rv s s2; ls -R s2; cp -r s s2; ls s2
    expect(await sh("mkdir -p s/t; echo x > s/t/f; cp -rv s s2; ls -R s2; cp -r s s2; ls s2")).toEqual({
      stdout: "'s' -> 's2'\n's/t' -> 's2/t'\n's/t/f' -> 's2/t/f'\ns2:\nt\n\ns2/t:\nf\ns\nt\n",
      stderr: "",
      status: 0,
    });
  });

  test("copying a directory into itself", async () => {
    // $ mkdir -p s/t; cp -r s s/t; echo $?; mkdir d; cp -r d d; echo $?
    expect(await sh("mkdir -p s/t; cp -r s s/t; echo $?; mkdir d; cp -r d d; echo $?")).toEqual({
      stdout: "1\n1\n",
      stderr: "cp: cannot copy a directory, 's', into itself, 's/t/s'\ncp: cannot copy a directory, 'd', into itself, 'd/d'\n",
      status: 0,
    });
  });

  test("errors: missing source, permission, same file", async () => {
    // $ echo hi > a; cp nope x; cp a /etc/; cp a a; cp a ./a; echo $?
    expect(await sh("echo hi > a; cp nope x; cp a /etc/; cp a a; cp a ./a; echo $?")).toEqual({
      stdout: "1\n",
      stderr: "cp: cannot stat 'nope': No such file or directory\ncp: cannot create regular file '/etc/a': Permission denied\ncp: 'a' and 'a' are the same file\ncp: 'a' and './a' are the same file\n",
      status: 0,
    });
  });

  test("operand errors", async () => {
    // $ cp; echo $?; touch a; cp a; echo $?; cp -T a b c; echo $?; cp a b c; echo $?; cp -t nope a; echo $?
    expect(await sh("cp; echo $?; touch a; cp a; echo $?; cp -T a b c; echo $?; cp a b c; echo $?; cp -t nope a; echo $?")).toEqual({
      stdout: "1\n1\n1\n1\n1\n",
      stderr: "cp: missing file operand\nTry 'cp --help' for more information.\ncp: missing destination file operand after 'a'\nTry 'cp --help' for more information.\ncp: extra operand 'c'\nTry 'cp --help' for more information.\ncp: target 'c': No such file or directory\ncp: target directory 'nope': No such file or directory\n",
      status: 0,
    });
  });

  test("a new file gets the source mode less the umask; -p keeps mode and times", async () => {
    // $ echo hi > a; chmod 751 a; touch -d "2020-01-02 03:04:05" a; cp a b; cp -p a c; stat -c "%a %n" b c; stat -c %y c; find b c -newer a
    expect(await sh("echo hi > a; chmod 751 a; touch -d \"2020-01-02 03:04:05\" a; cp a b; cp -p a c; stat -c \"%a %n\" b c; stat -c %y c; find b c -newer a")).toEqual({
      stdout: "751 b\n751 c\n2020-01-02 03:04:05.000000000 +0000\nb\n",
      stderr: "",
      status: 0,
    });
  });

  test("-n, -u and -i", async () => {
    // $ echo new > a; echo old > b; cp -n a b; cat b; touch -d 2030-01-01 b; cp -u a b; cat b; cp -i a b < /dev/null; echo $?; cat b; echo y | cp -i a b; cat b
    expect(await sh("echo new > a; echo old > b; cp -n a b; cat b; touch -d 2030-01-01 b; cp -u a b; cat b; cp -i a b < /dev/null; echo $?; cat b; echo y | cp -i a b; cat b")).toEqual({
      stdout: "old\nold\n0\nold\nnew\n",
      stderr: "cp: overwrite 'b'? cp: overwrite 'b'? ",
      status: 0,
    });
  });

  test("-f replaces a destination it cannot open", async () => {
    // $ echo hi > a; touch ro; chmod 444 ro; cp a ro; echo $?; cp -fv a ro; cat ro; stat -c %A ro
    expect(await sh("echo hi > a; touch ro; chmod 444 ro; cp a ro; echo $?; cp -fv a ro; cat ro; stat -c %A ro")).toEqual({
      stdout: "1\n'a' -> 'ro'\nremoved 'ro'\nhi\n-rw-r--r--\n",
      stderr: "cp: cannot create regular file 'ro': Permission denied\n",
      status: 0,
    });
  });

  test("--remove-destination", async () => {
    // $ echo hi > a; touch b; cp -v --remove-destination a b
    expect(await sh("echo hi > a; touch b; cp -v --remove-destination a b")).toEqual({
      stdout: "removed 'b'\n'a' -> 'b'\n",
      stderr: "",
      status: 0,
    });
  });

  test("symlinks: followed without -r, copied with -r or -P", async () => {
    // $ echo hi > a; ln -s a l; ln -s nowhere bad; mkdir d; ln -s d ld; cp l x; cp -P l y; cp -r ld z; stat -c %F x y z; cp bad q; echo $?; cp -P bad q; stat -c %N q
    expect(await sh("echo hi > a; ln -s a l; ln -s nowhere bad; mkdir d; ln -s d ld; cp l x; cp -P l y; cp -r ld z; stat -c %F x y z; cp bad q; echo $?; cp -P bad q; stat -c %N q")).toEqual({
      stdout: "regular file\nsymbolic link\nsymbolic link\n1\n'q' -> 'nowhere'\n",
      stderr: "cp: cannot stat 'bad': No such file or directory\n",
      status: 0,
    });
  });

  test("-a keeps links inside the tree", async () => {
    // $ mkdir s; echo 1 > s/a; ln s/a s/b; ln -s a s/l; cp -a s t; stat -c "%h %F" t/a t/b t/l; cp -r s u; stat -c "%h %F" u/a u/b u/l
    expect(await sh("mkdir s; echo 1 > s/a; ln s/a s/b; ln -s a s/l; cp -a s t; stat -c \"%h %F\" t/a t/b t/l; cp -r s u; stat -c \"%h %F\" u/a u/b u/l")).toEqual({
      stdout: "2 regular file\n2 regular file\n1 symbolic link\n1 regular file\n1 regular file\n1 symbolic link\n",
      stderr: "",
      status: 0,
    });
  });

  test("-l and -s", async () => {
    // $ echo hi > a; cp -l a h; stat -c %h a; cp -l a h; cp -s a s; stat -c %N s; cp -s a d/s; mkdir d; cp -s a d/s; echo $?
    expect(await sh("echo hi > a; cp -l a h; stat -c %h a; cp -l a h; cp -s a s; stat -c %N s; cp -s a d/s; mkdir d; cp -s a d/s; echo $?")).toEqual({
      stdout: "2\n's' -> 'a'\n1\n",
      stderr: "cp: cannot create symbolic link 'd/s' to 'a': No such file or directory\ncp: d/s: can make relative symbolic links only in current directory\n",
      status: 0,
    });
  });

  test("the same source twice and a just-created destination", async () => {
    // $ mkdir a b d; echo 1 > a/x; echo 2 > b/x; cp a/x b/x d; echo $?; cat d/x; cp a/x a/x d; echo $?; cp -r a a d; echo $?
    expect(await sh("mkdir a b d; echo 1 > a/x; echo 2 > b/x; cp a/x b/x d; echo $?; cat d/x; cp a/x a/x d; echo $?; cp -r a a d; echo $?")).toEqual({
      stdout: "1\n1\n0\n0\n",
      stderr: "cp: will not overwrite just-created 'd/x' with 'b/x'\ncp: warning: source file 'a/x' specified more than once\ncp: warning: source directory 'a' specified more than once\n",
      status: 0,
    });
  });

  test("a symlink loop with -L", async () => {
    // $ mkdir -p d/e; ln -s .. d/e/up; cp -rL d x; echo $?; find x | sort
    expect(await sh("mkdir -p d/e; ln -s .. d/e/up; cp -rL d x; echo $?; find x | sort")).toEqual({
      stdout: "1\nx\nx/e\n",
      stderr: "cp: cannot copy cyclic symbolic link 'd/e/up'\n",
      status: 0,
    });
  });

  test("special files with -r", async () => {
    // $ cp /dev/null n; stat -c %F n; cp -r /dev/null n2; echo $?
    expect(await sh("cp /dev/null n; stat -c %F n; cp -r /dev/null n2; echo $?")).toEqual({
      stdout: "regular empty file\n1\n",
      stderr: "cp: cannot create special file 'n2': Operation not permitted\n",
      status: 0,
    });
  });

  test("an unreadable directory or file", async () => {
    // $ mkdir nr; chmod 000 nr; cp -r nr nrc; echo $?; stat -c %A nrc; chmod 700 nr; echo hi > a; chmod 000 a; cp a q; echo $?
    expect(await sh("mkdir nr; chmod 000 nr; cp -r nr nrc; echo $?; stat -c %A nrc; chmod 700 nr; echo hi > a; chmod 000 a; cp a q; echo $?")).toEqual({
      stdout: "1\nd---------\n1\n",
      stderr: "cp: cannot access 'nr': Permission denied\ncp: cannot open 'a' for reading: Permission denied\n",
      status: 0,
    });
  });

  test("--preserve and --no-preserve take attribute lists", async () => {
    // $ touch a; cp --preserve=foo a b; echo $?; cp --preserve=mode,timestamps a b; echo $?; cp --no-preserve=mode a c; echo $?
    expect(await sh("touch a; cp --preserve=foo a b; echo $?; cp --preserve=mode,timestamps a b; echo $?; cp --no-preserve=mode a c; echo $?")).toEqual({
      stdout: "1\n0\n0\n",
      stderr: "cp: invalid argument ‘foo’ for ‘--preserve’\nValid arguments are:\n  - ‘mode’\n  - ‘timestamps’\n  - ‘ownership’\n  - ‘links’\n  - ‘context’\n  - ‘xattr’\n  - ‘all’\nTry 'cp --help' for more information.\n",
      status: 0,
    });
  });

  test("--reflink=always cannot share blocks", async () => {
    // $ touch a; cp --reflink=always a b; echo $?; cp --reflink=never a b; echo $?
    expect(await sh("touch a; cp --reflink=always a b; echo $?; cp --reflink=never a b; echo $?")).toEqual({
      stdout: "1\n0\n",
      stderr: "cp: failed to clone 'b' from 'a': Operation not supported\n",
      status: 0,
    });
  });

  test("--parents is not simulated", async () => {
    // $ mkdir -p a/b d; touch a/b/f; cp --parents a/b/f d; echo $?
    expect(await sh("mkdir -p a/b d; touch a/b/f; cp --parents a/b/f d; echo $?")).toEqual({
      stdout: "2\n",
      stderr: "cp: --parents: not supported in this playground\n",
      status: 0,
    });
  });
});
