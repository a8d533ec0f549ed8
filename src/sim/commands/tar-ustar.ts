// tar headers as GNU tar 1.34 writes them (its default "gnu" format): 512-byte blocks, octal
// fields ("0000644\0"), the "ustar  \0" magic, a checksum of the header's bytes, and names longer
// than 100 bytes in a preceding "././@LongLink" entry. Reading also accepts POSIX ustar (the
// prefix field) and pax extended headers, as GNU tar does.

import { decodeUtf8, encodeUtf8 } from '../io/input-reader.ts';

export const BLOCK = 512;
/** GNU tar writes records of 20 blocks. */
export const RECORD = 20 * BLOCK;

export type EntryType = 'file' | 'hardlink' | 'symlink' | 'char' | 'block' | 'dir' | 'fifo';

export interface TarEntry {
  name: string;
  type: EntryType;
  /** Permission bits (07777). */
  mode: number;
  uid: number;
  gid: number;
  uname: string;
  gname: string;
  size: number;
  /** Seconds since the epoch. */
  mtime: number;
  /** Target of a link. */
  linkname: string;
}

const TYPE_FLAGS: Record<EntryType, string> = { file: '0', hardlink: '1', symlink: '2', char: '3', block: '4', dir: '5', fifo: '6' };

/** The header block(s) for an entry, preceded by LongLink blocks when names are too long. */
export function encodeHeader(entry: TarEntry): Uint8Array[] {
  const blocks: Uint8Array[] = [];
  const name = encodeUtf8(entry.name);
  const link = encodeUtf8(entry.linkname);
  if (link.length > 100) blocks.push(...longLink('K', link));
  if (name.length > 100) blocks.push(...longLink('L', name));
  blocks.push(headerBlock({ ...entry }, name.subarray(0, 100), link.subarray(0, 100), TYPE_FLAGS[entry.type]));
  return blocks;
}

/** GNU's ././@LongLink entry: a header, then the name and a NUL in data blocks. */
function longLink(flag: string, value: Uint8Array): Uint8Array[] {
  const header = headerBlock(
    { name: '', type: 'file', mode: 0o644, uid: 0, gid: 0, uname: 'root', gname: 'root', size: value.length + 1, mtime: 0, linkname: '' },
    encodeUtf8('././@LongLink'),
    new Uint8Array(0),
    flag,
  );
  const data = new Uint8Array(Math.ceil((value.length + 1) / BLOCK) * BLOCK);
  data.set(value);
  return [header, data];
}

function headerBlock(entry: TarEntry, name: Uint8Array, link: Uint8Array, flag: string): Uint8Array {
  const block = new Uint8Array(BLOCK);
  block.set(name, 0);
  writeOctal(block, 100, 8, entry.mode);
  writeOctal(block, 108, 8, entry.uid);
  writeOctal(block, 116, 8, entry.gid);
  writeOctal(block, 124, 12, entry.size);
  writeOctal(block, 136, 12, entry.mtime);
  block[156] = flag.charCodeAt(0);
  block.set(link, 157);
  block.set(encodeUtf8('ustar  \0'), 257);
  block.set(encodeUtf8(entry.uname).subarray(0, 31), 265);
  block.set(encodeUtf8(entry.gname).subarray(0, 31), 297);
  block.fill(0x20, 148, 156);
  const sum = checksum(block);
  block.set(encodeUtf8(`${sum.toString(8).padStart(6, '0')}\0 `), 148);
  return block;
}

function writeOctal(block: Uint8Array, at: number, width: number, value: number): void {
  const digits = Math.max(0, Math.floor(value)).toString(8).padStart(width - 1, '0');
  block.set(encodeUtf8(digits.slice(-(width - 1))), at);
  block[at + width - 1] = 0;
}

function checksum(block: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : block[i];
  return sum;
}

export function isZeroBlock(block: Uint8Array): boolean {
  return block.every((b) => b === 0);
}

/** The fields of one raw header block, or undefined when its checksum is wrong. */
export interface RawHeader {
  name: string;
  linkname: string;
  flag: string;
  mode: number;
  uid: number;
  gid: number;
  size: number;
  mtime: number;
  uname: string;
  gname: string;
}

export function decodeHeader(block: Uint8Array): RawHeader | undefined {
  const stored = readOctal(block, 148, 8);
  if (stored === undefined || stored !== checksum(block)) return undefined;
  const text = (at: number, width: number): string => {
    const field = block.subarray(at, at + width);
    const end = field.indexOf(0);
    return decodeUtf8(end < 0 ? field : field.subarray(0, end));
  };
  let name = text(0, 100);
  const magic = text(257, 6);
  if (magic === 'ustar') {
    const prefix = text(345, 155);
    if (prefix !== '') name = `${prefix}/${name}`;
  }
  return {
    name,
    linkname: text(157, 100),
    flag: block[156] === 0 ? '0' : String.fromCharCode(block[156]),
    mode: readOctal(block, 100, 8) ?? 0,
    uid: readOctal(block, 108, 8) ?? 0,
    gid: readOctal(block, 116, 8) ?? 0,
    size: readOctal(block, 124, 12) ?? 0,
    mtime: readOctal(block, 136, 12) ?? 0,
    uname: text(265, 32),
    gname: text(297, 32),
  };
}

/** An octal field (spaces and NULs around the digits), or GNU's base-256 form for big values. */
function readOctal(block: Uint8Array, at: number, width: number): number | undefined {
  if (block[at] & 0x80) {
    let value = block[at] & 0x7f;
    for (let i = 1; i < width; i++) value = value * 256 + block[at + i];
    return value;
  }
  const text = String.fromCharCode(...block.subarray(at, at + width)).replace(/[\0 ]+$/, '').replace(/^ +/, '');
  if (text === '') return 0;
  if (!/^[0-7]+$/.test(text)) return undefined;
  return parseInt(text, 8);
}

export function entryType(flag: string): EntryType | undefined {
  switch (flag) {
    case '0': case '7': return 'file';
    case '1': return 'hardlink';
    case '2': return 'symlink';
    case '3': return 'char';
    case '4': return 'block';
    case '5': return 'dir';
    case '6': return 'fifo';
    default: return undefined;
  }
}

/** The records of a pax extended header ("LEN key=value\n" each). */
export function parsePax(data: Uint8Array): Map<string, string> {
  const records = new Map<string, string>();
  const text = decodeUtf8(data);
  let at = 0;
  while (at < text.length) {
    const space = text.indexOf(' ', at);
    if (space < 0) break;
    const length = Number(text.slice(at, space));
    if (!Number.isInteger(length) || length <= 0) break;
    const record = text.slice(space + 1, at + length - 1);
    const eq = record.indexOf('=');
    if (eq > 0) records.set(record.slice(0, eq), record.slice(eq + 1));
    at += length;
  }
  return records;
}
