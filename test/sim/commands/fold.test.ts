// fold: lines wrapped to a width (in bytes and columns, as GNU fold counts).
// Expectations were recorded from the real tools on Debian (GNU coreutils 9.1, util-linux 2.38.1,
// bash 5.2) with LC_ALL=C.UTF-8; the command that produced each one is in the comment above it
// (run after the fixture named in the call, where there is one).

import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

const TEXT = 'printf \'The quick brown fox jumps over the lazy dog and keeps running far away\\n\\tTabbed\\tline here with tabs\\nabcdefghijklmnopqrstuvwxyz\\nhéllo wörld ünïcödé\\nback\\bspace\\rreturn line long enough to wrap\\nnoeol words here\' > text; mkdir d; ';

describe('fold', () => {
  test('wraps at 80 columns by default, or -w', async () => {
    // fold text
    expect(await sh(TEXT + 'fold text')).toEqual({ stdout: 'The quick brown fox jumps over the lazy dog and keeps running far away\n\tTabbed\tline here with tabs\nabcdefghijklmnopqrstuvwxyz\nhéllo wörld ünïcödé\nback\x08space\rreturn line long enough to wrap\nnoeol words here', stderr: '', status: 0 });
    // fold -w 10 text
    expect(await sh(TEXT + 'fold -w 10 text')).toEqual({ stdout: 'The quick \nbrown fox \njumps over\n the lazy \ndog and ke\neps runnin\ng far away\n\tTa\nbbed\tli\nne here wi\nth tabs\nabcdefghij\nklmnopqrst\nuvwxyz\nhéllo wö\nrld ünïc\nödé\nback\x08space\rreturn lin\ne long eno\nugh to wra\np\nnoeol word\ns here', stderr: '', status: 0 });
    // fold -w 1 text | head -n 5
    expect(await sh(TEXT + 'fold -w 1 text | head -n 5')).toEqual({ stdout: 'T\nh\ne\n \nq\n', stderr: '', status: 0 });
    // fold -5 text | head -n 4
    expect(await sh(TEXT + 'fold -5 text | head -n 4')).toEqual({ stdout: 'The q\nuick \nbrown\n fox \n', stderr: '', status: 0 });
  });

  test('-s breaks after the last blank, -b counts bytes', async () => {
    // fold -w 10 -s text
    expect(await sh(TEXT + 'fold -w 10 -s text')).toEqual({ stdout: 'The quick \nbrown fox \njumps \nover the \nlazy dog \nand keeps \nrunning \nfar away\n\t\nTabbed\t\nline here \nwith tabs\nabcdefghij\nklmnopqrst\nuvwxyz\nhéllo \nwörld \nünïcöd�\n�\nback\x08space\rreturn \nline long \nenough to \nwrap\nnoeol \nwords here', stderr: '', status: 0 });
    // fold -15s text
    expect(await sh(TEXT + 'fold -15s text')).toEqual({ stdout: '', stderr: 'fold: invalid number of columns: ‘15s’\n', status: 1 });
    // fold -s -w 3 text | head -n 8
    expect(await sh(TEXT + 'fold -s -w 3 text | head -n 8')).toEqual({ stdout: 'The\n \nqui\nck \nbro\nwn \nfox\n \n', stderr: '', status: 0 });
    // fold -w 10 -b text
    expect(await sh(TEXT + 'fold -w 10 -b text')).toEqual({ stdout: 'The quick \nbrown fox \njumps over\n the lazy \ndog and ke\neps runnin\ng far away\n\tTabbed\tli\nne here wi\nth tabs\nabcdefghij\nklmnopqrst\nuvwxyz\nhéllo wö\nrld ünïc\nödé\nback\x08space\n\rreturn li\nne long en\nough to wr\nap\nnoeol word\ns here', stderr: '', status: 0 });
    // fold -b5 text | tail -n 3
    expect(await sh(TEXT + 'fold -b5 text | tail -n 3')).toEqual({ stdout: ' word\ns her\ne', stderr: '', status: 0 });
  });

  test('empty input and stdin', async () => {
    // fold -w 3
    expect(await sh('fold -w 3')).toEqual({ stdout: '', stderr: '', status: 0 });
    // fold -w 4  <<< 'abcdefghij'
    expect(await sh('fold -w 4', 'abcdefghij')).toEqual({ stdout: 'abcd\nefgh\nij', stderr: '', status: 0 });
    // fold -w 7 -s - < text
    expect(await sh(TEXT + 'fold -w 7 -s - < text')).toEqual({ stdout: 'The \nquick \nbrown \nfox \njumps \nover \nthe \nlazy \ndog \nand \nkeeps \nrunning\n far \naway\n\t\nTabbed\n\t\nline \nhere \nwith \ntabs\nabcdefg\nhijklmn\nopqrstu\nvwxyz\nhéllo \nwörld \nünïc�\n�dé\nback\x08spac\ne\rreturn \nline \nlong \nenough \nto wrap\nnoeol \nwords \nhere', stderr: '', status: 0 });
  });

  test('missing files, directories and bad widths', async () => {
    // fold nope d text | head -n 1
    expect(await sh(TEXT + 'fold nope d text | head -n 1')).toEqual({ stdout: 'The quick brown fox jumps over the lazy dog and keeps running far away\n', stderr: 'fold: nope: No such file or directory\nfold: d: Is a directory\n', status: 0 });
    // fold -w 0
    expect(await sh('fold -w 0')).toEqual({ stdout: '', stderr: 'fold: invalid number of columns: ‘0’: Numerical result out of range\n', status: 1 });
    // fold -w x
    expect(await sh('fold -w x')).toEqual({ stdout: '', stderr: 'fold: invalid number of columns: ‘x’\n', status: 1 });
    // fold -w99999999999999999999
    expect(await sh('fold -w99999999999999999999')).toEqual({ stdout: '', stderr: 'fold: invalid number of columns: ‘99999999999999999999’: Value too large for defined data type\n', status: 1 });
    // fold -x
    expect(await sh('fold -x')).toEqual({ stdout: '', stderr: 'fold: invalid option -- \'x\'\nTry \'fold --help\' for more information.\n', status: 1 });
  });

  test('--help', async () => {
    // fold --help
    expect((await sh('fold --help')).stdout.split('\n')[0]).toBe('Usage: fold [OPTION]... [FILE]...');
  });
});
