// The shell and the ETL toolbox in the browser: a student builds a CSV, runs a pipeline over it,
// and turns it into an executable script, all inside the page's worker.

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

test('a CSV, a pipeline over it, and the same pipeline as an executable script', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = collectErrors(page);
  await page.goto(server.url);
  await waitForScreen(page, 'student@playground:~$');

  await typeCommand(page, "printf 'city,amount\\nLyon,3\\nParis,5\\nLyon,4\\nNice,1\\n' > sales.csv");
  await typeCommand(page, "tail -n +2 sales.csv | cut -d, -f1 | sort | uniq -c | sort -rn");
  await waitForScreen(page, '      1 Paris');
  await typeCommand(page, "awk -F, 'NR > 1 { s[$1] += $2 } END { for (c in s) print c, s[c] }' sales.csv | sort");
  await waitForScreen(page, 'Paris 5');
  await typeCommand(page, "printf '#!/bin/bash\\n# totals per city\\ntail -n +2 \"$1\" | cut -d, -f1 | sort | uniq -c\\n' > totals.sh");
  await typeCommand(page, './totals.sh sales.csv; echo "status $?"');
  await waitForScreen(page, 'status 126');
  await typeCommand(page, 'chmod +x totals.sh && ./totals.sh sales.csv');
  const screen = await waitForScreen(page, (text) => /chmod \+x totals\.sh && \.\/totals\.sh sales\.csv\n +2 Lyon\n +1 Nice\n +1 Paris\n/.test(text));

  expect(screen).toContain('      2 Lyon\n      1 Nice\n      1 Paris');
  expect(screen).toContain('Lyon 7\nNice 1\nParis 5');
  expect(screen).toContain('bash: ./totals.sh: Permission denied\nstatus 126');
  await page.screenshot({ path: 'test-results/shell-pipeline.png' });
  expect(errors).toEqual([]);
  await page.close();
});
