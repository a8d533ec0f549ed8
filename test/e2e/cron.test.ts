// Cron in the browser: a student installs a crontab from the terminal, jumps the clock an hour, and
// sees the 60 runs in the Cron panel and 60 lines in the file the job appends to.

import { afterAll, beforeAll, expect, test } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
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

test('a crontab installed in the terminal runs 60 times when the clock jumps an hour', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = collectErrors(page);
  await page.goto(server.url);
  await waitForScreen(page, 'student@playground:~$');
  // Paused, so only the jump moves the clock (a real-time minute could add a run).
  await page.getByRole('button', { name: 'Pause the clock' }).click();
  await page.getByRole('tab', { name: 'Cron' }).click();

  await typeCommand(page, "printf '* * * * * date >> ticks.log\\n' | crontab -");
  await typeCommand(page, 'crontab -l');
  await waitForScreen(page, '* * * * * date >> ticks.log');
  await expect.poll(() => page.getByTestId('cron-entry').count(), { timeout: 10_000 }).toBe(1);
  await expect.poll(() => page.getByTestId('cron-entry').first().textContent()).toContain('Every minute');

  await page.getByRole('button', { name: 'Advance the clock by 1 hour' }).click();
  await expect.poll(() => page.getByTestId('cron-total-runs').textContent(), { timeout: 30_000 }).toBe('60 runs');

  await typeCommand(page, 'wc -l < ticks.log; grep -c CMD /var/log/cron');
  await waitForScreen(page, (text) => /grep -c CMD \/var\/log\/cron\n60\n60\n/.test(text));
  expect(await page.getByTestId('cron-run').count()).toBeGreaterThan(0);
  await page.screenshot({ path: 'test-results/cron-hour.png' });
  expect(errors).toEqual([]);
  await page.close();
});

test('a long jump shows its progress and can be cancelled part way', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = collectErrors(page);
  await page.goto(server.url);
  await waitForScreen(page, 'student@playground:~$');
  await page.getByRole('button', { name: 'Pause the clock' }).click();
  await typeCommand(page, 'for i in 1 2 3 4 5; do echo "* * * * * date >> out$i.log"; done | crontab -; echo installed');
  await waitForScreen(page, (text) => /\ninstalled\n/.test(text));
  const before = await page.getByTestId('clock').textContent();

  // A week of five every-minute jobs is 50,400 runs: long enough to show the progress bar.
  await page.getByRole('button', { name: 'Advance the clock by 1 week' }).click();
  const progress = page.getByRole('progressbar', { name: 'Clock jump' });
  await progress.waitFor({ timeout: 10_000 });
  await expect.poll(async () => Number(await progress.getAttribute('aria-valuenow')), { timeout: 20_000 }).toBeGreaterThan(0);
  await page.screenshot({ path: 'test-results/clock-jump-progress.png' });
  await page.getByRole('button', { name: 'Cancel' }).click();
  await progress.waitFor({ state: 'detached', timeout: 10_000 });
  await expect.poll(() => page.getByRole('status').textContent()).toBe('Jump of 1 week cancelled');

  // The clock stopped part way: later than before, earlier than a week on.
  await typeCommand(page, 'cat out1.log | wc -l');
  const screen = await waitForScreen(page, (text) => /cat out1\.log \| wc -l\n\d+\n/.test(text));
  const lines = Number(/cat out1\.log \| wc -l\n(\d+)\n/.exec(screen)![1]);
  expect(lines).toBeGreaterThan(0);
  expect(lines).toBeLessThan(7 * 1440);
  expect(await page.getByTestId('clock').textContent()).not.toBe(before);
  expect(errors).toEqual([]);
  await page.close();
});
