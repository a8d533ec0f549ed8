// The workspaces in IndexedDB: one record per workspace slot holding its latest image (the sandbox,
// each started lesson, and the snapshots taken as a lesson's steps begin). The only module that
// touches IndexedDB. Failures become StorageProblem values with a student-facing reason, because
// the app must keep working in memory when the browser refuses storage (private mode, full disk).

const DATABASE = 'pipeline-playground';
const STORE = 'workspace';
/** The sandbox's slot; its key predates lessons, so workspaces saved before them load unchanged. */
export const SANDBOX_SLOT = 'current';
/** Where an image that could not be read is kept, so a reader's bug never destroys the work in it. */
const UNREADABLE = 'unreadable';

export type StorageProblemKind = 'unavailable' | 'full' | 'failed';

export class StorageProblem extends Error {
  constructor(
    readonly kind: StorageProblemKind,
    message: string,
  ) {
    super(message);
  }
}

export interface WorkspaceStore {
  load(slot?: string): Promise<Uint8Array | undefined>;
  save(bytes: Uint8Array, slot?: string): Promise<void>;
  /** Whether `slot` holds an image (without reading it). */
  has(slot: string): Promise<boolean>;
  /** Deletes `slot` and every slot whose name starts with `slot/` (a lesson and its step snapshots). */
  remove(slot: string): Promise<void>;
  keepUnreadable(bytes: Uint8Array): Promise<void>;
}

/** Opens the browser's store, or rejects with StorageProblem('unavailable'). */
export async function openWorkspaceStore(factory: IDBFactory | undefined): Promise<WorkspaceStore> {
  const db = await openDatabase(factory);
  return new IndexedDbWorkspaceStore(db, factory!);
}

class IndexedDbWorkspaceStore implements WorkspaceStore {
  private db: IDBDatabase | null;

  constructor(
    db: IDBDatabase,
    private readonly factory: IDBFactory,
  ) {
    this.db = this.watch(db);
  }

  async load(slot = SANDBOX_SLOT): Promise<Uint8Array | undefined> {
    const store = (await this.database()).transaction(STORE, 'readonly').objectStore(STORE);
    const value: unknown = await settle(store.get(slot));
    if (value instanceof Uint8Array) return value;
    if (value instanceof ArrayBuffer) return new Uint8Array(value);
    return undefined;
  }

  save(bytes: Uint8Array, slot = SANDBOX_SLOT): Promise<void> {
    return this.put(slot, bytes);
  }

  async has(slot: string): Promise<boolean> {
    const store = (await this.database()).transaction(STORE, 'readonly').objectStore(STORE);
    return (await settle(store.getKey(slot))) !== undefined;
  }

  async remove(slot: string): Promise<void> {
    const db = await this.database();
    await new Promise<void>((resolve, reject) => {
      const transaction = db.transaction(STORE, 'readwrite');
      const store = transaction.objectStore(STORE);
      const keys = store.getAllKeys();
      keys.onsuccess = () => {
        for (const key of keys.result) if (key === slot || (typeof key === 'string' && key.startsWith(`${slot}/`))) store.delete(key);
      };
      transaction.oncomplete = () => resolve();
      transaction.onabort = () => reject(problemFrom(transaction.error));
      transaction.onerror = (event) => event.preventDefault();
    });
  }

  keepUnreadable(bytes: Uint8Array): Promise<void> {
    return this.put(UNREADABLE, bytes);
  }

  private async put(key: string, bytes: Uint8Array): Promise<void> {
    const db = await this.database();
    await new Promise<void>((resolve, reject) => {
      let transaction: IDBTransaction;
      try {
        transaction = db.transaction(STORE, 'readwrite');
        transaction.objectStore(STORE).put(bytes, key);
      } catch (error) {
        reject(problemFrom(error));
        return;
      }
      transaction.oncomplete = () => resolve();
      transaction.onabort = () => reject(problemFrom(transaction.error));
      transaction.onerror = (event) => event.preventDefault(); // reported once, by onabort
    });
  }

  /** The open database, reopened if the browser closed it (site data cleared, storage evicted). */
  private async database(): Promise<IDBDatabase> {
    this.db ??= this.watch(await openDatabase(this.factory));
    return this.db;
  }

  private watch(db: IDBDatabase): IDBDatabase {
    db.onclose = () => {
      if (this.db === db) this.db = null;
    };
    // Another tab of a later version wants to upgrade: let it, and reopen on our next save.
    db.onversionchange = () => {
      db.close();
      if (this.db === db) this.db = null;
    };
    return db;
  }
}

function openDatabase(factory: IDBFactory | undefined): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const unavailable = (cause: unknown): void =>
      reject(new StorageProblem('unavailable', `this browser does not let the playground store data (${describe(cause)})`));
    if (!factory) {
      unavailable('IndexedDB is missing');
      return;
    }
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(DATABASE, 1);
    } catch (error) {
      unavailable(error);
      return;
    }
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = (event) => {
      event.preventDefault();
      unavailable(request.error);
    };
    request.onblocked = () => unavailable('another tab holds an older copy of the database open');
  });
}

function settle<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = (event) => {
      event.preventDefault();
      reject(problemFrom(request.error));
    };
  });
}

function problemFrom(error: unknown): StorageProblem {
  if (error instanceof StorageProblem) return error;
  const name = error instanceof Error || (typeof DOMException !== 'undefined' && error instanceof DOMException) ? error.name : '';
  if (name === 'QuotaExceededError') return new StorageProblem('full', 'the browser\'s storage for this site is full');
  return new StorageProblem('failed', `the browser could not store the workspace (${describe(error)})`);
}

function describe(cause: unknown): string {
  if (typeof cause === 'string') return cause;
  if (cause && typeof cause === 'object' && 'name' in cause && 'message' in cause) {
    const { name, message } = cause as { name: unknown; message: unknown };
    return message ? `${String(name)}: ${String(message)}` : String(name);
  }
  return 'unknown error';
}
