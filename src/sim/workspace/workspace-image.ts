// A whole workspace as one byte array: what the browser keeps in IndexedDB and what a student
// downloads as a `.ppworkspace` file. Layout: "PPWS", u16 version, u32 header length, a JSON header
// (seed, virtual time, section lengths), a CRC-32 of everything before it, then the sections back to
// back. The only section so far is the filesystem snapshot ("PPFS"), which carries its own CRC-32, so
// the big bytes are checked once, not twice. Later subsystems (Airflow's metadata, Kafka's logs)
// add sections; a reader refuses a section it does not know rather than silently dropping it.
//
// Reading checks everything and builds the new tree aside, so a corrupt, truncated or foreign file
// is refused whole (WorkspaceFileError, with a sentence a student can act on) and nothing changes.

import { crc32 } from '../fs/crc32.ts';
import { FileSystem } from '../fs/filesystem.ts';
import { restoreFileSystem, snapshotFileSystem, SnapshotError } from '../fs/snapshot.ts';
import type { World } from '../world.ts';
import { ROOT } from '../fs/base-system.ts';
import { nativeProgram } from '../exec.ts';
import { isErrno } from '../kernel/errors.ts';

const MAGIC = [0x50, 0x50, 0x57, 0x53]; // "PPWS"
export const WORKSPACE_FORMAT_VERSION = 1;
const PREAMBLE = 10; // magic, version, header length
const SECTION_NAMES = ['fs'] as const;

export class WorkspaceFileError extends Error {}

/** A workspace read back and checked, ready to become a world. */
export interface WorkspaceImage {
  seed: number;
  /** Virtual time when it was saved, microseconds since the epoch. */
  nowUs: number;
  /** Real time when it was saved (ms since the epoch), for "saved at" messages. */
  savedAtMs: number;
  /** The saved tree, built in a detached FileSystem; `applyWorkspace` moves it into a world. */
  fs: FileSystem;
}

interface Header {
  app: 'pipeline-playground';
  seed: number;
  nowUs: number;
  savedAtMs: number;
  sections: { name: string; length: number }[];
}

/** Captures the world's seed, virtual time and filesystem. */
export function captureWorkspace(world: World, seed: number, savedAtMs: number): Uint8Array {
  world.driver.sync();
  const fs = snapshotFileSystem(world.kernel.fs);
  const header: Header = {
    app: 'pipeline-playground',
    seed,
    nowUs: world.kernel.clock.nowUs,
    savedAtMs,
    sections: [{ name: 'fs', length: fs.length }],
  };
  const json = new TextEncoder().encode(JSON.stringify(header));
  const headerEnd = PREAMBLE + json.length;
  const out = new Uint8Array(headerEnd + 4 + fs.length);
  const view = new DataView(out.buffer);
  out.set(MAGIC, 0);
  view.setUint16(4, WORKSPACE_FORMAT_VERSION);
  view.setUint32(6, json.length);
  out.set(json, PREAMBLE);
  view.setUint32(headerEnd, crc32(out.subarray(0, headerEnd)));
  out.set(fs, headerEnd + 4);
  return out;
}

/** Checks a saved or uploaded workspace and builds its tree aside; throws WorkspaceFileError. */
export function readWorkspace(bytes: Uint8Array): WorkspaceImage {
  if (bytes.length < PREAMBLE + 4 || MAGIC.some((b, i) => bytes[i] !== b)) {
    throw new WorkspaceFileError('this is not a Pipeline Playground workspace file');
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint16(4);
  if (version !== WORKSPACE_FORMAT_VERSION) {
    throw new WorkspaceFileError(
      version > WORKSPACE_FORMAT_VERSION
        ? `this workspace was saved by a newer Pipeline Playground (format ${version}; this one reads format ${WORKSPACE_FORMAT_VERSION})`
        : `workspace format ${version} is not supported (this version reads format ${WORKSPACE_FORMAT_VERSION})`,
    );
  }
  const headerEnd = PREAMBLE + view.getUint32(6);
  if (headerEnd + 4 > bytes.length) throw new WorkspaceFileError('the workspace file is incomplete (it may have been cut short)');
  if (crc32(bytes.subarray(0, headerEnd)) !== view.getUint32(headerEnd)) throw new WorkspaceFileError('the workspace file is corrupt (header checksum mismatch)');
  const header = parseHeader(bytes.subarray(PREAMBLE, headerEnd));
  const sections = new Map<string, Uint8Array>();
  let at = headerEnd + 4;
  for (const { name, length } of header.sections) {
    if (at + length > bytes.length) throw new WorkspaceFileError('the workspace file is incomplete (it may have been cut short)');
    sections.set(name, bytes.subarray(at, at + length));
    at += length;
  }
  if (at !== bytes.length) throw new WorkspaceFileError('the workspace file is corrupt (unexpected bytes after the last section)');
  const fsBytes = sections.get('fs');
  if (!fsBytes) throw new WorkspaceFileError('the workspace file is corrupt (it has no filesystem)');
  const fs = new FileSystem({ now: () => header.nowUs });
  try {
    restoreFileSystem(fs, fsBytes);
  } catch (error) {
    if (error instanceof SnapshotError) throw new WorkspaceFileError(filesystemProblem(error.message));
    throw error;
  }
  return { seed: header.seed, nowUs: header.nowUs, savedAtMs: header.savedAtMs, fs };
}

/**
 * Moves an image's tree into a freshly created world (made with the image's seed and time) before
 * its terminal starts. Programs this version added since the save are installed, so an old
 * workspace still finds every command; cron reloads its tables from the restored spool.
 */
export async function applyWorkspace(world: World, image: WorkspaceImage): Promise<void> {
  const source = image.fs;
  world.kernel.fs.adoptTree(source.root, source.nextInodeNumber, source.usedBytes, source.inodeCount);
  installMissingPrograms(world);
  await world.cron.reloadAll(true);
}

function installMissingPrograms(world: World): void {
  const fs = world.kernel.fs;
  for (const name of world.system.commands.names()) {
    const path = `/usr/bin/${name}`;
    try {
      fs.lookup(ROOT, '/', path, false);
    } catch (error) {
      if (!isErrno(error, 'ENOENT')) continue; // /usr/bin itself unusable: leave it as the student made it
      try {
        const inode = fs.createFile(ROOT, '/', path, 0o755);
        fs.setContent(inode, new TextEncoder().encode(nativeProgram(name)));
      } catch (failed) {
        if (!isErrno(failed)) throw failed;
      }
    }
  }
}

/** The filesystem snapshot's reason, worded about the workspace file the student chose. */
function filesystemProblem(message: string): string {
  if (message.startsWith('the snapshot is corrupt')) return message.replace('the snapshot', 'the workspace file');
  return `the workspace file is corrupt (its filesystem is unreadable: ${message})`;
}

function parseHeader(json: Uint8Array): Header {
  let header: unknown;
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    throw new WorkspaceFileError('the workspace file is corrupt (unreadable header)');
  }
  const h = header as Partial<Header> | null;
  const valid =
    typeof h === 'object' && h !== null && h.app === 'pipeline-playground' &&
    Number.isInteger(h.seed) && Number.isSafeInteger(h.nowUs) && (h.nowUs ?? -1) >= 0 && Number.isFinite(h.savedAtMs) &&
    Array.isArray(h.sections) && h.sections.every((s) => typeof s === 'object' && s !== null && typeof s.name === 'string' && Number.isSafeInteger(s.length) && s.length >= 0);
  if (!valid) throw new WorkspaceFileError('the workspace file is corrupt (malformed header)');
  const unknown = h.sections!.find((s) => !(SECTION_NAMES as readonly string[]).includes(s.name));
  if (unknown) throw new WorkspaceFileError(`this workspace has a part this version cannot read ("${unknown.name}"); it was probably saved by a newer Pipeline Playground`);
  return h as Header;
}
