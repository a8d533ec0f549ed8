// A workspace image carries the student's files, the virtual time and the seed from one world to the
// next; anything that is not an intact image of this format is refused with a sentence, whole.

import { describe, expect, test } from 'vitest';
import { applyWorkspace, captureWorkspace, readWorkspace, WorkspaceFileError } from '../../../src/sim/workspace/workspace-image.ts';
import { crc32 } from '../../../src/sim/fs/crc32.ts';
import { bootWorld, runBashCommand, START_MS } from '../../support/world.ts';

const SAVED_AT = Date.UTC(2026, 10, 25, 12, 0, 0);

async function savedWorkspace(): Promise<Uint8Array> {
  const world = bootWorld({ seed: 7 });
  const setup = await runBashCommand(world, 'mkdir -p data && printf "a,b\\n1,2\\n" > data/in.csv && chmod 600 data/in.csv && ln -s data/in.csv link && sleep 90');
  expect(setup).toEqual({ stdout: '', stderr: '', status: 0 });
  return captureWorkspace(world, 7, SAVED_AT);
}

async function restoredWorld(bytes: Uint8Array) {
  const image = readWorkspace(bytes);
  const world = bootWorld({ seed: image.seed, startMs: Math.ceil(image.nowUs / 1000) });
  await applyWorkspace(world, image);
  return { world, image };
}

describe('a workspace image', () => {
  test('brings back files, modes, symlinks, the virtual time and the seed', async () => {
    const { world, image } = await restoredWorld(await savedWorkspace());
    expect(image.seed).toBe(7);
    expect(image.savedAtMs).toBe(SAVED_AT);
    expect(image.nowUs).toBeGreaterThanOrEqual((START_MS + 90_000) * 1000);
    expect(image.nowUs).toBeLessThan((START_MS + 91_000) * 1000);
    const listing = await runBashCommand(world, 'cat link; stat -c "%a %U %n" data/in.csv; readlink link; date -u +%H:%M:%S');
    expect(listing).toEqual({ stdout: 'a,b\n1,2\n600 student data/in.csv\ndata/in.csv\n10:01:30\n', stderr: '', status: 0 });
  });

  test('a restored world installs programs its image lacks (saved before they existed)', async () => {
    const world = bootWorld();
    world.kernel.fs.unlink({ uid: 0, gid: 0, groups: [0] }, '/', '/usr/bin/sort');
    const { world: restored } = await restoredWorld(captureWorkspace(world, 1, SAVED_AT));
    expect(await runBashCommand(restored, 'printf "b\\na\\n" | sort')).toEqual({ stdout: 'a\nb\n', stderr: '', status: 0 });
  });

  test("cron reloads the restored crontab and keeps firing the student's jobs", async () => {
    const world = bootWorld();
    const install = await runBashCommand(world, 'echo "* * * * * echo tick >> /home/student/ticks.log" | crontab -');
    expect(install.status).toBe(0);
    const { world: restored } = await restoredWorld(captureWorkspace(world, 1, SAVED_AT));
    // Cron wakes one second into each minute: 10:01:01 and 10:02:01.
    const after = await runBashCommand(restored, 'sleep 150; cat ticks.log; crontab -l | tail -n 1');
    expect(after).toEqual({ stdout: 'tick\ntick\n* * * * * echo tick >> /home/student/ticks.log\n', stderr: '', status: 0 });
  });
});

describe('reading a workspace file refuses', () => {
  const refusal = (bytes: Uint8Array): string => {
    try {
      readWorkspace(bytes);
    } catch (error) {
      if (error instanceof WorkspaceFileError) return error.message;
      throw error;
    }
    throw new Error('the workspace was accepted');
  };

  test('a file of another kind (a zip, text, nothing at all)', () => {
    expect(refusal(new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new Uint8Array(40)]))).toBe('this is not a Pipeline Playground workspace file');
    expect(refusal(new TextEncoder().encode('hello, this is a text file\n'))).toBe('this is not a Pipeline Playground workspace file');
    expect(refusal(new Uint8Array(0))).toBe('this is not a Pipeline Playground workspace file');
  });

  test('a newer format version', async () => {
    const bytes = await savedWorkspace();
    new DataView(bytes.buffer).setUint16(4, 2);
    expect(refusal(bytes)).toBe('this workspace was saved by a newer Pipeline Playground (format 2; this one reads format 1)');
  });

  test('a file cut short, and bytes after the end', async () => {
    const bytes = await savedWorkspace();
    expect(refusal(bytes.subarray(0, bytes.length - 100))).toBe('the workspace file is incomplete (it may have been cut short)');
    expect(refusal(bytes.subarray(0, 30))).toBe('the workspace file is incomplete (it may have been cut short)');
    const longer = new Uint8Array(bytes.length + 1);
    longer.set(bytes);
    expect(refusal(longer)).toBe('the workspace file is corrupt (unexpected bytes after the last section)');
  });

  test('a damaged header, and damaged file contents', async () => {
    const header = await savedWorkspace();
    header[20] ^= 0x01;
    expect(refusal(header)).toBe('the workspace file is corrupt (header checksum mismatch)');
    const contents = await savedWorkspace();
    contents[contents.length - 10] ^= 0x01;
    expect(refusal(contents)).toBe('the workspace file is corrupt (checksum mismatch)');
  });

  test('a section this version does not know', async () => {
    const bytes = await savedWorkspace();
    expect(refusal(withHeader(bytes, (header) => ({ ...header, sections: [...(header.sections as object[]), { name: 'kafka', length: 0 }] })))).toBe(
      'this workspace has a part this version cannot read ("kafka"); it was probably saved by a newer Pipeline Playground',
    );
    expect(refusal(withHeader(bytes, (header) => ({ ...header, seed: 'seven' })))).toBe('the workspace file is corrupt (malformed header)');
  });
});

/** The same image with its JSON header rewritten (and a valid header checksum). */
function withHeader(bytes: Uint8Array, change: (header: Record<string, unknown>) => Record<string, unknown>): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerEnd = 10 + view.getUint32(6);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(10, headerEnd)));
  const json = new TextEncoder().encode(JSON.stringify(change(header)));
  const rest = bytes.subarray(headerEnd + 4);
  const out = new Uint8Array(10 + json.length + 4 + rest.length);
  const outView = new DataView(out.buffer);
  out.set(bytes.subarray(0, 6));
  outView.setUint32(6, json.length);
  out.set(json, 10);
  outView.setUint32(10 + json.length, crc32(out.subarray(0, 10 + json.length)));
  out.set(rest, 14 + json.length);
  return out;
}
