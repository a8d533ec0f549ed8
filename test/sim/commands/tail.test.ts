// tail: the last lines or bytes of files.
// Expectations were recorded from the real tools on Debian (GNU coreutils 9.1, util-linux 2.38.1,
// bash 5.2) with LC_ALL=C.UTF-8; the command that produced each one is in the comment above it
// (run after the fixture named in the call, where there is one).

import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

const F12 = 'printf \'a\\nb\\nc\\nd\\ne\\nf\\ng\\nh\\ni\\nj\\nk\\nl\\n\' > f12; printf \'x\\ny\' > nonl; mkdir d; ';

describe('tail', () => {
  test('prints the last 10 lines, or -n N', async () => {
    // tail f12
    expect(await sh(F12 + 'tail f12')).toEqual({ stdout: 'c\nd\ne\nf\ng\nh\ni\nj\nk\nl\n', stderr: '', status: 0 });
    // tail -n 2 f12
    expect(await sh(F12 + 'tail -n 2 f12')).toEqual({ stdout: 'k\nl\n', stderr: '', status: 0 });
    // tail -n 0 f12
    expect(await sh(F12 + 'tail -n 0 f12')).toEqual({ stdout: '', stderr: '', status: 0 });
    // cat f12 | tail -n 3
    expect(await sh(F12 + 'cat f12 | tail -n 3')).toEqual({ stdout: 'j\nk\nl\n', stderr: '', status: 0 });
    // tail --lines=1 f12
    expect(await sh(F12 + 'tail --lines=1 f12')).toEqual({ stdout: 'l\n', stderr: '', status: 0 });
  });

  test('-n +N prints from line N, -c N and -c +N bytes', async () => {
    // tail -n +11 f12
    expect(await sh(F12 + 'tail -n +11 f12')).toEqual({ stdout: 'k\nl\n', stderr: '', status: 0 });
    // tail -n +0 nonl
    expect(await sh(F12 + 'tail -n +0 nonl')).toEqual({ stdout: 'x\ny', stderr: '', status: 0 });
    // cat f12 | tail -n +12
    expect(await sh(F12 + 'cat f12 | tail -n +12')).toEqual({ stdout: 'l\n', stderr: '', status: 0 });
    // tail -c 3 nonl
    expect(await sh(F12 + 'tail -c 3 nonl')).toEqual({ stdout: 'x\ny', stderr: '', status: 0 });
    // tail -c +2 nonl
    expect(await sh(F12 + 'tail -c +2 nonl')).toEqual({ stdout: '\ny', stderr: '', status: 0 });
    // tail -c +99 f12
    expect(await sh(F12 + 'tail -c +99 f12')).toEqual({ stdout: '', stderr: '', status: 0 });
    // cat f12 | tail -c 4
    expect(await sh(F12 + 'cat f12 | tail -c 4')).toEqual({ stdout: 'k\nl\n', stderr: '', status: 0 });
  });

  test('obsolete forms: -N, +N, -Nc, -l, -b', async () => {
    // tail -3 f12
    expect(await sh(F12 + 'tail -3 f12')).toEqual({ stdout: 'j\nk\nl\n', stderr: '', status: 0 });
    // tail +11 f12
    expect(await sh(F12 + 'tail +11 f12')).toEqual({ stdout: 'k\nl\n', stderr: '', status: 0 });
    // tail -3c nonl
    expect(await sh(F12 + 'tail -3c nonl')).toEqual({ stdout: 'x\ny', stderr: '', status: 0 });
    // tail -l f12 | head -n 1
    expect(await sh(F12 + 'tail -l f12 | head -n 1')).toEqual({ stdout: 'c\n', stderr: '', status: 0 });
    // tail -5 - < f12
    expect(await sh(F12 + 'tail -5 - < f12')).toEqual({ stdout: 'h\ni\nj\nk\nl\n', stderr: '', status: 0 });
    // tail -2 f12 nonl
    expect(await sh(F12 + 'tail -2 f12 nonl')).toEqual({ stdout: '', stderr: 'tail: option used in invalid context -- 2\n', status: 1 });
    // tail -5 -n 1 f12
    expect(await sh(F12 + 'tail -5 -n 1 f12')).toEqual({ stdout: '', stderr: 'tail: option used in invalid context -- 5\n', status: 1 });
  });

  test('the last line may lack its newline; empty input; -z', async () => {
    // printf "a\nb\nc" | tail -n 2
    expect(await sh('printf "a\\nb\\nc" | tail -n 2')).toEqual({ stdout: 'b\nc', stderr: '', status: 0 });
    // printf "a\nb\n\n" | tail -n 1
    expect(await sh('printf "a\\nb\\n\\n" | tail -n 1')).toEqual({ stdout: '\n', stderr: '', status: 0 });
    // tail
    expect(await sh('tail')).toEqual({ stdout: '', stderr: '', status: 0 });
    // tail -n 2  <<< 'only'
    expect(await sh('tail -n 2', 'only')).toEqual({ stdout: 'only', stderr: '', status: 0 });
    // printf "a\0b\0" | tail -z -n1 | tr "\0" "|"
    expect(await sh('printf "a\\0b\\0" | tail -z -n1 | tr "\\0" "|"')).toEqual({ stdout: 'b|', stderr: '', status: 0 });
  });

  test('headers, -q, -v', async () => {
    // tail -n 2 f12 nonl
    expect(await sh(F12 + 'tail -n 2 f12 nonl')).toEqual({ stdout: '==> f12 <==\nk\nl\n\n==> nonl <==\nx\ny', stderr: '', status: 0 });
    // tail -n 1 -q f12 nonl
    expect(await sh(F12 + 'tail -n 1 -q f12 nonl')).toEqual({ stdout: 'l\ny', stderr: '', status: 0 });
    // tail -v -n1 f12
    expect(await sh(F12 + 'tail -v -n1 f12')).toEqual({ stdout: '==> f12 <==\nl\n', stderr: '', status: 0 });
  });

  test('missing files and directories; nothing is opened for -n 0', async () => {
    // tail nope f12
    expect(await sh(F12 + 'tail nope f12')).toEqual({ stdout: '==> f12 <==\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\n', stderr: 'tail: cannot open \'nope\' for reading: No such file or directory\n', status: 1 });
    // tail -n1 f12 d
    expect(await sh(F12 + 'tail -n1 f12 d')).toEqual({ stdout: '==> f12 <==\nl\n\n==> d <==\n', stderr: 'tail: error reading \'d\': Is a directory\n', status: 1 });
    // tail -n 0 nope
    expect(await sh('tail -n 0 nope')).toEqual({ stdout: '', stderr: '', status: 0 });
    // tail -c 0 nope
    expect(await sh('tail -c 0 nope')).toEqual({ stdout: '', stderr: '', status: 0 });
    // tail -n +0 nope
    expect(await sh('tail -n +0 nope')).toEqual({ stdout: '', stderr: 'tail: cannot open \'nope\' for reading: No such file or directory\n', status: 1 });
  });

  test('option warnings and errors', async () => {
    // tail --retry -n1 f12
    expect(await sh(F12 + 'tail --retry -n1 f12')).toEqual({ stdout: 'l\n', stderr: 'tail: warning: --retry ignored; --retry is useful only when following\n', status: 0 });
    // tail --pid=1 -n1 f12
    expect(await sh(F12 + 'tail --pid=1 -n1 f12')).toEqual({ stdout: 'l\n', stderr: 'tail: warning: PID ignored; --pid=PID is useful only when following\n', status: 0 });
    // tail -s x f12
    expect(await sh(F12 + 'tail -s x f12')).toEqual({ stdout: '', stderr: 'tail: invalid number of seconds: ‘x’\n', status: 1 });
    // tail --pid=x f12
    expect(await sh(F12 + 'tail --pid=x f12')).toEqual({ stdout: '', stderr: 'tail: invalid PID: ‘x’\n', status: 1 });
    // tail -n x f12
    expect(await sh(F12 + 'tail -n x f12')).toEqual({ stdout: '', stderr: 'tail: invalid number of lines: ‘x’\n', status: 1 });
    // tail -c f12
    expect(await sh(F12 + 'tail -c f12')).toEqual({ stdout: '', stderr: 'tail: invalid number of bytes: ‘f12’\n', status: 1 });
    // tail --ver
    expect(await sh(F12 + 'tail --ver')).toEqual({ stdout: '', stderr: 'tail: option \'--ver\' is ambiguous; possibilities: \'--verbose\' \'--version\'\nTry \'tail --help\' for more information.\n', status: 1 });
  });

  test('following files: the end of the file, then waiting for more (until timeout ends it)', async () => {
    // timeout 2 tail -f f12; echo $?
    expect(await sh(F12 + 'timeout 2 tail -f f12; echo $?')).toEqual({ stdout: 'c\nd\ne\nf\ng\nh\ni\nj\nk\nl\n124\n', stderr: '', status: 0 });
    // timeout 2 tail -F f12; echo $?
    expect(await sh(F12 + 'timeout 2 tail -F f12; echo $?')).toEqual({ stdout: 'c\nd\ne\nf\ng\nh\ni\nj\nk\nl\n124\n', stderr: '', status: 0 });
    // timeout 2 tail --follow=name -n 2 f12; echo $?
    expect(await sh(F12 + 'timeout 2 tail --follow=name -n 2 f12; echo $?')).toEqual({ stdout: 'k\nl\n124\n', stderr: '', status: 0 });
    // timeout 2 tail -5f f12; echo $?
    expect(await sh(F12 + 'timeout 2 tail -5f f12; echo $?')).toEqual({ stdout: 'h\ni\nj\nk\nl\n124\n', stderr: '', status: 0 });
  });

  test('large input from a pipe, in bounded memory', async () => {
    // seq 1 200000 | tail -n 2
    expect(await sh('seq 1 200000 | tail -n 2')).toEqual({ stdout: '199999\n200000\n', stderr: '', status: 0 });
    // seq 1 200000 | tail -c 7
    expect(await sh('seq 1 200000 | tail -c 7')).toEqual({ stdout: '200000\n', stderr: '', status: 0 });
    // seq 1 200000 | tail -n +199999
    expect(await sh('seq 1 200000 | tail -n +199999')).toEqual({ stdout: '199999\n200000\n', stderr: '', status: 0 });
  });

  test('--help', async () => {
    // tail --help
    expect((await sh('tail --help')).stdout.split('\n')[0]).toBe('Usage: tail [OPTION]... [FILE]...');
  });
});
