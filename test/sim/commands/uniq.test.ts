// uniq, compared with GNU uniq 9.1 (LC_ALL=C.UTF-8): every expectation below was recorded from the
// real command shown in the comment above it.

import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

describe('uniq', () => {
  test('drops adjacent repeated lines, adding a missing final newline', async () => {
    // printf 'a\na\nb\nc\nc\nc\n' | uniq
    expect(await sh('printf \'a\\na\\nb\\nc\\nc\\nc\\n\' | uniq')).toEqual({ stdout: 'a\nb\nc\n', stderr: '', status: 0 });
    // printf 'a\na\nb\nc\nc\nc' | uniq
    expect(await sh('printf \'a\\na\\nb\\nc\\nc\\nc\' | uniq')).toEqual({ stdout: 'a\nb\nc\n', stderr: '', status: 0 });
    // printf 'a\nb\na\n' | uniq
    expect(await sh('printf \'a\\nb\\na\\n\' | uniq')).toEqual({ stdout: 'a\nb\na\n', stderr: '', status: 0 });
    // printf '' | uniq; echo $?
    expect(await sh('printf \'\' | uniq; echo $?')).toEqual({ stdout: '0\n', stderr: '', status: 0 });
    // printf 'a\n\n\nb\n' | uniq -c
    expect(await sh('printf \'a\\n\\n\\nb\\n\' | uniq -c')).toEqual({ stdout: '      1 a\n      2 \n      1 b\n', stderr: '', status: 0 });
  });

  test('-c counts with GNU\'s %7d padding; -d, -u, -D select', async () => {
    // printf 'a\na\nb\nc\nc\nc\n' | uniq -c
    expect(await sh('printf \'a\\na\\nb\\nc\\nc\\nc\\n\' | uniq -c')).toEqual({ stdout: '      2 a\n      1 b\n      3 c\n', stderr: '', status: 0 });
    // printf 'a\na\nb\nc\nc\nc\n' | uniq -d
    expect(await sh('printf \'a\\na\\nb\\nc\\nc\\nc\\n\' | uniq -d')).toEqual({ stdout: 'a\nc\n', stderr: '', status: 0 });
    // printf 'a\na\nb\nc\nc\nc\n' | uniq -u
    expect(await sh('printf \'a\\na\\nb\\nc\\nc\\nc\\n\' | uniq -u')).toEqual({ stdout: 'b\n', stderr: '', status: 0 });
    // printf 'a\na\nb\nc\nc\nc\n' | uniq -D
    expect(await sh('printf \'a\\na\\nb\\nc\\nc\\nc\\n\' | uniq -D')).toEqual({ stdout: 'a\na\nc\nc\nc\n', stderr: '', status: 0 });
    // printf 'a\na\nb\nc\nc\nc\n' | uniq -dc
    expect(await sh('printf \'a\\na\\nb\\nc\\nc\\nc\\n\' | uniq -dc')).toEqual({ stdout: '      2 a\n      3 c\n', stderr: '', status: 0 });
    // printf 'a\na\nb\nc\nc\nc\n' | uniq -uc
    expect(await sh('printf \'a\\na\\nb\\nc\\nc\\nc\\n\' | uniq -uc')).toEqual({ stdout: '      1 b\n', stderr: '', status: 0 });
    // printf 'a\na\nb\nc\nc\nc\n' | uniq -du
    expect(await sh('printf \'a\\na\\nb\\nc\\nc\\nc\\n\' | uniq -du')).toEqual({ stdout: '', stderr: '', status: 0 });
  });

  test('--all-repeated and --group separate groups', async () => {
    // printf 'a\na\nb\nc\nc\nc\n' | uniq --all-repeated=separate
    expect(await sh('printf \'a\\na\\nb\\nc\\nc\\nc\\n\' | uniq --all-repeated=separate')).toEqual({ stdout: 'a\na\n\nc\nc\nc\n', stderr: '', status: 0 });
    // printf 'a\na\nb\nc\nc\nc\n' | uniq --all-repeated=prepend
    expect(await sh('printf \'a\\na\\nb\\nc\\nc\\nc\\n\' | uniq --all-repeated=prepend')).toEqual({ stdout: '\na\na\n\nc\nc\nc\n', stderr: '', status: 0 });
    // printf 'a\na\nb\nc\nc\nc\n' | uniq --all-repeated=none
    expect(await sh('printf \'a\\na\\nb\\nc\\nc\\nc\\n\' | uniq --all-repeated=none')).toEqual({ stdout: 'a\na\nc\nc\nc\n', stderr: '', status: 0 });
    // printf 'a\na\nb\nc\nc\nc\n' | uniq --group
    expect(await sh('printf \'a\\na\\nb\\nc\\nc\\nc\\n\' | uniq --group')).toEqual({ stdout: 'a\na\n\nb\n\nc\nc\nc\n', stderr: '', status: 0 });
    // printf 'a\na\nb\nc\nc\nc\n' | uniq --group=prepend
    expect(await sh('printf \'a\\na\\nb\\nc\\nc\\nc\\n\' | uniq --group=prepend')).toEqual({ stdout: '\na\na\n\nb\n\nc\nc\nc\n', stderr: '', status: 0 });
    // printf 'a\na\nb\nc\nc\nc\n' | uniq --group=append
    expect(await sh('printf \'a\\na\\nb\\nc\\nc\\nc\\n\' | uniq --group=append')).toEqual({ stdout: 'a\na\n\nb\n\nc\nc\nc\n\n', stderr: '', status: 0 });
    // printf 'a\na\nb\nc\nc\nc\n' | uniq --group=both
    expect(await sh('printf \'a\\na\\nb\\nc\\nc\\nc\\n\' | uniq --group=both')).toEqual({ stdout: '\na\na\n\nb\n\nc\nc\nc\n\n', stderr: '', status: 0 });
  });

  test('-i ignores case; -f, -s and -w choose what is compared', async () => {
    // printf 'A\na\nB\nb\nc\n' | uniq -i
    expect(await sh('printf \'A\\na\\nB\\nb\\nc\\n\' | uniq -i')).toEqual({ stdout: 'A\nB\nc\n', stderr: '', status: 0 });
    // printf 'A\na\nB\nb\nc\n' | uniq -ic
    expect(await sh('printf \'A\\na\\nB\\nb\\nc\\n\' | uniq -ic')).toEqual({ stdout: '      2 A\n      2 B\n      1 c\n', stderr: '', status: 0 });
    // printf '%s\n' é É é | uniq -i -c
    expect(await sh('printf \'%s\\n\' é É é | uniq -i -c')).toEqual({ stdout: '      1 é\n      1 É\n      1 é\n', stderr: '', status: 0 });
    // printf 'x a\ny a\nz b\n' | uniq -f 1
    expect(await sh('printf \'x a\\ny a\\nz b\\n\' | uniq -f 1')).toEqual({ stdout: 'x a\nz b\n', stderr: '', status: 0 });
    // printf 'x  a\ny a\nz b\n' | uniq -f1 -c
    expect(await sh('printf \'x  a\\ny a\\nz b\\n\' | uniq -f1 -c')).toEqual({ stdout: '      1 x  a\n      1 y a\n      1 z b\n', stderr: '', status: 0 });
    // printf 'a b\na  b\n' | uniq -f 1 -c
    expect(await sh('printf \'a b\\na  b\\n\' | uniq -f 1 -c')).toEqual({ stdout: '      1 a b\n      1 a  b\n', stderr: '', status: 0 });
    // printf 'xa\nya\nzb\n' | uniq -s 1
    expect(await sh('printf \'xa\\nya\\nzb\\n\' | uniq -s 1')).toEqual({ stdout: 'xa\nzb\n', stderr: '', status: 0 });
    // printf 'abc\nabd\nxyz\n' | uniq -w 2 -c
    expect(await sh('printf \'abc\\nabd\\nxyz\\n\' | uniq -w 2 -c')).toEqual({ stdout: '      2 abc\n      1 xyz\n', stderr: '', status: 0 });
    // printf 'abc\nabd\nxyz\n' | uniq -w 0
    expect(await sh('printf \'abc\\nabd\\nxyz\\n\' | uniq -w 0')).toEqual({ stdout: 'abc\n', stderr: '', status: 0 });
  });

  test('the obsolete -N and +N spellings', async () => {
    // printf 'x a\ny a\nz b\n' | uniq -1
    expect(await sh('printf \'x a\\ny a\\nz b\\n\' | uniq -1')).toEqual({ stdout: 'x a\nz b\n', stderr: '', status: 0 });
    // printf 'xa\nya\nzb\n' | uniq +1
    expect(await sh('printf \'xa\\nya\\nzb\\n\' | uniq +1')).toEqual({ stdout: 'xa\nzb\n', stderr: '', status: 0 });
    // printf 'a b c\nx y c\n' | uniq -1 -2
    expect(await sh('printf \'a b c\\nx y c\\n\' | uniq -1 -2')).toEqual({ stdout: 'a b c\n', stderr: '', status: 0 });
    // printf 'a b c\nx y c\n' | uniq -f 5 -1
    expect(await sh('printf \'a b c\\nx y c\\n\' | uniq -f 5 -1')).toEqual({ stdout: 'a b c\nx y c\n', stderr: '', status: 0 });
  });

  test('-z, and input and output file operands', async () => {
    // printf 'a\0a\0b\0' | uniq -z | od -c
    expect(await sh('printf \'a\\0a\\0b\\0\' | uniq -z | od -c')).toEqual({ stdout: '0000000   a  \\0   b  \\0\n0000004\n', stderr: '', status: 0 });
    // printf 'a\0a\0b' | uniq -zc | od -c
    expect(await sh('printf \'a\\0a\\0b\' | uniq -zc | od -c')).toEqual({ stdout: '0000000                           2       a  \\0                        \n0000020   1       b  \\0\n0000024\n', stderr: '', status: 0 });
    // printf 'a\na\nb\n' > in; uniq in out; cat out
    expect(await sh('printf \'a\\na\\nb\\n\' > in; uniq in out; cat out')).toEqual({ stdout: 'a\nb\n', stderr: '', status: 0 });
    // printf 'a\na\nb\n' > in; uniq - < in
    expect(await sh('printf \'a\\na\\nb\\n\' > in; uniq - < in')).toEqual({ stdout: 'a\nb\n', stderr: '', status: 0 });
  });

  test('lines longer than a read are compared whole', async () => {
    // { printf '%0200000d\n' 0; printf '%0200000d\n' 0; printf '%0200000d\n' 1; } | uniq -c | cut -c1-12
    expect(await sh('{ printf \'%0200000d\\n\' 0; printf \'%0200000d\\n\' 0; printf \'%0200000d\\n\' 1; } | uniq -c | cut -c1-12')).toEqual({ stdout: '      2 0000\n      1 0000\n', stderr: '', status: 0 });
    // { printf '%0200000d\n' 0; printf '%0200000d\n' 0; printf '%0200000d' 1; } | uniq -c | wc -c
    expect(await sh('{ printf \'%0200000d\\n\' 0; printf \'%0200000d\\n\' 0; printf \'%0200000d\' 1; } | uniq -c | wc -c')).toEqual({ stdout: '400018\n', stderr: '', status: 0 });
  });

  test('errors', async () => {
    // uniq nope; echo $?
    expect(await sh('uniq nope; echo $?')).toEqual({ stdout: '1\n', stderr: 'uniq: nope: No such file or directory\n', status: 0 });
    // mkdir d; uniq d; echo $?
    expect(await sh('mkdir d; uniq d; echo $?')).toEqual({ stdout: '1\n', stderr: 'uniq: error reading \'d\'\n', status: 0 });
    // uniq a b c; echo $?
    expect(await sh('uniq a b c; echo $?')).toEqual({ stdout: '1\n', stderr: 'uniq: extra operand ‘c’\nTry \'uniq --help\' for more information.\n', status: 0 });
    // uniq -f x; echo $?
    expect(await sh('uniq -f x; echo $?')).toEqual({ stdout: '1\n', stderr: 'uniq: x: invalid number of fields to skip\n', status: 0 });
    // uniq -s -1; echo $?
    expect(await sh('uniq -s -1; echo $?')).toEqual({ stdout: '1\n', stderr: 'uniq: -1: invalid number of bytes to skip\n', status: 0 });
    // uniq -w ''; echo $?
    expect(await sh('uniq -w \'\'; echo $?')).toEqual({ stdout: '1\n', stderr: 'uniq: : invalid number of bytes to compare\n', status: 0 });
    // printf 'a\n' | uniq --group -c; echo $?
    expect(await sh('printf \'a\\n\' | uniq --group -c; echo $?')).toEqual({ stdout: '1\n', stderr: 'uniq: --group is mutually exclusive with -c/-d/-D/-u\nTry \'uniq --help\' for more information.\n', status: 0 });
    // printf 'a\n' | uniq -D -c; echo $?
    expect(await sh('printf \'a\\n\' | uniq -D -c; echo $?')).toEqual({ stdout: '1\n', stderr: 'uniq: printing all duplicated lines and repeat counts is meaningless\nTry \'uniq --help\' for more information.\n', status: 0 });
    // printf 'x\n' | uniq - /nonexistent/x; echo $?
    expect(await sh('printf \'x\\n\' | uniq - /nonexistent/x; echo $?')).toEqual({ stdout: '1\n', stderr: 'uniq: /nonexistent/x: No such file or directory\n', status: 0 });
    // printf 'a\n' | uniq --all-repeated=foo; echo $?
    expect(await sh('printf \'a\\n\' | uniq --all-repeated=foo; echo $?')).toEqual({ stdout: '1\n', stderr: 'uniq: invalid argument ‘foo’ for ‘--all-repeated’\nValid arguments are:\n  - ‘none’\n  - ‘prepend’\n  - ‘separate’\nTry \'uniq --help\' for more information.\n', status: 0 });
    // printf 'a\n' | uniq --group=x; echo $?
    expect(await sh('printf \'a\\n\' | uniq --group=x; echo $?')).toEqual({ stdout: '1\n', stderr: 'uniq: invalid argument ‘x’ for ‘--group’\nValid arguments are:\n  - ‘prepend’\n  - ‘append’\n  - ‘separate’\n  - ‘both’\nTry \'uniq --help\' for more information.\n', status: 0 });
    // uniq -x; echo $?
    expect(await sh('uniq -x; echo $?')).toEqual({ stdout: '1\n', stderr: 'uniq: invalid option -- \'x\'\nTry \'uniq --help\' for more information.\n', status: 0 });
    // uniq --help | head -2
    expect(await sh('uniq --help | head -2')).toEqual({ stdout: 'Usage: uniq [OPTION]... [INPUT [OUTPUT]]\nFilter adjacent matching lines from INPUT (or standard input),\n', stderr: '', status: 0 });
  });

  test('counts a million-line sorted column, as in cut | sort | uniq -c', async () => {
    // { yes city0 | head -n 333334; yes city1 | head -n 333333; yes city2 | head -n 333333; } | uniq -c | sort -rn | head -2
    const input = Array.from({ length: 1_000_000 }, (_, i) => `city${i < 333334 ? 0 : i < 666667 ? 1 : 2}\n`).join('');
    expect(await sh('uniq -c | sort -rn | head -2', input)).toEqual({ stdout: ' 333334 city0\n 333333 city2\n', stderr: '', status: 0 });
  });
});
