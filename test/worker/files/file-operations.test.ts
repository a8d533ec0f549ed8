// The file tree's changes, made as the student: they show in the shell, and fail with the shell's
// errors (worded as coreutils word them, without the command name).

import { describe, expect, test } from 'vitest';
import { STUDENT } from '../../../src/sim/fs/base-system.ts';
import { createFile, createFolder, remove, rename } from '../../../src/worker/files/file-operations.ts';
import { bootWorld, runBashCommand } from '../../support/world.ts';

const HOME = '/home/student';

describe('creating files and folders', () => {
  test('a new file and folder belong to the student with the umask-022 modes', async () => {
    const world = bootWorld();
    const fs = world.kernel.fs;
    expect(createFile(fs, STUDENT, HOME, 'notes.txt')).toEqual({ ok: true, path: '/home/student/notes.txt' });
    expect(createFolder(fs, STUDENT, HOME, 'data')).toEqual({ ok: true, path: '/home/student/data' });
    const { stdout } = await runBashCommand(world, 'stat -c "%A %U %s %n" notes.txt data');
    expect(stdout).toBe('-rw-r--r-- student 0 notes.txt\ndrwxr-xr-x student 4096 data\n');
  });

  test('names with spaces and Unicode work and the shell sees them', async () => {
    const world = bootWorld();
    const fs = world.kernel.fs;
    expect(createFolder(fs, STUDENT, HOME, 'mes données').ok).toBe(true);
    expect(createFile(fs, STUDENT, `${HOME}/mes données`, 'été 2024.csv').ok).toBe(true);
    const { stdout } = await runBashCommand(world, 'ls "mes données"');
    expect(stdout).toBe('été 2024.csv\n');
  });

  test('an existing name is refused with File exists', () => {
    const fs = bootWorld().kernel.fs;
    createFolder(fs, STUDENT, HOME, 'data');
    expect(createFolder(fs, STUDENT, HOME, 'data')).toEqual({ ok: false, message: "cannot create directory '/home/student/data': File exists" });
    expect(createFile(fs, STUDENT, HOME, 'data')).toEqual({ ok: false, message: "cannot create regular file '/home/student/data': File exists" });
  });

  test('a folder the student may not write to is refused with Permission denied', () => {
    const fs = bootWorld().kernel.fs;
    expect(createFile(fs, STUDENT, '/etc', 'x.conf')).toEqual({ ok: false, message: "cannot create regular file '/etc/x.conf': Permission denied" });
    expect(createFolder(fs, STUDENT, '/root', 'x')).toEqual({ ok: false, message: "cannot create directory '/root/x': Permission denied" });
  });

  test('a name with a slash is refused, never created somewhere else', () => {
    const fs = bootWorld().kernel.fs;
    expect(createFile(fs, STUDENT, HOME, '../evil')).toEqual({ ok: false, message: "cannot create regular file '/home/student/../evil': a name cannot contain '/'" });
    expect(fs.resolve(STUDENT, '/', '/home/evil').inode).toBeUndefined();
  });
});

describe('renaming', () => {
  test('renames within the folder', async () => {
    const world = bootWorld();
    createFile(world.kernel.fs, STUDENT, HOME, 'a.txt');
    expect(rename(world.kernel.fs, STUDENT, `${HOME}/a.txt`, 'b c.txt')).toEqual({ ok: true, path: '/home/student/b c.txt' });
    expect((await runBashCommand(world, 'ls')).stdout).toBe('b c.txt\n');
  });

  test('an existing name is refused instead of replaced', () => {
    const fs = bootWorld().kernel.fs;
    createFile(fs, STUDENT, HOME, 'a');
    createFile(fs, STUDENT, HOME, 'b');
    expect(rename(fs, STUDENT, `${HOME}/a`, 'b')).toEqual({ ok: false, message: "cannot move '/home/student/a' to '/home/student/b': File exists" });
  });

  test('renaming in a root-owned folder is refused with Permission denied', () => {
    const fs = bootWorld().kernel.fs;
    expect(rename(fs, STUDENT, '/etc/hosts', 'hosts.old')).toEqual({ ok: false, message: "cannot move '/etc/hosts' to '/etc/hosts.old': Permission denied" });
  });
});

describe('deleting', () => {
  test('deletes a file, and a folder with everything in it', async () => {
    const world = bootWorld();
    await runBashCommand(world, 'mkdir -p d/e && touch d/e/f d/g x');
    expect(remove(world.kernel.fs, STUDENT, `${HOME}/d`)).toEqual({ ok: true, path: '/home/student/d' });
    expect(remove(world.kernel.fs, STUDENT, `${HOME}/x`)).toEqual({ ok: true, path: '/home/student/x' });
    expect((await runBashCommand(world, 'ls -A | grep -v "^\\.ba\\|^\\.pro"; echo end')).stdout).toBe('end\n');
  });

  test('a folder with something the student cannot remove is left whole, naming what blocked it', async () => {
    const world = bootWorld();
    await runBashCommand(world, 'mkdir -p d/locked && touch d/a d/locked/f && chmod 555 d/locked');
    expect(remove(world.kernel.fs, STUDENT, `${HOME}/d`)).toEqual({ ok: false, message: "cannot remove '/home/student/d/locked/f': Permission denied" });
    expect((await runBashCommand(world, 'find d | sort')).stdout).toBe('d\nd/a\nd/locked\nd/locked/f\n');
  });

  test('system files and the root are refused', () => {
    const fs = bootWorld().kernel.fs;
    expect(remove(fs, STUDENT, '/etc/passwd')).toEqual({ ok: false, message: "cannot remove '/etc/passwd': Permission denied" });
    expect(remove(fs, STUDENT, '/nope')).toEqual({ ok: false, message: "cannot remove '/nope': No such file or directory" });
    expect(remove(fs, STUDENT, '/')).toEqual({ ok: false, message: "it is dangerous to operate recursively on '/'" });
  });

  test("another user's file in sticky /tmp is refused with Operation not permitted", async () => {
    const world = bootWorld();
    world.kernel.fs.createFile({ uid: 0, gid: 0, groups: [0] }, '/', '/tmp/roots', 0o666);
    expect(remove(world.kernel.fs, STUDENT, '/tmp/roots')).toEqual({ ok: false, message: "cannot remove '/tmp/roots': Operation not permitted" });
  });
});
