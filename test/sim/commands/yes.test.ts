// yes: a line repeated until the reader goes away.
// Expectations were recorded from the real tools on Debian (GNU coreutils 9.1, util-linux 2.38.1,
// bash 5.2) with LC_ALL=C.UTF-8; the command that produced each one is in the comment above it
// (run after the fixture named in the call, where there is one).

import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

describe('yes', () => {
  test('repeats y, or its arguments', async () => {
    // yes | head -n 3
    expect(await sh('yes | head -n 3')).toEqual({ stdout: 'y\ny\ny\n', stderr: '', status: 0 });
    // yes a b | head -n 2
    expect(await sh('yes a b | head -n 2')).toEqual({ stdout: 'a b\na b\n', stderr: '', status: 0 });
    // yes "" | head -n 2
    expect(await sh('yes "" | head -n 2')).toEqual({ stdout: '\n\n', stderr: '', status: 0 });
    // yes -- -n | head -n 1
    expect(await sh('yes -- -n | head -n 1')).toEqual({ stdout: '-n\n', stderr: '', status: 0 });
    // yes | head -c 200000 | wc -l
    expect(await sh('yes | head -c 200000 | wc -l')).toEqual({ stdout: '100000\n', stderr: '', status: 0 });
  });

  test('options', async () => {
    // yes -n
    expect(await sh('yes -n')).toEqual({ stdout: '', stderr: 'yes: invalid option -- \'n\'\nTry \'yes --help\' for more information.\n', status: 1 });
    // yes --foo
    expect(await sh('yes --foo')).toEqual({ stdout: '', stderr: 'yes: unrecognized option \'--foo\'\nTry \'yes --help\' for more information.\n', status: 1 });
    // yes x --help | head -n 1
    expect(await sh('yes x --help | head -n 1')).toEqual({ stdout: 'Usage: yes [STRING]...\n', stderr: '', status: 0 });
  });

  test('--help', async () => {
    // yes --help
    expect((await sh('yes --help')).stdout.split('\n')[0]).toBe('Usage: yes [STRING]...');
  });
});
