// nl: numbered lines, with logical page sections.
// Expectations were recorded from the real tools on Debian (GNU coreutils 9.1, util-linux 2.38.1,
// bash 5.2) with LC_ALL=C.UTF-8; the command that produced each one is in the comment above it
// (run after the fixture named in the call, where there is one).

import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

const SEC = 'printf \'a\\n\\nb\\n\\\\:\\\\:\\\\:\\nh1\\n\\\\:\\\\:\\nb1\\n\\n\\\\:\\nf1\\nc\' > sec; printf \'x\\ny\' > xy; mkdir d; ';

describe('nl', () => {
  test('numbers non-empty body lines by default', async () => {
    // nl xy
    expect(await sh(SEC + 'nl xy')).toEqual({ stdout: '     1\tx\n     2\ty\n', stderr: '', status: 0 });
    // nl  <<< 'a\n\nb\n'
    expect(await sh('nl', 'a\n\nb\n')).toEqual({ stdout: '     1\ta\n       \n     2\tb\n', stderr: '', status: 0 });
    // nl
    expect(await sh('nl')).toEqual({ stdout: '', stderr: '', status: 0 });
    // nl - xy < xy
    expect(await sh(SEC + 'nl - xy < xy')).toEqual({ stdout: '     1\tx\n     2\ty\n     3\tx\n     4\ty\n', stderr: '', status: 0 });
  });

  test('header, body and footer sections', async () => {
    // nl sec
    expect(await sh(SEC + 'nl sec')).toEqual({ stdout: '     1\ta\n       \n     2\tb\n\n       h1\n\n     1\tb1\n       \n\n       f1\n       c\n', stderr: '', status: 0 });
    // nl -ba -ht -fa sec
    expect(await sh(SEC + 'nl -ba -ht -fa sec')).toEqual({ stdout: '     1\ta\n     2\t\n     3\tb\n\n     1\th1\n\n     1\tb1\n     2\t\n\n     1\tf1\n     2\tc\n', stderr: '', status: 0 });
    // nl -p -ba sec
    expect(await sh(SEC + 'nl -p -ba sec')).toEqual({ stdout: '     1\ta\n     2\t\n     3\tb\n\n       h1\n\n     4\tb1\n     5\t\n\n       f1\n       c\n', stderr: '', status: 0 });
  });

  test('-b styles, -l for runs of blank lines', async () => {
    // nl -ba  <<< 'a\n\nb\n'
    expect(await sh('nl -ba', 'a\n\nb\n')).toEqual({ stdout: '     1\ta\n     2\t\n     3\tb\n', stderr: '', status: 0 });
    // nl -bn  <<< 'a\nb\n'
    expect(await sh('nl -bn', 'a\nb\n')).toEqual({ stdout: '       a\n       b\n', stderr: '', status: 0 });
    // nl -ba -l 3 sec
    expect(await sh(SEC + 'nl -ba -l 3 sec')).toEqual({ stdout: '     1\ta\n       \n     2\tb\n\n       h1\n\n     1\tb1\n       \n\n       f1\n       c\n', stderr: '', status: 0 });
    // nl -ba -l2  <<< '\n\n\n\n\nx\n'
    expect(await sh('nl -ba -l2', '\n\n\n\n\nx\n')).toEqual({ stdout: '       \n     1\t\n       \n     2\t\n       \n     3\tx\n', stderr: '', status: 0 });
  });

  test('-n formats, -w, -s, -v and -i', async () => {
    // nl -ba -l2 -nrz -w3 -s: sec
    expect(await sh(SEC + 'nl -ba -l2 -nrz -w3 -s: sec')).toEqual({ stdout: '001:a\n    \n002:b\n\n    h1\n\n001:b1\n    \n\n    f1\n    c\n', stderr: '', status: 0 });
    // nl -nln -v-2 -i3  <<< 'a\nb\nc\n'
    expect(await sh('nl -nln -v-2 -i3', 'a\nb\nc\n')).toEqual({ stdout: '-2    \ta\n1     \tb\n4     \tc\n', stderr: '', status: 0 });
    // nl -v -5 -nrz -w4 xy
    expect(await sh(SEC + 'nl -v -5 -nrz -w4 xy')).toEqual({ stdout: '-005\tx\n-004\ty\n', stderr: '', status: 0 });
    // nl -s '' xy
    expect(await sh(SEC + 'nl -s \'\' xy')).toEqual({ stdout: '     1x\n     2y\n', stderr: '', status: 0 });
    // nl -i -2  <<< 'a\nb\n'
    expect(await sh('nl -i -2', 'a\nb\n')).toEqual({ stdout: '     1\ta\n    -1\tb\n', stderr: '', status: 0 });
    // nl -i 0  <<< 'a\nb\n'
    expect(await sh('nl -i 0', 'a\nb\n')).toEqual({ stdout: '     1\ta\n     1\tb\n', stderr: '', status: 0 });
  });

  test('-d sets the section delimiter characters', async () => {
    // nl -d X: sec
    expect(await sh(SEC + 'nl -d X: sec')).toEqual({ stdout: '     1\ta\n       \n     2\tb\n     3\t\\:\\:\\:\n     4\th1\n     5\t\\:\\:\n     6\tb1\n       \n     7\t\\:\n     8\tf1\n     9\tc\n', stderr: '', status: 0 });
    // nl -d "" sec
    expect(await sh(SEC + 'nl -d "" sec')).toEqual({ stdout: '     1\ta\n       \n     2\tb\n     3\t\\:\\:\\:\n     4\th1\n     5\t\\:\\:\n     6\tb1\n       \n     7\t\\:\n     8\tf1\n     9\tc\n', stderr: '', status: 0 });
    // nl -d '\:\:' sec
    expect(await sh(SEC + 'nl -d \'\\:\\:\' sec')).toEqual({ stdout: '     1\ta\n       \n     2\tb\n     3\t\\:\\:\\:\n     4\th1\n\n       b1\n       \n       \\:\n       f1\n       c\n', stderr: '', status: 0 });
  });

  test('line number overflow', async () => {
    // nl -v 9223372036854775806  <<< 'a\nb\nc\n'
    expect(await sh('nl -v 9223372036854775806', 'a\nb\nc\n')).toEqual({ stdout: '9223372036854775806\ta\n9223372036854775807\tb\n', stderr: 'nl: line number overflow\n', status: 1 });
  });

  test('missing files and directories', async () => {
    // nl nope d xy
    expect(await sh(SEC + 'nl nope d xy')).toEqual({ stdout: '     1\tx\n     2\ty\n', stderr: 'nl: nope: No such file or directory\nnl: d: Is a directory\n', status: 1 });
  });

  test('invalid arguments', async () => {
    // nl -bx -nq
    expect(await sh('nl -bx -nq')).toEqual({ stdout: '', stderr: 'nl: invalid body numbering style: ‘x’\nnl: invalid line numbering format: ‘q’\nTry \'nl --help\' for more information.\n', status: 1 });
    // nl -w 0
    expect(await sh('nl -w 0')).toEqual({ stdout: '', stderr: 'nl: invalid line number field width: ‘0’: Numerical result out of range\n', status: 1 });
    // nl -w 3000000000
    expect(await sh('nl -w 3000000000')).toEqual({ stdout: '', stderr: 'nl: invalid line number field width: ‘3000000000’: Value too large for defined data type\n', status: 1 });
    // nl -v 99999999999999999999
    expect(await sh('nl -v 99999999999999999999')).toEqual({ stdout: '', stderr: 'nl: invalid starting line number: ‘99999999999999999999’: Value too large for defined data type\n', status: 1 });
    // nl -l 0
    expect(await sh('nl -l 0')).toEqual({ stdout: '', stderr: 'nl: invalid line number of blank lines: ‘0’: Numerical result out of range\n', status: 1 });
    // nl -x
    expect(await sh('nl -x')).toEqual({ stdout: '', stderr: 'nl: invalid option -- \'x\'\nTry \'nl --help\' for more information.\n', status: 1 });
    // Not simulated: regular expression numbering
    // nl -b p.
    expect(await sh('nl -b p.')).toEqual({ stdout: '', stderr: 'nl: -b pBRE: not supported in this playground\n', status: 2 });
  });

  test('--help', async () => {
    // nl --help
    expect((await sh('nl --help')).stdout.split('\n')[0]).toBe('Usage: nl [OPTION]... [FILE]...');
  });
});
