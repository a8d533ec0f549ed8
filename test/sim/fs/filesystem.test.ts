import { describe, expect, test } from 'vitest';
import { FileSystem } from '../../../src/sim/fs/filesystem.ts';
import { Errno } from '../../../src/sim/kernel/errors.ts';
import { restoreFileSystem, snapshotFileSystem, SnapshotError } from '../../../src/sim/fs/snapshot.ts';
import { bootWorld, runBashCommand } from '../../support/world.ts';

const ROOT = { uid: 0, gid: 0, groups: [0] };
const ALICE = { uid: 1000, gid: 1000, groups: [1000] };
const BOB = { uid: 1001, gid: 1001, groups: [1001] };

function errnoOf(action: () => unknown): string {
  try {
    action();
    return 'ok';
  } catch (error) {
    if (error instanceof Errno) return error.code;
    throw error;
  }
}

function fresh(now = () => 1_000_000, quotaBytes?: number): FileSystem {
  const fs = new FileSystem({ now, quotaBytes });
  fs.mkdir(ROOT, '/', '/home', 0o755);
  const home = fs.mkdir(ROOT, '/', '/home/alice', 0o755);
  home.uid = ALICE.uid;
  home.gid = ALICE.gid;
  fs.mkdir(ROOT, '/', '/tmp', 0o1777);
  return fs;
}

const text = (value: string): Uint8Array => new TextEncoder().encode(value);

describe('the filesystem', () => {
  test('directories and files, with mtimes from the virtual clock', () => {
    let now = 5_000_000;
    const fs = fresh(() => now);
    const file = fs.createFile(ALICE, '/home/alice', 'notes.txt', 0o644);
    now = 9_000_000;
    fs.writeAt(file, 0, text('hello'));
    expect(new TextDecoder().decode(fs.lookup(ALICE, '/', '/home/alice/notes.txt').type === 'file' ? file.content() : new Uint8Array())).toBe('hello');
    expect(file.mtimeUs).toBe(9_000_000);
    expect(fs.stat(file).size).toBe(5);
  });

  test('owner, group and other permission bits are enforced', () => {
    const fs = fresh();
    const secret = fs.createFile(ALICE, '/home/alice', 'secret', 0o600);
    fs.writeAt(secret, 0, text('x'));
    expect(fs.canAccess(ALICE, secret, 4)).toBe(true);
    expect(fs.canAccess(BOB, secret, 4)).toBe(false);
    expect(errnoOf(() => fs.createFile(BOB, '/home/alice', 'intrusion', 0o644))).toBe('EACCES');
    expect(errnoOf(() => fs.chmod(BOB, secret, 0o777))).toBe('EPERM');
    fs.chmod(ALICE, secret, 0o644);
    expect(fs.canAccess(BOB, secret, 4)).toBe(true);
    expect(fs.canAccess(ROOT, secret, 1)).toBe(false);
  });

  test('the sticky bit on /tmp stops users deleting each other\'s files', () => {
    const fs = fresh();
    fs.createFile(ALICE, '/tmp', 'mine', 0o666);
    expect(errnoOf(() => fs.unlink(BOB, '/tmp', 'mine'))).toBe('EPERM');
    expect(errnoOf(() => fs.unlink(ALICE, '/tmp', 'mine'))).toBe('ok');
  });

  test('errors are Linux errnos: ENOENT, ENOTDIR, EISDIR, EEXIST, ENOTEMPTY, ELOOP', () => {
    const fs = fresh();
    fs.createFile(ALICE, '/home/alice', 'f', 0o644);
    fs.mkdir(ALICE, '/home/alice', 'd', 0o755);
    fs.createFile(ALICE, '/home/alice', 'd/inside', 0o644);
    fs.symlink(ALICE, '/home/alice', 'loop', '/home/alice/loop');
    expect(errnoOf(() => fs.lookup(ALICE, '/', '/home/alice/missing'))).toBe('ENOENT');
    expect(errnoOf(() => fs.lookup(ALICE, '/', '/home/alice/f/x'))).toBe('ENOTDIR');
    expect(errnoOf(() => fs.unlink(ALICE, '/home/alice', 'd'))).toBe('EISDIR');
    expect(errnoOf(() => fs.mkdir(ALICE, '/home/alice', 'f', 0o755))).toBe('EEXIST');
    expect(errnoOf(() => fs.rmdir(ALICE, '/home/alice', 'd'))).toBe('ENOTEMPTY');
    expect(errnoOf(() => fs.lookup(ALICE, '/', '/home/alice/loop'))).toBe('ELOOP');
  });

  test('writes beyond the quota fail with ENOSPC and leave the file as it was', () => {
    const fs = fresh(() => 0, 1024);
    const file = fs.createFile(ALICE, '/home/alice', 'big', 0o644);
    fs.writeAt(file, 0, new Uint8Array(1000));
    expect(errnoOf(() => fs.writeAt(file, 1000, new Uint8Array(100)))).toBe('ENOSPC');
    expect(file.size).toBe(1000);
    fs.unlink(ALICE, '/home/alice', 'big');
    expect(fs.usedBytes).toBe(0);
  });

  test('appending line by line stays linear (capacity doubles) and earlier reads stay intact', () => {
    const fs = fresh();
    const file = fs.createFile(ALICE, '/home/alice', 'log', 0o644);
    const line = text('0123456789\n');
    for (let i = 0; i < 20_000; i++) fs.writeAt(file, file.size, line);
    expect(file.size).toBe(220_000);
    const snapshot = file.content();
    fs.writeAt(file, 0, text('X'));
    expect(snapshot[0]).toBe('0'.charCodeAt(0));
    expect(file.content()[0]).toBe('X'.charCodeAt(0));
  });
});

describe('filesystem snapshots', () => {
  test('a snapshot restores every file, directory, link, mode, owner and time exactly', () => {
    const fs = fresh(() => 123_000_000);
    const file = fs.createFile(ALICE, '/home/alice', 'script.sh', 0o755);
    fs.writeAt(file, 0, text('#!/bin/bash\necho hi\n'));
    fs.symlink(ALICE, '/home/alice', 'script.sh', '/home/alice/link');
    fs.mkfifo(ALICE, '/home/alice', 'pipe', 0o600);
    fs.hardlink(ALICE, '/home/alice', 'script.sh', 'hard');
    const bytes = snapshotFileSystem(fs);
    const copy = new FileSystem({ now: () => 0 });
    restoreFileSystem(copy, bytes);
    expect(snapshotFileSystem(copy)).toEqual(bytes);
    const restored = copy.lookup(ALICE, '/', '/home/alice/link');
    expect(restored.type).toBe('file');
    expect(restored.mode & 0o777).toBe(0o755);
    expect(restored.uid).toBe(ALICE.uid);
    expect(restored.mtimeUs).toBe(123_000_000);
    expect(copy.lookup(ALICE, '/', '/home/alice/hard')).toBe(restored);
    expect(copy.usedBytes).toBe(fs.usedBytes);
  });

  test('a corrupt, foreign or future snapshot is refused with a clear error and changes nothing', () => {
    const fs = fresh();
    fs.createFile(ALICE, '/home/alice', 'keep', 0o644);
    const good = snapshotFileSystem(fs);
    const target = fresh();
    target.createFile(ALICE, '/home/alice', 'original', 0o644);
    const corrupt = good.slice();
    corrupt[good.length - 10] ^= 0xff;
    const future = good.slice();
    future[5] = 9;
    const cases: [Uint8Array, string][] = [
      [text('{"not":"a snapshot"}'), 'this is not a Pipeline Playground filesystem snapshot'],
      [corrupt, 'the snapshot is corrupt (checksum mismatch)'],
      [future, 'snapshot format version 9 is not supported (this version reads 1)'],
      [good.subarray(0, 20), 'the snapshot is corrupt (checksum mismatch)'],
    ];
    for (const [bytes, message] of cases) {
      expect(() => restoreFileSystem(target, bytes)).toThrow(new SnapshotError(message));
      expect(target.lookup(ALICE, '/', '/home/alice/original').type).toBe('file');
      expect(errnoOf(() => target.lookup(ALICE, '/', '/home/alice/keep'))).toBe('ENOENT');
    }
  });
});

describe('the starting machine', () => {
  test('looks like a small Linux box: student at home, /etc files, /usr/bin holding the commands', async () => {
    const world = bootWorld();
    const result = await runBashCommand(world, 'pwd; echo $HOME $USER; cat /etc/hostname; ls /bin/ls');
    expect(result).toEqual({ stdout: '/home/student\n/home/student student\nplayground\n/bin/ls\n', stderr: '', status: 0 });
    const fs = world.kernel.fs;
    const passwd = new TextDecoder().decode((fs.lookup(ALICE, '/', '/etc/passwd') as { content(): Uint8Array }).content());
    const lines = passwd.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(28);
    expect(lines).toContain('student:x:1000:1000:Student,,,:/home/student:/bin/bash');
    expect(lines.every((line) => line.split(':').length === 7)).toBe(true);
    for (const path of ['/etc/group', '/etc/hostname', '/var/log', '/var/mail', '/tmp', '/home/student/.bashrc', '/usr/bin/ls', '/usr/bin/cat']) {
      expect(errnoOf(() => fs.lookup(ROOT, '/', path))).toBe('ok');
    }
    expect(fs.lookup(ROOT, '/', '/tmp').mode & 0o7777).toBe(0o1777);
    expect(fs.lookup(ROOT, '/', '/home/student').uid).toBe(1000);
  });
});
