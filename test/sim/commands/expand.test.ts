// expand: tabs converted to spaces.
// Expectations were recorded from the real tools on Debian (GNU coreutils 9.1, util-linux 2.38.1,
// bash 5.2) with LC_ALL=C.UTF-8; the command that produced each one is in the comment above it
// (run after the fixture named in the call, where there is one).

import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

const TABS = 'printf \'a\\tb\\tc\\n\\t\\tx\\ty\\n  \\t z\\tw\\nab\\bc\\td\\n12345678\\tx\\n\' > tabs; mkdir d; ';

describe('expand', () => {
  test('tabs to every 8th column, or -t N', async () => {
    // expand tabs
    expect(await sh(TABS + 'expand tabs')).toEqual({ stdout: 'a       b       c\n                x       y\n         z      w\nab\x08c      d\n12345678        x\n', stderr: '', status: 0 });
    // expand -t 4 tabs
    expect(await sh(TABS + 'expand -t 4 tabs')).toEqual({ stdout: 'a   b   c\n        x   y\n     z  w\nab\x08c  d\n12345678    x\n', stderr: '', status: 0 });
    // expand -4 tabs
    expect(await sh(TABS + 'expand -4 tabs')).toEqual({ stdout: 'a   b   c\n        x   y\n     z  w\nab\x08c  d\n12345678    x\n', stderr: '', status: 0 });
    // expand -12 tabs
    expect(await sh(TABS + 'expand -12 tabs')).toEqual({ stdout: 'a           b           c\n                        x           y\n             z          w\nab\x08c          d\n12345678    x\n', stderr: '', status: 0 });
    // expand -t 1 tabs
    expect(await sh(TABS + 'expand -t 1 tabs')).toEqual({ stdout: 'a b c\n  x y\n    z w\nab\x08c d\n12345678 x\n', stderr: '', status: 0 });
  });

  test('tab stop lists, with / and + for the last one', async () => {
    // expand -t 2,5,9 tabs
    expect(await sh(TABS + 'expand -t 2,5,9 tabs')).toEqual({ stdout: 'a b  c\n     x   y\n      z  w\nab\x08c   d\n12345678 x\n', stderr: '', status: 0 });
    // expand -t '3 6' tabs
    expect(await sh(TABS + 'expand -t \'3 6\' tabs')).toEqual({ stdout: 'a  b  c\n      x y\n    z w\nab\x08c d\n12345678 x\n', stderr: '', status: 0 });
    // expand -t 2,/4 tabs
    expect(await sh(TABS + 'expand -t 2,/4 tabs')).toEqual({ stdout: 'a b c\n    x   y\n     z  w\nab\x08c  d\n12345678    x\n', stderr: '', status: 0 });
    // expand -t 2,+4 tabs
    expect(await sh(TABS + 'expand -t 2,+4 tabs')).toEqual({ stdout: 'a b   c\n      x   y\n       z  w\nab\x08c    d\n12345678  x\n', stderr: '', status: 0 });
  });

  test('-i converts only initial blanks', async () => {
    // expand -i tabs
    expect(await sh(TABS + 'expand -i tabs')).toEqual({ stdout: 'a\tb\tc\n                x\ty\n         z\tw\nab\x08c\td\n12345678\tx\n', stderr: '', status: 0 });
    // expand -i -t3 tabs
    expect(await sh(TABS + 'expand -i -t3 tabs')).toEqual({ stdout: 'a\tb\tc\n      x\ty\n    z\tw\nab\x08c\td\n12345678\tx\n', stderr: '', status: 0 });
  });

  test('the inputs form one stream; empty input', async () => {
    // printf 'a\t' | expand - tabs
    expect(await sh(TABS + 'printf \'a\\t\' | expand - tabs')).toEqual({ stdout: 'a       a       b       c\n                x       y\n         z      w\nab\x08c      d\n12345678        x\n', stderr: '', status: 0 });
    // expand
    expect(await sh('expand')).toEqual({ stdout: '', stderr: '', status: 0 });
    // expand  <<< 'x\ty'
    expect(await sh('expand', 'x\ty')).toEqual({ stdout: 'x       y', stderr: '', status: 0 });
  });

  test('bad tab stops', async () => {
    // expand -t 0
    expect(await sh('expand -t 0')).toEqual({ stdout: '', stderr: 'expand: tab size cannot be 0\n', status: 1 });
    // expand -t 4,2
    expect(await sh('expand -t 4,2')).toEqual({ stdout: '', stderr: 'expand: tab sizes must be ascending\n', status: 1 });
    // expand -t 4,x
    expect(await sh('expand -t 4,x')).toEqual({ stdout: '', stderr: 'expand: tab size contains invalid character(s): ‘x’\n', status: 1 });
    // expand -t /2,/4
    expect(await sh('expand -t /2,/4')).toEqual({ stdout: '', stderr: 'expand: \'/\' specifier only allowed with the last value\n', status: 1 });
    // expand -t 2/
    expect(await sh('expand -t 2/')).toEqual({ stdout: '', stderr: 'expand: \'/\' specifier not at start of number: ‘/’\n', status: 1 });
    // expand -t /2,+4
    expect(await sh('expand -t /2,+4')).toEqual({ stdout: '', stderr: 'expand: \'/\' specifier is mutually exclusive with \'+\'\n', status: 1 });
    // expand -t 99999999999999999999
    expect(await sh('expand -t 99999999999999999999')).toEqual({ stdout: '', stderr: 'expand: tab stop is too large ‘99999999999999999999’\n', status: 1 });
  });

  test('missing files, directories, usage errors', async () => {
    // expand nope d tabs | head -n 1
    expect(await sh(TABS + 'expand nope d tabs | head -n 1')).toEqual({ stdout: 'a       b       c\n', stderr: 'expand: nope: No such file or directory\nexpand: d: Is a directory\n', status: 0 });
    // expand -x
    expect(await sh('expand -x')).toEqual({ stdout: '', stderr: 'expand: invalid option -- \'x\'\nTry \'expand --help\' for more information.\n', status: 1 });
  });

  test('--help', async () => {
    // expand --help
    expect((await sh('expand --help')).stdout.split('\n')[0]).toBe('Usage: expand [OPTION]... [FILE]...');
  });
});
