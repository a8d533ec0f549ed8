// Reading a tar archive block by block, as GNU tar's read_header does: long-name and pax records
// apply to the next entry, a bad checksum means "not a tar archive" at the start and "Skipping to
// next header" later, two zero blocks (or one before the end) close the archive.

import { BLOCK, decodeHeader, entryType, isZeroBlock, parsePax, type TarEntry } from './tar-ustar.ts';
import { decodeUtf8 } from '../io/input-reader.ts';

export type ArchiveEvent =
  | { kind: 'entry'; entry: TarEntry; data: Uint8Array; /** Data cut short by the end of the archive. */ truncated: boolean }
  | { kind: 'not-tar' }
  | { kind: 'skipping' }
  | { kind: 'lone-zero'; block: number }
  | { kind: 'eof' };

export function* readArchive(archive: Uint8Array): Generator<ArchiveEvent> {
  const blocks = Math.floor(archive.length / BLOCK);
  const partial = archive.length % BLOCK !== 0;
  let at = 0;
  let longName: string | undefined;
  let longLink: string | undefined;
  let pax = new Map<string, string>();
  let seenHeader = false;
  let skipping = false;
  while (at < blocks) {
    const block = archive.subarray(at * BLOCK, (at + 1) * BLOCK);
    if (isZeroBlock(block)) {
      if (at + 1 >= blocks && !partial) yield { kind: 'lone-zero', block: at + 1 };
      return;
    }
    const raw = decodeHeader(block);
    if (raw === undefined) {
      if (!seenHeader) {
        yield { kind: 'not-tar' };
        return;
      }
      if (!skipping) yield { kind: 'skipping' };
      skipping = true;
      at++;
      continue;
    }
    skipping = false;
    seenHeader = true;
    at++;
    const size = raw.flag === '1' || raw.flag === '2' || raw.flag === '5' ? 0 : numberOr(pax.get('size'), raw.size);
    const dataBlocks = Math.ceil(size / BLOCK);
    const available = archive.subarray(at * BLOCK, Math.min(archive.length, at * BLOCK + size));
    const truncated = available.length < size;
    at += dataBlocks;
    if (raw.flag === 'L' || raw.flag === 'K' || raw.flag === 'x' || raw.flag === 'g') {
      if (truncated) {
        yield { kind: 'eof' };
        return;
      }
      const text = decodeUtf8(available);
      if (raw.flag === 'L') longName = text.replace(/\0.*$/s, '');
      else if (raw.flag === 'K') longLink = text.replace(/\0.*$/s, '');
      else if (raw.flag === 'x') pax = parsePax(available);
      continue;
    }
    const entry: TarEntry = {
      name: pax.get('path') ?? longName ?? raw.name,
      type: entryType(raw.flag) ?? 'file',
      mode: raw.mode & 0o7777,
      uid: numberOr(pax.get('uid'), raw.uid),
      gid: numberOr(pax.get('gid'), raw.gid),
      uname: pax.get('uname') ?? raw.uname,
      gname: pax.get('gname') ?? raw.gname,
      size,
      mtime: Math.floor(numberOr(pax.get('mtime'), raw.mtime)),
      linkname: pax.get('linkpath') ?? longLink ?? raw.linkname,
    };
    longName = undefined;
    longLink = undefined;
    pax = new Map();
    yield { kind: 'entry', entry, data: available, truncated };
    if (truncated) return;
  }
  if (!seenHeader) yield { kind: 'not-tar' };
  else if (partial) yield { kind: 'eof' };
}

function numberOr(text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  return Number.isFinite(value) ? value : fallback;
}
