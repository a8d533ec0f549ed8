// sed (GNU sed 4.9). Expected outputs were recorded from the real sed on Debian 12 with
// LC_ALL=C.UTF-8: each test shows the command it ran (after creating the files of its group) and
// asserts the exact stdout, stderr and exit status.

import { describe, expect, test } from 'vitest';
import { bootWorld, runBashCommand, sh } from '../../support/world.ts';
import { STUDENT } from '../../../src/sim/fs/base-system.ts';

const SED_COMMANDS_FILES = [
  "printf 'one\\ntwo\\nthree\\n' > t.txt",
  "printf 'hello world\\nfoo bar\\n' > a.txt",
  "printf 'no newline' > nonl.txt",
].join('\n');

describe('sed: commands', () => {
  test('sed p t.txt', async () => {
    // $ sed p t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed p t.txt')).toEqual({
      stdout: 'one\none\ntwo\ntwo\nthree\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -n p t.txt', async () => {
    // $ sed -n p t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed -n p t.txt')).toEqual({
      stdout: 'one\ntwo\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -n \'2p\' t.txt', async () => {
    // $ sed -n '2p' t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed -n \'2p\' t.txt')).toEqual({
      stdout: 'two\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'2d\' t.txt; sed \'$d\' t.txt', async () => {
    // $ sed '2d' t.txt; sed '$d' t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'2d\' t.txt; sed \'$d\' t.txt')).toEqual({
      stdout: 'one\nthree\none\ntwo\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -n \'$p\' t.txt a.txt', async () => {
    // $ sed -n '$p' t.txt a.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed -n \'$p\' t.txt a.txt')).toEqual({
      stdout: 'foo bar\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -s -n \'$p\' t.txt a.txt', async () => {
    // $ sed -s -n '$p' t.txt a.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed -s -n \'$p\' t.txt a.txt')).toEqual({
      stdout: 'three\nfoo bar\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'1!G;h;$!d\' t.txt', async () => {
    // $ sed '1!G;h;$!d' t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'1!G;h;$!d\' t.txt')).toEqual({
      stdout: 'three\ntwo\none\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'2q\' t.txt; echo $?', async () => {
    // $ sed '2q' t.txt; echo $?
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'2q\' t.txt; echo $?')).toEqual({
      stdout: 'one\ntwo\n0\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'2q5\' t.txt; echo $?', async () => {
    // $ sed '2q5' t.txt; echo $?
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'2q5\' t.txt; echo $?')).toEqual({
      stdout: 'one\ntwo\n5\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'q 300\' t.txt; echo $?', async () => {
    // $ sed 'q 300' t.txt; echo $?
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'q 300\' t.txt; echo $?')).toEqual({
      stdout: 'one\n44\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'2Q\' t.txt; sed \'Q 3\' t.txt; echo $?', async () => {
    // $ sed '2Q' t.txt; sed 'Q 3' t.txt; echo $?
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'2Q\' t.txt; sed \'Q 3\' t.txt; echo $?')).toEqual({
      stdout: 'one\n3\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'a foo\' t.txt', async () => {
    // $ sed 'a foo' t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'a foo\' t.txt')).toEqual({
      stdout: 'one\nfoo\ntwo\nfoo\nthree\nfoo\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'a   foo\' t.txt', async () => {
    // $ sed 'a   foo' t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'a   foo\' t.txt')).toEqual({
      stdout: 'one\nfoo\ntwo\nfoo\nthree\nfoo\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'a\\   foo\' t.txt', async () => {
    // $ sed 'a\   foo' t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'a\\   foo\' t.txt')).toEqual({
      stdout: 'one\n   foo\ntwo\n   foo\nthree\n   foo\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'1a\\', async () => {
    // $ sed '1a\
    // $   bar' t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'1a\\\n  bar\' t.txt')).toEqual({
      stdout: 'one\n  bar\ntwo\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'a\\', async () => {
    // $ sed 'a\
    // $ foo\
    // $ bar' t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'a\\\nfoo\\\nbar\' t.txt')).toEqual({
      stdout: 'one\nfoo\nbar\ntwo\nfoo\nbar\nthree\nfoo\nbar\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'a\\ttab\' t.txt', async () => {
    // $ sed 'a\ttab' t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'a\\ttab\' t.txt')).toEqual({
      stdout: 'one\nttab\ntwo\nttab\nthree\nttab\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'$a END\' t.txt', async () => {
    // $ sed '$a END' t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'$a END\' t.txt')).toEqual({
      stdout: 'one\ntwo\nthree\nEND\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'1i\\', async () => {
    // $ sed '1i\
    // $ inserted' t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'1i\\\ninserted\' t.txt')).toEqual({
      stdout: 'inserted\none\ntwo\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'i\\', async () => {
    // $ sed 'i\
    // $ multi\nline' t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'i\\\nmulti\\nline\' t.txt')).toEqual({
      stdout: 'multi\nline\none\nmulti\nline\ntwo\nmulti\nline\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'2i\\\' t.txt', async () => {
    // $ sed '2i\' t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'2i\\\' t.txt')).toEqual({
      stdout: 'one\ntwo\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'a\\\' t.txt', async () => {
    // $ sed 'a\' t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'a\\\' t.txt')).toEqual({
      stdout: 'one\ntwo\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -e \'a\\\' -e \'foo\' t.txt', async () => {
    // $ sed -e 'a\' -e 'foo' t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed -e \'a\\\' -e \'foo\' t.txt')).toEqual({
      stdout: 'one\nfoo\ntwo\nfoo\nthree\nfoo\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -e \'a\\\' -e \'x\\\' -e \'y\' t.txt', async () => {
    // $ sed -e 'a\' -e 'x\' -e 'y' t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed -e \'a\\\' -e \'x\\\' -e \'y\' t.txt')).toEqual({
      stdout: 'one\nx\ny\ntwo\nx\ny\nthree\nx\ny\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'2c\\', async () => {
    // $ sed '2c\
    // $ changed' t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'2c\\\nchanged\' t.txt')).toEqual({
      stdout: 'one\nchanged\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'1,2c\\', async () => {
    // $ sed '1,2c\
    // $ changed' t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'1,2c\\\nchanged\' t.txt')).toEqual({
      stdout: 'changed\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'$!c\\', async () => {
    // $ sed '$!c\
    // $ X' t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'$!c\\\nX\' t.txt')).toEqual({
      stdout: 'X\nX\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'2,3!c\\', async () => {
    // $ sed '2,3!c\
    // $ X' t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'2,3!c\\\nX\' t.txt')).toEqual({
      stdout: 'X\ntwo\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'/two/,/xyz/c\\', async () => {
    // $ sed '/two/,/xyz/c\
    // $ X' t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'/two/,/xyz/c\\\nX\' t.txt')).toEqual({
      stdout: 'one\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'c\\\' t.txt', async () => {
    // $ sed 'c\' t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'c\\\' t.txt')).toEqual({
      stdout: '',
      stderr: '',
      status: 0,
    });
  });

  test('sed = t.txt', async () => {
    // $ sed = t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed = t.txt')).toEqual({
      stdout: '1\none\n2\ntwo\n3\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -n \'$=\' t.txt a.txt', async () => {
    // $ sed -n '$=' t.txt a.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed -n \'$=\' t.txt a.txt')).toEqual({
      stdout: '5\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -n \'F;=\' t.txt', async () => {
    // $ sed -n 'F;=' t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed -n \'F;=\' t.txt')).toEqual({
      stdout: 't.txt\n1\nt.txt\n2\nt.txt\n3\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -s \'F\' t.txt a.txt', async () => {
    // $ sed -s 'F' t.txt a.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed -s \'F\' t.txt a.txt')).toEqual({
      stdout: 't.txt\none\nt.txt\ntwo\nt.txt\nthree\na.txt\nhello world\na.txt\nfoo bar\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed F', async () => {
    // $ sed F
    // (standard input: "x\n")
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed F', 'x\n')).toEqual({
      stdout: '-\nx\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -n l a.txt', async () => {
    // $ sed -n l a.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed -n l a.txt')).toEqual({
      stdout: 'hello world$\nfoo bar$\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'l 5\' a.txt', async () => {
    // $ sed 'l 5' a.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'l 5\' a.txt')).toEqual({
      stdout: 'hell\\\no wo\\\nrld$\nhello world\nfoo \\\nbar$\nfoo bar\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -l 8 -n l a.txt', async () => {
    // $ sed -l 8 -n l a.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed -l 8 -n l a.txt')).toEqual({
      stdout: 'hello w\\\norld$\nfoo bar$\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -n \'l 0\' a.txt', async () => {
    // $ sed -n 'l 0' a.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed -n \'l 0\' a.txt')).toEqual({
      stdout: 'hello world$\nfoo bar$\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -n --line-length=5 l a.txt', async () => {
    // $ sed -n --line-length=5 l a.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed -n --line-length=5 l a.txt')).toEqual({
      stdout: 'hell\\\no wo\\\nrld$\nfoo \\\nbar$\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -n \'l 1\' t.txt', async () => {
    // $ sed -n 'l 1' t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed -n \'l 1\' t.txt')).toEqual({
      stdout: '\\\no\\\nn\\\ne$\n\\\nt\\\nw\\\no$\n\\\nt\\\nh\\\nr\\\ne\\\ne$\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -n l', async () => {
    // $ sed -n l
    // (standard input: "aé\ttab\\\u0001\n")
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed -n l', 'aé\ttab\\\x01\n')).toEqual({
      stdout: 'a\\303\\251\\ttab\\\\\\001$\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s/o/\\n/g;l\' t.txt', async () => {
    // $ sed 's/o/\n/g;l' t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'s/o/\\n/g;l\' t.txt')).toEqual({
      stdout: '\\nne$\n\nne\ntw\\n$\ntw\n\nthree$\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'y/abc/xyz/\' a.txt', async () => {
    // $ sed 'y/abc/xyz/' a.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'y/abc/xyz/\' a.txt')).toEqual({
      stdout: 'hello world\nfoo yxr\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'y/o\\/e/0|E/\' t.txt', async () => {
    // $ sed 'y/o\/e/0|E/' t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'y/o\\/e/0|E/\' t.txt')).toEqual({
      stdout: '0nE\ntw0\nthrEE\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'y/abc/\\n\\t\\\\/\'', async () => {
    // $ sed 'y/abc/\n\t\\/'
    // (standard input: "abc\n")
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'y/abc/\\n\\t\\\\/\'', 'abc\n')).toEqual({
      stdout: '\n\t\\\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'y/aé/éa/\' <<< \'aébé\'', async () => {
    // $ sed 'y/aé/éa/' <<< 'aébé'
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'y/aé/éa/\' <<< \'aébé\'')).toEqual({
      stdout: 'éaba\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \':a;N;$!ba;s/\\n/,/g\' t.txt', async () => {
    // $ sed ':a;N;$!ba;s/\n/,/g' t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \':a;N;$!ba;s/\\n/,/g\' t.txt')).toEqual({
      stdout: 'one,two,three\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'$!N;P;D\' t.txt', async () => {
    // $ sed '$!N;P;D' t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'$!N;P;D\' t.txt')).toEqual({
      stdout: 'one\ntwo\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed N t.txt', async () => {
    // $ sed N t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed N t.txt')).toEqual({
      stdout: 'one\ntwo\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'N;N;N;s/\\n/+/g\' t.txt', async () => {
    // $ sed 'N;N;N;s/\n/+/g' t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'N;N;N;s/\\n/+/g\' t.txt')).toEqual({
      stdout: 'one\ntwo\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'n;d\' t.txt', async () => {
    // $ sed 'n;d' t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'n;d\' t.txt')).toEqual({
      stdout: 'one\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -n \'/one/{n;p}\' t.txt', async () => {
    // $ sed -n '/one/{n;p}' t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed -n \'/one/{n;p}\' t.txt')).toEqual({
      stdout: 'two\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -n \'/t/{:a;n;p;ba}\' t.txt', async () => {
    // $ sed -n '/t/{:a;n;p;ba}' t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed -n \'/t/{:a;n;p;ba}\' t.txt')).toEqual({
      stdout: 'three\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'h;s/.*/X/;x;G\' t.txt', async () => {
    // $ sed 'h;s/.*/X/;x;G' t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'h;s/.*/X/;x;G\' t.txt')).toEqual({
      stdout: 'one\nX\ntwo\nX\nthree\nX\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -n \'x;p\' t.txt', async () => {
    // $ sed -n 'x;p' t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed -n \'x;p\' t.txt')).toEqual({
      stdout: '\none\ntwo\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'z;s/^$/empty/\' t.txt', async () => {
    // $ sed 'z;s/^$/empty/' t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'z;s/^$/empty/\' t.txt')).toEqual({
      stdout: 'empty\nempty\nempty\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'2!{h;d};x\'', async () => {
    // $ sed '2!{h;d};x'
    // (standard input: "a\nb\nc\n")
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'2!{h;d};x\'', 'a\nb\nc\n')).toEqual({
      stdout: 'a\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'N;P;P;D\'', async () => {
    // $ sed 'N;P;P;D'
    // (standard input: "a\nb\n")
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'N;P;P;D\'', 'a\nb\n')).toEqual({
      stdout: 'a\na\nb\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed p nonl.txt', async () => {
    // $ sed p nonl.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed p nonl.txt')).toEqual({
      stdout: 'no newline\nno newline',
      stderr: '',
      status: 0,
    });
  });

  test('sed -n \'p;p\' nonl.txt', async () => {
    // $ sed -n 'p;p' nonl.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed -n \'p;p\' nonl.txt')).toEqual({
      stdout: 'no newline\nno newline',
      stderr: '',
      status: 0,
    });
  });

  test('sed x nonl.txt', async () => {
    // $ sed x nonl.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed x nonl.txt')).toEqual({
      stdout: '\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed G nonl.txt', async () => {
    // $ sed G nonl.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed G nonl.txt')).toEqual({
      stdout: 'no newline\n\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'=\' nonl.txt', async () => {
    // $ sed '=' nonl.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'=\' nonl.txt')).toEqual({
      stdout: '1\nno newline',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'a foo\' nonl.txt', async () => {
    // $ sed 'a foo' nonl.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'a foo\' nonl.txt')).toEqual({
      stdout: 'no newline\nfoo\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'i foo\' nonl.txt', async () => {
    // $ sed 'i foo' nonl.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'i foo\' nonl.txt')).toEqual({
      stdout: 'foo\nno newline',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'$r a.txt\' nonl.txt', async () => {
    // $ sed '$r a.txt' nonl.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'$r a.txt\' nonl.txt')).toEqual({
      stdout: 'no newline\nhello world\nfoo bar\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'N;P;D\' nonl.txt t.txt', async () => {
    // $ sed 'N;P;D' nonl.txt t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'N;P;D\' nonl.txt t.txt')).toEqual({
      stdout: 'no newline\none\ntwo\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'R a.txt\' nonl.txt t.txt', async () => {
    // $ sed 'R a.txt' nonl.txt t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'R a.txt\' nonl.txt t.txt')).toEqual({
      stdout: 'no newline\nhello world\none\nfoo bar\ntwo\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'r a.txt\' t.txt', async () => {
    // $ sed 'r a.txt' t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'r a.txt\' t.txt')).toEqual({
      stdout: 'one\nhello world\nfoo bar\ntwo\nhello world\nfoo bar\nthree\nhello world\nfoo bar\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'1r nofile\' t.txt', async () => {
    // $ sed '1r nofile' t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'1r nofile\' t.txt')).toEqual({
      stdout: 'one\ntwo\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'0r a.txt\' t.txt', async () => {
    // $ sed '0r a.txt' t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'0r a.txt\' t.txt')).toEqual({
      stdout: 'hello world\nfoo bar\none\ntwo\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'R a.txt\' t.txt', async () => {
    // $ sed 'R a.txt' t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'R a.txt\' t.txt')).toEqual({
      stdout: 'one\nhello world\ntwo\nfoo bar\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'2r /dev/stdin\' t.txt', async () => {
    // $ sed '2r /dev/stdin' t.txt
    // (standard input: "IN\n")
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'2r /dev/stdin\' t.txt', 'IN\n')).toEqual({
      stdout: 'one\ntwo\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'w out.txt\' t.txt > /dev/null; cat out.txt', async () => {
    // $ sed 'w out.txt' t.txt > /dev/null; cat out.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'w out.txt\' t.txt > /dev/null; cat out.txt')).toEqual({
      stdout: 'one\ntwo\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -n \'s/o/0/w out.txt\' t.txt; cat out.txt', async () => {
    // $ sed -n 's/o/0/w out.txt' t.txt; cat out.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed -n \'s/o/0/w out.txt\' t.txt; cat out.txt')).toEqual({
      stdout: '0ne\ntw0\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'W out.txt\' t.txt > /dev/null; sed \'N;W out.txt\' t.txt >/dev/null; cat out.txt', async () => {
    // $ sed 'W out.txt' t.txt > /dev/null; sed 'N;W out.txt' t.txt >/dev/null; cat out.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'W out.txt\' t.txt > /dev/null; sed \'N;W out.txt\' t.txt >/dev/null; cat out.txt')).toEqual({
      stdout: 'one\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'1w out.txt', async () => {
    // $ sed '1w out.txt
    // $ 2w out.txt' t.txt > /dev/null; cat out.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'1w out.txt\n2w out.txt\' t.txt > /dev/null; cat out.txt')).toEqual({
      stdout: 'one\ntwo\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'w /dev/stdout\' t.txt', async () => {
    // $ sed 'w /dev/stdout' t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'w /dev/stdout\' t.txt')).toEqual({
      stdout: 'one\none\ntwo\ntwo\nthree\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -n \'w /dev/stderr\' t.txt', async () => {
    // $ sed -n 'w /dev/stderr' t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed -n \'w /dev/stderr\' t.txt')).toEqual({
      stdout: '',
      stderr: 'one\ntwo\nthree\n',
      status: 0,
    });
  });

  test('sed \'s/o/0/w /dev/stdout\' t.txt', async () => {
    // $ sed 's/o/0/w /dev/stdout' t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'s/o/0/w /dev/stdout\' t.txt')).toEqual({
      stdout: '0ne\n0ne\ntw0\ntw0\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s/o/O/;tx;s/$/!/;:x\' t.txt', async () => {
    // $ sed 's/o/O/;tx;s/$/!/;:x' t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'s/o/O/;tx;s/$/!/;:x\' t.txt')).toEqual({
      stdout: 'One\ntwO\nthree!\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s/o/O/;Tx;s/$/!/;:x\' t.txt', async () => {
    // $ sed 's/o/O/;Tx;s/$/!/;:x' t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'s/o/O/;Tx;s/$/!/;:x\' t.txt')).toEqual({
      stdout: 'One!\ntwO!\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'bx; :x\' t.txt', async () => {
    // $ sed 'bx; :x' t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'bx; :x\' t.txt')).toEqual({
      stdout: 'one\ntwo\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -n \'2{p;p}\' t.txt', async () => {
    // $ sed -n '2{p;p}' t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed -n \'2{p;p}\' t.txt')).toEqual({
      stdout: 'two\ntwo\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -n -e \'2{\' -e \'p\' -e \'}\' t.txt', async () => {
    // $ sed -n -e '2{' -e 'p' -e '}' t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed -n -e \'2{\' -e \'p\' -e \'}\' t.txt')).toEqual({
      stdout: 'two\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'1,2{s/o/0/;s/e/E/}\' t.txt', async () => {
    // $ sed '1,2{s/o/0/;s/e/E/}' t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'1,2{s/o/0/;s/e/E/}\' t.txt')).toEqual({
      stdout: '0nE\ntw0\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'1!{2!d}\' t.txt', async () => {
    // $ sed '1!{2!d}' t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'1!{2!d}\' t.txt')).toEqual({
      stdout: 'one\ntwo\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'1{}\' t.txt; sed \'1{;}\' t.txt', async () => {
    // $ sed '1{}' t.txt; sed '1{;}' t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'1{}\' t.txt; sed \'1{;}\' t.txt')).toEqual({
      stdout: 'one\ntwo\nthree\none\ntwo\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'{p};p\' -n t.txt', async () => {
    // $ sed '{p};p' -n t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'{p};p\' -n t.txt')).toEqual({
      stdout: 'one\none\ntwo\ntwo\nthree\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -n \'/o/{/n/p}\' t.txt', async () => {
    // $ sed -n '/o/{/n/p}' t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed -n \'/o/{/n/p}\' t.txt')).toEqual({
      stdout: 'one\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -n \'/two/{p;q}\' t.txt; echo $?', async () => {
    // $ sed -n '/two/{p;q}' t.txt; echo $?
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed -n \'/two/{p;q}\' t.txt; echo $?')).toEqual({
      stdout: 'two\n0\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'p # comment\' t.txt', async () => {
    // $ sed 'p # comment' t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'p # comment\' t.txt')).toEqual({
      stdout: 'one\none\ntwo\ntwo\nthree\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -n \'#n', async () => {
    // $ sed -n '#n
    // $ p' t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed -n \'#n\np\' t.txt')).toEqual({
      stdout: 'one\ntwo\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'#n', async () => {
    // $ sed '#n
    // $ p' t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'#n\np\' t.txt')).toEqual({
      stdout: 'one\ntwo\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'#nfoo\' t.txt; echo $?', async () => {
    // $ sed '#nfoo' t.txt; echo $?
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'#nfoo\' t.txt; echo $?')).toEqual({
      stdout: '0\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'v 4.2\' t.txt; echo $?', async () => {
    // $ sed 'v 4.2' t.txt; echo $?
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'v 4.2\' t.txt; echo $?')).toEqual({
      stdout: 'one\ntwo\nthree\n0\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'p;;;p\' -n t.txt', async () => {
    // $ sed 'p;;;p' -n t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'p;;;p\' -n t.txt')).toEqual({
      stdout: 'one\none\ntwo\ntwo\nthree\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'  2  p\' -n t.txt', async () => {
    // $ sed '  2  p' -n t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'  2  p\' -n t.txt')).toEqual({
      stdout: 'two\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'2 ! p\' -n t.txt', async () => {
    // $ sed '2 ! p' -n t.txt
    expect(await sh(`${SED_COMMANDS_FILES}\n` + 'sed \'2 ! p\' -n t.txt')).toEqual({
      stdout: 'one\nthree\n',
      stderr: '',
      status: 0,
    });
  });
});

const SED_ADDRESSES_FILES = [
  "printf 'one\\ntwo\\nthree\\n' > t.txt",
  "printf 'a\\nb\\nc\\nd\\ne\\nf\\ng\\n' > l.txt",
].join('\n');

describe('sed: addresses', () => {
  test('sed -n \'/two/,$p\' t.txt', async () => {
    // $ sed -n '/two/,$p' t.txt
    expect(await sh(`${SED_ADDRESSES_FILES}\n` + 'sed -n \'/two/,$p\' t.txt')).toEqual({
      stdout: 'two\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -n \'2,+1p\' t.txt', async () => {
    // $ sed -n '2,+1p' t.txt
    expect(await sh(`${SED_ADDRESSES_FILES}\n` + 'sed -n \'2,+1p\' t.txt')).toEqual({
      stdout: 'two\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -n \'2,+2p\' l.txt', async () => {
    // $ sed -n '2,+2p' l.txt
    expect(await sh(`${SED_ADDRESSES_FILES}\n` + 'sed -n \'2,+2p\' l.txt')).toEqual({
      stdout: 'b\nc\nd\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -n \'2,~4p\' l.txt', async () => {
    // $ sed -n '2,~4p' l.txt
    expect(await sh(`${SED_ADDRESSES_FILES}\n` + 'sed -n \'2,~4p\' l.txt')).toEqual({
      stdout: 'b\nc\nd\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'1,~2d\' t.txt', async () => {
    // $ sed '1,~2d' t.txt
    expect(await sh(`${SED_ADDRESSES_FILES}\n` + 'sed \'1,~2d\' t.txt')).toEqual({
      stdout: 'three\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'2,~2d\' t.txt', async () => {
    // $ sed '2,~2d' t.txt
    expect(await sh(`${SED_ADDRESSES_FILES}\n` + 'sed \'2,~2d\' t.txt')).toEqual({
      stdout: 'one\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'0~2d\' t.txt', async () => {
    // $ sed '0~2d' t.txt
    expect(await sh(`${SED_ADDRESSES_FILES}\n` + 'sed \'0~2d\' t.txt')).toEqual({
      stdout: 'one\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -n \'0~3p\' l.txt', async () => {
    // $ sed -n '0~3p' l.txt
    expect(await sh(`${SED_ADDRESSES_FILES}\n` + 'sed -n \'0~3p\' l.txt')).toEqual({
      stdout: 'c\nf\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -n \'2~3p\' l.txt', async () => {
    // $ sed -n '2~3p' l.txt
    expect(await sh(`${SED_ADDRESSES_FILES}\n` + 'sed -n \'2~3p\' l.txt')).toEqual({
      stdout: 'b\ne\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'2~0d\' t.txt', async () => {
    // $ sed '2~0d' t.txt
    expect(await sh(`${SED_ADDRESSES_FILES}\n` + 'sed \'2~0d\' t.txt')).toEqual({
      stdout: 'one\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'1~2s/^/> /\' t.txt', async () => {
    // $ sed '1~2s/^/> /' t.txt
    expect(await sh(`${SED_ADDRESSES_FILES}\n` + 'sed \'1~2s/^/> /\' t.txt')).toEqual({
      stdout: '> one\ntwo\n> three\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -n \'3,1p\' t.txt', async () => {
    // $ sed -n '3,1p' t.txt
    expect(await sh(`${SED_ADDRESSES_FILES}\n` + 'sed -n \'3,1p\' t.txt')).toEqual({
      stdout: 'three\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -n \'2,1p\' t.txt', async () => {
    // $ sed -n '2,1p' t.txt
    expect(await sh(`${SED_ADDRESSES_FILES}\n` + 'sed -n \'2,1p\' t.txt')).toEqual({
      stdout: 'two\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -n \'/two/,1p\' t.txt', async () => {
    // $ sed -n '/two/,1p' t.txt
    expect(await sh(`${SED_ADDRESSES_FILES}\n` + 'sed -n \'/two/,1p\' t.txt')).toEqual({
      stdout: 'two\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -n \'2,/o/p\' t.txt', async () => {
    // $ sed -n '2,/o/p' t.txt
    expect(await sh(`${SED_ADDRESSES_FILES}\n` + 'sed -n \'2,/o/p\' t.txt')).toEqual({
      stdout: 'two\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -n \'0,/o/p\' t.txt', async () => {
    // $ sed -n '0,/o/p' t.txt
    expect(await sh(`${SED_ADDRESSES_FILES}\n` + 'sed -n \'0,/o/p\' t.txt')).toEqual({
      stdout: 'one\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -n \'1,/o/p\' t.txt', async () => {
    // $ sed -n '1,/o/p' t.txt
    expect(await sh(`${SED_ADDRESSES_FILES}\n` + 'sed -n \'1,/o/p\' t.txt')).toEqual({
      stdout: 'one\ntwo\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'0,/two/d\' t.txt', async () => {
    // $ sed '0,/two/d' t.txt
    expect(await sh(`${SED_ADDRESSES_FILES}\n` + 'sed \'0,/two/d\' t.txt')).toEqual({
      stdout: 'three\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'0,/o/s//X/\' t.txt', async () => {
    // $ sed '0,/o/s//X/' t.txt
    expect(await sh(`${SED_ADDRESSES_FILES}\n` + 'sed \'0,/o/s//X/\' t.txt')).toEqual({
      stdout: 'Xne\ntwo\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -n \'/b/,/d/p\' l.txt', async () => {
    // $ sed -n '/b/,/d/p' l.txt
    expect(await sh(`${SED_ADDRESSES_FILES}\n` + 'sed -n \'/b/,/d/p\' l.txt')).toEqual({
      stdout: 'b\nc\nd\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -n \'/b/,/d/{/b/!p}\' l.txt', async () => {
    // $ sed -n '/b/,/d/{/b/!p}' l.txt
    expect(await sh(`${SED_ADDRESSES_FILES}\n` + 'sed -n \'/b/,/d/{/b/!p}\' l.txt')).toEqual({
      stdout: 'c\nd\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -n \'/[aeg]/,/[bf]/p\' l.txt', async () => {
    // $ sed -n '/[aeg]/,/[bf]/p' l.txt
    expect(await sh(`${SED_ADDRESSES_FILES}\n` + 'sed -n \'/[aeg]/,/[bf]/p\' l.txt')).toEqual({
      stdout: 'a\nb\ne\nf\ng\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -n \'$!{$!p}\' t.txt', async () => {
    // $ sed -n '$!{$!p}' t.txt
    expect(await sh(`${SED_ADDRESSES_FILES}\n` + 'sed -n \'$!{$!p}\' t.txt')).toEqual({
      stdout: 'one\ntwo\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'2!d\' t.txt', async () => {
    // $ sed '2!d' t.txt
    expect(await sh(`${SED_ADDRESSES_FILES}\n` + 'sed \'2!d\' t.txt')).toEqual({
      stdout: 'two\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -n \'/t/I p\' t.txt', async () => {
    // $ sed -n '/t/I p' t.txt
    expect(await sh(`${SED_ADDRESSES_FILES}\n` + 'sed -n \'/t/I p\' t.txt')).toEqual({
      stdout: 'two\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -n \'\\%two%p\' t.txt', async () => {
    // $ sed -n '\%two%p' t.txt
    expect(await sh(`${SED_ADDRESSES_FILES}\n` + 'sed -n \'\\%two%p\' t.txt')).toEqual({
      stdout: 'two\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -n \'\\,t,p\' t.txt', async () => {
    // $ sed -n '\,t,p' t.txt
    expect(await sh(`${SED_ADDRESSES_FILES}\n` + 'sed -n \'\\,t,p\' t.txt')).toEqual({
      stdout: 'two\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -n \'/T/Ip\' t.txt', async () => {
    // $ sed -n '/T/Ip' t.txt
    expect(await sh(`${SED_ADDRESSES_FILES}\n` + 'sed -n \'/T/Ip\' t.txt')).toEqual({
      stdout: 'two\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('printf \'1\\n2\\n\' > f1; printf \'3\\n4\\n\' > f2; sed -n \'$p;1p\' f1 f2; sed -s -n \'$p;1p\' f1 f2', async () => {
    // $ printf '1\n2\n' > f1; printf '3\n4\n' > f2; sed -n '$p;1p' f1 f2; sed -s -n '$p;1p' f1 f2
    expect(await sh(`${SED_ADDRESSES_FILES}\n` + 'printf \'1\\n2\\n\' > f1; printf \'3\\n4\\n\' > f2; sed -n \'$p;1p\' f1 f2; sed -s -n \'$p;1p\' f1 f2')).toEqual({
      stdout: '1\n4\n1\n2\n3\n4\n',
      stderr: '',
      status: 0,
    });
  });

  test('printf \'1\\n2\\n\' > f1; printf \'3\\n4\\n\' > f2; sed -s \'F;=\' f1 f2', async () => {
    // $ printf '1\n2\n' > f1; printf '3\n4\n' > f2; sed -s 'F;=' f1 f2
    expect(await sh(`${SED_ADDRESSES_FILES}\n` + 'printf \'1\\n2\\n\' > f1; printf \'3\\n4\\n\' > f2; sed -s \'F;=\' f1 f2')).toEqual({
      stdout: 'f1\n1\n1\nf1\n2\n2\nf2\n1\n3\nf2\n2\n4\n',
      stderr: '',
      status: 0,
    });
  });

  test('printf \'1\\n2\\n\' > f1; printf \'3\\n4\\n\' > f2; sed -s \'h;$!d;x;G\' f1 f2', async () => {
    // $ printf '1\n2\n' > f1; printf '3\n4\n' > f2; sed -s 'h;$!d;x;G' f1 f2
    expect(await sh(`${SED_ADDRESSES_FILES}\n` + 'printf \'1\\n2\\n\' > f1; printf \'3\\n4\\n\' > f2; sed -s \'h;$!d;x;G\' f1 f2')).toEqual({
      stdout: '2\n2\n4\n4\n',
      stderr: '',
      status: 0,
    });
  });

  test('printf \'1\\n2\\n\' > f1; printf \'3\\n4\\n\' > f2; sed -n \'1,3p\' f1 f2; sed -s -n \'1,3p\' f1 f2', async () => {
    // $ printf '1\n2\n' > f1; printf '3\n4\n' > f2; sed -n '1,3p' f1 f2; sed -s -n '1,3p' f1 f2
    expect(await sh(`${SED_ADDRESSES_FILES}\n` + 'printf \'1\\n2\\n\' > f1; printf \'3\\n4\\n\' > f2; sed -n \'1,3p\' f1 f2; sed -s -n \'1,3p\' f1 f2')).toEqual({
      stdout: '1\n2\n3\n1\n2\n3\n4\n',
      stderr: '',
      status: 0,
    });
  });

  test('printf \'1\\n2\\n\' > f1; sed \'$!d\' f1 nofile; echo $?', async () => {
    // $ printf '1\n2\n' > f1; sed '$!d' f1 nofile; echo $?
    expect(await sh(`${SED_ADDRESSES_FILES}\n` + 'printf \'1\\n2\\n\' > f1; sed \'$!d\' f1 nofile; echo $?')).toEqual({
      stdout: '2\n2\n',
      stderr: 'sed: can\'t read nofile: No such file or directory\n',
      status: 0,
    });
  });

  test('sed -n \'2{n;p}\' t.txt; sed \'$!N;s/\\n/-/\' t.txt', async () => {
    // $ sed -n '2{n;p}' t.txt; sed '$!N;s/\n/-/' t.txt
    expect(await sh(`${SED_ADDRESSES_FILES}\n` + 'sed -n \'2{n;p}\' t.txt; sed \'$!N;s/\\n/-/\' t.txt')).toEqual({
      stdout: 'three\none-two\nthree\n',
      stderr: '',
      status: 0,
    });
  });
});

const SED_SUBST_FILES = [
  "printf 'one\\ntwo\\nthree\\n' > t.txt",
  "printf 'hello world\\nfoo bar\\n' > a.txt",
].join('\n');

describe('sed: the s command', () => {
  test('sed \'s/o/0/\' t.txt', async () => {
    // $ sed 's/o/0/' t.txt
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'s/o/0/\' t.txt')).toEqual({
      stdout: '0ne\ntw0\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s/o/0/g\' t.txt a.txt', async () => {
    // $ sed 's/o/0/g' t.txt a.txt
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'s/o/0/g\' t.txt a.txt')).toEqual({
      stdout: '0ne\ntw0\nthree\nhell0 w0rld\nf00 bar\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s/o/0/2\' t.txt a.txt', async () => {
    // $ sed 's/o/0/2' t.txt a.txt
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'s/o/0/2\' t.txt a.txt')).toEqual({
      stdout: 'one\ntwo\nthree\nhello w0rld\nfo0 bar\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s/o/0/2g\' a.txt', async () => {
    // $ sed 's/o/0/2g' a.txt
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'s/o/0/2g\' a.txt')).toEqual({
      stdout: 'hello w0rld\nfo0 bar\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s/e/E/3\' t.txt', async () => {
    // $ sed 's/e/E/3' t.txt
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'s/e/E/3\' t.txt')).toEqual({
      stdout: 'one\ntwo\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s/a/b/3g\'', async () => {
    // $ sed 's/a/b/3g'
    // (standard input: "aaa\n")
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'s/a/b/3g\'', 'aaa\n')).toEqual({
      stdout: 'aab\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -E \'s/(o+)/[\\1]/g\' t.txt a.txt', async () => {
    // $ sed -E 's/(o+)/[\1]/g' t.txt a.txt
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed -E \'s/(o+)/[\\1]/g\' t.txt a.txt')).toEqual({
      stdout: '[o]ne\ntw[o]\nthree\nhell[o] w[o]rld\nf[oo] bar\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s/\\(.\\)\\(.\\)/\\2\\1/\' t.txt', async () => {
    // $ sed 's/\(.\)\(.\)/\2\1/' t.txt
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'s/\\(.\\)\\(.\\)/\\2\\1/\' t.txt')).toEqual({
      stdout: 'noe\nwto\nhtree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -E \'s/(\\w+) (\\w+)/\\2 \\1/\' a.txt', async () => {
    // $ sed -E 's/(\w+) (\w+)/\2 \1/' a.txt
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed -E \'s/(\\w+) (\\w+)/\\2 \\1/\' a.txt')).toEqual({
      stdout: 'world hello\nbar foo\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s/.*/\\U&/\' t.txt', async () => {
    // $ sed 's/.*/\U&/' t.txt
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'s/.*/\\U&/\' t.txt')).toEqual({
      stdout: 'ONE\nTWO\nTHREE\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s/\\w\\+/\\u&/g\' a.txt', async () => {
    // $ sed 's/\w\+/\u&/g' a.txt
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'s/\\w\\+/\\u&/g\' a.txt')).toEqual({
      stdout: 'Hello World\nFoo Bar\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s/t\\(.*\\)/\\U\\1\\E!/\' t.txt', async () => {
    // $ sed 's/t\(.*\)/\U\1\E!/' t.txt
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'s/t\\(.*\\)/\\U\\1\\E!/\' t.txt')).toEqual({
      stdout: 'one\nWO!\nHREE!\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s/\\(.\\)\\(.*\\)/\\2\\l\\1/\'', async () => {
    // $ sed 's/\(.\)\(.*\)/\2\l\1/'
    // (standard input: "ABC\n")
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'s/\\(.\\)\\(.*\\)/\\2\\l\\1/\'', 'ABC\n')).toEqual({
      stdout: 'BCa\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s/.*/\\L\\uHELLO world/\'', async () => {
    // $ sed 's/.*/\L\uHELLO world/'
    // (standard input: "x\n")
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'s/.*/\\L\\uHELLO world/\'', 'x\n')).toEqual({
      stdout: 'Hello world\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s/\\(\\)\\(t\\)/\\u\\1\\2/\' t.txt', async () => {
    // $ sed 's/\(\)\(t\)/\u\1\2/' t.txt
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'s/\\(\\)\\(t\\)/\\u\\1\\2/\' t.txt')).toEqual({
      stdout: 'one\nTwo\nThree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s/.*/\\L&/\'', async () => {
    // $ sed 's/.*/\L&/'
    // (standard input: "ÀB\n")
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'s/.*/\\L&/\'', 'ÀB\n')).toEqual({
      stdout: 'àb\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s/.*/\\U&/\'', async () => {
    // $ sed 's/.*/\U&/'
    // (standard input: "straße\n")
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'s/.*/\\U&/\'', 'straße\n')).toEqual({
      stdout: 'STRAßE\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s/x*/-/g\' t.txt', async () => {
    // $ sed 's/x*/-/g' t.txt
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'s/x*/-/g\' t.txt')).toEqual({
      stdout: '-o-n-e-\n-t-w-o-\n-t-h-r-e-e-\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s/a*/x/g\'', async () => {
    // $ sed 's/a*/x/g'
    // (standard input: "baaac\n")
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'s/a*/x/g\'', 'baaac\n')).toEqual({
      stdout: 'xbxcx\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s/a*/x/2\'', async () => {
    // $ sed 's/a*/x/2'
    // (standard input: "aaaa\n")
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'s/a*/x/2\'', 'aaaa\n')).toEqual({
      stdout: 'aaaa\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s/l*/X/g\'', async () => {
    // $ sed 's/l*/X/g'
    // (standard input: "hello\n")
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'s/l*/X/g\'', 'hello\n')).toEqual({
      stdout: 'XhXeXoX\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s/\\b/|/g\'', async () => {
    // $ sed 's/\b/|/g'
    // (standard input: "hello\n")
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'s/\\b/|/g\'', 'hello\n')).toEqual({
      stdout: '|hello|\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s/\\>/|/g\'', async () => {
    // $ sed 's/\>/|/g'
    // (standard input: "hello world\n")
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'s/\\>/|/g\'', 'hello world\n')).toEqual({
      stdout: 'hello| world|\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s/\\</|/g\'', async () => {
    // $ sed 's/\</|/g'
    // (standard input: "hello world\n")
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'s/\\</|/g\'', 'hello world\n')).toEqual({
      stdout: '|hello |world\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s/$/!/;s/^/>/\'', async () => {
    // $ sed 's/$/!/;s/^/>/'
    // (standard input: "hello\n")
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'s/$/!/;s/^/>/\'', 'hello\n')).toEqual({
      stdout: '>hello!\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'N;s/$/!/g;s/^/>/g\'', async () => {
    // $ sed 'N;s/$/!/g;s/^/>/g'
    // (standard input: "a\nb\n")
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'N;s/$/!/g;s/^/>/g\'', 'a\nb\n')).toEqual({
      stdout: '>a\nb!\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -n \'/one/{s//ONE/p}\' t.txt', async () => {
    // $ sed -n '/one/{s//ONE/p}' t.txt
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed -n \'/one/{s//ONE/p}\' t.txt')).toEqual({
      stdout: 'ONE\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s/o/X/;s//Y/\' t.txt', async () => {
    // $ sed 's/o/X/;s//Y/' t.txt
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'s/o/X/;s//Y/\' t.txt')).toEqual({
      stdout: 'Xne\ntwX\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'/x/Id;s/e//Ig\' t.txt', async () => {
    // $ sed '/x/Id;s/e//Ig' t.txt
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'/x/Id;s/e//Ig\' t.txt')).toEqual({
      stdout: 'on\ntwo\nthr\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s/T/X/I\' t.txt', async () => {
    // $ sed 's/T/X/I' t.txt
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'s/T/X/I\' t.txt')).toEqual({
      stdout: 'one\nXwo\nXhree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'N;s/^t/X/Mg\' t.txt', async () => {
    // $ sed 'N;s/^t/X/Mg' t.txt
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'N;s/^t/X/Mg\' t.txt')).toEqual({
      stdout: 'one\nXwo\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'N;s/o$/X/M\' t.txt', async () => {
    // $ sed 'N;s/o$/X/M' t.txt
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'N;s/o$/X/M\' t.txt')).toEqual({
      stdout: 'one\ntwX\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'N;N;s/^/>/Mg\' t.txt', async () => {
    // $ sed 'N;N;s/^/>/Mg' t.txt
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'N;N;s/^/>/Mg\' t.txt')).toEqual({
      stdout: '>one\n>two\n>three\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'N;s/.*/[&]/\' t.txt', async () => {
    // $ sed 'N;s/.*/[&]/' t.txt
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'N;s/.*/[&]/\' t.txt')).toEqual({
      stdout: '[one\ntwo]\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'N;s/[^x]*/[&]/\' t.txt', async () => {
    // $ sed 'N;s/[^x]*/[&]/' t.txt
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'N;s/[^x]*/[&]/\' t.txt')).toEqual({
      stdout: '[one\ntwo]\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'N;s/.*/[&]/M\' t.txt', async () => {
    // $ sed 'N;s/.*/[&]/M' t.txt
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'N;s/.*/[&]/M\' t.txt')).toEqual({
      stdout: '[one]\ntwo\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'N;s/\\`t/X/Mg;s/e\\x27/E/Mg\' t.txt', async () => {
    // $ sed 'N;s/\`t/X/Mg;s/e\x27/E/Mg' t.txt
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'N;s/\\`t/X/Mg;s/e\\x27/E/Mg\' t.txt')).toEqual({
      stdout: 'one\ntwo\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s/e/\\n/\' t.txt', async () => {
    // $ sed 's/e/\n/' t.txt
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'s/e/\\n/\' t.txt')).toEqual({
      stdout: 'on\n\ntwo\nthr\ne\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s/e/\\t/\' t.txt', async () => {
    // $ sed 's/e/\t/' t.txt
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'s/e/\\t/\' t.txt')).toEqual({
      stdout: 'on\t\ntwo\nthr\te\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s/\\x2e/X/\' t.txt', async () => {
    // $ sed 's/\x2e/X/' t.txt
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'s/\\x2e/X/\' t.txt')).toEqual({
      stdout: 'Xne\nXwo\nXhree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s/o/\\x26/\' t.txt', async () => {
    // $ sed 's/o/\x26/' t.txt
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'s/o/\\x26/\' t.txt')).toEqual({
      stdout: '&ne\ntw&\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s/o/\\x5c/\' t.txt', async () => {
    // $ sed 's/o/\x5c/' t.txt
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'s/o/\\x5c/\' t.txt')).toEqual({
      stdout: '\\ne\ntw\\\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s/o/\\d065\\o102\\x43/\' t.txt', async () => {
    // $ sed 's/o/\d065\o102\x43/' t.txt
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'s/o/\\d065\\o102\\x43/\' t.txt')).toEqual({
      stdout: 'ABCne\ntwABC\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s/o/\\cA/\' t.txt', async () => {
    // $ sed 's/o/\cA/' t.txt
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'s/o/\\cA/\' t.txt')).toEqual({
      stdout: '\x01ne\ntw\x01\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s/o/\\&/\' t.txt', async () => {
    // $ sed 's/o/\&/' t.txt
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'s/o/\\&/\' t.txt')).toEqual({
      stdout: '&ne\ntw&\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s/b/[&&]/\'', async () => {
    // $ sed 's/b/[&&]/'
    // (standard input: "abc\n")
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'s/b/[&&]/\'', 'abc\n')).toEqual({
      stdout: 'a[bb]c\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s/b/\\\\&/\'', async () => {
    // $ sed 's/b/\\&/'
    // (standard input: "abc\n")
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'s/b/\\\\&/\'', 'abc\n')).toEqual({
      stdout: 'a\\bc\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s/&/and/\'', async () => {
    // $ sed 's/&/and/'
    // (standard input: "a&c\n")
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'s/&/and/\'', 'a&c\n')).toEqual({
      stdout: 'aandc\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s/b/$1$&/\'', async () => {
    // $ sed 's/b/$1$&/'
    // (standard input: "abc\n")
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'s/b/$1$&/\'', 'abc\n')).toEqual({
      stdout: 'a$1$bc\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -E \'s/(b)/\\1\\10/\'', async () => {
    // $ sed -E 's/(b)/\1\10/'
    // (standard input: "abc\n")
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed -E \'s/(b)/\\1\\10/\'', 'abc\n')).toEqual({
      stdout: 'abb0c\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s/\\\\/\\//\'', async () => {
    // $ sed 's/\\/\//'
    // (standard input: "a\\b\n")
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'s/\\\\/\\//\'', 'a\\b\n')).toEqual({
      stdout: 'a/b\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s|/|\\||\'', async () => {
    // $ sed 's|/|\||'
    // (standard input: "a/b\n")
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'s|/|\\||\'', 'a/b\n')).toEqual({
      stdout: 'a|b\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s.\\..X.\'', async () => {
    // $ sed 's.\..X.'
    // (standard input: "a.b\n")
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'s.\\..X.\'', 'a.b\n')).toEqual({
      stdout: 'X.b\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s/[/]/X/\'', async () => {
    // $ sed 's/[/]/X/'
    // (standard input: "a/b\n")
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'s/[/]/X/\'', 'a/b\n')).toEqual({
      stdout: 'aXb\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s/a\\/b/X/\'', async () => {
    // $ sed 's/a\/b/X/'
    // (standard input: "a/b\n")
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'s/a\\/b/X/\'', 'a/b\n')).toEqual({
      stdout: 'X\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s/[[:alpha:]/]/X/g\'', async () => {
    // $ sed 's/[[:alpha:]/]/X/g'
    // (standard input: "a/b\n")
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'s/[[:alpha:]/]/X/g\'', 'a/b\n')).toEqual({
      stdout: 'XXX\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s/[[:upper:]]/X/\' a.txt', async () => {
    // $ sed 's/[[:upper:]]/X/' a.txt
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'s/[[:upper:]]/X/\' a.txt')).toEqual({
      stdout: 'hello world\nfoo bar\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -E \'s/o|l+/X/g\' a.txt', async () => {
    // $ sed -E 's/o|l+/X/g' a.txt
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed -E \'s/o|l+/X/g\' a.txt')).toEqual({
      stdout: 'heXX wXrXd\nfXX bar\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -E \'s/(a|ab)(c|bcd)/[\\1][\\2]/\'', async () => {
    // $ sed -E 's/(a|ab)(c|bcd)/[\1][\2]/'
    // (standard input: "abcd\n")
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed -E \'s/(a|ab)(c|bcd)/[\\1][\\2]/\'', 'abcd\n')).toEqual({
      stdout: '[a][bcd]\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s/\\(ab\\|a\\)\\(bcd\\|c\\)/[\\1][\\2]/\'', async () => {
    // $ sed 's/\(ab\|a\)\(bcd\|c\)/[\1][\2]/'
    // (standard input: "abcd\n")
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'s/\\(ab\\|a\\)\\(bcd\\|c\\)/[\\1][\\2]/\'', 'abcd\n')).toEqual({
      stdout: '[a][bcd]\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -E \'s/(a|ab)(c|bcd)(d*)/[\\1|\\2|\\3]/\'', async () => {
    // $ sed -E 's/(a|ab)(c|bcd)(d*)/[\1|\2|\3]/'
    // (standard input: "abcd\n")
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed -E \'s/(a|ab)(c|bcd)(d*)/[\\1|\\2|\\3]/\'', 'abcd\n')).toEqual({
      stdout: '[a|bcd|]\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s/\\(e\\)\\|\\(o\\)/[\\1\\2]/g\' t.txt', async () => {
    // $ sed 's/\(e\)\|\(o\)/[\1\2]/g' t.txt
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'s/\\(e\\)\\|\\(o\\)/[\\1\\2]/g\' t.txt')).toEqual({
      stdout: '[o]n[e]\ntw[o]\nthr[e][e]\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -E \'s/(e)|(o)/[\\2\\1]/g\' t.txt', async () => {
    // $ sed -E 's/(e)|(o)/[\2\1]/g' t.txt
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed -E \'s/(e)|(o)/[\\2\\1]/g\' t.txt')).toEqual({
      stdout: '[o]n[e]\ntw[o]\nthr[e][e]\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -E \'s/(x)?e/[\\1]/\' t.txt', async () => {
    // $ sed -E 's/(x)?e/[\1]/' t.txt
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed -E \'s/(x)?e/[\\1]/\' t.txt')).toEqual({
      stdout: 'on[]\ntwo\nthr[]e\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s/\\(a*\\)*/[\\1]/\'', async () => {
    // $ sed 's/\(a*\)*/[\1]/'
    // (standard input: "aaa\n")
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'s/\\(a*\\)*/[\\1]/\'', 'aaa\n')).toEqual({
      stdout: '[aaa]\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -E \'s/(a*)+/[\\1]/\'', async () => {
    // $ sed -E 's/(a*)+/[\1]/'
    // (standard input: "b\n")
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed -E \'s/(a*)+/[\\1]/\'', 'b\n')).toEqual({
      stdout: '[]b\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -E \'s/(a|b)*c/[\\1]/\'', async () => {
    // $ sed -E 's/(a|b)*c/[\1]/'
    // (standard input: "abac\n")
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed -E \'s/(a|b)*c/[\\1]/\'', 'abac\n')).toEqual({
      stdout: '[a]\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -E \'s/a{2}/X/\'', async () => {
    // $ sed -E 's/a{2}/X/'
    // (standard input: "aaa\n")
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed -E \'s/a{2}/X/\'', 'aaa\n')).toEqual({
      stdout: 'Xa\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s/a\\{2\\}/X/\'', async () => {
    // $ sed 's/a\{2\}/X/'
    // (standard input: "aaa\n")
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'s/a\\{2\\}/X/\'', 'aaa\n')).toEqual({
      stdout: 'Xa\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s/a{2}/X/\'', async () => {
    // $ sed 's/a{2}/X/'
    // (standard input: "a{2}\n")
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'s/a{2}/X/\'', 'a{2}\n')).toEqual({
      stdout: 'X\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s/a\\+\\?/X/\'', async () => {
    // $ sed 's/a\+\?/X/'
    // (standard input: "aaa\n")
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'s/a\\+\\?/X/\'', 'aaa\n')).toEqual({
      stdout: 'X\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s/^*/X/\'', async () => {
    // $ sed 's/^*/X/'
    // (standard input: "*a\n")
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'s/^*/X/\'', '*a\n')).toEqual({
      stdout: 'Xa\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -E \'s/a|b|/X/g\'', async () => {
    // $ sed -E 's/a|b|/X/g'
    // (standard input: "abc\n")
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed -E \'s/a|b|/X/g\'', 'abc\n')).toEqual({
      stdout: 'XXcX\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s/\\(a\\|b\\)*/X/\'', async () => {
    // $ sed 's/\(a\|b\)*/X/'
    // (standard input: "abab c\n")
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'s/\\(a\\|b\\)*/X/\'', 'abab c\n')).toEqual({
      stdout: 'X c\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s/[[:space:]]/_/;s/\\s/_/;s/\\S/X/\'', async () => {
    // $ sed 's/[[:space:]]/_/;s/\s/_/;s/\S/X/'
    // (standard input: "a b\n")
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'s/[[:space:]]/_/;s/\\s/_/;s/\\S/X/\'', 'a b\n')).toEqual({
      stdout: 'X_b\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s/./X/g\'', async () => {
    // $ sed 's/./X/g'
    // (standard input: "aé\n")
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'s/./X/g\'', 'aé\n')).toEqual({
      stdout: 'XX\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed \'s/^/  /;s/ *$//\' t.txt', async () => {
    // $ sed 's/^/  /;s/ *$//' t.txt
    expect(await sh(`${SED_SUBST_FILES}\n` + 'sed \'s/^/  /;s/ *$//\' t.txt')).toEqual({
      stdout: '  one\n  two\n  three\n',
      stderr: '',
      status: 0,
    });
  });
});

const SED_ERRORS_FILES = [
  "printf 'one\\ntwo\\nthree\\n' > t.txt",
].join('\n');

describe('sed: errors', () => {
  test('sed p nofile t.txt; echo $?', async () => {
    // $ sed p nofile t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed p nofile t.txt; echo $?')).toEqual({
      stdout: 'one\none\ntwo\ntwo\nthree\nthree\n2\n',
      stderr: 'sed: can\'t read nofile: No such file or directory\n',
      status: 0,
    });
  });

  test('sed k t.txt; echo $?', async () => {
    // $ sed k t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed k t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: -e expression #1, char 1: unknown command: `k\'\n',
      status: 0,
    });
  });

  test('sed \'s/a/b\' t.txt; echo $?', async () => {
    // $ sed 's/a/b' t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed \'s/a/b\' t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: -e expression #1, char 5: unterminated `s\' command\n',
      status: 0,
    });
  });

  test('sed \'s/[/b/\' t.txt; echo $?', async () => {
    // $ sed 's/[/b/' t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed \'s/[/b/\' t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: -e expression #1, char 6: unterminated `s\' command\n',
      status: 0,
    });
  });

  test('sed -E \'s/(/x/\' t.txt; echo $?', async () => {
    // $ sed -E 's/(/x/' t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed -E \'s/(/x/\' t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: -e expression #1, char 6: Unmatched ( or \\(\n',
      status: 0,
    });
  });

  test('sed -E \'s/)/x/\' t.txt; echo $?', async () => {
    // $ sed -E 's/)/x/' t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed -E \'s/)/x/\' t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: -e expression #1, char 6: Unmatched ) or \\)\n',
      status: 0,
    });
  });

  test('sed \'s/\\)/x/\' t.txt; echo $?', async () => {
    // $ sed 's/\)/x/' t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed \'s/\\)/x/\' t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: -e expression #1, char 7: Unmatched ) or \\)\n',
      status: 0,
    });
  });

  test('sed -E \'s/*a//\' t.txt; echo $?', async () => {
    // $ sed -E 's/*a//' t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed -E \'s/*a//\' t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: -e expression #1, char 6: Invalid preceding regular expression\n',
      status: 0,
    });
  });

  test('sed -E \'s/a|*b//\' t.txt; echo $?', async () => {
    // $ sed -E 's/a|*b//' t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed -E \'s/a|*b//\' t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: -e expression #1, char 8: Invalid preceding regular expression\n',
      status: 0,
    });
  });

  test('sed -E \'s/^*h/X/\' t.txt; echo $?', async () => {
    // $ sed -E 's/^*h/X/' t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed -E \'s/^*h/X/\' t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: -e expression #1, char 8: Invalid preceding regular expression\n',
      status: 0,
    });
  });

  test('sed \'s/a**/x/\' t.txt; echo $?', async () => {
    // $ sed 's/a**/x/' t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed \'s/a**/x/\' t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: -e expression #1, char 8: Invalid preceding regular expression\n',
      status: 0,
    });
  });

  test('sed \'s/a\\{2\\}*/x/\' t.txt; echo $?', async () => {
    // $ sed 's/a\{2\}*/x/' t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed \'s/a\\{2\\}*/x/\' t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: -e expression #1, char 12: Invalid preceding regular expression\n',
      status: 0,
    });
  });

  test('sed \'s/\\{1\\}a/x/\' t.txt; echo $?', async () => {
    // $ sed 's/\{1\}a/x/' t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed \'s/\\{1\\}a/x/\' t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: -e expression #1, char 11: Invalid preceding regular expression\n',
      status: 0,
    });
  });

  test('sed -E \'s/a{1/x/\' t.txt; echo $?', async () => {
    // $ sed -E 's/a{1/x/' t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed -E \'s/a{1/x/\' t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: -e expression #1, char 8: Unmatched \\{\n',
      status: 0,
    });
  });

  test('sed \'s/x\\{2,1\\}//\' t.txt; echo $?', async () => {
    // $ sed 's/x\{2,1\}//' t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed \'s/x\\{2,1\\}//\' t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: -e expression #1, char 12: Invalid content of \\{\\}\n',
      status: 0,
    });
  });

  test('sed \'s/[[:foo:]]//\' t.txt; echo $?', async () => {
    // $ sed 's/[[:foo:]]//' t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed \'s/[[:foo:]]//\' t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: -e expression #1, char 13: Invalid character class name\n',
      status: 0,
    });
  });

  test('sed \'s/[b-a]//\' t.txt; echo $?', async () => {
    // $ sed 's/[b-a]//' t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed \'s/[b-a]//\' t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: -e expression #1, char 9: Invalid range end\n',
      status: 0,
    });
  });

  test('sed \'s/a/\\1/\' t.txt; echo $?', async () => {
    // $ sed 's/a/\1/' t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed \'s/a/\\1/\' t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: -e expression #1, char 7: invalid reference \\1 on `s\' command\'s RHS\n',
      status: 0,
    });
  });

  test('sed -E \'s/(a)|b/\\2/\' t.txt; echo $?', async () => {
    // $ sed -E 's/(a)|b/\2/' t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed -E \'s/(a)|b/\\2/\' t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: -e expression #1, char 11: invalid reference \\2 on `s\' command\'s RHS\n',
      status: 0,
    });
  });

  test('sed \'s/[:space:]/x/\' t.txt; echo $?', async () => {
    // $ sed 's/[:space:]/x/' t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed \'s/[:space:]/x/\' t.txt; echo $?')).toEqual({
      stdout: '4\n',
      stderr: 'sed: character class syntax is [[:space:]], not [:space:]\n',
      status: 0,
    });
  });

  test('sed \'ba\' t.txt; echo $?', async () => {
    // $ sed 'ba' t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed \'ba\' t.txt; echo $?')).toEqual({
      stdout: '4\n',
      stderr: 'sed: can\'t find label for jump to `a\'\n',
      status: 0,
    });
  });

  test('sed \'{p\' t.txt; echo $?', async () => {
    // $ sed '{p' t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed \'{p\' t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: -e expression #1, char 0: unmatched `{\'\n',
      status: 0,
    });
  });

  test('sed \'1,2{p\' t.txt; echo $?', async () => {
    // $ sed '1,2{p' t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed \'1,2{p\' t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: -e expression #1, char 0: unmatched `{\'\n',
      status: 0,
    });
  });

  test('sed \'p;}\' t.txt; echo $?', async () => {
    // $ sed 'p;}' t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed \'p;}\' t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: -e expression #1, char 3: unexpected `}\'\n',
      status: 0,
    });
  });

  test('sed \'}\' t.txt; echo $?', async () => {
    // $ sed '}' t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed \'}\' t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: -e expression #1, char 1: unexpected `}\'\n',
      status: 0,
    });
  });

  test('sed \'1}\' t.txt; echo $?', async () => {
    // $ sed '1}' t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed \'1}\' t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: -e expression #1, char 2: unexpected `}\'\n',
      status: 0,
    });
  });

  test('sed \'s/x/y/gg\' t.txt; echo $?', async () => {
    // $ sed 's/x/y/gg' t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed \'s/x/y/gg\' t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: -e expression #1, char 8: multiple `g\' options to `s\' command\n',
      status: 0,
    });
  });

  test('sed \'s/x/y/pp\' t.txt; echo $?', async () => {
    // $ sed 's/x/y/pp' t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed \'s/x/y/pp\' t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: -e expression #1, char 8: multiple `p\' options to `s\' command\n',
      status: 0,
    });
  });

  test('sed \'s/x/y/2g3\' t.txt; echo $?', async () => {
    // $ sed 's/x/y/2g3' t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed \'s/x/y/2g3\' t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: -e expression #1, char 9: multiple number options to `s\' command\n',
      status: 0,
    });
  });

  test('sed \'s/x/y/q\' t.txt; echo $?', async () => {
    // $ sed 's/x/y/q' t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed \'s/x/y/q\' t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: -e expression #1, char 7: unknown option to `s\'\n',
      status: 0,
    });
  });

  test('sed \'s/x/y/0\' t.txt; echo $?', async () => {
    // $ sed 's/x/y/0' t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed \'s/x/y/0\' t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: -e expression #1, char 7: number option to `s\' command may not be zero\n',
      status: 0,
    });
  });

  test('sed \'s/a/b/ x\' t.txt; echo $?', async () => {
    // $ sed 's/a/b/ x' t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed \'s/a/b/ x\' t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: -e expression #1, char 8: unknown option to `s\'\n',
      status: 0,
    });
  });

  test('sed \'p x\' t.txt; echo $?', async () => {
    // $ sed 'p x' t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed \'p x\' t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: -e expression #1, char 3: extra characters after command\n',
      status: 0,
    });
  });

  test('sed \'a\' t.txt; echo $?', async () => {
    // $ sed 'a' t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed \'a\' t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: -e expression #1, char 1: expected \\ after `a\', `c\' or `i\'\n',
      status: 0,
    });
  });

  test('sed \'1,2,3p\' t.txt; echo $?', async () => {
    // $ sed '1,2,3p' t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed \'1,2,3p\' t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: -e expression #1, char 4: unknown command: `,\'\n',
      status: 0,
    });
  });

  test('sed \'2!!p\' t.txt; echo $?', async () => {
    // $ sed '2!!p' t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed \'2!!p\' t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: -e expression #1, char 3: multiple `!\'s\n',
      status: 0,
    });
  });

  test('sed \'+3p\' t.txt; echo $?', async () => {
    // $ sed '+3p' t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed \'+3p\' t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: -e expression #1, char 2: invalid usage of +N or ~N as first address\n',
      status: 0,
    });
  });

  test('sed \'0p\' t.txt; echo $?', async () => {
    // $ sed '0p' t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed \'0p\' t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: -e expression #1, char 2: invalid usage of line address 0\n',
      status: 0,
    });
  });

  test('sed \'0,2p\' t.txt; echo $?', async () => {
    // $ sed '0,2p' t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed \'0,2p\' t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: -e expression #1, char 4: invalid usage of line address 0\n',
      status: 0,
    });
  });

  test('sed \'/x\' t.txt; echo $?', async () => {
    // $ sed '/x' t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed \'/x\' t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: -e expression #1, char 2: unterminated address regex\n',
      status: 0,
    });
  });

  test('sed \'\\%x\' t.txt; echo $?', async () => {
    // $ sed '\%x' t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed \'\\%x\' t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: -e expression #1, char 3: unterminated address regex\n',
      status: 0,
    });
  });

  test('sed \'y/ab/c/\' t.txt; echo $?', async () => {
    // $ sed 'y/ab/c/' t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed \'y/ab/c/\' t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: -e expression #1, char 7: strings for `y\' command are different lengths\n',
      status: 0,
    });
  });

  test('sed \'y/abc/xy/\' t.txt; echo $?', async () => {
    // $ sed 'y/abc/xy/' t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed \'y/abc/xy/\' t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: -e expression #1, char 9: strings for `y\' command are different lengths\n',
      status: 0,
    });
  });

  test('sed \'y/a/\'; echo $?', async () => {
    // $ sed 'y/a/'; echo $?
    // (standard input: "abc\n")
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed \'y/a/\'; echo $?', 'abc\n')).toEqual({
      stdout: '1\n',
      stderr: 'sed: -e expression #1, char 4: unterminated `y\' command\n',
      status: 0,
    });
  });

  test('sed \'y/a/b/g\'; echo $?', async () => {
    // $ sed 'y/a/b/g'; echo $?
    // (standard input: "abc\n")
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed \'y/a/b/g\'; echo $?', 'abc\n')).toEqual({
      stdout: '1\n',
      stderr: 'sed: -e expression #1, char 7: extra characters after command\n',
      status: 0,
    });
  });

  test('sed \': \' t.txt; echo $?', async () => {
    // $ sed ': ' t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed \': \' t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: -e expression #1, char 2: ":" lacks a label\n',
      status: 0,
    });
  });

  test('sed \'1:a\' t.txt; echo $?', async () => {
    // $ sed '1:a' t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed \'1:a\' t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: -e expression #1, char 2: : doesn\'t want any addresses\n',
      status: 0,
    });
  });

  test('sed \'1 # comment\' t.txt; echo $?', async () => {
    // $ sed '1 # comment' t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed \'1 # comment\' t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: -e expression #1, char 3: comments don\'t accept any addresses\n',
      status: 0,
    });
  });

  test('sed \'w\' t.txt; echo $?', async () => {
    // $ sed 'w' t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed \'w\' t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: -e expression #1, char 1: missing filename in r/R/w/W commands\n',
      status: 0,
    });
  });

  test('sed \'r\' t.txt; echo $?', async () => {
    // $ sed 'r' t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed \'r\' t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: -e expression #1, char 1: missing filename in r/R/w/W commands\n',
      status: 0,
    });
  });

  test('sed \'v 9.0\' t.txt; echo $?', async () => {
    // $ sed 'v 9.0' t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed \'v 9.0\' t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: -e expression #1, char 5: expected newer version of sed\n',
      status: 0,
    });
  });

  test('sed \'L\' t.txt; echo $?', async () => {
    // $ sed 'L' t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed \'L\' t.txt; echo $?')).toEqual({
      stdout: '4\n',
      stderr: 'sed: INTERNAL ERROR: Bad cmd L\n',
      status: 0,
    });
  });

  test('sed -n \'//p\' t.txt; echo $?', async () => {
    // $ sed -n '//p' t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed -n \'//p\' t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: -e expression #1, char 0: no previous regular expression\n',
      status: 0,
    });
  });

  test('sed \'s//x/\' t.txt; echo $?', async () => {
    // $ sed 's//x/' t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed \'s//x/\' t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: -e expression #1, char 0: no previous regular expression\n',
      status: 0,
    });
  });

  test('sed \'s//x/I\' t.txt; echo $?', async () => {
    // $ sed 's//x/I' t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed \'s//x/I\' t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: -e expression #1, char 6: cannot specify modifiers on empty regexp\n',
      status: 0,
    });
  });

  test('printf \'//p\\n\' > s.sed; sed -n -f s.sed t.txt; echo $?', async () => {
    // $ printf '//p\n' > s.sed; sed -n -f s.sed t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'printf \'//p\\n\' > s.sed; sed -n -f s.sed t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: file s.sed line 2: no previous regular expression\n',
      status: 0,
    });
  });

  test('printf \'p\\nk\\n\' > s.sed; sed -f s.sed t.txt; echo $?', async () => {
    // $ printf 'p\nk\n' > s.sed; sed -f s.sed t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'printf \'p\\nk\\n\' > s.sed; sed -f s.sed t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: file s.sed line 2: unknown command: `k\'\n',
      status: 0,
    });
  });

  test('printf \'p\\n{\\n\' > s.sed; sed -f s.sed t.txt; echo $?', async () => {
    // $ printf 'p\n{\n' > s.sed; sed -f s.sed t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'printf \'p\\n{\\n\' > s.sed; sed -f s.sed t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: file s.sed line 2: unmatched `{\'\n',
      status: 0,
    });
  });

  test('printf \'s/a/b\\n\' > s.sed; sed -f s.sed t.txt; echo $?', async () => {
    // $ printf 's/a/b\n' > s.sed; sed -f s.sed t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'printf \'s/a/b\\n\' > s.sed; sed -f s.sed t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: file s.sed line 1: unterminated `s\' command\n',
      status: 0,
    });
  });

  test('sed -f nofile t.txt; echo $?', async () => {
    // $ sed -f nofile t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed -f nofile t.txt; echo $?')).toEqual({
      stdout: '4\n',
      stderr: 'sed: couldn\'t open file nofile: No such file or directory\n',
      status: 0,
    });
  });

  test('sed -e p -e \'k\' t.txt; echo $?', async () => {
    // $ sed -e p -e 'k' t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed -e p -e \'k\' t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: -e expression #2, char 1: unknown command: `k\'\n',
      status: 0,
    });
  });

  test('sed; echo $?', async () => {
    // $ sed; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n\n  -n, --quiet, --silent\n                 suppress automatic printing of pattern space\n      --debug\n                 annotate program execution\n  -e script, --expression=script\n                 add the script to the commands to be executed\n  -f script-file, --file=script-file\n                 add the contents of script-file to the commands to be executed\n  --follow-symlinks\n                 follow symlinks when processing in place\n  -i[SUFFIX], --in-place[=SUFFIX]\n                 edit files in place (makes backup if SUFFIX supplied)\n  -l N, --line-length=N\n                 specify the desired line-wrap length for the `l\' command\n  --posix\n                 disable all GNU extensions.\n  -E, -r, --regexp-extended\n                 use extended regular expressions in the script\n                 (for portability use POSIX -E).\n  -s, --separate\n                 consider files as separate rather than as a single,\n                 continuous long stream.\n      --sandbox\n                 operate in sandbox mode (disable e/r/w commands).\n  -u, --unbuffered\n                 load minimal amounts of data from the input files and flush\n                 the output buffers more often\n  -z, --null-data\n                 separate lines by NUL characters\n      --help     display this help and exit\n      --version  output version information and exit\n\nIf no -e, --expression, -f, or --file option is given, then the first\nnon-option argument is taken as the sed script to interpret.  All\nremaining arguments are names of input files; if no input files are\nspecified, then the standard input is read.\n\nGNU sed home page: <https://www.gnu.org/software/sed/>.\nGeneral help using GNU software: <https://www.gnu.org/gethelp/>.\n',
      status: 0,
    });
  });

  test('sed -k p; echo $?', async () => {
    // $ sed -k p; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed -k p; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: invalid option -- \'k\'\nUsage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n\n  -n, --quiet, --silent\n                 suppress automatic printing of pattern space\n      --debug\n                 annotate program execution\n  -e script, --expression=script\n                 add the script to the commands to be executed\n  -f script-file, --file=script-file\n                 add the contents of script-file to the commands to be executed\n  --follow-symlinks\n                 follow symlinks when processing in place\n  -i[SUFFIX], --in-place[=SUFFIX]\n                 edit files in place (makes backup if SUFFIX supplied)\n  -l N, --line-length=N\n                 specify the desired line-wrap length for the `l\' command\n  --posix\n                 disable all GNU extensions.\n  -E, -r, --regexp-extended\n                 use extended regular expressions in the script\n                 (for portability use POSIX -E).\n  -s, --separate\n                 consider files as separate rather than as a single,\n                 continuous long stream.\n      --sandbox\n                 operate in sandbox mode (disable e/r/w commands).\n  -u, --unbuffered\n                 load minimal amounts of data from the input files and flush\n                 the output buffers more often\n  -z, --null-data\n                 separate lines by NUL characters\n      --help     display this help and exit\n      --version  output version information and exit\n\nIf no -e, --expression, -f, or --file option is given, then the first\nnon-option argument is taken as the sed script to interpret.  All\nremaining arguments are names of input files; if no input files are\nspecified, then the standard input is read.\n\nGNU sed home page: <https://www.gnu.org/software/sed/>.\nGeneral help using GNU software: <https://www.gnu.org/gethelp/>.\n',
      status: 0,
    });
  });

  test('sed --foo t.txt; echo $?', async () => {
    // $ sed --foo t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed --foo t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: unrecognized option \'--foo\'\nUsage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n\n  -n, --quiet, --silent\n                 suppress automatic printing of pattern space\n      --debug\n                 annotate program execution\n  -e script, --expression=script\n                 add the script to the commands to be executed\n  -f script-file, --file=script-file\n                 add the contents of script-file to the commands to be executed\n  --follow-symlinks\n                 follow symlinks when processing in place\n  -i[SUFFIX], --in-place[=SUFFIX]\n                 edit files in place (makes backup if SUFFIX supplied)\n  -l N, --line-length=N\n                 specify the desired line-wrap length for the `l\' command\n  --posix\n                 disable all GNU extensions.\n  -E, -r, --regexp-extended\n                 use extended regular expressions in the script\n                 (for portability use POSIX -E).\n  -s, --separate\n                 consider files as separate rather than as a single,\n                 continuous long stream.\n      --sandbox\n                 operate in sandbox mode (disable e/r/w commands).\n  -u, --unbuffered\n                 load minimal amounts of data from the input files and flush\n                 the output buffers more often\n  -z, --null-data\n                 separate lines by NUL characters\n      --help     display this help and exit\n      --version  output version information and exit\n\nIf no -e, --expression, -f, or --file option is given, then the first\nnon-option argument is taken as the sed script to interpret.  All\nremaining arguments are names of input files; if no input files are\nspecified, then the standard input is read.\n\nGNU sed home page: <https://www.gnu.org/software/sed/>.\nGeneral help using GNU software: <https://www.gnu.org/gethelp/>.\n',
      status: 0,
    });
  });

  test('sed -e; echo $?', async () => {
    // $ sed -e; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed -e; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: option requires an argument -- \'e\'\nUsage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n\n  -n, --quiet, --silent\n                 suppress automatic printing of pattern space\n      --debug\n                 annotate program execution\n  -e script, --expression=script\n                 add the script to the commands to be executed\n  -f script-file, --file=script-file\n                 add the contents of script-file to the commands to be executed\n  --follow-symlinks\n                 follow symlinks when processing in place\n  -i[SUFFIX], --in-place[=SUFFIX]\n                 edit files in place (makes backup if SUFFIX supplied)\n  -l N, --line-length=N\n                 specify the desired line-wrap length for the `l\' command\n  --posix\n                 disable all GNU extensions.\n  -E, -r, --regexp-extended\n                 use extended regular expressions in the script\n                 (for portability use POSIX -E).\n  -s, --separate\n                 consider files as separate rather than as a single,\n                 continuous long stream.\n      --sandbox\n                 operate in sandbox mode (disable e/r/w commands).\n  -u, --unbuffered\n                 load minimal amounts of data from the input files and flush\n                 the output buffers more often\n  -z, --null-data\n                 separate lines by NUL characters\n      --help     display this help and exit\n      --version  output version information and exit\n\nIf no -e, --expression, -f, or --file option is given, then the first\nnon-option argument is taken as the sed script to interpret.  All\nremaining arguments are names of input files; if no input files are\nspecified, then the standard input is read.\n\nGNU sed home page: <https://www.gnu.org/software/sed/>.\nGeneral help using GNU software: <https://www.gnu.org/gethelp/>.\n',
      status: 0,
    });
  });

  test('sed --ex=p -n t.txt; echo $?', async () => {
    // $ sed --ex=p -n t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed --ex=p -n t.txt; echo $?')).toEqual({
      stdout: 'one\ntwo\nthree\n0\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed --sandbox \'w x\' t.txt; echo $?', async () => {
    // $ sed --sandbox 'w x' t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed --sandbox \'w x\' t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: -e expression #1, char 1: e/r/w commands disabled in sandbox mode\n',
      status: 0,
    });
  });

  test('sed --sandbox \'r x\' t.txt; echo $?', async () => {
    // $ sed --sandbox 'r x' t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed --sandbox \'r x\' t.txt; echo $?')).toEqual({
      stdout: '1\n',
      stderr: 'sed: -e expression #1, char 1: e/r/w commands disabled in sandbox mode\n',
      status: 0,
    });
  });

  test('sed \'w /nonexistent/dir/file\' t.txt; echo $?', async () => {
    // $ sed 'w /nonexistent/dir/file' t.txt; echo $?
    expect(await sh(`${SED_ERRORS_FILES}\n` + 'sed \'w /nonexistent/dir/file\' t.txt; echo $?')).toEqual({
      stdout: '4\n',
      stderr: 'sed: couldn\'t open file /nonexistent/dir/file: No such file or directory\n',
      status: 0,
    });
  });
});

const SED_FILES_FILES = [
  "printf 'one\\ntwo\\nthree\\n' > t.txt",
  "printf 'hello world\\nfoo bar\\n' > a.txt",
].join('\n');

describe('sed: files, options and in-place editing', () => {
  test('sed -e \'s/o/0/\' -e \'s/t/T/\' t.txt', async () => {
    // $ sed -e 's/o/0/' -e 's/t/T/' t.txt
    expect(await sh(`${SED_FILES_FILES}\n` + 'sed -e \'s/o/0/\' -e \'s/t/T/\' t.txt')).toEqual({
      stdout: '0ne\nTw0\nThree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed --expression=p -n t.txt', async () => {
    // $ sed --expression=p -n t.txt
    expect(await sh(`${SED_FILES_FILES}\n` + 'sed --expression=p -n t.txt')).toEqual({
      stdout: 'one\ntwo\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed --expr=p -n t.txt', async () => {
    // $ sed --expr=p -n t.txt
    expect(await sh(`${SED_FILES_FILES}\n` + 'sed --expr=p -n t.txt')).toEqual({
      stdout: 'one\ntwo\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('printf \'s/o/0/\\np\\n\' > s.sed; sed -f s.sed t.txt', async () => {
    // $ printf 's/o/0/\np\n' > s.sed; sed -f s.sed t.txt
    expect(await sh(`${SED_FILES_FILES}\n` + 'printf \'s/o/0/\\np\\n\' > s.sed; sed -f s.sed t.txt')).toEqual({
      stdout: '0ne\n0ne\ntw0\ntw0\nthree\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('printf \'#n\\np\\n\' > s.sed; sed -f s.sed t.txt', async () => {
    // $ printf '#n\np\n' > s.sed; sed -f s.sed t.txt
    expect(await sh(`${SED_FILES_FILES}\n` + 'printf \'#n\\np\\n\' > s.sed; sed -f s.sed t.txt')).toEqual({
      stdout: 'one\ntwo\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('printf \'p\\n\' > s.sed; sed -n -f s.sed -e p t.txt', async () => {
    // $ printf 'p\n' > s.sed; sed -n -f s.sed -e p t.txt
    expect(await sh(`${SED_FILES_FILES}\n` + 'printf \'p\\n\' > s.sed; sed -n -f s.sed -e p t.txt')).toEqual({
      stdout: 'one\none\ntwo\ntwo\nthree\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('printf \'s/o/0/\\n\' | sed -f - t.txt', async () => {
    // $ printf 's/o/0/\n' | sed -f - t.txt
    expect(await sh(`${SED_FILES_FILES}\n` + 'printf \'s/o/0/\\n\' | sed -f - t.txt')).toEqual({
      stdout: '0ne\ntw0\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -i \'s/o/0/\' t.txt; cat t.txt', async () => {
    // $ sed -i 's/o/0/' t.txt; cat t.txt
    expect(await sh(`${SED_FILES_FILES}\n` + 'sed -i \'s/o/0/\' t.txt; cat t.txt')).toEqual({
      stdout: '0ne\ntw0\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -i.bak \'s/o/0/\' t.txt; cat t.txt t.txt.bak', async () => {
    // $ sed -i.bak 's/o/0/' t.txt; cat t.txt t.txt.bak
    expect(await sh(`${SED_FILES_FILES}\n` + 'sed -i.bak \'s/o/0/\' t.txt; cat t.txt t.txt.bak')).toEqual({
      stdout: '0ne\ntw0\nthree\none\ntwo\nthree\n',
      stderr: '',
      status: 0,
    });
  });

  test('printf \'x\\n\' > f1; printf \'y\\n\' > f2; sed -i \'s/./Z/\' f1 f2; cat f1 f2', async () => {
    // $ printf 'x\n' > f1; printf 'y\n' > f2; sed -i 's/./Z/' f1 f2; cat f1 f2
    expect(await sh(`${SED_FILES_FILES}\n` + 'printf \'x\\n\' > f1; printf \'y\\n\' > f2; sed -i \'s/./Z/\' f1 f2; cat f1 f2')).toEqual({
      stdout: 'Z\nZ\n',
      stderr: '',
      status: 0,
    });
  });

  test('printf \'x\\n\' > f1; sed -i\'bak_*\' \'s/./Z/\' f1; cat f1 bak_f1', async () => {
    // $ printf 'x\n' > f1; sed -i'bak_*' 's/./Z/' f1; cat f1 bak_f1
    expect(await sh(`${SED_FILES_FILES}\n` + 'printf \'x\\n\' > f1; sed -i\'bak_*\' \'s/./Z/\' f1; cat f1 bak_f1')).toEqual({
      stdout: 'Z\nx\n',
      stderr: '',
      status: 0,
    });
  });

  test('printf \'x\\n\' > f1; sed -i -e \'s/./Z/\' f1; cat f1', async () => {
    // $ printf 'x\n' > f1; sed -i -e 's/./Z/' f1; cat f1
    expect(await sh(`${SED_FILES_FILES}\n` + 'printf \'x\\n\' > f1; sed -i -e \'s/./Z/\' f1; cat f1')).toEqual({
      stdout: 'Z\n',
      stderr: '',
      status: 0,
    });
  });

  test('printf \'x\\n\' > f1; sed -i -n \'1p;1p\' f1; cat f1', async () => {
    // $ printf 'x\n' > f1; sed -i -n '1p;1p' f1; cat f1
    expect(await sh(`${SED_FILES_FILES}\n` + 'printf \'x\\n\' > f1; sed -i -n \'1p;1p\' f1; cat f1')).toEqual({
      stdout: 'x\nx\n',
      stderr: '',
      status: 0,
    });
  });

  test('printf \'a\\nb\\nc\\n\' > f1; sed -i 2q f1; cat f1', async () => {
    // $ printf 'a\nb\nc\n' > f1; sed -i 2q f1; cat f1
    expect(await sh(`${SED_FILES_FILES}\n` + 'printf \'a\\nb\\nc\\n\' > f1; sed -i 2q f1; cat f1')).toEqual({
      stdout: 'a\nb\n',
      stderr: '',
      status: 0,
    });
  });

  test('printf \'a\\nb\\n\' > f1; sed -i \'$a end\' f1; cat f1', async () => {
    // $ printf 'a\nb\n' > f1; sed -i '$a end' f1; cat f1
    expect(await sh(`${SED_FILES_FILES}\n` + 'printf \'a\\nb\\n\' > f1; sed -i \'$a end\' f1; cat f1')).toEqual({
      stdout: 'a\nb\nend\n',
      stderr: '',
      status: 0,
    });
  });

  test('printf \'x\\n\' > f1; sed -i \'s/x/y/w /dev/stdout\' f1; cat f1', async () => {
    // $ printf 'x\n' > f1; sed -i 's/x/y/w /dev/stdout' f1; cat f1
    expect(await sh(`${SED_FILES_FILES}\n` + 'printf \'x\\n\' > f1; sed -i \'s/x/y/w /dev/stdout\' f1; cat f1')).toEqual({
      stdout: 'y\ny\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed -i p nofile; echo $?', async () => {
    // $ sed -i p nofile; echo $?
    expect(await sh(`${SED_FILES_FILES}\n` + 'sed -i p nofile; echo $?')).toEqual({
      stdout: '2\n',
      stderr: 'sed: can\'t read nofile: No such file or directory\n',
      status: 0,
    });
  });

  test('sed -i p; echo $?', async () => {
    // $ sed -i p; echo $?
    expect(await sh(`${SED_FILES_FILES}\n` + 'sed -i p; echo $?')).toEqual({
      stdout: '4\n',
      stderr: 'sed: no input files\n',
      status: 0,
    });
  });

  test('mkdir -p dd; sed -i p dd; echo $?', async () => {
    // $ mkdir -p dd; sed -i p dd; echo $?
    expect(await sh(`${SED_FILES_FILES}\n` + 'mkdir -p dd; sed -i p dd; echo $?')).toEqual({
      stdout: '4\n',
      stderr: 'sed: couldn\'t edit dd: not a regular file\n',
      status: 0,
    });
  });

  test('mkdir -p dd; sed p dd; echo $?', async () => {
    // $ mkdir -p dd; sed p dd; echo $?
    expect(await sh(`${SED_FILES_FILES}\n` + 'mkdir -p dd; sed p dd; echo $?')).toEqual({
      stdout: '4\n',
      stderr: 'sed: read error on dd: Is a directory\n',
      status: 0,
    });
  });

  test('sed -z \'s/\\n/,/g\' t.txt', async () => {
    // $ sed -z 's/\n/,/g' t.txt
    expect(await sh(`${SED_FILES_FILES}\n` + 'sed -z \'s/\\n/,/g\' t.txt')).toEqual({
      stdout: 'one,two,three,',
      stderr: '',
      status: 0,
    });
  });

  test('printf \'a\\0b\\0\' | sed -z \'s/^/x/\'', async () => {
    // $ printf 'a\0b\0' | sed -z 's/^/x/'
    expect(await sh(`${SED_FILES_FILES}\n` + 'printf \'a\\0b\\0\' | sed -z \'s/^/x/\'')).toEqual({
      stdout: 'xa\x00xb\x00',
      stderr: '',
      status: 0,
    });
  });

  test('sed -z \'G\' t.txt', async () => {
    // $ sed -z 'G' t.txt
    expect(await sh(`${SED_FILES_FILES}\n` + 'sed -z \'G\' t.txt')).toEqual({
      stdout: 'one\ntwo\nthree\n\x00\x00',
      stderr: '',
      status: 0,
    });
  });

  test('printf \'a\\0b\\0\' | sed -z \'N;s/\\x00/+/\'', async () => {
    // $ printf 'a\0b\0' | sed -z 'N;s/\x00/+/'
    expect(await sh(`${SED_FILES_FILES}\n` + 'printf \'a\\0b\\0\' | sed -z \'N;s/\\x00/+/\'')).toEqual({
      stdout: 'a+b\x00',
      stderr: '',
      status: 0,
    });
  });

  test('printf \'1\\n2\\n3\\n\' > f1; (sed 1q; cat) < f1', async () => {
    // $ printf '1\n2\n3\n' > f1; (sed 1q; cat) < f1
    expect(await sh(`${SED_FILES_FILES}\n` + 'printf \'1\\n2\\n3\\n\' > f1; (sed 1q; cat) < f1')).toEqual({
      stdout: '1\n2\n3\n',
      stderr: '',
      status: 0,
    });
  });

  test('printf \'1\\n2\\n3\\n\' | (sed -u 1q; cat)', async () => {
    // $ printf '1\n2\n3\n' | (sed -u 1q; cat)
    expect(await sh(`${SED_FILES_FILES}\n` + 'printf \'1\\n2\\n3\\n\' | (sed -u 1q; cat)')).toEqual({
      stdout: '1\n2\n3\n',
      stderr: '',
      status: 0,
    });
  });

  test('printf \'1\\n2\\n3\\n\' > f1; (sed -n 2q; cat) < f1', async () => {
    // $ printf '1\n2\n3\n' > f1; (sed -n 2q; cat) < f1
    expect(await sh(`${SED_FILES_FILES}\n` + 'printf \'1\\n2\\n3\\n\' > f1; (sed -n 2q; cat) < f1')).toEqual({
      stdout: '3\n',
      stderr: '',
      status: 0,
    });
  });

  test('printf \'1\\n2\\n\' | sed -u p', async () => {
    // $ printf '1\n2\n' | sed -u p
    expect(await sh(`${SED_FILES_FILES}\n` + 'printf \'1\\n2\\n\' | sed -u p')).toEqual({
      stdout: '1\n1\n2\n2\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed --version', async () => {
    // $ sed --version
    expect(await sh(`${SED_FILES_FILES}\n` + 'sed --version')).toEqual({
      stdout: 'sed (GNU sed) 4.9\nPackaged by Debian\nCopyright (C) 2022 Free Software Foundation, Inc.\nLicense GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.\nThis is free software: you are free to change and redistribute it.\nThere is NO WARRANTY, to the extent permitted by law.\n\nWritten by Jay Fenlason, Tom Lord, Ken Pizzini,\nPaolo Bonzini, Jim Meyering, and Assaf Gordon.\n\nThis sed program was built with SELinux support.\nSELinux is disabled on this system.\n\nGNU sed home page: <https://www.gnu.org/software/sed/>.\nGeneral help using GNU software: <https://www.gnu.org/gethelp/>.\nE-mail bug reports to: <bug-sed@gnu.org>.\n',
      stderr: '',
      status: 0,
    });
  });

  test('sed --help', async () => {
    // $ sed --help
    expect(await sh(`${SED_FILES_FILES}\n` + 'sed --help')).toEqual({
      stdout: 'Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n\n  -n, --quiet, --silent\n                 suppress automatic printing of pattern space\n      --debug\n                 annotate program execution\n  -e script, --expression=script\n                 add the script to the commands to be executed\n  -f script-file, --file=script-file\n                 add the contents of script-file to the commands to be executed\n  --follow-symlinks\n                 follow symlinks when processing in place\n  -i[SUFFIX], --in-place[=SUFFIX]\n                 edit files in place (makes backup if SUFFIX supplied)\n  -l N, --line-length=N\n                 specify the desired line-wrap length for the `l\' command\n  --posix\n                 disable all GNU extensions.\n  -E, -r, --regexp-extended\n                 use extended regular expressions in the script\n                 (for portability use POSIX -E).\n  -s, --separate\n                 consider files as separate rather than as a single,\n                 continuous long stream.\n      --sandbox\n                 operate in sandbox mode (disable e/r/w commands).\n  -u, --unbuffered\n                 load minimal amounts of data from the input files and flush\n                 the output buffers more often\n  -z, --null-data\n                 separate lines by NUL characters\n      --help     display this help and exit\n      --version  output version information and exit\n\nIf no -e, --expression, -f, or --file option is given, then the first\nnon-option argument is taken as the sed script to interpret.  All\nremaining arguments are names of input files; if no input files are\nspecified, then the standard input is read.\n\nGNU sed home page: <https://www.gnu.org/software/sed/>.\nGeneral help using GNU software: <https://www.gnu.org/gethelp/>.\nE-mail bug reports to: <bug-sed@gnu.org>.\n',
      stderr: '',
      status: 0,
    });
  });
});

describe('sed: bytes that are not UTF-8', () => {
  const cred = { ...STUDENT, groups: [...STUDENT.groups] };

  /** Runs `script` with inv.txt holding "a\xffb\né\n"; returns the result and the bytes of ~/out. */
  async function run(script: string) {
    const world = bootWorld();
    const fs = world.kernel.fs;
    fs.setContent(fs.createFile(cred, '/home/student', 'inv.txt', 0o644), Uint8Array.from([0x61, 0xff, 0x62, 0x0a, 0xc3, 0xa9, 0x0a]));
    const result = await runBashCommand(world, script);
    let out: number[] = [];
    try {
      const inode = fs.lookup(cred, '/home/student', 'out');
      if (inode.type === 'file') out = Array.from(inode.content());
    } catch {
      // no output file
    }
    return { result, out };
  }

  test('l shows invalid and multibyte characters as octal bytes', async () => {
    // $ sed -n l inv.txt
    const { result } = await run('sed -n l inv.txt');
    expect(result).toEqual({ stdout: 'a\\377b$\n\\303\\251$\n', stderr: '', status: 0 });
  });

  test('invalid bytes pass through unchanged and `.` does not match them', async () => {
    // $ sed 's/./X/g' inv.txt | od -An -c   →   X 377   X  \n   X  \n
    const { out } = await run("sed 's/./X/g' inv.txt > out");
    expect(out).toEqual([0x58, 0xff, 0x58, 0x0a, 0x58, 0x0a]);
  });

  test('an empty match steps over a multibyte character one byte at a time', async () => {
    // $ echo é | sed 's/x*/-/g' | od -An -tx1   →   2d c3 2d a9 2d 0a
    const { out } = await run("echo é | sed 's/x*/-/g' > out");
    expect(out).toEqual([0x2d, 0xc3, 0x2d, 0xa9, 0x2d, 0x0a]);
  });

  test('\\xHH in a replacement is a byte', async () => {
    // $ sed 's/b/\xff/' <<< abc | od -An -tx1   →   61 ff 63 0a
    const { out } = await run("sed 's/b/\\xff/' <<< abc > out");
    expect(out).toEqual([0x61, 0xff, 0x63, 0x0a]);
  });

  test('bytes given as escapes in a regex form the character they encode', async () => {
    // $ sed 's/\xc3\xa9/E/' <<< 'aéb'
    const { result } = await run("sed 's/\\xc3\\xa9/E/' <<< 'aéb'");
    expect(result).toEqual({ stdout: 'aEb\n', stderr: '', status: 0 });
  });
});

describe('sed: what the playground does not simulate', () => {
  test('the e command', async () => {
    expect(await sh("printf 'x\\n' | sed e; echo $?")).toEqual({
      stdout: '2\n',
      stderr: "sed: the 'e' command: not supported in this playground\n",
      status: 0,
    });
  });

  test('the e flag of s', async () => {
    expect(await sh("printf 'x\\n' | sed 's/x/date/e'; echo $?")).toEqual({
      stdout: '2\n',
      stderr: 'sed: s///e: not supported in this playground\n',
      status: 0,
    });
  });

  test('--posix and --debug', async () => {
    expect(await sh("printf 'x\\n' | sed --posix p; printf 'x\\n' | sed --debug p")).toEqual({
      stdout: '',
      stderr: 'sed: --posix: not supported in this playground\nsed: --debug: not supported in this playground\n',
      status: 2,
    });
  });
});
