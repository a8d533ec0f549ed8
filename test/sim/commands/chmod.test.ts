// chmod: expected outputs recorded from GNU coreutils 9.1 (the command is in each comment).
import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

describe("chmod", () => {

  test("octal modes, -v and -c", async () => {
    // $ touch f; chmod 600 f; chmod -v 644 f; chmod -v 644 f; chmod -c 600 f; chmod -c 600 f; stat -c "%a %A" f
    expect(await sh("touch f; chmod 600 f; chmod -v 644 f; chmod -v 644 f; chmod -c 600 f; chmod -c 600 f; stat -c \"%a %A\" f")).toEqual({
      stdout: "mode of 'f' changed from 0600 (rw-------) to 0644 (rw-r--r--)\nmode of 'f' retained as 0644 (rw-r--r--)\nmode of 'f' changed from 0644 (rw-r--r--) to 0600 (rw-------)\n600 -rw-------\n",
      stderr: "",
      status: 0,
    });
  });

  test("symbolic modes", async () => {
    // $ touch f; chmod u+x,g-r f; stat -c %A f; chmod a=r f; stat -c %A f; chmod u+w,go= f; stat -c %A f; chmod g=u f; stat -c %A f; chmod +x f; stat -c %A f; chmod o-x,u+s,g+s,o+t f; stat -c %A f; chmod a-x f; stat -c %A f
    expect(await sh("touch f; chmod u+x,g-r f; stat -c %A f; chmod a=r f; stat -c %A f; chmod u+w,go= f; stat -c %A f; chmod g=u f; stat -c %A f; chmod +x f; stat -c %A f; chmod o-x,u+s,g+s,o+t f; stat -c %A f; chmod a-x f; stat -c %A f")).toEqual({
      stdout: "-rwx---r--\n-r--r--r--\n-rw-------\n-rw-rw----\n-rwxrwx--x\n-rwsrws--T\n-rwSrwS--T\n",
      stderr: "",
      status: 0,
    });
  });

  test("X, = and the umask for modes without a class", async () => {
    // $ touch f; mkdir d; chmod 644 f; chmod a+X f d; stat -c %A f d; umask 077; chmod +r f; stat -c %A f; chmod =w f; stat -c %A f
    expect(await sh("touch f; mkdir d; chmod 644 f; chmod a+X f d; stat -c %A f d; umask 077; chmod +r f; stat -c %A f; chmod =w f; stat -c %A f")).toEqual({
      stdout: "-rw-r--r--\ndrwxr-xr-x\n-rw-r--r--\n--w-------\n",
      stderr: "",
      status: 0,
    });
  });

  test("octal modes keep the set-group-ID bit of directories unless given five digits", async () => {
    // $ mkdir d; chmod g+s d; chmod 755 d; stat -c %a d; chmod 0755 d; stat -c %a d; chmod 00755 d; stat -c %a d; chmod =644 d; stat -c %a d; chmod +644 d; stat -c %a d
    expect(await sh("mkdir d; chmod g+s d; chmod 755 d; stat -c %a d; chmod 0755 d; stat -c %a d; chmod 00755 d; stat -c %a d; chmod =644 d; stat -c %a d; chmod +644 d; stat -c %a d")).toEqual({
      stdout: "2755\n2755\n755\n644\n644\n",
      stderr: "",
      status: 0,
    });
  });

  test("-R changes a tree, directories before their contents", async () => {
    // $ mkdir -p d/e; touch d/e/x; chmod -R go-rwx d; stat -c "%A %n" d d/e d/e/x; chmod -Rv 755 d
    expect(await sh("mkdir -p d/e; touch d/e/x; chmod -R go-rwx d; stat -c \"%A %n\" d d/e d/e/x; chmod -Rv 755 d")).toEqual({
      stdout: "drwx------ d\ndrwx------ d/e\n-rw------- d/e/x\nmode of 'd' changed from 0700 (rwx------) to 0755 (rwxr-xr-x)\nmode of 'd/e' changed from 0700 (rwx------) to 0755 (rwxr-xr-x)\nmode of 'd/e/x' changed from 0600 (rw-------) to 0755 (rwxr-xr-x)\n",
      stderr: "",
      status: 0,
    });
  });

  test("-R into a directory the change made unreadable", async () => {
    // $ mkdir -p d/x; chmod -Rv 000 d; echo $?; chmod 700 d
    expect(await sh("mkdir -p d/x; chmod -Rv 000 d; echo $?; chmod 700 d")).toEqual({
      stdout: "mode of 'd' changed from 0755 (rwxr-xr-x) to 0000 (---------)\n'd' could not be accessed\n1\n",
      stderr: "chmod: cannot read directory 'd': Permission denied\n",
      status: 0,
    });
  });

  test("--reference copies another file\\'s mode", async () => {
    // $ touch f g; chmod 751 f; chmod --reference=f g; stat -c %a g; chmod --reference=nope g; echo $?; chmod --reference=f 644 g; echo $?
    expect(await sh("touch f g; chmod 751 f; chmod --reference=f g; stat -c %a g; chmod --reference=nope g; echo $?; chmod --reference=f 644 g; echo $?")).toEqual({
      stdout: "751\n1\n1\n",
      stderr: "chmod: failed to get attributes of 'nope': No such file or directory\nchmod: cannot access '644': No such file or directory\n",
      status: 0,
    });
  });

  test("missing operands and invalid modes", async () => {
    // $ chmod; echo $?; chmod 755; echo $?; chmod xyz f; echo $?; touch f; chmod xyz f; echo $?; chmod 999 f; echo $?; chmod 17777 f; echo $?; chmod u=755 f; echo $?
    expect(await sh("chmod; echo $?; chmod 755; echo $?; chmod xyz f; echo $?; touch f; chmod xyz f; echo $?; chmod 999 f; echo $?; chmod 17777 f; echo $?; chmod u=755 f; echo $?")).toEqual({
      stdout: "1\n1\n1\n1\n1\n1\n1\n",
      stderr: "chmod: missing operand\nTry 'chmod --help' for more information.\nchmod: missing operand after ‘755’\nTry 'chmod --help' for more information.\nchmod: invalid mode: ‘xyz’\nTry 'chmod --help' for more information.\nchmod: invalid mode: ‘xyz’\nTry 'chmod --help' for more information.\nchmod: invalid mode: ‘999’\nTry 'chmod --help' for more information.\nchmod: invalid mode: ‘17777’\nTry 'chmod --help' for more information.\nchmod: invalid mode: ‘u=755’\nTry 'chmod --help' for more information.\n",
      status: 0,
    });
  });

  test("nonexistent files and files of other users", async () => {
    // $ chmod 755 nope "a b"; echo $?; chmod 644 /etc/passwd; echo $?; chmod -f 644 nope /etc/passwd; echo $?; chmod -v 644 nope
    expect(await sh("chmod 755 nope \"a b\"; echo $?; chmod 644 /etc/passwd; echo $?; chmod -f 644 nope /etc/passwd; echo $?; chmod -v 644 nope")).toEqual({
      stdout: "1\n1\n1\n'nope' could not be accessed\n",
      stderr: "chmod: cannot access 'nope': No such file or directory\nchmod: cannot access 'a b': No such file or directory\nchmod: changing permissions of '/etc/passwd': Operation not permitted\nchmod: cannot access 'nope': No such file or directory\n",
      status: 1,
    });
  });

  test("a mode written like an option (chmod -w), with the umask surprise", async () => {
    // $ touch f; chmod -w f; stat -c %A f; umask 077; chmod -v +w f; chmod -v -r f; echo $?; chmod -- -w f; echo $?
    expect(await sh("touch f; chmod -w f; stat -c %A f; umask 077; chmod -v +w f; chmod -v -r f; echo $?; chmod -- -w f; echo $?")).toEqual({
      stdout: "-r--r--r--\nmode of 'f' changed from 0444 (r--r--r--) to 0644 (rw-r--r--)\nmode of 'f' changed from 0644 (rw-r--r--) to 0244 (-w-r--r--)\n1\n0\n",
      stderr: "chmod: f: new permissions are -w-r--r--, not -w-------\n",
      status: 0,
    });
  });

  test("symlinks: followed on the command line, skipped inside -R, dangling ones reported", async () => {
    // $ touch f; ln -s f l; ln -s nowhere bad; chmod 600 l; stat -c %a f; chmod 644 bad; echo $?; mkdir e; ln -s ../f e/l; chmod -Rv 755 e
    expect(await sh("touch f; ln -s f l; ln -s nowhere bad; chmod 600 l; stat -c %a f; chmod 644 bad; echo $?; mkdir e; ln -s ../f e/l; chmod -Rv 755 e")).toEqual({
      stdout: "600\n1\nmode of 'e' retained as 0755 (rwxr-xr-x)\nneither symbolic link 'e/l' nor referent has been changed\n",
      stderr: "chmod: cannot operate on dangling symlink 'bad'\n",
      status: 0,
    });
  });

  test("--preserve-root", async () => {
    // $ chmod -R --preserve-root 755 /; echo $?; chmod -R --preserve-root 755 /..; echo $?
    expect(await sh("chmod -R --preserve-root 755 /; echo $?; chmod -R --preserve-root 755 /..; echo $?")).toEqual({
      stdout: "1\n1\n",
      stderr: "chmod: it is dangerous to operate recursively on '/'\nchmod: use --no-preserve-root to override this failsafe\nchmod: it is dangerous to operate recursively on '/..' (same as '/')\nchmod: use --no-preserve-root to override this failsafe\n",
      status: 0,
    });
  });
});
