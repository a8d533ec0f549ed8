// column (util-linux): lists in columns, and tables.
// Expectations were recorded from the real tools on Debian (GNU coreutils 9.1, util-linux 2.38.1,
// bash 5.2) with LC_ALL=C.UTF-8; the command that produced each one is in the comment above it
// (run after the fixture named in the call, where there is one).

import { describe, expect, test } from 'vitest';
import { STUDENT } from '../../../src/sim/fs/base-system.ts';
import { bootWorld, runBashCommand, sh, type RunResult } from '../../support/world.ts';


/** Runs a script in a fresh world whose home holds files with exactly these bytes (hex). */
async function shWithFiles(files: Record<string, string>, script: string): Promise<RunResult> {
  const world = bootWorld();
  const fs = world.kernel.fs;
  const cred = { ...STUDENT, groups: [...STUDENT.groups] };
  for (const [name, hex] of Object.entries(files)) {
    const bytes = new Uint8Array(hex.length / 2).map((_, i) => parseInt(hex.slice(2 * i, 2 * i + 2), 16));
    fs.setContent(fs.createFile(cred, '/home/student', name, 0o644), bytes);
  }
  return runBashCommand(world, script);
}

const TBL = 'printf \'name age city\\nalice 30 paris\\nbob 4 london-on-thames\\n\\n  carol   22\\n\' > tbl; printf \'a\\nb\\nc\\nd\\ne\\nf\\ng\\nh\\ni\\nj\\nk\\nl\\n\' > f12; mkdir d; ';

describe('column', () => {
  test('fills columns to 80 characters, or -c', async () => {
    // column tbl
    expect(await sh(TBL + 'column tbl')).toEqual({ stdout: 'name age city\t\tbob 4 london-on-thames\nalice 30 paris\t\t  carol   22\n', stderr: '', status: 0 });
    // column -c 30 f12
    expect(await sh(TBL + 'column -c 30 f12')).toEqual({ stdout: 'a\te\ti\nb\tf\tj\nc\tg\tk\nd\th\tl\n', stderr: '', status: 0 });
    // seq 1 30 | column -c 40
    expect(await sh('seq 1 30 | column -c 40')).toEqual({ stdout: '1\t7\t13\t19\t25\n2\t8\t14\t20\t26\n3\t9\t15\t21\t27\n4\t10\t16\t22\t28\n5\t11\t17\t23\t29\n6\t12\t18\t24\t30\n', stderr: '', status: 0 });
    // column -c 5 f12 | head -n 3
    expect(await sh(TBL + 'column -c 5 f12 | head -n 3')).toEqual({ stdout: 'a\nb\nc\n', stderr: '', status: 0 });
    // column -c 0 f12 | head -n 2
    expect(await sh(TBL + 'column -c 0 f12 | head -n 2')).toEqual({ stdout: 'a\nb\n', stderr: '', status: 0 });
    // printf 'abcdefgh\nx\n' | column -c 17
    expect(await sh('printf \'abcdefgh\\nx\\n\' | column -c 17')).toEqual({ stdout: 'abcdefgh\nx\n', stderr: '', status: 0 });
    // printf 'x y\n' | column -c 3
    expect(await sh('printf \'x y\\n\' | column -c 3')).toEqual({ stdout: 'x y\n', stderr: '', status: 0 });
  });

  test('-x fills rows first', async () => {
    // seq 1 30 | column -x -c 40
    expect(await sh('seq 1 30 | column -x -c 40')).toEqual({ stdout: '1\t2\t3\t4\t5\n6\t7\t8\t9\t10\n11\t12\t13\t14\t15\n16\t17\t18\t19\t20\n21\t22\t23\t24\t25\n26\t27\t28\t29\t30\n', stderr: '', status: 0 });
    // printf 'abcdefgh\nx\n' | column -x -c 15
    expect(await sh('printf \'abcdefgh\\nx\\n\' | column -x -c 15')).toEqual({ stdout: 'abcdefgh\tx\n', stderr: '', status: 0 });
  });

  test('-t makes a table; -s and -o set the separators', async () => {
    // column -t tbl
    expect(await sh(TBL + 'column -t tbl')).toEqual({ stdout: 'name   age  city\nalice  30   paris\nbob    4    london-on-thames\ncarol  22   \n', stderr: '', status: 0 });
    // column -t -c 10 tbl
    expect(await sh(TBL + 'column -t -c 10 tbl')).toEqual({ stdout: 'name   age  city\nalice  30   paris\nbob    4    london-on-thames\ncarol  22   \n', stderr: '', status: 0 });
    // column -t -o "|" tbl
    expect(await sh(TBL + 'column -t -o "|" tbl')).toEqual({ stdout: 'name |age|city\nalice|30 |paris\nbob  |4  |london-on-thames\ncarol|22 |\n', stderr: '', status: 0 });
    // column -t -s " " -o "|" tbl
    expect(await sh(TBL + 'column -t -s " " -o "|" tbl')).toEqual({ stdout: 'name |age|city            |||\nalice|30 |paris           |||\nbob  |4  |london-on-thames|||\n     |   |carol           |||22\n', stderr: '', status: 0 });
    // printf 'a,b,,c\n1,2,3\n' | column -t -s,
    expect(await sh('printf \'a,b,,c\\n1,2,3\\n\' | column -t -s,')).toEqual({ stdout: 'a  b     c\n1  2  3  \n', stderr: '', status: 0 });
    // printf 'a\tb  c\n' | column -t
    expect(await sh('printf \'a\\tb  c\\n\' | column -t')).toEqual({ stdout: 'a  b  c\n', stderr: '', status: 0 });
    // printf 'é日本 x\nab y\n' | column -t
    expect(await sh('printf \'é日本 x\\nab y\\n\' | column -t')).toEqual({ stdout: 'é日本  x\nab     y\n', stderr: '', status: 0 });
    // printf 'a\n' | column -t -o ''
    expect(await sh('printf \'a\\n\' | column -t -o \'\'')).toEqual({ stdout: 'a\n', stderr: '', status: 0 });
  });

  test('-L keeps empty lines', async () => {
    // column -t -L tbl
    expect(await sh(TBL + 'column -t -L tbl')).toEqual({ stdout: 'name   age  city\nalice  30   paris\nbob    4    london-on-thames\n            \ncarol  22   \n', stderr: '', status: 0 });
    // column -L tbl
    expect(await sh(TBL + 'column -L tbl')).toEqual({ stdout: 'name age city\t\tbob 4 london-on-thames\t  carol   22\nalice 30 paris\t\t\n', stderr: '', status: 0 });
    // printf '\n\n' | column -t -L
    expect(await sh('printf \'\\n\\n\' | column -t -L')).toEqual({ stdout: '', stderr: '', status: 1 });
  });

  test('empty input, several files, invalid UTF-8', async () => {
    // column
    expect(await sh('column')).toEqual({ stdout: '', stderr: '', status: 0 });
    // column -t
    expect(await sh('column -t')).toEqual({ stdout: '', stderr: '', status: 0 });
    // column f12 tbl
    expect(await sh(TBL + 'column f12 tbl')).toEqual({ stdout: 'a\t\t\tg\t\t\tname age city\nb\t\t\th\t\t\talice 30 paris\nc\t\t\ti\t\t\tbob 4 london-on-thames\nd\t\t\tj\t\t\t  carol   22\ne\t\t\tk\nf\t\t\tl\n', stderr: '', status: 0 });
    // column -t bad
    expect(await shWithFiles({ bad: 'fffe61622063640a' }, 'column -t bad')).toEqual({ stdout: '\\xff\\xfeab  cd\n', stderr: '', status: 0 });
  });

  test('errors', async () => {
    // column nope f12
    expect(await sh(TBL + 'column nope f12')).toEqual({ stdout: 'a\tc\te\tg\ti\tk\nb\td\tf\th\tj\tl\n', stderr: 'column: nope: No such file or directory\n', status: 1 });
    // column d
    expect(await sh(TBL + 'column d')).toEqual({ stdout: '', stderr: 'column: read failed: Is a directory\n', status: 1 });
    // column -c x
    expect(await sh('column -c x')).toEqual({ stdout: '', stderr: 'column: invalid columns argument: \'x\'\n', status: 1 });
    // column -c -5
    expect(await sh('column -c -5')).toEqual({ stdout: '', stderr: 'column: invalid columns argument: \'-5\': Numerical result out of range\n', status: 1 });
    // column -c 99999999999
    expect(await sh('column -c 99999999999')).toEqual({ stdout: '', stderr: 'column: invalid columns argument: \'99999999999\': Numerical result out of range\n', status: 1 });
    // column -x -t
    expect(await sh('column -x -t')).toEqual({ stdout: '', stderr: 'column: mutually exclusive arguments: --table --fillrows\n', status: 1 });
    // column -t -x
    expect(await sh('column -t -x')).toEqual({ stdout: '', stderr: 'column: mutually exclusive arguments: --table --fillrows\n', status: 1 });
    // column -q
    expect(await sh('column -q')).toEqual({ stdout: '', stderr: 'column: invalid option -- \'q\'\nTry \'column --help\' for more information.\n', status: 1 });
    // Not simulated: JSON output
    // column -t -J
    expect(await sh('column -t -J')).toEqual({ stdout: '', stderr: 'column: -J: not supported in this playground\n', status: 2 });
    // Not simulated: column names
    // column -t -N a,b
    expect(await sh('column -t -N a,b')).toEqual({ stdout: '', stderr: 'column: -N: not supported in this playground\n', status: 2 });
    // Not simulated: right alignment
    // column -t -R 1
    expect(await sh('column -t -R 1')).toEqual({ stdout: '', stderr: 'column: -R: not supported in this playground\n', status: 2 });
  });

  test('--help', async () => {
    // column --help
    expect((await sh('column --help')).stdout.split('\n')[0]).toBe('');
  });
});
