// du: expected outputs recorded from GNU coreutils 9.1 on ext4 (the command is in each comment);
// directories hold one entry each, or the output is sorted, since readdir order differs.
import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

describe("du", () => {

  test("sizes in 1K blocks as ext4 allocates them, directories after their contents", async () => {
    // $ mkdir -p d/e/f; printf "%5000s" x > d/e/f/big; du d; du -a d; du -s d; du -sh d
    expect(await sh("mkdir -p d/e/f; printf \"%5000s\" x > d/e/f/big; du d; du -a d; du -s d; du -sh d")).toEqual({
      stdout: "12\td/e/f\n16\td/e\n20\td\n8\td/e/f/big\n12\td/e/f\n16\td/e\n20\td\n20\td\n20K\td\n",
      stderr: "",
      status: 0,
    });
  });

  test("-a, -c, -d and --max-depth", async () => {
    // $ mkdir -p d/e; echo hi > d/e/small; du -a d; du -c d; du -d 1 d; du --max-depth=0 d; du -ac d/e/small d
    expect(await sh("mkdir -p d/e; echo hi > d/e/small; du -a d; du -c d; du -d 1 d; du --max-depth=0 d; du -ac d/e/small d")).toEqual({
      stdout: "4\td/e/small\n8\td/e\n12\td\n8\td/e\n12\td\n12\ttotal\n8\td/e\n12\td\n12\td\n4\td/e/small\n4\td/e\n8\td\n12\ttotal\n",
      stderr: "",
      status: 0,
    });
  });

  test("--apparent-size, -b, -k, -m, -h and --si", async () => {
    // $ mkdir -p d/e; printf "%5000s" x > d/e/big; du --apparent-size d; du -b d; du -k d; du -m d; du -h --apparent-size -a d; du -s --si d
    expect(await sh("mkdir -p d/e; printf \"%5000s\" x > d/e/big; du --apparent-size d; du -b d; du -k d; du -m d; du -h --apparent-size -a d; du -s --si d")).toEqual({
      stdout: "9\td/e\n13\td\n9096\td/e\n13192\td\n12\td/e\n16\td\n1\td/e\n1\td\n4.9K\td/e/big\n8.9K\td/e\n13K\td\n17k\td\n",
      stderr: "",
      status: 0,
    });
  });

  test("--inodes and -S", async () => {
    // $ mkdir -p d/e; touch d/e/a; printf "%5000s" > d/b; du --inodes d | sort; du -S d | sort
    expect(await sh("mkdir -p d/e; touch d/e/a; printf \"%5000s\" > d/b; du --inodes d | sort; du -S d | sort")).toEqual({
      stdout: "2\td/e\n4\td\n12\td\n4\td/e\n",
      stderr: "",
      status: 0,
    });
  });

  test("a file counts once, also when given twice or hard linked", async () => {
    // $ mkdir d; printf "%5000s" x > d/a; ln d/a d/b; du -a d | wc -l; du d; du -la d | sort; du d d; du -c d d/a
    expect(await sh("mkdir d; printf \"%5000s\" x > d/a; ln d/a d/b; du -a d | wc -l; du d; du -la d | sort; du d d; du -c d d/a")).toEqual({
      stdout: "2\n12\td\n20\td\n8\td/a\n8\td/b\n12\td\n12\td\n12\ttotal\n",
      stderr: "",
      status: 0,
    });
  });

  test("symlinks count as themselves unless -L", async () => {
    // $ mkdir d; printf "%5000s" x > big; ln -s ../big d/l; du -a d | sort; du -L d; du -D d/l; du d/l
    expect(await sh("mkdir d; printf \"%5000s\" x > big; ln -s ../big d/l; du -a d | sort; du -L d; du -D d/l; du d/l")).toEqual({
      stdout: "0\td/l\n4\td\n12\td\n8\td/l\n0\td/l\n",
      stderr: "",
      status: 0,
    });
  });

  test("-t threshold and --exclude", async () => {
    // $ mkdir -p d/e; printf "%9000s" > d/e/big; mkdir d/x; du -t 10k d | sort; du -t -10k d | sort; du --exclude=e d | sort; du --exclude="d/x" d | sort
    expect(await sh("mkdir -p d/e; printf \"%9000s\" > d/e/big; mkdir d/x; du -t 10k d | sort; du -t -10k d | sort; du --exclude=e d | sort; du --exclude=\"d/x\" d | sort")).toEqual({
      stdout: "16\td/e\n24\td\n4\td/x\n4\td/x\n8\td\n16\td/e\n20\td\n",
      stderr: "",
      status: 0,
    });
  });

  test("-L counts a directory reached twice once", async () => {
    // $ mkdir -p d/e; ln -s .. d/e/up; du -L d; echo $?
    expect(await sh("mkdir -p d/e; ln -s .. d/e/up; du -L d; echo $?")).toEqual({
      stdout: "4\td/e\n8\td\n0\n",
      stderr: "",
      status: 0,
    });
  });

  test("errors", async () => {
    // $ du nope; echo $?; du -s -d 1 .; echo $?; du -s -d 0 . >/dev/null; echo $?; du --max-depth=x .; echo $?
    expect(await sh("du nope; echo $?; du -s -d 1 .; echo $?; du -s -d 0 . >/dev/null; echo $?; du --max-depth=x .; echo $?")).toEqual({
      stdout: "1\n1\n0\n1\n",
      stderr: "du: cannot access 'nope': No such file or directory\ndu: warning: summarizing conflicts with --max-depth=1\nTry 'du --help' for more information.\ndu: warning: summarizing is the same as using --max-depth=0\ndu: invalid maximum depth ‘x’\nTry 'du --help' for more information.\n",
      status: 0,
    });
  });

  test("an unreadable directory", async () => {
    // $ mkdir -p d/x; chmod 000 d/x; du d; echo $?; chmod 755 d/x
    expect(await sh("mkdir -p d/x; chmod 000 d/x; du d; echo $?; chmod 755 d/x")).toEqual({
      stdout: "4\td/x\n8\td\n1\n",
      stderr: "du: cannot read directory 'd/x': Permission denied\n",
      status: 0,
    });
  });

  test("-0 ends lines with NUL", async () => {
    // $ mkdir d; du -0 d | od -c
    expect(await sh("mkdir d; du -0 d | od -c")).toEqual({
      stdout: "0000000   4  \\t   d  \\0\n0000004\n",
      stderr: "",
      status: 0,
    });
  });
});
