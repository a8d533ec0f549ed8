// join, compared with GNU join 9.1 (LC_ALL=C.UTF-8): every expectation below was recorded from the
// real command shown in the comment above it.

import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

describe('join', () => {
  test('joins lines with equal first fields', async () => {
    // printf '1 a\n2 b\n3 c\n' > f1; printf '1 x\n3 y\n4 z\n' > f2; join f1 f2
    expect(await sh('printf \'1 a\\n2 b\\n3 c\\n\' > f1; printf \'1 x\\n3 y\\n4 z\\n\' > f2; join f1 f2')).toEqual({ stdout: '1 a x\n3 c y\n', stderr: '', status: 0 });
    // printf '1 a\n2 b\n3 c' > f1; printf '1 x\n3 y\n4 z' > f2; join f1 f2
    expect(await sh('printf \'1 a\\n2 b\\n3 c\' > f1; printf \'1 x\\n3 y\\n4 z\' > f2; join f1 f2')).toEqual({ stdout: '1 a x\n3 c y\n', stderr: '', status: 0 });
    // printf '1 a\n1 b\n2 c\n' > f1; printf '1 x\n1 y\n2 z\n' > f2; join f1 f2
    expect(await sh('printf \'1 a\\n1 b\\n2 c\\n\' > f1; printf \'1 x\\n1 y\\n2 z\\n\' > f2; join f1 f2')).toEqual({ stdout: '1 a x\n1 a y\n1 b x\n1 b y\n2 c z\n', stderr: '', status: 0 });
    // printf '  1   a  b\n' > f1; printf '1 x\n' > f2; join f1 f2
    expect(await sh('printf \'  1   a  b\\n\' > f1; printf \'1 x\\n\' > f2; join f1 f2')).toEqual({ stdout: '1 a b x\n', stderr: '', status: 0 });
    // printf '1 a \n' > f1; printf '1 x\n' > f2; join -e X -o 1.1,1.2,1.3,2.2 f1 f2
    expect(await sh('printf \'1 a \\n\' > f1; printf \'1 x\\n\' > f2; join -e X -o 1.1,1.2,1.3,2.2 f1 f2')).toEqual({ stdout: '1 a X x\n', stderr: '', status: 0 });
  });

  test('-1, -2 and -j choose the join fields', async () => {
    // printf 'a 1\nb 2\n' > f1; printf '1 x\n2 y\n' > f2; join -1 2 f1 f2
    expect(await sh('printf \'a 1\\nb 2\\n\' > f1; printf \'1 x\\n2 y\\n\' > f2; join -1 2 f1 f2')).toEqual({ stdout: '1 a x\n2 b y\n', stderr: '', status: 0 });
    // printf '1 a\n2 b\n' > f1; printf 'x 1\ny 2\n' > f2; join -2 2 f1 f2
    expect(await sh('printf \'1 a\\n2 b\\n\' > f1; printf \'x 1\\ny 2\\n\' > f2; join -2 2 f1 f2')).toEqual({ stdout: '1 a x\n2 b y\n', stderr: '', status: 0 });
    // printf 'a 1\nb 2\n' > f1; printf 'x 1\ny 2\n' > f2; join -j 2 f1 f2
    expect(await sh('printf \'a 1\\nb 2\\n\' > f1; printf \'x 1\\ny 2\\n\' > f2; join -j 2 f1 f2')).toEqual({ stdout: '1 a x\n2 b y\n', stderr: '', status: 0 });
    // printf '1 a\n' > f1; printf '1 x\n' > f2; join -j1 f1 f2
    expect(await sh('printf \'1 a\\n\' > f1; printf \'1 x\\n\' > f2; join -j1 f1 f2')).toEqual({ stdout: '1 a x\n', stderr: '', status: 0 });
    // printf '1 a\n' > f1; printf '1 x\n' > f2; join -j1 2 f1 f2; echo $?
    expect(await sh('printf \'1 a\\n\' > f1; printf \'1 x\\n\' > f2; join -j1 2 f1 f2; echo $?')).toEqual({ stdout: '0\n', stderr: '', status: 0 });
  });

  test('-a and -v print unpaired lines; -e fills empty fields; -o chooses fields', async () => {
    // printf '1 a\n2 b\n3 c\n' > f1; printf '1 x\n3 y\n4 z\n' > f2; join -a 1 f1 f2
    expect(await sh('printf \'1 a\\n2 b\\n3 c\\n\' > f1; printf \'1 x\\n3 y\\n4 z\\n\' > f2; join -a 1 f1 f2')).toEqual({ stdout: '1 a x\n2 b\n3 c y\n', stderr: '', status: 0 });
    // printf '1 a\n2 b\n3 c\n' > f1; printf '1 x\n3 y\n4 z\n' > f2; join -a 1 -a 2 f1 f2
    expect(await sh('printf \'1 a\\n2 b\\n3 c\\n\' > f1; printf \'1 x\\n3 y\\n4 z\\n\' > f2; join -a 1 -a 2 f1 f2')).toEqual({ stdout: '1 a x\n2 b\n3 c y\n4 z\n', stderr: '', status: 0 });
    // printf '1 a\n2 b\n3 c\n' > f1; printf '1 x\n3 y\n4 z\n' > f2; join -v 1 f1 f2
    expect(await sh('printf \'1 a\\n2 b\\n3 c\\n\' > f1; printf \'1 x\\n3 y\\n4 z\\n\' > f2; join -v 1 f1 f2')).toEqual({ stdout: '2 b\n', stderr: '', status: 0 });
    // printf '1 a\n2 b\n3 c\n' > f1; printf '1 x\n3 y\n4 z\n' > f2; join -v 2 f1 f2
    expect(await sh('printf \'1 a\\n2 b\\n3 c\\n\' > f1; printf \'1 x\\n3 y\\n4 z\\n\' > f2; join -v 2 f1 f2')).toEqual({ stdout: '4 z\n', stderr: '', status: 0 });
    // printf '1 a\n2 b\n3 c\n' > f1; printf '1 x\n3 y\n4 z\n' > f2; join -v 1 -v 2 f1 f2
    expect(await sh('printf \'1 a\\n2 b\\n3 c\\n\' > f1; printf \'1 x\\n3 y\\n4 z\\n\' > f2; join -v 1 -v 2 f1 f2')).toEqual({ stdout: '2 b\n4 z\n', stderr: '', status: 0 });
    // printf '1 a\n2 b\n3 c\n' > f1; printf '1 x\n3 y\n4 z\n' > f2; join -a 1 -a 2 -e NONE -o 0,1.2,2.2 f1 f2
    expect(await sh('printf \'1 a\\n2 b\\n3 c\\n\' > f1; printf \'1 x\\n3 y\\n4 z\\n\' > f2; join -a 1 -a 2 -e NONE -o 0,1.2,2.2 f1 f2')).toEqual({ stdout: '1 a x\n2 b NONE\n3 c y\n4 NONE z\n', stderr: '', status: 0 });
    // printf '1 a\n2 b\n3 c\n' > f1; printf '1 x\n3 y\n4 z\n' > f2; join -a1 -a2 -o auto -e - f1 f2
    expect(await sh('printf \'1 a\\n2 b\\n3 c\\n\' > f1; printf \'1 x\\n3 y\\n4 z\\n\' > f2; join -a1 -a2 -o auto -e - f1 f2')).toEqual({ stdout: '1 a x\n2 b -\n3 c y\n4 - z\n', stderr: '', status: 0 });
    // printf '1 a q\n2 b\n' > f1; printf '1 x\n2 y w\n' > f2; join -o auto f1 f2
    expect(await sh('printf \'1 a q\\n2 b\\n\' > f1; printf \'1 x\\n2 y w\\n\' > f2; join -o auto f1 f2')).toEqual({ stdout: '1 a q x\n2 b  y\n', stderr: '', status: 0 });
    // printf '1 a\n' > f1; printf '1 x\n' > f2; join -o 1.1 2.2 f1 f2
    expect(await sh('printf \'1 a\\n\' > f1; printf \'1 x\\n\' > f2; join -o 1.1 2.2 f1 f2')).toEqual({ stdout: '1 x\n', stderr: '', status: 0 });
    // printf '1 a\n' > f1; printf '1 x\n' > f2; join -o 1.1 2.2 1.2 f1 f2
    expect(await sh('printf \'1 a\\n\' > f1; printf \'1 x\\n\' > f2; join -o 1.1 2.2 1.2 f1 f2')).toEqual({ stdout: '1 x a\n', stderr: '', status: 0 });
    // printf '1 a\n' > f1; printf '1 x\n' > f2; join -o '2.2 1.2' f1 f2
    expect(await sh('printf \'1 a\\n\' > f1; printf \'1 x\\n\' > f2; join -o \'2.2 1.2\' f1 f2')).toEqual({ stdout: 'x a\n', stderr: '', status: 0 });
  });

  test('-t, -i, --header and -z', async () => {
    // printf '1,a,b\n2,c,d\n' > f1; printf '1,x\n2,\n' > f2; join -t, f1 f2
    expect(await sh('printf \'1,a,b\\n2,c,d\\n\' > f1; printf \'1,x\\n2,\\n\' > f2; join -t, f1 f2')).toEqual({ stdout: '1,a,b,x\n2,c,d,\n', stderr: '', status: 0 });
    // printf '1,a,,b\n' > f1; printf '1,x\n' > f2; join -t, -e E -o 1.2,1.3,1.4,2.2 f1 f2
    expect(await sh('printf \'1,a,,b\\n\' > f1; printf \'1,x\\n\' > f2; join -t, -e E -o 1.2,1.3,1.4,2.2 f1 f2')).toEqual({ stdout: 'a,E,b,x\n', stderr: '', status: 0 });
    // printf '1 a\n' > f1; printf '1 a\n' > f2; join -t '' f1 f2
    expect(await sh('printf \'1 a\\n\' > f1; printf \'1 a\\n\' > f2; join -t \'\' f1 f2')).toEqual({ stdout: '1 a\n', stderr: '', status: 0 });
    // printf 'A 1\nb 2\n' > f1; printf 'a x\nB y\n' > f2; join -i f1 f2
    expect(await sh('printf \'A 1\\nb 2\\n\' > f1; printf \'a x\\nB y\\n\' > f2; join -i f1 f2')).toEqual({ stdout: 'A 1 x\nb 2 y\n', stderr: '', status: 0 });
    // printf 'id name\n1 a\n' > f1; printf 'id city\n1 x\n' > f2; join --header f1 f2
    expect(await sh('printf \'id name\\n1 a\\n\' > f1; printf \'id city\\n1 x\\n\' > f2; join --header f1 f2')).toEqual({ stdout: 'id name city\n1 a x\n', stderr: '', status: 0 });
    // printf '1 a\0' > f1; printf '1 x\0' > f2; join -z f1 f2 | od -c
    expect(await sh('printf \'1 a\\0\' > f1; printf \'1 x\\0\' > f2; join -z f1 f2 | od -c')).toEqual({ stdout: '0000000   1       a       x  \\0\n0000006\n', stderr: '', status: 0 });
    // printf '1\ta\n' > f1; printf '1\tx\n' > f2; join -t "$(printf '\t')" f1 f2
    expect(await sh('printf \'1\\ta\\n\' > f1; printf \'1\\tx\\n\' > f2; join -t "$(printf \'\\t\')" f1 f2')).toEqual({ stdout: '1\ta\tx\n', stderr: '', status: 0 });
  });

  test('unsorted input is reported, once per file', async () => {
    // printf '2 a\n1 b\n' > f1; printf '1 x\n3 y\n' > f2; join f1 f2; echo $?
    expect(await sh('printf \'2 a\\n1 b\\n\' > f1; printf \'1 x\\n3 y\\n\' > f2; join f1 f2; echo $?')).toEqual({ stdout: '1\n', stderr: 'join: f1:2: is not sorted: 1 b\njoin: input is not in sorted order\n', status: 0 });
    // printf '2 a\n1 b\n' > f1; printf '1 x\n3 y\n' > f2; join --check-order f1 f2; echo $?
    expect(await sh('printf \'2 a\\n1 b\\n\' > f1; printf \'1 x\\n3 y\\n\' > f2; join --check-order f1 f2; echo $?')).toEqual({ stdout: '1\n', stderr: 'join: f1:2: is not sorted: 1 b\n', status: 0 });
    // printf '2 a\n1 b\n' > f1; printf '1 x\n3 y\n' > f2; join --nocheck-order f1 f2; echo $?
    expect(await sh('printf \'2 a\\n1 b\\n\' > f1; printf \'1 x\\n3 y\\n\' > f2; join --nocheck-order f1 f2; echo $?')).toEqual({ stdout: '0\n', stderr: '', status: 0 });
    // printf '1 a\n2 b\n' > f1; printf '2 x\n1 y\n' > f2; join f1 f2; echo $?
    expect(await sh('printf \'1 a\\n2 b\\n\' > f1; printf \'2 x\\n1 y\\n\' > f2; join f1 f2; echo $?')).toEqual({ stdout: '2 b x\n1\n', stderr: 'join: f2:2: is not sorted: 1 y\njoin: input is not in sorted order\n', status: 0 });
    // printf '1 a\n1 b\n' > f1; printf '1 x\n' > f2; join --check-order f1 f2; echo $?
    expect(await sh('printf \'1 a\\n1 b\\n\' > f1; printf \'1 x\\n\' > f2; join --check-order f1 f2; echo $?')).toEqual({ stdout: '1 a x\n1 b x\n0\n', stderr: '', status: 0 });
    // printf '2 a\n1 b\n' | join - f2; echo $?
    expect(await sh('printf \'2 a\\n1 b\\n\' | join - f2; echo $?')).toEqual({ stdout: '1\n', stderr: 'join: f2: No such file or directory\n', status: 0 });
  });

  test('errors', async () => {
    // printf '1 a\n' > f1; join f1; echo $?
    expect(await sh('printf \'1 a\\n\' > f1; join f1; echo $?')).toEqual({ stdout: '1\n', stderr: 'join: missing operand after ‘f1’\nTry \'join --help\' for more information.\n', status: 0 });
    // join; echo $?
    expect(await sh('join; echo $?')).toEqual({ stdout: '1\n', stderr: 'join: missing operand\nTry \'join --help\' for more information.\n', status: 0 });
    // printf '1 a\n' > f1; join f1 f1 f1; echo $?
    expect(await sh('printf \'1 a\\n\' > f1; join f1 f1 f1; echo $?')).toEqual({ stdout: '1\n', stderr: 'join: extra operand \'f1\'\nTry \'join --help\' for more information.\n', status: 0 });
    // printf '1 a\n' > f1; join f1 nope; echo $?
    expect(await sh('printf \'1 a\\n\' > f1; join f1 nope; echo $?')).toEqual({ stdout: '1\n', stderr: 'join: nope: No such file or directory\n', status: 0 });
    // printf '1 a\n' > f1; mkdir d; join f1 d; echo $?
    expect(await sh('printf \'1 a\\n\' > f1; mkdir d; join f1 d; echo $?')).toEqual({ stdout: '1\n', stderr: 'join: read error: Is a directory\n', status: 0 });
    // join - - < /dev/null; echo $?
    expect(await sh('join - - < /dev/null; echo $?')).toEqual({ stdout: '1\n', stderr: 'join: both files cannot be standard input: No such file or directory\n', status: 0 });
    // printf '1 a\n' > f1; join -a3 f1 f1; echo $?
    expect(await sh('printf \'1 a\\n\' > f1; join -a3 f1 f1; echo $?')).toEqual({ stdout: '1\n', stderr: 'join: invalid field number: ‘3’\n', status: 0 });
    // printf '1 a\n' > f1; join -j 0 f1 f1; echo $?
    expect(await sh('printf \'1 a\\n\' > f1; join -j 0 f1 f1; echo $?')).toEqual({ stdout: '1\n', stderr: 'join: invalid field number: ‘0’\n', status: 0 });
    // printf '1 a\n' > f1; join -1 1 -j 2 f1 f1; echo $?
    expect(await sh('printf \'1 a\\n\' > f1; join -1 1 -j 2 f1 f1; echo $?')).toEqual({ stdout: '1\n', stderr: 'join: incompatible join fields 1, 2\n', status: 0 });
    // printf '1 a\n' > f1; join -o 3.1 f1 f1; echo $?
    expect(await sh('printf \'1 a\\n\' > f1; join -o 3.1 f1 f1; echo $?')).toEqual({ stdout: '1\n', stderr: 'join: invalid file number in field spec: ‘3.1’\n', status: 0 });
    // printf '1 a\n' > f1; join -o 1.x f1 f1; echo $?
    expect(await sh('printf \'1 a\\n\' > f1; join -o 1.x f1 f1; echo $?')).toEqual({ stdout: '1\n', stderr: 'join: invalid field number: ‘x’\n', status: 0 });
    // printf '1 a\n' > f1; join -o 0.1 f1 f1; echo $?
    expect(await sh('printf \'1 a\\n\' > f1; join -o 0.1 f1 f1; echo $?')).toEqual({ stdout: '1\n', stderr: 'join: invalid field specifier: ‘0.1’\n', status: 0 });
    // printf '1 a\n' > f1; join -t ab f1 f1; echo $?
    expect(await sh('printf \'1 a\\n\' > f1; join -t ab f1 f1; echo $?')).toEqual({ stdout: '1\n', stderr: 'join: multi-character tab ‘ab’\n', status: 0 });
    // printf '1 a\n' > f1; join -t a -t b f1 f1; echo $?
    expect(await sh('printf \'1 a\\n\' > f1; join -t a -t b f1 f1; echo $?')).toEqual({ stdout: '1\n', stderr: 'join: incompatible tabs\n', status: 0 });
    // printf '1 a\n' > f1; join -e a -e b f1 f1; echo $?
    expect(await sh('printf \'1 a\\n\' > f1; join -e a -e b f1 f1; echo $?')).toEqual({ stdout: '1\n', stderr: 'join: conflicting empty-field replacement strings\n', status: 0 });
    // join -e; echo $?
    expect(await sh('join -e; echo $?')).toEqual({ stdout: '1\n', stderr: 'join: option requires an argument -- \'e\'\nTry \'join --help\' for more information.\n', status: 0 });
    // join -x; echo $?
    expect(await sh('join -x; echo $?')).toEqual({ stdout: '1\n', stderr: 'join: invalid option -- \'x\'\nTry \'join --help\' for more information.\n', status: 0 });
    // join --he a b; echo $?
    expect(await sh('join --he a b; echo $?')).toEqual({ stdout: '1\n', stderr: 'join: option \'--he\' is ambiguous; possibilities: \'--header\' \'--help\'\nTry \'join --help\' for more information.\n', status: 0 });
    // join --help | head -2
    expect(await sh('join --help | head -2')).toEqual({ stdout: 'Usage: join [OPTION]... FILE1 FILE2\nFor each pair of input lines with identical join fields, write a line to\n', stderr: '', status: 0 });
  });
});
