// paste: lines of files side by side.
// Expectations were recorded from the real tools on Debian (GNU coreutils 9.1, util-linux 2.38.1,
// bash 5.2) with LC_ALL=C.UTF-8; the command that produced each one is in the comment above it
// (run after the fixture named in the call, where there is one).

import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

const N3 = 'printf \'1\\n2\\n3\\n\' > n3; printf \'x\\ny\' > xy; mkdir d; ';

describe('paste', () => {
  test('merges corresponding lines with tabs', async () => {
    // paste n3 xy
    expect(await sh(N3 + 'paste n3 xy')).toEqual({ stdout: '1\tx\n2\ty\n3\t\n', stderr: '', status: 0 });
    // paste xy n3 n3
    expect(await sh(N3 + 'paste xy n3 n3')).toEqual({ stdout: 'x\t1\t1\ny\t2\t2\n\t3\t3\n', stderr: '', status: 0 });
    // paste n3 /dev/null n3
    expect(await sh(N3 + 'paste n3 /dev/null n3')).toEqual({ stdout: '1\t\t1\n2\t\t2\n3\t\t3\n', stderr: '', status: 0 });
  });

  test('-d lists cycle, with \\n \\t \\\\ and \\0 (no delimiter)', async () => {
    // paste -d, n3 xy n3
    expect(await sh(N3 + 'paste -d, n3 xy n3')).toEqual({ stdout: '1,x,1\n2,y,2\n3,,3\n', stderr: '', status: 0 });
    // paste -d ",;" n3 n3 n3 n3
    expect(await sh(N3 + 'paste -d ",;" n3 n3 n3 n3')).toEqual({ stdout: '1,1;1,1\n2,2;2,2\n3,3;3,3\n', stderr: '', status: 0 });
    // paste -d "\0" n3 n3
    expect(await sh(N3 + 'paste -d "\\0" n3 n3')).toEqual({ stdout: '11\n22\n33\n', stderr: '', status: 0 });
    // paste -d "" n3 n3
    expect(await sh(N3 + 'paste -d "" n3 n3')).toEqual({ stdout: '11\n22\n33\n', stderr: '', status: 0 });
    // paste -d '\\' n3 n3
    expect(await sh(N3 + 'paste -d \'\\\\\' n3 n3')).toEqual({ stdout: '1\\1\n2\\2\n3\\3\n', stderr: '', status: 0 });
    // paste -d 'x\y' n3 n3 n3
    expect(await sh(N3 + 'paste -d \'x\\y\' n3 n3 n3')).toEqual({ stdout: '1x1y1\n2x2y2\n3x3y3\n', stderr: '', status: 0 });
    // paste -d "é" n3 n3 | od -An -c
    expect(await sh(N3 + 'paste -d "é" n3 n3 | od -An -c')).toEqual({ stdout: '   1 303   1  \\n   2 303   2  \\n   3 303   3  \\n\n', stderr: '', status: 0 });
  });

  test('-s joins the lines of each file', async () => {
    // paste -s n3 xy
    expect(await sh(N3 + 'paste -s n3 xy')).toEqual({ stdout: '1\t2\t3\nx\ty\n', stderr: '', status: 0 });
    // printf "a\nb\nc\nd\ne\n" | paste -s -d ",\n"
    expect(await sh('printf "a\\nb\\nc\\nd\\ne\\n" | paste -s -d ",\\n"')).toEqual({ stdout: 'a,b\nc,d\ne\n', stderr: '', status: 0 });
    // printf "" | paste -s
    expect(await sh('printf "" | paste -s')).toEqual({ stdout: '\n', stderr: '', status: 0 });
    // paste -sd, - < xy
    expect(await sh(N3 + 'paste -sd, - < xy')).toEqual({ stdout: 'x,y\n', stderr: '', status: 0 });
  });

  test('"-" several times reads successive lines of standard input', async () => {
    // printf "a\nb\nc\nd\ne\n" | paste - -
    expect(await sh('printf "a\\nb\\nc\\nd\\ne\\n" | paste - -')).toEqual({ stdout: 'a\tb\nc\td\ne\t\n', stderr: '', status: 0 });
    // paste - n3 - < xy
    expect(await sh(N3 + 'paste - n3 - < xy')).toEqual({ stdout: 'x\t1\ty\n\t2\t\n\t3\t\n', stderr: '', status: 0 });
    // printf "" | paste - -
    expect(await sh('printf "" | paste - -')).toEqual({ stdout: '', stderr: '', status: 0 });
  });

  test('-z uses NUL as the line delimiter', async () => {
    // printf 'a\0b\0' | paste -z -s -d, | tr '\0' '\n'
    expect(await sh('printf \'a\\0b\\0\' | paste -z -s -d, | tr \'\\0\' \'\\n\'')).toEqual({ stdout: 'a,b\n', stderr: '', status: 0 });
  });

  test('missing files and directories', async () => {
    // paste nope n3
    expect(await sh(N3 + 'paste nope n3')).toEqual({ stdout: '', stderr: 'paste: nope: No such file or directory\n', status: 1 });
    // paste -s nope n3
    expect(await sh(N3 + 'paste -s nope n3')).toEqual({ stdout: '1\t2\t3\n', stderr: 'paste: nope: No such file or directory\n', status: 1 });
    // paste d n3
    expect(await sh(N3 + 'paste d n3')).toEqual({ stdout: '\t1\n\t2\n\t3\n', stderr: 'paste: d: Is a directory\n', status: 1 });
    // paste -s d n3
    expect(await sh(N3 + 'paste -s d n3')).toEqual({ stdout: '\n1\t2\t3\n', stderr: 'paste: d: Is a directory\n', status: 1 });
  });

  test('usage errors', async () => {
    // paste -d "a\\" n3
    expect(await sh(N3 + 'paste -d "a\\\\" n3')).toEqual({ stdout: '', stderr: 'paste: delimiter list ends with an unescaped backslash: a\\\n', status: 1 });
    // paste -x
    expect(await sh('paste -x')).toEqual({ stdout: '', stderr: 'paste: invalid option -- \'x\'\nTry \'paste --help\' for more information.\n', status: 1 });
  });

  test('--help', async () => {
    // paste --help
    expect((await sh('paste --help')).stdout.split('\n')[0]).toBe('Usage: paste [OPTION]... [FILE]...');
  });
});
