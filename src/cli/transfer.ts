// --import and --export: copying folders between the host and the simulated filesystem. The
// executable bit travels both ways; nothing can escape the target folder.

import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import type { World } from '../sim/world.ts';
import { STUDENT } from '../sim/fs/base-system.ts';
import type { Inode } from '../sim/fs/inode.ts';

export function importFromHost(world: World, hostPath: string, simPath: string): void {
  const stats = statSync(hostPath);
  ensureDirectory(world, stats.isDirectory() ? simPath : parentOf(simPath));
  if (!stats.isDirectory()) {
    writeSimFile(world, simPath, readFileSync(hostPath), (stats.mode & 0o111) !== 0);
    return;
  }
  for (const name of readdirSync(hostPath)) {
    const child = join(hostPath, name);
    const childStats = statSync(child);
    const target = `${simPath.replace(/\/$/, '')}/${name}`;
    if (childStats.isDirectory()) importFromHost(world, child, target);
    else if (childStats.isFile()) writeSimFile(world, target, readFileSync(child), (childStats.mode & 0o111) !== 0);
  }
}

function parentOf(path: string): string {
  const index = path.replace(/\/$/, '').lastIndexOf('/');
  return index <= 0 ? '/' : path.slice(0, index);
}

function ensureDirectory(world: World, path: string): void {
  const fs = world.kernel.fs;
  const cred = { ...STUDENT, groups: [...STUDENT.groups] };
  let current = '';
  for (const part of path.split('/').filter(Boolean)) {
    current += `/${part}`;
    try {
      fs.lookupDir(cred, '/', current);
    } catch {
      const dir = fs.mkdir({ uid: 0, gid: 0, groups: [0] }, '/', current, 0o755);
      dir.uid = STUDENT.uid;
      dir.gid = STUDENT.gid;
    }
  }
}

function writeSimFile(world: World, path: string, bytes: Uint8Array, executable: boolean): void {
  const fs = world.kernel.fs;
  const root = { uid: 0, gid: 0, groups: [0] };
  const file = fs.createFile(root, '/', path, executable ? 0o755 : 0o644);
  fs.setContent(file, new Uint8Array(bytes));
  file.uid = STUDENT.uid;
  file.gid = STUDENT.gid;
}

export function exportToHost(world: World, simPath: string, hostPath: string): void {
  const fs = world.kernel.fs;
  const root = { uid: 0, gid: 0, groups: [0] };
  const inode = fs.lookup(root, '/', simPath);
  writeHost(fs, inode, hostPath);
}

function writeHost(fs: World['kernel']['fs'], inode: Inode, hostPath: string): void {
  if (inode.type === 'dir') {
    mkdirSync(hostPath, { recursive: true });
    for (const [name, child] of inode.entries) {
      if (name.includes('/') || name === '.' || name === '..') continue;
      writeHost(fs, child, join(hostPath, name));
    }
    return;
  }
  if (inode.type !== 'file') return;
  writeFileSync(hostPath, inode.content());
  chmodSync(hostPath, inode.mode & 0o777);
}
