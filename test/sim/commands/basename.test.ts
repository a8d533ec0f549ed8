// basename: file names without their directory (and suffix).
// Expectations were recorded from the real tools on Debian (GNU coreutils 9.1, util-linux 2.38.1,
// bash 5.2) with LC_ALL=C.UTF-8; the command that produced each one is in the comment above it
// (run after the fixture named in the call, where there is one).

import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

describe('basename', () => {
  test('strips the directory and trailing slashes', async () => {
    // basename /a/b/
    expect(await sh('basename /a/b/')).toEqual({ stdout: 'b\n', stderr: '', status: 0 });
    // basename //
    expect(await sh('basename //')).toEqual({ stdout: '/\n', stderr: '', status: 0 });
    // basename ''
    expect(await sh('basename \'\'')).toEqual({ stdout: '\n', stderr: '', status: 0 });
    // basename a/
    expect(await sh('basename a/')).toEqual({ stdout: 'a\n', stderr: '', status: 0 });
    // basename -- -a
    expect(await sh('basename -- -a')).toEqual({ stdout: '-a\n', stderr: '', status: 0 });
  });

  test('removes a suffix unless it is the whole name', async () => {
    // basename a.txt .txt
    expect(await sh('basename a.txt .txt')).toEqual({ stdout: 'a\n', stderr: '', status: 0 });
    // basename .txt .txt
    expect(await sh('basename .txt .txt')).toEqual({ stdout: '.txt\n', stderr: '', status: 0 });
    // basename /x/a.txt .txt
    expect(await sh('basename /x/a.txt .txt')).toEqual({ stdout: 'a\n', stderr: '', status: 0 });
    // basename / /
    expect(await sh('basename / /')).toEqual({ stdout: '/\n', stderr: '', status: 0 });
    // basename a/ ''
    expect(await sh('basename a/ \'\'')).toEqual({ stdout: 'a\n', stderr: '', status: 0 });
    // basename a --help
    expect(await sh('basename a --help')).toEqual({ stdout: 'a\n', stderr: '', status: 0 });
  });

  test('-a, -s and -z', async () => {
    // basename -a a/b c/d
    expect(await sh('basename -a a/b c/d')).toEqual({ stdout: 'b\nd\n', stderr: '', status: 0 });
    // basename -s .c a.c b.c d.h
    expect(await sh('basename -s .c a.c b.c d.h')).toEqual({ stdout: 'a\nb\nd.h\n', stderr: '', status: 0 });
    // basename -z a b | od -An -c
    expect(await sh('basename -z a b | od -An -c')).toEqual({ stdout: '   a  \\0\n', stderr: '', status: 0 });
    // basename -az a b | od -An -c
    expect(await sh('basename -az a b | od -An -c')).toEqual({ stdout: '   a  \\0   b  \\0\n', stderr: '', status: 0 });
  });

  test('usage errors', async () => {
    // basename
    expect(await sh('basename')).toEqual({ stdout: '', stderr: 'basename: missing operand\nTry \'basename --help\' for more information.\n', status: 1 });
    // basename a b c
    expect(await sh('basename a b c')).toEqual({ stdout: '', stderr: 'basename: extra operand ‘c’\nTry \'basename --help\' for more information.\n', status: 1 });
    // basename -x
    expect(await sh('basename -x')).toEqual({ stdout: '', stderr: 'basename: invalid option -- \'x\'\nTry \'basename --help\' for more information.\n', status: 1 });
  });

  test('--help', async () => {
    // basename --help
    expect((await sh('basename --help')).stdout.split('\n')[0]).toBe('Usage: basename NAME [SUFFIX]');
  });
});
