// truncate against GNU coreutils 9.1 (outputs recorded from the real truncate on Debian 12).

import { expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

test('sets, extends and rounds sizes; copies a reference size', async () => {
  // printf 'hello world\n' > a; truncate -s 5 a; cat a; echo; truncate -s +3 a; wc -c < a; truncate -r a b; wc -c < b; truncate -s %4 a; wc -c < a
  expect(await sh("printf 'hello world\\n' > a; truncate -s 5 a; cat a; echo; truncate -s +3 a; wc -c < a; truncate -r a b; wc -c < b; truncate -s %4 a; wc -c < a")).toEqual({
    stdout: 'hello\n8\n8\n8\n',
    stderr: '',
    status: 0,
  });
});

test('bad sizes, missing sizes, unwritable targets and -c', async () => {
  // truncate -s 5X a; echo $?; truncate a; echo $?; truncate -s 5 /nonexist/x; echo $?; truncate -s 10 -c nofile; echo $?; ls nofile; truncate -s 3 /tmp; echo $?
  expect(await sh('truncate -s 5X a; echo $?; truncate a; echo $?; truncate -s 5 /nonexist/x; echo $?; truncate -s 10 -c nofile; echo $?; ls nofile; truncate -s 3 /tmp; echo $?')).toEqual({
    stdout: '1\n1\n1\n0\n1\n',
    stderr:
      "truncate: Invalid number: ‘5X’\ntruncate: you must specify either ‘--size’ or ‘--reference’\nTry 'truncate --help' for more information.\ntruncate: cannot open '/nonexist/x' for writing: No such file or directory\nls: cannot access 'nofile': No such file or directory\ntruncate: cannot open '/tmp' for writing: Is a directory\n",
    status: 0,
  });
});
