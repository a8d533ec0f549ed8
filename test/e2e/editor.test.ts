// The editor in a real Chromium: a script written and saved in the editor runs in the terminal,
// `code FILE` opens files, bash -n diagnostics are underlined, a file a background job appends to
// follows live, binary files are not shown as text, crontab -e installs on save, and the layout is
// resizable, collapsible, remembered and keyboard-driven.

import { afterAll, beforeAll, expect, test } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { collectErrors, launchBrowser } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { typeCommand, waitForScreen } from '../support/terminal-page.ts';
import { buildApp } from '../support/build.ts';

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

async function openPage(): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = collectErrors(page);
  await page.goto(server.url);
  await waitForScreen(page, 'student@playground:~$');
  return { page, errors };
}

/** The text of the editor's visible lines, as the student sees it. */
async function editorText(page: Page): Promise<string> {
  return page.$$eval('[data-testid="editor-pane"] .view-lines .view-line', (lines) =>
    lines
      .map((line) => ({ top: parseFloat((line as HTMLElement).style.top), text: (line.textContent ?? '').replace(/\u00a0/g, ' ') }))
      .sort((a, b) => a.top - b.top)
      .map((line) => line.text)
      .join('\n'),
  );
}

async function typeInEditor(page: Page, lines: string[]): Promise<void> {
  await page.locator('[data-testid="editor-pane"] .view-lines').click();
  for (const [index, line] of lines.entries()) {
    // insertText, not key presses: Monaco's auto-closing quotes and auto-indent would rewrite typed keys.
    await page.keyboard.insertText(line);
    if (index < lines.length - 1) await page.keyboard.press('Enter');
  }
}

const activeTab = (page: Page) => page.locator('[data-testid="editor-pane"] [role="tab"][aria-selected="true"]');

test('a script written in the editor is saved, made executable and run in the terminal', async () => {
  const { page, errors } = await openPage();
  await typeCommand(page, 'code hello.sh');
  await expect.poll(() => activeTab(page).getAttribute('aria-label'), { timeout: 15_000 }).toBe('hello.sh');
  await page.locator('[data-testid="editor-pane"] .monaco-editor').waitFor();
  await typeInEditor(page, ['#!/bin/bash', 'for n in 1 2 3; do', 'echo "hello $n from the editor"', 'done']);
  await expect.poll(() => activeTab(page).getAttribute('aria-label')).toBe('hello.sh, modified');
  await expect.poll(() => page.getByTestId('dirty-marker').count()).toBe(1);
  await page.keyboard.press('Control+s');
  await expect.poll(() => activeTab(page).getAttribute('aria-label')).toBe('hello.sh');
  expect(await page.getByTestId('dirty-marker').count()).toBe(0);
  await page.screenshot({ path: 'test-results/editor-script.png' });

  await typeCommand(page, 'chmod +x hello.sh && ./hello.sh');
  await waitForScreen(page, 'hello 1 from the editor\nhello 2 from the editor\nhello 3 from the editor\nstudent@playground:~$');

  // The workspace is saved in the browser: after a reload the script is still there, still executable.
  await expect.poll(() => page.getByTestId('workspace-status').textContent(), { timeout: 10_000 }).toBe('Saved');
  await page.reload();
  await waitForScreen(page, 'student@playground:~$');
  await typeCommand(page, 'ls -l hello.sh | cut -c1-10; ./hello.sh | tail -n 1');
  await waitForScreen(page, '-rwxr-xr-x\nhello 3 from the editor');
  expect(errors).toEqual([]);
  await page.close();
});

test('`code notes.txt` in the terminal creates and opens the file; `code a b` opens both', async () => {
  const { page, errors } = await openPage();
  await typeCommand(page, 'code notes.txt; echo "st=$?"; ls -l notes.txt');
  await waitForScreen(page, 'st=0\n-rw-r--r-- 1 student student 0 ');
  await expect.poll(() => activeTab(page).getAttribute('aria-label'), { timeout: 15_000 }).toBe('notes.txt');
  expect(await activeTab(page).getAttribute('title')).toBe('/home/student/notes.txt');
  await typeCommand(page, 'printf "1,a\\n2,b\\n" > data.csv; edit data.csv notes.md');
  await expect.poll(() => page.$$eval('[data-testid="editor-pane"] [role="tab"]', (tabs) => tabs.map((t) => t.getAttribute('aria-label')))).toEqual(['notes.txt', 'data.csv', 'notes.md']);
  await expect.poll(() => activeTab(page).getAttribute('aria-label')).toBe('notes.md');
  await page.getByRole('tab', { name: 'data.csv' }).click();
  await expect.poll(() => editorText(page)).toBe('1,a\n2,b\n');
  expect(errors).toEqual([]);
  await page.close();
});

test('a missing `fi` is underlined with bash -n\'s message', async () => {
  const { page, errors } = await openPage();
  await typeCommand(page, 'code check.sh');
  await page.locator('[data-testid="editor-pane"] .monaco-editor').waitFor({ timeout: 15_000 });
  await typeInEditor(page, ['if true; then echo x']);
  const squiggle = page.locator('[data-testid="editor-pane"] .squiggly-error');
  await squiggle.first().waitFor({ timeout: 10_000 });
  await squiggle.first().hover({ force: true });
  const hover = page.locator('.monaco-hover').filter({ hasText: 'syntax error' });
  await hover.first().waitFor({ timeout: 10_000 });
  // bash counts the end of input as the line after the last, with or without a final newline.
  expect(await hover.first().textContent()).toContain('check.sh: line 2: syntax error: unexpected end of file');
  await page.screenshot({ path: 'test-results/editor-diagnostic.png' });
  // Adding the `fi` clears it.
  await page.keyboard.press('End');
  await page.keyboard.insertText('; fi');
  await expect.poll(() => squiggle.count(), { timeout: 10_000 }).toBe(0);
  expect(errors).toEqual([]);
  await page.close();
});

test('hovering a command name shows its summary', async () => {
  const { page, errors } = await openPage();
  await typeCommand(page, "printf 'sort -u names.txt\\n' > s.sh; code s.sh");
  await page.locator('[data-testid="editor-pane"] .view-line').first().waitFor({ timeout: 15_000 });
  await page.locator('[data-testid="editor-pane"] .view-line span span').first().hover();
  const hover = page.locator('.monaco-hover').filter({ hasText: 'sort' });
  await hover.first().waitFor({ timeout: 10_000 });
  expect(await hover.first().textContent()).toContain('sort — sort lines of text files');
  expect(errors).toEqual([]);
  await page.close();
});

test('a file appended to by a background job follows live in the unmodified editor; a modified one offers reload', async () => {
  const { page, errors } = await openPage();
  await typeCommand(page, 'echo start > job.log; code job.log');
  await expect.poll(() => editorText(page), { timeout: 15_000 }).toBe('start\n');
  await typeCommand(page, '(for i in 1 2 3; do sleep 1; echo "line $i" >> job.log; done) &');
  await expect.poll(() => editorText(page), { timeout: 15_000 }).toBe('start\nline 1\nline 2\nline 3\n');
  expect(await page.getByTestId('dirty-marker').count()).toBe(0);

  // Now with an edit of our own: the change on disk is offered, not forced.
  await page.locator('[data-testid="editor-pane"] .view-lines').click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.insertText('# mine ');
  await typeCommand(page, 'echo "line 4" >> job.log');
  await page.getByTestId('editor-conflict').waitFor({ timeout: 10_000 });
  expect(await page.getByTestId('editor-conflict').textContent()).toContain('job.log changed on disk while you were editing it.');
  await page.screenshot({ path: 'test-results/editor-conflict.png' });
  await page.getByRole('button', { name: 'Reload' }).click();
  await expect.poll(() => editorText(page)).toBe('start\nline 1\nline 2\nline 3\nline 4\n');
  expect(await page.getByTestId('dirty-marker').count()).toBe(0);
  expect(errors).toEqual([]);
  await page.close();
});

test('a binary file shows its size, not its bytes', async () => {
  const { page, errors } = await openPage();
  await typeCommand(page, "printf '\\x89PNG\\x00\\x01\\x02' > image.png; vi image.png");
  await expect.poll(() => page.getByTestId('editor-binary').textContent(), { timeout: 15_000 }).toBe('binary file, 7 bytes');
  expect(errors).toEqual([]);
  await page.close();
});

test('crontab -e opens the crontab in the editor; a bad save shows cron\'s error, a good one installs', async () => {
  const { page, errors } = await openPage();
  await typeCommand(page, 'crontab -e');
  await expect.poll(() => activeTab(page).getAttribute('aria-label'), { timeout: 15_000 }).toBe('crontab, crontab -e');
  await expect.poll(() => editorText(page)).toMatch(/^# Edit this file to introduce tasks to be run by cron\.\n/);
  await page.locator('[data-testid="editor-pane"] .view-lines').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText('61 * * * * date >> ticks.log\n');
  await page.keyboard.press('Control+s');
  // The bad line is the 24th; cron counts the 23 before it.
  await expect.poll(() => page.locator('[data-testid="editor-notice"] pre').textContent(), { timeout: 10_000 }).toMatch(
    /^crontab: installing new crontab\n"\/tmp\/crontab\.[A-Za-z0-9]{6}\/crontab":23: bad minute\nerrors in crontab file, can't install\.$/,
  );
  await expect.poll(() => page.locator('[data-testid="editor-pane"] .squiggly-error').count()).toBe(1);
  await page.screenshot({ path: 'test-results/editor-crontab.png' });
  await waitForScreen(page, "errors in crontab file, can't install.");
  // Replace the bad line (the cursor is on the empty line after it).
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  await page.keyboard.insertText('*/5 * * * * date >> ticks.log');
  await page.keyboard.press('Control+s');
  await expect.poll(() => page.getByTestId('editor-tab').count(), { timeout: 10_000 }).toBe(0);
  await typeCommand(page, 'crontab -l | tail -n 1');
  await waitForScreen(page, 'crontab: installing new crontab\nstudent@playground:~$ crontab -l | tail -n 1\n*/5 * * * * date >> ticks.log');
  expect(errors).toEqual([]);
  await page.close();
});

test('the layout: panels collapse and resize from the keyboard, the terminal refits, a reload remembers', async () => {
  const { page, errors } = await openPage();
  await typeCommand(page, 'echo "cols=$COLUMNS"');
  const before = Number(/cols=(\d+)/.exec(await waitForScreen(page, (text) => /cols=\d+\n/.test(text)))![1]);
  // Alt+Shift+S hides the side panel from inside the terminal; the terminal grows to the new width.
  await page.keyboard.press('Alt+Shift+S');
  await expect.poll(() => page.locator('#side-region').count()).toBe(0);
  await typeCommand(page, 'echo "wide=$COLUMNS"');
  const wide = Number(/wide=(\d+)/.exec(await waitForScreen(page, (text) => /wide=\d+\n/.test(text)))![1]);
  expect(wide).toBeGreaterThan(before + 20);

  await page.keyboard.press('Alt+Shift+S');
  await page.keyboard.press('Alt+Shift+E');
  const editorDivider = page.getByRole('separator', { name: 'Resize the editor and the terminal' });
  await editorDivider.focus();
  await page.keyboard.press('Home');
  expect(await editorDivider.getAttribute('aria-valuenow')).toBe('0.15');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  expect(await editorDivider.getAttribute('aria-valuenow')).toBe('0.19');
  const sideDivider = page.getByRole('separator', { name: 'Resize the side panel' });
  await sideDivider.focus();
  await page.keyboard.press('Shift+ArrowLeft');
  expect(await sideDivider.getAttribute('aria-valuenow')).toBe('480');
  expect(await page.locator('#side-region').evaluate((el) => el.getBoundingClientRect().width)).toBe(480);

  // ? outside the terminal opens the shortcuts; Escape closes it.
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await dialog.waitFor();
  expect(await dialog.textContent()).toContain('Alt+Shift+EShow or hide the editor');
  await page.screenshot({ path: 'test-results/layout-shortcuts.png' });
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });

  await page.reload();
  await waitForScreen(page, 'student@playground:~$');
  expect(await page.getByRole('separator', { name: 'Resize the editor and the terminal' }).getAttribute('aria-valuenow')).toBe('0.19');
  expect(await page.getByRole('separator', { name: 'Resize the side panel' }).getAttribute('aria-valuenow')).toBe('480');
  await page.screenshot({ path: 'test-results/layout-remembered.png' });
  expect(errors).toEqual([]);
  await page.close();
});
