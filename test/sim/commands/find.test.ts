// find: expected outputs recorded from GNU findutils 4.9 (the command is in each comment).
// Directory order differs between ext4 and the playground, so outputs are sorted or directories
// hold one entry.
import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

describe("find", () => {

  test("prints every file below the starting points, the current directory by default", async () => {
    // $ mkdir -p d/e; touch d/f d/e/g; find d | sort; cd d/e; find; find . g
    expect(await sh("mkdir -p d/e; touch d/f d/e/g; find d | sort; cd d/e; find; find . g")).toEqual({
      stdout: "d\nd/e\nd/e/g\nd/f\n.\n./g\n.\n./g\ng\n",
      stderr: "",
      status: 0,
    });
  });

  test("-name, -iname, -path and -ipath use shell patterns", async () => {
    // $ mkdir -p d/e; touch d/f.txt d/F.TXT d/e/g.txt; find d -name "*.txt" | sort; find d -iname "f.*" | sort; find d -path "d/e*" | sort; find d -ipath "D/E/*"; find d -name "[fg]*" | sort
    expect(await sh("mkdir -p d/e; touch d/f.txt d/F.TXT d/e/g.txt; find d -name \"*.txt\" | sort; find d -iname \"f.*\" | sort; find d -path \"d/e*\" | sort; find d -ipath \"D/E/*\"; find d -name \"[fg]*\" | sort")).toEqual({
      stdout: "d/e/g.txt\nd/f.txt\nd/F.TXT\nd/f.txt\nd/e\nd/e/g.txt\nd/e/g.txt\nd/e/g.txt\nd/f.txt\n",
      stderr: "",
      status: 0,
    });
  });

  test("-type, -empty and -size", async () => {
    // $ mkdir -p d/e d/g; echo hi > d/f; touch d/e/x; printf "%2000s" > d/big; ln -s f d/l; find d -type d | sort; find d -type f,l | sort; find d -empty | sort; find d -size -1k | sort; find d -size 4; find d -size 2000c; find d -size +3 | sort; find d -size 1k
    expect(await sh("mkdir -p d/e d/g; echo hi > d/f; touch d/e/x; printf \"%2000s\" > d/big; ln -s f d/l; find d -type d | sort; find d -type f,l | sort; find d -empty | sort; find d -size -1k | sort; find d -size 4; find d -size 2000c; find d -size +3 | sort; find d -size 1k")).toEqual({
      stdout: "d\nd/e\nd/g\nd/big\nd/e/x\nd/f\nd/l\nd/e/x\nd/g\nd/e/x\nd/big\nd/big\nd\nd/big\nd/e\nd/g\nd/f\nd/l\n",
      stderr: "",
      status: 0,
    });
  });

  test("-maxdepth, -mindepth and -depth", async () => {
    // $ mkdir -p d/e/f; find d -maxdepth 1; find d -mindepth 2; find d -depth; find d -maxdepth 0
    expect(await sh("mkdir -p d/e/f; find d -maxdepth 1; find d -mindepth 2; find d -depth; find d -maxdepth 0")).toEqual({
      stdout: "d\nd/e\nd/e/f\nd/e/f\nd/e\nd\nd\n",
      stderr: "",
      status: 0,
    });
  });

  test("operators: implicit and, -o, !, parentheses and the comma", async () => {
    // $ mkdir d; touch d/a d/b d/c; find d -name a -o -name b | sort; find d ! -name a -type f | sort; find d -not \( -name a -o -name b \) -type f; find d -name a -print , -name b -print | sort; find d -name a -o -name b -print
    expect(await sh("mkdir d; touch d/a d/b d/c; find d -name a -o -name b | sort; find d ! -name a -type f | sort; find d -not \\( -name a -o -name b \\) -type f; find d -name a -print , -name b -print | sort; find d -name a -o -name b -print")).toEqual({
      stdout: "d/a\nd/b\nd/b\nd/c\nd/c\nd/a\nd/b\nd/b\n",
      stderr: "",
      status: 0,
    });
  });

  test("-prune and -quit", async () => {
    // $ mkdir -p d/e/x d/f; find d -name e -prune -o -print | sort; mkdir q; touch q/1; find q -quit; find q -name 1 -quit -o -print
    expect(await sh("mkdir -p d/e/x d/f; find d -name e -prune -o -print | sort; mkdir q; touch q/1; find q -quit; find q -name 1 -quit -o -print")).toEqual({
      stdout: "d\nd/f\nq\n",
      stderr: "",
      status: 0,
    });
  });

  test("-perm, -user, -group, -links and -newer", async () => {
    // $ mkdir -p d/e; touch d/f; chmod 644 d/f; chmod 700 d/e; find d -perm 644; find d -perm -u+x | sort; find d -perm /o+w; find d -perm -g=r; touch -d 2020-01-01 d/old; find d -newer d/old | sort; find d -links 3; find d -uid 1000 -name f
    expect(await sh("mkdir -p d/e; touch d/f; chmod 644 d/f; chmod 700 d/e; find d -perm 644; find d -perm -u+x | sort; find d -perm /o+w; find d -perm -g=r; touch -d 2020-01-01 d/old; find d -newer d/old | sort; find d -links 3; find d -uid 1000 -name f")).toEqual({
      stdout: "d/f\nd\nd/e\nd\nd/f\nd\nd/e\nd/f\nd\nd/f\n",
      stderr: "",
      status: 0,
    });
  });

  test("-mtime, -mmin and -daystart", async () => {
    // $ mkdir d; touch -d "-3 days" d/old; touch d/new; find d -mtime +1; find d -mtime -1 | sort; find d -mmin -5 | sort; find d -daystart -mtime 0 -type f
    expect(await sh("mkdir d; touch -d \"-3 days\" d/old; touch d/new; find d -mtime +1; find d -mtime -1 | sort; find d -mmin -5 | sort; find d -daystart -mtime 0 -type f")).toEqual({
      stdout: "d/old\nd\nd/new\nd\nd/new\nd/new\n",
      stderr: "",
      status: 0,
    });
  });

  test("symlinks: -P by default, -L and -H follow, -xtype", async () => {
    // $ mkdir -p d/e; touch d/f; ln -s f d/l; ln -s nowhere d/bad; find d -type l | sort; find -L d -type l; find d -xtype l; find -L d -name l -printf "%y %Y\n"; find d -name bad -printf "%y %Y\n"; ln -s .. d/e/up; find -L d 2>&1 | sort
    expect(await sh("mkdir -p d/e; touch d/f; ln -s f d/l; ln -s nowhere d/bad; find d -type l | sort; find -L d -type l; find d -xtype l; find -L d -name l -printf \"%y %Y\\n\"; find d -name bad -printf \"%y %Y\\n\"; ln -s .. d/e/up; find -L d 2>&1 | sort")).toEqual({
      stdout: "d/bad\nd/l\nd/bad\nd/bad\nf f\nl N\nd\nd/bad\nd/e\nd/f\nd/l\nfind: File system loop detected; ‘d/e/up’ is part of the same file system loop as ‘d’.\n",
      stderr: "",
      status: 0,
    });
  });

  test("-print0, -printf and -ls", async () => {
    // $ mkdir -p d/e; echo hello > d/e/f; ln -s f d/e/l; find d/e -name f -print0 | od -c; find d -name f -printf "%p|%f|%h|%P|%H|%d|%s|%k|%b|%m|%M|%u|%U|%g|%G|%n|%y|%l|\n"; find d/e/l -printf "%y %Y %l %p\n"; find / d/ d//e -maxdepth 0 -printf "%h|%f|%p\n"; find d/e -name f -printf "%5s|%-5s|%.2p|%#m\n"
    expect(await sh("mkdir -p d/e; echo hello > d/e/f; ln -s f d/e/l; find d/e -name f -print0 | od -c; find d -name f -printf \"%p|%f|%h|%P|%H|%d|%s|%k|%b|%m|%M|%u|%U|%g|%G|%n|%y|%l|\\n\"; find d/e/l -printf \"%y %Y %l %p\\n\"; find / d/ d//e -maxdepth 0 -printf \"%h|%f|%p\\n\"; find d/e -name f -printf \"%5s|%-5s|%.2p|%#m\\n\"")).toEqual({
      stdout: "0000000   d   /   e   /   f  \\0\n0000006\nd/e/f|f|d/e|e/f|d|2|6|4|8|644|-rw-r--r--|student|1000|student|1000|1|f||\nl f f d/e/l\n|/|/\nd|d/|d/\nd/|e|d//e\n    6|6    |d/|0644\n",
      stderr: "",
      status: 0,
    });
  });

  test("-printf times", async () => {
    // $ touch -d "2026-01-05 03:04:05.5" f; find f -printf "%t|%TY-%Tm-%Td %TH:%TM:%TS|%T@|%Tk|%TT|%TD|%Ta %Tb %TZ|%AS|%A+|%Ap|%Ar|%Aj|%As|%Ae|%AB|%AA|%Az|\n"
    expect(await sh("touch -d \"2026-01-05 03:04:05.5\" f; find f -printf \"%t|%TY-%Tm-%Td %TH:%TM:%TS|%T@|%Tk|%TT|%TD|%Ta %Tb %TZ|%AS|%A+|%Ap|%Ar|%Aj|%As|%Ae|%AB|%AA|%Az|\\n\"")).toEqual({
      stdout: "Mon Jan  5 03:04:05.5000000000 2026|2026-01-05 03:04:05.5000000000|1767582245.5000000000| 3|03:04:05.5000000000|01/05/26|Mon Jan UTC|05.5000000000|2026-01-05+03:04:05.5000000000|AM|03:04:05 AM|005|1767582245| 5|January|Monday|+0000|\n",
      stderr: "",
      status: 0,
    });
  });

  test("-printf escapes and warnings", async () => {
    // $ touch f; find f -printf "\t|\\|\0|\101|%%|%z|\q|\n" | od -c; find f -printf "a\cb\n"; echo
    expect(await sh("touch f; find f -printf \"\\t|\\\\|\\0|\\101|%%|%z|\\q|\\n\" | od -c; find f -printf \"a\\cb\\n\"; echo")).toEqual({
      stdout: "0000000  \\t   |   \\   |  \\0   |   A   |   %   |   %   z   |   \\   q   |\n0000020  \\n\n0000021\na\n",
      stderr: "find: warning: unrecognized escape `\\|'\nfind: warning: unrecognized format directive `%z'\nfind: warning: unrecognized escape `\\q'\n",
      status: 0,
    });
  });

  test("-exec with ; and +", async () => {
    // $ mkdir d; touch d/f; find d -name f -exec echo "<{}>" "a{}b" \;; find d -exec echo {} + ; find d -name f -exec false \; ; echo $?; find d -name f -exec false {} + ; echo $?; find d -name f -exec nosuch {} \; ; echo $?; find d -name f -exec nosuch {} + ; echo $?
    expect(await sh("mkdir d; touch d/f; find d -name f -exec echo \"<{}>\" \"a{}b\" \\;; find d -exec echo {} + ; find d -name f -exec false \\; ; echo $?; find d -name f -exec false {} + ; echo $?; find d -name f -exec nosuch {} \\; ; echo $?; find d -name f -exec nosuch {} + ; echo $?")).toEqual({
      stdout: "<d/f> ad/fb\nd d/f\n0\n1\n0\n1\n",
      stderr: "find: ‘nosuch’: No such file or directory\nfind: ‘nosuch’: No such file or directory\n",
      status: 0,
    });
  });

  test("-execdir runs in the file\\'s directory, -ok asks first", async () => {
    // $ mkdir -p d/e; touch d/e/f; find d -name f -execdir echo {} \; ; find d -name f -execdir pwd \; ; find d -name f -ok echo {} \; < /dev/null; echo y | find d -name f -ok echo found {} \;
    expect(await sh("mkdir -p d/e; touch d/e/f; find d -name f -execdir echo {} \\; ; find d -name f -execdir pwd \\; ; find d -name f -ok echo {} \\; < /dev/null; echo y | find d -name f -ok echo found {} \\;")).toEqual({
      stdout: "./f\n/home/student/d/e\nfound d/e/f\n",
      stderr: "< echo ... d/e/f > ? < echo ... d/e/f > ? ",
      status: 0,
    });
  });

  test("-delete removes files and empty directories, deepest first", async () => {
    // $ mkdir -p d/e/f; touch d/e/f/x d/y; find d/e -delete; ls d; mkdir -p h/i; find h -name h -delete; echo $?; find d -delete -print
    expect(await sh("mkdir -p d/e/f; touch d/e/f/x d/y; find d/e -delete; ls d; mkdir -p h/i; find h -name h -delete; echo $?; find d -delete -print")).toEqual({
      stdout: "y\n1\nd/y\nd\n",
      stderr: "find: cannot delete ‘h’: Directory not empty\n",
      status: 0,
    });
  });

  test("-fprint writes to a file", async () => {
    // $ mkdir d; touch d/f; find d -name f -fprint out; cat out; find d -fprint /etc/x; echo $?
    expect(await sh("mkdir d; touch d/f; find d -name f -fprint out; cat out; find d -fprint /etc/x; echo $?")).toEqual({
      stdout: "d/f\n1\n",
      stderr: "find: ‘/etc/x’: Permission denied\n",
      status: 0,
    });
  });

  test("-regex matches the whole path (Emacs syntax by default)", async () => {
    // $ mkdir -p d/e; touch d/f d/e/abc.txt d/Foo; find d -regex ".*f"; find d -regex ".*\(f\|o\)" | sort; find d -iregex ".*foo"; find d -regex "d/e/[a-c]*\.txt"; find d -regextype posix-extended -regex "d/(e|f)" | sort
    expect(await sh("mkdir -p d/e; touch d/f d/e/abc.txt d/Foo; find d -regex \".*f\"; find d -regex \".*\\(f\\|o\\)\" | sort; find d -iregex \".*foo\"; find d -regex \"d/e/[a-c]*\\.txt\"; find d -regextype posix-extended -regex \"d/(e|f)\" | sort")).toEqual({
      stdout: "d/f\nd/Foo\nd/f\nd/Foo\nd/e/abc.txt\nd/e\nd/f\n",
      stderr: "",
      status: 0,
    });
  });

  test("nonexistent and unreadable starting points", async () => {
    // $ mkdir -p d/x; chmod 000 d/x; find nope "a b" d; echo $?; chmod 755 d/x
    expect(await sh("mkdir -p d/x; chmod 000 d/x; find nope \"a b\" d; echo $?; chmod 755 d/x")).toEqual({
      stdout: "d\nd/x\n1\n",
      stderr: "find: ‘nope’: No such file or directory\nfind: ‘a b’: No such file or directory\nfind: ‘d/x’: Permission denied\n",
      status: 0,
    });
  });

  test("--help is read where an expression may start", async () => {
    // $ find . --help | head -1; find -L --help | head -1; find . -name --help; find --he; echo $?
    expect(await sh("find . --help | head -1; find -L --help | head -1; find . -name --help; find --he; echo $?")).toEqual({
      stdout: "Usage: find [-H] [-L] [-P] [-Olevel] [-D debugopts] [path...] [expression]\nUsage: find [-H] [-L] [-P] [-Olevel] [-D debugopts] [path...] [expression]\n1\n",
      stderr: "find: unknown predicate `--he'\n",
      status: 0,
    });
  });

  test("expression errors", async () => {
    // $ find . -name; echo $?; find . -foo; echo $?; find . -name f x; echo $?; find -o; echo $?; find . \( -name f; echo $?; find . -name f \); echo $?; find . \( \); echo $?; find . !; echo $?; find . -name f -o; echo $?
    expect(await sh("find . -name; echo $?; find . -foo; echo $?; find . -name f x; echo $?; find -o; echo $?; find . \\( -name f; echo $?; find . -name f \\); echo $?; find . \\( \\); echo $?; find . !; echo $?; find . -name f -o; echo $?")).toEqual({
      stdout: "1\n1\n1\n1\n1\n1\n1\n1\n1\n",
      stderr: "find: missing argument to `-name'\nfind: unknown predicate `-foo'\nfind: paths must precede expression: `x'\nfind: invalid expression; you have used a binary operator '-o' with nothing before it.\nfind: invalid expression; I was expecting to find a ')' somewhere but did not see one.\nfind: you have too many ')'\nfind: invalid expression; empty parentheses are not allowed.\nfind: expected an expression after '!'\nfind: expected an expression after '-o'\n",
      status: 0,
    });
  });

  test("argument errors", async () => {
    // $ find . -type z; find . -type ff; find . -type f,f; find . -maxdepth x; find . -mtime x; find . -size 5q; find . -perm 999; find . -user nobodyx; find . -newer nope; find . -exec echo {}; find . -exec echo {} {} +; find . -regextype foo; echo $?
    expect(await sh("find . -type z; find . -type ff; find . -type f,f; find . -maxdepth x; find . -mtime x; find . -size 5q; find . -perm 999; find . -user nobodyx; find . -newer nope; find . -exec echo {}; find . -exec echo {} {} +; find . -regextype foo; echo $?")).toEqual({
      stdout: "1\n",
      stderr: "find: Unknown argument to -type: z\nfind: Must separate multiple arguments to -type using: ','\nfind: Duplicate file type 'f' in the argument list to -type.\nfind: Expected a positive decimal integer argument to -maxdepth, but got ‘x’\nfind: invalid argument `x' to `-mtime'\nfind: invalid -size type `q'\nfind: invalid mode ‘999’\nfind: ‘nobodyx’ is not the name of a known user\nfind: ‘nope’: No such file or directory\nfind: missing argument to `-exec'\nfind: Only one instance of {} is supported with -exec ... +\nfind: Unknown regular expression type ‘foo’; valid types are ‘findutils-default’, ‘ed’, ‘emacs’, ‘gnu-awk’, ‘grep’, ‘posix-awk’, ‘awk’, ‘posix-basic’, ‘posix-egrep’, ‘egrep’, ‘posix-extended’, ‘posix-minimal-basic’, ‘sed’.\n",
      status: 0,
    });
  });
});
