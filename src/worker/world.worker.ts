// The Web Worker entry: one World per worker, exposed to the page with comlink.

import * as Comlink from 'comlink';
import { WorldHost } from './world-host.ts';

const channel = new MessageChannel();
const pending: (() => void)[] = [];
channel.port1.onmessage = () => pending.shift()?.();

const host = new WorldHost({
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  // A message to ourselves runs after pending messages (input from the page) without setTimeout's
  // 4 ms clamp.
  yieldToHost: () =>
    new Promise<void>((resolve) => {
      pending.push(resolve);
      channel.port2.postMessage(null);
    }),
  now: () => performance.now(),
  transfer: (value, transferables) => Comlink.transfer(value, transferables),
});

Comlink.expose(host);
