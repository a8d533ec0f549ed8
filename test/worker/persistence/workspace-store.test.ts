// The IndexedDB store (on fake-indexeddb): one record survives reopening; a browser that refuses
// storage, or a full disk, becomes a StorageProblem with a reason instead of an exception.

import { describe, expect, test } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { openWorkspaceStore, StorageProblem } from '../../../src/worker/persistence/workspace-store.ts';

async function problem(promise: Promise<unknown>): Promise<{ kind: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof StorageProblem) return { kind: error.kind, message: error.message };
    throw error;
  }
  throw new Error('no problem was reported');
}

describe('the workspace store', () => {
  test('keeps the latest image across reopening, byte for byte', async () => {
    const factory = new IDBFactory();
    const first = await openWorkspaceStore(factory);
    expect(await first.load()).toBeUndefined();
    await first.save(new Uint8Array([1, 2, 3]));
    await first.save(new Uint8Array([4, 5, 6, 7]));
    await first.keepUnreadable(new Uint8Array([9]));
    const again = await openWorkspaceStore(factory);
    expect(await again.load()).toEqual(new Uint8Array([4, 5, 6, 7]));
  });

  test('keeps each slot apart, and removing a lesson removes its step snapshots but nothing else', async () => {
    const store = await openWorkspaceStore(new IDBFactory());
    await store.save(new Uint8Array([1]));
    await store.save(new Uint8Array([2]), 'lesson/03-shell-etl');
    await store.save(new Uint8Array([3]), 'lesson/03-shell-etl/step-2');
    await store.save(new Uint8Array([4]), 'lesson/03-shell-etl-advanced');
    expect(await store.load()).toEqual(new Uint8Array([1]));
    expect(await store.load('lesson/03-shell-etl/step-2')).toEqual(new Uint8Array([3]));
    expect(await store.has('lesson/03-shell-etl')).toBe(true);
    await store.remove('lesson/03-shell-etl');
    expect(await store.has('lesson/03-shell-etl')).toBe(false);
    expect(await store.has('lesson/03-shell-etl/step-2')).toBe(false);
    expect(await store.load('lesson/03-shell-etl-advanced')).toEqual(new Uint8Array([4]));
    expect(await store.load()).toEqual(new Uint8Array([1]));
  });

  test('no IndexedDB at all, or one that refuses to open (private mode), is "unavailable"', async () => {
    expect(await problem(openWorkspaceStore(undefined))).toEqual({ kind: 'unavailable', message: 'this browser does not let the playground store data (IndexedDB is missing)' });
    const refusing = new IDBFactory();
    refusing.open = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    expect(await problem(openWorkspaceStore(refusing))).toEqual({
      kind: 'unavailable',
      message: 'this browser does not let the playground store data (SecurityError: The operation is insecure.)',
    });
  });

  test('a full disk is "full", and the store still works once there is room', async () => {
    const factory = new IDBFactory();
    const store = await openWorkspaceStore(factory);
    await store.save(new Uint8Array([1]));
    const proto = Object.getPrototypeOf((await openRawStore(factory)).transaction('workspace', 'readwrite').objectStore('workspace'));
    const put = proto.put;
    proto.put = () => {
      throw new DOMException('Quota exceeded.', 'QuotaExceededError');
    };
    try {
      expect(await problem(store.save(new Uint8Array([2])))).toEqual({ kind: 'full', message: "the browser's storage for this site is full" });
    } finally {
      proto.put = put;
    }
    expect(await store.load()).toEqual(new Uint8Array([1]));
    await store.save(new Uint8Array([3]));
    expect(await store.load()).toEqual(new Uint8Array([3]));
  });
});

function openRawStore(factory: IDBFactory): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open('pipeline-playground', 1);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}
