// grep (GNU grep 3.8), egrep and fgrep. Expected outputs were recorded from the real tools on
// Debian 12 with LC_ALL=C.UTF-8: each test shows the command it ran (after creating the files of
// its group) and asserts the exact stdout, stderr and exit status.

import { describe, expect, test } from 'vitest';
import { bootWorld, runBashCommand, sh } from '../../support/world.ts';
import { STUDENT } from '../../../src/sim/fs/base-system.ts';

const GREP_SELECT_FILES = [
  "printf 'hello\\nworld\\nfoo bar\\n' > a.txt",
  "printf 'one\\ntwo\\nthree\\nfour\\nfive\\nsix\\nseven\\neight\\nnine\\nten\\n' > n.txt",
  "printf 'Alpha beta\\nalpha-beta\\nALPHA_BETA\\ngamma\\n' > w.txt",
  "printf 'no newline at end' > nonl.txt",
  ": > empty.txt",
].join('\n');

describe('grep: selecting lines', () => {
  test('grep o a.txt', async () => {
    // $ grep o a.txt
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep o a.txt')).toEqual({
      stdout: 'hello\nworld\nfoo bar\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -n o a.txt n.txt', async () => {
    // $ grep -n o a.txt n.txt
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep -n o a.txt n.txt')).toEqual({
      stdout: 'a.txt:1:hello\na.txt:2:world\na.txt:3:foo bar\nn.txt:1:one\nn.txt:2:two\nn.txt:4:four\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -c o a.txt n.txt', async () => {
    // $ grep -c o a.txt n.txt
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep -c o a.txt n.txt')).toEqual({
      stdout: 'a.txt:3\nn.txt:3\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -i HELLO a.txt; grep -y HELLO a.txt', async () => {
    // $ grep -i HELLO a.txt; grep -y HELLO a.txt
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep -i HELLO a.txt; grep -y HELLO a.txt')).toEqual({
      stdout: 'hello\nhello\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep --no-ignore-case -i HELLO a.txt; grep -i --no-ignore-case HELLO a.txt; echo $?', async () => {
    // $ grep --no-ignore-case -i HELLO a.txt; grep -i --no-ignore-case HELLO a.txt; echo $?
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep --no-ignore-case -i HELLO a.txt; grep -i --no-ignore-case HELLO a.txt; echo $?')).toEqual({
      stdout: 'hello\n1\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -v o a.txt n.txt', async () => {
    // $ grep -v o a.txt n.txt
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep -v o a.txt n.txt')).toEqual({
      stdout: 'n.txt:three\nn.txt:five\nn.txt:six\nn.txt:seven\nn.txt:eight\nn.txt:nine\nn.txt:ten\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -c -v e n.txt', async () => {
    // $ grep -c -v e n.txt
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep -c -v e n.txt')).toEqual({
      stdout: '3\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -w foo a.txt; grep -w fo a.txt; echo $?', async () => {
    // $ grep -w foo a.txt; grep -w fo a.txt; echo $?
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep -w foo a.txt; grep -w fo a.txt; echo $?')).toEqual({
      stdout: 'foo bar\n1\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -w \'alpha\' w.txt', async () => {
    // $ grep -w 'alpha' w.txt
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep -w \'alpha\' w.txt')).toEqual({
      stdout: 'alpha-beta\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -ow -i \'alpha\' w.txt', async () => {
    // $ grep -ow -i 'alpha' w.txt
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep -ow -i \'alpha\' w.txt')).toEqual({
      stdout: 'Alpha\nalpha\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -x hello a.txt; grep -x hell a.txt; echo $?', async () => {
    // $ grep -x hello a.txt; grep -x hell a.txt; echo $?
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep -x hello a.txt; grep -x hell a.txt; echo $?')).toEqual({
      stdout: 'hello\n1\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -x -E \'gamma|alpha\' w.txt; echo $?', async () => {
    // $ grep -x -E 'gamma|alpha' w.txt; echo $?
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep -x -E \'gamma|alpha\' w.txt; echo $?')).toEqual({
      stdout: 'gamma\n0\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -l o a.txt n.txt; echo $?', async () => {
    // $ grep -l o a.txt n.txt; echo $?
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep -l o a.txt n.txt; echo $?')).toEqual({
      stdout: 'a.txt\nn.txt\n0\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -L hello a.txt n.txt; echo $?', async () => {
    // $ grep -L hello a.txt n.txt; echo $?
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep -L hello a.txt n.txt; echo $?')).toEqual({
      stdout: 'n.txt\n0\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -L zzz a.txt n.txt; echo $?', async () => {
    // $ grep -L zzz a.txt n.txt; echo $?
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep -L zzz a.txt n.txt; echo $?')).toEqual({
      stdout: 'a.txt\nn.txt\n1\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -l -v hello a.txt n.txt', async () => {
    // $ grep -l -v hello a.txt n.txt
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep -l -v hello a.txt n.txt')).toEqual({
      stdout: 'a.txt\nn.txt\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -q hello a.txt; echo $?; grep -q zzz a.txt; echo $?', async () => {
    // $ grep -q hello a.txt; echo $?; grep -q zzz a.txt; echo $?
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep -q hello a.txt; echo $?; grep -q zzz a.txt; echo $?')).toEqual({
      stdout: '0\n1\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -q hello nofile a.txt; echo $?', async () => {
    // $ grep -q hello nofile a.txt; echo $?
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep -q hello nofile a.txt; echo $?')).toEqual({
      stdout: '0\n',
      stderr: 'grep: nofile: No such file or directory\n',
      status: 0,
    });
  });

  test('grep -q zzz nofile a.txt; echo $?', async () => {
    // $ grep -q zzz nofile a.txt; echo $?
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep -q zzz nofile a.txt; echo $?')).toEqual({
      stdout: '2\n',
      stderr: 'grep: nofile: No such file or directory\n',
      status: 0,
    });
  });

  test('grep hello a.txt nofile; echo $?', async () => {
    // $ grep hello a.txt nofile; echo $?
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep hello a.txt nofile; echo $?')).toEqual({
      stdout: 'a.txt:hello\n2\n',
      stderr: 'grep: nofile: No such file or directory\n',
      status: 0,
    });
  });

  test('grep -s hello nofile; echo $?', async () => {
    // $ grep -s hello nofile; echo $?
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep -s hello nofile; echo $?')).toEqual({
      stdout: '2\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -h o a.txt n.txt', async () => {
    // $ grep -h o a.txt n.txt
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep -h o a.txt n.txt')).toEqual({
      stdout: 'hello\nworld\nfoo bar\none\ntwo\nfour\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -H o a.txt', async () => {
    // $ grep -H o a.txt
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep -H o a.txt')).toEqual({
      stdout: 'a.txt:hello\na.txt:world\na.txt:foo bar\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -m2 o a.txt n.txt', async () => {
    // $ grep -m2 o a.txt n.txt
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep -m2 o a.txt n.txt')).toEqual({
      stdout: 'a.txt:hello\na.txt:world\nn.txt:one\nn.txt:two\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -c -m1 o a.txt n.txt', async () => {
    // $ grep -c -m1 o a.txt n.txt
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep -c -m1 o a.txt n.txt')).toEqual({
      stdout: 'a.txt:1\nn.txt:1\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -m 0 hello nofile; echo $?', async () => {
    // $ grep -m 0 hello nofile; echo $?
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep -m 0 hello nofile; echo $?')).toEqual({
      stdout: '1\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -m -1 o n.txt', async () => {
    // $ grep -m -1 o n.txt
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep -m -1 o n.txt')).toEqual({
      stdout: 'one\ntwo\nfour\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -e hello -e bar a.txt', async () => {
    // $ grep -e hello -e bar a.txt
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep -e hello -e bar a.txt')).toEqual({
      stdout: 'hello\nfoo bar\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -e \'hello', async () => {
    // $ grep -e 'hello
    // $ bar' a.txt
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep -e \'hello\nbar\' a.txt')).toEqual({
      stdout: 'hello\nfoo bar\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -e o -e \'\' -c a.txt', async () => {
    // $ grep -e o -e '' -c a.txt
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep -e o -e \'\' -c a.txt')).toEqual({
      stdout: '3\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep \'\' empty.txt; echo $?', async () => {
    // $ grep '' empty.txt; echo $?
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep \'\' empty.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -c x empty.txt; echo $?', async () => {
    // $ grep -c x empty.txt; echo $?
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep -c x empty.txt; echo $?')).toEqual({
      stdout: '0\n1\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -v x empty.txt; echo $?', async () => {
    // $ grep -v x empty.txt; echo $?
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep -v x empty.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep end nonl.txt', async () => {
    // $ grep end nonl.txt
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep end nonl.txt')).toEqual({
      stdout: 'no newline at end\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -v end nonl.txt; echo $?', async () => {
    // $ grep -v end nonl.txt; echo $?
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep -v end nonl.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -c \'\' nonl.txt a.txt', async () => {
    // $ grep -c '' nonl.txt a.txt
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep -c \'\' nonl.txt a.txt')).toEqual({
      stdout: 'nonl.txt:1\na.txt:3\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -n \'\' nonl.txt', async () => {
    // $ grep -n '' nonl.txt
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep -n \'\' nonl.txt')).toEqual({
      stdout: '1:no newline at end\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -e \'\' a.txt', async () => {
    // $ grep -e '' a.txt
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep -e \'\' a.txt')).toEqual({
      stdout: 'hello\nworld\nfoo bar\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -v -e \'\' a.txt; echo $?', async () => {
    // $ grep -v -e '' a.txt; echo $?
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep -v -e \'\' a.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -w \'\' a.txt; echo $?', async () => {
    // $ grep -w '' a.txt; echo $?
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep -w \'\' a.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -w -n \'\'', async () => {
    // $ grep -w -n ''
    // (standard input: "x\n\ny\n")
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep -w -n \'\'', 'x\n\ny\n')).toEqual({
      stdout: '2:\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -w -c \'\'', async () => {
    // $ grep -w -c ''
    // (standard input: " x\n")
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep -w -c \'\'', ' x\n')).toEqual({
      stdout: '1\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -x \'\' empty.txt a.txt; echo $?', async () => {
    // $ grep -x '' empty.txt a.txt; echo $?
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep -x \'\' empty.txt a.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -F \'a.b\' a.txt; echo $?; grep -F -e o -e ba a.txt', async () => {
    // $ grep -F 'a.b' a.txt; echo $?; grep -F -e o -e ba a.txt
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep -F \'a.b\' a.txt; echo $?; grep -F -e o -e ba a.txt')).toEqual({
      stdout: '1\nhello\nworld\nfoo bar\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -F -x \'hello\' a.txt', async () => {
    // $ grep -F -x 'hello' a.txt
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep -F -x \'hello\' a.txt')).toEqual({
      stdout: 'hello\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -F -i \'HELLO\' a.txt', async () => {
    // $ grep -F -i 'HELLO' a.txt
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep -F -i \'HELLO\' a.txt')).toEqual({
      stdout: 'hello\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -F -w -e foo -e \'foo bar\' -o a.txt', async () => {
    // $ grep -F -w -e foo -e 'foo bar' -o a.txt
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep -F -w -e foo -e \'foo bar\' -o a.txt')).toEqual({
      stdout: 'foo bar\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -F \'\' -c a.txt', async () => {
    // $ grep -F '' -c a.txt
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep -F \'\' -c a.txt')).toEqual({
      stdout: '3\n',
      stderr: '',
      status: 0,
    });
  });

  test('printf \'hello\\nbar\\n\' > pats; grep -f pats a.txt', async () => {
    // $ printf 'hello\nbar\n' > pats; grep -f pats a.txt
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'printf \'hello\\nbar\\n\' > pats; grep -f pats a.txt')).toEqual({
      stdout: 'hello\nfoo bar\n',
      stderr: '',
      status: 0,
    });
  });

  test('printf \'hello\\nhello\\n\' > pats; grep -c -f pats a.txt', async () => {
    // $ printf 'hello\nhello\n' > pats; grep -c -f pats a.txt
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'printf \'hello\\nhello\\n\' > pats; grep -c -f pats a.txt')).toEqual({
      stdout: '1\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -f /dev/null a.txt; echo $?', async () => {
    // $ grep -f /dev/null a.txt; echo $?
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep -f /dev/null a.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -v -f /dev/null a.txt; echo $?', async () => {
    // $ grep -v -f /dev/null a.txt; echo $?
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep -v -f /dev/null a.txt; echo $?')).toEqual({
      stdout: 'hello\nworld\nfoo bar\n0\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -e hello -f nopats a.txt; echo $?', async () => {
    // $ grep -e hello -f nopats a.txt; echo $?
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep -e hello -f nopats a.txt; echo $?')).toEqual({
      stdout: '2\n',
      stderr: 'grep: nopats: No such file or directory\n',
      status: 0,
    });
  });

  test('grep -f - a.txt', async () => {
    // $ grep -f - a.txt
    // (standard input: "hello\nxyz\n")
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep -f - a.txt', 'hello\nxyz\n')).toEqual({
      stdout: 'hello\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -- -x a.txt; echo $?', async () => {
    // $ grep -- -x a.txt; echo $?
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep -- -x a.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep \'\\-x\' a.txt; echo $?', async () => {
    // $ grep '\-x' a.txt; echo $?
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep \'\\-x\' a.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep hello a.txt -n', async () => {
    // $ grep hello a.txt -n
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep hello a.txt -n')).toEqual({
      stdout: '1:hello\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -n hello -- a.txt -n; echo $?', async () => {
    // $ grep -n hello -- a.txt -n; echo $?
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep -n hello -- a.txt -n; echo $?')).toEqual({
      stdout: 'a.txt:1:hello\n2\n',
      stderr: 'grep: -n: No such file or directory\n',
      status: 0,
    });
  });

  test('grep -c x - a.txt', async () => {
    // $ grep -c x - a.txt
    // (standard input: "x\n")
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep -c x - a.txt', 'x\n')).toEqual({
      stdout: '(standard input):1\na.txt:0\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep --label=LBL -H x', async () => {
    // $ grep --label=LBL -H x
    // (standard input: "x\n")
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep --label=LBL -H x', 'x\n')).toEqual({
      stdout: 'LBL:x\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -H x', async () => {
    // $ grep -H x
    // (standard input: "x\ny\n")
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep -H x', 'x\ny\n')).toEqual({
      stdout: '(standard input):x\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -e a -e a -c a.txt', async () => {
    // $ grep -e a -e a -c a.txt
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep -e a -e a -c a.txt')).toEqual({
      stdout: '1\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -U hello a.txt', async () => {
    // $ grep -U hello a.txt
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep -U hello a.txt')).toEqual({
      stdout: 'hello\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep --line-buffered -e hello -e wor a.txt', async () => {
    // $ grep --line-buffered -e hello -e wor a.txt
    expect(await sh(`${GREP_SELECT_FILES}\n` + 'grep --line-buffered -e hello -e wor a.txt')).toEqual({
      stdout: 'hello\nworld\n',
      stderr: '',
      status: 0,
    });
  });
});

const GREP_CONTEXT_FILES = [
  "printf 'one\\ntwo\\nthree\\nfour\\nfive\\nsix\\nseven\\neight\\nnine\\nten\\n' > n.txt",
].join('\n');

describe('grep: context lines', () => {
  test('grep -n -C1 -e two -e six n.txt', async () => {
    // $ grep -n -C1 -e two -e six n.txt
    expect(await sh(`${GREP_CONTEXT_FILES}\n` + 'grep -n -C1 -e two -e six n.txt')).toEqual({
      stdout: '1-one\n2:two\n3-three\n--\n5-five\n6:six\n7-seven\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -A1 t n.txt', async () => {
    // $ grep -A1 t n.txt
    expect(await sh(`${GREP_CONTEXT_FILES}\n` + 'grep -A1 t n.txt')).toEqual({
      stdout: 'two\nthree\nfour\n--\neight\nnine\nten\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -B2 -n ve n.txt', async () => {
    // $ grep -B2 -n ve n.txt
    expect(await sh(`${GREP_CONTEXT_FILES}\n` + 'grep -B2 -n ve n.txt')).toEqual({
      stdout: '3-three\n4-four\n5:five\n6-six\n7:seven\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -m2 -A2 t n.txt', async () => {
    // $ grep -m2 -A2 t n.txt
    expect(await sh(`${GREP_CONTEXT_FILES}\n` + 'grep -m2 -A2 t n.txt')).toEqual({
      stdout: 'two\nthree\nfour\nfive\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -n -m1 -A2 t n.txt', async () => {
    // $ grep -n -m1 -A2 t n.txt
    expect(await sh(`${GREP_CONTEXT_FILES}\n` + 'grep -n -m1 -A2 t n.txt')).toEqual({
      stdout: '2:two\n3-three\n4-four\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -n -v -C1 e n.txt', async () => {
    // $ grep -n -v -C1 e n.txt
    expect(await sh(`${GREP_CONTEXT_FILES}\n` + 'grep -n -v -C1 e n.txt')).toEqual({
      stdout: '1-one\n2:two\n3-three\n4:four\n5-five\n6:six\n7-seven\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -A0 e n.txt', async () => {
    // $ grep -A0 e n.txt
    expect(await sh(`${GREP_CONTEXT_FILES}\n` + 'grep -A0 e n.txt')).toEqual({
      stdout: 'one\n--\nthree\n--\nfive\n--\nseven\neight\nnine\nten\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep --group-separator=XX -A0 e n.txt', async () => {
    // $ grep --group-separator=XX -A0 e n.txt
    expect(await sh(`${GREP_CONTEXT_FILES}\n` + 'grep --group-separator=XX -A0 e n.txt')).toEqual({
      stdout: 'one\nXX\nthree\nXX\nfive\nXX\nseven\neight\nnine\nten\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep --no-group-separator -A0 e n.txt', async () => {
    // $ grep --no-group-separator -A0 e n.txt
    expect(await sh(`${GREP_CONTEXT_FILES}\n` + 'grep --no-group-separator -A0 e n.txt')).toEqual({
      stdout: 'one\nthree\nfive\nseven\neight\nnine\nten\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -A1 two n.txt n.txt', async () => {
    // $ grep -A1 two n.txt n.txt
    expect(await sh(`${GREP_CONTEXT_FILES}\n` + 'grep -A1 two n.txt n.txt')).toEqual({
      stdout: 'n.txt:two\nn.txt-three\n--\nn.txt:two\nn.txt-three\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -2 three n.txt', async () => {
    // $ grep -2 three n.txt
    expect(await sh(`${GREP_CONTEXT_FILES}\n` + 'grep -2 three n.txt')).toEqual({
      stdout: 'one\ntwo\nthree\nfour\nfive\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -1 -n five n.txt', async () => {
    // $ grep -1 -n five n.txt
    expect(await sh(`${GREP_CONTEXT_FILES}\n` + 'grep -1 -n five n.txt')).toEqual({
      stdout: '4-four\n5:five\n6-six\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -1 -5 three n.txt; grep -15 three n.txt | grep -c .', async () => {
    // $ grep -1 -5 three n.txt; grep -15 three n.txt | grep -c .
    expect(await sh(`${GREP_CONTEXT_FILES}\n` + 'grep -1 -5 three n.txt; grep -15 three n.txt | grep -c .')).toEqual({
      stdout: 'one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\n10\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -C1 -3 one n.txt', async () => {
    // $ grep -C1 -3 one n.txt
    expect(await sh(`${GREP_CONTEXT_FILES}\n` + 'grep -C1 -3 one n.txt')).toEqual({
      stdout: 'one\ntwo\nthree\nfour\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -A 1 -B 0 two n.txt', async () => {
    // $ grep -A 1 -B 0 two n.txt
    expect(await sh(`${GREP_CONTEXT_FILES}\n` + 'grep -A 1 -B 0 two n.txt')).toEqual({
      stdout: 'two\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -c -A1 t n.txt', async () => {
    // $ grep -c -A1 t n.txt
    expect(await sh(`${GREP_CONTEXT_FILES}\n` + 'grep -c -A1 t n.txt')).toEqual({
      stdout: '4\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -b -A1 six n.txt', async () => {
    // $ grep -b -A1 six n.txt
    expect(await sh(`${GREP_CONTEXT_FILES}\n` + 'grep -b -A1 six n.txt')).toEqual({
      stdout: '24:six\n28-seven\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -A2 -B1 -e one -e ten n.txt', async () => {
    // $ grep -A2 -B1 -e one -e ten n.txt
    expect(await sh(`${GREP_CONTEXT_FILES}\n` + 'grep -A2 -B1 -e one -e ten n.txt')).toEqual({
      stdout: 'one\ntwo\nthree\n--\nnine\nten\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -v -A1 -m2 e n.txt', async () => {
    // $ grep -v -A1 -m2 e n.txt
    expect(await sh(`${GREP_CONTEXT_FILES}\n` + 'grep -v -A1 -m2 e n.txt')).toEqual({
      stdout: 'two\nthree\nfour\nfive\n',
      stderr: '',
      status: 0,
    });
  });
});

const GREP_REGEX_FILES = [
  "printf 'hello\\nworld\\nfoo bar\\n' > a.txt",
  "printf 'abcabc\\nabab\\nxyzxyz\\naa bb aa\\n' > r.txt",
].join('\n');

describe('grep: patterns', () => {
  test('grep -oE \'ab|abcd\'', async () => {
    // $ grep -oE 'ab|abcd'
    // (standard input: "abcd\nab\n")
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep -oE \'ab|abcd\'', 'abcd\nab\n')).toEqual({
      stdout: 'abcd\nab\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -o \'a\\|ab\\|abc\'', async () => {
    // $ grep -o 'a\|ab\|abc'
    // (standard input: "abcd\n")
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep -o \'a\\|ab\\|abc\'', 'abcd\n')).toEqual({
      stdout: 'abc\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -oE \'a*(ab)*\'', async () => {
    // $ grep -oE 'a*(ab)*'
    // (standard input: "aab\n")
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep -oE \'a*(ab)*\'', 'aab\n')).toEqual({
      stdout: 'aab\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -E \'(abc)\\1\' r.txt', async () => {
    // $ grep -E '(abc)\1' r.txt
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep -E \'(abc)\\1\' r.txt')).toEqual({
      stdout: 'abcabc\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep \'\\(ab\\)\\1\' r.txt', async () => {
    // $ grep '\(ab\)\1' r.txt
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep \'\\(ab\\)\\1\' r.txt')).toEqual({
      stdout: 'abab\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -E \'(a)(b)\\2\' r.txt; echo $?', async () => {
    // $ grep -E '(a)(b)\2' r.txt; echo $?
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep -E \'(a)(b)\\2\' r.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -o -E \'(aa|bb) (aa|bb)\' r.txt', async () => {
    // $ grep -o -E '(aa|bb) (aa|bb)' r.txt
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep -o -E \'(aa|bb) (aa|bb)\' r.txt')).toEqual({
      stdout: 'aa bb\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -e abc -e xyz -o r.txt', async () => {
    // $ grep -e abc -e xyz -o r.txt
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep -e abc -e xyz -o r.txt')).toEqual({
      stdout: 'abc\nabc\nxyz\nxyz\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -e \'a\\{2\\}\' r.txt', async () => {
    // $ grep -e 'a\{2\}' r.txt
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep -e \'a\\{2\\}\' r.txt')).toEqual({
      stdout: 'aa bb aa\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -E \'()\' -c a.txt; grep \'\\(\\)\' -c a.txt', async () => {
    // $ grep -E '()' -c a.txt; grep '\(\)' -c a.txt
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep -E \'()\' -c a.txt; grep \'\\(\\)\' -c a.txt')).toEqual({
      stdout: '3\n3\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -E \'a|\' -c a.txt', async () => {
    // $ grep -E 'a|' -c a.txt
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep -E \'a|\' -c a.txt')).toEqual({
      stdout: '3\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep \'l\\+\' -o a.txt; grep \'l\\?o\' -o a.txt', async () => {
    // $ grep 'l\+' -o a.txt; grep 'l\?o' -o a.txt
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep \'l\\+\' -o a.txt; grep \'l\\?o\' -o a.txt')).toEqual({
      stdout: 'll\nl\nlo\no\no\no\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -e \'*o\' -o a.txt', async () => {
    // $ grep -e '*o' -o a.txt
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep -e \'*o\' -o a.txt')).toEqual({
      stdout: '',
      stderr: '',
      status: 1,
    });
  });

  test('grep \'^*o\' a.txt; echo $?', async () => {
    // $ grep '^*o' a.txt; echo $?
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep \'^*o\' a.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -E \'^+h\' a.txt; echo $?', async () => {
    // $ grep -E '^+h' a.txt; echo $?
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep -E \'^+h\' a.txt; echo $?')).toEqual({
      stdout: 'hello\n0\n',
      stderr: 'grep: warning: + at start of expression\n',
      status: 0,
    });
  });

  test('grep -E \'?o\' -o a.txt', async () => {
    // $ grep -E '?o' -o a.txt
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep -E \'?o\' -o a.txt')).toEqual({
      stdout: 'o\no\no\no\n',
      stderr: 'grep: warning: ? at start of expression\n',
      status: 0,
    });
  });

  test('grep -E \'*a\' a.txt', async () => {
    // $ grep -E '*a' a.txt
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep -E \'*a\' a.txt')).toEqual({
      stdout: 'foo bar\n',
      stderr: 'grep: warning: * at start of expression\n',
      status: 0,
    });
  });

  test('grep -E \'+a\' a.txt', async () => {
    // $ grep -E '+a' a.txt
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep -E \'+a\' a.txt')).toEqual({
      stdout: 'foo bar\n',
      stderr: 'grep: warning: + at start of expression\n',
      status: 0,
    });
  });

  test('grep -E \'a|*b\' a.txt', async () => {
    // $ grep -E 'a|*b' a.txt
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep -E \'a|*b\' a.txt')).toEqual({
      stdout: 'foo bar\n',
      stderr: 'grep: warning: * at start of expression\n',
      status: 0,
    });
  });

  test('grep -E \'{1}a\' a.txt', async () => {
    // $ grep -E '{1}a' a.txt
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep -E \'{1}a\' a.txt')).toEqual({
      stdout: 'foo bar\n',
      stderr: 'grep: warning: {...} at start of expression\n',
      status: 0,
    });
  });

  test('grep -E \'**a\' -c a.txt', async () => {
    // $ grep -E '**a' -c a.txt
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep -E \'**a\' -c a.txt')).toEqual({
      stdout: '1\n',
      stderr: 'grep: warning: * at start of expression\ngrep: warning: * at start of expression\n',
      status: 0,
    });
  });

  test('grep -E \'a{1\' a.txt; echo $?', async () => {
    // $ grep -E 'a{1' a.txt; echo $?
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep -E \'a{1\' a.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -E \'a{1,2\' a.txt; echo $?', async () => {
    // $ grep -E 'a{1,2' a.txt; echo $?
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep -E \'a{1,2\' a.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -E \'{\' a.txt; echo $?', async () => {
    // $ grep -E '{' a.txt; echo $?
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep -E \'{\' a.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep \'\\(^h\\)\' a.txt', async () => {
    // $ grep '\(^h\)' a.txt
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep \'\\(^h\\)\' a.txt')).toEqual({
      stdout: 'hello\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep \'o$\\|^f\' a.txt', async () => {
    // $ grep 'o$\|^f' a.txt
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep \'o$\\|^f\' a.txt')).toEqual({
      stdout: 'hello\nfoo bar\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep \'a^b\\|w\' a.txt', async () => {
    // $ grep 'a^b\|w' a.txt
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep \'a^b\\|w\' a.txt')).toEqual({
      stdout: 'world\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -E \'a$b|w\' a.txt', async () => {
    // $ grep -E 'a$b|w' a.txt
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep -E \'a$b|w\' a.txt')).toEqual({
      stdout: 'world\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep \'\\bbar\' a.txt; grep \'o\\B\' -o a.txt', async () => {
    // $ grep '\bbar' a.txt; grep 'o\B' -o a.txt
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep \'\\bbar\' a.txt; grep \'o\\B\' -o a.txt')).toEqual({
      stdout: 'foo bar\no\no\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep \'\\<b\' a.txt; grep \'o\\>\' -o a.txt', async () => {
    // $ grep '\<b' a.txt; grep 'o\>' -o a.txt
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep \'\\<b\' a.txt; grep \'o\\>\' -o a.txt')).toEqual({
      stdout: 'foo bar\no\no\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep \'\\`h\' a.txt; grep "o\\\\\'" a.txt', async () => {
    // $ grep '\`h' a.txt; grep "o\\'" a.txt
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep \'\\`h\' a.txt; grep "o\\\\\'" a.txt')).toEqual({
      stdout: 'hello\nhello\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep \'\\W\' a.txt; grep -c \'\\S\' a.txt', async () => {
    // $ grep '\W' a.txt; grep -c '\S' a.txt
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep \'\\W\' a.txt; grep -c \'\\S\' a.txt')).toEqual({
      stdout: 'foo bar\n3\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -o \'\\w*\'', async () => {
    // $ grep -o '\w*'
    // (standard input: "foo-bar baz_qux\n")
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep -o \'\\w*\'', 'foo-bar baz_qux\n')).toEqual({
      stdout: 'foo\nbar\nbaz_qux\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -ow \'ba.\'', async () => {
    // $ grep -ow 'ba.'
    // (standard input: "foo-bar baz_qux\n")
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep -ow \'ba.\'', 'foo-bar baz_qux\n')).toEqual({
      stdout: 'bar\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -o \'b*\'', async () => {
    // $ grep -o 'b*'
    // (standard input: "abc\n")
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep -o \'b*\'', 'abc\n')).toEqual({
      stdout: 'b\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -o \'[^]a]\'', async () => {
    // $ grep -o '[^]a]'
    // (standard input: "é-a]b\n")
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep -o \'[^]a]\'', 'é-a]b\n')).toEqual({
      stdout: 'é\n-\nb\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -o \'[a-]\'', async () => {
    // $ grep -o '[a-]'
    // (standard input: "é-a]b\n")
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep -o \'[a-]\'', 'é-a]b\n')).toEqual({
      stdout: '-\na\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -o \'[%--]\'', async () => {
    // $ grep -o '[%--]'
    // (standard input: "é-a]b\n")
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep -o \'[%--]\'', 'é-a]b\n')).toEqual({
      stdout: '-\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -o \'[[.-.]]\'', async () => {
    // $ grep -o '[[.-.]]'
    // (standard input: "é-a]b\n")
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep -o \'[[.-.]]\'', 'é-a]b\n')).toEqual({
      stdout: '-\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -i \'é\'', async () => {
    // $ grep -i 'é'
    // (standard input: "é\nÉ\nab\n")
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep -i \'é\'', 'é\nÉ\nab\n')).toEqual({
      stdout: 'é\nÉ\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -c \'[[:alpha:]]\'', async () => {
    // $ grep -c '[[:alpha:]]'
    // (standard input: "é\n٣\nx\n")
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep -c \'[[:alpha:]]\'', 'é\n٣\nx\n')).toEqual({
      stdout: '3\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep \'[[:upper:]]\'', async () => {
    // $ grep '[[:upper:]]'
    // (standard input: "Σ\nσ\n")
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep \'[[:upper:]]\'', 'Σ\nσ\n')).toEqual({
      stdout: 'Σ\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -i \'[[:upper:]]\'', async () => {
    // $ grep -i '[[:upper:]]'
    // (standard input: "Σ\nσ\n")
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep -i \'[[:upper:]]\'', 'Σ\nσ\n')).toEqual({
      stdout: 'Σ\nσ\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep \'[[:punct:]]\'', async () => {
    // $ grep '[[:punct:]]'
    // (standard input: "€\n!\nx\n")
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep \'[[:punct:]]\'', '€\n!\nx\n')).toEqual({
      stdout: '€\n!\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep \'[a-z]\'; echo $?', async () => {
    // $ grep '[a-z]'; echo $?
    // (standard input: "é\n")
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep \'[a-z]\'; echo $?', 'é\n')).toEqual({
      stdout: '1\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -i \'ǆ\'', async () => {
    // $ grep -i 'ǆ'
    // (standard input: "ǅ\n")
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep -i \'ǆ\'', 'ǅ\n')).toEqual({
      stdout: 'ǅ\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep \'[\' a.txt; echo $?', async () => {
    // $ grep '[' a.txt; echo $?
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep \'[\' a.txt; echo $?')).toEqual({
      stdout: '2\n',
      stderr: 'grep: Invalid regular expression\n',
      status: 0,
    });
  });

  test('grep \'[a\' a.txt; echo $?', async () => {
    // $ grep '[a' a.txt; echo $?
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep \'[a\' a.txt; echo $?')).toEqual({
      stdout: '2\n',
      stderr: 'grep: Unmatched [, [^, [:, [., or [=\n',
      status: 0,
    });
  });

  test('grep -E \'(\' a.txt; echo $?', async () => {
    // $ grep -E '(' a.txt; echo $?
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep -E \'(\' a.txt; echo $?')).toEqual({
      stdout: '2\n',
      stderr: 'grep: Unmatched ( or \\(\n',
      status: 0,
    });
  });

  test('grep -E \')\' a.txt; echo $?', async () => {
    // $ grep -E ')' a.txt; echo $?
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep -E \')\' a.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep \'\\(\' a.txt; echo $?', async () => {
    // $ grep '\(' a.txt; echo $?
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep \'\\(\' a.txt; echo $?')).toEqual({
      stdout: '2\n',
      stderr: 'grep: Unmatched ( or \\(\n',
      status: 0,
    });
  });

  test('grep \'\\)\' a.txt; echo $?', async () => {
    // $ grep '\)' a.txt; echo $?
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep \'\\)\' a.txt; echo $?')).toEqual({
      stdout: '2\n',
      stderr: 'grep: Unmatched ) or \\)\n',
      status: 0,
    });
  });

  test('grep \'a\\{1\' a.txt; echo $?', async () => {
    // $ grep 'a\{1' a.txt; echo $?
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep \'a\\{1\' a.txt; echo $?')).toEqual({
      stdout: '2\n',
      stderr: 'grep: Unmatched \\{\n',
      status: 0,
    });
  });

  test('grep \'x\\{2,1\\}\' a.txt; echo $?', async () => {
    // $ grep 'x\{2,1\}' a.txt; echo $?
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep \'x\\{2,1\\}\' a.txt; echo $?')).toEqual({
      stdout: '2\n',
      stderr: 'grep: Invalid content of \\{\\}\n',
      status: 0,
    });
  });

  test('grep -E \'a{}\' a.txt; echo $?', async () => {
    // $ grep -E 'a{}' a.txt; echo $?
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep -E \'a{}\' a.txt; echo $?')).toEqual({
      stdout: '2\n',
      stderr: 'grep: Invalid content of \\{\\}\n',
      status: 0,
    });
  });

  test('grep -E \'a{99999}\' a.txt; echo $?', async () => {
    // $ grep -E 'a{99999}' a.txt; echo $?
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep -E \'a{99999}\' a.txt; echo $?')).toEqual({
      stdout: '2\n',
      stderr: 'grep: Regular expression too big\n',
      status: 0,
    });
  });

  test('grep \'[[:foo:]]\' a.txt; echo $?', async () => {
    // $ grep '[[:foo:]]' a.txt; echo $?
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep \'[[:foo:]]\' a.txt; echo $?')).toEqual({
      stdout: '2\n',
      stderr: 'grep: Invalid character class name\n',
      status: 0,
    });
  });

  test('grep \'[[:space]\' a.txt; echo $?', async () => {
    // $ grep '[[:space]' a.txt; echo $?
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep \'[[:space]\' a.txt; echo $?')).toEqual({
      stdout: '2\n',
      stderr: 'grep: Unmatched [, [^, [:, [., or [=\n',
      status: 0,
    });
  });

  test('grep \'[b-a]\' a.txt; echo $?', async () => {
    // $ grep '[b-a]' a.txt; echo $?
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep \'[b-a]\' a.txt; echo $?')).toEqual({
      stdout: '2\n',
      stderr: 'grep: Invalid range end\n',
      status: 0,
    });
  });

  test('grep \'[a-b-c]\' a.txt; echo $?', async () => {
    // $ grep '[a-b-c]' a.txt; echo $?
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep \'[a-b-c]\' a.txt; echo $?')).toEqual({
      stdout: '2\n',
      stderr: 'grep: Invalid range end\n',
      status: 0,
    });
  });

  test('grep \'[[=é=]]\' a.txt; echo $?', async () => {
    // $ grep '[[=é=]]' a.txt; echo $?
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep \'[[=é=]]\' a.txt; echo $?')).toEqual({
      stdout: '2\n',
      stderr: 'grep: Invalid collation character\n',
      status: 0,
    });
  });

  test('grep \'[[.space.]]\' a.txt; echo $?', async () => {
    // $ grep '[[.space.]]' a.txt; echo $?
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep \'[[.space.]]\' a.txt; echo $?')).toEqual({
      stdout: '2\n',
      stderr: 'grep: Invalid collation character\n',
      status: 0,
    });
  });

  test('grep \'\\\' a.txt; echo $?', async () => {
    // $ grep '\' a.txt; echo $?
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep \'\\\' a.txt; echo $?')).toEqual({
      stdout: '2\n',
      stderr: 'grep: Trailing backslash\n',
      status: 0,
    });
  });

  test('grep \'\\(a\\)\\|\\1\' a.txt; echo $?', async () => {
    // $ grep '\(a\)\|\1' a.txt; echo $?
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep \'\\(a\\)\\|\\1\' a.txt; echo $?')).toEqual({
      stdout: '2\n',
      stderr: 'grep: Invalid back reference\n',
      status: 0,
    });
  });

  test('grep \'\\(a\\)\\2\' a.txt; echo $?', async () => {
    // $ grep '\(a\)\2' a.txt; echo $?
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep \'\\(a\\)\\2\' a.txt; echo $?')).toEqual({
      stdout: '2\n',
      stderr: 'grep: Invalid back reference\n',
      status: 0,
    });
  });

  test('grep \'[:space:]\' a.txt; echo $?', async () => {
    // $ grep '[:space:]' a.txt; echo $?
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep \'[:space:]\' a.txt; echo $?')).toEqual({
      stdout: '2\n',
      stderr: 'grep: character class syntax is [[:space:]], not [:space:]\n',
      status: 0,
    });
  });

  test('grep -E \'[^:alpha:]\' a.txt; echo $?', async () => {
    // $ grep -E '[^:alpha:]' a.txt; echo $?
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep -E \'[^:alpha:]\' a.txt; echo $?')).toEqual({
      stdout: '2\n',
      stderr: 'grep: character class syntax is [[:space:]], not [:space:]\n',
      status: 0,
    });
  });

  test('grep -e a -e \'\\(\' a.txt; echo $?', async () => {
    // $ grep -e a -e '\(' a.txt; echo $?
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'grep -e a -e \'\\(\' a.txt; echo $?')).toEqual({
      stdout: '2\n',
      stderr: 'grep: Unmatched ( or \\(\n',
      status: 0,
    });
  });

  test('printf \'(\\n[\\n\' > pats; grep -E -f pats a.txt; echo $?', async () => {
    // $ printf '(\n[\n' > pats; grep -E -f pats a.txt; echo $?
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'printf \'(\\n[\\n\' > pats; grep -E -f pats a.txt; echo $?')).toEqual({
      stdout: '2\n',
      stderr: 'grep: pats:1: Unmatched ( or \\(\ngrep: pats:2: Invalid regular expression\n',
      status: 0,
    });
  });

  test('printf \'x\\n[\\n\' > pats; grep -f pats a.txt; echo $?', async () => {
    // $ printf 'x\n[\n' > pats; grep -f pats a.txt; echo $?
    expect(await sh(`${GREP_REGEX_FILES}\n` + 'printf \'x\\n[\\n\' > pats; grep -f pats a.txt; echo $?')).toEqual({
      stdout: '2\n',
      stderr: 'grep: pats:2: Invalid regular expression\n',
      status: 0,
    });
  });
});

const GREP_OUTPUT_FILES = [
  "printf 'hello\\nworld\\nfoo bar\\n' > a.txt",
  "printf 'one\\ntwo\\nthree\\nfour\\nfive\\nsix\\nseven\\neight\\nnine\\nten\\n' > n.txt",
].join('\n');

describe('grep: output format', () => {
  test('grep -o -b -n e n.txt', async () => {
    // $ grep -o -b -n e n.txt
    expect(await sh(`${GREP_OUTPUT_FILES}\n` + 'grep -o -b -n e n.txt')).toEqual({
      stdout: '1:2:e\n3:11:e\n3:12:e\n5:22:e\n7:29:e\n7:31:e\n8:34:e\n9:43:e\n10:46:e\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -b t n.txt', async () => {
    // $ grep -b t n.txt
    expect(await sh(`${GREP_OUTPUT_FILES}\n` + 'grep -b t n.txt')).toEqual({
      stdout: '4:two\n8:three\n34:eight\n45:ten\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -b -o \'é\' <<< \'aé bé\'', async () => {
    // $ grep -b -o 'é' <<< 'aé bé'
    expect(await sh(`${GREP_OUTPUT_FILES}\n` + 'grep -b -o \'é\' <<< \'aé bé\'')).toEqual({
      stdout: '1:é\n5:é\n',
      stderr: '',
      status: 0,
    });
  });

  test('printf \'aé\\nbé\\n\' | grep -b \'b\'', async () => {
    // $ printf 'aé\nbé\n' | grep -b 'b'
    expect(await sh(`${GREP_OUTPUT_FILES}\n` + 'printf \'aé\\nbé\\n\' | grep -b \'b\'')).toEqual({
      stdout: '4:bé\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep --color=always -n -H -b -C1 \'ix\\|tw\' n.txt', async () => {
    // $ grep --color=always -n -H -b -C1 'ix\|tw' n.txt
    expect(await sh(`${GREP_OUTPUT_FILES}\n` + 'grep --color=always -n -H -b -C1 \'ix\\|tw\' n.txt')).toEqual({
      stdout: '\x1b[35m\x1b[Kn.txt\x1b[m\x1b[K\x1b[36m\x1b[K-\x1b[m\x1b[K\x1b[32m\x1b[K1\x1b[m\x1b[K\x1b[36m\x1b[K-\x1b[m\x1b[K\x1b[32m\x1b[K0\x1b[m\x1b[K\x1b[36m\x1b[K-\x1b[m\x1b[Kone\n\x1b[35m\x1b[Kn.txt\x1b[m\x1b[K\x1b[36m\x1b[K:\x1b[m\x1b[K\x1b[32m\x1b[K2\x1b[m\x1b[K\x1b[36m\x1b[K:\x1b[m\x1b[K\x1b[32m\x1b[K4\x1b[m\x1b[K\x1b[36m\x1b[K:\x1b[m\x1b[K\x1b[01;31m\x1b[Ktw\x1b[m\x1b[Ko\n\x1b[35m\x1b[Kn.txt\x1b[m\x1b[K\x1b[36m\x1b[K-\x1b[m\x1b[K\x1b[32m\x1b[K3\x1b[m\x1b[K\x1b[36m\x1b[K-\x1b[m\x1b[K\x1b[32m\x1b[K8\x1b[m\x1b[K\x1b[36m\x1b[K-\x1b[m\x1b[Kthree\n\x1b[36m\x1b[K--\x1b[m\x1b[K\n\x1b[35m\x1b[Kn.txt\x1b[m\x1b[K\x1b[36m\x1b[K-\x1b[m\x1b[K\x1b[32m\x1b[K5\x1b[m\x1b[K\x1b[36m\x1b[K-\x1b[m\x1b[K\x1b[32m\x1b[K19\x1b[m\x1b[K\x1b[36m\x1b[K-\x1b[m\x1b[Kfive\n\x1b[35m\x1b[Kn.txt\x1b[m\x1b[K\x1b[36m\x1b[K:\x1b[m\x1b[K\x1b[32m\x1b[K6\x1b[m\x1b[K\x1b[36m\x1b[K:\x1b[m\x1b[K\x1b[32m\x1b[K24\x1b[m\x1b[K\x1b[36m\x1b[K:\x1b[m\x1b[Ks\x1b[01;31m\x1b[Kix\x1b[m\x1b[K\n\x1b[35m\x1b[Kn.txt\x1b[m\x1b[K\x1b[36m\x1b[K-\x1b[m\x1b[K\x1b[32m\x1b[K7\x1b[m\x1b[K\x1b[36m\x1b[K-\x1b[m\x1b[K\x1b[32m\x1b[K28\x1b[m\x1b[K\x1b[36m\x1b[K-\x1b[m\x1b[Kseven\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep --color=always o a.txt', async () => {
    // $ grep --color=always o a.txt
    expect(await sh(`${GREP_OUTPUT_FILES}\n` + 'grep --color=always o a.txt')).toEqual({
      stdout: 'hell\x1b[01;31m\x1b[Ko\x1b[m\x1b[K\nw\x1b[01;31m\x1b[Ko\x1b[m\x1b[Krld\nf\x1b[01;31m\x1b[Ko\x1b[m\x1b[K\x1b[01;31m\x1b[Ko\x1b[m\x1b[K bar\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep --colour=always hello a.txt', async () => {
    // $ grep --colour=always hello a.txt
    expect(await sh(`${GREP_OUTPUT_FILES}\n` + 'grep --colour=always hello a.txt')).toEqual({
      stdout: '\x1b[01;31m\x1b[Khello\x1b[m\x1b[K\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep --color=always -o o a.txt', async () => {
    // $ grep --color=always -o o a.txt
    expect(await sh(`${GREP_OUTPUT_FILES}\n` + 'grep --color=always -o o a.txt')).toEqual({
      stdout: '\x1b[01;31m\x1b[Ko\x1b[m\x1b[K\n\x1b[01;31m\x1b[Ko\x1b[m\x1b[K\n\x1b[01;31m\x1b[Ko\x1b[m\x1b[K\n\x1b[01;31m\x1b[Ko\x1b[m\x1b[K\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep --color=always -c o a.txt n.txt', async () => {
    // $ grep --color=always -c o a.txt n.txt
    expect(await sh(`${GREP_OUTPUT_FILES}\n` + 'grep --color=always -c o a.txt n.txt')).toEqual({
      stdout: '\x1b[35m\x1b[Ka.txt\x1b[m\x1b[K\x1b[36m\x1b[K:\x1b[m\x1b[K3\n\x1b[35m\x1b[Kn.txt\x1b[m\x1b[K\x1b[36m\x1b[K:\x1b[m\x1b[K3\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep --color=always -l o a.txt n.txt', async () => {
    // $ grep --color=always -l o a.txt n.txt
    expect(await sh(`${GREP_OUTPUT_FILES}\n` + 'grep --color=always -l o a.txt n.txt')).toEqual({
      stdout: '\x1b[35m\x1b[Ka.txt\x1b[m\x1b[K\n\x1b[35m\x1b[Kn.txt\x1b[m\x1b[K\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep --color=always -v -C1 e n.txt', async () => {
    // $ grep --color=always -v -C1 e n.txt
    expect(await sh(`${GREP_OUTPUT_FILES}\n` + 'grep --color=always -v -C1 e n.txt')).toEqual({
      stdout: 'on\x1b[01;31m\x1b[Ke\x1b[m\x1b[K\ntwo\nthr\x1b[01;31m\x1b[Ke\x1b[m\x1b[K\x1b[01;31m\x1b[Ke\x1b[m\x1b[K\nfour\nfiv\x1b[01;31m\x1b[Ke\x1b[m\x1b[K\nsix\ns\x1b[01;31m\x1b[Ke\x1b[m\x1b[Kv\x1b[01;31m\x1b[Ke\x1b[m\x1b[Kn\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep --color=always \'x*\' a.txt', async () => {
    // $ grep --color=always 'x*' a.txt
    expect(await sh(`${GREP_OUTPUT_FILES}\n` + 'grep --color=always \'x*\' a.txt')).toEqual({
      stdout: 'hello\nworld\nfoo bar\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep --color=always -E \'o|l\' a.txt', async () => {
    // $ grep --color=always -E 'o|l' a.txt
    expect(await sh(`${GREP_OUTPUT_FILES}\n` + 'grep --color=always -E \'o|l\' a.txt')).toEqual({
      stdout: 'he\x1b[01;31m\x1b[Kl\x1b[m\x1b[K\x1b[01;31m\x1b[Kl\x1b[m\x1b[K\x1b[01;31m\x1b[Ko\x1b[m\x1b[K\nw\x1b[01;31m\x1b[Ko\x1b[m\x1b[Kr\x1b[01;31m\x1b[Kl\x1b[m\x1b[Kd\nf\x1b[01;31m\x1b[Ko\x1b[m\x1b[K\x1b[01;31m\x1b[Ko\x1b[m\x1b[K bar\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep --color=always -i \'L\' a.txt', async () => {
    // $ grep --color=always -i 'L' a.txt
    expect(await sh(`${GREP_OUTPUT_FILES}\n` + 'grep --color=always -i \'L\' a.txt')).toEqual({
      stdout: 'he\x1b[01;31m\x1b[Kl\x1b[m\x1b[K\x1b[01;31m\x1b[Kl\x1b[m\x1b[Ko\nwor\x1b[01;31m\x1b[Kl\x1b[m\x1b[Kd\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep --color=auto o a.txt; grep --color o a.txt', async () => {
    // $ grep --color=auto o a.txt; grep --color o a.txt
    expect(await sh(`${GREP_OUTPUT_FILES}\n` + 'grep --color=auto o a.txt; grep --color o a.txt')).toEqual({
      stdout: 'hello\nworld\nfoo bar\nhello\nworld\nfoo bar\n',
      stderr: '',
      status: 0,
    });
  });

  test('GREP_COLORS=\'mt=01;32:fn=34\' grep --color=always -H hello a.txt', async () => {
    // $ GREP_COLORS='mt=01;32:fn=34' grep --color=always -H hello a.txt
    expect(await sh(`${GREP_OUTPUT_FILES}\n` + 'GREP_COLORS=\'mt=01;32:fn=34\' grep --color=always -H hello a.txt')).toEqual({
      stdout: '\x1b[34m\x1b[Ka.txt\x1b[m\x1b[K\x1b[36m\x1b[K:\x1b[m\x1b[K\x1b[01;32m\x1b[Khello\x1b[m\x1b[K\n',
      stderr: '',
      status: 0,
    });
  });

  test('GREP_COLORS=\'ms=4:ne\' grep --color=always hello a.txt', async () => {
    // $ GREP_COLORS='ms=4:ne' grep --color=always hello a.txt
    expect(await sh(`${GREP_OUTPUT_FILES}\n` + 'GREP_COLORS=\'ms=4:ne\' grep --color=always hello a.txt')).toEqual({
      stdout: '\x1b[4mhello\x1b[m\n',
      stderr: '',
      status: 0,
    });
  });

  test('GREP_COLOR=\'1;33\' grep --color=always hello a.txt', async () => {
    // $ GREP_COLOR='1;33' grep --color=always hello a.txt
    expect(await sh(`${GREP_OUTPUT_FILES}\n` + 'GREP_COLOR=\'1;33\' grep --color=always hello a.txt')).toEqual({
      stdout: '\x1b[1;33m\x1b[Khello\x1b[m\x1b[K\n',
      stderr: 'grep: warning: GREP_COLOR=\'1;33\' is deprecated; use GREP_COLORS=\'mt=1;33\'\n',
      status: 0,
    });
  });

  test('GREP_COLORS=\'sl=1:cx=2\' grep --color=always -A1 two n.txt', async () => {
    // $ GREP_COLORS='sl=1:cx=2' grep --color=always -A1 two n.txt
    expect(await sh(`${GREP_OUTPUT_FILES}\n` + 'GREP_COLORS=\'sl=1:cx=2\' grep --color=always -A1 two n.txt')).toEqual({
      stdout: '\x1b[1m\x1b[K\x1b[01;31m\x1b[Ktwo\x1b[m\x1b[K\n\x1b[2m\x1b[Kthree\x1b[m\x1b[K\n',
      stderr: '',
      status: 0,
    });
  });

  test('GREP_COLORS=\'sl=1:cx=2:rv\' grep --color=always -v -A1 o n.txt', async () => {
    // $ GREP_COLORS='sl=1:cx=2:rv' grep --color=always -v -A1 o n.txt
    expect(await sh(`${GREP_OUTPUT_FILES}\n` + 'GREP_COLORS=\'sl=1:cx=2:rv\' grep --color=always -v -A1 o n.txt')).toEqual({
      stdout: '\x1b[2m\x1b[Kthree\x1b[m\x1b[K\n\x1b[1m\x1b[Kf\x1b[01;31m\x1b[Ko\x1b[m\x1b[K\x1b[1m\x1b[Kur\x1b[m\x1b[K\n\x1b[2m\x1b[Kfive\x1b[m\x1b[K\n\x1b[2m\x1b[Ksix\x1b[m\x1b[K\n\x1b[2m\x1b[Kseven\x1b[m\x1b[K\n\x1b[2m\x1b[Keight\x1b[m\x1b[K\n\x1b[2m\x1b[Knine\x1b[m\x1b[K\n\x1b[2m\x1b[Kten\x1b[m\x1b[K\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -T -n o a.txt', async () => {
    // $ grep -T -n o a.txt
    expect(await sh(`${GREP_OUTPUT_FILES}\n` + 'grep -T -n o a.txt')).toEqual({
      stdout: ' 1:\thello\n 2:\tworld\n 3:\tfoo bar\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -T -c o a.txt', async () => {
    // $ grep -T -c o a.txt
    expect(await sh(`${GREP_OUTPUT_FILES}\n` + 'grep -T -c o a.txt')).toEqual({
      stdout: '3\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -T -H o a.txt', async () => {
    // $ grep -T -H o a.txt
    expect(await sh(`${GREP_OUTPUT_FILES}\n` + 'grep -T -H o a.txt')).toEqual({
      stdout: 'a.txt:\thello\na.txt:\tworld\na.txt:\tfoo bar\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -T -b o a.txt', async () => {
    // $ grep -T -b o a.txt
    expect(await sh(`${GREP_OUTPUT_FILES}\n` + 'grep -T -b o a.txt')).toEqual({
      stdout: ' 0:\thello\n 6:\tworld\n12:\tfoo bar\n',
      stderr: '',
      status: 0,
    });
  });

  test('cat a.txt | grep -T -n o', async () => {
    // $ cat a.txt | grep -T -n o
    expect(await sh(`${GREP_OUTPUT_FILES}\n` + 'cat a.txt | grep -T -n o')).toEqual({
      stdout: '                  1:\thello\n                  2:\tworld\n                  3:\tfoo bar\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -Z -l o a.txt n.txt', async () => {
    // $ grep -Z -l o a.txt n.txt
    expect(await sh(`${GREP_OUTPUT_FILES}\n` + 'grep -Z -l o a.txt n.txt')).toEqual({
      stdout: 'a.txt\x00n.txt\x00',
      stderr: '',
      status: 0,
    });
  });

  test('grep -Z -H o a.txt', async () => {
    // $ grep -Z -H o a.txt
    expect(await sh(`${GREP_OUTPUT_FILES}\n` + 'grep -Z -H o a.txt')).toEqual({
      stdout: 'a.txt\x00hello\na.txt\x00world\na.txt\x00foo bar\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -z o a.txt', async () => {
    // $ grep -z o a.txt
    expect(await sh(`${GREP_OUTPUT_FILES}\n` + 'grep -z o a.txt')).toEqual({
      stdout: 'hello\nworld\nfoo bar\n\x00',
      stderr: '',
      status: 0,
    });
  });

  test('printf \'a\\0b\\0\' | grep -z -c .', async () => {
    // $ printf 'a\0b\0' | grep -z -c .
    expect(await sh(`${GREP_OUTPUT_FILES}\n` + 'printf \'a\\0b\\0\' | grep -z -c .')).toEqual({
      stdout: '2\n',
      stderr: '',
      status: 0,
    });
  });

  test('printf \'a\\nb\\0c\\nd\\0\' | grep -z \'a.b\'', async () => {
    // $ printf 'a\nb\0c\nd\0' | grep -z 'a.b'
    expect(await sh(`${GREP_OUTPUT_FILES}\n` + 'printf \'a\\nb\\0c\\nd\\0\' | grep -z \'a.b\'')).toEqual({
      stdout: 'a\nb\x00',
      stderr: '',
      status: 0,
    });
  });

  test('printf \'a\\nb\\0c\\nd\\0\' | grep -z \'^b\'; echo $?', async () => {
    // $ printf 'a\nb\0c\nd\0' | grep -z '^b'; echo $?
    expect(await sh(`${GREP_OUTPUT_FILES}\n` + 'printf \'a\\nb\\0c\\nd\\0\' | grep -z \'^b\'; echo $?')).toEqual({
      stdout: '1\n',
      stderr: '',
      status: 0,
    });
  });

  test('printf \'ab\\0cd\\0\' | grep -z -o \'b\\|c\'', async () => {
    // $ printf 'ab\0cd\0' | grep -z -o 'b\|c'
    expect(await sh(`${GREP_OUTPUT_FILES}\n` + 'printf \'ab\\0cd\\0\' | grep -z -o \'b\\|c\'')).toEqual({
      stdout: 'b\x00c\x00',
      stderr: '',
      status: 0,
    });
  });
});

const GREP_FILES_FILES = [
  "printf 'hello\\nworld\\nfoo bar\\n' > a.txt",
  "printf 'x\\0y\\nhello\\n' > bin.dat",
  "mkdir -p d/sub; printf 'hello\\n' > d/f1; printf 'hello there\\n' > d/sub/f2; printf 'nothing\\n' > d/g.txt",
].join('\n');

describe('grep: files and binary data', () => {
  test('grep hello bin.dat; echo $?', async () => {
    // $ grep hello bin.dat; echo $?
    expect(await sh(`${GREP_FILES_FILES}\n` + 'grep hello bin.dat; echo $?')).toEqual({
      stdout: '0\n',
      stderr: 'grep: bin.dat: binary file matches\n',
      status: 0,
    });
  });

  test('grep -c hello bin.dat', async () => {
    // $ grep -c hello bin.dat
    expect(await sh(`${GREP_FILES_FILES}\n` + 'grep -c hello bin.dat')).toEqual({
      stdout: '1\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -o hello bin.dat; grep -v zzz bin.dat; grep -l hello bin.dat', async () => {
    // $ grep -o hello bin.dat; grep -v zzz bin.dat; grep -l hello bin.dat
    expect(await sh(`${GREP_FILES_FILES}\n` + 'grep -o hello bin.dat; grep -v zzz bin.dat; grep -l hello bin.dat')).toEqual({
      stdout: 'bin.dat\n',
      stderr: 'grep: bin.dat: binary file matches\ngrep: bin.dat: binary file matches\n',
      status: 0,
    });
  });

  test('grep -q hello bin.dat; echo $?', async () => {
    // $ grep -q hello bin.dat; echo $?
    expect(await sh(`${GREP_FILES_FILES}\n` + 'grep -q hello bin.dat; echo $?')).toEqual({
      stdout: '0\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -n hello a.txt bin.dat', async () => {
    // $ grep -n hello a.txt bin.dat
    expect(await sh(`${GREP_FILES_FILES}\n` + 'grep -n hello a.txt bin.dat')).toEqual({
      stdout: 'a.txt:1:hello\n',
      stderr: 'grep: bin.dat: binary file matches\n',
      status: 0,
    });
  });

  test('grep -I hello bin.dat a.txt; echo $?', async () => {
    // $ grep -I hello bin.dat a.txt; echo $?
    expect(await sh(`${GREP_FILES_FILES}\n` + 'grep -I hello bin.dat a.txt; echo $?')).toEqual({
      stdout: 'a.txt:hello\n0\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -c -I hello bin.dat; echo $?', async () => {
    // $ grep -c -I hello bin.dat; echo $?
    expect(await sh(`${GREP_FILES_FILES}\n` + 'grep -c -I hello bin.dat; echo $?')).toEqual({
      stdout: '0\n1\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep --binary-files=without-match -l hello bin.dat a.txt', async () => {
    // $ grep --binary-files=without-match -l hello bin.dat a.txt
    expect(await sh(`${GREP_FILES_FILES}\n` + 'grep --binary-files=without-match -l hello bin.dat a.txt')).toEqual({
      stdout: 'a.txt\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -a x bin.dat', async () => {
    // $ grep -a x bin.dat
    expect(await sh(`${GREP_FILES_FILES}\n` + 'grep -a x bin.dat')).toEqual({
      stdout: 'x\x00y\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep --binary-files=text -c y bin.dat', async () => {
    // $ grep --binary-files=text -c y bin.dat
    expect(await sh(`${GREP_FILES_FILES}\n` + 'grep --binary-files=text -c y bin.dat')).toEqual({
      stdout: '1\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -c x bin.dat', async () => {
    // $ grep -c x bin.dat
    expect(await sh(`${GREP_FILES_FILES}\n` + 'grep -c x bin.dat')).toEqual({
      stdout: '1\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep hello d; echo $?', async () => {
    // $ grep hello d; echo $?
    expect(await sh(`${GREP_FILES_FILES}\n` + 'grep hello d; echo $?')).toEqual({
      stdout: '2\n',
      stderr: 'grep: d: Is a directory\n',
      status: 0,
    });
  });

  test('grep -c hello d; echo $?', async () => {
    // $ grep -c hello d; echo $?
    expect(await sh(`${GREP_FILES_FILES}\n` + 'grep -c hello d; echo $?')).toEqual({
      stdout: '0\n2\n',
      stderr: 'grep: d: Is a directory\n',
      status: 0,
    });
  });

  test('grep -s hello d; echo $?', async () => {
    // $ grep -s hello d; echo $?
    expect(await sh(`${GREP_FILES_FILES}\n` + 'grep -s hello d; echo $?')).toEqual({
      stdout: '2\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -d skip hello d a.txt; echo $?', async () => {
    // $ grep -d skip hello d a.txt; echo $?
    expect(await sh(`${GREP_FILES_FILES}\n` + 'grep -d skip hello d a.txt; echo $?')).toEqual({
      stdout: 'a.txt:hello\n0\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -r hello d', async () => {
    // $ grep -r hello d
    expect(await sh(`${GREP_FILES_FILES}\n` + 'grep -r hello d')).toEqual({
      stdout: 'd/f1:hello\nd/sub/f2:hello there\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -rh hello d', async () => {
    // $ grep -rh hello d
    expect(await sh(`${GREP_FILES_FILES}\n` + 'grep -rh hello d')).toEqual({
      stdout: 'hello\nhello there\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -rl hello d', async () => {
    // $ grep -rl hello d
    expect(await sh(`${GREP_FILES_FILES}\n` + 'grep -rl hello d')).toEqual({
      stdout: 'd/f1\nd/sub/f2\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -rL hello d', async () => {
    // $ grep -rL hello d
    expect(await sh(`${GREP_FILES_FILES}\n` + 'grep -rL hello d')).toEqual({
      stdout: 'd/g.txt\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -r hello d/', async () => {
    // $ grep -r hello d/
    expect(await sh(`${GREP_FILES_FILES}\n` + 'grep -r hello d/')).toEqual({
      stdout: 'd/f1:hello\nd/sub/f2:hello there\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -r hello ./d', async () => {
    // $ grep -r hello ./d
    expect(await sh(`${GREP_FILES_FILES}\n` + 'grep -r hello ./d')).toEqual({
      stdout: './d/f1:hello\n./d/sub/f2:hello there\n',
      stderr: '',
      status: 0,
    });
  });

  test('cd d; grep -r hello', async () => {
    // $ cd d; grep -r hello
    expect(await sh(`${GREP_FILES_FILES}\n` + 'cd d; grep -r hello')).toEqual({
      stdout: 'f1:hello\nsub/f2:hello there\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -r --include=\'*.txt\' -l . d; echo $?', async () => {
    // $ grep -r --include='*.txt' -l . d; echo $?
    expect(await sh(`${GREP_FILES_FILES}\n` + 'grep -r --include=\'*.txt\' -l . d; echo $?')).toEqual({
      stdout: 'd/g.txt\n0\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -r --exclude=\'f*\' hello d', async () => {
    // $ grep -r --exclude='f*' hello d
    expect(await sh(`${GREP_FILES_FILES}\n` + 'grep -r --exclude=\'f*\' hello d')).toEqual({
      stdout: '',
      stderr: '',
      status: 1,
    });
  });

  test('grep -r --exclude-dir=sub hello d', async () => {
    // $ grep -r --exclude-dir=sub hello d
    expect(await sh(`${GREP_FILES_FILES}\n` + 'grep -r --exclude-dir=sub hello d')).toEqual({
      stdout: 'd/f1:hello\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -r --exclude-dir=d hello d', async () => {
    // $ grep -r --exclude-dir=d hello d
    expect(await sh(`${GREP_FILES_FILES}\n` + 'grep -r --exclude-dir=d hello d')).toEqual({
      stdout: '',
      stderr: '',
      status: 1,
    });
  });

  test('grep -r --exclude=\'*\' --include=\'f*\' hello d', async () => {
    // $ grep -r --exclude='*' --include='f*' hello d
    expect(await sh(`${GREP_FILES_FILES}\n` + 'grep -r --exclude=\'*\' --include=\'f*\' hello d')).toEqual({
      stdout: 'd/f1:hello\nd/sub/f2:hello there\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -r --include=\'f*\' --exclude=\'*\' hello d', async () => {
    // $ grep -r --include='f*' --exclude='*' hello d
    expect(await sh(`${GREP_FILES_FILES}\n` + 'grep -r --include=\'f*\' --exclude=\'*\' hello d')).toEqual({
      stdout: '',
      stderr: '',
      status: 1,
    });
  });

  test('grep --include=\'*.txt\' hello a.txt d/f1; echo $?', async () => {
    // $ grep --include='*.txt' hello a.txt d/f1; echo $?
    expect(await sh(`${GREP_FILES_FILES}\n` + 'grep --include=\'*.txt\' hello a.txt d/f1; echo $?')).toEqual({
      stdout: 'a.txt:hello\n0\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep --exclude=\'a.*\' o a.txt d/f1', async () => {
    // $ grep --exclude='a.*' o a.txt d/f1
    expect(await sh(`${GREP_FILES_FILES}\n` + 'grep --exclude=\'a.*\' o a.txt d/f1')).toEqual({
      stdout: 'd/f1:hello\n',
      stderr: '',
      status: 0,
    });
  });

  test('printf \'*1\\n\' > ex; grep -r --exclude-from=ex -l hello d', async () => {
    // $ printf '*1\n' > ex; grep -r --exclude-from=ex -l hello d
    expect(await sh(`${GREP_FILES_FILES}\n` + 'printf \'*1\\n\' > ex; grep -r --exclude-from=ex -l hello d')).toEqual({
      stdout: 'd/sub/f2\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -r --exclude-from=nofile x d; echo $?', async () => {
    // $ grep -r --exclude-from=nofile x d; echo $?
    expect(await sh(`${GREP_FILES_FILES}\n` + 'grep -r --exclude-from=nofile x d; echo $?')).toEqual({
      stdout: '2\n',
      stderr: 'grep: nofile: No such file or directory\n',
      status: 0,
    });
  });

  test('grep -r x d/g.txt; grep -r -H o d/g.txt', async () => {
    // $ grep -r x d/g.txt; grep -r -H o d/g.txt
    expect(await sh(`${GREP_FILES_FILES}\n` + 'grep -r x d/g.txt; grep -r -H o d/g.txt')).toEqual({
      stdout: 'd/g.txt:nothing\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep hello /dev/null; echo $?', async () => {
    // $ grep hello /dev/null; echo $?
    expect(await sh(`${GREP_FILES_FILES}\n` + 'grep hello /dev/null; echo $?')).toEqual({
      stdout: '1\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -D skip hello /dev/null a.txt', async () => {
    // $ grep -D skip hello /dev/null a.txt
    expect(await sh(`${GREP_FILES_FILES}\n` + 'grep -D skip hello /dev/null a.txt')).toEqual({
      stdout: 'a.txt:hello\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -L x /dev/null a.txt; echo $?', async () => {
    // $ grep -L x /dev/null a.txt; echo $?
    expect(await sh(`${GREP_FILES_FILES}\n` + 'grep -L x /dev/null a.txt; echo $?')).toEqual({
      stdout: '/dev/null\na.txt\n1\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -c hello - a.txt < a.txt', async () => {
    // $ grep -c hello - a.txt < a.txt
    expect(await sh(`${GREP_FILES_FILES}\n` + 'grep -c hello - a.txt < a.txt')).toEqual({
      stdout: '(standard input):1\na.txt:1\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep o a.txt >> a.txt; echo $?; cat a.txt', async () => {
    // $ grep o a.txt >> a.txt; echo $?; cat a.txt
    expect(await sh(`${GREP_FILES_FILES}\n` + 'grep o a.txt >> a.txt; echo $?; cat a.txt')).toEqual({
      stdout: '2\nhello\nworld\nfoo bar\n',
      stderr: 'grep: a.txt: input file is also the output\n',
      status: 0,
    });
  });

  test('grep -m1 o a.txt >> a.txt; echo $?', async () => {
    // $ grep -m1 o a.txt >> a.txt; echo $?
    expect(await sh(`${GREP_FILES_FILES}\n` + 'grep -m1 o a.txt >> a.txt; echo $?')).toEqual({
      stdout: '0\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -c o a.txt >> a.txt; echo $?; cat a.txt', async () => {
    // $ grep -c o a.txt >> a.txt; echo $?; cat a.txt
    expect(await sh(`${GREP_FILES_FILES}\n` + 'grep -c o a.txt >> a.txt; echo $?; cat a.txt')).toEqual({
      stdout: '0\nhello\nworld\nfoo bar\n3\n',
      stderr: '',
      status: 0,
    });
  });
});

const GREP_USAGE_FILES = [
  "printf 'hello\\nworld\\nfoo bar\\n' > a.txt",
].join('\n');

describe('grep: command line', () => {
  test('grep -k a.txt; echo $?', async () => {
    // $ grep -k a.txt; echo $?
    expect(await sh(`${GREP_USAGE_FILES}\n` + 'grep -k a.txt; echo $?')).toEqual({
      stdout: '2\n',
      stderr: 'grep: invalid option -- \'k\'\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry \'grep --help\' for more information.\n',
      status: 0,
    });
  });

  test('grep; echo $?', async () => {
    // $ grep; echo $?
    expect(await sh(`${GREP_USAGE_FILES}\n` + 'grep; echo $?')).toEqual({
      stdout: '2\n',
      stderr: 'Usage: grep [OPTION]... PATTERNS [FILE]...\nTry \'grep --help\' for more information.\n',
      status: 0,
    });
  });

  test('grep -e; echo $?', async () => {
    // $ grep -e; echo $?
    expect(await sh(`${GREP_USAGE_FILES}\n` + 'grep -e; echo $?')).toEqual({
      stdout: '2\n',
      stderr: 'grep: option requires an argument -- \'e\'\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry \'grep --help\' for more information.\n',
      status: 0,
    });
  });

  test('grep --context a.txt; echo $?', async () => {
    // $ grep --context a.txt; echo $?
    expect(await sh(`${GREP_USAGE_FILES}\n` + 'grep --context a.txt; echo $?')).toEqual({
      stdout: '2\n',
      stderr: 'grep: a.txt: invalid context length argument\n',
      status: 0,
    });
  });

  test('grep --bogus x a.txt; echo $?', async () => {
    // $ grep --bogus x a.txt; echo $?
    expect(await sh(`${GREP_USAGE_FILES}\n` + 'grep --bogus x a.txt; echo $?')).toEqual({
      stdout: '2\n',
      stderr: 'grep: unrecognized option \'--bogus\'\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry \'grep --help\' for more information.\n',
      status: 0,
    });
  });

  test('grep -E -F x a.txt; echo $?', async () => {
    // $ grep -E -F x a.txt; echo $?
    expect(await sh(`${GREP_USAGE_FILES}\n` + 'grep -E -F x a.txt; echo $?')).toEqual({
      stdout: '2\n',
      stderr: 'grep: conflicting matchers specified\n',
      status: 0,
    });
  });

  test('grep -E -E o a.txt', async () => {
    // $ grep -E -E o a.txt
    expect(await sh(`${GREP_USAGE_FILES}\n` + 'grep -E -E o a.txt')).toEqual({
      stdout: 'hello\nworld\nfoo bar\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -m x o a.txt; echo $?', async () => {
    // $ grep -m x o a.txt; echo $?
    expect(await sh(`${GREP_USAGE_FILES}\n` + 'grep -m x o a.txt; echo $?')).toEqual({
      stdout: '2\n',
      stderr: 'grep: invalid max count\n',
      status: 0,
    });
  });

  test('grep -m 1k o a.txt; echo $?', async () => {
    // $ grep -m 1k o a.txt; echo $?
    expect(await sh(`${GREP_USAGE_FILES}\n` + 'grep -m 1k o a.txt; echo $?')).toEqual({
      stdout: '2\n',
      stderr: 'grep: invalid max count\n',
      status: 0,
    });
  });

  test('grep -A x o a.txt; echo $?', async () => {
    // $ grep -A x o a.txt; echo $?
    expect(await sh(`${GREP_USAGE_FILES}\n` + 'grep -A x o a.txt; echo $?')).toEqual({
      stdout: '2\n',
      stderr: 'grep: x: invalid context length argument\n',
      status: 0,
    });
  });

  test('grep -A -1 o a.txt; echo $?', async () => {
    // $ grep -A -1 o a.txt; echo $?
    expect(await sh(`${GREP_USAGE_FILES}\n` + 'grep -A -1 o a.txt; echo $?')).toEqual({
      stdout: '2\n',
      stderr: 'grep: -1: invalid context length argument\n',
      status: 0,
    });
  });

  test('grep -A \' 1\' hello a.txt', async () => {
    // $ grep -A ' 1' hello a.txt
    expect(await sh(`${GREP_USAGE_FILES}\n` + 'grep -A \' 1\' hello a.txt')).toEqual({
      stdout: 'hello\nworld\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep --binary-files=foo x a.txt; echo $?', async () => {
    // $ grep --binary-files=foo x a.txt; echo $?
    expect(await sh(`${GREP_USAGE_FILES}\n` + 'grep --binary-files=foo x a.txt; echo $?')).toEqual({
      stdout: '2\n',
      stderr: 'grep: unknown binary-files type\n',
      status: 0,
    });
  });

  test('grep -d foo x a.txt; echo $?', async () => {
    // $ grep -d foo x a.txt; echo $?
    expect(await sh(`${GREP_USAGE_FILES}\n` + 'grep -d foo x a.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'grep: invalid argument ‘foo’ for ‘--directories’\nValid arguments are:\n  - ‘read’\n  - ‘recurse’\n  - ‘skip’\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry \'grep --help\' for more information.\n',
      status: 0,
    });
  });

  test('grep -D foo x a.txt; echo $?', async () => {
    // $ grep -D foo x a.txt; echo $?
    expect(await sh(`${GREP_USAGE_FILES}\n` + 'grep -D foo x a.txt; echo $?')).toEqual({
      stdout: '2\n',
      stderr: 'grep: unknown devices method\n',
      status: 0,
    });
  });

  test('grep --color=bad x a.txt; echo $?', async () => {
    // $ grep --color=bad x a.txt; echo $?
    expect(await sh(`${GREP_USAGE_FILES}\n` + 'grep --color=bad x a.txt; echo $?')).toEqual({
      stdout: 'Usage: grep [OPTION]... PATTERNS [FILE]...\nSearch for PATTERNS in each FILE.\nExample: grep -i \'hello world\' menu.h main.c\nPATTERNS can contain multiple patterns separated by newlines.\n\nPattern selection and interpretation:\n  -E, --extended-regexp     PATTERNS are extended regular expressions\n  -F, --fixed-strings       PATTERNS are strings\n  -G, --basic-regexp        PATTERNS are basic regular expressions\n  -P, --perl-regexp         PATTERNS are Perl regular expressions\n  -e, --regexp=PATTERNS     use PATTERNS for matching\n  -f, --file=FILE           take PATTERNS from FILE\n  -i, --ignore-case         ignore case distinctions in patterns and data\n      --no-ignore-case      do not ignore case distinctions (default)\n  -w, --word-regexp         match only whole words\n  -x, --line-regexp         match only whole lines\n  -z, --null-data           a data line ends in 0 byte, not newline\n\nMiscellaneous:\n  -s, --no-messages         suppress error messages\n  -v, --invert-match        select non-matching lines\n  -V, --version             display version information and exit\n      --help                display this help text and exit\n\nOutput control:\n  -m, --max-count=NUM       stop after NUM selected lines\n  -b, --byte-offset         print the byte offset with output lines\n  -n, --line-number         print line number with output lines\n      --line-buffered       flush output on every line\n  -H, --with-filename       print file name with output lines\n  -h, --no-filename         suppress the file name prefix on output\n      --label=LABEL         use LABEL as the standard input file name prefix\n  -o, --only-matching       show only nonempty parts of lines that match\n  -q, --quiet, --silent     suppress all normal output\n      --binary-files=TYPE   assume that binary files are TYPE;\n                            TYPE is \'binary\', \'text\', or \'without-match\'\n  -a, --text                equivalent to --binary-files=text\n  -I                        equivalent to --binary-files=without-match\n  -d, --directories=ACTION  how to handle directories;\n                            ACTION is \'read\', \'recurse\', or \'skip\'\n  -D, --devices=ACTION      how to handle devices, FIFOs and sockets;\n                            ACTION is \'read\' or \'skip\'\n  -r, --recursive           like --directories=recurse\n  -R, --dereference-recursive  likewise, but follow all symlinks\n      --include=GLOB        search only files that match GLOB (a file pattern)\n      --exclude=GLOB        skip files that match GLOB\n      --exclude-from=FILE   skip files that match any file pattern from FILE\n      --exclude-dir=GLOB    skip directories that match GLOB\n  -L, --files-without-match  print only names of FILEs with no selected lines\n  -l, --files-with-matches  print only names of FILEs with selected lines\n  -c, --count               print only a count of selected lines per FILE\n  -T, --initial-tab         make tabs line up (if needed)\n  -Z, --null                print 0 byte after FILE name\n\nContext control:\n  -B, --before-context=NUM  print NUM lines of leading context\n  -A, --after-context=NUM   print NUM lines of trailing context\n  -C, --context=NUM         print NUM lines of output context\n  -NUM                      same as --context=NUM\n      --group-separator=SEP  print SEP on line between matches with context\n      --no-group-separator  do not print separator for matches with context\n      --color[=WHEN],\n      --colour[=WHEN]       use markers to highlight the matching strings;\n                            WHEN is \'always\', \'never\', or \'auto\'\n  -U, --binary              do not strip CR characters at EOL (MSDOS/Windows)\n\nWhen FILE is \'-\', read standard input.  With no FILE, read \'.\' if\nrecursive, \'-\' otherwise.  With fewer than two FILEs, assume -h.\nExit status is 0 if any line is selected, 1 otherwise;\nif any error occurs and -q is not given, the exit status is 2.\n\nReport bugs to: bug-grep@gnu.org\nGNU grep home page: <https://www.gnu.org/software/grep/>\nGeneral help using GNU software: <https://www.gnu.org/gethelp/>\n0\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -V', async () => {
    // $ grep -V
    expect(await sh(`${GREP_USAGE_FILES}\n` + 'grep -V')).toEqual({
      stdout: 'grep (GNU grep) 3.8\nCopyright (C) 2022 Free Software Foundation, Inc.\nLicense GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.\nThis is free software: you are free to change and redistribute it.\nThere is NO WARRANTY, to the extent permitted by law.\n\nWritten by Mike Haertel and others; see\n<https://git.sv.gnu.org/cgit/grep.git/tree/AUTHORS>.\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep -u hello a.txt', async () => {
    // $ grep -u hello a.txt
    expect(await sh(`${GREP_USAGE_FILES}\n` + 'grep -u hello a.txt')).toEqual({
      stdout: 'hello\n',
      stderr: 'grep: warning: --unix-byte-offsets (-u) is obsolete\n',
      status: 0,
    });
  });

  test('grep --ignore-ca HELLO a.txt', async () => {
    // $ grep --ignore-ca HELLO a.txt
    expect(await sh(`${GREP_USAGE_FILES}\n` + 'grep --ignore-ca HELLO a.txt')).toEqual({
      stdout: 'hello\n',
      stderr: '',
      status: 0,
    });
  });

  test('grep --col=always o a.txt', async () => {
    // $ grep --col=always o a.txt
    expect(await sh(`${GREP_USAGE_FILES}\n` + 'grep --col=always o a.txt')).toEqual({
      stdout: 'hell\x1b[01;31m\x1b[Ko\x1b[m\x1b[K\nw\x1b[01;31m\x1b[Ko\x1b[m\x1b[Krld\nf\x1b[01;31m\x1b[Ko\x1b[m\x1b[K\x1b[01;31m\x1b[Ko\x1b[m\x1b[K bar\n',
      stderr: '',
      status: 0,
    });
  });

  test('egrep \'o|w\' a.txt; echo $?', async () => {
    // $ egrep 'o|w' a.txt; echo $?
    expect(await sh(`${GREP_USAGE_FILES}\n` + 'egrep \'o|w\' a.txt; echo $?')).toEqual({
      stdout: 'hello\nworld\nfoo bar\n0\n',
      stderr: '',
      status: 0,
    });
  });

  test('fgrep \'o.\' a.txt; echo $?', async () => {
    // $ fgrep 'o.' a.txt; echo $?
    expect(await sh(`${GREP_USAGE_FILES}\n` + 'fgrep \'o.\' a.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: '',
      status: 0,
    });
  });

  test('egrep -k x; echo $?', async () => {
    // $ egrep -k x; echo $?
    expect(await sh(`${GREP_USAGE_FILES}\n` + 'egrep -k x; echo $?')).toEqual({
      stdout: '2\n',
      stderr: 'grep: invalid option -- \'k\'\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry \'grep --help\' for more information.\n',
      status: 0,
    });
  });

  test('fgrep -E x a.txt; echo $?', async () => {
    // $ fgrep -E x a.txt; echo $?
    expect(await sh(`${GREP_USAGE_FILES}\n` + 'fgrep -E x a.txt; echo $?')).toEqual({
      stdout: '2\n',
      stderr: 'grep: conflicting matchers specified\n',
      status: 0,
    });
  });

  test('grep --help', async () => {
    // $ grep --help
    expect(await sh(`${GREP_USAGE_FILES}\n` + 'grep --help')).toEqual({
      stdout: 'Usage: grep [OPTION]... PATTERNS [FILE]...\nSearch for PATTERNS in each FILE.\nExample: grep -i \'hello world\' menu.h main.c\nPATTERNS can contain multiple patterns separated by newlines.\n\nPattern selection and interpretation:\n  -E, --extended-regexp     PATTERNS are extended regular expressions\n  -F, --fixed-strings       PATTERNS are strings\n  -G, --basic-regexp        PATTERNS are basic regular expressions\n  -P, --perl-regexp         PATTERNS are Perl regular expressions\n  -e, --regexp=PATTERNS     use PATTERNS for matching\n  -f, --file=FILE           take PATTERNS from FILE\n  -i, --ignore-case         ignore case distinctions in patterns and data\n      --no-ignore-case      do not ignore case distinctions (default)\n  -w, --word-regexp         match only whole words\n  -x, --line-regexp         match only whole lines\n  -z, --null-data           a data line ends in 0 byte, not newline\n\nMiscellaneous:\n  -s, --no-messages         suppress error messages\n  -v, --invert-match        select non-matching lines\n  -V, --version             display version information and exit\n      --help                display this help text and exit\n\nOutput control:\n  -m, --max-count=NUM       stop after NUM selected lines\n  -b, --byte-offset         print the byte offset with output lines\n  -n, --line-number         print line number with output lines\n      --line-buffered       flush output on every line\n  -H, --with-filename       print file name with output lines\n  -h, --no-filename         suppress the file name prefix on output\n      --label=LABEL         use LABEL as the standard input file name prefix\n  -o, --only-matching       show only nonempty parts of lines that match\n  -q, --quiet, --silent     suppress all normal output\n      --binary-files=TYPE   assume that binary files are TYPE;\n                            TYPE is \'binary\', \'text\', or \'without-match\'\n  -a, --text                equivalent to --binary-files=text\n  -I                        equivalent to --binary-files=without-match\n  -d, --directories=ACTION  how to handle directories;\n                            ACTION is \'read\', \'recurse\', or \'skip\'\n  -D, --devices=ACTION      how to handle devices, FIFOs and sockets;\n                            ACTION is \'read\' or \'skip\'\n  -r, --recursive           like --directories=recurse\n  -R, --dereference-recursive  likewise, but follow all symlinks\n      --include=GLOB        search only files that match GLOB (a file pattern)\n      --exclude=GLOB        skip files that match GLOB\n      --exclude-from=FILE   skip files that match any file pattern from FILE\n      --exclude-dir=GLOB    skip directories that match GLOB\n  -L, --files-without-match  print only names of FILEs with no selected lines\n  -l, --files-with-matches  print only names of FILEs with selected lines\n  -c, --count               print only a count of selected lines per FILE\n  -T, --initial-tab         make tabs line up (if needed)\n  -Z, --null                print 0 byte after FILE name\n\nContext control:\n  -B, --before-context=NUM  print NUM lines of leading context\n  -A, --after-context=NUM   print NUM lines of trailing context\n  -C, --context=NUM         print NUM lines of output context\n  -NUM                      same as --context=NUM\n      --group-separator=SEP  print SEP on line between matches with context\n      --no-group-separator  do not print separator for matches with context\n      --color[=WHEN],\n      --colour[=WHEN]       use markers to highlight the matching strings;\n                            WHEN is \'always\', \'never\', or \'auto\'\n  -U, --binary              do not strip CR characters at EOL (MSDOS/Windows)\n\nWhen FILE is \'-\', read standard input.  With no FILE, read \'.\' if\nrecursive, \'-\' otherwise.  With fewer than two FILEs, assume -h.\nExit status is 0 if any line is selected, 1 otherwise;\nif any error occurs and -q is not given, the exit status is 2.\n\nReport bugs to: bug-grep@gnu.org\nGNU grep home page: <https://www.gnu.org/software/grep/>\nGeneral help using GNU software: <https://www.gnu.org/gethelp/>\n',
      stderr: '',
      status: 0,
    });
  });
});

/** Runs `script` in a world where `files` (raw bytes, which printf cannot make) exist in ~. */
async function withFiles(files: Record<string, Uint8Array>, script: string) {
  const world = bootWorld();
  const cred = { ...STUDENT, groups: [...STUDENT.groups] };
  for (const [name, bytes] of Object.entries(files)) {
    world.kernel.fs.setContent(world.kernel.fs.createFile(cred, '/home/student', name, 0o644), bytes);
  }
  return runBashCommand(world, script);
}

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part)));

describe('grep: invalid UTF-8 and large binary files', () => {
  // enc.txt: "a1\na\xff2\na3\n"
  const enc = bytes('a1\na', [0xff], '2\na3\n');

  test('a selected line with an encoding error is not printed; "binary file matches" comes at the end', async () => {
    // $ grep a enc.txt; echo $?
    expect(await withFiles({ 'enc.txt': enc }, 'grep a enc.txt; echo $?')).toEqual({
      stdout: 'a1\na3\n0\n',
      stderr: 'grep: enc.txt: binary file matches\n',
      status: 0,
    });
  });

  test('the suppressed line breaks the context groups', async () => {
    // $ grep -n -A1 a enc.txt
    expect(await withFiles({ 'enc.txt': enc }, 'grep -n -A1 a enc.txt')).toEqual({
      stdout: '1:a1\n--\n3:a3\n',
      stderr: 'grep: enc.txt: binary file matches\n',
      status: 0,
    });
  });

  test('-o prints matches that hold no encoding error', async () => {
    // $ grep -o a enc.txt
    expect(await withFiles({ 'enc.txt': enc }, 'grep -o a enc.txt')).toEqual({ stdout: 'a\na\na\n', stderr: '', status: 0 });
  });

  test('-c counts such lines without complaint; `.` does not match an invalid byte', async () => {
    // $ grep -c a enc.txt; grep -c 'a.2' enc.txt
    expect(await withFiles({ 'enc.txt': enc }, "grep -c a enc.txt; grep -c 'a.2' enc.txt")).toEqual({
      stdout: '3\n0\n',
      stderr: '',
      status: 1,
    });
  });

  test('-a prints the line byte for byte', async () => {
    // $ grep -a 2 enc.txt > out; grep -c . out   (out holds "a\xff2\n")
    const world = bootWorld();
    const cred = { ...STUDENT, groups: [...STUDENT.groups] };
    world.kernel.fs.setContent(world.kernel.fs.createFile(cred, '/home/student', 'enc.txt', 0o644), enc);
    const result = await runBashCommand(world, 'grep -a 2 enc.txt > out');
    expect(result.status).toBe(0);
    const out = world.kernel.fs.lookup(cred, '/home/student', 'out');
    expect(out.type === 'file' ? Array.from(out.content()) : []).toEqual([0x61, 0xff, 0x32, 0x0a]);
  });

  test('a NUL byte beyond the first 96 KiB buffer: lines of that buffer are printed first', async () => {
    // big.txt: 60000 lines "x", then "x\0", then 10 lines "x"
    // $ grep x big.txt | grep -c '^x$'        → 49152 (96 KiB of "x\n")
    const big = bytes('x\n'.repeat(60000), 'x\0\n', 'x\n'.repeat(10));
    const result = await withFiles({ 'big.txt': big }, 'grep x big.txt');
    expect(result.stdout).toBe('x\n'.repeat(49152));
    expect(result.stderr).toBe('grep: big.txt: binary file matches\n');
    expect(result.status).toBe(0);
  });

  test('-c on a binary file counts every selected line (NULs end lines too)', async () => {
    // $ grep -c x big.txt
    const big = bytes('x\0x\n'.repeat(3));
    expect(await withFiles({ 'big.txt': big }, 'grep -c x big.txt; grep x big.txt')).toEqual({
      stdout: '6\n',
      stderr: 'grep: big.txt: binary file matches\n',
      status: 0,
    });
  });
});

describe('grep: differences the playground chooses', () => {
  test('-r walks directories in name order (GNU uses the order of readdir, which varies)', async () => {
    // $ grep -rc hello d   (real order: d/f1, d/sub/f2, d/g.txt on an ext4 disk)
    const script = "mkdir -p d/sub; printf 'hello\\n' > d/f1; printf 'hello there\\n' > d/sub/f2; printf 'nothing\\n' > d/g.txt; grep -rc hello d";
    expect(await sh(script)).toEqual({ stdout: 'd/f1:1\nd/g.txt:0\nd/sub/f2:1\n', stderr: '', status: 0 });
  });

  test('-P (Perl regular expressions) is not simulated', async () => {
    expect(await sh("printf 'x\\n' | grep -P x; echo $?")).toEqual({
      stdout: '2\n',
      stderr: 'grep: -P: not supported in this playground\n',
      status: 0,
    });
  });

  test('the undocumented -X MATCHER is not simulated', async () => {
    expect(await sh("printf 'x\\n' | grep -X grep x; echo $?")).toEqual({
      stdout: '2\n',
      stderr: 'grep: -X: not supported in this playground\n',
      status: 0,
    });
  });
});

describe('grep: colors on a terminal', () => {
  test('--color=auto colors matches on a terminal with the default GREP_COLORS', async () => {
    // $ TERM=xterm-256color script -qc "grep --color=auto o c.txt; grep --color=auto -n -H o c.txt | cat" /dev/null
    const world = bootWorld();
    const tty = world.kernel.tty;
    let raw = '';
    tty.onOutput = () => {
      raw += new TextDecoder().decode(tty.takeOutput());
    };
    const settle = async () => {
      const outcome = await world.driver.fastForward({ done: () => tty.readerWaiting && !tty.hasInput() });
      expect(outcome).toBe('done');
    };
    world.startTerminal();
    await settle();
    world.input("printf 'hello\\nworld\\n' > c.txt\r");
    await settle();
    raw = '';
    world.input('grep --color=auto o c.txt; grep --color=auto -n -H o c.txt | cat\r');
    await settle();
    expect(raw).toContain(
      'hell\x1b[01;31m\x1b[Ko\x1b[m\x1b[K\r\nw\x1b[01;31m\x1b[Ko\x1b[m\x1b[Krld\r\nc.txt:1:hello\r\nc.txt:2:world\r\n',
    );
  });
});
