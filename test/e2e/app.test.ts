// The built app in a real headless Chromium: the page boots a world in its worker, the terminal
// reaches a prompt, a typed command runs in the simulated shell, and ^C behaves like bash.

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { collectErrors, launchBrowser } from '../support/browser.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { screenText, typeCommand, waitForScreen } from '../support/terminal-page.ts';
import { buildApp } from '../support/build.ts';

const PROMPT = 'student@playground:~$';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync('test-results', { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

for (const base of ['/', '/pipeline-playground/']) {
  describe(`the app served at ${base}`, () => {
    let server: StaticServer;

    beforeAll(async () => {
      const dir = await buildApp(base);
      server = await serveStatic(dir, base);
    });

    afterAll(async () => {
      await server?.close();
    });

    test('a typed command runs in the simulated shell and ^C abandons the line', async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const errors = collectErrors(page);
      await page.goto(server.url);
      await waitForScreen(page, PROMPT);

      await typeCommand(page, 'mkdir data && cd data && pwd');
      await waitForScreen(page, 'student@playground:~/data$');
      const afterCd = await screenText(page);
      expect(afterCd).toContain('$ mkdir data && cd data && pwd\n/home/student/data\nstudent@playground:~/data$');

      await page.keyboard.type('echo never runs');
      await page.keyboard.press('Control+C');
      const afterInterrupt = await waitForScreen(page, (text) => text.includes('echo never runs^C'));
      expect(afterInterrupt).toMatch(/echo never runs\^C\nstudent@playground:~\/data\$$/);

      expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Pipeline Playground');
      expect(await page.getByRole('tab').allTextContents()).toEqual(['Lesson', 'Files', 'Cron', 'Airflow', 'Kafka', 'Metrics']);
      await page.getByRole('tab', { name: 'Cron' }).click();
      await expect.poll(() => page.locator('#panel-cron').textContent()).toContain('No crontab installed');
      expect(await page.getByTestId('clock').textContent()).toMatch(/^\w{3} \d{1,2} \w{3} \d{4} \d\d:\d\d:\d\d UTC$/);

      await page.screenshot({ path: `test-results/app${base === '/' ? '' : '-subpath'}.png` });
      expect(errors).toEqual([]);
      await page.close();
    });

    test('the terminal refits when the window is resized, and the shell learns the new size', async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const errors = collectErrors(page);
      await page.goto(server.url);
      await waitForScreen(page, PROMPT);
      const columns = async (tag: string): Promise<number> => {
        await typeCommand(page, `echo ${tag}=$COLUMNS`);
        const pattern = new RegExp(`^${tag}=(\\d+)$`, 'm');
        return Number(pattern.exec(await waitForScreen(page, (t) => pattern.test(t)))![1]);
      };
      const wide = await columns('wide');
      await page.setViewportSize({ width: 900, height: 700 });
      await page.waitForTimeout(200);
      const narrow = await columns('narrow');
      expect(wide).toBeGreaterThan(60);
      expect(narrow).toBeLessThan(wide - 20);
      expect(errors).toEqual([]);
      await page.close();
    });
  });
}
