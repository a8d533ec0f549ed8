// comm, compared with GNU comm 9.1 (LC_ALL=C.UTF-8): every expectation below was recorded from the
// real command shown in the comment above it.

import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

describe('comm', () => {
  test('three columns: only in file 1, only in file 2, in both', async () => {
    // printf 'a\nb\nd\n' > f1; printf 'b\nc\nd\ne\n' > f2; comm f1 f2
    expect(await sh('printf \'a\\nb\\nd\\n\' > f1; printf \'b\\nc\\nd\\ne\\n\' > f2; comm f1 f2')).toEqual({ stdout: 'a\n\t\tb\n\tc\n\t\td\n\te\n', stderr: '', status: 0 });
    // printf 'a\nb\nd' > f1; printf 'b\nc\nd\ne' > f2; comm f1 f2
    expect(await sh('printf \'a\\nb\\nd\' > f1; printf \'b\\nc\\nd\\ne\' > f2; comm f1 f2')).toEqual({ stdout: 'a\n\t\tb\n\tc\n\t\td\n\te\n', stderr: '', status: 0 });
    // printf '' > f1; printf 'x\n' > f2; comm f1 f2; comm f2 f1
    expect(await sh('printf \'\' > f1; printf \'x\\n\' > f2; comm f1 f2; comm f2 f1')).toEqual({ stdout: '\tx\nx\n', stderr: '', status: 0 });
  });

  test('-1, -2 and -3 hide columns', async () => {
    // printf 'a\nb\nd\n' > f1; printf 'b\nc\nd\ne\n' > f2; comm -1 f1 f2
    expect(await sh('printf \'a\\nb\\nd\\n\' > f1; printf \'b\\nc\\nd\\ne\\n\' > f2; comm -1 f1 f2')).toEqual({ stdout: '\tb\nc\n\td\ne\n', stderr: '', status: 0 });
    // printf 'a\nb\nd\n' > f1; printf 'b\nc\nd\ne\n' > f2; comm -2 f1 f2
    expect(await sh('printf \'a\\nb\\nd\\n\' > f1; printf \'b\\nc\\nd\\ne\\n\' > f2; comm -2 f1 f2')).toEqual({ stdout: 'a\n\tb\n\td\n', stderr: '', status: 0 });
    // printf 'a\nb\nd\n' > f1; printf 'b\nc\nd\ne\n' > f2; comm -3 f1 f2
    expect(await sh('printf \'a\\nb\\nd\\n\' > f1; printf \'b\\nc\\nd\\ne\\n\' > f2; comm -3 f1 f2')).toEqual({ stdout: 'a\n\tc\n\te\n', stderr: '', status: 0 });
    // printf 'a\nb\nd\n' > f1; printf 'b\nc\nd\ne\n' > f2; comm -12 f1 f2
    expect(await sh('printf \'a\\nb\\nd\\n\' > f1; printf \'b\\nc\\nd\\ne\\n\' > f2; comm -12 f1 f2')).toEqual({ stdout: 'b\nd\n', stderr: '', status: 0 });
    // printf 'a\nb\nd\n' > f1; printf 'b\nc\nd\ne\n' > f2; comm -23 f1 f2
    expect(await sh('printf \'a\\nb\\nd\\n\' > f1; printf \'b\\nc\\nd\\ne\\n\' > f2; comm -23 f1 f2')).toEqual({ stdout: 'a\n', stderr: '', status: 0 });
    // printf 'a\nb\nd\n' > f1; printf 'b\nc\nd\ne\n' > f2; comm -123 f1 f2; echo $?
    expect(await sh('printf \'a\\nb\\nd\\n\' > f1; printf \'b\\nc\\nd\\ne\\n\' > f2; comm -123 f1 f2; echo $?')).toEqual({ stdout: '0\n', stderr: '', status: 0 });
  });

  test('--output-delimiter, --total and -z', async () => {
    // printf 'a\nb\nd\n' > f1; printf 'b\nc\nd\ne\n' > f2; comm --output-delimiter=' | ' f1 f2
    expect(await sh('printf \'a\\nb\\nd\\n\' > f1; printf \'b\\nc\\nd\\ne\\n\' > f2; comm --output-delimiter=\' | \' f1 f2')).toEqual({ stdout: 'a\n |  | b\n | c\n |  | d\n | e\n', stderr: '', status: 0 });
    // printf 'a\nb\nd\n' > f1; printf 'b\nc\nd\ne\n' > f2; comm --total f1 f2
    expect(await sh('printf \'a\\nb\\nd\\n\' > f1; printf \'b\\nc\\nd\\ne\\n\' > f2; comm --total f1 f2')).toEqual({ stdout: 'a\n\t\tb\n\tc\n\t\td\n\te\n1\t2\t2\ttotal\n', stderr: '', status: 0 });
    // printf 'a\nb\nd\n' > f1; printf 'b\nc\nd\ne\n' > f2; comm --total -3 --output-delimiter=, f1 f2
    expect(await sh('printf \'a\\nb\\nd\\n\' > f1; printf \'b\\nc\\nd\\ne\\n\' > f2; comm --total -3 --output-delimiter=, f1 f2')).toEqual({ stdout: 'a\n,c\n,e\n1,2,2,total\n', stderr: '', status: 0 });
    // printf 'a\nb\n' > f1; printf 'b\nc\n' > f2; comm --output-delimiter='' f1 f2 | od -c
    expect(await sh('printf \'a\\nb\\n\' > f1; printf \'b\\nc\\n\' > f2; comm --output-delimiter=\'\' f1 f2 | od -c')).toEqual({ stdout: '0000000   a  \\n  \\0  \\0   b  \\n  \\0   c  \\n\n0000011\n', stderr: '', status: 0 });
    // printf 'a\0b\0' > f1; printf 'b\0c\0' > f2; comm -z f1 f2 | od -c
    expect(await sh('printf \'a\\0b\\0\' > f1; printf \'b\\0c\\0\' > f2; comm -z f1 f2 | od -c')).toEqual({ stdout: '0000000   a  \\0  \\t  \\t   b  \\0  \\t   c  \\0\n0000011\n', stderr: '', status: 0 });
  });

  test('standard input as one of the files', async () => {
    // printf 'b\nc\n' > f2; printf 'a\nb\n' | comm - f2
    expect(await sh('printf \'b\\nc\\n\' > f2; printf \'a\\nb\\n\' | comm - f2')).toEqual({ stdout: 'a\n\t\tb\n\tc\n', stderr: '', status: 0 });
    // printf 'a\nb\n' > f1; printf 'b\nc\n' | comm f1 -
    expect(await sh('printf \'a\\nb\\n\' > f1; printf \'b\\nc\\n\' | comm f1 -')).toEqual({ stdout: 'a\n\t\tb\n\tc\n', stderr: '', status: 0 });
  });

  test('unsorted input: a warning per file, then status 1', async () => {
    // printf 'b\na\n' > f1; printf 'a\nc\n' > f2; comm f1 f2; echo $?
    expect(await sh('printf \'b\\na\\n\' > f1; printf \'a\\nc\\n\' > f2; comm f1 f2; echo $?')).toEqual({ stdout: '\ta\nb\na\n\tc\n1\n', stderr: 'comm: file 1 is not in sorted order\ncomm: input is not in sorted order\n', status: 0 });
    // printf 'a\nc\n' > f1; printf 'c\nb\n' > f2; comm f1 f2; echo $?
    expect(await sh('printf \'a\\nc\\n\' > f1; printf \'c\\nb\\n\' > f2; comm f1 f2; echo $?')).toEqual({ stdout: 'a\n\t\tc\n\tb\n1\n', stderr: 'comm: file 2 is not in sorted order\ncomm: input is not in sorted order\n', status: 0 });
    // printf 'b\na\n' > f1; printf 'b\na\n' > f2; comm f1 f2; echo $?
    expect(await sh('printf \'b\\na\\n\' > f1; printf \'b\\na\\n\' > f2; comm f1 f2; echo $?')).toEqual({ stdout: '\t\tb\n\t\ta\n0\n', stderr: '', status: 0 });
    // printf 'b\na\n' > f1; printf 'b\na\n' > f2; comm --check-order f1 f2; echo $?
    expect(await sh('printf \'b\\na\\n\' > f1; printf \'b\\na\\n\' > f2; comm --check-order f1 f2; echo $?')).toEqual({ stdout: '\t\tb\n1\n', stderr: 'comm: file 1 is not in sorted order\n', status: 0 });
    // printf 'b\na\n' > f1; printf 'a\nc\n' > f2; comm --check-order f1 f2; echo $?
    expect(await sh('printf \'b\\na\\n\' > f1; printf \'a\\nc\\n\' > f2; comm --check-order f1 f2; echo $?')).toEqual({ stdout: '\ta\nb\n1\n', stderr: 'comm: file 1 is not in sorted order\n', status: 0 });
    // printf 'b\na\n' > f1; printf 'a\nc\n' > f2; comm --nocheck-order f1 f2; echo $?
    expect(await sh('printf \'b\\na\\n\' > f1; printf \'a\\nc\\n\' > f2; comm --nocheck-order f1 f2; echo $?')).toEqual({ stdout: '\ta\nb\na\n\tc\n0\n', stderr: '', status: 0 });
    // printf 'a\nc\nb\n' > f1; printf 'a\n' > f2; comm f1 f2; echo $?
    expect(await sh('printf \'a\\nc\\nb\\n\' > f1; printf \'a\\n\' > f2; comm f1 f2; echo $?')).toEqual({ stdout: '\t\ta\nc\nb\n1\n', stderr: 'comm: file 1 is not in sorted order\ncomm: input is not in sorted order\n', status: 0 });
  });

  test('errors', async () => {
    // comm; echo $?
    expect(await sh('comm; echo $?')).toEqual({ stdout: '1\n', stderr: 'comm: missing operand\nTry \'comm --help\' for more information.\n', status: 0 });
    // comm a; echo $?
    expect(await sh('comm a; echo $?')).toEqual({ stdout: '1\n', stderr: 'comm: missing operand after ‘a’\nTry \'comm --help\' for more information.\n', status: 0 });
    // comm a b c; echo $?
    expect(await sh('comm a b c; echo $?')).toEqual({ stdout: '1\n', stderr: 'comm: extra operand ‘c’\nTry \'comm --help\' for more information.\n', status: 0 });
    // printf 'a\n' > f1; comm f1 nope; echo $?
    expect(await sh('printf \'a\\n\' > f1; comm f1 nope; echo $?')).toEqual({ stdout: '1\n', stderr: 'comm: nope: No such file or directory\n', status: 0 });
    // printf 'a\n' > f1; mkdir d; comm f1 d; echo $?
    expect(await sh('printf \'a\\n\' > f1; mkdir d; comm f1 d; echo $?')).toEqual({ stdout: '1\n', stderr: 'comm: d: Is a directory\n', status: 0 });
    // printf 'a\n' > f1; comm --output-delimiter=x --output-delimiter=y f1 f1; echo $?
    expect(await sh('printf \'a\\n\' > f1; comm --output-delimiter=x --output-delimiter=y f1 f1; echo $?')).toEqual({ stdout: '1\n', stderr: 'comm: multiple output delimiters specified\n', status: 0 });
    // printf 'a\nb\n' | comm - -; echo $?
    expect(await sh('printf \'a\\nb\\n\' | comm - -; echo $?')).toEqual({ stdout: 'a\n\tb\n1\n', stderr: 'comm: -: Bad file descriptor\n', status: 0 });
    // comm --help | head -2
    expect(await sh('comm --help | head -2')).toEqual({ stdout: 'Usage: comm [OPTION]... FILE1 FILE2\nCompare sorted files FILE1 and FILE2 line by line.\n', stderr: '', status: 0 });
  });
});
