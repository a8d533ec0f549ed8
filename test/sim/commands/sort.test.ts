// sort, compared with GNU sort 9.1 (LC_ALL=C.UTF-8): every expectation below was recorded from the
// real command shown in the comment above it.

import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

describe('sort', () => {
  test('sorts lines in byte order (C.UTF-8 collates by code point)', async () => {
    // printf 'b\na\nc\n' | sort
    expect(await sh('printf \'b\\na\\nc\\n\' | sort')).toEqual({ stdout: 'a\nb\nc\n', stderr: '', status: 0 });
    // printf 'banana\nApple\napple\n_x\n10\n9\n' | sort
    expect(await sh('printf \'banana\\nApple\\napple\\n_x\\n10\\n9\\n\' | sort')).toEqual({ stdout: '10\n9\nApple\n_x\napple\nbanana\n', stderr: '', status: 0 });
    // printf 'é\ne\nz\nÉ\n' | sort
    expect(await sh('printf \'é\\ne\\nz\\nÉ\\n\' | sort')).toEqual({ stdout: 'e\nz\nÉ\né\n', stderr: '', status: 0 });
    // printf '😀\n\nz\n' | sort | od -An -tx1
    expect(await sh('printf \'😀\\n\\nz\\n\' | sort | od -An -tx1')).toEqual({ stdout: ' 7a 0a ee 80 80 0a f0 9f 98 80 0a\n', stderr: '', status: 0 });
  });

  test('adds the missing final newline; empty input gives nothing', async () => {
    // printf 'b\na\nc' | sort
    expect(await sh('printf \'b\\na\\nc\' | sort')).toEqual({ stdout: 'a\nb\nc\n', stderr: '', status: 0 });
    // printf '' | sort; echo $?
    expect(await sh('printf \'\' | sort; echo $?')).toEqual({ stdout: '0\n', stderr: '', status: 0 });
    // printf '\n\n' | sort | od -c
    expect(await sh('printf \'\\n\\n\' | sort | od -c')).toEqual({ stdout: '0000000  \\n  \\n\n0000002\n', stderr: '', status: 0 });
  });

  test('-r reverses, -u keeps one of each run of equal lines', async () => {
    // printf 'b\nb\na\nc\na\n' | sort -r
    expect(await sh('printf \'b\\nb\\na\\nc\\na\\n\' | sort -r')).toEqual({ stdout: 'c\nb\nb\na\na\n', stderr: '', status: 0 });
    // printf 'b\nb\na\na\n' | sort -u
    expect(await sh('printf \'b\\nb\\na\\na\\n\' | sort -u')).toEqual({ stdout: 'a\nb\n', stderr: '', status: 0 });
    // printf 'b\nb\na\na\n' | sort -ru
    expect(await sh('printf \'b\\nb\\na\\na\\n\' | sort -ru')).toEqual({ stdout: 'b\na\n', stderr: '', status: 0 });
  });

  test('-n compares leading numbers; what is not a number sorts as zero', async () => {
    // printf '3\n10\n2\n-1\n1.5\n.5\n-0\nx\n\n 7\n+5\n' | sort -n
    expect(await sh('printf \'3\\n10\\n2\\n-1\\n1.5\\n.5\\n-0\\nx\\n\\n 7\\n+5\\n\' | sort -n')).toEqual({ stdout: '-1\n\n+5\n-0\nx\n.5\n1.5\n2\n3\n 7\n10\n', stderr: '', status: 0 });
    // printf '3\n10\n2\n-1\n1.5\n.5\n-0\nx\n 7\n+5\n' | sort -rn
    expect(await sh('printf \'3\\n10\\n2\\n-1\\n1.5\\n.5\\n-0\\nx\\n 7\\n+5\\n\' | sort -rn')).toEqual({ stdout: '10\n 7\n3\n2\n1.5\n.5\nx\n-0\n+5\n-1\n', stderr: '', status: 0 });
    // printf '1\n01\n001\n' | sort -n
    expect(await sh('printf \'1\\n01\\n001\\n\' | sort -n')).toEqual({ stdout: '001\n01\n1\n', stderr: '', status: 0 });
    // printf '1\n01\n001\n' | sort -nu
    expect(await sh('printf \'1\\n01\\n001\\n\' | sort -nu')).toEqual({ stdout: '1\n', stderr: '', status: 0 });
    // printf '12345678901234567890\n12345678901234567891\n12345678901234567889\n' | sort -n
    expect(await sh('printf \'12345678901234567890\\n12345678901234567891\\n12345678901234567889\\n\' | sort -n')).toEqual({ stdout: '12345678901234567889\n12345678901234567890\n12345678901234567891\n', stderr: '', status: 0 });
    // printf '0.1000000000000000000001\n0.1\n0.10000000000000000000009\n' | sort -n
    expect(await sh('printf \'0.1000000000000000000001\\n0.1\\n0.10000000000000000000009\\n\' | sort -n')).toEqual({ stdout: '0.1\n0.10000000000000000000009\n0.1000000000000000000001\n', stderr: '', status: 0 });
  });

  test('equal keys fall back to comparing whole lines, unless -s or -u', async () => {
    // printf 'b 1\na 1\nc 0\n' | sort -k2,2
    expect(await sh('printf \'b 1\\na 1\\nc 0\\n\' | sort -k2,2')).toEqual({ stdout: 'c 0\na 1\nb 1\n', stderr: '', status: 0 });
    // printf 'b 1\na 1\nc 0\n' | sort -s -k2,2
    expect(await sh('printf \'b 1\\na 1\\nc 0\\n\' | sort -s -k2,2')).toEqual({ stdout: 'c 0\nb 1\na 1\n', stderr: '', status: 0 });
    // printf 'b 1\na 1\nc 0\n' | sort -r -k2,2
    expect(await sh('printf \'b 1\\na 1\\nc 0\\n\' | sort -r -k2,2')).toEqual({ stdout: 'b 1\na 1\nc 0\n', stderr: '', status: 0 });
    // printf 'b 1\na 1\nc 0\n' | sort -rs -k2,2
    expect(await sh('printf \'b 1\\na 1\\nc 0\\n\' | sort -rs -k2,2')).toEqual({ stdout: 'b 1\na 1\nc 0\n', stderr: '', status: 0 });
    // printf '1.0\n1\n1.00\n' | sort -n -s
    expect(await sh('printf \'1.0\\n1\\n1.00\\n\' | sort -n -s')).toEqual({ stdout: '1.0\n1\n1.00\n', stderr: '', status: 0 });
    // printf 'a 1\na 2\nb 0\na 0\n' | sort -u -k1,1
    expect(await sh('printf \'a 1\\na 2\\nb 0\\na 0\\n\' | sort -u -k1,1')).toEqual({ stdout: 'a 1\nb 0\n', stderr: '', status: 0 });
  });

  test('-k with fields, character offsets and per-key options; -t', async () => {
    // printf 'a 3\nb 10\nc 2\nd 3\n' | sort -k2n
    expect(await sh('printf \'a 3\\nb 10\\nc 2\\nd 3\\n\' | sort -k2n')).toEqual({ stdout: 'c 2\na 3\nd 3\nb 10\n', stderr: '', status: 0 });
    // printf 'a 3\nb 10\nc 2\nd 3\n' | sort -k2,2nr
    expect(await sh('printf \'a 3\\nb 10\\nc 2\\nd 3\\n\' | sort -k2,2nr')).toEqual({ stdout: 'b 10\na 3\nd 3\nc 2\n', stderr: '', status: 0 });
    // printf 'a,3,x\nb,10,y\nc,2,z\nd,3,w\n' | sort -t, -k2n
    expect(await sh('printf \'a,3,x\\nb,10,y\\nc,2,z\\nd,3,w\\n\' | sort -t, -k2n')).toEqual({ stdout: 'c,2,z\na,3,x\nd,3,w\nb,10,y\n', stderr: '', status: 0 });
    // printf 'a,3,x\nb,10,y\nc,2,z\nd,3,w\n' | sort -t, -k2,2n -k3,3r
    expect(await sh('printf \'a,3,x\\nb,10,y\\nc,2,z\\nd,3,w\\n\' | sort -t, -k2,2n -k3,3r')).toEqual({ stdout: 'c,2,z\na,3,x\nd,3,w\nb,10,y\n', stderr: '', status: 0 });
    // printf 'a,3,x\nb,10,y\nc,2,z\nd,3,w\n' | sort -t, -k2,2n -u
    expect(await sh('printf \'a,3,x\\nb,10,y\\nc,2,z\\nd,3,w\\n\' | sort -t, -k2,2n -u')).toEqual({ stdout: 'c,2,z\na,3,x\nb,10,y\n', stderr: '', status: 0 });
    // printf 'hello world\nabc  def\nxyz\tq\n' | sort -k2
    expect(await sh('printf \'hello world\\nabc  def\\nxyz\\tq\\n\' | sort -k2')).toEqual({ stdout: 'xyz\tq\nabc  def\nhello world\n', stderr: '', status: 0 });
    // printf 'hello world\nabc  def\nxyz\tq\n' | sort -k2b
    expect(await sh('printf \'hello world\\nabc  def\\nxyz\\tq\\n\' | sort -k2b')).toEqual({ stdout: 'abc  def\nxyz\tq\nhello world\n', stderr: '', status: 0 });
    // printf 'hello world\nabc  def\nxyz\tq\n' | sort -b -k2
    expect(await sh('printf \'hello world\\nabc  def\\nxyz\\tq\\n\' | sort -b -k2')).toEqual({ stdout: 'abc  def\nxyz\tq\nhello world\n', stderr: '', status: 0 });
    // printf 'abcdef\nabzaaa\nabaxyz\n' | sort -k1.3
    expect(await sh('printf \'abcdef\\nabzaaa\\nabaxyz\\n\' | sort -k1.3')).toEqual({ stdout: 'abaxyz\nabcdef\nabzaaa\n', stderr: '', status: 0 });
    // printf 'abcdef\nabzaaa\nabaxyz\n' | sort -k1.3,1.3
    expect(await sh('printf \'abcdef\\nabzaaa\\nabaxyz\\n\' | sort -k1.3,1.3')).toEqual({ stdout: 'abaxyz\nabcdef\nabzaaa\n', stderr: '', status: 0 });
    // printf 'x  abcdef\ny abzaaa\nz   abaxyz\n' | sort -k2.2,2.3
    expect(await sh('printf \'x  abcdef\\ny abzaaa\\nz   abaxyz\\n\' | sort -k2.2,2.3')).toEqual({ stdout: 'z   abaxyz\nx  abcdef\ny abzaaa\n', stderr: '', status: 0 });
    // printf 'x  abcdef\ny abzaaa\nz   abaxyz\n' | sort -k2.2b,2.3b
    expect(await sh('printf \'x  abcdef\\ny abzaaa\\nz   abaxyz\\n\' | sort -k2.2b,2.3b')).toEqual({ stdout: 'z   abaxyz\nx  abcdef\ny abzaaa\n', stderr: '', status: 0 });
    // printf 'x  abcdef\ny abzaaa\nz   abaxyz\n' | sort -t ' ' -k2.2,2.3
    expect(await sh('printf \'x  abcdef\\ny abzaaa\\nz   abaxyz\\n\' | sort -t \' \' -k2.2,2.3')).toEqual({ stdout: 'z   abaxyz\nx  abcdef\ny abzaaa\n', stderr: '', status: 0 });
    // printf 'b:2\na:10\n' | sort --field-separator=: --key=2 --numeric-sort
    expect(await sh('printf \'b:2\\na:10\\n\' | sort --field-separator=: --key=2 --numeric-sort')).toEqual({ stdout: 'b:2\na:10\n', stderr: '', status: 0 });
    // printf '10\n9\n' | sort -t '\0' -n
    expect(await sh('printf \'10\\n9\\n\' | sort -t \'\\0\' -n')).toEqual({ stdout: '9\n10\n', stderr: '', status: 0 });
  });

  test('the obsolete +POS1 -POS2 keys', async () => {
    // printf 'a 2\nb 1\n' | sort +1
    expect(await sh('printf \'a 2\\nb 1\\n\' | sort +1')).toEqual({ stdout: 'b 1\na 2\n', stderr: '', status: 0 });
    // printf 'a 2 x\nb 1 y\nc 1 a\n' | sort +1 -2
    expect(await sh('printf \'a 2 x\\nb 1 y\\nc 1 a\\n\' | sort +1 -2')).toEqual({ stdout: 'b 1 y\nc 1 a\na 2 x\n', stderr: '', status: 0 });
    // printf 'a 2 x\nb 1 y\nc 1 a\n' | sort +1n -2 +2r
    expect(await sh('printf \'a 2 x\\nb 1 y\\nc 1 a\\n\' | sort +1n -2 +2r')).toEqual({ stdout: 'b 1 y\nc 1 a\na 2 x\n', stderr: '', status: 0 });
    // printf 'x\n' > +1; sort +1 -o out; cat out
    expect(await sh('printf \'x\\n\' > +1; sort +1 -o out; cat out')).toEqual({ stdout: '', stderr: '', status: 0 });
  });

  test('-f, -d, -i', async () => {
    // printf 'b\nB\na\nA\nc\n' | sort -f
    expect(await sh('printf \'b\\nB\\na\\nA\\nc\\n\' | sort -f')).toEqual({ stdout: 'A\na\nB\nb\nc\n', stderr: '', status: 0 });
    // printf 'b\nB\na\nA\nc\n' | sort -fu
    expect(await sh('printf \'b\\nB\\na\\nA\\nc\\n\' | sort -fu')).toEqual({ stdout: 'a\nb\nc\n', stderr: '', status: 0 });
    // printf 'a-b\na b\nab\na_b\naB\n' | sort -d
    expect(await sh('printf \'a-b\\na b\\nab\\na_b\\naB\\n\' | sort -d')).toEqual({ stdout: 'a b\naB\na-b\na_b\nab\n', stderr: '', status: 0 });
    // printf 'a\tb\nab\na\001b\n' | sort -i | od -c
    expect(await sh('printf \'a\\tb\\nab\\na\\001b\\n\' | sort -i | od -c')).toEqual({ stdout: '0000000   a 001   b  \\n   a  \\t   b  \\n   a   b  \\n\n0000013\n', stderr: '', status: 0 });
  });

  test('-h, -M, -V, -g and --sort', async () => {
    // printf '1K\n2M\n1G\n500\n1k\n-1K\n0K\n1.5K\n2\n' | sort -h
    expect(await sh('printf \'1K\\n2M\\n1G\\n500\\n1k\\n-1K\\n0K\\n1.5K\\n2\\n\' | sort -h')).toEqual({ stdout: '-1K\n0K\n2\n500\n1K\n1k\n1.5K\n2M\n1G\n', stderr: '', status: 0 });
    // printf 'Feb\njan\nDEC\nfoo\n mar\nAugust\n' | sort -M
    expect(await sh('printf \'Feb\\njan\\nDEC\\nfoo\\n mar\\nAugust\\n\' | sort -M')).toEqual({ stdout: 'foo\njan\nFeb\n mar\nAugust\nDEC\n', stderr: '', status: 0 });
    // printf 'file10\nfile2\nfile1\nfile1.10\nfile1.2\n.a\n..\n.\nfile~\n' | sort -V
    expect(await sh('printf \'file10\\nfile2\\nfile1\\nfile1.10\\nfile1.2\\n.a\\n..\\n.\\nfile~\\n\' | sort -V')).toEqual({ stdout: '.\n..\n.a\nfile~\nfile1\nfile1.2\nfile1.10\nfile2\nfile10\n', stderr: '', status: 0 });
    // printf '1e3\n5\n-inf\nnan\n0x10\nabc\n2.5e-1\ninf\n-nan\n' | sort -g
    expect(await sh('printf \'1e3\\n5\\n-inf\\nnan\\n0x10\\nabc\\n2.5e-1\\ninf\\n-nan\\n\' | sort -g')).toEqual({ stdout: 'abc\nnan\n-nan\n-inf\n2.5e-1\n5\n0x10\n1e3\ninf\n', stderr: '', status: 0 });
    // printf 'b:2\na:10\n' | sort --sort=numeric -t: -k2
    expect(await sh('printf \'b:2\\na:10\\n\' | sort --sort=numeric -t: -k2')).toEqual({ stdout: 'b:2\na:10\n', stderr: '', status: 0 });
    // printf '3\n1\n2\n' | sort -R | sort
    expect(await sh('printf \'3\\n1\\n2\\n\' | sort -R | sort')).toEqual({ stdout: '1\n2\n3\n', stderr: '', status: 0 });
  });

  test('-c and -C check the order', async () => {
    // printf 'a\nc\nb\n' | sort -c; echo $?
    expect(await sh('printf \'a\\nc\\nb\\n\' | sort -c; echo $?')).toEqual({ stdout: '1\n', stderr: 'sort: -:3: disorder: b\n', status: 0 });
    // printf 'a\nc\nb\n' | sort -C; echo $?
    expect(await sh('printf \'a\\nc\\nb\\n\' | sort -C; echo $?')).toEqual({ stdout: '1\n', stderr: '', status: 0 });
    // printf 'a\nb\nb\n' | sort -c; echo $?
    expect(await sh('printf \'a\\nb\\nb\\n\' | sort -c; echo $?')).toEqual({ stdout: '0\n', stderr: '', status: 0 });
    // printf 'a\nb\nb\n' | sort -cu; echo $?
    expect(await sh('printf \'a\\nb\\nb\\n\' | sort -cu; echo $?')).toEqual({ stdout: '1\n', stderr: 'sort: -:3: disorder: b\n', status: 0 });
    // printf 'a 2\na 1\n' | sort -c -k1,1; echo $?
    expect(await sh('printf \'a 2\\na 1\\n\' | sort -c -k1,1; echo $?')).toEqual({ stdout: '1\n', stderr: 'sort: -:2: disorder: a 1\n', status: 0 });
    // printf 'a 2\na 1\n' | sort -c -s -k1,1; echo $?
    expect(await sh('printf \'a 2\\na 1\\n\' | sort -c -s -k1,1; echo $?')).toEqual({ stdout: '0\n', stderr: '', status: 0 });
    // printf 'a\nc\nb\n' | sort --check=quiet; echo $?
    expect(await sh('printf \'a\\nc\\nb\\n\' | sort --check=quiet; echo $?')).toEqual({ stdout: '1\n', stderr: '', status: 0 });
    // printf 'a\nc\nb\n' > f; sort -c f g; echo $?
    expect(await sh('printf \'a\\nc\\nb\\n\' > f; sort -c f g; echo $?')).toEqual({ stdout: '2\n', stderr: 'sort: extra operand \'g\' not allowed with -c\n', status: 0 });
    // printf 'a\nc\nb\n' > f; sort -c -o g f; echo $?
    expect(await sh('printf \'a\\nc\\nb\\n\' > f; sort -c -o g f; echo $?')).toEqual({ stdout: '2\n', stderr: 'sort: options \'-co\' are incompatible\n', status: 0 });
  });

  test('-o may name an input; -m merges sorted inputs', async () => {
    // printf 'a\nc\nb\n' > f; sort -o f f; cat f
    expect(await sh('printf \'a\\nc\\nb\\n\' > f; sort -o f f; cat f')).toEqual({ stdout: 'a\nb\nc\n', stderr: '', status: 0 });
    // printf 'a\nd\n' > f1; printf 'b\nc\ne\n' > f2; sort -m f1 f2
    expect(await sh('printf \'a\\nd\\n\' > f1; printf \'b\\nc\\ne\\n\' > f2; sort -m f1 f2')).toEqual({ stdout: 'a\nb\nc\nd\ne\n', stderr: '', status: 0 });
    // printf 'a\nd\n' > f1; printf 'b\nc\ne\n' > f2; sort -m f2 f1 -o f1; cat f1
    expect(await sh('printf \'a\\nd\\n\' > f1; printf \'b\\nc\\ne\\n\' > f2; sort -m f2 f1 -o f1; cat f1')).toEqual({ stdout: 'a\nb\nc\nd\ne\n', stderr: '', status: 0 });
    // printf 'd\na\n' > f1; printf 'c\nb\n' > f2; sort -m f1 f2
    expect(await sh('printf \'d\\na\\n\' > f1; printf \'c\\nb\\n\' > f2; sort -m f1 f2')).toEqual({ stdout: 'c\nb\nd\na\n', stderr: '', status: 0 });
    // printf 'a\nb\n' > f1; printf 'a\nb\n' > f2; sort -mu f1 f2
    expect(await sh('printf \'a\\nb\\n\' > f1; printf \'a\\nb\\n\' > f2; sort -mu f1 f2')).toEqual({ stdout: 'a\nb\n', stderr: '', status: 0 });
    // printf 'a 1\nb 1\n' > f1; printf 'a 2\nb 0\n' > f2; sort -m -k1,1 f1 f2; sort -m -s -k1,1 f1 f2; sort -mu -k1,1 f1 f2
    expect(await sh('printf \'a 1\\nb 1\\n\' > f1; printf \'a 2\\nb 0\\n\' > f2; sort -m -k1,1 f1 f2; sort -m -s -k1,1 f1 f2; sort -mu -k1,1 f1 f2')).toEqual({ stdout: 'a 1\na 2\nb 0\nb 1\na 1\na 2\nb 1\nb 0\na 1\nb 1\n', stderr: '', status: 0 });
    // printf 'b\n' > f1; printf 'a\n' > f2; sort f1 - f2 <<< c
    expect(await sh('printf \'b\\n\' > f1; printf \'a\\n\' > f2; sort f1 - f2 <<< c')).toEqual({ stdout: 'a\nb\nc\n', stderr: '', status: 0 });
  });

  test('-z separates lines with NUL', async () => {
    // printf 'b\0a\0c\0' | sort -z | od -c
    expect(await sh('printf \'b\\0a\\0c\\0\' | sort -z | od -c')).toEqual({ stdout: '0000000   a  \\0   b  \\0   c  \\0\n0000006\n', stderr: '', status: 0 });
    // printf 'a\nb\0c\0' | sort -z | od -c
    expect(await sh('printf \'a\\nb\\0c\\0\' | sort -z | od -c')).toEqual({ stdout: '0000000   a  \\n   b  \\0   c  \\0\n0000006\n', stderr: '', status: 0 });
  });

  test('--files0-from reads NUL-separated file names', async () => {
    // printf 'b\n' > fb; printf 'a\n' > fa; printf 'fb\0fa\0' > list; sort --files0-from=list; echo $?
    expect(await sh('printf \'b\\n\' > fb; printf \'a\\n\' > fa; printf \'fb\\0fa\\0\' > list; sort --files0-from=list; echo $?')).toEqual({ stdout: 'a\nb\n0\n', stderr: '', status: 0 });
    // printf 'b\n' > fb; printf 'a\n' > fa; printf 'fb\0fa' | sort --files0-from=-; echo $?
    expect(await sh('printf \'b\\n\' > fb; printf \'a\\n\' > fa; printf \'fb\\0fa\' | sort --files0-from=-; echo $?')).toEqual({ stdout: 'a\nb\n0\n', stderr: '', status: 0 });
    // printf '' | sort --files0-from=-; echo $?
    expect(await sh('printf \'\' | sort --files0-from=-; echo $?')).toEqual({ stdout: '2\n', stderr: 'sort: no input from \'-\'\n', status: 0 });
    // sort --files0-from=nope; echo $?
    expect(await sh('sort --files0-from=nope; echo $?')).toEqual({ stdout: '2\n', stderr: 'sort: open failed: nope: No such file or directory\n', status: 0 });
    // printf 'b\n' > fb; printf 'fb\0\0' | sort --files0-from=-; echo $?
    expect(await sh('printf \'b\\n\' > fb; printf \'fb\\0\\0\' | sort --files0-from=-; echo $?')).toEqual({ stdout: '2\n', stderr: 'sort: -:2: invalid zero-length file name\n', status: 0 });
    // printf '%s\0' - | sort --files0-from=-; echo $?
    expect(await sh('printf \'%s\\0\' - | sort --files0-from=-; echo $?')).toEqual({ stdout: '2\n', stderr: 'sort: when reading file names from stdin, no file name of \'-\' allowed\n', status: 0 });
    // printf 'fb\0fa\0' > list; sort --files0-from=list fa; echo $?
    expect(await sh('printf \'fb\\0fa\\0\' > list; sort --files0-from=list fa; echo $?')).toEqual({ stdout: '2\n', stderr: 'sort: extra operand \'fa\'\nfile operands cannot be combined with --files0-from\nTry \'sort --help\' for more information.\n', status: 0 });
    // printf 'b\n' > fb; printf 'fb\0nope\0' | sort --files0-from=-; echo $?
    expect(await sh('printf \'b\\n\' > fb; printf \'fb\\0nope\\0\' | sort --files0-from=-; echo $?')).toEqual({ stdout: '2\n', stderr: 'sort: cannot read: nope: No such file or directory\n', status: 0 });
  });

  test('errors: missing files, bad keys and options', async () => {
    // sort nope; echo $?
    expect(await sh('sort nope; echo $?')).toEqual({ stdout: '2\n', stderr: 'sort: cannot read: nope: No such file or directory\n', status: 0 });
    // mkdir d; sort d; echo $?
    expect(await sh('mkdir d; sort d; echo $?')).toEqual({ stdout: '2\n', stderr: 'sort: read failed: d: Is a directory\n', status: 0 });
    // printf 'x\n' | sort -o /nonexistent/out; echo $?
    expect(await sh('printf \'x\\n\' | sort -o /nonexistent/out; echo $?')).toEqual({ stdout: '2\n', stderr: 'sort: open failed: /nonexistent/out: No such file or directory\n', status: 0 });
    // sort -k0; echo $?
    expect(await sh('sort -k0; echo $?')).toEqual({ stdout: '2\n', stderr: 'sort: field number is zero: invalid field specification ‘0’\n', status: 0 });
    // sort -k1.0; echo $?
    expect(await sh('sort -k1.0; echo $?')).toEqual({ stdout: '2\n', stderr: 'sort: character offset is zero: invalid field specification ‘1.0’\n', status: 0 });
    // sort -k1x; echo $?
    expect(await sh('sort -k1x; echo $?')).toEqual({ stdout: '2\n', stderr: 'sort: stray character in field spec: invalid field specification ‘1x’\n', status: 0 });
    // sort -k a; echo $?
    expect(await sh('sort -k a; echo $?')).toEqual({ stdout: '2\n', stderr: 'sort: invalid number at field start: invalid count at start of ‘a’\n', status: 0 });
    // sort -tab; echo $?
    expect(await sh('sort -tab; echo $?')).toEqual({ stdout: '2\n', stderr: 'sort: multi-character tab ‘ab’\n', status: 0 });
    // sort -t ''; echo $?
    expect(await sh('sort -t \'\'; echo $?')).toEqual({ stdout: '2\n', stderr: 'sort: empty tab\n', status: 0 });
    // sort -t a -t b; echo $?
    expect(await sh('sort -t a -t b; echo $?')).toEqual({ stdout: '2\n', stderr: 'sort: incompatible tabs\n', status: 0 });
    // sort -c -C; echo $?
    expect(await sh('sort -c -C; echo $?')).toEqual({ stdout: '2\n', stderr: 'sort: options \'-cC\' are incompatible\n', status: 0 });
    // sort -nM; echo $?
    expect(await sh('sort -nM; echo $?')).toEqual({ stdout: '2\n', stderr: 'sort: options \'-Mn\' are incompatible\n', status: 0 });
    // sort -k1,1n -k2 -M -n < /dev/null; echo $?
    expect(await sh('sort -k1,1n -k2 -M -n < /dev/null; echo $?')).toEqual({ stdout: '2\n', stderr: 'sort: options \'-Mn\' are incompatible\n', status: 0 });
    // sort -x; echo $?
    expect(await sh('sort -x; echo $?')).toEqual({ stdout: '2\n', stderr: 'sort: invalid option -- \'x\'\nTry \'sort --help\' for more information.\n', status: 0 });
    // sort -o a -o b; echo $?
    expect(await sh('sort -o a -o b; echo $?')).toEqual({ stdout: '2\n', stderr: 'sort: multiple output files specified\n', status: 0 });
    // sort --sort=x; echo $?
    expect(await sh('sort --sort=x; echo $?')).toEqual({ stdout: '1\n', stderr: 'sort: invalid argument ‘x’ for ‘--sort’\nValid arguments are:\n  - ‘general-numeric’\n  - ‘human-numeric’\n  - ‘month’\n  - ‘numeric’\n  - ‘random’\n  - ‘version’\nTry \'sort --help\' for more information.\n', status: 0 });
    // sort -S 5x < /dev/null; echo $?
    expect(await sh('sort -S 5x < /dev/null; echo $?')).toEqual({ stdout: '2\n', stderr: 'sort: invalid suffix in -S argument \'5x\'\n', status: 0 });
    // printf 'b\na\n' | sort -S K; echo $?
    expect(await sh('printf \'b\\na\\n\' | sort -S K; echo $?')).toEqual({ stdout: 'a\nb\n0\n', stderr: '', status: 0 });
    // sort --parallel=0 < /dev/null; echo $?
    expect(await sh('sort --parallel=0 < /dev/null; echo $?')).toEqual({ stdout: '2\n', stderr: 'sort: number in parallel must be nonzero\n', status: 0 });
    // sort --help | head -2
    expect(await sh('sort --help | head -2')).toEqual({ stdout: 'Usage: sort [OPTION]... [FILE]...\n  or:  sort [OPTION]... --files0-from=F\n', stderr: '', status: 0 });
  });

  test('options the playground does not implement say so', async () => {
    expect(await sh("printf 'b\\na\\n' | sort --debug")).toEqual({
      stdout: '',
      stderr: 'sort: --debug: not supported in this playground\n',
      status: 2,
    });
    expect((await sh('sort --random-source=f </dev/null')).stderr).toBe('sort: --random-source: not supported in this playground\n');
  });

  test('a large input with few distinct lines sorts by counting, with the same result', async () => {
    // for i in $(seq 1 3000); do echo "c$((i % 7))"; done | sort | uniq -c
    const result = await sh('for i in {1..3000}; do echo "c$((i % 7))"; done | sort | uniq -c');
    expect(result.stdout).toBe('    428 c0\n    429 c1\n    429 c2\n    429 c3\n    429 c4\n    428 c5\n    428 c6\n');
  });

  test('past 65536 distinct lines, every line is kept and sorted', async () => {
    // printf '%s\n' {1..70000} {1..5} | { sort > s; uniq -c s | sort -n | tail -2; head -3 s; wc -l < s; }
    const input = Array.from({ length: 70005 }, (_, i) => `${i < 70000 ? i + 1 : i - 69999}\n`).join('');
    const result = await sh('sort > s; uniq -c s | sort -n | tail -2; head -3 s; wc -l < s', input);
    expect(result).toEqual({ stdout: '      2 4\n      2 5\n1\n1\n10\n70005\n', stderr: '', status: 0 });
  });
});
