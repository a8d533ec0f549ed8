// The lesson player in a real Chromium: a deep link opens lesson 1 at step 1, "Start lesson"
// copies its starter files into the machine, and typing the step's solution in the terminal ticks
// the step's checks green (evaluated in the worker after the command).

import { afterAll, beforeAll, expect, test } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
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

test('a deep link opens step 1; typing its solution ticks its checks green', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = collectErrors(page);
  await page.goto(`${server.url}#/lessons/01-shell-basics/1`);
  await waitForScreen(page, PROMPT);
  const panel = page.locator('#panel-lesson');
  await panel.getByRole('heading', { name: 'The shell for data work' }).waitFor();
  await panel.getByRole('heading', { name: /Step 1 of 4: Look at the data/ }).waitFor();
  await panel.getByRole('button', { name: 'Start lesson' }).click();
  const checks = panel.getByTestId('lesson-checks').locator('li');
  await expect.poll(() => checks.count()).toBe(2);
  // Before the solution: both checks fail, and a hint can be revealed.
  await expect.poll(() => checks.evaluateAll((items) => items.map((i) => i.getAttribute('data-state')))).toEqual(['failed', 'failed']);
  await panel.getByRole('button', { name: 'Show a hint' }).click();
  await panel.getByText('Hint: head -n 3 FILE prints the first three lines of FILE.').waitFor();

  await typeCommand(page, 'ls data');
  await waitForScreen(page, 'sales.csv');
  const solution = readFileSync('lessons/01-shell-basics/solution/step-1.sh', 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  for (const line of solution.slice(1)) await typeCommand(page, line);
  await expect
    .poll(() => checks.evaluateAll((items) => items.map((i) => i.getAttribute('data-state'))), { timeout: 15_000 })
    .toEqual(['passed', 'passed']);
  await panel.getByRole('heading', { name: /Step 1 of 4.*✓/ }).waitFor();
  await page.screenshot({ path: 'test-results/lessons-step-1.png' });

  // Progress survives in localStorage, and the next step follows.
  const stored = await page.evaluate(() => localStorage.getItem('pipeline-playground:lessons'));
  expect(JSON.parse(stored!)['01-shell-basics']).toMatchObject({ started: true, passed: [1] });
  await panel.getByRole('button', { name: 'Next step' }).click();
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('#/lessons/01-shell-basics/2');
  await panel.getByRole('heading', { name: /Step 2 of 4: Count the sales/ }).waitFor();
  expect(errors).toEqual([]);
  await page.close();
});
