// The worker host keeps the student's work: it restores the saved workspace before the terminal
// starts, autosaves after changes, starts over on reset, starts from an imported file, refuses a
// bad file without changing anything, and runs in memory when the browser has no storage. Driven
// over a real MessageChannel, with fake-indexeddb as the worker's IndexedDB.

import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { MessageChannel } from 'node:worker_threads';
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { IDBFactory } from 'fake-indexeddb';
import { WorldHost } from '../../../src/worker/world-host.ts';
import type { WorldApi, WorldUpdate } from '../../../src/worker/protocol.ts';
import type { RestoreRequest, WorkspaceSlot, WorkspaceStatus } from '../../../src/worker/persistence/workspace-protocol.ts';
import { FRONTMATTER, lessonSource } from '../../sim/lessons/lesson-source.ts';

const START_MS = Date.UTC(2026, 0, 1, 9, 0, 0);
const PROMPT = 'student@playground:~$ ';
const channels: MessageChannel[] = [];

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

afterEach(() => {
  for (const channel of channels.splice(0)) {
    channel.port1.close();
    channel.port2.close();
  }
});

interface Session {
  api: Comlink.Remote<WorldApi>;
  statuses: WorkspaceStatus[];
  screen(): string;
  clockUs(): number;
  /** Types a command and waits for the prompt after its output; returns that output. */
  run(command: string): Promise<string>;
}

async function session(restore?: RestoreRequest, slot?: WorkspaceSlot): Promise<Session> {
  const channel = new MessageChannel();
  channels.push(channel);
  const host = new WorldHost({
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    yieldToHost: () => new Promise((resolve) => setImmediate(resolve)),
    now: () => performance.now(),
    transfer: (value, transferables) => Comlink.transfer(value, transferables),
  });
  Comlink.expose(host, nodeEndpoint(channel.port1));
  const api = Comlink.wrap<WorldApi>(nodeEndpoint(channel.port2));
  let screen = '';
  let clockUs = 0;
  const statuses: WorkspaceStatus[] = [];
  await api.start(
    { seed: 1, startMs: START_MS, cols: 120, rows: 24, restore, slot },
    Comlink.proxy((update: WorldUpdate) => {
      if (update.output) screen += new TextDecoder().decode(update.output);
      if (update.clock) clockUs = update.clock.nowUs;
      if (update.workspace) statuses.push(update.workspace);
    }),
  );
  await waitFor(() => screen.includes(PROMPT));
  return {
    api,
    statuses,
    screen: () => screen,
    clockUs: () => clockUs,
    async run(command) {
      const from = screen.length;
      await api.input(`${command}\r`);
      await waitFor(() => screen.slice(from).endsWith(PROMPT) && screen.slice(from).includes('\r\n'));
      const text = screen.slice(from).replace(/\r\n/g, '\n');
      return text.slice(text.indexOf('\n') + 1, text.length - PROMPT.length);
    },
  };
}

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const latest = (s: Session): WorkspaceStatus => s.statuses[s.statuses.length - 1];

async function savedAfterChange(s: Session): Promise<WorkspaceStatus> {
  const before = latest(s).savedAtMs;
  await waitFor(() => latest(s).savedAtMs !== before && !latest(s).pending && !latest(s).saving, 15_000);
  return latest(s);
}

describe('lesson machines', () => {
  // FRONTMATTER says seed 7, start 2026-03-01T12:00:00Z.
  const LESSON: WorkspaceSlot = {
    kind: 'lesson',
    source: lessonSource(`${FRONTMATTER}\n## One\n\nText.\n\n## Two\n\nMore.\n`, { files: { 'data/in.csv': ['a,b\n', 0o644], 'run.sh': ['#!/bin/bash\necho ran\n', 0o755] } }),
  };
  const LESSON_START_US = Date.UTC(2026, 2, 1, 12, 0, 0) * 1000;

  test('a started lesson gets its own machine at its start time with its files; the sandbox is untouched', async () => {
    const sandbox = await session();
    await sandbox.run('echo mine > sandbox.txt');
    await savedAfterChange(sandbox);

    const lesson = await session({ kind: 'fresh' }, LESSON);
    expect(lesson.clockUs()).toBeGreaterThanOrEqual(LESSON_START_US);
    expect(lesson.clockUs()).toBeLessThan(LESSON_START_US + 5_000_000);
    expect(await lesson.run('ls -l run.sh data/in.csv | cut -c1-10; ./run.sh; ls sandbox.txt')).toBe(
      '-rw-r--r--\n-rwxr-xr-x\nran\nls: cannot access \'sandbox.txt\': No such file or directory\n',
    );
    await lesson.run('echo progress > work.txt');
    await savedAfterChange(lesson);

    // Each machine comes back as it was left.
    expect(await (await session()).run('cat sandbox.txt; ls work.txt')).toBe('mine\nls: cannot access \'work.txt\': No such file or directory\n');
    const again = await session({ kind: 'saved' }, LESSON);
    expect(again.statuses[0].origin).toBe('restored');
    expect(await again.run('cat work.txt')).toBe('progress\n');
  });

  test('"reset step" brings back the machine as the step began; "reset lesson" starts it over', async () => {
    const lesson = await session({ kind: 'fresh' }, LESSON);
    await lesson.api.lessonsLoad([(LESSON as { source: ReturnType<typeof lessonSource> }).source]);
    await lesson.run('echo step1 > one.txt');
    await lesson.api.lessonFollow('99-test', 2); // the student moves on: step 2 begins here
    await lesson.run('echo oops > two.txt; rm one.txt');
    await savedAfterChange(lesson);

    const rewound = await session({ kind: 'step', step: 2 }, LESSON);
    expect(rewound.statuses[0]).toMatchObject({ origin: 'rewound', originNote: null });
    expect(await rewound.run('cat one.txt; ls two.txt')).toBe('step1\nls: cannot access \'two.txt\': No such file or directory\n');
    // The rewound machine is the lesson's machine from now on.
    await waitFor(() => latest(rewound).savedAtMs !== null);
    expect(await (await session({ kind: 'saved' }, LESSON)).run('cat one.txt')).toBe('step1\n');

    const over = await session({ kind: 'fresh' }, LESSON);
    expect(await over.run('ls one.txt 2>&1 | wc -l; cat data/in.csv')).toBe('1\na,b\n');
    // Starting over forgot the old step snapshots.
    const noSnapshot = await session({ kind: 'step', step: 2 }, LESSON);
    expect(noSnapshot.statuses[0].originNote).toBe('There is no copy of your machine from the start of step 2; it is as you left it.');
  });
});

describe('the worker host with storage', () => {
  test('a new machine autosaves a change, and the next start restores it with the time it had', async () => {
    const first = await session();
    expect(first.statuses[0]).toEqual({ storage: 'browser', origin: 'new', originNote: null, pending: false, saving: false, savedAtMs: null, lastSave: null, problem: null });
    expect(await first.run('echo "my notes" > notes.txt')).toBe('');
    const saved = await savedAfterChange(first);
    expect(saved.problem).toBeNull();
    expect(saved.lastSave!.bytes).toBeGreaterThan(1000);
    // An hour passes with no file change; the page's save on hiding records the clock.
    expect(await first.api.advance(3_600_000)).toBe('done');
    await first.api.saveWorkspace();
    await waitFor(() => first.clockUs() >= (START_MS + 3_600_000) * 1000);
    const savedClock = first.clockUs();

    const second = await session();
    expect(second.statuses[0]).toMatchObject({ storage: 'browser', origin: 'restored', originNote: null });
    expect(await second.run('cat notes.txt')).toBe('my notes\n');
    expect(second.clockUs()).toBeGreaterThanOrEqual(savedClock);
    expect(second.clockUs()).toBeLessThan(savedClock + 60_000_000);
  });

  test('saveWorkspace saves now and reports it', async () => {
    const s = await session();
    const status = await s.api.saveWorkspace();
    expect(status.savedAtMs).not.toBeNull();
    expect(status.pending).toBe(false);
    expect(status.lastSave!.ms).toBeGreaterThanOrEqual(0);
  });

  test('a reset starts a new machine and replaces the saved workspace at once', async () => {
    const first = await session();
    await first.run('echo keep > kept.txt');
    await savedAfterChange(first);
    await first.api.retireWorkspace();
    const reset = await session({ kind: 'fresh' });
    expect(reset.statuses[0].origin).toBe('reset');
    expect(await reset.run('cat kept.txt')).toBe('cat: kept.txt: No such file or directory\n');
    await waitFor(() => latest(reset).savedAtMs !== null);
    const after = await session();
    expect(await after.run('cat kept.txt')).toBe('cat: kept.txt: No such file or directory\n');
  });

  test('an exported workspace imports into another browser; a bad file is refused and changes nothing', async () => {
    const source = await session();
    await source.run('mkdir -p project && echo "id,name" > project/data.csv');
    const exported = await source.api.exportWorkspace();
    expect(new TextDecoder().decode(exported.subarray(0, 4))).toBe('PPWS');

    globalThis.indexedDB = new IDBFactory(); // another browser
    const target = await session();
    await target.run('echo mine > mine.txt');
    const refused = await target.api.checkWorkspace(new TextEncoder().encode('PK\u0003\u0004 not a workspace'));
    expect(refused).toEqual({ ok: false, message: 'This is not a Pipeline Playground workspace file.' });
    const damaged = exported.slice();
    damaged[damaged.length - 3] ^= 0xff;
    expect(await target.api.checkWorkspace(damaged)).toEqual({ ok: false, message: 'The workspace file is corrupt (checksum mismatch).' });
    // Still the same machine, still saving.
    expect(await target.run('cat mine.txt')).toBe('mine\n');
    await target.run('echo more >> mine.txt');
    await savedAfterChange(target);

    const accepted = await target.api.checkWorkspace(exported);
    expect(accepted.ok).toBe(true);
    const imported = await session({ kind: 'image', bytes: accepted.ok ? accepted.bytes : new Uint8Array() });
    expect(imported.statuses[0].origin).toBe('imported');
    expect(await imported.run('cat project/data.csv mine.txt')).toBe('id,name\ncat: mine.txt: No such file or directory\n');
    await waitFor(() => latest(imported).savedAtMs !== null);
    const reloaded = await session();
    expect(await reloaded.run('cat project/data.csv')).toBe('id,name\n');
  });

  test('an unreadable saved workspace starts a new machine, says why, and keeps the copy', async () => {
    const first = await session();
    await first.run('echo x > x.txt');
    await savedAfterChange(first);
    await corruptSavedWorkspace();
    const second = await session();
    expect(second.statuses[0]).toMatchObject({
      origin: 'new',
      originNote: 'Your saved workspace could not be read (the workspace file is corrupt (checksum mismatch)); a new machine was started and the unreadable copy is kept in the browser.',
    });
    expect(await second.run('cat x.txt')).toBe('cat: x.txt: No such file or directory\n');
  });
});

describe('the worker host without storage', () => {
  test('runs in memory and says so; export still works', async () => {
    (globalThis as { indexedDB?: IDBFactory }).indexedDB = undefined;
    const s = await session();
    expect(s.statuses[0]).toMatchObject({
      storage: 'memory',
      problem: 'This browser does not let the playground store data (IndexedDB is missing): your work is kept in memory only and is lost when this page closes; use Export to keep a copy.',
    });
    expect(await s.run('echo fine > f.txt && cat f.txt')).toBe('fine\n');
    await waitFor(() => latest(s).pending);
    const exported = await s.api.exportWorkspace();
    expect(exported.length).toBeGreaterThan(1000);
  });
});

/** Flips one byte of the filesystem in the saved record, as a disk error might. */
async function corruptSavedWorkspace(): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('pipeline-playground', 1);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const store = db.transaction('workspace', 'readwrite').objectStore('workspace');
  await new Promise<void>((resolve, reject) => {
    const get = store.get('current');
    get.onsuccess = () => {
      const bytes = get.result as Uint8Array;
      bytes[bytes.length - 2] ^= 0xff;
      const put = store.put(bytes, 'current');
      put.onsuccess = () => resolve();
      put.onerror = () => reject(put.error);
    };
  });
  db.close();
}
