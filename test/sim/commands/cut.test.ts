// cut: selected bytes, characters or fields of each line.
// Expectations were recorded from the real tools on Debian (GNU coreutils 9.1, util-linux 2.38.1,
// bash 5.2) with LC_ALL=C.UTF-8; the command that produced each one is in the comment above it
// (run after the fixture named in the call, where there is one).

import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

const CSV = 'printf \'a,b,c\\nd,e\\nf\\n\\ng,h,i,j\\n\' > csv; mkdir d; ';

describe('cut', () => {
  test('fields with -d and -f; lines without the delimiter print whole unless -s', async () => {
    // cut -d, -f2 csv
    expect(await sh(CSV + 'cut -d, -f2 csv')).toEqual({ stdout: 'b\ne\nf\n\nh\n', stderr: '', status: 0 });
    // cut -d, -f2 -s csv
    expect(await sh(CSV + 'cut -d, -f2 -s csv')).toEqual({ stdout: 'b\ne\nh\n', stderr: '', status: 0 });
    // cut -d, -f 4 csv
    expect(await sh(CSV + 'cut -d, -f 4 csv')).toEqual({ stdout: '\n\nf\n\nj\n', stderr: '', status: 0 });
    // cut -d, -f 4 -s csv
    expect(await sh(CSV + 'cut -d, -f 4 -s csv')).toEqual({ stdout: '\n\nj\n', stderr: '', status: 0 });
    // printf "a\tb\tc\n" | cut -f2
    expect(await sh('printf "a\\tb\\tc\\n" | cut -f2')).toEqual({ stdout: 'b\n', stderr: '', status: 0 });
  });

  test('lists: N, N-, -M, N-M and several ranges, in input order', async () => {
    // cut -d, -f1,3- csv
    expect(await sh(CSV + 'cut -d, -f1,3- csv')).toEqual({ stdout: 'a,c\nd\nf\n\ng,i,j\n', stderr: '', status: 0 });
    // cut -d, -f-2 csv
    expect(await sh(CSV + 'cut -d, -f-2 csv')).toEqual({ stdout: 'a,b\nd,e\nf\n\ng,h\n', stderr: '', status: 0 });
    // cut -d, -f 3-,1 csv
    expect(await sh(CSV + 'cut -d, -f 3-,1 csv')).toEqual({ stdout: 'a,c\nd\nf\n\ng,i,j\n', stderr: '', status: 0 });
    // cut -d, -f"1 3" csv
    expect(await sh(CSV + 'cut -d, -f"1 3" csv')).toEqual({ stdout: 'a,c\nd\nf\n\ng,i\n', stderr: '', status: 0 });
    // cut -b 2,2,1-3 csv
    expect(await sh(CSV + 'cut -b 2,2,1-3 csv')).toEqual({ stdout: 'a,b\nd,e\nf\n\ng,h\n', stderr: '', status: 0 });
  });

  test('--complement and --output-delimiter', async () => {
    // cut -d, --complement -f2 csv
    expect(await sh(CSV + 'cut -d, --complement -f2 csv')).toEqual({ stdout: 'a,c\nd\nf\n\ng,i,j\n', stderr: '', status: 0 });
    // cut -d, -f1- --complement csv
    expect(await sh(CSV + 'cut -d, -f1- --complement csv')).toEqual({ stdout: '\n\nf\n\n\n', stderr: '', status: 0 });
    // cut -d, -f1,2 --output-delimiter=:: csv
    expect(await sh(CSV + 'cut -d, -f1,2 --output-delimiter=:: csv')).toEqual({ stdout: 'a::b\nd::e\nf\n\ng::h\n', stderr: '', status: 0 });
    // cut -b1,3 --output-delimiter=- csv
    expect(await sh(CSV + 'cut -b1,3 --output-delimiter=- csv')).toEqual({ stdout: 'a-b\nd-e\nf\n\ng-h\n', stderr: '', status: 0 });
    // cut -b 5-,1-2 --output-delimiter=: csv
    expect(await sh(CSV + 'cut -b 5-,1-2 --output-delimiter=: csv')).toEqual({ stdout: 'a,:c\nd,\nf\n\ng,:i,j\n', stderr: '', status: 0 });
  });

  test('-c and -b count bytes, as GNU cut does', async () => {
    // cut -c2-3 csv
    expect(await sh(CSV + 'cut -c2-3 csv')).toEqual({ stdout: ',b\n,e\n\n\n,h\n', stderr: '', status: 0 });
    // cut -c3- csv
    expect(await sh(CSV + 'cut -c3- csv')).toEqual({ stdout: 'b,c\ne\n\n\nh,i,j\n', stderr: '', status: 0 });
    // echo héllo | cut -c2-3 | od -An -c
    expect(await sh('echo héllo | cut -c2-3 | od -An -c')).toEqual({ stdout: ' 303 251  \\n\n', stderr: '', status: 0 });
    // echo héllo | cut -b1-3
    expect(await sh('echo héllo | cut -b1-3')).toEqual({ stdout: 'hé\n', stderr: '', status: 0 });
  });

  test('empty fields, missing final newline, empty input, -z', async () => {
    // printf 'a,,b,\n,\n' | cut -d, -f2-
    expect(await sh('printf \'a,,b,\\n,\\n\' | cut -d, -f2-')).toEqual({ stdout: ',b,\n\n', stderr: '', status: 0 });
    // printf 'a,,b,\n,\n' | cut -d, -f1,4
    expect(await sh('printf \'a,,b,\\n,\\n\' | cut -d, -f1,4')).toEqual({ stdout: 'a,\n\n', stderr: '', status: 0 });
    // printf 'a,b' | cut -d, -f2
    expect(await sh('printf \'a,b\' | cut -d, -f2')).toEqual({ stdout: 'b\n', stderr: '', status: 0 });
    // printf 'ab' | cut -s -d, -f1
    expect(await sh('printf \'ab\' | cut -s -d, -f1')).toEqual({ stdout: '', stderr: '', status: 0 });
    // cut -f1
    expect(await sh('cut -f1')).toEqual({ stdout: '', stderr: '', status: 0 });
    // printf 'a,b\0c,d\0' | cut -z -d, -f2 | tr '\0' '\n'
    expect(await sh('printf \'a,b\\0c,d\\0\' | cut -z -d, -f2 | tr \'\\0\' \'\\n\'')).toEqual({ stdout: 'b\nd\n', stderr: '', status: 0 });
  });

  test('the newline as delimiter makes the whole input one record', async () => {
    // printf 'a\nb\nc\n' | cut -d $'\n' -f2
    expect(await sh('printf \'a\\nb\\nc\\n\' | cut -d $\'\\n\' -f2')).toEqual({ stdout: 'b\n', stderr: '', status: 0 });
    // printf 'a\nb\nc' | cut -d $'\n' -f1,3
    expect(await sh('printf \'a\\nb\\nc\' | cut -d $\'\\n\' -f1,3')).toEqual({ stdout: 'a\nc\n', stderr: '', status: 0 });
    // printf 'abc' | cut -d $'\n' -f1
    expect(await sh('printf \'abc\' | cut -d $\'\\n\' -f1')).toEqual({ stdout: 'abc\n', stderr: '', status: 0 });
    // printf 'abc\n' | cut -s -d $'\n' -f2
    expect(await sh('printf \'abc\\n\' | cut -s -d $\'\\n\' -f2')).toEqual({ stdout: '', stderr: '', status: 0 });
  });

  test('missing files and directories', async () => {
    // cut -f1 nope d csv
    expect(await sh(CSV + 'cut -f1 nope d csv')).toEqual({ stdout: 'a,b,c\nd,e\nf\n\ng,h,i,j\n', stderr: 'cut: nope: No such file or directory\ncut: d: Is a directory\n', status: 1 });
  });

  test('usage errors', async () => {
    // cut -f1 -f2
    expect(await sh('cut -f1 -f2')).toEqual({ stdout: '', stderr: 'cut: only one list may be specified\nTry \'cut --help\' for more information.\n', status: 1 });
    // cut -d ab -f1
    expect(await sh('cut -d ab -f1')).toEqual({ stdout: '', stderr: 'cut: the delimiter must be a single character\nTry \'cut --help\' for more information.\n', status: 1 });
    // cut -d é -f1
    expect(await sh('cut -d é -f1')).toEqual({ stdout: '', stderr: 'cut: the delimiter must be a single character\nTry \'cut --help\' for more information.\n', status: 1 });
    // cut x
    expect(await sh('cut x')).toEqual({ stdout: '', stderr: 'cut: you must specify a list of bytes, characters, or fields\nTry \'cut --help\' for more information.\n', status: 1 });
    // cut -c1 -d, x
    expect(await sh('cut -c1 -d, x')).toEqual({ stdout: '', stderr: 'cut: an input delimiter may be specified only when operating on fields\nTry \'cut --help\' for more information.\n', status: 1 });
    // cut -c1 -s x
    expect(await sh('cut -c1 -s x')).toEqual({ stdout: '', stderr: 'cut: suppressing non-delimited lines makes sense\n\tonly when operating on fields\nTry \'cut --help\' for more information.\n', status: 1 });
    // cut -f0
    expect(await sh('cut -f0')).toEqual({ stdout: '', stderr: 'cut: fields are numbered from 1\nTry \'cut --help\' for more information.\n', status: 1 });
    // cut -c 0-2
    expect(await sh('cut -c 0-2')).toEqual({ stdout: '', stderr: 'cut: byte/character positions are numbered from 1\nTry \'cut --help\' for more information.\n', status: 1 });
    // cut -f3-2
    expect(await sh('cut -f3-2')).toEqual({ stdout: '', stderr: 'cut: invalid decreasing range\nTry \'cut --help\' for more information.\n', status: 1 });
    // cut -f-
    expect(await sh('cut -f-')).toEqual({ stdout: '', stderr: 'cut: invalid range with no endpoint: -\nTry \'cut --help\' for more information.\n', status: 1 });
    // cut -f1-2-3
    expect(await sh('cut -f1-2-3')).toEqual({ stdout: '', stderr: 'cut: invalid field range\nTry \'cut --help\' for more information.\n', status: 1 });
    // cut -fx
    expect(await sh('cut -fx')).toEqual({ stdout: '', stderr: 'cut: invalid field value ‘x’\nTry \'cut --help\' for more information.\n', status: 1 });
    // cut -f2,a
    expect(await sh('cut -f2,a')).toEqual({ stdout: '', stderr: 'cut: invalid field value ‘a’\nTry \'cut --help\' for more information.\n', status: 1 });
    // cut -f ""
    expect(await sh('cut -f ""')).toEqual({ stdout: '', stderr: 'cut: fields are numbered from 1\nTry \'cut --help\' for more information.\n', status: 1 });
    // cut -f 99999999999999999999
    expect(await sh('cut -f 99999999999999999999')).toEqual({ stdout: '', stderr: 'cut: field number ‘99999999999999999999’ is too large\nTry \'cut --help\' for more information.\n', status: 1 });
    // cut -x
    expect(await sh('cut -x')).toEqual({ stdout: '', stderr: 'cut: invalid option -- \'x\'\nTry \'cut --help\' for more information.\n', status: 1 });
  });

  test('--help', async () => {
    // cut --help
    expect((await sh('cut --help')).stdout.split('\n')[0]).toBe('Usage: cut OPTION... [FILE]...');
  });
});
