// dirname: file names without their last component.
// Expectations were recorded from the real tools on Debian (GNU coreutils 9.1, util-linux 2.38.1,
// bash 5.2) with LC_ALL=C.UTF-8; the command that produced each one is in the comment above it
// (run after the fixture named in the call, where there is one).

import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

describe('dirname', () => {
  test('strips the last component', async () => {
    // dirname a/b
    expect(await sh('dirname a/b')).toEqual({ stdout: 'a\n', stderr: '', status: 0 });
    // dirname /a / // a//b// "" a ///x
    expect(await sh('dirname /a / // a//b// "" a ///x')).toEqual({ stdout: '/\n/\n/\na\n.\n.\n/\n', stderr: '', status: 0 });
    // dirname a/b/ /usr/bin
    expect(await sh('dirname a/b/ /usr/bin')).toEqual({ stdout: 'a\n/usr\n', stderr: '', status: 0 });
    // dirname -z a/b c | od -An -c
    expect(await sh('dirname -z a/b c | od -An -c')).toEqual({ stdout: '   a  \\0   .  \\0\n', stderr: '', status: 0 });
  });

  test('usage errors', async () => {
    // dirname
    expect(await sh('dirname')).toEqual({ stdout: '', stderr: 'dirname: missing operand\nTry \'dirname --help\' for more information.\n', status: 1 });
    // dirname -x
    expect(await sh('dirname -x')).toEqual({ stdout: '', stderr: 'dirname: invalid option -- \'x\'\nTry \'dirname --help\' for more information.\n', status: 1 });
  });

  test('--help', async () => {
    // dirname --help
    expect((await sh('dirname --help')).stdout.split('\n')[0]).toBe('Usage: dirname [OPTION] NAME...');
  });
});
