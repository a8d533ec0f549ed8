// Snapshots of the whole filesystem as one byte array, for saving, restoring and exporting work.
// Layout: "PPFS", u16 version, u32 header length, a JSON header describing every inode, the file
// contents back to back, and a CRC-32 of all that. Restoring checks everything (magic, version,
// checksum, structure) and builds a new tree before touching the live one, so a corrupt or foreign
// snapshot is refused whole, never half-loaded.

import { crc32 } from './crc32.ts';
import type { FileSystem } from './filesystem.ts';
import { DeviceInode, DirInode, FifoInode, FileInode, SymlinkInode, type DeviceName, type Inode } from './inode.ts';

const MAGIC = [0x50, 0x50, 0x46, 0x53]; // "PPFS"
export const SNAPSHOT_VERSION = 1;
const DEVICES: readonly DeviceName[] = ['null', 'zero', 'full', 'random', 'urandom', 'tty'];

export class SnapshotError extends Error {}

type Row =
  | [ino: number, kind: 'd', mode: number, uid: number, gid: number, atime: number, mtime: number, ctime: number, entries: [string, number][]]
  | [ino: number, kind: 'f', mode: number, uid: number, gid: number, atime: number, mtime: number, ctime: number, offset: number, size: number]
  | [ino: number, kind: 'l', mode: number, uid: number, gid: number, atime: number, mtime: number, ctime: number, target: string]
  | [ino: number, kind: 'p', mode: number, uid: number, gid: number, atime: number, mtime: number, ctime: number]
  | [ino: number, kind: 'c', mode: number, uid: number, gid: number, atime: number, mtime: number, ctime: number, device: string];

interface Header {
  nextIno: number;
  root: number;
  inodes: Row[];
}

export function snapshotFileSystem(fs: FileSystem): Uint8Array {
  const rows: Row[] = [];
  const blobs: Uint8Array[] = [];
  let offset = 0;
  const seen = new Set<Inode>();
  const visit = (inode: Inode): void => {
    if (seen.has(inode)) return;
    seen.add(inode);
    const base = [inode.ino, inode.mode, inode.uid, inode.gid, inode.atimeUs, inode.mtimeUs, inode.ctimeUs] as const;
    const [ino, mode, uid, gid, atime, mtime, ctime] = base;
    switch (inode.type) {
      case 'dir':
        rows.push([ino, 'd', mode, uid, gid, atime, mtime, ctime, [...inode.entries].map(([name, child]) => [name, child.ino])]);
        for (const child of inode.entries.values()) visit(child);
        return;
      case 'file':
        rows.push([ino, 'f', mode, uid, gid, atime, mtime, ctime, offset, inode.size]);
        blobs.push(inode.content());
        offset += inode.size;
        return;
      case 'symlink':
        rows.push([ino, 'l', mode, uid, gid, atime, mtime, ctime, inode.target]);
        return;
      case 'fifo':
        rows.push([ino, 'p', mode, uid, gid, atime, mtime, ctime]);
        return;
      case 'device':
        rows.push([ino, 'c', mode, uid, gid, atime, mtime, ctime, inode.device]);
    }
  };
  visit(fs.root);
  const header: Header = { nextIno: fs.nextInodeNumber, root: fs.root.ino, inodes: rows };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const total = 4 + 2 + 4 + json.length + offset + 4;
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  out.set(MAGIC, 0);
  view.setUint16(4, SNAPSHOT_VERSION);
  view.setUint32(6, json.length);
  out.set(json, 10);
  let at = 10 + json.length;
  for (const blob of blobs) {
    out.set(blob, at);
    at += blob.length;
  }
  view.setUint32(at, crc32(out.subarray(0, at)));
  return out;
}

/** Replaces the filesystem's tree with the snapshot's, or throws SnapshotError and changes nothing. */
export function restoreFileSystem(fs: FileSystem, snapshot: Uint8Array): void {
  const tree = readSnapshot(snapshot);
  fs.adoptTree(tree.root, tree.nextIno, tree.usedBytes, tree.inodeCount);
}

interface ParsedTree {
  root: DirInode;
  nextIno: number;
  usedBytes: number;
  inodeCount: number;
}

function readSnapshot(bytes: Uint8Array): ParsedTree {
  if (bytes.length < 14 || MAGIC.some((b, i) => bytes[i] !== b)) {
    throw new SnapshotError('this is not a Pipeline Playground filesystem snapshot');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint16(4);
  if (version !== SNAPSHOT_VERSION) {
    throw new SnapshotError(`snapshot format version ${version} is not supported (this version reads ${SNAPSHOT_VERSION})`);
  }
  const end = bytes.length - 4;
  if (crc32(bytes.subarray(0, end)) !== view.getUint32(end)) throw new SnapshotError('the snapshot is corrupt (checksum mismatch)');
  const headerLength = view.getUint32(6);
  if (10 + headerLength > end) throw new SnapshotError('the snapshot is corrupt (header runs past the end)');
  let header: Header;
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(10, 10 + headerLength)));
  } catch {
    throw new SnapshotError('the snapshot is corrupt (unreadable header)');
  }
  const blob = bytes.subarray(10 + headerLength, end);
  return buildTree(header, blob);
}

function buildTree(header: Header, blob: Uint8Array): ParsedTree {
  const corrupt = (why: string): never => {
    throw new SnapshotError(`the snapshot is corrupt (${why})`);
  };
  if (typeof header !== 'object' || header === null || !Array.isArray(header.inodes) || !Number.isInteger(header.root) || !Number.isInteger(header.nextIno)) {
    corrupt('malformed header');
  }
  const rows = new Map<number, Row>();
  const inodes = new Map<number, Inode>();
  for (const row of header.inodes) {
    if (!Array.isArray(row) || row.length < 8) corrupt('malformed inode');
    const [ino, kind, mode, uid, gid, atime, mtime, ctime] = row;
    if (![ino, mode, uid, gid, atime, mtime, ctime].every(Number.isFinite)) corrupt(`bad numbers in inode ${String(ino)}`);
    if (rows.has(ino)) corrupt(`inode ${ino} appears twice`);
    if (ino >= header.nextIno) corrupt(`inode ${ino} is beyond the next inode number`);
    rows.set(ino, row);
    const times = [atime, mtime, ctime] as const;
    let inode: Inode;
    switch (kind) {
      case 'd':
        inode = new DirInode(ino, mode, uid, gid, ...times);
        break;
      case 'f': {
        const [, , , , , , , , offset, size] = row as Extract<Row, [number, 'f', ...unknown[]]>;
        if (!Number.isInteger(offset) || !Number.isInteger(size) || offset < 0 || size < 0 || offset + size > blob.length) corrupt(`file data of inode ${ino} is out of range`);
        const file = new FileInode(ino, mode, uid, gid, ...times);
        file.data = blob.slice(offset, offset + size);
        file.size = size;
        inode = file;
        break;
      }
      case 'l': {
        const link = new SymlinkInode(ino, mode, uid, gid, ...times);
        const target = (row as Extract<Row, [number, 'l', ...unknown[]]>)[8];
        if (typeof target !== 'string') corrupt(`symlink ${ino} has no target`);
        link.target = target;
        inode = link;
        break;
      }
      case 'p':
        inode = new FifoInode(ino, mode, uid, gid, ...times);
        break;
      case 'c': {
        const device = (row as Extract<Row, [number, 'c', ...unknown[]]>)[8] as DeviceName;
        if (!DEVICES.includes(device)) corrupt(`unknown device ${String(device)}`);
        const node = new DeviceInode(ino, mode, uid, gid, ...times);
        node.device = device;
        inode = node;
        break;
      }
      default:
        return corrupt(`unknown inode kind ${String(kind)}`);
    }
    inode.nlink = 0;
    inodes.set(ino, inode);
  }
  const root = inodes.get(header.root);
  if (!(root instanceof DirInode)) return corrupt('the root is missing or not a directory');
  // Link directories, checking every entry and that each directory has exactly one parent.
  const parented = new Set<DirInode>([root]);
  for (const [ino, row] of rows) {
    if (row[1] !== 'd') continue;
    const dir = inodes.get(ino) as DirInode;
    for (const entry of row[8]) {
      if (!Array.isArray(entry) || typeof entry[0] !== 'string') corrupt(`bad entry in directory ${ino}`);
      const [name, childIno] = entry;
      if (name === '' || name === '.' || name === '..' || name.includes('/') || name.includes('\0')) corrupt(`bad name ${JSON.stringify(name)}`);
      const child = inodes.get(childIno);
      if (child === undefined) corrupt(`directory ${ino} names missing inode ${childIno}`);
      if (child instanceof DirInode) {
        if (parented.has(child)) corrupt(`directory ${childIno} has more than one parent`);
        parented.add(child);
        child.parent = dir;
        child.name = name;
      }
      dir.entries.set(name, child!);
      child!.nlink++;
    }
  }
  root.parent = root;
  root.name = '';
  // Every directory must be reachable from the root (no detached cycles).
  const reachable = new Set<Inode>();
  const stack: Inode[] = [root];
  while (stack.length > 0) {
    const inode = stack.pop()!;
    if (reachable.has(inode)) continue;
    reachable.add(inode);
    if (inode instanceof DirInode) for (const child of inode.entries.values()) stack.push(child);
  }
  for (const inode of inodes.values()) if (inode instanceof DirInode && !reachable.has(inode)) corrupt(`directory ${inode.ino} is not reachable from the root`);
  let usedBytes = 0;
  for (const inode of reachable) {
    if (inode.nlink === 0) inode.nlink = 1;
    if (inode instanceof FileInode) usedBytes += inode.size;
  }
  return { root, nextIno: header.nextIno, usedBytes, inodeCount: reachable.size };
}
