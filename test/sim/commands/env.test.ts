// env: a modified environment for a command, or the environment printed.
// Expected outputs were recorded from the real tools (Debian 12: coreutils 9.1) with the command in
// the comment above each case, run with LC_ALL=C.UTF-8 and TZ=UTC.

import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

describe('env', () => {
  // real: env -i A=1 B=2 env; env -i A=1 printenv A B; echo $?
  test("-i starts empty; NAME=VALUE operands set variables", async () => {
    expect(await sh("env -i A=1 B=2 env; env -i A=1 printenv A B; echo $?")).toEqual({
      stdout: "A=1\nB=2\n1\n1\n",
      stderr: "",
      status: 0,
    });
  });

  // real: env -i - A=1 env; env - A=2 env
  test("a mere - implies -i", async () => {
    expect(await sh("env -i - A=1 env; env - A=2 env")).toEqual({
      stdout: "A=1\nA=2\n",
      stderr: "",
      status: 0,
    });
  });

  // real: env -u HOME printenv HOME; echo $?; env -i A=1 B=2 env -u A env
  test("-u removes a variable", async () => {
    expect(await sh("env -u HOME printenv HOME; echo $?; env -i A=1 B=2 env -u A env")).toEqual({
      stdout: "1\nB=2\n",
      stderr: "",
      status: 0,
    });
  });

  // real: env -i A=1 B=2 C=3 env B=4 env
  test("an assignment replaces a variable in place", async () => {
    expect(await sh("env -i A=1 B=2 C=3 env B=4 env")).toEqual({
      stdout: "A=1\nB=4\nC=3\n",
      stderr: "",
      status: 0,
    });
  });

  // real: env -0 -i A=1 B=2 | od -c; env -0 true; echo $?
  test("-0 ends lines with NUL, and only without a command", async () => {
    expect(await sh("env -0 -i A=1 B=2 | od -c; env -0 true; echo $?")).toEqual({
      stdout: "0000000   A   =   1  \\0   B   =   2  \\0\n0000010\n125\n",
      stderr: "env: cannot specify --null (-0) with command\nTry 'env --help' for more information.\n",
      status: 0,
    });
  });

  // real: env -i =x env
  test("an empty name is allowed", async () => {
    expect(await sh("env -i =x env")).toEqual({
      stdout: "=x\n",
      stderr: "",
      status: 0,
    });
  });

  // real: env nosuchcmd; echo $?; echo hi > f; env ./f; echo $?; env /tmp; echo $?; env ''; echo $?
  test("commands that cannot be run", async () => {
    expect(await sh("env nosuchcmd; echo $?; echo hi > f; env ./f; echo $?; env /tmp; echo $?; env ''; echo $?")).toEqual({
      stdout: "127\n126\n126\n127\n",
      stderr: "env: ‘nosuchcmd’: No such file or directory\nenv: ‘./f’: Permission denied\nenv: ‘/tmp’: Permission denied\nenv: ‘’: No such file or directory\n",
      status: 0,
    });
  });

  // real: env false; echo $?; env sh -c 'exit 7'; echo $?
  test("the command's status is env's status", async () => {
    expect(await sh("env false; echo $?; env sh -c 'exit 7'; echo $?")).toEqual({
      stdout: "1\n7\n",
      stderr: "",
      status: 0,
    });
  });

  // real: env -C /tmp pwd; env -C /nonexist true; echo $?; env -C /tmp; echo $?
  test("-C changes directory for the command", async () => {
    expect(await sh("env -C /tmp pwd; env -C /nonexist true; echo $?; env -C /tmp; echo $?")).toEqual({
      stdout: "/tmp\n125\n125\n",
      stderr: "env: cannot change directory to '/nonexist': No such file or directory\nenv: must specify command with --chdir (-C)\nTry 'env --help' for more information.\n",
      status: 0,
    });
  });

  // real: env -u A=B true; echo $?; env -u; echo $?
  test("bad names for -u", async () => {
    expect(await sh("env -u A=B true; echo $?; env -u; echo $?")).toEqual({
      stdout: "125\n125\n",
      stderr: "env: cannot unset ‘A=B’: Invalid argument\nenv: option requires an argument -- 'u'\nTry 'env --help' for more information.\n",
      status: 0,
    });
  });

  // real: env -S 'echo  a   b'; env -S'echo "x y" '"'"'z w'"'"' \_ end'; env -i HOME=/h env -S'echo ${HOME}x'; env -S 'echo a #b c'; env -S 'echo a\cb c'; env -S'printf %s\t|' | od -c | head -1
  test("-S splits a string into arguments", async () => {
    expect(await sh("env -S 'echo  a   b'; env -S'echo \"x y\" '\"'\"'z w'\"'\"' \\_ end'; env -i HOME=/h env -S'echo ${HOME}x'; env -S 'echo a #b c'; env -S 'echo a\\cb c'; env -S'printf %s\\t|' | od -c | head -1")).toEqual({
      stdout: "a b\nx y z w end\n/hx\na\na\n0000000  \\t   |\n",
      stderr: "",
      status: 0,
    });
  });

  // real: env -S 'echo $HOME'; echo $?; env -S 'echo "a'; echo $?; env -S 'echo a\'; echo $?; env -S 'echo \q'; echo $?
  test("-S errors", async () => {
    expect(await sh("env -S 'echo $HOME'; echo $?; env -S 'echo \"a'; echo $?; env -S 'echo a\\'; echo $?; env -S 'echo \\q'; echo $?")).toEqual({
      stdout: "125\n125\n125\n125\n",
      stderr: "env: only ${VARNAME} expansion is supported, error at: $HOME\nenv: no terminating quote in -S string\nenv: invalid backslash at end of string in -S\nenv: invalid sequence '\\q' in -S\n",
      status: 0,
    });
  });

  // real: env -S'-i A=1 env'; env -S'echo' -S'x'
  test("-S words may be options of env", async () => {
    expect(await sh("env -S'-i A=1 env'; env -S'echo' -S'x'")).toEqual({
      stdout: "A=1\n-Sx\n",
      stderr: "",
      status: 0,
    });
  });

  // real: env -v -i A=1 true x 'y z'; env -v -u B A=1 true; env -v -C /tmp true; env -v -S'true  a' b
  test("-v tells what it does", async () => {
    expect(await sh("env -v -i A=1 true x 'y z'; env -v -u B A=1 true; env -v -C /tmp true; env -v -S'true  a' b")).toEqual({
      stdout: "",
      stderr: "cleaning environ\nsetenv:   A=1\nexecuting: true\n   arg[0]= ‘true’\n   arg[1]= ‘x’\n   arg[2]= ‘y z’\nunset:    B\nsetenv:   A=1\nexecuting: true\n   arg[0]= ‘true’\nchdir:    '/tmp'\nexecuting: true\n   arg[0]= ‘true’\nsplit -S:  ‘true  a’\n into:    ‘true’\n     &    ‘a’\nexecuting: true\n   arg[0]= ‘true’\n   arg[1]= ‘a’\n   arg[2]= ‘b’\n",
      status: 0,
    });
  });

  // real: env -x; echo $?; env --bogus; echo $?
  test("usage errors", async () => {
    expect(await sh("env -x; echo $?; env --bogus; echo $?")).toEqual({
      stdout: "125\n125\n",
      stderr: "env: invalid option -- 'x'\nTry 'env --help' for more information.\nenv: unrecognized option '--bogus'\nTry 'env --help' for more information.\n",
      status: 0,
    });
  });

});

describe('env in the playground', () => {
  test('prints the session environment in its order', async () => {
    expect(await sh('env -u PWD -u SHLVL -u _ -u OLDPWD env')).toEqual({
      stdout: 'HOME=/home/student\nUSER=student\nLOGNAME=student\nSHELL=/bin/bash\nPATH=/home/student/bin:/usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games\nTERM=xterm-256color\nLANG=C.UTF-8\nMAIL=/var/mail/student\n',
      stderr: '',
      status: 0,
    });
  });

  test('signal options are not simulated', async () => {
    expect(await sh('env --ignore-signal=INT true')).toEqual({ stdout: '', stderr: 'env: --ignore-signal: not supported in this playground\n', status: 2 });
  });
});
