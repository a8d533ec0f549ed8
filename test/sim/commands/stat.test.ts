// stat: expected outputs recorded from GNU coreutils 9.1 (the command is in each comment). The
// default layout is checked field by field against GNU; its device, inode numbers and clock are
// the simulated machine's (see df-filesystem.ts).
import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

describe("stat", () => {

  test("the default layout (the simulated disk: device 0,29, no birth times)", async () => {
    // $ echo hello > f; mkdir d; ln -s f l; stat f d l /dev/null | grep -v Inode
    expect(await sh("echo hello > f; mkdir d; ln -s f l; stat f d l /dev/null | grep -v Inode")).toEqual({
      stdout: "  File: f\n  Size: 6         \tBlocks: 8          IO Block: 4096   regular file\nAccess: (0644/-rw-r--r--)  Uid: ( 1000/ student)   Gid: ( 1000/ student)\nAccess: 2026-11-25 10:00:00.000000000 +0000\nModify: 2026-11-25 10:00:00.000000000 +0000\nChange: 2026-11-25 10:00:00.000000000 +0000\n Birth: -\n  File: d\n  Size: 4096      \tBlocks: 8          IO Block: 4096   directory\nAccess: (0755/drwxr-xr-x)  Uid: ( 1000/ student)   Gid: ( 1000/ student)\nAccess: 2026-11-25 10:00:00.000000000 +0000\nModify: 2026-11-25 10:00:00.000000000 +0000\nChange: 2026-11-25 10:00:00.000000000 +0000\n Birth: -\n  File: l -> f\n  Size: 1         \tBlocks: 0          IO Block: 4096   symbolic link\nAccess: (0777/lrwxrwxrwx)  Uid: ( 1000/ student)   Gid: ( 1000/ student)\nAccess: 2026-11-25 10:00:00.000550000 +0000\nModify: 2026-11-25 10:00:00.000550000 +0000\nChange: 2026-11-25 10:00:00.000550000 +0000\n Birth: -\n  File: /dev/null\n  Size: 0         \tBlocks: 0          IO Block: 4096   character special file\nAccess: (0666/crw-rw-rw-)  Uid: (    0/    root)   Gid: (    0/    root)\nAccess: 2026-11-25 10:00:00.000000000 +0000\nModify: 2026-11-25 10:00:00.000000000 +0000\nChange: 2026-11-25 10:00:00.000000000 +0000\n Birth: -\n",
      stderr: "",
      status: 0,
    });
  });

  test("--terse and -f (one tmpfs-like filesystem whose size is the quota)", async () => {
    // $ touch f; stat -t f | cut -d" " -f1-7,9-; stat -c "%w|%W|%d|%D|%m" f; stat -f -c "%n %l %t %s %S %b %T" .
    expect(await sh("touch f; stat -t f | cut -d\" \" -f1-7,9-; stat -c \"%w|%W|%d|%D|%m\" f; stat -f -c \"%n %l %t %s %S %b %T\" .")).toEqual({
      stdout: "f 0 0 81a4 1000 1000 1d 1 0 0 1795600800 1795600800 1795600800 0 4096\n-|0|29|1d|/\n. 255 1021994 4096 4096 16384 tmpfs\n",
      stderr: "",
      status: 0,
    });
  });

  test("-c with the file directives", async () => {
    // $ echo hello > f; mkdir d; ln -s f l; mkfifo p 2>/dev/null || true; stat -c "%n %s %a %A %U %G %u %g %h %F %b %B %o" f d l /dev/null
    expect(await sh("echo hello > f; mkdir d; ln -s f l; mkfifo p 2>/dev/null || true; stat -c \"%n %s %a %A %U %G %u %g %h %F %b %B %o\" f d l /dev/null")).toEqual({
      stdout: "f 6 644 -rw-r--r-- student student 1000 1000 1 regular file 8 512 4096\nd 4096 755 drwxr-xr-x student student 1000 1000 2 directory 8 512 4096\nl 1 777 lrwxrwxrwx student student 1000 1000 1 symbolic link 0 512 4096\n/dev/null 0 666 crw-rw-rw- root root 0 0 1 character special file 0 512 4096\n",
      stderr: "",
      status: 0,
    });
  });

  test("-c times from a fixed timestamp", async () => {
    // $ touch -d "2026-01-05 03:04:05.5" f; stat -c "%y|%Y|%x|%X" f; stat -c "%.3Y %.9X %.Y %5.2Y %10Y %-12Yx %.0Y" f
    expect(await sh("touch -d \"2026-01-05 03:04:05.5\" f; stat -c \"%y|%Y|%x|%X\" f; stat -c \"%.3Y %.9X %.Y %5.2Y %10Y %-12Yx %.0Y\" f")).toEqual({
      stdout: "2026-01-05 03:04:05.500000000 +0000|1767582245|2026-01-05 03:04:05.500000000 +0000|1767582245\n1767582245.500 1767582245.500000000 1767582245.500000000 1767582245.50 1767582245 1767582245  x 1767582245\n",
      stderr: "",
      status: 0,
    });
  });

  test("%N quotes names and shows symlink targets", async () => {
    // $ touch "a b" "it's"; ln -s "a b" "c d"; stat -c %N "a b" "it's" "c d"; stat -c "%N|%n" "c d"
    expect(await sh("touch \"a b\" \"it's\"; ln -s \"a b\" \"c d\"; stat -c %N \"a b\" \"it's\" \"c d\"; stat -c \"%N|%n\" \"c d\"")).toEqual({
      stdout: "'a b'\n\"it's\"\n'c d' -> 'a b'\n'c d' -> 'a b'|c d\n",
      stderr: "",
      status: 0,
    });
  });

  test("flags, width and precision", async () => {
    // $ echo hello > f; stat -c "%-8s|%08s|%+5s|%.3n|%05a|%#a|%#o|%-#8f|%x" f | cut -d"|" -f1-8
    expect(await sh("echo hello > f; stat -c \"%-8s|%08s|%+5s|%.3n|%05a|%#a|%#o|%-#8f|%x\" f | cut -d\"|\" -f1-8")).toEqual({
      stdout: "6       |00000006|   +6|f|00644|0644|4096|0x81a4  \n",
      stderr: "",
      status: 0,
    });
  });

  test("-L follows symlinks", async () => {
    // $ echo hello > f; ln -s f l; stat -L -c "%n %F %s" l; stat -c "%n %F %s" l; ln -s nowhere bad; stat -L bad; echo $?
    expect(await sh("echo hello > f; ln -s f l; stat -L -c \"%n %F %s\" l; stat -c \"%n %F %s\" l; ln -s nowhere bad; stat -L bad; echo $?")).toEqual({
      stdout: "l regular file 6\nl symbolic link 1\n1\n",
      stderr: "stat: cannot statx 'bad': No such file or directory\n",
      status: 0,
    });
  });

  test("--printf interprets escapes and adds no newline", async () => {
    // $ echo hello > f; stat --printf "%n\t%s\n" f; stat --printf="\x41\101\\\"\n" f; stat --printf "\q\n" f
    expect(await sh("echo hello > f; stat --printf \"%n\\t%s\\n\" f; stat --printf=\"\\x41\\101\\\\\\\"\\n\" f; stat --printf \"\\q\\n\" f")).toEqual({
      stdout: "f\t6\nAA\"\nq\n",
      stderr: "stat: warning: unrecognized escape '\\q'\n",
      status: 0,
    });
  });

  test("%% and unknown directives", async () => {
    // $ touch f; stat -c "%%|%q|%j" f; stat -c "%%%" f; stat -c "%5%" f; echo $?
    expect(await sh("touch f; stat -c \"%%|%q|%j\" f; stat -c \"%%%\" f; stat -c \"%5%\" f; echo $?")).toEqual({
      stdout: "%|?|?\n%%\n1\n",
      stderr: "stat: ‘%5%’: invalid directive\n",
      status: 0,
    });
  });

  test("device numbers of character devices", async () => {
    // $ stat -c "%F %t %T %Hr %Lr %r %R" /dev/null /dev/zero /dev/tty
    expect(await sh("stat -c \"%F %t %T %Hr %Lr %r %R\" /dev/null /dev/zero /dev/tty")).toEqual({
      stdout: "character special file 1 3 1 3 259 103\ncharacter special file 1 5 1 5 261 105\ncharacter special file 5 0 5 0 1280 500\n",
      stderr: "",
      status: 0,
    });
  });

  test("- is standard input: a file, or a pipe", async () => {
    // $ echo hi > f; stat -c "%n %s %F" - < f; cat f | stat -c "%F %a %U %s" -
    expect(await sh("echo hi > f; stat -c \"%n %s %F\" - < f; cat f | stat -c \"%F %a %U %s\" -")).toEqual({
      stdout: "- 3 regular file\nfifo 600 student 0\n",
      stderr: "",
      status: 0,
    });
  });

  test("errors", async () => {
    // $ stat nope; echo $?; stat; echo $?; stat ""; echo $?; stat --cached=x f; echo $?
    expect(await sh("stat nope; echo $?; stat; echo $?; stat \"\"; echo $?; stat --cached=x f; echo $?")).toEqual({
      stdout: "1\n1\n1\n1\n",
      stderr: "stat: cannot statx 'nope': No such file or directory\nstat: missing operand\nTry 'stat --help' for more information.\nstat: cannot statx '': No such file or directory\nstat: invalid argument ‘x’ for ‘--cached’\nValid arguments are:\n  - ‘default’\n  - ‘never’\n  - ‘always’\nTry 'stat --help' for more information.\n",
      status: 0,
    });
  });
});
