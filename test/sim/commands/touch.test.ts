// touch: expected outputs recorded from GNU coreutils 9.1 with LC_ALL=C.UTF-8 (the command is in
// each comment; each ran in an empty directory, those marked so as a user other than root, since
// the playground's student is not root).
import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

describe('touch', () => {
  test('--help', async () => {
    // $ touch --help
    expect(await sh('touch --help')).toEqual({
      stdout: `Usage: touch [OPTION]... FILE...
Update the access and modification times of each FILE to the current time.

A FILE argument that does not exist is created empty, unless -c or -h
is supplied.

A FILE argument string of - is handled specially and causes touch to
change the times of the file associated with standard output.

Mandatory arguments to long options are mandatory for short options too.
  -a                     change only the access time
  -c, --no-create        do not create any files
  -d, --date=STRING      parse STRING and use it instead of current time
  -f                     (ignored)
  -h, --no-dereference   affect each symbolic link instead of any referenced
                         file (useful only on systems that can change the
                         timestamps of a symlink)
  -m                     change only the modification time
  -r, --reference=FILE   use this file's times instead of current time
  -t STAMP               use [[CC]YY]MMDDhhmm[.ss] instead of current time
      --time=WORD        change the specified time:
                           WORD is access, atime, or use: equivalent to -a
                           WORD is modify or mtime: equivalent to -m
      --help        display this help and exit
      --version     output version information and exit

Note that the -d and -t options accept different time-date formats.

GNU coreutils online help: <https://www.gnu.org/software/coreutils/>
Report any translation bugs to <https://translationproject.org/team/>
Full documentation <https://www.gnu.org/software/coreutils/touch>
or available locally via: info '(coreutils) touch invocation'
`,
      stderr: '',
      status: 0,
    });
  });

  test('--time=WORD is -a or -m; an invalid WORD is reported as argmatch does', async () => {
    // $ touch -d '2001-01-01 00:00' f; touch --time=access -d 2002-02-02 f; stat -c '%x|%y' f; touch --time=mtime -d 2003-03-03 f; stat -c '%x|%y' f; touch --time=use -m -d 2004-04-04 f; stat -c '%x|%y' f
    expect(await sh("touch -d '2001-01-01 00:00' f; touch --time=access -d 2002-02-02 f; stat -c '%x|%y' f; touch --time=mtime -d 2003-03-03 f; stat -c '%x|%y' f; touch --time=use -m -d 2004-04-04 f; stat -c '%x|%y' f")).toEqual({ stdout: "2002-02-02 00:00:00.000000000 +0000|2001-01-01 00:00:00.000000000 +0000\n2002-02-02 00:00:00.000000000 +0000|2003-03-03 00:00:00.000000000 +0000\n2004-04-04 00:00:00.000000000 +0000|2004-04-04 00:00:00.000000000 +0000\n", stderr: "", status: 0 });
    // $ touch --time=atim f; echo $?; touch --time=modify f; echo $?; ls
    expect(await sh("touch --time=atim f; echo $?; touch --time=modify f; echo $?; ls")).toEqual({ stdout: "0\n0\nf\n", stderr: "", status: 0 });
    // $ touch --time=foo f; echo $?; touch --time= f; echo $?; touch --time x; echo $?; ls
    expect(await sh("touch --time=foo f; echo $?; touch --time= f; echo $?; touch --time x; echo $?; ls")).toEqual({ stdout: "1\n1\n1\n", stderr: "touch: invalid argument ‘foo’ for ‘--time’\nValid arguments are:\n  - ‘atime’, ‘access’, ‘use’\n  - ‘mtime’, ‘modify’\nTry 'touch --help' for more information.\ntouch: ambiguous argument ‘’ for ‘--time’\nValid arguments are:\n  - ‘atime’, ‘access’, ‘use’\n  - ‘mtime’, ‘modify’\nTry 'touch --help' for more information.\ntouch: invalid argument ‘x’ for ‘--time’\nValid arguments are:\n  - ‘atime’, ‘access’, ‘use’\n  - ‘mtime’, ‘modify’\nTry 'touch --help' for more information.\n", status: 0 });
  });

  test('-h changes a symbolic link itself, creates nothing, and reports a missing file unless -c', async () => {
    // $ ln -s nowhere dangling; touch -h dangling; echo $?; ls; touch -h -d 2001-01-01 dangling; stat -c '%n %y' dangling
    expect(await sh("ln -s nowhere dangling; touch -h dangling; echo $?; ls; touch -h -d 2001-01-01 dangling; stat -c '%n %y' dangling")).toEqual({ stdout: "0\ndangling\ndangling 2001-01-01 00:00:00.000000000 +0000\n", stderr: "", status: 0 });
    // $ touch -d 2002-02-02 x; ln -s x lx; touch -h -d 2001-01-01 lx; stat -c '%n %y' x lx; touch --no-dereference -d 2005-05-05 x; stat -c '%n %y' x
    expect(await sh("touch -d 2002-02-02 x; ln -s x lx; touch -h -d 2001-01-01 lx; stat -c '%n %y' x lx; touch --no-dereference -d 2005-05-05 x; stat -c '%n %y' x")).toEqual({ stdout: "x 2002-02-02 00:00:00.000000000 +0000\nlx 2001-01-01 00:00:00.000000000 +0000\nx 2005-05-05 00:00:00.000000000 +0000\n", stderr: "", status: 0 });
    // $ touch -h nope; echo $?; touch -hc nope; echo $?; touch -c nope; echo $?; ls
    expect(await sh("touch -h nope; echo $?; touch -hc nope; echo $?; touch -c nope; echo $?; ls")).toEqual({ stdout: "1\n0\n0\n", stderr: "touch: setting times of 'nope': No such file or directory\n", status: 0 });
    // $ ln -s nowhere dangling; touch dangling; echo $?; ls
    expect(await sh("ln -s nowhere dangling; touch dangling; echo $?; ls")).toEqual({ stdout: "0\ndangling\nnowhere\n", stderr: "", status: 0 });
  });

  test('where the times come from: -d, -t, -r (-d moves them), never two of -t and -d/-r', async () => {
    // $ touch -d 2001-01-01 -t 200101010000 f; echo $?; touch -t 200101010000 -r f g; echo $?; ls
    expect(await sh("touch -d 2001-01-01 -t 200101010000 f; echo $?; touch -t 200101010000 -r f g; echo $?; ls")).toEqual({ stdout: "1\n1\n", stderr: "touch: cannot specify times from more than one source\nTry 'touch --help' for more information.\ntouch: cannot specify times from more than one source\nTry 'touch --help' for more information.\n", status: 0 });
    // $ touch -t 2001010100.30 f; stat -c %y f; touch -t 1x f; echo $?; touch -d 'garbage x' f; echo $?; touch -r nowhere f; echo $?; touch; echo $?
    expect(await sh("touch -t 2001010100.30 f; stat -c %y f; touch -t 1x f; echo $?; touch -d 'garbage x' f; echo $?; touch -r nowhere f; echo $?; touch; echo $?")).toEqual({ stdout: "2020-01-01 01:00:30.000000000 +0000\n1\n1\n1\n1\n", stderr: "touch: invalid date format ‘1x’\ntouch: invalid date format ‘garbage x’\ntouch: failed to get attributes of 'nowhere': No such file or directory\ntouch: missing file operand\nTry 'touch --help' for more information.\n", status: 0 });
    // $ touch -d '2001-01-01 12:00' r; touch -a -d '2002-02-02 12:00' r; touch -r r f; stat -c '%x|%y' f; touch -r r -d '+1 day' g; stat -c '%x|%y' g
    expect(await sh("touch -d '2001-01-01 12:00' r; touch -a -d '2002-02-02 12:00' r; touch -r r f; stat -c '%x|%y' f; touch -r r -d '+1 day' g; stat -c '%x|%y' g")).toEqual({ stdout: "2002-02-02 12:00:00.000000000 +0000|2001-01-01 12:00:00.000000000 +0000\n2002-02-03 12:00:00.000000000 +0000|2001-01-02 12:00:00.000000000 +0000\n", stderr: "", status: 0 });
    // $ touch -d 2001-01-01 x; ln -s x lx; touch -d 2003-03-03 -h lx; touch -h -r lx y; echo $?; touch -r lx z; stat -c %y z
    expect(await sh("touch -d 2001-01-01 x; ln -s x lx; touch -d 2003-03-03 -h lx; touch -h -r lx y; echo $?; touch -r lx z; stat -c %y z")).toEqual({ stdout: "1\n2001-01-01 00:00:00.000000000 +0000\n", stderr: "touch: setting times of 'y': No such file or directory\n", status: 0 });
  });

  test("'-' is standard output; a failed open is reported as such, a failed time change as \"setting times\"", async () => {
    // $ touch -d 2001-01-01 - > out; stat -c %y out; touch - >&-; echo $?; touch -c - >&-; echo $?; ls
    expect(await sh("touch -d 2001-01-01 - > out; stat -c %y out; touch - >&-; echo $?; touch -c - >&-; echo $?; ls")).toEqual({ stdout: "2001-01-01 00:00:00.000000000 +0000\n1\n0\nout\n", stderr: "touch: setting times of '-': Bad file descriptor\n", status: 0 });
    // $ touch newfile/; echo $?; touch f; touch f/; echo $?; touch -c d/; echo $?; mkdir d; touch d/; echo $?; ls
    expect(await sh("touch newfile/; echo $?; touch f; touch f/; echo $?; touch -c d/; echo $?; mkdir d; touch d/; echo $?; ls")).toEqual({ stdout: "1\n1\n0\n0\nd\nf\n", stderr: "touch: setting times of 'newfile/': No such file or directory\ntouch: setting times of 'f/': Not a directory\n", status: 0 });
    // $ mkdir d; touch d nodir/x; echo $?; touch -c nodir/x; echo $?
    expect(await sh("mkdir d; touch d nodir/x; echo $?; touch -c nodir/x; echo $?")).toEqual({ stdout: "1\n0\n", stderr: "touch: cannot touch 'nodir/x': No such file or directory\n", status: 0 });
    // $ touch /etc/hostname; echo $?; touch -c /etc/hostname; echo $?; touch -a /etc/hostname; echo $?; touch -h /etc/hostname; echo $?   (as a user other than root)
    expect(await sh("touch /etc/hostname; echo $?; touch -c /etc/hostname; echo $?; touch -a /etc/hostname; echo $?; touch -h /etc/hostname; echo $?")).toEqual({ stdout: "1\n1\n1\n1\n", stderr: "touch: cannot touch '/etc/hostname': Permission denied\ntouch: setting times of '/etc/hostname': Permission denied\ntouch: cannot touch '/etc/hostname': Permission denied\ntouch: setting times of '/etc/hostname': Permission denied\n", status: 0 });
    // $ touch /dev/null; echo $?; touch -a /dev/null; echo $?; touch -d 2001-01-01 /dev/null; echo $?; touch -c -m /dev/null; echo $?   (as a user other than root)
    expect(await sh("touch /dev/null; echo $?; touch -a /dev/null; echo $?; touch -d 2001-01-01 /dev/null; echo $?; touch -c -m /dev/null; echo $?")).toEqual({ stdout: "0\n1\n1\n1\n", stderr: "touch: setting times of '/dev/null': Operation not permitted\ntouch: setting times of '/dev/null': Operation not permitted\ntouch: setting times of '/dev/null': Operation not permitted\n", status: 0 });
  });
});
