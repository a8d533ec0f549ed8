// The lesson player in a real Chromium. A first visit lands on the lesson list; "Start lesson"
// gives the lesson a machine of its own (the sandbox stays as it was); runnable snippets type
// themselves at the prompt; typing a step's solution ticks its checks green; "Show solution"
// compares the student's file with the solution in the editor; "Reset step" brings the machine
// back as the step began. A lesson's Markdown cannot run script in the page.

import { afterAll, beforeAll, expect, test } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { collectErrors, launchBrowser } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { typeCommand, waitForScreen } from '../support/terminal-page.ts';
import { buildApp } from '../support/build.ts';

const PROMPT = 'student@playground:~$';

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

/** A solution script's lines as a student types them, every one (a heredoc's `#!` line too). */
function solutionLines(lesson: string, step: number): string[] {
  return readFileSync(`lessons/${lesson}/solution/step-${step}.sh`, 'utf8').replace(/\n$/, '').split('\n');
}

function checkStates(panel: Locator): Promise<(string | null)[]> {
  return panel.getByTestId('lesson-checks').locator('li').evaluateAll((items) => items.map((i) => i.getAttribute('data-state')));
}

/** Presses "Start lesson" and waits for the lesson's machine to be at its prompt. */
async function startLesson(page: Page, title: string): Promise<void> {
  await page.locator('#panel-lesson').getByRole('button', { name: 'Start lesson' }).click();
  await waitForScreen(page, (text) => text.includes(`[lesson “${title}”: a new machine]`) && text.trimEnd().endsWith(PROMPT));
}

test('a first visit lands on the lesson list in the sandbox; a lesson gets its own machine and the sandbox stays', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = collectErrors(page);
  await page.goto(server.url);
  await waitForScreen(page, PROMPT);
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/lessons');
  const panel = page.locator('#panel-lesson');
  await panel.getByTestId('sandbox-note').waitFor();
  await panel.getByRole('link', { name: 'The shell for data work' }).waitFor();
  await typeCommand(page, 'echo mine > sandbox.txt');

  await panel.getByRole('link', { name: 'The shell for data work' }).click();
  await startLesson(page, 'The shell for data work');
  await typeCommand(page, 'ls sandbox.txt data');
  await waitForScreen(page, "ls: cannot access 'sandbox.txt': No such file or directory\ndata:\nsales.csv");
  // The lesson's machine starts at the lesson's time (2026-01-15 09:00 UTC).
  await typeCommand(page, 'date -u +%F');
  await waitForScreen(page, '2026-01-15');

  await panel.getByRole('button', { name: 'Back to the sandbox' }).first().click();
  await waitForScreen(page, '[back in your sandbox]');
  await waitForScreen(page, (text) => text.trimEnd().endsWith(PROMPT));
  await typeCommand(page, 'cat sandbox.txt');
  await waitForScreen(page, (text) => text.split('\n').includes('mine'));

  // A returning student with the plain address stays in the sandbox.
  await page.goto(server.url);
  await waitForScreen(page, PROMPT);
  expect(await page.evaluate(() => location.hash)).toBe('');
  await panel.getByTestId('sandbox-note').waitFor();
  expect(errors).toEqual([]);
  await page.close();
});

test('a deep link opens step 1; a runnable snippet types itself; the solution ticks the checks green; reset step undoes it', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = collectErrors(page);
  await page.goto(`${server.url}#/lessons/01-shell-basics/1`);
  await waitForScreen(page, PROMPT);
  const panel = page.locator('#panel-lesson');
  await panel.getByRole('heading', { name: 'The shell for data work' }).waitFor();
  await panel.getByRole('heading', { name: /Step 1 of 4: Look at the data/ }).waitFor();
  await startLesson(page, 'The shell for data work');
  await expect.poll(() => checkStates(panel)).toEqual(['failed', 'failed']);
  await panel.getByRole('button', { name: 'Show a hint' }).click();
  await panel.getByText('Hint: head -n 3 FILE prints the first three lines of FILE.').waitFor();

  // The snippet's button types both its lines at the prompt.
  await panel.getByRole('button', { name: 'Run in terminal' }).first().click();
  await waitForScreen(page, (text) => text.includes('$ ls data\nsales.csv') && text.includes('2026-01-07,north,blender,2,79.50'));

  for (const line of solutionLines('01-shell-basics', 1)) await typeCommand(page, line);
  await expect.poll(() => checkStates(panel), { timeout: 15_000 }).toEqual(['passed', 'passed']);
  await panel.getByRole('heading', { name: /Step 1 of 4.*✓/ }).waitFor();
  await page.screenshot({ path: 'test-results/lessons-step-1.png' });
  const stored = await page.evaluate(() => localStorage.getItem('pipeline-playground:lessons'));
  expect(JSON.parse(stored!)['01-shell-basics']).toMatchObject({ started: true, passed: [1] });

  // "Show solution" compares first.txt with the solution's, side by side in the editor.
  await panel.getByText('Show solution').click();
  await panel.getByRole('button', { name: 'Compare ~/first.txt with the solution' }).click();
  await page.getByTestId('editor-compare').waitFor();
  await expect.poll(() => page.getByTestId('monaco-diff').locator('.view-lines').count(), { timeout: 15_000 }).toBe(2);
  await expect.poll(() => page.getByTestId('monaco-diff').locator('.view-lines').first().innerText()).toContain('date,region,product');
  await page.screenshot({ path: 'test-results/lessons-compare.png' });

  // Reset step: the machine goes back to how it was when step 1 began.
  await panel.getByRole('button', { name: 'Reset step' }).click();
  await panel.getByRole('alertdialog').getByRole('button', { name: 'Reset step' }).click();
  await waitForScreen(page, '[step 1 started over]');
  await waitForScreen(page, (text) => text.trimEnd().endsWith(PROMPT));
  await typeCommand(page, 'ls first.txt');
  await waitForScreen(page, "ls: cannot access 'first.txt': No such file or directory");
  await expect.poll(() => checkStates(panel)).toEqual(['failed', 'failed']);

  await panel.getByRole('button', { name: 'Next step' }).click();
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/lessons/01-shell-basics/2');
  await panel.getByRole('heading', { name: /Step 2 of 4: Count the sales/ }).waitFor();
  expect(errors).toEqual([]);
  await page.close();
});

test('lesson 3 completed by typing its solution: every step ticks green', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = collectErrors(page);
  await page.goto(`${server.url}#/lessons/03-shell-etl/1`);
  await waitForScreen(page, PROMPT);
  const panel = page.locator('#panel-lesson');
  await panel.getByRole('heading', { name: 'Step 1 of 5', exact: false }).waitFor();
  const title = (await panel.getByRole('heading', { level: 2 }).innerText()).trim();
  await startLesson(page, title);
  // The lesson asks for the editor and the Files panel: the editor opens, Files is marked.
  await page.getByTestId('editor-pane').or(page.getByText('No file open')).first().waitFor();
  expect(await page.locator('[role="tab"] .used').evaluateAll((marks) => marks.map((m) => m.closest('[role="tab"]')!.id))).toEqual(['tab-files']);
  for (let step = 1; step <= 5; step++) {
    await panel.getByRole('heading', { name: new RegExp(`^Step ${step} of 5`) }).waitFor();
    const count = await panel.getByTestId('lesson-checks').locator('li').count();
    await expect.poll(() => checkStates(panel)).toEqual(Array(count).fill('failed'));
    for (const line of solutionLines('03-shell-etl', step)) await typeCommand(page, line);
    await expect
      .poll(() => panel.getByTestId('lesson-checks').locator('li').evaluateAll((items) => items.map((i) => `${i.getAttribute('data-state')} ${i.getAttribute('title')}`.trim())), { timeout: 20_000 })
      .toEqual(Array(count).fill('passed'));
    await panel.getByRole('heading', { name: new RegExp(`^Step ${step} of 5.*✓`) }).waitFor();
    if (step < 5) await panel.getByRole('button', { name: 'Next step' }).click();
  }
  await page.screenshot({ path: 'test-results/lessons-03-done.png' });
  const stored = JSON.parse((await page.evaluate(() => localStorage.getItem('pipeline-playground:lessons')))!);
  expect(stored['03-shell-etl']).toMatchObject({ started: true, passed: [1, 2, 3, 4, 5] });
  await page.goto(`${server.url}#/lessons`);
  await expect.poll(() => panel.getByTestId('lesson-progress').allInnerTexts()).toContain('5 of 5 steps done · about 25 min');
  expect(errors).toEqual([]);
  await page.close();
});

test('a lesson whose Markdown holds <script>, onerror= or javascript: renders it inert', async () => {
  // The sub-path test build carries test/fixtures/lessons (a real build never does).
  const testServer = await serveStatic(await buildApp('/pipeline-playground/'), '/pipeline-playground/');
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = collectErrors(page);
  try {
    await page.goto(`${testServer.url}#/lessons/99-unsafe-markdown/1`);
    await waitForScreen(page, PROMPT);
    const panel = page.locator('#panel-lesson');
    await panel.getByRole('heading', { name: 'Unsafe Markdown' }).waitFor();
    await panel.getByText('still rendered').waitFor();
    await panel.getByText('a javascript link').waitFor();
    await page.waitForTimeout(300); // let a broken image's error event fire, if it could
    expect(await page.evaluate(() => (window as unknown as { lessonScriptRan?: string }).lessonScriptRan)).toBeUndefined();
    expect(await panel.locator('script, [onerror], [onload]').count()).toBe(0);
    // The link keeps its text and loses its javascript: target.
    expect(await panel.getByText('a javascript link').getAttribute('href')).toBeNull();
    // The only complaint is the browser's about the missing image (its onerror is gone).
    expect(errors).toEqual(['console: Failed to load resource: the server responded with a status of 404 (Not Found)']);
  } finally {
    await page.close();
    await testServer.close();
  }
});
