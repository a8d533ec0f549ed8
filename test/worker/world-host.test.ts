// The worker boundary over a real MessageChannel (structured cloning included): calls go through
// comlink, terminal output comes back batched, never more than ~30 messages a second.

import { afterEach, describe, expect, test } from 'vitest';
import { MessageChannel } from 'node:worker_threads';
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { WorldHost } from '../../src/worker/world-host.ts';
import type { WorldApi, WorldUpdate } from '../../src/worker/protocol.ts';
import type { World } from '../../src/sim/world.ts';
import type { CronSnapshot } from '../../src/sim/cron/view.ts';
import { ROOT, STUDENT } from '../../src/sim/fs/base-system.ts';
import type { Credentials } from '../../src/sim/kernel/process.ts';
import { everyMinuteEntry, FakeCronService } from '../support/fake-cron.ts';

let channel: MessageChannel | undefined;

afterEach(() => {
  channel?.port1.close();
  channel?.port2.close();
});

function connect(prepareWorld?: (world: World) => void): Comlink.Remote<WorldApi> {
  channel = new MessageChannel();
  const host = new WorldHost(
    {
      setTimeout: (callback, ms) => setTimeout(callback, ms),
      yieldToHost: () => new Promise((resolve) => setImmediate(resolve)),
      now: () => performance.now(),
      transfer: (value, transferables) => Comlink.transfer(value, transferables),
    },
    prepareWorld,
  );
  Comlink.expose(host, nodeEndpoint(channel.port1));
  return Comlink.wrap<WorldApi>(nodeEndpoint(channel.port2));
}

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('the worker host', () => {
  test('runs the terminal: keystrokes in, screen bytes and the clock back', async () => {
    const api = connect();
    let screen = '';
    let clock: WorldUpdate['clock'];
    await api.start(
      { seed: 1, startMs: Date.UTC(2026, 0, 1), cols: 80, rows: 24 },
      Comlink.proxy((update: WorldUpdate) => {
        if (update.output) screen += new TextDecoder().decode(update.output);
        if (update.clock) clock = update.clock;
      }),
    );
    await waitFor(() => screen.includes('student@playground:~$ '));
    await api.input('echo hello\r');
    await waitFor(() => screen.includes('hello\r\nstudent@playground:~$ '));
    expect(clock?.mode).toEqual({ kind: 'running', speed: 1 });
    expect(clock!.nowUs).toBeGreaterThanOrEqual(Date.UTC(2026, 0, 1) * 1000);
  });

  test('under a flood of output, updates stay batched (at most ~30 a second)', async () => {
    const api = connect();
    let messages = 0;
    let bytes = 0;
    let screen = '';
    await api.start(
      { seed: 1, startMs: 0, cols: 80, rows: 24 },
      Comlink.proxy((update: WorldUpdate) => {
        messages++;
        if (update.output) {
          bytes += update.output.length;
          screen = (screen + new TextDecoder().decode(update.output)).slice(-200);
        }
      }),
    );
    await waitFor(() => screen.includes('$ '));
    const started = performance.now();
    messages = 0;
    await api.input('i=0; while (( i < 20000 )); do echo "line $i of the flood"; (( i++ )); done; echo FLOOD-DONE\r');
    await waitFor(() => screen.includes('FLOOD-DONE\r\n'), 30_000);
    const seconds = (performance.now() - started) / 1000;
    expect(bytes).toBeGreaterThan(20000 * 20);
    expect(messages / Math.max(seconds, 1)).toBeLessThanOrEqual(32);
  });
});

const START_MS = Date.UTC(2026, 10, 25, 10, 0, 0);
const START_US = START_MS * 1000;
const MINUTE_US = 60_000_000;

/** Starts a world and records every update it sends, with when it arrived. */
async function startRecording(api: Comlink.Remote<WorldApi>): Promise<{ updates: { atMs: number; update: WorldUpdate }[]; cron: () => CronSnapshot[] }> {
  const updates: { atMs: number; update: WorldUpdate }[] = [];
  await api.start(
    { seed: 1, startMs: START_MS, cols: 80, rows: 24 },
    Comlink.proxy((update: WorldUpdate) => {
      updates.push({ atMs: performance.now(), update });
    }),
  );
  return { updates, cron: () => updates.flatMap((u) => (u.update.cron ? [u.update.cron] : [])) };
}

describe('the worker host and the cron service', () => {
  test('sends the service\'s state at boot, then one snapshot per batch however many runs changed', async () => {
    const cron = new FakeCronService();
    const api = connect((world) => world.system.register('cron', cron));
    const { cron: snapshots } = await startRecording(api);
    await waitFor(() => snapshots().length === 1);
    expect(snapshots()[0]).toEqual({ entries: [], runs: [], totalRuns: 0 });

    // A crontab and 500 runs in one go (a fast-forward does this): one snapshot, the latest state.
    cron.install([everyMinuteEntry(1, 'echo tick >> ~/ticks.txt', START_US)]);
    for (let i = 0; i < 500; i++) cron.run('student:1', START_US + i * MINUTE_US, 0);
    await waitFor(() => snapshots().at(-1)?.totalRuns === 500);
    expect(snapshots()).toHaveLength(2);
    expect(cron.snapshotsTaken).toBe(2);
    const latest = snapshots().at(-1)!;
    expect(latest.entries.map((e) => e.command)).toEqual(['echo tick >> ~/ticks.txt']);
    expect(latest.runs).toHaveLength(20);
    expect(latest.runs[0]).toEqual({ entryId: 'student:1', pid: 2499, startUs: START_US + 499 * MINUTE_US, endUs: START_US + 499 * MINUTE_US + 150_000, status: 0, output: { kind: 'none' } });

    // Nothing changes: nothing more is sent.
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(snapshots()).toHaveLength(2);
  });

  test('runs arriving steadily are coalesced: at most one snapshot per ~33 ms batch', async () => {
    const cron = new FakeCronService();
    const api = connect((world) => world.system.register('cron', cron));
    const { updates, cron: snapshots } = await startRecording(api);
    await waitFor(() => snapshots().length === 1);
    const started = performance.now();
    // A start and an end every 2 ms for 600 ms: 600 changes, as ×3600 with 5 every-minute jobs.
    for (let i = 0; i < 300; i++) {
      const run = cron.run('student:1', START_US + i * MINUTE_US);
      await new Promise((resolve) => setTimeout(resolve, 1));
      run.endUs = run.startUs + 100_000;
      run.status = i % 7 === 0 ? 1 : 0;
      cron.onChange?.();
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    await waitFor(() => snapshots().at(-1)?.runs[0]?.status !== undefined && snapshots().at(-1)?.totalRuns === 300);
    const seconds = (performance.now() - started) / 1000;
    const cronUpdates = updates.filter((u) => u.atMs >= started && u.update.cron);
    expect(cronUpdates.length).toBeGreaterThan(3);
    expect(cronUpdates.length / seconds).toBeLessThanOrEqual(32);
    expect(cron.snapshotsTaken).toBe(snapshots().length);
    // Consecutive cron updates are a batch apart.
    for (let i = 1; i < cronUpdates.length; i++) expect(cronUpdates[i].atMs - cronUpdates[i - 1].atMs).toBeGreaterThan(20);
    expect(snapshots().at(-1)!.runs[0].status).toBe(0);
  });

  test("the machine's own cron daemon is sent at boot; a service registered later replaces it", async () => {
    let world: World | undefined;
    const api = connect((w) => (world = w));
    const { cron: snapshots } = await startRecording(api);
    await waitFor(() => snapshots().length === 1);
    expect(snapshots()[0]).toEqual({ entries: [], runs: [], totalRuns: 0 });
    expect(await api.cronTimeline(START_US, START_US + 10 * MINUTE_US, 100)).toEqual({ fromUs: START_US, toUs: START_US + 10 * MINUTE_US, fires: [], truncated: false });

    const cron = new FakeCronService();
    cron.entries = [everyMinuteEntry(1, 'date', START_US)];
    world!.system.register('cron', cron);
    // The next batch (the running clock sends one at least every second) notices it.
    await waitFor(() => snapshots().length === 2, 3000);
    expect(snapshots()[1].entries).toHaveLength(1);
    cron.run('student:1', START_US + MINUTE_US, 0);
    await waitFor(() => snapshots().length === 3);
    expect(snapshots()[2].totalRuns).toBe(1);
  });

  test('cronTimeline asks the service for fires in a window, with a bounded limit', async () => {
    const cron = new FakeCronService();
    cron.entries = [everyMinuteEntry(1, 'date', START_US), everyMinuteEntry(2, 'uptime', START_US)];
    const api = connect((world) => world.system.register('cron', cron));
    await startRecording(api);

    const timeline = await api.cronTimeline(START_US, START_US + 3 * MINUTE_US, 100);
    expect(timeline).toEqual({
      fromUs: START_US,
      toUs: START_US + 3 * MINUTE_US,
      truncated: false,
      fires: [0, 0, 1, 1, 2, 2].map((m, i) => ({ entryId: `student:${(i % 2) + 1}`, atUs: START_US + m * MINUTE_US })),
    });
    const cut = await api.cronTimeline(START_US, START_US + 60 * MINUTE_US, 5);
    expect(cut?.fires).toHaveLength(5);
    expect(cut?.truncated).toBe(true);
    await api.cronTimeline(START_US, START_US + MINUTE_US, 1e9);
    await api.cronTimeline(START_US, START_US + MINUTE_US, -3);
    expect(cron.timelineCalls.slice(-2).map((c) => c.limit)).toEqual([10_000, 0]);
  });
});

describe('reading a run\'s output file', () => {
  async function worldWithFiles(): Promise<Comlink.Remote<WorldApi>> {
    const api = connect((world) => {
      const fs = world.kernel.fs;
      const student: Credentials = { ...STUDENT, groups: [...STUDENT.groups] };
      const put = (cred: Credentials, path: string, text: string, mode = 0o644): void => {
        fs.setContent(fs.createFile(cred, '/', path, mode), new TextEncoder().encode(text));
      };
      put(student, '/home/student/ticks.txt', 'tick\ntick\n');
      put(student, '/home/student/accents.txt', 'héllo');
      put({ ...ROOT, groups: [...ROOT.groups] }, '/tmp/secret.log', 'root only', 0o600);
    });
    await startRecording(api);
    return api;
  }

  test('returns the text the student could read, relative paths from their home', async () => {
    const api = await worldWithFiles();
    expect(await api.readFile('/home/student/ticks.txt', 1024)).toEqual({ kind: 'text', text: 'tick\ntick\n', size: 10, truncated: false });
    expect(await api.readFile('ticks.txt', 1024)).toEqual({ kind: 'text', text: 'tick\ntick\n', size: 10, truncated: false });
  });

  test('cuts a large file at maxBytes, never inside a UTF-8 character', async () => {
    const api = await worldWithFiles();
    expect(await api.readFile('ticks.txt', 4)).toEqual({ kind: 'text', text: 'tick', size: 10, truncated: true });
    expect(await api.readFile('accents.txt', 2)).toEqual({ kind: 'text', text: 'h', size: 6, truncated: true });
    expect(await api.readFile('accents.txt', 3)).toEqual({ kind: 'text', text: 'hé', size: 6, truncated: true });
  });

  test('says why a file cannot be read, as cat would', async () => {
    const api = await worldWithFiles();
    expect(await api.readFile('/home/student/missing.log', 100)).toEqual({ kind: 'error', message: '/home/student/missing.log: No such file or directory' });
    expect(await api.readFile('/tmp', 100)).toEqual({ kind: 'error', message: '/tmp: Is a directory' });
    expect(await api.readFile('/tmp/secret.log', 100)).toEqual({ kind: 'error', message: '/tmp/secret.log: Permission denied' });
    expect(await api.readFile('/root/anything', 100)).toEqual({ kind: 'error', message: '/root/anything: Permission denied' });
  });
});
