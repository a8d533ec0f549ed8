// readlink: symbolic link values and canonical names.
// Expectations were recorded from the real tools on Debian (GNU coreutils 9.1, util-linux 2.38.1,
// bash 5.2) with LC_ALL=C.UTF-8; the command that produced each one is in the comment above it
// (run after the fixture named in the call, where there is one).

import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

const RP = 'rm -rf /tmp/rpt; mkdir -p /tmp/rpt/rp/sub; cd /tmp/rpt; ln -s sub rp/link; ln -s nowhere rp/dangling; ln -s ../rp/sub/../sub rp/rel; ln -s loop1 rp/loop2; ln -s loop2 rp/loop1; touch rp/file; ln -s /tmp/rpt/rp/file rp/abs; ';

describe('readlink', () => {
  test('prints a link\'s value; anything else fails silently', async () => {
    // readlink rp/link rp/rel rp/abs
    expect(await sh(RP + 'readlink rp/link rp/rel rp/abs')).toEqual({ stdout: 'sub\n../rp/sub/../sub\n/tmp/rpt/rp/file\n', stderr: '', status: 0 });
    // readlink rp/file; echo $?
    expect(await sh(RP + 'readlink rp/file; echo $?')).toEqual({ stdout: '1\n', stderr: '', status: 0 });
    // readlink rp/nope; echo $?
    expect(await sh(RP + 'readlink rp/nope; echo $?')).toEqual({ stdout: '1\n', stderr: '', status: 0 });
  });

  test('-v reports why', async () => {
    // readlink -v rp/file nope
    expect(await sh(RP + 'readlink -v rp/file nope')).toEqual({ stdout: '', stderr: 'readlink: rp/file: Invalid argument\nreadlink: nope: No such file or directory\n', status: 1 });
    // readlink -fv rp/nope/x rp/loop1
    expect(await sh(RP + 'readlink -fv rp/nope/x rp/loop1')).toEqual({ stdout: '', stderr: 'readlink: rp/nope/x: No such file or directory\nreadlink: rp/loop1: Too many levels of symbolic links\n', status: 1 });
  });

  test('-f, -e and -m canonicalize', async () => {
    // readlink -f rp/link/../file rp/nope/x rp/dangling . rp/sub/
    expect(await sh(RP + 'readlink -f rp/link/../file rp/nope/x rp/dangling . rp/sub/')).toEqual({ stdout: '/tmp/rpt/rp/file\n/tmp/rpt/rp/nowhere\n/tmp/rpt\n/tmp/rpt/rp/sub\n', stderr: '', status: 1 });
    // readlink -e rp/dangling rp/link
    expect(await sh(RP + 'readlink -e rp/dangling rp/link')).toEqual({ stdout: '/tmp/rpt/rp/sub\n', stderr: '', status: 1 });
    // readlink -m rp/dangling/x rp/file/y
    expect(await sh(RP + 'readlink -m rp/dangling/x rp/file/y')).toEqual({ stdout: '/tmp/rpt/rp/nowhere/x\n/tmp/rpt/rp/file/y\n', stderr: '', status: 0 });
    // readlink -f rp/loop1; echo $?
    expect(await sh(RP + 'readlink -f rp/loop1; echo $?')).toEqual({ stdout: '1\n', stderr: '', status: 0 });
  });

  test('-n and -z', async () => {
    // readlink -n rp/link; echo
    expect(await sh(RP + 'readlink -n rp/link; echo')).toEqual({ stdout: 'sub\n', stderr: '', status: 0 });
    // readlink -n rp/link rp/rel
    expect(await sh(RP + 'readlink -n rp/link rp/rel')).toEqual({ stdout: 'sub\n../rp/sub/../sub\n', stderr: 'readlink: ignoring --no-newline with multiple arguments\n', status: 0 });
    // readlink -z rp/link rp/rel | od -An -c
    expect(await sh(RP + 'readlink -z rp/link rp/rel | od -An -c')).toEqual({ stdout: '   s   u   b  \\0   .   .   /   r   p   /   s   u   b   /   .   .\n   /   s   u   b  \\0\n', stderr: '', status: 0 });
  });

  test('usage errors', async () => {
    // readlink
    expect(await sh('readlink')).toEqual({ stdout: '', stderr: 'readlink: missing operand\nTry \'readlink --help\' for more information.\n', status: 1 });
    // readlink -x
    expect(await sh('readlink -x')).toEqual({ stdout: '', stderr: 'readlink: invalid option -- \'x\'\nTry \'readlink --help\' for more information.\n', status: 1 });
  });

  test('--help', async () => {
    // readlink --help
    expect((await sh('readlink --help')).stdout.split('\n')[0]).toBe('Usage: readlink [OPTION]... FILE...');
  });
});
