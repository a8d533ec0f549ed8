// split, compared with GNU split 9.1 (LC_ALL=C.UTF-8): every expectation below was recorded from the
// real command shown in the comment above it.

import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

describe('split', () => {
  test('-l puts N lines in each file, named xaa, xab...', async () => {
    // printf '1\n2\n3\n4\n5\n' > in; split -l 2 in; ls; head x*
    expect(await sh('printf \'1\\n2\\n3\\n4\\n5\\n\' > in; split -l 2 in; ls; head x*')).toEqual({ stdout: 'in\nxaa\nxab\nxac\n==> xaa <==\n1\n2\n\n==> xab <==\n3\n4\n\n==> xac <==\n5\n', stderr: '', status: 0 });
    // printf '1\n2\n3\n4\n5' | split -l 2; ls; cat xac | od -c
    expect(await sh('printf \'1\\n2\\n3\\n4\\n5\' | split -l 2; ls; cat xac | od -c')).toEqual({ stdout: 'xaa\nxab\nxac\n0000000   5\n0000001\n', stderr: '', status: 0 });
    // printf '' | split; ls; echo $?
    expect(await sh('printf \'\' | split; ls; echo $?')).toEqual({ stdout: '0\n', stderr: '', status: 0 });
    // printf '1\n2\n3\n' > in; split -2 in p; ls p*; cat pab
    expect(await sh('printf \'1\\n2\\n3\\n\' > in; split -2 in p; ls p*; cat pab')).toEqual({ stdout: 'paa\npab\n3\n', stderr: '', status: 0 });
    // printf '%s\n' {1..2500} | split; wc -l x*
    expect(await sh('printf \'%s\\n\' {1..2500} | split; wc -l x*')).toEqual({ stdout: ' 1000 xaa\n 1000 xab\n  500 xac\n 2500 total\n', stderr: '', status: 0 });
  });

  test('-b puts N bytes in each file; sizes take K, KB, KiB, b suffixes', async () => {
    // printf 'abcdefghij' | split -b 4; ls; cat xaa xab xac
    expect(await sh('printf \'abcdefghij\' | split -b 4; ls; cat xaa xab xac')).toEqual({ stdout: 'xaa\nxab\nxac\nabcdefghij', stderr: '', status: 0 });
    // printf '%0100d' 0 | split -b 1K; ls; wc -c xaa
    expect(await sh('printf \'%0100d\' 0 | split -b 1K; ls; wc -c xaa')).toEqual({ stdout: 'xaa\n100 xaa\n', stderr: '', status: 0 });
    // printf '%02000d' 0 | split -b 1KB; ls; wc -c xaa xab
    expect(await sh('printf \'%02000d\' 0 | split -b 1KB; ls; wc -c xaa xab')).toEqual({ stdout: 'xaa\nxab\n1000 xaa\n1000 xab\n2000 total\n', stderr: '', status: 0 });
    // printf '%02000d' 0 | split -b 1KiB; wc -c xaa xab
    expect(await sh('printf \'%02000d\' 0 | split -b 1KiB; wc -c xaa xab')).toEqual({ stdout: '1024 xaa\n 976 xab\n2000 total\n', stderr: '', status: 0 });
    // printf '%01000d' 0 | split -b 1b; wc -c xaa xab
    expect(await sh('printf \'%01000d\' 0 | split -b 1b; wc -c xaa xab')).toEqual({ stdout: ' 512 xaa\n 488 xab\n1000 total\n', stderr: '', status: 0 });
  });

  test('-C puts as many whole lines as fit', async () => {
    // printf '1\n22\n333\n4444\n55555\n' | split -C 6; head x*
    expect(await sh('printf \'1\\n22\\n333\\n4444\\n55555\\n\' | split -C 6; head x*')).toEqual({ stdout: '==> xaa <==\n1\n22\n\n==> xab <==\n333\n\n==> xac <==\n4444\n\n==> xad <==\n55555\n', stderr: '', status: 0 });
    // printf 'abcdefghijkl\nxy\n' | split -C 5; head x*
    expect(await sh('printf \'abcdefghijkl\\nxy\\n\' | split -C 5; head x*')).toEqual({ stdout: '==> xaa <==\nabcde\n==> xab <==\nfghij\n==> xac <==\nkl\n\n==> xad <==\nxy\n', stderr: '', status: 0 });
    // printf 'ab\ncd' | split -C 10; cat xaa; ls
    expect(await sh('printf \'ab\\ncd\' | split -C 10; cat xaa; ls')).toEqual({ stdout: 'ab\ncdxaa\n', stderr: '', status: 0 });
  });

  test('-n splits into N pieces of a file', async () => {
    // printf '1\n2\n3\n4\n5\n' > in; split -n 2 in; head x*
    expect(await sh('printf \'1\\n2\\n3\\n4\\n5\\n\' > in; split -n 2 in; head x*')).toEqual({ stdout: '==> xaa <==\n1\n2\n3\n==> xab <==\n\n4\n5\n', stderr: '', status: 0 });
    // printf '1\n2\n3\n4\n5\n' > in; split -n 3/4 in
    expect(await sh('printf \'1\\n2\\n3\\n4\\n5\\n\' > in; split -n 3/4 in')).toEqual({ stdout: '3\n', stderr: '', status: 0 });
    // printf '1\n22\n333\n4444\n55555\n' > in; split -n l/3 in; head x*
    expect(await sh('printf \'1\\n22\\n333\\n4444\\n55555\\n\' > in; split -n l/3 in; head x*')).toEqual({ stdout: '==> xaa <==\n1\n22\n333\n\n==> xab <==\n4444\n\n==> xac <==\n55555\n', stderr: '', status: 0 });
    // printf '1\n22\n333\n4444\n55555\n' > in; split -n l/2/3 in
    expect(await sh('printf \'1\\n22\\n333\\n4444\\n55555\\n\' > in; split -n l/2/3 in')).toEqual({ stdout: '4444\n', stderr: '', status: 0 });
    // printf '1\n2\n3\n4\n5\n' > in; split -n r/3 in; head x*
    expect(await sh('printf \'1\\n2\\n3\\n4\\n5\\n\' > in; split -n r/3 in; head x*')).toEqual({ stdout: '==> xaa <==\n1\n4\n\n==> xab <==\n2\n5\n\n==> xac <==\n3\n', stderr: '', status: 0 });
    // printf '1\n2\n3\n4\n5\n' | split -n r/2/3
    expect(await sh('printf \'1\\n2\\n3\\n4\\n5\\n\' | split -n r/2/3')).toEqual({ stdout: '2\n5\n', stderr: '', status: 0 });
    // printf 'ab' > in; split -n 4 in; ls; wc -c x*
    expect(await sh('printf \'ab\' > in; split -n 4 in; ls; wc -c x*')).toEqual({ stdout: 'in\nxaa\nxab\nxac\nxad\n1 xaa\n1 xab\n0 xac\n0 xad\n2 total\n', stderr: '', status: 0 });
    // printf 'ab' > in; split -e -n 4 in; ls
    expect(await sh('printf \'ab\' > in; split -e -n 4 in; ls')).toEqual({ stdout: 'in\nxaa\nxab\n', stderr: '', status: 0 });
    // printf 'abc' | split -n 2; echo $?
    expect(await sh('printf \'abc\' | split -n 2; echo $?')).toEqual({ stdout: '1\n', stderr: 'split: -: cannot determine file size\n', status: 0 });
    // mkdir d; split -n 2 d; echo $?
    expect(await sh('mkdir d; split -n 2 d; echo $?')).toEqual({ stdout: '1\n', stderr: 'split: d: cannot determine file size: Is a directory\n', status: 0 });
  });

  test('suffixes: -d, -x, -a, --additional-suffix, and names that widen', async () => {
    // printf '1\n2\n3\n' | split -l 1 -d; ls
    expect(await sh('printf \'1\\n2\\n3\\n\' | split -l 1 -d; ls')).toEqual({ stdout: 'x00\nx01\nx02\n', stderr: '', status: 0 });
    // printf '1\n2\n3\n' | split -l 1 --numeric-suffixes=8; ls
    expect(await sh('printf \'1\\n2\\n3\\n\' | split -l 1 --numeric-suffixes=8; ls')).toEqual({ stdout: 'x08\nx09\nx10\n', stderr: '', status: 0 });
    // printf '1\n2\n3\n' | split -l 1 -x --hex-suffixes=9 - p; ls
    expect(await sh('printf \'1\\n2\\n3\\n\' | split -l 1 -x --hex-suffixes=9 - p; ls')).toEqual({ stdout: 'p09\np0a\np0b\n', stderr: '', status: 0 });
    // printf '1\n2\n3\n' | split -l 1 -a 3 --additional-suffix=.txt - part_; ls
    expect(await sh('printf \'1\\n2\\n3\\n\' | split -l 1 -a 3 --additional-suffix=.txt - part_; ls')).toEqual({ stdout: 'part_aaa.txt\npart_aab.txt\npart_aac.txt\n', stderr: '', status: 0 });
    // printf '%s\n' {1..700} | split -l 1; ls | tail -3; ls | wc -l
    expect(await sh('printf \'%s\\n\' {1..700} | split -l 1; ls | tail -3; ls | wc -l')).toEqual({ stdout: 'xzabv\nxzabw\nxzabx\n700\n', stderr: '', status: 0 });
    // printf '%s\n' {1..30} | split -a 1 -l 1 - w; echo $?; ls | wc -l
    expect(await sh('printf \'%s\\n\' {1..30} | split -a 1 -l 1 - w; echo $?; ls | wc -l')).toEqual({ stdout: '1\n26\n', stderr: 'split: output file suffixes exhausted\n', status: 0 });
    // printf '%s\n' {1..3} | split -l 1 -d -a 1 --numeric-suffixes=9; echo $?; ls
    expect(await sh('printf \'%s\\n\' {1..3} | split -l 1 -d -a 1 --numeric-suffixes=9; echo $?; ls')).toEqual({ stdout: '1\nx9\n', stderr: 'split: output file suffixes exhausted\n', status: 0 });
  });

  test('--verbose and -t', async () => {
    // printf 'a\nb\n' | split -l 1 --verbose
    expect(await sh('printf \'a\\nb\\n\' | split -l 1 --verbose')).toEqual({ stdout: 'creating file \'xaa\'\ncreating file \'xab\'\n', stderr: '', status: 0 });
    // printf 'a;b;c' | split -t ';' -l 1; cat xaa xab xac
    expect(await sh('printf \'a;b;c\' | split -t \';\' -l 1; cat xaa xab xac')).toEqual({ stdout: 'a;b;c', stderr: '', status: 0 });
    // printf 'a\0b\0' | split -t '\0' -l 1; od -c xab
    expect(await sh('printf \'a\\0b\\0\' | split -t \'\\0\' -l 1; od -c xab')).toEqual({ stdout: '0000000   b  \\0\n0000002\n', stderr: '', status: 0 });
  });

  test('errors', async () => {
    // split -l x; echo $?
    expect(await sh('split -l x; echo $?')).toEqual({ stdout: '1\n', stderr: 'split: invalid number of lines: ‘x’\n', status: 0 });
    // split -l 0; echo $?
    expect(await sh('split -l 0; echo $?')).toEqual({ stdout: '1\n', stderr: 'split: invalid number of lines: ‘0’: Numerical result out of range\n', status: 0 });
    // split -b 0; echo $?
    expect(await sh('split -b 0; echo $?')).toEqual({ stdout: '1\n', stderr: 'split: invalid number of bytes: ‘0’: Numerical result out of range\n', status: 0 });
    // split -b 1x; echo $?
    expect(await sh('split -b 1x; echo $?')).toEqual({ stdout: '1\n', stderr: 'split: invalid number of bytes: ‘1x’\n', status: 0 });
    // split -a x; echo $?
    expect(await sh('split -a x; echo $?')).toEqual({ stdout: '1\n', stderr: 'split: invalid suffix length: ‘x’\n', status: 0 });
    // split -l 1 -b 2; echo $?
    expect(await sh('split -l 1 -b 2; echo $?')).toEqual({ stdout: '1\n', stderr: 'split: cannot split in more than one way\nTry \'split --help\' for more information.\n', status: 0 });
    // split -n 0; echo $?
    expect(await sh('split -n 0; echo $?')).toEqual({ stdout: '1\n', stderr: 'split: invalid number of chunks: ‘0’: Numerical result out of range\n', status: 0 });
    // split -n 3/2; echo $?
    expect(await sh('split -n 3/2; echo $?')).toEqual({ stdout: '1\n', stderr: 'split: invalid chunk number: ‘3’: Numerical result out of range\n', status: 0 });
    // split nope; echo $?
    expect(await sh('split nope; echo $?')).toEqual({ stdout: '1\n', stderr: 'split: cannot open \'nope\' for reading: No such file or directory\n', status: 0 });
    // split a b c; echo $?
    expect(await sh('split a b c; echo $?')).toEqual({ stdout: '1\n', stderr: 'split: extra operand ‘c’\nTry \'split --help\' for more information.\n', status: 0 });
    // split -d -a 1 --numeric-suffixes=123; echo $?
    expect(await sh('split -d -a 1 --numeric-suffixes=123; echo $?')).toEqual({ stdout: '1\n', stderr: 'split: numerical suffix start value is too large for the suffix length\nTry \'split --help\' for more information.\n', status: 0 });
    // split -t ab; echo $?
    expect(await sh('split -t ab; echo $?')).toEqual({ stdout: '1\n', stderr: 'split: multi-character separator ‘ab’\n', status: 0 });
    // split -t ''; echo $?
    expect(await sh('split -t \'\'; echo $?')).toEqual({ stdout: '1\n', stderr: 'split: empty record separator\n', status: 0 });
    // split --additional-suffix=a/b; echo $?
    expect(await sh('split --additional-suffix=a/b; echo $?')).toEqual({ stdout: '1\n', stderr: 'split: invalid suffix ‘a/b’, contains directory separator\nTry \'split --help\' for more information.\n', status: 0 });
    // split -l 99999999999999999999999 </dev/null; echo $?
    expect(await sh('split -l 99999999999999999999999 </dev/null; echo $?')).toEqual({ stdout: '1\n', stderr: 'split: invalid number of lines: ‘99999999999999999999999’: Value too large for defined data type\n', status: 0 });
    // split --numeric-suffixes=1a; echo $?
    expect(await sh('split --numeric-suffixes=1a; echo $?')).toEqual({ stdout: '1\n', stderr: 'split: ‘1a’: invalid start value for numerical suffix\nTry \'split --help\' for more information.\n', status: 0 });
    // mkdir d; split d; echo $?
    expect(await sh('mkdir d; split d; echo $?')).toEqual({ stdout: '1\n', stderr: 'split: d: Is a directory\n', status: 0 });
    // printf 'a\n' > xaa; split xaa; echo $?
    expect(await sh('printf \'a\\n\' > xaa; split xaa; echo $?')).toEqual({ stdout: '1\n', stderr: 'split: \'xaa\' would overwrite input; aborting\n', status: 0 });
    // split --help | head -2
    expect(await sh('split --help | head -2')).toEqual({ stdout: 'Usage: split [OPTION]... [FILE [PREFIX]]\nOutput pieces of FILE to PREFIXaa, PREFIXab, ...;\n', stderr: '', status: 0 });
  });

  test('--filter (a shell command per piece) is not supported', async () => {
    expect(await sh("printf 'a\\n' | split --filter='cat > $FILE'")).toEqual({
      stdout: '',
      stderr: 'split: --filter: not supported in this playground\n',
      status: 2,
    });
  });
});
