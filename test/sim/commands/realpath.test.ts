// realpath: resolved absolute file names.
// Expectations were recorded from the real tools on Debian (GNU coreutils 9.1, util-linux 2.38.1,
// bash 5.2) with LC_ALL=C.UTF-8; the command that produced each one is in the comment above it
// (run after the fixture named in the call, where there is one).

import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

const RP = 'rm -rf /tmp/rpt; mkdir -p /tmp/rpt/rp/sub; cd /tmp/rpt; ln -s sub rp/link; ln -s nowhere rp/dangling; ln -s ../rp/sub/../sub rp/rel; ln -s loop1 rp/loop2; ln -s loop2 rp/loop1; touch rp/file; ln -s /tmp/rpt/rp/file rp/abs; ';

describe('realpath', () => {
  test('resolves links, . and ..; the last component may be missing', async () => {
    // realpath rp/link rp/sub/.. rp/dangling rp/rel rp/abs
    expect(await sh(RP + 'realpath rp/link rp/sub/.. rp/dangling rp/rel rp/abs')).toEqual({ stdout: '/tmp/rpt/rp/sub\n/tmp/rpt/rp\n/tmp/rpt/rp/nowhere\n/tmp/rpt/rp/sub\n/tmp/rpt/rp/file\n', stderr: '', status: 0 });
    // realpath rp/link/../file
    expect(await sh(RP + 'realpath rp/link/../file')).toEqual({ stdout: '/tmp/rpt/rp/file\n', stderr: '', status: 0 });
    // realpath / // /.. .
    expect(await sh(RP + 'realpath / // /.. .')).toEqual({ stdout: '/\n/\n/\n/tmp/rpt\n', stderr: '', status: 0 });
    // cd rp/link; realpath . ..
    expect(await sh(RP + 'cd rp/link; realpath . ..')).toEqual({ stdout: '/tmp/rpt/rp/sub\n/tmp/rpt/rp\n', stderr: '', status: 0 });
  });

  test('missing components, files used as directories, loops', async () => {
    // realpath rp/nope/x rp/file/x
    expect(await sh(RP + 'realpath rp/nope/x rp/file/x')).toEqual({ stdout: '', stderr: 'realpath: rp/nope/x: No such file or directory\nrealpath: rp/file/x: Not a directory\n', status: 1 });
    // realpath rp/loop1
    expect(await sh(RP + 'realpath rp/loop1')).toEqual({ stdout: '', stderr: 'realpath: rp/loop1: Too many levels of symbolic links\n', status: 1 });
    // realpath rp/file/
    expect(await sh(RP + 'realpath rp/file/')).toEqual({ stdout: '', stderr: 'realpath: rp/file/: Not a directory\n', status: 1 });
    // realpath rp/nope/ rp/nope/.
    expect(await sh(RP + 'realpath rp/nope/ rp/nope/.')).toEqual({ stdout: '/tmp/rpt/rp/nope\n', stderr: 'realpath: rp/nope/.: No such file or directory\n', status: 1 });
    // realpath ""
    expect(await sh(RP + 'realpath ""')).toEqual({ stdout: '', stderr: 'realpath: \'\': No such file or directory\n', status: 1 });
  });

  test('-e needs every component, -m none', async () => {
    // realpath -e rp/dangling rp/link
    expect(await sh(RP + 'realpath -e rp/dangling rp/link')).toEqual({ stdout: '/tmp/rpt/rp/sub\n', stderr: 'realpath: rp/dangling: No such file or directory\n', status: 1 });
    // realpath -e rp/file/
    expect(await sh(RP + 'realpath -e rp/file/')).toEqual({ stdout: '', stderr: 'realpath: rp/file/: Not a directory\n', status: 1 });
    // realpath -m rp/nope/x/../y rp/file/x rp/dangling/z
    expect(await sh(RP + 'realpath -m rp/nope/x/../y rp/file/x rp/dangling/z')).toEqual({ stdout: '/tmp/rpt/rp/nope/y\n/tmp/rpt/rp/file/x\n/tmp/rpt/rp/nowhere/z\n', stderr: '', status: 0 });
    // realpath -m rp/file/
    expect(await sh(RP + 'realpath -m rp/file/')).toEqual({ stdout: '/tmp/rpt/rp/file\n', stderr: '', status: 0 });
    // realpath -m rp/loop1/x
    expect(await sh(RP + 'realpath -m rp/loop1/x')).toEqual({ stdout: '/tmp/rpt/rp/loop1/x\n', stderr: '', status: 0 });
  });

  test('-s leaves links alone, -L resolves .. first, -P is the default', async () => {
    // realpath -s rp/link rp/nope
    expect(await sh(RP + 'realpath -s rp/link rp/nope')).toEqual({ stdout: '/tmp/rpt/rp/link\n/tmp/rpt/rp/nope\n', stderr: '', status: 0 });
    // realpath -s rp/link/../file
    expect(await sh(RP + 'realpath -s rp/link/../file')).toEqual({ stdout: '/tmp/rpt/rp/file\n', stderr: '', status: 0 });
    // realpath -s -m ../x//y/./z
    expect(await sh(RP + 'realpath -s -m ../x//y/./z')).toEqual({ stdout: '/tmp/x/y/z\n', stderr: '', status: 0 });
    // realpath -se rp/nope
    expect(await sh(RP + 'realpath -se rp/nope')).toEqual({ stdout: '', stderr: 'realpath: rp/nope: No such file or directory\n', status: 1 });
    // realpath -L rp/link/..
    expect(await sh(RP + 'realpath -L rp/link/..')).toEqual({ stdout: '/tmp/rpt/rp\n', stderr: '', status: 0 });
    // realpath -P rp/link/..
    expect(await sh(RP + 'realpath -P rp/link/..')).toEqual({ stdout: '/tmp/rpt/rp\n', stderr: '', status: 0 });
    // cd rp/link; realpath -L ..
    expect(await sh(RP + 'cd rp/link; realpath -L ..')).toEqual({ stdout: '/tmp/rpt/rp\n', stderr: '', status: 0 });
  });

  test('--relative-to and --relative-base', async () => {
    // realpath --relative-to=rp/sub rp/file rp/link .
    expect(await sh(RP + 'realpath --relative-to=rp/sub rp/file rp/link .')).toEqual({ stdout: '../file\n.\n../..\n', stderr: '', status: 0 });
    // realpath --relative-base=rp rp/file /tmp
    expect(await sh(RP + 'realpath --relative-base=rp rp/file /tmp')).toEqual({ stdout: 'file\n/tmp\n', stderr: '', status: 0 });
    // realpath --relative-to=rp/nope rp/file
    expect(await sh(RP + 'realpath --relative-to=rp/nope rp/file')).toEqual({ stdout: '../file\n', stderr: '', status: 0 });
    // realpath -e --relative-to=rp/file rp
    expect(await sh(RP + 'realpath -e --relative-to=rp/file rp')).toEqual({ stdout: '', stderr: 'realpath: rp/file: Not a directory\n', status: 1 });
    // realpath --relative-to=rp --relative-base=rp/sub rp/sub/x rp/file
    expect(await sh(RP + 'realpath --relative-to=rp --relative-base=rp/sub rp/sub/x rp/file')).toEqual({ stdout: '/tmp/rpt/rp/sub/x\n/tmp/rpt/rp/file\n', stderr: '', status: 0 });
    // realpath --relative-to=rp/sub --relative-base=rp rp/sub/x rp/file /tmp
    expect(await sh(RP + 'realpath --relative-to=rp/sub --relative-base=rp rp/sub/x rp/file /tmp')).toEqual({ stdout: 'x\n../file\n/tmp\n', stderr: '', status: 0 });
  });

  test('-q and -z', async () => {
    // realpath -q rp/nope/x rp/file
    expect(await sh(RP + 'realpath -q rp/nope/x rp/file')).toEqual({ stdout: '/tmp/rpt/rp/file\n', stderr: '', status: 1 });
    // realpath -z rp/file rp/sub | od -An -c
    expect(await sh(RP + 'realpath -z rp/file rp/sub | od -An -c')).toEqual({ stdout: '   /   t   m   p   /   r   p   t   /   r   p   /   f   i   l   e\n  \\0   /   t   m   p   /   r   p   t   /   r   p   /   s   u   b\n  \\0\n', stderr: '', status: 0 });
  });

  test('usage errors', async () => {
    // realpath
    expect(await sh('realpath')).toEqual({ stdout: '', stderr: 'realpath: missing operand\nTry \'realpath --help\' for more information.\n', status: 1 });
    // realpath -x
    expect(await sh('realpath -x')).toEqual({ stdout: '', stderr: 'realpath: invalid option -- \'x\'\nTry \'realpath --help\' for more information.\n', status: 1 });
  });

  test('--help', async () => {
    // realpath --help
    expect((await sh('realpath --help')).stdout.split('\n')[0]).toBe('Usage: realpath [OPTION]... FILE...');
  });
});
