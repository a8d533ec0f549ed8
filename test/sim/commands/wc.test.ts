// wc: line, word, character and byte counts, and the longest line.
// Expectations were recorded from the real tools on Debian (GNU coreutils 9.1, util-linux 2.38.1,
// bash 5.2) with LC_ALL=C.UTF-8; the command that produced each one is in the comment above it
// (run after the fixture named in the call, where there is one).

import { describe, expect, test } from 'vitest';
import { STUDENT } from '../../../src/sim/fs/base-system.ts';
import { bootWorld, runBashCommand, sh, type RunResult } from '../../support/world.ts';


/** Runs a script in a fresh world whose home holds files with exactly these bytes (hex). */
async function shWithFiles(files: Record<string, string>, script: string): Promise<RunResult> {
  const world = bootWorld();
  const fs = world.kernel.fs;
  const cred = { ...STUDENT, groups: [...STUDENT.groups] };
  for (const [name, hex] of Object.entries(files)) {
    const bytes = new Uint8Array(hex.length / 2).map((_, i) => parseInt(hex.slice(2 * i, 2 * i + 2), 16));
    fs.setContent(fs.createFile(cred, '/home/student', name, 0o644), bytes);
  }
  return runBashCommand(world, script);
}

const F12 = 'printf \'a\\nb\\nc\\nd\\ne\\nf\\ng\\nh\\ni\\nj\\nk\\nl\\n\' > f12; printf \'x y\' > nonl; mkdir d; ';

describe('wc', () => {
  test('counts lines, words and bytes by default', async () => {
    // wc f12
    expect(await sh(F12 + 'wc f12')).toEqual({ stdout: '12 12 24 f12\n', stderr: '', status: 0 });
    // wc nonl
    expect(await sh(F12 + 'wc nonl')).toEqual({ stdout: '0 2 3 nonl\n', stderr: '', status: 0 });
    // wc  <<< 'one two\nthree\n'
    expect(await sh('wc', 'one two\nthree\n')).toEqual({ stdout: '      2       3      14\n', stderr: '', status: 0 });
    // wc
    expect(await sh('wc')).toEqual({ stdout: '      0       0       0\n', stderr: '', status: 0 });
  });

  test('one option each: -l -w -c -m -L, and all together', async () => {
    // wc -l f12
    expect(await sh(F12 + 'wc -l f12')).toEqual({ stdout: '12 f12\n', stderr: '', status: 0 });
    // wc -w nonl
    expect(await sh(F12 + 'wc -w nonl')).toEqual({ stdout: '2 nonl\n', stderr: '', status: 0 });
    // wc -c f12
    expect(await sh(F12 + 'wc -c f12')).toEqual({ stdout: '24 f12\n', stderr: '', status: 0 });
    // wc -m  <<< 'héllo wörld\n'
    expect(await sh('wc -m', 'héllo wörld\n')).toEqual({ stdout: '12\n', stderr: '', status: 0 });
    // wc -L  <<< 'ab\tc\nxyz\n'
    expect(await sh('wc -L', 'ab\tc\nxyz\n')).toEqual({ stdout: '9\n', stderr: '', status: 0 });
    // wc -cmlwL f12 nonl
    expect(await sh(F12 + 'wc -cmlwL f12 nonl')).toEqual({ stdout: '12 12 24 24  1 f12\n 0  2  3  3  3 nonl\n12 14 27 27  3 total\n', stderr: '', status: 0 });
    // wc --lines --words --bytes --chars --max-line-length  <<< 'a b\n'
    expect(await sh('wc --lines --words --bytes --chars --max-line-length', 'a b\n')).toEqual({ stdout: '      1       2       4       4       3\n', stderr: '', status: 0 });
  });

  test('column widths follow the size of the regular files, 7 for other inputs, 1 for one count', async () => {
    // wc < f12
    expect(await sh(F12 + 'wc < f12')).toEqual({ stdout: '12 12 24\n', stderr: '', status: 0 });
    // cat f12 | wc
    expect(await sh(F12 + 'cat f12 | wc')).toEqual({ stdout: '     12      12      24\n', stderr: '', status: 0 });
    // cat f12 | wc -l
    expect(await sh(F12 + 'cat f12 | wc -l')).toEqual({ stdout: '12\n', stderr: '', status: 0 });
    // wc f12 nonl
    expect(await sh(F12 + 'wc f12 nonl')).toEqual({ stdout: '12 12 24 f12\n 0  2  3 nonl\n12 14 27 total\n', stderr: '', status: 0 });
    // wc /dev/null f12
    expect(await sh(F12 + 'wc /dev/null f12')).toEqual({ stdout: '      0       0       0 /dev/null\n     12      12      24 f12\n     12      12      24 total\n', stderr: '', status: 0 });
    // wc - < f12
    expect(await sh(F12 + 'wc - < f12')).toEqual({ stdout: '12 12 24 -\n', stderr: '', status: 0 });
    // wc -lc f12 - < f12
    expect(await sh(F12 + 'wc -lc f12 - < f12')).toEqual({ stdout: '12 24 f12\n12 24 -\n24 48 total\n', stderr: '', status: 0 });
    // seq 1 2000 > big; wc big; wc -l big big
    expect(await sh('seq 1 2000 > big; wc big; wc -l big big')).toEqual({ stdout: '2000 2000 8893 big\n 2000 big\n 2000 big\n 4000 total\n', stderr: '', status: 0 });
  });

  test('a total line for several files; -L totals are the maximum', async () => {
    // wc -L f12 nonl
    expect(await sh(F12 + 'wc -L f12 nonl')).toEqual({ stdout: ' 1 f12\n 3 nonl\n 3 total\n', stderr: '', status: 0 });
    // wc -w f12 nonl f12
    expect(await sh(F12 + 'wc -w f12 nonl f12')).toEqual({ stdout: '12 f12\n 2 nonl\n12 f12\n26 total\n', stderr: '', status: 0 });
  });

  test('characters, words and widths in UTF-8', async () => {
    // wc -m -w -L  <<< '中文字 and é\n'
    expect(await sh('wc -m -w -L', '中文字 and é\n')).toEqual({ stdout: '      3      10      12\n', stderr: '', status: 0 });
    // wc -L  <<< 'a\tb\rcc\x0cd\x0be\n'
    expect(await sh('wc -L', 'a\tb\rcc\x0cd\x0be\n')).toEqual({ stdout: '9\n', stderr: '', status: 0 });
    // wc -w -m -c -L mb1
    expect(await shWithFiles({ mb1: '61a0622063c2a064e2808365e38080660167' }, 'wc -w -m -c -L mb1')).toEqual({ stdout: ' 5 12 18 12 mb1\n', stderr: '', status: 0 });
    // wc -w mb2
    expect(await shWithFiles({ mb2: 'e280a878e280a979c2857ae19a8077' }, 'wc -w mb2')).toEqual({ stdout: '2 mb2\n', stderr: '', status: 0 });
    // wc -mcL mb3
    expect(await shWithFiles({ mb3: 'c328e4b8ade696' }, 'wc -mcL mb3')).toEqual({ stdout: '2 7 3 mb3\n', stderr: '', status: 0 });
    // wc -m mb4
    expect(await shWithFiles({ mb4: 'eda080f4908080e08080f09f988078' }, 'wc -m mb4')).toEqual({ stdout: '3 mb4\n', stderr: '', status: 0 });
  });

  test('missing files, directories, odd names', async () => {
    // wc nope f12
    expect(await sh(F12 + 'wc nope f12')).toEqual({ stdout: '12 12 24 f12\n12 12 24 total\n', stderr: 'wc: nope: No such file or directory\n', status: 1 });
    // wc f12 nope
    expect(await sh(F12 + 'wc f12 nope')).toEqual({ stdout: '12 12 24 f12\n12 12 24 total\n', stderr: 'wc: nope: No such file or directory\n', status: 1 });
    // wc d
    expect(await sh(F12 + 'wc d')).toEqual({ stdout: '      0       0       0 d\n', stderr: 'wc: d: Is a directory\n', status: 1 });
    // wc -c d
    expect(await sh(F12 + 'wc -c d')).toEqual({ stdout: '0 d\n', stderr: 'wc: d: Is a directory\n', status: 1 });
    // wc d f12
    expect(await sh(F12 + 'wc d f12')).toEqual({ stdout: '      0       0       0 d\n     12      12      24 f12\n     12      12      24 total\n', stderr: 'wc: d: Is a directory\n', status: 1 });
    // printf x > 'a ⏎ b'; wc 'a ⏎ b'
    expect(await sh('printf x > \'a\nb\'; wc \'a\nb\'')).toEqual({ stdout: '0 1 1 \'a\'$\'\\n\'\'b\'\n', stderr: '', status: 0 });
    // wc ''
    expect(await sh('wc \'\'')).toEqual({ stdout: '', stderr: 'wc: invalid zero-length file name\n', status: 1 });
  });

  test('usage errors and unsupported options', async () => {
    // wc -x
    expect(await sh('wc -x')).toEqual({ stdout: '', stderr: 'wc: invalid option -- \'x\'\nTry \'wc --help\' for more information.\n', status: 1 });
    // Not simulated: --files0-from
    // wc --files0-from=list
    expect(await sh('wc --files0-from=list')).toEqual({ stdout: '', stderr: 'wc: --files0-from: not supported in this playground\n', status: 2 });
  });

  test('--help', async () => {
    // wc --help
    expect((await sh('wc --help')).stdout.split('\n')[0]).toBe('Usage: wc [OPTION]... [FILE]...');
  });
});
