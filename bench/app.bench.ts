// The page in headless Chromium: how much JavaScript a student downloads before the first prompt
// (gzip), and how long from navigation to an interactive prompt.

import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { build } from 'vite';
import { launchBrowser } from '../test/support/browser.ts';
import { serveStatic } from '../test/support/static-server.ts';
import type { Figure } from './report.ts';

export async function appBenchmarks(): Promise<Figure[]> {
  const outDir = join(process.cwd(), 'dist');
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await serveStatic(outDir, '/');
  const browser = await launchBrowser();
  try {
    const runs: { scriptBytes: number; promptMs: number }[] = [];
    for (let i = 0; i < 5; i++) runs.push(await loadOnce(browser, server.url, outDir));
    const promptTimes = runs.map((r) => r.promptMs).sort((a, b) => a - b);
    const median = promptTimes[Math.floor(promptTimes.length / 2)];
    return [
      { name: 'initial JavaScript before the first prompt (gzip)', value: Math.round((runs[0].scriptBytes / 1024) * 10) / 10, unit: 'KiB', target: { op: '<=', value: 200 } },
      { name: 'navigation to interactive prompt (median of 5)', value: Math.round(median), unit: 'ms', target: { op: '<=', value: 1000 }, note: `runs: ${promptTimes.map(Math.round).join(', ')} ms` },
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}

async function loadOnce(browser: Awaited<ReturnType<typeof launchBrowser>>, url: string, outDir: string): Promise<{ scriptBytes: number; promptMs: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const scripts = new Set<string>();
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (path.endsWith('.js')) scripts.add(path);
  });
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector('[data-testid="terminal"] .xterm-rows')?.textContent?.includes('student@playground:~$'), undefined, { polling: 'raf', timeout: 20_000 });
  const promptMs = await page.evaluate(() => performance.now());
  // Interactive: a keystroke reaches the shell and its echo comes back.
  await page.keyboard.type('x');
  await page.waitForFunction(() => document.querySelector('[data-testid="terminal"] .xterm-rows')?.textContent?.includes('student@playground:~$ x'), undefined, { polling: 'raf' });
  let scriptBytes = 0;
  for (const path of scripts) scriptBytes += gzipSync(readFileSync(join(outDir, path))).length;
  await context.close();
  return { scriptBytes, promptMs };
}
