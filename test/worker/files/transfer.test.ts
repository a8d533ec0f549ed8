// Uploads and downloads between the desktop and the simulated machine: bytes kept exactly, the quota
// enforced before anything is written, and no name — in an upload or in a zip — escaping its folder.

import { describe, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { unzipSync, strFromU8 } from 'fflate';
import { STUDENT } from '../../../src/sim/fs/base-system.ts';
import { upload, uploadName } from '../../../src/worker/files/upload.ts';
import { downloadFile } from '../../../src/worker/files/download.ts';
import { zipFolder } from '../../../src/worker/files/folder-zip.ts';
import { bootWorld, runBashCommand } from '../../support/world.ts';

const HOME = '/home/student';
const ALL_BYTES = Uint8Array.from({ length: 256 }, (_, i) => i);

describe('uploading', () => {
  test('a binary file keeps every byte (md5sum in the shell agrees)', async () => {
    const world = bootWorld();
    expect(upload(world.kernel.fs, STUDENT, HOME, [{ name: 'all.bin', bytes: ALL_BYTES.slice() }])).toEqual([
      { name: 'all.bin', result: { ok: true, path: '/home/student/all.bin' } },
    ]);
    const md5 = createHash('md5').update(ALL_BYTES).digest('hex');
    expect((await runBashCommand(world, 'md5sum all.bin; stat -c "%A %s" all.bin')).stdout).toBe(`${md5}  all.bin\n-rw-r--r-- 256\n`);
  });

  test('upload names are cut to their last component; `.` and `..` are refused', () => {
    expect(uploadName('../../etc/passwd')).toBe('passwd');
    expect(uploadName('/etc/passwd')).toBe('passwd');
    expect(uploadName('..\\..\\evil.bat')).toBe('evil.bat');
    expect(uploadName('my file é.csv')).toBe('my file é.csv');
    expect(uploadName('..')).toBeNull();
    expect(uploadName('a/..')).toBeNull();
    expect(uploadName('.')).toBeNull();
    expect(uploadName('dir/')).toBeNull();
  });

  test('a path in an upload name never writes outside the folder', async () => {
    const world = bootWorld();
    const outcomes = upload(world.kernel.fs, STUDENT, `${HOME}`, [
      { name: '../../etc/passwd', bytes: new TextEncoder().encode('pwned\n') },
      { name: '..', bytes: new Uint8Array(1) },
    ]);
    expect(outcomes.map((o) => o.result)).toEqual([
      { ok: true, path: '/home/student/passwd' },
      { ok: false, message: "cannot upload '..': not a valid file name" },
    ]);
    expect((await runBashCommand(world, 'cat passwd; head -c 5 /etc/passwd; echo')).stdout).toBe('pwned\nroot:\n');
  });

  test('a file over the quota is refused with the quota message and leaves nothing behind', async () => {
    const world = bootWorld({ quotaBytes: 4 * 1024 * 1024 });
    const fs = world.kernel.fs;
    const used = fs.usedBytes;
    const outcomes = upload(fs, STUDENT, HOME, [
      { name: 'big.bin', bytes: new Uint8Array(5 * 1024 * 1024) },
      { name: 'small.txt', bytes: new TextEncoder().encode('ok\n') },
    ]);
    expect(outcomes.map((o) => o.result)).toEqual([
      { ok: false, message: "error writing '/home/student/big.bin': No space left on device" },
      { ok: true, path: '/home/student/small.txt' },
    ]);
    expect(fs.usedBytes).toBe(used + 3);
    expect((await runBashCommand(world, 'ls big.bin')).stderr).toBe("ls: cannot access 'big.bin': No such file or directory\n");
  });

  test('replacing a file with one that does not fit keeps the old content', async () => {
    const world = bootWorld({ quotaBytes: 2 * 1024 * 1024 });
    upload(world.kernel.fs, STUDENT, HOME, [{ name: 'data.csv', bytes: new TextEncoder().encode('a,b\n') }]);
    const [outcome] = upload(world.kernel.fs, STUDENT, HOME, [{ name: 'data.csv', bytes: new Uint8Array(3 * 1024 * 1024) }]);
    expect(outcome.result).toEqual({ ok: false, message: "error writing '/home/student/data.csv': No space left on device" });
    expect((await runBashCommand(world, 'cat data.csv')).stdout).toBe('a,b\n');
  });

  test('uploading into a folder the student may not write to is refused', () => {
    const world = bootWorld();
    const [outcome] = upload(world.kernel.fs, STUDENT, '/etc', [{ name: 'x', bytes: new Uint8Array(1) }]);
    expect(outcome.result).toEqual({ ok: false, message: "cannot create regular file '/etc/x': Permission denied" });
    const [onto] = upload(world.kernel.fs, STUDENT, '/etc', [{ name: 'hosts', bytes: new Uint8Array(1) }]);
    expect(onto.result).toEqual({ ok: false, message: "cannot create regular file '/etc/hosts': Permission denied" });
  });
});

describe('downloading', () => {
  test('a file comes back as its bytes, a copy the fs does not share', async () => {
    const world = bootWorld();
    await runBashCommand(world, "printf 'x\\0y' > raw");
    const download = downloadFile(world.kernel.fs, STUDENT, `${HOME}/raw`);
    if (!download.ok) throw new Error(download.message);
    expect(download.name).toBe('raw');
    expect([...download.bytes]).toEqual([0x78, 0, 0x79]);
    download.bytes[0] = 0x7a;
    expect((await runBashCommand(world, 'head -c 1 raw')).stdout).toBe('x');
  });

  test('a file the student cannot read is refused as cp would', () => {
    const world = bootWorld();
    world.kernel.fs.createFile({ uid: 0, gid: 0, groups: [0] }, '/', '/tmp/secret', 0o600);
    expect(downloadFile(world.kernel.fs, STUDENT, '/tmp/secret')).toEqual({ ok: false, message: "cannot open '/tmp/secret' for reading: Permission denied" });
  });

  test('a folder zips with its tree, its modes and no entry leaving it', async () => {
    const world = bootWorld();
    await runBashCommand(world, "mkdir -p 'my data'/empty 'my data'/sub && printf 'a,b\\n' > 'my data/été.csv' && printf '#!/bin/bash\\necho hi\\n' > 'my data/sub/run.sh' && chmod +x 'my data/sub/run.sh' && touch 'my data/locked' && chmod 000 'my data/locked' && ln -s /etc 'my data/etc-link'");
    const download = zipFolder(world.kernel.fs, STUDENT, `${HOME}/my data`);
    if (!download.ok) throw new Error(download.message);
    expect(download.name).toBe('my data.zip');
    expect(download.skipped).toEqual(["'/home/student/my data/locked': Permission denied", "'/home/student/my data/etc-link': symbolic link not followed"]);
    const entries = unzipSync(download.bytes);
    expect(Object.keys(entries).sort()).toEqual(['my data/', 'my data/empty/', 'my data/sub/', 'my data/sub/run.sh', 'my data/été.csv']);
    expect(strFromU8(entries['my data/été.csv'])).toBe('a,b\n');
    expect(Object.keys(entries).some((name) => name.split('/').includes('..') || name.startsWith('/'))).toBe(false);
    expect(download.bytes.byteLength).toBe(download.bytes.buffer.byteLength);
  });

  test('the zip keeps the executable bit in the Unix attributes', async () => {
    const world = bootWorld();
    await runBashCommand(world, "mkdir d && printf 'echo hi\\n' > d/run.sh && chmod 750 d/run.sh");
    const download = zipFolder(world.kernel.fs, STUDENT, `${HOME}/d`);
    if (!download.ok) throw new Error(download.message);
    expect(centralDirectoryModes(download.bytes)).toEqual({ 'd/': 0o40755, 'd/run.sh': 0o100750 });
  });
});

/** Reads each central directory entry's name and Unix mode (the high half of its external attributes). */
function centralDirectoryModes(zip: Uint8Array): Record<string, number> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const modes: Record<string, number> = {};
  for (let at = 0; at + 46 <= zip.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
    modes[name] = view.getUint32(at + 38, true) >>> 16;
    at += 45 + nameLength;
  }
  return modes;
}
