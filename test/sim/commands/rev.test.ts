// rev (util-linux): the characters of each line reversed.
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

describe('rev', () => {
  test('reverses characters, keeping newlines', async () => {
    // rev  <<< 'hello\nwörld 中文\n'
    expect(await sh('rev', 'hello\nwörld 中文\n')).toEqual({ stdout: 'olleh\n文中 dlröw\n', stderr: '', status: 0 });
    // rev  <<< 'no newline'
    expect(await sh('rev', 'no newline')).toEqual({ stdout: 'enilwen on', stderr: '', status: 0 });
    // rev
    expect(await sh('rev')).toEqual({ stdout: '', stderr: '', status: 0 });
    // echo 'a😀b' | rev
    expect(await sh('echo \'a😀b\' | rev')).toEqual({ stdout: 'b😀a\n', stderr: '', status: 0 });
    // printf "x\ny" > xy; rev xy xy
    expect(await sh('printf "x\\ny" > xy; rev xy xy')).toEqual({ stdout: 'x\nyx\ny', stderr: '', status: 0 });
  });

  test('invalid UTF-8 stops the file with the line count', async () => {
    // rev bad1
    expect(await shWithFiles({ bad1: '6162ff63640a65660a' }, 'rev bad1')).toEqual({ stdout: '', stderr: 'rev: bad1: 0: Invalid or incomplete multibyte or wide character\n', status: 1 });
    // rev < bad2
    expect(await shWithFiles({ bad2: '61620a6364ff0a' }, 'rev < bad2')).toEqual({ stdout: 'ba\n', stderr: 'rev: stdin: 1: Invalid or incomplete multibyte or wide character\n', status: 1 });
  });

  test('missing files, directories and "-" (a file name to rev)', async () => {
    // printf "x\ny" > xy; mkdir d; rev nope d xy
    expect(await sh('printf "x\\ny" > xy; mkdir d; rev nope d xy')).toEqual({ stdout: 'x\ny', stderr: 'rev: cannot open nope: No such file or directory\nrev: d: 0: Is a directory\n', status: 1 });
    // rev -  <<< 'ab\n'
    expect(await sh('rev -', 'ab\n')).toEqual({ stdout: '', stderr: 'rev: cannot open -: No such file or directory\n', status: 1 });
  });

  test('options', async () => {
    // rev -x
    expect(await sh('rev -x')).toEqual({ stdout: '', stderr: 'rev: invalid option -- \'x\'\nTry \'rev --help\' for more information.\n', status: 1 });
    // rev -V
    expect(await sh('rev -V')).toEqual({ stdout: 'rev from util-linux 2.38.1\n', stderr: '', status: 0 });
    // rev -h | head -n 1
    expect(await sh('rev -h | head -n 1')).toEqual({ stdout: 'Usage: rev [options] [file ...]\n', stderr: '', status: 0 });
  });

  test('--help', async () => {
    // rev --help
    expect((await sh('rev --help')).stdout.split('\n')[0]).toBe('Usage: rev [options] [file ...]');
  });
});
