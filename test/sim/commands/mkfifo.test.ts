// mkfifo: modes, errors, and named pipes that block like Linux's.
// Expected outputs were recorded from the real tool (Debian 12: coreutils 9.1) with the command in
// the comment above each case, run with LC_ALL=C.UTF-8 in an empty directory.

import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

describe('mkfifo', () => {
  // real: mkfifo p; echo $?; mkfifo p; echo $?; mkfifo; echo $?; mkfifo -x; echo $?; mkfifo a p b; echo $?
  test('creates FIFOs; existing names, missing operand, bad option', async () => {
    expect(await sh('mkfifo p; echo $?; mkfifo p; echo $?; mkfifo; echo $?; mkfifo -x; echo $?; mkfifo a p b; echo $?')).toEqual({
      stdout: '0\n1\n1\n1\n1\n',
      stderr:
        "mkfifo: cannot create fifo 'p': File exists\nmkfifo: missing operand\nTry 'mkfifo --help' for more information.\n" +
        "mkfifo: invalid option -- 'x'\nTry 'mkfifo --help' for more information.\nmkfifo: cannot create fifo 'p': File exists\n",
      status: 0,
    });
  });

  // real: umask 022; mkfifo -m 600 q; mkfifo -m a+x r; mkfifo -m g-w,o= z; mkfifo s; umask 077; mkfifo w; mkfifo -m 777 v; stat -c "%A %n" q r z s w v
  test('-m sets the mode exactly (the umask only applies without -m)', async () => {
    expect(await sh('umask 022; mkfifo -m 600 q; mkfifo -m a+x r; mkfifo -m g-w,o= z; mkfifo s; umask 077; mkfifo w; mkfifo -m 777 v; stat -c "%A %n" q r z s w v')).toEqual({
      stdout: 'prw------- q\nprwxrwxrwx r\nprw-r----- z\nprw-r--r-- s\nprw------- w\nprwxrwxrwx v\n',
      stderr: '',
      status: 0,
    });
  });

  // real: mkfifo -m xyz s; echo $?; mkfifo -m 4777 x; echo $?; mkfifo -m u+s y; echo $?; mkfifo ""; echo $?; mkfifo nodir/x; echo $?; mkfifo zz/; echo $?; mkfifo a; mkfifo a/; echo $?; mkdir d; mkfifo d/; echo $?
  test('invalid modes and names', async () => {
    expect(await sh('mkfifo -m xyz s; echo $?; mkfifo -m 4777 x; echo $?; mkfifo -m u+s y; echo $?; mkfifo ""; echo $?; mkfifo nodir/x; echo $?; mkfifo zz/; echo $?; mkfifo a; mkfifo a/; echo $?; mkdir d; mkfifo d/; echo $?')).toEqual({
      stdout: '1\n1\n1\n1\n1\n1\n1\n1\n',
      stderr:
        'mkfifo: invalid mode\nmkfifo: mode must specify only file permission bits\nmkfifo: mode must specify only file permission bits\n' +
        "mkfifo: cannot create fifo '': No such file or directory\nmkfifo: cannot create fifo 'nodir/x': No such file or directory\n" +
        "mkfifo: cannot create fifo 'zz/': No such file or directory\nmkfifo: cannot create fifo 'a/': File exists\nmkfifo: cannot create fifo 'd/': File exists\n",
      status: 0,
    });
  });

  // real: mkfifo -Z t; echo $?; mkfifo --context=x u; echo $?; mkfifo --context v; echo $?; ls
  test('no SELinux: -Z does nothing, --context=CTX warns', async () => {
    expect(await sh('mkfifo -Z t; echo $?; mkfifo --context=x u; echo $?; mkfifo --context v; echo $?; ls')).toEqual({
      stdout: '0\n0\n0\nt\nu\nv\n',
      stderr: 'mkfifo: warning: ignoring --context; it requires an SELinux/SMACK-enabled kernel\n',
      status: 0,
    });
  });

  // real: mkfifo --help | head -3
  test('--help', async () => {
    expect(await sh('mkfifo --help | head -3')).toEqual({
      stdout: 'Usage: mkfifo [OPTION]... NAME...\nCreate named pipes (FIFOs) with the given NAMEs.\n\n',
      stderr: '',
      status: 0,
    });
  });
});

describe('mkfifo in the playground', () => {
  // real: mkfifo p; (echo hi > p &); cat p; ls -l p | cut -c1 (Linux blocks cat's open until a writer comes)
  test('cat blocks until a writer opens the FIFO', async () => {
    expect(await sh('mkfifo p; (echo hi > p &); cat p; ls -l p | cut -c1')).toEqual({ stdout: 'hi\np\n', stderr: '', status: 0 });
  });

  test('the reader waits on the virtual clock for a late writer', async () => {
    expect(await sh('mkfifo p; (sleep 2; echo late > p) & cat p; date +%T')).toEqual({ stdout: 'late\n10:00:02\n', stderr: '', status: 0 });
  });
});
