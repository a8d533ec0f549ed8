// The file tree across the real worker boundary (comlink over a MessageChannel): listings of watched
// folders come back in the host's update batches when files change — one listing per folder per
// batch, however many writes — and stop once the folder is unwatched.

import { afterEach, expect, test } from 'vitest';
import { MessageChannel } from 'node:worker_threads';
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { unzipSync } from 'fflate';
import { WorldHost } from '../../../src/worker/world-host.ts';
import type { WorldApi, WorldUpdate } from '../../../src/worker/protocol.ts';
import type { DirListing, FileTreeUpdate } from '../../../src/worker/files/protocol.ts';

let channel: MessageChannel | undefined;

afterEach(() => {
  channel?.port1.close();
  channel?.port2.close();
});

async function startHost(): Promise<{ api: Comlink.Remote<WorldApi>; screen: () => string; files: FileTreeUpdate[] }> {
  channel = new MessageChannel();
  const host = new WorldHost({
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    yieldToHost: () => new Promise((resolve) => setImmediate(resolve)),
    now: () => performance.now(),
    transfer: (value, transferables) => Comlink.transfer(value, transferables),
  });
  Comlink.expose(host, nodeEndpoint(channel.port1));
  const api = Comlink.wrap<WorldApi>(nodeEndpoint(channel.port2));
  let screen = '';
  const files: FileTreeUpdate[] = [];
  await api.start(
    { seed: 1, startMs: Date.UTC(2026, 0, 1), cols: 80, rows: 24 },
    Comlink.proxy((update: WorldUpdate) => {
      if (update.output) screen += new TextDecoder().decode(update.output);
      if (update.files) files.push(update.files);
    }),
  );
  await waitFor(() => screen.includes('student@playground:~$ '));
  return { api, screen: () => screen, files };
}

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function names(listing: DirListing | undefined): string[] {
  return listing?.ok ? listing.entries.map((e) => e.name) : [];
}

test('a watched folder is relisted once per batch while a loop writes to it', async () => {
  const { api, screen, files } = await startHost();
  expect(names(await api.filesList('/home/student'))).toEqual(['.bash_logout', '.bashrc', '.profile']);

  await api.input('mkdir bin; for i in $(seq 300); do echo $i >> log.txt; done; chmod +x log.txt; echo done\r');
  await waitFor(() => screen().includes('\r\ndone\r\n'));
  await waitFor(() => files.some((u) => u.listings.some((l) => l.ok && l.entries.some((e) => e.name === 'log.txt' && e.executable))));

  // 300 appends and a mkdir, but only a handful of batches, each with home listed once.
  expect(files.length).toBeLessThan(40);
  for (const update of files) expect(update.listings.filter((l) => l.path === '/home/student')).toHaveLength(1);
  const last = files.at(-1)!.listings.find((l) => l.path === '/home/student');
  if (!last?.ok) throw new Error('home was not listed');
  expect(last.entries.map((e) => e.name)).toEqual(['bin', '.bash_logout', '.bashrc', '.profile', 'log.txt']);
  expect(last.entries[0]).toEqual({ name: 'bin', path: '/home/student/bin', kind: 'dir', size: 4096, mode: 0o755, executable: false });
  expect(last.entries[4]).toEqual({ name: 'log.txt', path: '/home/student/log.txt', kind: 'file', size: 1092, mode: 0o755, executable: true });
  expect(files.at(-1)!.usage.quotaBytes).toBe(64 * 1024 * 1024);
});

test('an unwatched folder sends nothing more', async () => {
  const { api, screen, files } = await startHost();
  await api.filesList('/home/student');
  await api.filesUnwatch();
  await api.input('touch quiet.txt; echo ok\r');
  await waitFor(() => screen().includes('\r\nok\r\n'));
  await new Promise((resolve) => setTimeout(resolve, 100));
  expect(files).toEqual([]);
});

test('a folder zip crosses the boundary as a transferred buffer', async () => {
  const { api, screen } = await startHost();
  await api.input("mkdir out && printf 'a\\nb\\n' > out/x.csv; echo ok\r");
  await waitFor(() => screen().includes('\r\nok\r\n'));
  const download = await api.filesDownloadZip('/home/student/out');
  if (!download.ok) throw new Error(download.message);
  expect(download.name).toBe('out.zip');
  expect(Object.keys(unzipSync(download.bytes))).toEqual(['out/', 'out/x.csv']);
});
