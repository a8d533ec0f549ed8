// ls: expected outputs recorded from GNU coreutils 9.1 with Debian's LS_COLORS (the command is in
// each comment). Output to a pipe: one name per line and no quoting unless asked for.
import { afterEach, describe, expect, test } from 'vitest';
import { TerminalSession } from '../../support/session.ts';
import { sh } from '../../support/world.ts';

describe("ls", () => {

  test("one name per line into a pipe; -a, -A", async () => {
    // $ mkdir -p d/sub; echo hello > d/f; chmod +x d/f; ln -s f d/l; ln -s nowhere d/bad; touch "d/a b" d/.hidden d/z.tar; ls d; ls -a d; ls -A d
    expect(await sh("mkdir -p d/sub; echo hello > d/f; chmod +x d/f; ln -s f d/l; ln -s nowhere d/bad; touch \"d/a b\" d/.hidden d/z.tar; ls d; ls -a d; ls -A d")).toEqual({
      stdout: "a b\nbad\nf\nl\nsub\nz.tar\n.\n..\n.hidden\na b\nbad\nf\nl\nsub\nz.tar\n.hidden\na b\nbad\nf\nl\nsub\nz.tar\n",
      stderr: "",
      status: 0,
    });
  });

  test("-C, -x and -m lay names out for 80 columns (or COLUMNS, or -w)", async () => {
    // $ mkdir -p d/sub; echo hello > d/f; chmod +x d/f; ln -s f d/l; ln -s nowhere d/bad; touch "d/a b" d/.hidden d/z.tar; ls -C d; ls -x d; ls -m d; ls -w 20 -C d; COLUMNS=30 ls -C d; ls -w 0 -C d; touch d/{alpha,beta,gamma,delta,epsilon,zeta,eta,theta,iota,kappa,lambda,mu,nu,xi,omicron,pi,rho,sigma}; ls -C d; ls -x d; ls -m d
    expect(await sh("mkdir -p d/sub; echo hello > d/f; chmod +x d/f; ln -s f d/l; ln -s nowhere d/bad; touch \"d/a b\" d/.hidden d/z.tar; ls -C d; ls -x d; ls -m d; ls -w 20 -C d; COLUMNS=30 ls -C d; ls -w 0 -C d; touch d/{alpha,beta,gamma,delta,epsilon,zeta,eta,theta,iota,kappa,lambda,mu,nu,xi,omicron,pi,rho,sigma}; ls -C d; ls -x d; ls -m d")).toEqual({
      stdout: "a b  bad  f  l\tsub  z.tar\na b  bad  f  l\tsub  z.tar\na b, bad, f, l, sub, z.tar\na b  f\tsub\nbad  l\tz.tar\na b  bad  f  l\tsub  z.tar\na b  bad  f  l  sub  z.tar\na b    beta\teta    iota   lambda  omicron  sigma  xi\nalpha  delta\tf      kappa  mu      pi       sub    z.tar\nbad    epsilon\tgamma  l      nu      rho      theta  zeta\na b    alpha   bad  beta  delta    epsilon  eta  f\tgamma  iota   kappa\nl      lambda  mu   nu\t  omicron  pi\t    rho  sigma\tsub    theta  xi\nz.tar  zeta\na b, alpha, bad, beta, delta, epsilon, eta, f, gamma, iota, kappa, l, lambda,\nmu, nu, omicron, pi, rho, sigma, sub, theta, xi, z.tar, zeta\n",
      stderr: "",
      status: 0,
    });
  });

  test("-l: modes, links, owners, sizes, times, symlink targets and the total", async () => {
    // $ mkdir -p d/sub; echo hello > d/f; chmod +x d/f; ln -s f d/l; ln -s nowhere d/bad; touch "d/a b" d/.hidden d/z.tar; ls -l d; ls -la d | tail -n +4; ls -lh d; ls -ls d
    expect(await sh("mkdir -p d/sub; echo hello > d/f; chmod +x d/f; ln -s f d/l; ln -s nowhere d/bad; touch \"d/a b\" d/.hidden d/z.tar; ls -l d; ls -la d | tail -n +4; ls -lh d; ls -ls d")).toEqual({
      stdout: "total 8\n-rw-r--r-- 1 student student    0 Nov 25 10:00 a b\nlrwxrwxrwx 1 student student    7 Nov 25 10:00 bad -> nowhere\n-rwxr-xr-x 1 student student    6 Nov 25 10:00 f\nlrwxrwxrwx 1 student student    1 Nov 25 10:00 l -> f\ndrwxr-xr-x 2 student student 4096 Nov 25 10:00 sub\n-rw-r--r-- 1 student student    0 Nov 25 10:00 z.tar\n-rw-r--r-- 1 student student    0 Nov 25 10:00 .hidden\n-rw-r--r-- 1 student student    0 Nov 25 10:00 a b\nlrwxrwxrwx 1 student student    7 Nov 25 10:00 bad -> nowhere\n-rwxr-xr-x 1 student student    6 Nov 25 10:00 f\nlrwxrwxrwx 1 student student    1 Nov 25 10:00 l -> f\ndrwxr-xr-x 2 student student 4096 Nov 25 10:00 sub\n-rw-r--r-- 1 student student    0 Nov 25 10:00 z.tar\ntotal 8.0K\n-rw-r--r-- 1 student student    0 Nov 25 10:00 a b\nlrwxrwxrwx 1 student student    7 Nov 25 10:00 bad -> nowhere\n-rwxr-xr-x 1 student student    6 Nov 25 10:00 f\nlrwxrwxrwx 1 student student    1 Nov 25 10:00 l -> f\ndrwxr-xr-x 2 student student 4.0K Nov 25 10:00 sub\n-rw-r--r-- 1 student student    0 Nov 25 10:00 z.tar\ntotal 8\n0 -rw-r--r-- 1 student student    0 Nov 25 10:00 a b\n0 lrwxrwxrwx 1 student student    7 Nov 25 10:00 bad -> nowhere\n4 -rwxr-xr-x 1 student student    6 Nov 25 10:00 f\n0 lrwxrwxrwx 1 student student    1 Nov 25 10:00 l -> f\n4 drwxr-xr-x 2 student student 4096 Nov 25 10:00 sub\n0 -rw-r--r-- 1 student student    0 Nov 25 10:00 z.tar\n",
      stderr: "",
      status: 0,
    });
  });

  test("-l details: -n, -g, -o, -G, --author and numeric owners", async () => {
    // $ mkdir -p d/sub; echo hello > d/f; chmod +x d/f; ln -s f d/l; ln -s nowhere d/bad; touch "d/a b" d/.hidden d/z.tar; ls -n d/f; ls -go d/f; ls -G -l d/f; ls --author -l d/f; ls -l /dev/null /dev/zero | cut -c1-26
    expect(await sh("mkdir -p d/sub; echo hello > d/f; chmod +x d/f; ln -s f d/l; ln -s nowhere d/bad; touch \"d/a b\" d/.hidden d/z.tar; ls -n d/f; ls -go d/f; ls -G -l d/f; ls --author -l d/f; ls -l /dev/null /dev/zero | cut -c1-26")).toEqual({
      stdout: "-rwxr-xr-x 1 1000 1000 6 Nov 25 10:00 d/f\n-rwxr-xr-x 1 6 Nov 25 10:00 d/f\n-rwxr-xr-x 1 student 6 Nov 25 10:00 d/f\n-rwxr-xr-x 1 student student student 6 Nov 25 10:00 d/f\ncrw-rw-rw- 1 root root 1, \ncrw-rw-rw- 1 root root 1, \n",
      stderr: "",
      status: 0,
    });
  });

  test("-F, -p, --file-type and --indicator-style", async () => {
    // $ mkdir -p d/sub; echo hello > d/f; chmod +x d/f; ln -s f d/l; ln -s nowhere d/bad; touch "d/a b" d/.hidden d/z.tar; ls -F d; ls -p d; ls --file-type d; ls --indicator-style=slash d; ls -lF d
    expect(await sh("mkdir -p d/sub; echo hello > d/f; chmod +x d/f; ln -s f d/l; ln -s nowhere d/bad; touch \"d/a b\" d/.hidden d/z.tar; ls -F d; ls -p d; ls --file-type d; ls --indicator-style=slash d; ls -lF d")).toEqual({
      stdout: "a b\nbad@\nf*\nl@\nsub/\nz.tar\na b\nbad\nf\nl\nsub/\nz.tar\na b\nbad@\nf\nl@\nsub/\nz.tar\na b\nbad\nf\nl\nsub/\nz.tar\ntotal 8\n-rw-r--r-- 1 student student    0 Nov 25 10:00 a b\nlrwxrwxrwx 1 student student    7 Nov 25 10:00 bad -> nowhere\n-rwxr-xr-x 1 student student    6 Nov 25 10:00 f*\nlrwxrwxrwx 1 student student    1 Nov 25 10:00 l -> f*\ndrwxr-xr-x 2 student student 4096 Nov 25 10:00 sub/\n-rw-r--r-- 1 student student    0 Nov 25 10:00 z.tar\n",
      stderr: "",
      status: 0,
    });
  });

  test("-s and -i columns", async () => {
    // $ mkdir -p d/sub; echo hello > d/f; chmod +x d/f; ln -s f d/l; ln -s nowhere d/bad; touch "d/a b" d/.hidden d/z.tar; ls -s d; ls -sh d; ls -s1 d/f; printf "%5000s" > d/big; ls -sS d
    expect(await sh("mkdir -p d/sub; echo hello > d/f; chmod +x d/f; ln -s f d/l; ln -s nowhere d/bad; touch \"d/a b\" d/.hidden d/z.tar; ls -s d; ls -sh d; ls -s1 d/f; printf \"%5000s\" > d/big; ls -sS d")).toEqual({
      stdout: "total 8\n0 a b\n0 bad\n4 f\n0 l\n4 sub\n0 z.tar\ntotal 8.0K\n   0 a b\n   0 bad\n4.0K f\n   0 l\n4.0K sub\n   0 z.tar\n4 d/f\ntotal 16\n8 big\n4 sub\n0 bad\n4 f\n0 l\n0 a b\n0 z.tar\n",
      stderr: "",
      status: 0,
    });
  });

  test("sorting: -r, -S, -X, -v, -U, --sort and --group-directories-first", async () => {
    // $ mkdir -p d/sub; echo hello > d/f; chmod +x d/f; ln -s f d/l; ln -s nowhere d/bad; touch "d/a b" d/.hidden d/z.tar; ls -r d; ls -S d; ls -X d; touch d/x10 d/x9 d/x1; ls -v d; ls --sort=size d; ls --group-directories-first d; ls -U d | sort | head -2
    expect(await sh("mkdir -p d/sub; echo hello > d/f; chmod +x d/f; ln -s f d/l; ln -s nowhere d/bad; touch \"d/a b\" d/.hidden d/z.tar; ls -r d; ls -S d; ls -X d; touch d/x10 d/x9 d/x1; ls -v d; ls --sort=size d; ls --group-directories-first d; ls -U d | sort | head -2")).toEqual({
      stdout: "z.tar\nsub\nl\nf\nbad\na b\nsub\nbad\nf\nl\na b\nz.tar\na b\nbad\nf\nl\nsub\nz.tar\na b\nbad\nf\nl\nsub\nx1\nx9\nx10\nz.tar\nsub\nbad\nf\nl\na b\nx1\nx10\nx9\nz.tar\nsub\na b\nbad\nf\nl\nx1\nx10\nx9\nz.tar\na b\nbad\n",
      stderr: "",
      status: 0,
    });
  });

  test("-t sorts by time, newest first, then by name", async () => {
    // $ mkdir t; touch -d "2020-01-01 10:00" t/b t/a; touch -d "2021-06-01" t/c; touch -d "2019-03-04" t/d; ls -t t; ls -tr t; ls -lt t
    expect(await sh("mkdir t; touch -d \"2020-01-01 10:00\" t/b t/a; touch -d \"2021-06-01\" t/c; touch -d \"2019-03-04\" t/d; ls -t t; ls -tr t; ls -lt t")).toEqual({
      stdout: "c\na\nb\nd\nd\nb\na\nc\ntotal 0\n-rw-r--r-- 1 student student 0 Jun  1  2021 c\n-rw-r--r-- 1 student student 0 Jan  1  2020 a\n-rw-r--r-- 1 student student 0 Jan  1  2020 b\n-rw-r--r-- 1 student student 0 Mar  4  2019 d\n",
      stderr: "",
      status: 0,
    });
  });

  test("-c and -u sort by those times unless -l", async () => {
    // $ mkdir -p d/sub; echo hello > d/f; chmod +x d/f; ln -s f d/l; ln -s nowhere d/bad; touch "d/a b" d/.hidden d/z.tar; touch -d 2020-01-01 d/f; chmod 600 d/f; ls -c d | head -1; ls -lc d/f; ls -ltu d/z.tar d/f
    expect(await sh("mkdir -p d/sub; echo hello > d/f; chmod +x d/f; ln -s f d/l; ln -s nowhere d/bad; touch \"d/a b\" d/.hidden d/z.tar; touch -d 2020-01-01 d/f; chmod 600 d/f; ls -c d | head -1; ls -lc d/f; ls -ltu d/z.tar d/f")).toEqual({
      stdout: "f\n-rw------- 1 student student 6 Nov 25 10:00 d/f\n-rw-r--r-- 1 student student 0 Nov 25 10:00 d/z.tar\n-rw------- 1 student student 6 Jan  1  2020 d/f\n",
      stderr: "",
      status: 0,
    });
  });

  test("--time-style and --full-time", async () => {
    // $ mkdir -p d/sub; echo hello > d/f; chmod +x d/f; ln -s f d/l; ln -s nowhere d/bad; touch "d/a b" d/.hidden d/z.tar; touch -d "2020-01-02 03:04:05" d/f; ls -l --time-style=long-iso d/f; ls -l --time-style=iso d/f; ls -l --time-style=full-iso d/f; ls --full-time d/f; ls -l --time-style=posix-iso d/f; ls -l --time-style=locale d/f
    expect(await sh("mkdir -p d/sub; echo hello > d/f; chmod +x d/f; ln -s f d/l; ln -s nowhere d/bad; touch \"d/a b\" d/.hidden d/z.tar; touch -d \"2020-01-02 03:04:05\" d/f; ls -l --time-style=long-iso d/f; ls -l --time-style=iso d/f; ls -l --time-style=full-iso d/f; ls --full-time d/f; ls -l --time-style=posix-iso d/f; ls -l --time-style=locale d/f")).toEqual({
      stdout: "-rwxr-xr-x 1 student student 6 2020-01-02 03:04 d/f\n-rwxr-xr-x 1 student student 6 2020-01-02  d/f\n-rwxr-xr-x 1 student student 6 2020-01-02 03:04:05.000000000 +0000 d/f\n-rwxr-xr-x 1 student student 6 2020-01-02 03:04:05.000000000 +0000 d/f\n-rwxr-xr-x 1 student student 6 2020-01-02  d/f\n-rwxr-xr-x 1 student student 6 Jan  2  2020 d/f\n",
      stderr: "",
      status: 0,
    });
  });

  test("directories given as operands, -d, and headers", async () => {
    // $ mkdir -p d/sub; echo hello > d/f; chmod +x d/f; ln -s f d/l; ln -s nowhere d/bad; touch "d/a b" d/.hidden d/z.tar; mkdir e; touch e/1; ls d/f e; ls e d/sub; ls -d d e; ls -ld e; ls e; ls nope e; echo $?
    expect(await sh("mkdir -p d/sub; echo hello > d/f; chmod +x d/f; ln -s f d/l; ln -s nowhere d/bad; touch \"d/a b\" d/.hidden d/z.tar; mkdir e; touch e/1; ls d/f e; ls e d/sub; ls -d d e; ls -ld e; ls e; ls nope e; echo $?")).toEqual({
      stdout: "d/f\n\ne:\n1\nd/sub:\n\ne:\n1\nd\ne\ndrwxr-xr-x 2 student student 4096 Nov 25 10:00 e\n1\ne:\n1\n2\n",
      stderr: "ls: cannot access 'nope': No such file or directory\n",
      status: 0,
    });
  });

  test("-R lists subdirectories depth first", async () => {
    // $ mkdir -p r/a/x r/b; touch r/a/x/1 r/b/2 r/3; ls -R r; ls -lR r/a
    expect(await sh("mkdir -p r/a/x r/b; touch r/a/x/1 r/b/2 r/3; ls -R r; ls -lR r/a")).toEqual({
      stdout: "r:\n3\na\nb\n\nr/a:\nx\n\nr/a/x:\n1\n\nr/b:\n2\nr/a:\ntotal 4\ndrwxr-xr-x 2 student student 4096 Nov 25 10:00 x\n\nr/a/x:\ntotal 0\n-rw-r--r-- 1 student student 0 Nov 25 10:00 1\n",
      stderr: "",
      status: 0,
    });
  });

  test("-RL stops at a symlink loop", async () => {
    // $ mkdir -p d/e; ln -s .. d/e/up; ls -RL d; echo $?
    expect(await sh("mkdir -p d/e; ln -s .. d/e/up; ls -RL d; echo $?")).toEqual({
      stdout: "d:\ne\n\nd/e:\nup\n2\n",
      stderr: "ls: d/e/up: not listing already-listed directory\n",
      status: 0,
    });
  });

  test("symlinks as operands: followed to a directory unless -l, -d or -F; -H and -L", async () => {
    // $ mkdir -p d/sub; echo hello > d/f; chmod +x d/f; ln -s f d/l; ln -s nowhere d/bad; touch "d/a b" d/.hidden d/z.tar; ls d/l d/bad; ln -s sub d/ls; ls d/ls; ls -l d/ls; ls -F d/ls; ls -d d/ls; ls -lH d/ls | head -1; ls -L d/l; ls -lL d/l; ls -L d/bad; echo $?
    expect(await sh("mkdir -p d/sub; echo hello > d/f; chmod +x d/f; ln -s f d/l; ln -s nowhere d/bad; touch \"d/a b\" d/.hidden d/z.tar; ls d/l d/bad; ln -s sub d/ls; ls d/ls; ls -l d/ls; ls -F d/ls; ls -d d/ls; ls -lH d/ls | head -1; ls -L d/l; ls -lL d/l; ls -L d/bad; echo $?")).toEqual({
      stdout: "d/bad\nd/l\nlrwxrwxrwx 1 student student 3 Nov 25 10:00 d/ls -> sub\nd/ls@\nd/ls\ntotal 0\nd/l\n-rwxr-xr-x 1 student student 6 Nov 25 10:00 d/l\n2\n",
      stderr: "ls: cannot access 'd/bad': No such file or directory\n",
      status: 0,
    });
  });

  test("-L in a directory: targets are shown, a dangling link cannot be examined", async () => {
    // $ mkdir d; ln -s nowhere d/bad; touch d/f; ln -s f d/l; ls -L d; echo $?; ls -LF d; echo $?
    expect(await sh("mkdir d; ln -s nowhere d/bad; touch d/f; ln -s f d/l; ls -L d; echo $?; ls -LF d; echo $?")).toEqual({
      stdout: "bad\nf\nl\n0\nbad@\nf\nl\n1\n",
      stderr: "ls: cannot access 'd/bad': No such file or directory\n",
      status: 0,
    });
  });

  test("hidden, backup and ignored names", async () => {
    // $ mkdir -p d/sub; echo hello > d/f; chmod +x d/f; ln -s f d/l; ln -s nowhere d/bad; touch "d/a b" d/.hidden d/z.tar; touch d/old~; ls -B d; ls -I "*.tar" d; ls --hide="[a-f]*" d; ls -A --hide="[a-f]*" d
    expect(await sh("mkdir -p d/sub; echo hello > d/f; chmod +x d/f; ln -s f d/l; ln -s nowhere d/bad; touch \"d/a b\" d/.hidden d/z.tar; touch d/old~; ls -B d; ls -I \"*.tar\" d; ls --hide=\"[a-f]*\" d; ls -A --hide=\"[a-f]*\" d")).toEqual({
      stdout: "a b\nbad\nf\nl\nsub\nz.tar\na b\nbad\nf\nl\nold~\nsub\nl\nold~\nsub\nz.tar\n.hidden\na b\nbad\nf\nl\nold~\nsub\nz.tar\n",
      stderr: "",
      status: 0,
    });
  });

  test("quoting styles", async () => {
    // $ mkdir -p d/sub; echo hello > d/f; chmod +x d/f; ln -s f d/l; ln -s nowhere d/bad; touch "d/a b" d/.hidden d/z.tar; touch "d/it's" "d/n$(printf "\001")"; ls --quoting-style=shell d; ls --quoting-style=shell-always d; ls --quoting-style=shell-escape d; ls -Q d; ls -b d; ls -N d; ls -q d; ls --quoting-style=c -C d
    expect(await sh("mkdir -p d/sub; echo hello > d/f; chmod +x d/f; ln -s f d/l; ln -s nowhere d/bad; touch \"d/a b\" d/.hidden d/z.tar; touch \"d/it's\" \"d/n$(printf \"\\001\")\"; ls --quoting-style=shell d; ls --quoting-style=shell-always d; ls --quoting-style=shell-escape d; ls -Q d; ls -b d; ls -N d; ls -q d; ls --quoting-style=c -C d")).toEqual({
      stdout: "'a b'\nbad\nf\n\"it's\"\nl\nn\u0001\nsub\nz.tar\n'a b'\n'bad'\n'f'\n\"it's\"\n'l'\n'n\u0001'\n'sub'\n'z.tar'\n'a b'\nbad\nf\n\"it's\"\nl\n'n'$'\\001'\nsub\nz.tar\n\"a b\"\n\"bad\"\n\"f\"\n\"it's\"\n\"l\"\n\"n\\001\"\n\"sub\"\n\"z.tar\"\na\\ b\nbad\nf\nit's\nl\nn\\001\nsub\nz.tar\na b\nbad\nf\nit's\nl\nn\u0001\nsub\nz.tar\na b\nbad\nf\nit's\nl\nn?\nsub\nz.tar\n\"a b\"  \"bad\"  \"f\"  \"it's\"  \"l\"\t\"n\\001\"  \"sub\"\t\"z.tar\"\n",
      stderr: "",
      status: 0,
    });
  });

  test("--color with the default LS_COLORS", async () => {
    // $ mkdir -p d/sub; echo hello > d/f; chmod +x d/f; ln -s f d/l; ln -s nowhere d/bad; touch "d/a b" d/.hidden d/z.tar; mkdir d/sd d/od; chmod 1777 d/sd; chmod 777 d/od; touch d/pic.JPG d/su; chmod u+s d/su; ls --color=always d; ls -l --color=always d/l d/bad d/f; ls --color=never d/f; ls --color=auto d/f; LS_COLORS="di=01;35:*.jpg=00:ex=" ls --color=always d
    expect(await sh("mkdir -p d/sub; echo hello > d/f; chmod +x d/f; ln -s f d/l; ln -s nowhere d/bad; touch \"d/a b\" d/.hidden d/z.tar; mkdir d/sd d/od; chmod 1777 d/sd; chmod 777 d/od; touch d/pic.JPG d/su; chmod u+s d/su; ls --color=always d; ls -l --color=always d/l d/bad d/f; ls --color=never d/f; ls --color=auto d/f; LS_COLORS=\"di=01;35:*.jpg=00:ex=\" ls --color=always d")).toEqual({
      stdout: "a b\n\u001b[0m\u001b[40;31;01mbad\u001b[0m\n\u001b[01;32mf\u001b[0m\n\u001b[01;36ml\u001b[0m\n\u001b[34;42mod\u001b[0m\n\u001b[01;35mpic.JPG\u001b[0m\n\u001b[30;42msd\u001b[0m\n\u001b[37;41msu\u001b[0m\n\u001b[01;34msub\u001b[0m\n\u001b[01;31mz.tar\u001b[0m\nlrwxrwxrwx 1 student student 7 Nov 25 10:00 \u001b[0m\u001b[40;31;01md/bad\u001b[0m -> \u001b[40;31;01mnowhere\u001b[0m\n-rwxr-xr-x 1 student student 6 Nov 25 10:00 \u001b[01;32md/f\u001b[0m\nlrwxrwxrwx 1 student student 1 Nov 25 10:00 \u001b[01;36md/l\u001b[0m -> \u001b[01;32mf\u001b[0m\nd/f\nd/f\na b\n\u001b[0m\u001b[01;36mbad\u001b[0m\nf\n\u001b[01;36ml\u001b[0m\n\u001b[34;42mod\u001b[0m\n\u001b[00mpic.JPG\u001b[0m\n\u001b[30;42msd\u001b[0m\n\u001b[37;41msu\u001b[0m\n\u001b[01;35msub\u001b[0m\nz.tar\n",
      stderr: "",
      status: 0,
    });
  });

  test("errors and exit statuses", async () => {
    // $ mkdir -p d/sub; touch d/f; ls nope d/f; echo $?; chmod 000 d/sub; ls d/sub; echo $?; ls -R d; echo $?; chmod 755 d/sub
    expect(await sh("mkdir -p d/sub; touch d/f; ls nope d/f; echo $?; chmod 000 d/sub; ls d/sub; echo $?; ls -R d; echo $?; chmod 755 d/sub")).toEqual({
      stdout: "d/f\n2\n2\nd:\nf\nsub\n1\n",
      stderr: "ls: cannot access 'nope': No such file or directory\nls: cannot open directory 'd/sub': Permission denied\nls: cannot open directory 'd/sub': Permission denied\n",
      status: 0,
    });
  });

  test("a directory without search permission", async () => {
    // $ mkdir d; touch d/f; chmod 644 d; ls d; echo $?; ls -l d; echo $?; ls -F d; echo $?; ls -i d; echo $?; chmod 755 d; mkdir e; chmod 644 e; mkdir e/sub 2>/dev/null; ls -R e; echo $?
    expect(await sh("mkdir d; touch d/f; chmod 644 d; ls d; echo $?; ls -l d; echo $?; ls -F d; echo $?; ls -i d; echo $?; chmod 755 d; mkdir e; chmod 644 e; mkdir e/sub 2>/dev/null; ls -R e; echo $?")).toEqual({
      stdout: "f\n0\ntotal 0\n-????????? ? ? ? ?            ? f\n1\nf\n1\n? f\n1\ne:\n0\n",
      stderr: "ls: cannot access 'd/f': Permission denied\nls: cannot access 'd/f': Permission denied\nls: cannot access 'd/f': Permission denied\n",
      status: 0,
    });
  });

  test("bad option arguments", async () => {
    // $ ls -l --time-style=foo; echo $?; ls --color=foo; echo $?; ls --sort=foo; echo $?; ls -w x; echo $?; ls -T x; echo $?; COLUMNS=abc ls -C /etc/hosts; ls -y; echo $?
    expect(await sh("ls -l --time-style=foo; echo $?; ls --color=foo; echo $?; ls --sort=foo; echo $?; ls -w x; echo $?; ls -T x; echo $?; COLUMNS=abc ls -C /etc/hosts; ls -y; echo $?")).toEqual({
      stdout: "2\n1\n1\n2\n2\n/etc/hosts\n2\n",
      stderr: "ls: invalid argument ‘foo’ for ‘time style’\nValid arguments are:\n  - [posix-]full-iso\n  - [posix-]long-iso\n  - [posix-]iso\n  - [posix-]locale\n  - +FORMAT (e.g., +%H:%M) for a 'date'-style format\nTry 'ls --help' for more information.\nls: invalid argument ‘foo’ for ‘--color’\nValid arguments are:\n  - ‘always’, ‘yes’, ‘force’\n  - ‘never’, ‘no’, ‘none’\n  - ‘auto’, ‘tty’, ‘if-tty’\nTry 'ls --help' for more information.\nls: invalid argument ‘foo’ for ‘--sort’\nValid arguments are:\n  - ‘none’\n  - ‘time’\n  - ‘size’\n  - ‘extension’\n  - ‘version’\n  - ‘width’\nTry 'ls --help' for more information.\nls: invalid line width: ‘x’\nls: invalid tab size: ‘x’\nls: ignoring invalid width in environment variable COLUMNS: ‘abc’\nls: invalid option -- 'y'\nTry 'ls --help' for more information.\n",
      status: 0,
    });
  });

  describe('on a terminal (80 columns)', () => {
    let session: TerminalSession | undefined;
    afterEach(() => session?.dispose());

    async function screenAfter(setup: string, command: string): Promise<string[]> {
      session = await new TerminalSession().start();
      await session.run(`mkdir t && cd t && ${setup} && clear`);
      await session.run(command);
      return session.screen();
    }

    test('columns, names quoted for the shell, unquoted names indented by one to line up', async () => {
      // $ touch "a b" c "it's" alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon phi chi psi omega && mkdir dir1; ls
      const setup = `touch "a b" c "it's" alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon phi chi psi omega && mkdir dir1`;
      expect(await screenAfter(setup, 'ls')).toEqual([
        'student@playground:~/t$ ls',
        "'a b'    chi       eta     kappa    omega     psi     theta",
        ' alpha   delta     gamma   lambda   omicron   rho     upsilon',
        ' beta    dir1      iota    mu       phi       sigma   xi',
        ` c       epsilon  "it's"   nu       pi        tau     zeta`,
        'student@playground:~/t$',
      ]);
    });

    test('-w 40, -F and -s in columns', async () => {
      const setup = `touch "a b" c "it's" alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon phi chi psi omega && mkdir dir1`;
      expect(await screenAfter(setup, 'ls -w 40; ls -F | head -0; ls -s')).toEqual([
        'student@playground:~/t$ ls -w 40; ls -F | head -0; ls -s',
        "'a b'    epsilon   mu        rho",
        ' alpha   eta       nu        sigma',
        ' beta    gamma     omega     tau',
        ' c       iota      omicron   theta',
        ' chi    "it\'s"     phi       upsilon',
        ' delta   kappa     pi        xi',
        ' dir1    lambda    psi       zeta',
        'total 4',
        "0 'a b'   0  chi      0  eta    0  kappa   0  omega    0  psi    0  theta",
        '0  alpha  0  delta    0  gamma  0  lambda  0  omicron  0  rho    0  upsilon',
        '0  beta   4  dir1     0  iota   0  mu      0  phi      0  sigma  0  xi',
        '0  c      0  epsilon  0 "it\'s"  0  nu      0  pi       0  tau    0  zeta',
        'student@playground:~/t$',
      ]);
    });

    test('-1 and -m do not indent; headers quote a colon; -N and -q print names as they are', async () => {
      // $ touch "a b" c "it's" && mkdir "x:y" && touch "x:y/f"; ls -1; ls -m; ls -R; ls -N; ls -q
      expect(await screenAfter(`touch "a b" c "it's" && mkdir "x:y" && touch "x:y/f"`, 'ls -1; ls -m; ls -R; ls -N; ls --show-control-chars')).toEqual([
        'student@playground:~/t$ ls -1; ls -m; ls -R; ls -N; ls --show-control-chars',
        "'a b'",
        'c',
        `"it's"`,
        'x:y',
        `'a b', c, "it's", x:y`,
        '.:',
        `'a b'   c  "it's"   x:y`,
        '',
        "'./x:y':",
        'f',
        "a b  c  it's  x:y",
        `'a b'   c  "it's"   x:y`,
        'student@playground:~/t$',
      ]);
    });
  });
});
