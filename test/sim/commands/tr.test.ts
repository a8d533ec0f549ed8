// tr: translate, squeeze and delete characters.
// Expectations were recorded from the real tools on Debian (GNU coreutils 9.1, util-linux 2.38.1,
// bash 5.2) with LC_ALL=C.UTF-8; the command that produced each one is in the comment above it
// (run after the fixture named in the call, where there is one).

import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

describe('tr', () => {
  test('translates with ranges and classes', async () => {
    // echo hello | tr a-z A-Z
    expect(await sh('echo hello | tr a-z A-Z')).toEqual({ stdout: 'HELLO\n', stderr: '', status: 0 });
    // echo hello | tr '[:lower:]' '[:upper:]'
    expect(await sh('echo hello | tr \'[:lower:]\' \'[:upper:]\'')).toEqual({ stdout: 'HELLO\n', stderr: '', status: 0 });
    // echo HELLO | tr '[:upper:]' '[:lower:]'
    expect(await sh('echo HELLO | tr \'[:upper:]\' \'[:lower:]\'')).toEqual({ stdout: 'hello\n', stderr: '', status: 0 });
    // echo 'AbC' | tr '[:upper:][:lower:]' '[:lower:][:upper:]'
    expect(await sh('echo \'AbC\' | tr \'[:upper:][:lower:]\' \'[:lower:][:upper:]\'')).toEqual({ stdout: 'aBc\n', stderr: '', status: 0 });
    // echo hello | tr 'a-y' 'b-z'
    expect(await sh('echo hello | tr \'a-y\' \'b-z\'')).toEqual({ stdout: 'ifmmp\n', stderr: '', status: 0 });
    // echo abcdef | tr abcdef xy
    expect(await sh('echo abcdef | tr abcdef xy')).toEqual({ stdout: 'xyyyyy\n', stderr: '', status: 0 });
    // echo 'x y	z' | tr '[:space:]' '\n'
    expect(await sh('echo \'x y\tz\' | tr \'[:space:]\' \'\\n\'')).toEqual({ stdout: 'x\ny\nz\n', stderr: '', status: 0 });
  });

  test('escapes: \\n \\t \\\\ and octal', async () => {
    // echo 'a,b;c' | tr ',;' '\t\n'
    expect(await sh('echo \'a,b;c\' | tr \',;\' \'\\t\\n\'')).toEqual({ stdout: 'a\tb\nc\n', stderr: '', status: 0 });
    // echo abc | tr '\141' 'z'
    expect(await sh('echo abc | tr \'\\141\' \'z\'')).toEqual({ stdout: 'zbc\n', stderr: '', status: 0 });
    // echo 'a\b' | tr '\\' /
    expect(await sh('echo \'a\\b\' | tr \'\\\\\' /')).toEqual({ stdout: 'a/b\n', stderr: '', status: 0 });
    // echo abc | tr '\400' 'z'
    expect(await sh('echo abc | tr \'\\400\' \'z\'')).toEqual({ stdout: 'abc\n', stderr: 'tr: warning: the ambiguous octal escape \\400 is being\n\tinterpreted as the 2-byte sequence \\040, 0\n', status: 0 });
  });

  test('[c*n] and [c*] repeats', async () => {
    // echo abc | tr abc 'x[y*]'
    expect(await sh('echo abc | tr abc \'x[y*]\'')).toEqual({ stdout: 'xyy\n', stderr: '', status: 0 });
    // echo abcdef | tr abcdef 'x[y*2]z'
    expect(await sh('echo abcdef | tr abcdef \'x[y*2]z\'')).toEqual({ stdout: 'xyyzzz\n', stderr: '', status: 0 });
    // echo abc | tr a '[x*09]'
    expect(await sh('echo abc | tr a \'[x*09]\'')).toEqual({ stdout: '', stderr: 'tr: invalid repeat count ‘09’ in [c*n] construct\n', status: 1 });
    // echo 'a*b' | tr '[*]' x
    expect(await sh('echo \'a*b\' | tr \'[*]\' x')).toEqual({ stdout: 'axb\n', stderr: '', status: 0 });
  });

  test('-d, -s, -c and -C, -t', async () => {
    // echo 'hello   world' | tr -s ' '
    expect(await sh('echo \'hello   world\' | tr -s \' \'')).toEqual({ stdout: 'hello world\n', stderr: '', status: 0 });
    // echo 'hello world' | tr -d lo
    expect(await sh('echo \'hello world\' | tr -d lo')).toEqual({ stdout: 'he wrd\n', stderr: '', status: 0 });
    // echo 'hello world' | tr -cd 'a-z\n'
    expect(await sh('echo \'hello world\' | tr -cd \'a-z\\n\'')).toEqual({ stdout: 'helloworld\n', stderr: '', status: 0 });
    // echo 'hello world' | tr -c 'a-z\n' '_'
    expect(await sh('echo \'hello world\' | tr -c \'a-z\\n\' \'_\'')).toEqual({ stdout: 'hello_world\n', stderr: '', status: 0 });
    // echo abc | tr -C b x
    expect(await sh('echo abc | tr -C b x')).toEqual({ stdout: 'xbxx', stderr: '', status: 0 });
    // echo 'aabbcc' | tr -s 'a-c'
    expect(await sh('echo \'aabbcc\' | tr -s \'a-c\'')).toEqual({ stdout: 'abc\n', stderr: '', status: 0 });
    // echo 'aabbccdd' | tr -ds 'a' 'bc'
    expect(await sh('echo \'aabbccdd\' | tr -ds \'a\' \'bc\'')).toEqual({ stdout: 'bcdd\n', stderr: '', status: 0 });
    // echo 'aaabbb' | tr -s ab xy
    expect(await sh('echo \'aaabbb\' | tr -s ab xy')).toEqual({ stdout: 'xy\n', stderr: '', status: 0 });
    // echo abcdef | tr -t abcdef xy
    expect(await sh('echo abcdef | tr -t abcdef xy')).toEqual({ stdout: 'xycdef\n', stderr: '', status: 0 });
    // echo '(x) [y]' | tr -d '[:punct:]'
    expect(await sh('echo \'(x) [y]\' | tr -d \'[:punct:]\'')).toEqual({ stdout: 'x y\n', stderr: '', status: 0 });
  });

  test('works on bytes: a multibyte character is several bytes', async () => {
    // echo héllo | tr é e
    expect(await sh('echo héllo | tr é e')).toEqual({ stdout: 'heello\n', stderr: '', status: 0 });
    // echo héllo | tr -d '\303\251'
    expect(await sh('echo héllo | tr -d \'\\303\\251\'')).toEqual({ stdout: 'hllo\n', stderr: '', status: 0 });
  });

  test('input without a final newline, and empty input', async () => {
    // printf 'abc' | tr a-c A-C
    expect(await sh('printf \'abc\' | tr a-c A-C')).toEqual({ stdout: 'ABC', stderr: '', status: 0 });
    // tr a b
    expect(await sh('tr a b')).toEqual({ stdout: '', stderr: '', status: 0 });
    // printf 'aaa\nbbb' | tr -s 'ab' | od -An -c
    expect(await sh('printf \'aaa\\nbbb\' | tr -s \'ab\' | od -An -c')).toEqual({ stdout: '   a  \\n   b\n', stderr: '', status: 0 });
  });

  test('operand errors', async () => {
    // tr
    expect(await sh('tr')).toEqual({ stdout: '', stderr: 'tr: missing operand\nTry \'tr --help\' for more information.\n', status: 1 });
    // tr a
    expect(await sh('tr a')).toEqual({ stdout: '', stderr: 'tr: missing operand after ‘a’\nTwo strings must be given when translating.\nTry \'tr --help\' for more information.\n', status: 1 });
    // tr -d
    expect(await sh('tr -d')).toEqual({ stdout: '', stderr: 'tr: missing operand\nTry \'tr --help\' for more information.\n', status: 1 });
    // tr -ds a
    expect(await sh('tr -ds a')).toEqual({ stdout: '', stderr: 'tr: missing operand after ‘a’\nTwo strings must be given when both deleting and squeezing repeats.\nTry \'tr --help\' for more information.\n', status: 1 });
    // tr -d a b
    expect(await sh('tr -d a b')).toEqual({ stdout: '', stderr: 'tr: extra operand ‘b’\nOnly one string may be given when deleting without squeezing repeats.\nTry \'tr --help\' for more information.\n', status: 1 });
    // tr a b c
    expect(await sh('tr a b c')).toEqual({ stdout: '', stderr: 'tr: extra operand ‘c’\nTry \'tr --help\' for more information.\n', status: 1 });
    // tr -x a
    expect(await sh('tr -x a')).toEqual({ stdout: '', stderr: 'tr: invalid option -- \'x\'\nTry \'tr --help\' for more information.\n', status: 1 });
    // echo abc | tr a --help
    expect(await sh('echo abc | tr a --help')).toEqual({ stdout: '-bc\n', stderr: '', status: 0 });
  });

  test('invalid strings', async () => {
    // tr 'c-a' x
    expect(await sh('tr \'c-a\' x')).toEqual({ stdout: '', stderr: 'tr: range-endpoints of \'c-a\' are in reverse collating sequence order\n', status: 1 });
    // tr '[:foo:]' x
    expect(await sh('tr \'[:foo:]\' x')).toEqual({ stdout: '', stderr: 'tr: invalid character class ‘foo’\n', status: 1 });
    // tr '[::]' x
    expect(await sh('tr \'[::]\' x')).toEqual({ stdout: '', stderr: 'tr: missing character class name \'[::]\'\n', status: 1 });
    // tr '[==]' x
    expect(await sh('tr \'[==]\' x')).toEqual({ stdout: '', stderr: 'tr: missing equivalence class character \'[==]\'\n', status: 1 });
    // tr '[=ab=]' x
    expect(await sh('tr \'[=ab=]\' x')).toEqual({ stdout: '', stderr: 'tr: ab: equivalence class operand must be a single character\n', status: 1 });
    // tr 'a[b*]' x
    expect(await sh('tr \'a[b*]\' x')).toEqual({ stdout: '', stderr: 'tr: the [c*] repeat construct may not appear in string1\n', status: 1 });
    // tr a '[b*][c*]'
    expect(await sh('tr a \'[b*][c*]\'')).toEqual({ stdout: '', stderr: 'tr: only one [c*] repeat construct may appear in string2\n', status: 1 });
    // tr a '[:digit:]'
    expect(await sh('tr a \'[:digit:]\'')).toEqual({ stdout: '', stderr: 'tr: when translating, the only character classes that may appear in\nstring2 are \'upper\' and \'lower\'\n', status: 1 });
    // tr a '[=a=]'
    expect(await sh('tr a \'[=a=]\'')).toEqual({ stdout: '', stderr: 'tr: [=c=] expressions may not appear in string2 when translating\n', status: 1 });
    // tr abc ''
    expect(await sh('tr abc \'\'')).toEqual({ stdout: '', stderr: 'tr: when not truncating set1, string2 must be non-empty\n', status: 1 });
    // tr -c '[:alpha:]' 'ab'
    expect(await sh('tr -c \'[:alpha:]\' \'ab\'')).toEqual({ stdout: '', stderr: 'tr: when translating with complemented character classes,\nstring2 must map all characters in the domain to one\n', status: 1 });
    // tr -d '[x*]'
    expect(await sh('tr -d \'[x*]\'')).toEqual({ stdout: '', stderr: 'tr: the [c*] repeat construct may not appear in string1\n', status: 1 });
    // tr a '[b*x]'
    expect(await sh('tr a \'[b*x]\'')).toEqual({ stdout: '', stderr: 'tr: invalid repeat count ‘x’ in [c*n] construct\n', status: 1 });
    // tr 'a-z' '[:upper:]'
    expect(await sh('tr \'a-z\' \'[:upper:]\'')).toEqual({ stdout: '', stderr: 'tr: misaligned [:upper:] and/or [:lower:] construct\n', status: 1 });
  });

  test('--help', async () => {
    // tr --help
    expect((await sh('tr --help')).stdout.split('\n')[0]).toBe('Usage: tr [OPTION]... STRING1 [STRING2]');
  });
});
