// The Files panel in a real Chromium: uploads land in the simulated filesystem byte for byte (the
// terminal's wc, md5sum and ls see them), the quota refuses what does not fit, changes made in the
// tree show in the shell and changes made in the shell show in the tree, and a folder downloads as
// a zip whose entries stay inside it.

import { afterAll, beforeAll, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import type { Browser, Locator, Page } from 'playwright-core';
import { collectErrors, launchBrowser } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { typeCommand, waitForScreen } from '../support/terminal-page.ts';
import { buildApp } from '../support/build.ts';

const PROMPT = 'student@playground:~$';
const HOME = '/home/student';

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await serveStatic(await buildApp('/'), '/');
  mkdirSync('test-results', { recursive: true });
});

afterAll(async () => {
  await server?.close();
  await browser?.close();
});

async function openFiles(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const errors = collectErrors(page);
  await page.goto(server.url);
  await waitForScreen(page, PROMPT);
  await page.getByRole('tab', { name: 'Files' }).click();
  await row(page, `${HOME}/.bashrc`).waitFor();
  return { page, errors };
}

/** The tree row of `path` under the home root. */
function row(page: Page, path: string): Locator {
  return page.locator(`[role="treeitem"][data-key="home:${path}"]`);
}

async function nameInDialog(page: Page, button: string, name: string): Promise<void> {
  await page.getByRole('button', { name: button, exact: true }).click();
  await page.getByRole('dialog').getByRole('textbox').fill(name);
  await page.keyboard.press('Enter');
}

test('a CSV uploaded through the file input is counted by wc -l in the terminal', async () => {
  const { page, errors } = await openFiles();
  await page.getByTestId('upload-input').setInputFiles({ name: 'sales data.csv', mimeType: 'text/csv', buffer: Buffer.from('id,amount\n1,10\n2,20\n3,30\n') });
  await row(page, `${HOME}/sales data.csv`).waitFor();
  await expect.poll(() => page.getByTestId('files-notice').textContent()).toBe('Uploaded 1 file to /home/student');
  await typeCommand(page, "wc -l 'sales data.csv'");
  await waitForScreen(page, '\n4 sales data.csv\n');
  expect(await row(page, `${HOME}/sales data.csv`).getAttribute('aria-label')).toBe('sales data.csv, 25 B');
  expect(errors).toEqual([]);
  await page.close();
});

test('a binary upload keeps its bytes', async () => {
  const { page, errors } = await openFiles();
  const bytes = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
  await page.getByTestId('upload-input').setInputFiles({ name: 'all-bytes.bin', mimeType: 'application/octet-stream', buffer: bytes });
  await row(page, `${HOME}/all-bytes.bin`).waitFor();
  await typeCommand(page, 'md5sum all-bytes.bin; od -An -tx1 -j250 all-bytes.bin');
  const md5 = createHash('md5').update(bytes).digest('hex');
  await waitForScreen(page, `${md5}  all-bytes.bin\n fa fb fc fd fe ff\n`);
  expect(errors).toEqual([]);
  await page.close();
});

test('an upload over the quota is refused with the quota message and leaves nothing', async () => {
  const { page, errors } = await openFiles();
  const huge = resolve('test-results', 'huge.bin');
  writeFileSync(huge, Buffer.alloc(65 * 1024 * 1024, 1));
  await page.getByTestId('upload-input').setInputFiles(huge);
  rmSync(huge); // the page has its own copy now
  await expect.poll(() => page.getByTestId('files-notice').textContent(), { timeout: 20_000 }).toBe("error writing '/home/student/huge.bin': No space left on device");
  expect(await page.getByRole('alert').filter({ hasText: 'No space left' }).count()).toBe(1);
  await typeCommand(page, 'ls huge.bin');
  await waitForScreen(page, "ls: cannot access 'huge.bin': No such file or directory");
  await page.screenshot({ path: 'test-results/files-quota.png' });
  expect(errors).toEqual([]);
  await page.close();
});

test('create, rename and delete in the tree show in the terminal, with the shell’s errors', async () => {
  const { page, errors } = await openFiles();
  await nameInDialog(page, 'New folder', 'my réports');
  await row(page, `${HOME}/my réports`).waitFor();
  await expect.poll(() => row(page, `${HOME}/my réports`).getAttribute('aria-selected')).toBe('true');
  await nameInDialog(page, 'New file', 'notes 1.txt');
  await row(page, `${HOME}/my réports/notes 1.txt`).waitFor();
  await typeCommand(page, "stat -c '%A %U %s %n' 'my réports' 'my réports'/*");
  await waitForScreen(page, 'drwxr-xr-x student 4096 my réports\n-rw-r--r-- student 0 my réports/notes 1.txt\n');

  // An existing name: the dialog stays open with mkdir's reason.
  await row(page, HOME).focus(); // selection follows focus; a click would also fold the folder
  await nameInDialog(page, 'New folder', 'my réports');
  await expect.poll(() => page.getByRole('dialog').getByRole('alert').textContent()).toBe("cannot create directory '/home/student/my réports': File exists");
  await page.keyboard.press('Escape');

  // Keyboard: into the folder, F2 renames the file, Delete deletes it after confirming.
  const folder = row(page, `${HOME}/my réports`);
  await folder.press('ArrowLeft');
  await expect.poll(() => folder.getAttribute('aria-expanded')).toBe('false');
  await folder.press('ArrowRight');
  await expect.poll(() => folder.getAttribute('aria-expanded')).toBe('true');
  const file = row(page, `${HOME}/my réports/notes 1.txt`);
  await file.waitFor(); // the folder's listing is fetched again when it reopens
  await folder.press('ArrowDown');
  await expect.poll(() => file.evaluate((el) => el === document.activeElement)).toBe(true);
  expect(await file.evaluate((el) => el.matches(':focus-visible'))).toBe(true);
  await page.screenshot({ path: 'test-results/files-keyboard-focus.png' });
  await page.keyboard.press('F2');
  await page.getByRole('dialog').getByRole('textbox').fill('notes final.txt');
  await page.keyboard.press('Enter');
  await row(page, `${HOME}/my réports/notes final.txt`).waitFor();
  await typeCommand(page, "ls 'my réports'");
  await waitForScreen(page, "ls 'my réports'\n'notes final.txt'\n");
  await page.screenshot({ path: 'test-results/files-tree.png' });

  await row(page, `${HOME}/my réports/notes final.txt`).focus();
  await page.keyboard.press('Delete');
  await expect.poll(() => page.getByRole('dialog').getByRole('heading').textContent()).toBe('Delete notes final.txt?');
  await page.screenshot({ path: 'test-results/files-delete-confirm.png' });
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await row(page, `${HOME}/my réports/notes final.txt`).waitFor({ state: 'detached' });
  // Focus went back to the tree, on the folder that held the file.
  await expect.poll(() => folder.evaluate((el) => el === document.activeElement)).toBe(true);
  await typeCommand(page, "ls -A 'my réports' | wc -l");
  await waitForScreen(page, "ls -A 'my réports' | wc -l\n0\n");

  // The other way round: the shell's changes appear in the tree.
  await typeCommand(page, "touch 'my réports/from shell.sh' && chmod +x 'my réports/from shell.sh'");
  await expect.poll(() => row(page, `${HOME}/my réports/from shell.sh`).getAttribute('aria-label')).toBe('from shell.sh, 0 B, executable');
  expect(errors).toEqual([]);
  await page.close();
});

test('a folder downloads as a zip whose entries stay inside it', async () => {
  const { page, errors } = await openFiles();
  await typeCommand(page, "mkdir -p proj/sub proj/empty && printf 'a,b\\n' > proj/data.csv && printf 'echo hi\\n' > proj/sub/run.sh && chmod +x proj/sub/run.sh && echo made");
  await waitForScreen(page, '\nmade\n');
  await row(page, `${HOME}/proj`).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download .zip' }).click()]);
  expect(download.suggestedFilename()).toBe('proj.zip');
  const entries = unzipSync(new Uint8Array(readFileSync(await download.path())));
  expect(Object.keys(entries).sort()).toEqual(['proj/', 'proj/data.csv', 'proj/empty/', 'proj/sub/', 'proj/sub/run.sh']);
  expect(strFromU8(entries['proj/data.csv'])).toBe('a,b\n');
  expect(Object.keys(entries).every((name) => !name.startsWith('/') && !name.split('/').includes('..'))).toBe(true);

  await row(page, `${HOME}/proj/data.csv`).click();
  const [single] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download', exact: true }).click()]);
  expect(single.suggestedFilename()).toBe('data.csv');
  expect(readFileSync(await single.path(), 'utf8')).toBe('a,b\n');
  expect(errors).toEqual([]);
  await page.close();
});

test('files dropped from the desktop onto a folder row land in that folder', async () => {
  const { page, errors } = await openFiles();
  await typeCommand(page, 'mkdir inbox && echo made');
  await waitForScreen(page, '\nmade\n');
  const inbox = row(page, `${HOME}/inbox`);
  await inbox.waitFor();
  // What the browser hands a page when files are dragged in from the desktop.
  const dataTransfer = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['dropped\n'], 'día 1.txt', { type: 'text/plain' }));
    transfer.items.add(new File(['x'], '../escape.txt', { type: 'text/plain' }));
    return transfer;
  });
  await inbox.dispatchEvent('dragover', { dataTransfer });
  await expect.poll(() => inbox.evaluate((el) => el.classList.contains('drop'))).toBe(true);
  await inbox.dispatchEvent('drop', { dataTransfer });
  await expect.poll(() => page.getByTestId('files-notice').textContent()).toBe('Uploaded 2 files to /home/student/inbox');
  await typeCommand(page, "cat 'inbox/día 1.txt'; ls inbox; ls ../escape.txt");
  await waitForScreen(page, "dropped\n'día 1.txt'   escape.txt\nls: cannot access '../escape.txt': No such file or directory\n");
  expect(errors).toEqual([]);
  await page.close();
});

test('Enter on a file in the tree opens it in the editor', async () => {
  const { page, errors } = await openFiles();
  await row(page, `${HOME}/.bashrc`).focus();
  await page.keyboard.press('Enter');
  const tab = page.locator('[data-testid="editor-pane"] [role="tab"][aria-selected="true"]');
  await expect.poll(() => tab.getAttribute('aria-label'), { timeout: 15_000 }).toBe('.bashrc');
  await page.locator('[data-testid="editor-pane"] .monaco-editor').waitFor();
  await expect.poll(() => page.locator('[data-testid="editor-pane"] .view-lines').textContent()).toContain('~/.bashrc');
  await page.screenshot({ path: 'test-results/files-open-in-editor.png' });
  expect(errors).toEqual([]);
  await page.close();
});
