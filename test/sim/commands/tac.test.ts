// tac: files with their lines (or records) in reverse order.
// Expectations were recorded from the real tools on Debian (GNU coreutils 9.1, util-linux 2.38.1,
// bash 5.2) with LC_ALL=C.UTF-8; the command that produced each one is in the comment above it
// (run after the fixture named in the call, where there is one).

import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

const F12 = 'printf \'a\\nb\\nc\\nd\\ne\\nf\\ng\\nh\\ni\\nj\\nk\\nl\\n\' > f12; printf \'x\\ny\' > nonl; mkdir d; ';

describe('tac', () => {
  test('reverses lines', async () => {
    // tac f12
    expect(await sh(F12 + 'tac f12')).toEqual({ stdout: 'l\nk\nj\ni\nh\ng\nf\ne\nd\nc\nb\na\n', stderr: '', status: 0 });
    // tac nonl | od -c
    expect(await sh(F12 + 'tac nonl | od -c')).toEqual({ stdout: '0000000   y   x  \\n\n0000003\n', stderr: '', status: 0 });
    // tac  <<< 'one\ntwo\nthree\n'
    expect(await sh('tac', 'one\ntwo\nthree\n')).toEqual({ stdout: 'three\ntwo\none\n', stderr: '', status: 0 });
    // tac
    expect(await sh('tac')).toEqual({ stdout: '', stderr: '', status: 0 });
    // printf "\n\n" | tac | od -c
    expect(await sh('printf "\\n\\n" | tac | od -c')).toEqual({ stdout: '0000000  \\n  \\n\n0000002\n', stderr: '', status: 0 });
    // tac - - < f12 | wc -l
    expect(await sh(F12 + 'tac - - < f12 | wc -l')).toEqual({ stdout: '24\n', stderr: '', status: 0 });
  });

  test('-s separator and -b (separator before the record)', async () => {
    // printf "a,b,c" | tac -s ,; echo
    expect(await sh('printf "a,b,c" | tac -s ,; echo')).toEqual({ stdout: 'cb,a,\n', stderr: '', status: 0 });
    // printf "a,b,c," | tac -s , -b; echo
    expect(await sh('printf "a,b,c," | tac -s , -b; echo')).toEqual({ stdout: ',,c,ba\n', stderr: '', status: 0 });
    // printf "a\nb\n" | tac -b | od -c
    expect(await sh('printf "a\\nb\\n" | tac -b | od -c')).toEqual({ stdout: '0000000  \\n  \\n   b   a\n0000004\n', stderr: '', status: 0 });
    // printf "xaaay" | tac -s aa; echo
    expect(await sh('printf "xaaay" | tac -s aa; echo')).toEqual({ stdout: 'yxaaa\n', stderr: '', status: 0 });
    // printf "xaaaay" | tac -s aa -b; echo
    expect(await sh('printf "xaaaay" | tac -s aa -b; echo')).toEqual({ stdout: 'aayaax\n', stderr: '', status: 0 });
    // tac -s "" f12 | head -n 2
    expect(await sh(F12 + 'tac -s "" f12 | head -n 2')).toEqual({ stdout: 'a\nb\n', stderr: '', status: 0 });
  });

  test('missing files and directories', async () => {
    // tac nope f12 | head -n 1
    expect(await sh(F12 + 'tac nope f12 | head -n 1')).toEqual({ stdout: 'l\n', stderr: 'tac: failed to open \'nope\' for reading: No such file or directory\n', status: 0 });
    // tac d
    expect(await sh(F12 + 'tac d')).toEqual({ stdout: '', stderr: 'tac: d: read error: Invalid argument\n', status: 1 });
    // tac < d
    expect(await sh(F12 + 'tac < d')).toEqual({ stdout: '', stderr: 'tac: \'standard input\': read error: Invalid argument\n', status: 1 });
  });

  test('usage errors; regular expression separators are not simulated', async () => {
    // tac -x
    expect(await sh('tac -x')).toEqual({ stdout: '', stderr: 'tac: invalid option -- \'x\'\nTry \'tac --help\' for more information.\n', status: 1 });
    // tac -s
    expect(await sh('tac -s')).toEqual({ stdout: '', stderr: 'tac: option requires an argument -- \'s\'\nTry \'tac --help\' for more information.\n', status: 1 });
    // Not simulated: tac -r
    // tac -r -s "[0-9]"
    expect(await sh('tac -r -s "[0-9]"')).toEqual({ stdout: '', stderr: 'tac: -r: not supported in this playground\n', status: 2 });
  });

  test('--help', async () => {
    // tac --help
    expect((await sh('tac --help')).stdout.split('\n')[0]).toBe('Usage: tac [OPTION]... [FILE]...');
  });
});
