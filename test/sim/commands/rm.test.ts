// rm: expected outputs recorded from GNU coreutils 9.1 with LC_ALL=C.UTF-8 (the command is in each
// comment; each ran in an empty directory, with standard input a pipe: yes/no answers come from it).
import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

describe('rm', () => {
  test('--help', async () => {
    // $ rm --help
    expect(await sh('rm --help')).toEqual({
      stdout: `Usage: rm [OPTION]... [FILE]...
Remove (unlink) the FILE(s).

  -f, --force           ignore nonexistent files and arguments, never prompt
  -i                    prompt before every removal
  -I                    prompt once before removing more than three files, or
                          when removing recursively; less intrusive than -i,
                          while still giving protection against most mistakes
      --interactive[=WHEN]  prompt according to WHEN: never, once (-I), or
                          always (-i); without WHEN, prompt always
      --one-file-system  when removing a hierarchy recursively, skip any
                          directory that is on a file system different from
                          that of the corresponding command line argument
      --no-preserve-root  do not treat '/' specially
      --preserve-root[=all]  do not remove '/' (default);
                              with 'all', reject any command line argument
                              on a separate device from its parent
  -r, -R, --recursive   remove directories and their contents recursively
  -d, --dir             remove empty directories
  -v, --verbose         explain what is being done
      --help        display this help and exit
      --version     output version information and exit

By default, rm does not remove directories.  Use the --recursive (-r or -R)
option to remove each listed directory, too, along with all of its contents.

To remove a file whose name starts with a '-', for example '-foo',
use one of these commands:
  rm -- -foo

  rm ./-foo

Note that if you use rm to remove a file, it might be possible to recover
some of its contents, given sufficient expertise and/or time.  For greater
assurance that the contents are truly unrecoverable, consider using shred(1).

GNU coreutils online help: <https://www.gnu.org/software/coreutils/>
Report any translation bugs to <https://translationproject.org/team/>
Full documentation <https://www.gnu.org/software/coreutils/rm>
or available locally via: info '(coreutils) rm invocation'
`,
      stderr: '',
      status: 0,
    });
  });

  test('-I asks once, before anything is removed, when there are more than three operands or -r', async () => {
    // $ touch a b c d; echo n | rm -I a b c d; echo $?; ls
    expect(await sh("touch a b c d; echo n | rm -I a b c d; echo $?; ls")).toEqual({ stdout: "0\na\nb\nc\nd\n", stderr: "rm: remove 4 arguments? ", status: 0 });
    // $ touch a b c d; echo y | rm -I a b c d; echo $?; ls
    expect(await sh("touch a b c d; echo y | rm -I a b c d; echo $?; ls")).toEqual({ stdout: "0\n", stderr: "rm: remove 4 arguments? ", status: 0 });
    // $ touch a b c; rm -I a b c; echo $?; ls
    expect(await sh("touch a b c; rm -I a b c; echo $?; ls")).toEqual({ stdout: "0\n", stderr: "", status: 0 });
    // $ mkdir -p d/e; echo no | rm -rI d; echo $?; ls; echo Yes | rm -RIv d; echo $?; ls
    expect(await sh("mkdir -p d/e; echo no | rm -rI d; echo $?; ls; echo Yes | rm -RIv d; echo $?; ls")).toEqual({ stdout: "0\nd\nremoved directory 'd/e'\nremoved directory 'd'\n0\n", stderr: "rm: remove 1 argument recursively? rm: remove 1 argument recursively? ", status: 0 });
    // $ mkdir d; touch a; echo n | rm -rI d a; echo $?; ls
    expect(await sh("mkdir d; touch a; echo n | rm -rI d a; echo $?; ls")).toEqual({ stdout: "0\na\nd\n", stderr: "rm: remove 2 arguments recursively? ", status: 0 });
    // $ touch a b c d; rm -I -f a b c d; echo $?; ls
    expect(await sh("touch a b c d; rm -I -f a b c d; echo $?; ls")).toEqual({ stdout: "0\n", stderr: "", status: 0 });
    // $ touch a b c d; echo n | rm -f -I a b c d nowhere; echo $?; ls
    expect(await sh("touch a b c d; echo n | rm -f -I a b c d nowhere; echo $?; ls")).toEqual({ stdout: "0\na\nb\nc\nd\n", stderr: "rm: remove 5 arguments? ", status: 0 });
  });

  test('--interactive=WHEN: never, once or always; -f and -i/-I override each other in order', async () => {
    // $ touch a b c d; echo n | rm --interactive=once a b c d; echo $?; ls
    expect(await sh("touch a b c d; echo n | rm --interactive=once a b c d; echo $?; ls")).toEqual({ stdout: "0\na\nb\nc\nd\n", stderr: "rm: remove 4 arguments? ", status: 0 });
    // $ touch a; echo n | rm --interactive a; echo $?; ls; echo y | rm --interactive=yes a; echo $?; ls
    expect(await sh("touch a; echo n | rm --interactive a; echo $?; ls; echo y | rm --interactive=yes a; echo $?; ls")).toEqual({ stdout: "0\na\n0\n", stderr: "rm: remove regular empty file 'a'? rm: remove regular empty file 'a'? ", status: 0 });
    // $ touch a; rm --interactive=never a nowhere; echo $?; ls
    expect(await sh("touch a; rm --interactive=never a nowhere; echo $?; ls")).toEqual({ stdout: "1\n", stderr: "rm: cannot remove 'nowhere': No such file or directory\n", status: 0 });
    // $ rm -f --interactive=never nowhere; echo $?; rm -f --interactive=always nowhere; echo $?
    expect(await sh("rm -f --interactive=never nowhere; echo $?; rm -f --interactive=always nowhere; echo $?")).toEqual({ stdout: "0\n1\n", stderr: "rm: cannot remove 'nowhere': No such file or directory\n", status: 0 });
    // $ rm --interactive=sometimes a; echo $?
    expect(await sh("rm --interactive=sometimes a; echo $?")).toEqual({ stdout: "1\n", stderr: "rm: invalid argument ‘sometimes’ for ‘--interactive’\nValid arguments are:\n  - ‘never’, ‘no’, ‘none’\n  - ‘once’\n  - ‘always’, ‘yes’\nTry 'rm --help' for more information.\n", status: 0 });
    // $ rm --interactive= a; echo $?
    expect(await sh("rm --interactive= a; echo $?")).toEqual({ stdout: "1\n", stderr: "rm: ambiguous argument ‘’ for ‘--interactive’\nValid arguments are:\n  - ‘never’, ‘no’, ‘none’\n  - ‘once’\n  - ‘always’, ‘yes’\nTry 'rm --help' for more information.\n", status: 0 });
  });

  test("refuses to work recursively on '/' unless --no-preserve-root, which may not be abbreviated", async () => {
    // $ rm -r /; echo $?; rm -rf //; echo $?
    expect(await sh("rm -r /; echo $?; rm -rf //; echo $?")).toEqual({ stdout: "1\n1\n", stderr: "rm: it is dangerous to operate recursively on '/'\nrm: use --no-preserve-root to override this failsafe\nrm: it is dangerous to operate recursively on '//' (same as '/')\nrm: use --no-preserve-root to override this failsafe\n", status: 0 });
    // $ ln -s / root; rm -r root/; echo $?; rm -r root; echo $?; ls
    expect(await sh("ln -s / root; rm -r root/; echo $?; rm -r root; echo $?; ls")).toEqual({ stdout: "1\n0\n", stderr: "rm: it is dangerous to operate recursively on 'root/' (same as '/')\nrm: use --no-preserve-root to override this failsafe\n", status: 0 });
    // $ mkdir e; rm --no-preserve-root -rv e; echo $?
    expect(await sh("mkdir e; rm --no-preserve-root -rv e; echo $?")).toEqual({ stdout: "removed directory 'e'\n0\n", stderr: "", status: 0 });
    // $ rm --no-preserve x; echo $?; rm -- --no-preserve; echo $?
    expect(await sh("rm --no-preserve x; echo $?; rm -- --no-preserve; echo $?")).toEqual({ stdout: "1\n1\n", stderr: "rm: you may not abbreviate the --no-preserve-root option\nrm: cannot remove '--no-preserve': No such file or directory\n", status: 0 });
    // $ rm --preserve-root=foo x; echo $?; rm --preserve-root=all x; echo $?
    expect(await sh("rm --preserve-root=foo x; echo $?; rm --preserve-root=all x; echo $?")).toEqual({ stdout: "1\n1\n", stderr: "rm: unrecognized --preserve-root argument: 'foo'\nrm: cannot remove 'x': No such file or directory\n", status: 0 });
    // $ mkdir -p d/e; touch d/e/f; rm --one-file-system -r d; echo $?; ls
    expect(await sh("mkdir -p d/e; touch d/e/f; rm --one-file-system -r d; echo $?; ls")).toEqual({ stdout: "0\n", stderr: "", status: 0 });
  });

  test("'.' and '..' are refused once rm could go into them; -i asks before descending; write protection", async () => {
    // $ mkdir w; cd w; rm .; echo $?; rm -r ..; echo $?; rm -d .; echo $?; touch f; rm -d .; echo $?
    expect(await sh("mkdir w; cd w; rm .; echo $?; rm -r ..; echo $?; rm -d .; echo $?; touch f; rm -d .; echo $?")).toEqual({ stdout: "1\n1\n1\n1\n", stderr: "rm: cannot remove '.': Is a directory\nrm: refusing to remove '.' or '..' directory: skipping '..'\nrm: refusing to remove '.' or '..' directory: skipping '.'\nrm: cannot remove '.': Directory not empty\n", status: 0 });
    // $ rm -d /; echo $?
    expect(await sh("rm -d /; echo $?")).toEqual({ stdout: "1\n", stderr: "rm: cannot remove '/': Directory not empty\n", status: 0 });
    // $ mkdir -p d/e empty; touch d/e/f; printf 'y\ny\ny\ny\ny\ny\n' | rm -ri d empty; echo $?; ls
    expect(await sh("mkdir -p d/e empty; touch d/e/f; printf 'y\\ny\\ny\\ny\\ny\\ny\\n' | rm -ri d empty; echo $?; ls")).toEqual({ stdout: "0\n", stderr: "rm: descend into directory 'd'? rm: descend into directory 'd/e'? rm: remove regular empty file 'd/e/f'? rm: remove directory 'd/e'? rm: remove directory 'd'? rm: remove directory 'empty'? ", status: 0 });
    // $ touch a; chmod a-w a; echo n | rm -i a; echo $?; ls; rm a; echo $?; ls   (as a user other than root)
    expect(await sh("touch a; chmod a-w a; echo n | rm -i a; echo $?; ls; rm a; echo $?; ls")).toEqual({ stdout: "0\na\n0\n", stderr: "rm: remove write-protected regular empty file 'a'? ", status: 0 });
  });
});
