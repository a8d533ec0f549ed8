// The student's work survives: files come back after a reload, "Reset workspace" (confirmed) starts
// over, an exported workspace imports back while a damaged file is refused, a crashed worker is
// replaced by one restored from the last save with a visible notice, and a browser without usable
// storage (private mode, a full disk) warns while the app keeps working in memory.

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { collectErrors, launchBrowser } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { typeCommand, waitForScreen } from '../support/terminal-page.ts';
import { buildApp } from '../support/build.ts';

const PROMPT = 'student@playground:~$';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync('test-results', { recursive: true });
  server = await serveStatic(await buildApp('/'), '/');
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page in its own browser profile (its own IndexedDB); `workerPrefix` runs first in the world's worker. */
async function openApp(workerPrefix?: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  if (workerPrefix) {
    // The worker is where IndexedDB is used, and init scripts do not reach workers: patch its script.
    await context.route('**/world.worker-*.js', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: `${workerPrefix}\n${await response.text()}` });
    });
  }
  const page = await context.newPage();
  await page.goto(server.url);
  await waitForScreen(page, PROMPT);
  return { context, page };
}

/** Runs a command and waits for its output line (the last line of the screen before the next prompt). */
async function run(page: Page, command: string, expected: string): Promise<void> {
  await typeCommand(page, command);
  await waitForScreen(page, (text) => text.includes(`$ ${command}\n${expected}\n${PROMPT}`));
}

/** Waits until the header says every change is saved. */
async function waitUntilSaved(page: Page): Promise<void> {
  const status = page.getByTestId('workspace-status');
  await expect.poll(async () => `${await status.textContent()} / ${await status.getAttribute('title')}`, { timeout: 10_000 }).toMatch(
    /^Saved \/ Your files are saved in this browser automatically\. Last saved at \d\d:\d\d:\d\d \(\d+ KiB in \d+ ms\)\.$/,
  );
}

async function workspaceMenu(page: Page, item: string): Promise<void> {
  await page.getByRole('button', { name: 'Workspace ▾' }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

async function reload(page: Page): Promise<void> {
  await page.reload();
  await waitForScreen(page, PROMPT);
}

describe('the workspace in the browser', () => {
  test('a file written in the terminal is there after a reload', async () => {
    const { context, page } = await openApp();
    const errors = collectErrors(page);
    await run(page, 'echo "kept across reloads" > notes.txt && echo ok', 'ok');
    await waitUntilSaved(page);
    await reload(page);
    await run(page, 'cat notes.txt', 'kept across reloads');
    expect(await page.getByTestId('workspace-status').textContent()).toBe('Saved');
    await page.screenshot({ path: 'test-results/workspace-reloaded.png' });
    expect(errors).toEqual([]);
    await context.close();
  });

  test('"Reset workspace" asks first; confirmed, it starts a new machine, also after a reload', async () => {
    const { context, page } = await openApp();
    await run(page, 'echo draft > draft.txt && echo ok', 'ok');
    await waitUntilSaved(page);

    await workspaceMenu(page, 'Reset workspace…');
    const dialog = page.getByTestId('reset-dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await page.screenshot({ path: 'test-results/workspace-reset-dialog.png' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await run(page, 'cat draft.txt', 'draft');

    await workspaceMenu(page, 'Reset workspace…');
    await page.getByTestId('reset-dialog').getByRole('button', { name: 'Reset workspace' }).click();
    await expect.poll(() => page.getByTestId('workspace-notice').textContent()).toContain('The workspace was reset: this is a brand-new machine.');
    await waitForScreen(page, '[workspace reset: a new machine]');
    await waitForScreen(page, (text) => text.trimEnd().endsWith(PROMPT));
    await run(page, 'cat draft.txt', 'cat: draft.txt: No such file or directory');
    await reload(page);
    await run(page, 'cat draft.txt', 'cat: draft.txt: No such file or directory');
    await context.close();
  });

  test('an exported workspace imports back; a damaged file is refused and changes nothing', async () => {
    const { context, page } = await openApp();
    await run(page, 'mkdir -p project && echo "id,name" > project/data.csv && echo ok', 'ok');
    const downloading = page.waitForEvent('download');
    await workspaceMenu(page, 'Export workspace');
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^pipeline-playground-\d{4}-\d\d-\d\d-\d{4}\.ppworkspace$/);
    const exported = 'test-results/exported.ppworkspace';
    await download.saveAs(exported);
    expect(readFileSync(exported).subarray(0, 4).toString('latin1')).toBe('PPWS');

    await run(page, 'rm -r project && echo "after export" > later.txt && echo ok', 'ok');
    const damaged = 'test-results/damaged.ppworkspace';
    const bytes = readFileSync(exported);
    bytes[bytes.length - 5] ^= 0xff;
    writeFileSync(damaged, bytes);
    await page.getByTestId('workspace-import-input').setInputFiles(damaged);
    await expect.poll(() => page.getByTestId('workspace-notice').textContent()).toContain(
      '“damaged.ppworkspace” was not imported: The workspace file is corrupt (checksum mismatch). Your workspace is unchanged.',
    );
    await page.screenshot({ path: 'test-results/workspace-import-refused.png' });
    await run(page, 'cat later.txt', 'after export');

    await page.getByTestId('workspace-import-input').setInputFiles(exported);
    await expect.poll(() => page.getByTestId('workspace-notice').textContent()).toContain('Imported “exported.ppworkspace”');
    await waitForScreen(page, (text) => text.trimEnd().endsWith(PROMPT) && text.includes('[imported exported.ppworkspace]'));
    await run(page, 'cat project/data.csv; ls later.txt', 'id,name\nls: cannot access \'later.txt\': No such file or directory');
    await reload(page);
    await run(page, 'cat project/data.csv', 'id,name');
    await context.close();
  });

  test('a crashed worker is replaced from the last save, with a notice, and the file is still there', async () => {
    const { context, page } = await openApp();
    await run(page, 'echo "survives the crash" > important.txt && echo ok', 'ok');
    await waitUntilSaved(page);
    await page.getByRole('tab', { name: 'Files' }).click();
    const row = page.locator('[role="treeitem"][data-key="home:/home/student/important.txt"]');
    await row.waitFor();
    const worker = page.workers().find((w) => w.url().includes('world.worker'));
    expect(worker).toBeDefined();
    // An exception in the worker's global scope, as a bug in the simulation would throw.
    await worker!.evaluate(() => {
      setTimeout(() => {
        throw new Error('simulated bug');
      }, 0);
    });
    const notice = page.getByTestId('workspace-notice');
    await expect.poll(() => notice.textContent(), { timeout: 10_000 }).toMatch(
      /The simulated machine stopped after an internal error and was restarted from your last save \(\d\d:\d\d:\d\d\)\. Nothing was lost\./,
    );
    expect(await notice.getAttribute('role')).toBe('alert');
    await waitForScreen(page, (text) => text.includes('[the machine crashed and was restarted from your last save]') && text.trimEnd().endsWith(PROMPT));
    await run(page, 'cat important.txt', 'survives the crash');
    await page.screenshot({ path: 'test-results/workspace-crash-recovered.png' });
    // The file tree, open through the crash, follows the new worker: a change there shows in it.
    await run(page, 'rm important.txt && echo removed', 'removed');
    await row.waitFor({ state: 'detached', timeout: 10_000 });
    await context.close();
  });
});

describe('a browser without usable storage', () => {
  test('private mode (IndexedDB refuses to open): a clear warning, and the app works in memory', async () => {
    const { context, page } = await openApp(
      "IDBFactory.prototype.open = function () { throw new DOMException('The user denied permission to access the database.', 'UnknownError'); };",
    );
    const notice = page.getByTestId('workspace-notice');
    await expect.poll(() => notice.textContent()).toContain(
      'This browser does not let the playground store data (UnknownError: The user denied permission to access the database.): your work is kept in memory only and is lost when this page closes; use Export to keep a copy.',
    );
    expect(await page.getByTestId('workspace-status').textContent()).toBe('Not saved');
    await run(page, 'echo "in memory" > mem.txt && cat mem.txt', 'in memory');
    const downloading = page.waitForEvent('download');
    await workspaceMenu(page, 'Export workspace');
    expect((await downloading).suggestedFilename()).toMatch(/\.ppworkspace$/);
    await page.screenshot({ path: 'test-results/workspace-private-mode.png' });
    await context.close();
  });

  test('a full disk: saving fails with a warning, and the app keeps working', async () => {
    const { context, page } = await openApp(
      "IDBObjectStore.prototype.put = function () { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };",
    );
    await run(page, 'echo data > big.txt && echo ok', 'ok');
    const notice = page.getByTestId('workspace-notice');
    await expect.poll(() => notice.textContent(), { timeout: 10_000 }).toContain(
      "The browser's storage for this site is full: your latest changes are not saved; free some disk space or use Export to keep a copy.",
    );
    expect(await page.getByTestId('workspace-status').textContent()).toBe('Not saved');
    await run(page, 'cat big.txt', 'data');
    await context.close();
  });
});
