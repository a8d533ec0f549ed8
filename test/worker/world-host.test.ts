// The worker boundary over a real MessageChannel (structured cloning included): calls go through
// comlink, terminal output comes back batched, never more than ~30 messages a second.

import { afterEach, describe, expect, test } from 'vitest';
import { MessageChannel } from 'node:worker_threads';
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { WorldHost } from '../../src/worker/world-host.ts';
import type { WorldApi, WorldUpdate } from '../../src/worker/protocol.ts';

let channel: MessageChannel | undefined;

afterEach(() => {
  channel?.port1.close();
  channel?.port2.close();
});

function connect(): Comlink.Remote<WorldApi> {
  channel = new MessageChannel();
  const host = new WorldHost({
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    yieldToHost: () => new Promise((resolve) => setImmediate(resolve)),
    now: () => performance.now(),
    transfer: (value, transferables) => Comlink.transfer(value, transferables),
  });
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
