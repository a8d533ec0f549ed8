// df: the machine has one tmpfs-like filesystem on / whose size is the world's quota (64 MiB here)
// and whose inodes are the inode limit, so the figures are computed from the world's counters. The
// table layout and the messages are GNU coreutils 9.1's, recorded from the real df (in comments).

import { describe, expect, test } from 'vitest';
import { bootWorld, runBashCommand, sh } from '../../support/world.ts';

/** Runs `script` in a fresh world, returning the result and the filesystem figures df reports. */
async function dfWorld(script: string) {
  const world = bootWorld();
  const fs = world.kernel.fs;
  const figures = () => {
    const blocks = fs.quotaBytes / 4096;
    const free = Math.floor((fs.quotaBytes - fs.usedBytes) / 4096);
    return { sizeK: blocks * 4, usedK: (blocks - free) * 4, availK: free * 4, inodes: fs.inodeLimit, iused: fs.inodeCount, ifree: fs.inodeLimit - fs.inodeCount };
  };
  const result = await runBashCommand(world, script);
  return { result, ...figures() };
}

const pad = (text: string | number, width: number): string => String(text).padStart(width);

describe('df', () => {
  test('the default table: tmpfs on /, 1K blocks, Use% rounded up', async () => {
    // GNU layout: $ df   (Filesystem padded to 14, numbers right-aligned in at least 5, "Mounted on" last)
    const { result, sizeK, usedK, availK } = await dfWorld('df; df .');
    const used = String(usedK);
    const w = Math.max(5, used.length);
    const line = `Filesystem     1K-blocks ${'Used'.padStart(w)} Available Use% Mounted on\ntmpfs              ${sizeK} ${pad(used, w)} ${pad(availK, 9)}   ${Math.ceil((usedK * 100) / sizeK)}% /\n`;
    expect(result).toEqual({ stdout: line + line, stderr: '', status: 0 });
  });

  test('-h, -T and --output', async () => {
    const { result } = await dfWorld('df -h --output=source,fstype,size,target; df -T --output=fstype 2>&1; df -hT . | cut -c1-27');
    expect(result).toEqual({
      stdout:
        'Filesystem     Type   Size Mounted on\ntmpfs          tmpfs   64M /\n' +
        "df: options -T and --output are mutually exclusive\nTry 'df --help' for more information.\n" +
        'Filesystem     Type   Size \ntmpfs          tmpfs   64M \n',
      stderr: '',
      status: 0,
    });
  });

  test('-i counts inodes', async () => {
    const { result, inodes, iused, ifree } = await dfWorld('df -i');
    const w = [String(inodes).length, Math.max(5, String(iused).length), Math.max(5, String(ifree).length)];
    expect(result.stdout).toBe(
      `Filesystem     ${'Inodes'.padStart(w[0])} ${'IUsed'.padStart(w[1])} ${'IFree'.padStart(w[2])} IUse% Mounted on\n` +
        `tmpfs          ${pad(inodes, w[0])} ${pad(iused, w[1])} ${pad(ifree, w[2])}    ${Math.ceil((iused * 100) / inodes)}% /\n`,
    );
  });

  test('-P uses the POSIX headers and --total adds a total line', async () => {
    const { result, sizeK } = await dfWorld('df -P . | head -1; df --total --output=source,size,target');
    expect(result.stdout).toBe(`Filesystem     1024-blocks  Used Available Capacity Mounted on\nFilesystem     1K-blocks Mounted on\ntmpfs              ${sizeK} /\ntotal              ${sizeK} -\n`);
  });

  test('Used grows by the blocks a new file takes, up to the quota', async () => {
    const before = await dfWorld('df --output=used | tail -1');
    const after = await dfWorld('printf "%100000s" x > big; df --output=used | tail -1');
    expect(Number(after.result.stdout) - Number(before.result.stdout)).toBe(after.usedK - before.usedK);
    expect(after.usedK - before.usedK).toBeGreaterThanOrEqual(96);
  });

  test('errors', async () => {
    // $ df nope; echo $?; df -t ext9; echo $?; df --output=foo; echo $?; df --output=size,size; echo $?; df -i --output; echo $?; df -t ext9 -x ext9; echo $?
    expect(await sh('df nope; echo $?; df -t ext9; echo $?; df --output=foo; echo $?; df --output=size,size; echo $?; df -i --output; echo $?; df -t ext9 -x ext9; echo $?')).toEqual({
      stdout: '1\n1\n1\n1\n1\n1\n',
      stderr:
        'df: nope: No such file or directory\ndf: no file systems processed\n' +
        "df: option --output: field ‘foo’ unknown\nTry 'df --help' for more information.\n" +
        "df: option --output: field ‘size’ used more than once\nTry 'df --help' for more information.\n" +
        "df: options -i and --output are mutually exclusive\nTry 'df --help' for more information.\n" +
        'df: file system type ‘ext9’ both selected and excluded\n',
      status: 0,
    });
  });
});
