// printf: the coreutils program /usr/bin/printf (the shell's builtin is tested with bash).
// Expectations were recorded from the real tools on Debian (GNU coreutils 9.1, util-linux 2.38.1,
// bash 5.2) with LC_ALL=C.UTF-8; the command that produced each one is in the comment above it
// (run after the fixture named in the call, where there is one).

import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

describe('printf', () => {
  test('formats its arguments, reusing the format', async () => {
    // /usr/bin/printf '%s,%s\n' a b c
    expect(await sh('/usr/bin/printf \'%s,%s\\n\' a b c')).toEqual({ stdout: 'a,b\nc,\n', stderr: '', status: 0 });
    // /usr/bin/printf '%5.2f|%-5s|%05d|%x|%o|%e|%g|%c\n' 3.14159 ab 42 255 8 12345.678 0.0001 xyz
    expect(await sh('/usr/bin/printf \'%5.2f|%-5s|%05d|%x|%o|%e|%g|%c\\n\' 3.14159 ab 42 255 8 12345.678 0.0001 xyz')).toEqual({ stdout: ' 3.14|ab   |00042|ff|10|1.234568e+04|0.0001|x\n', stderr: '', status: 0 });
    // /usr/bin/printf '%.3s\n' abcdef
    expect(await sh('/usr/bin/printf \'%.3s\\n\' abcdef')).toEqual({ stdout: 'abc\n', stderr: '', status: 0 });
    // /usr/bin/printf '%*d|\n' 5 3
    expect(await sh('/usr/bin/printf \'%*d|\\n\' 5 3')).toEqual({ stdout: '    3|\n', stderr: '', status: 0 });
    // /usr/bin/printf '100%%\n'
    expect(await sh('/usr/bin/printf \'100%%\\n\'')).toEqual({ stdout: '100%\n', stderr: '', status: 0 });
    // /usr/bin/printf '%s'
    expect(await sh('/usr/bin/printf \'%s\'')).toEqual({ stdout: '', stderr: '', status: 0 });
  });

  test('escapes, %b and %q, character constants', async () => {
    // /usr/bin/printf '\x41\101\u00e9\n'
    expect(await sh('/usr/bin/printf \'\\x41\\101\\u00e9\\n\'')).toEqual({ stdout: 'AAé\n', stderr: '', status: 0 });
    // /usr/bin/printf '%s\n' '\101'
    expect(await sh('/usr/bin/printf \'%s\\n\' \'\\101\'')).toEqual({ stdout: '\\101\n', stderr: '', status: 0 });
    // /usr/bin/printf '%q\n' 'a b'
    expect(await sh('/usr/bin/printf \'%q\\n\' \'a b\'')).toEqual({ stdout: '\'a b\'\n', stderr: '', status: 0 });
    // /usr/bin/printf "%d\n" "'a"
    expect(await sh('/usr/bin/printf "%d\\n" "\'a"')).toEqual({ stdout: '97\n', stderr: '', status: 0 });
    // /usr/bin/printf '%i\n' 0x1f 010
    expect(await sh('/usr/bin/printf \'%i\\n\' 0x1f 010')).toEqual({ stdout: '31\n8\n', stderr: '', status: 0 });
    // /usr/bin/printf 'a\c' x; echo
    expect(await sh('/usr/bin/printf \'a\\c\' x; echo')).toEqual({ stdout: 'a\n', stderr: '', status: 0 });
  });

  test('bad numbers, excess arguments, invalid conversions', async () => {
    // /usr/bin/printf '%d\n' x
    expect(await sh('/usr/bin/printf \'%d\\n\' x')).toEqual({ stdout: '0\n', stderr: '/usr/bin/printf: ‘x’: expected a numeric value\n', status: 1 });
    // /usr/bin/printf '%d\n' 12abc
    expect(await sh('/usr/bin/printf \'%d\\n\' 12abc')).toEqual({ stdout: '12\n', stderr: '/usr/bin/printf: ‘12abc’: value not completely converted\n', status: 1 });
    // /usr/bin/printf '%d\n' 99999999999999999999
    expect(await sh('/usr/bin/printf \'%d\\n\' 99999999999999999999')).toEqual({ stdout: '9223372036854775807\n', stderr: '/usr/bin/printf: ‘99999999999999999999’: Numerical result out of range\n', status: 1 });
    // /usr/bin/printf 'hello\n' a b
    expect(await sh('/usr/bin/printf \'hello\\n\' a b')).toEqual({ stdout: 'hello\n', stderr: '/usr/bin/printf: warning: ignoring excess arguments, starting with ‘a’\n', status: 0 });
    // /usr/bin/printf '%z' 1
    expect(await sh('/usr/bin/printf \'%z\' 1')).toEqual({ stdout: '', stderr: '/usr/bin/printf: %z: invalid conversion specification\n', status: 1 });
  });

  test('only a lone --help is an option', async () => {
    // /usr/bin/printf
    expect(await sh('/usr/bin/printf')).toEqual({ stdout: '', stderr: '/usr/bin/printf: missing operand\nTry \'/usr/bin/printf --help\' for more information.\n', status: 1 });
    // /usr/bin/printf --help x
    expect(await sh('/usr/bin/printf --help x')).toEqual({ stdout: '--help', stderr: '/usr/bin/printf: warning: ignoring excess arguments, starting with ‘x’\n', status: 0 });
    // /usr/bin/printf -- '%s\n' a
    expect(await sh('/usr/bin/printf -- \'%s\\n\' a')).toEqual({ stdout: 'a\n', stderr: '', status: 0 });
    // /usr/bin/printf '%s\n' -- -x
    expect(await sh('/usr/bin/printf \'%s\\n\' -- -x')).toEqual({ stdout: '--\n-x\n', stderr: '', status: 0 });
    // /usr/bin/printf -x
    expect(await sh('/usr/bin/printf -x')).toEqual({ stdout: '-x', stderr: '', status: 0 });
  });

  test('--help', async () => {
    // (exec printf --help)
    expect((await sh('(exec printf --help)')).stdout.split('\n')[0]).toBe('Usage: printf FORMAT [ARGUMENT]...');
  });
});
