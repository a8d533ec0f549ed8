// head: the first lines or bytes of files.
// Expectations were recorded from the real tools on Debian (GNU coreutils 9.1, util-linux 2.38.1,
// bash 5.2) with LC_ALL=C.UTF-8; the command that produced each one is in the comment above it
// (run after the fixture named in the call, where there is one).

import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

const F12 = 'printf \'a\\nb\\nc\\nd\\ne\\nf\\ng\\nh\\ni\\nj\\nk\\nl\\n\' > f12; printf \'x\\ny\' > nonl; mkdir d; ';

describe('head', () => {
  test('prints the first 10 lines, or -n N lines', async () => {
    // head f12
    expect(await sh(F12 + 'head f12')).toEqual({ stdout: 'a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n', stderr: '', status: 0 });
    // head -n 3 f12
    expect(await sh(F12 + 'head -n 3 f12')).toEqual({ stdout: 'a\nb\nc\n', stderr: '', status: 0 });
    // head --lines=2 f12
    expect(await sh(F12 + 'head --lines=2 f12')).toEqual({ stdout: 'a\nb\n', stderr: '', status: 0 });
    // head -n 0 f12
    expect(await sh(F12 + 'head -n 0 f12')).toEqual({ stdout: '', stderr: '', status: 0 });
    // head -n 1k f12 | wc -l
    expect(await sh(F12 + 'head -n 1k f12 | wc -l')).toEqual({ stdout: '12\n', stderr: '', status: 0 });
  });

  test('-c N bytes, with multiplier suffixes', async () => {
    // head -c 3 f12
    expect(await sh(F12 + 'head -c 3 f12')).toEqual({ stdout: 'a\nb', stderr: '', status: 0 });
    // head --bytes=5 f12
    expect(await sh(F12 + 'head --bytes=5 f12')).toEqual({ stdout: 'a\nb\nc', stderr: '', status: 0 });
    // head -c 1b f12 | wc -c
    expect(await sh(F12 + 'head -c 1b f12 | wc -c')).toEqual({ stdout: '24\n', stderr: '', status: 0 });
    // head -c 1KB f12 | wc -c
    expect(await sh(F12 + 'head -c 1KB f12 | wc -c')).toEqual({ stdout: '24\n', stderr: '', status: 0 });
  });

  test('-n -N and -c -N print all but the last N', async () => {
    // head -n -10 f12
    expect(await sh(F12 + 'head -n -10 f12')).toEqual({ stdout: 'a\nb\n', stderr: '', status: 0 });
    // head -n -1 nonl
    expect(await sh(F12 + 'head -n -1 nonl')).toEqual({ stdout: 'x\n', stderr: '', status: 0 });
    // printf "a\nb\nc" | head -n -1
    expect(await sh('printf "a\\nb\\nc" | head -n -1')).toEqual({ stdout: 'a\nb\n', stderr: '', status: 0 });
    // printf "a\nb\nc\n" | head -n -1
    expect(await sh('printf "a\\nb\\nc\\n" | head -n -1')).toEqual({ stdout: 'a\nb\n', stderr: '', status: 0 });
    // head -c -20 f12
    expect(await sh(F12 + 'head -c -20 f12')).toEqual({ stdout: 'a\nb\n', stderr: '', status: 0 });
    // head -n -0 f12 | wc -l
    expect(await sh(F12 + 'head -n -0 f12 | wc -l')).toEqual({ stdout: '12\n', stderr: '', status: 0 });
    // head -n -99 f12
    expect(await sh(F12 + 'head -n -99 f12')).toEqual({ stdout: '', stderr: '', status: 0 });
  });

  test('the obsolete -N form, with option letters after the number', async () => {
    // head -3 f12
    expect(await sh(F12 + 'head -3 f12')).toEqual({ stdout: 'a\nb\nc\n', stderr: '', status: 0 });
    // head -2c f12
    expect(await sh(F12 + 'head -2c f12')).toEqual({ stdout: 'a\n', stderr: '', status: 0 });
    // head -2v f12
    expect(await sh(F12 + 'head -2v f12')).toEqual({ stdout: '==> f12 <==\na\nb\n', stderr: '', status: 0 });
    // head -5x f12
    expect(await sh(F12 + 'head -5x f12')).toEqual({ stdout: '', stderr: 'head: invalid trailing option -- x\nTry \'head --help\' for more information.\n', status: 1 });
    // head -n 1 -5 f12
    expect(await sh(F12 + 'head -n 1 -5 f12')).toEqual({ stdout: '', stderr: 'head: invalid trailing option -- 5\nTry \'head --help\' for more information.\n', status: 1 });
  });

  test('headers for several files; -q and -v', async () => {
    // head -n 2 f12 nonl
    expect(await sh(F12 + 'head -n 2 f12 nonl')).toEqual({ stdout: '==> f12 <==\na\nb\n\n==> nonl <==\nx\ny', stderr: '', status: 0 });
    // head -n1 -q f12 nonl
    expect(await sh(F12 + 'head -n1 -q f12 nonl')).toEqual({ stdout: 'a\nx\n', stderr: '', status: 0 });
    // head -v -n1 f12
    expect(await sh(F12 + 'head -v -n1 f12')).toEqual({ stdout: '==> f12 <==\na\n', stderr: '', status: 0 });
    // head -v -n1 < f12
    expect(await sh(F12 + 'head -v -n1 < f12')).toEqual({ stdout: '==> standard input <==\na\n', stderr: '', status: 0 });
    // head -n 1 f12 - nope < nonl
    expect(await sh(F12 + 'head -n 1 f12 - nope < nonl')).toEqual({ stdout: '==> f12 <==\na\n\n==> standard input <==\nx\n', stderr: 'head: cannot open \'nope\' for reading: No such file or directory\n', status: 1 });
  });

  test('input without a final newline, empty input, NUL-terminated lines', async () => {
    // head -n 1 nonl; echo; head -n 5 nonl
    expect(await sh(F12 + 'head -n 1 nonl; echo; head -n 5 nonl')).toEqual({ stdout: 'x\n\nx\ny', stderr: '', status: 0 });
    // head
    expect(await sh('head')).toEqual({ stdout: '', stderr: '', status: 0 });
    // head -n 2  <<< 'one\ntwo\nthree'
    expect(await sh('head -n 2', 'one\ntwo\nthree')).toEqual({ stdout: 'one\ntwo\n', stderr: '', status: 0 });
    // printf "a\0b\0c" | head -z -n 2 | tr "\0" "|"
    expect(await sh('printf "a\\0b\\0c" | head -z -n 2 | tr "\\0" "|"')).toEqual({ stdout: 'a|b|', stderr: '', status: 0 });
  });

  test('leaves the rest of a regular file to the next reader', async () => {
    // { head -n 2; cat; } < f12 | wc -l
    expect(await sh(F12 + '{ head -n 2; cat; } < f12 | wc -l')).toEqual({ stdout: '12\n', stderr: '', status: 0 });
    // { head -c 3 >/dev/null; cat; } < f12 | head -n 2
    expect(await sh(F12 + '{ head -c 3 >/dev/null; cat; } < f12 | head -n 2')).toEqual({ stdout: '\nc\n', stderr: '', status: 0 });
    // head - - < f12
    expect(await sh(F12 + 'head - - < f12')).toEqual({ stdout: '==> standard input <==\na\nb\nc\nd\ne\nf\ng\nh\ni\nj\n\n==> standard input <==\nk\nl\n', stderr: '', status: 0 });
  });

  test('missing files and directories', async () => {
    // head -c 3 nope
    expect(await sh(F12 + 'head -c 3 nope')).toEqual({ stdout: '', stderr: 'head: cannot open \'nope\' for reading: No such file or directory\n', status: 1 });
    // head d
    expect(await sh(F12 + 'head d')).toEqual({ stdout: '', stderr: 'head: error reading \'d\': Is a directory\n', status: 1 });
    // head -n 1 d f12
    expect(await sh(F12 + 'head -n 1 d f12')).toEqual({ stdout: '==> d <==\n\n==> f12 <==\na\n', stderr: 'head: error reading \'d\': Is a directory\n', status: 1 });
  });

  test('bad counts and usage errors', async () => {
    // head -n abc f12
    expect(await sh(F12 + 'head -n abc f12')).toEqual({ stdout: '', stderr: 'head: invalid number of lines: ‘abc’\n', status: 1 });
    // head -n "" f12
    expect(await sh(F12 + 'head -n "" f12')).toEqual({ stdout: '', stderr: 'head: invalid number of lines: ‘’\n', status: 1 });
    // head -n 1ee f12
    expect(await sh(F12 + 'head -n 1ee f12')).toEqual({ stdout: '', stderr: 'head: invalid number of lines: ‘1ee’\n', status: 1 });
    // head -n 99999999999999999999999 f12
    expect(await sh(F12 + 'head -n 99999999999999999999999 f12')).toEqual({ stdout: '', stderr: 'head: invalid number of lines: ‘99999999999999999999999’: Value too large for defined data type\n', status: 1 });
    // head -n --3 f12
    expect(await sh(F12 + 'head -n --3 f12')).toEqual({ stdout: '', stderr: 'head: invalid number of lines: ‘-3’\n', status: 1 });
    // head -c
    expect(await sh('head -c')).toEqual({ stdout: '', stderr: 'head: option requires an argument -- \'c\'\nTry \'head --help\' for more information.\n', status: 1 });
    // head -x
    expect(await sh('head -x')).toEqual({ stdout: '', stderr: 'head: invalid option -- \'x\'\nTry \'head --help\' for more information.\n', status: 1 });
  });

  test('--help', async () => {
    // head --help
    expect((await sh('head --help')).stdout.split('\n')[0]).toBe('Usage: head [OPTION]... [FILE]...');
  });
});
