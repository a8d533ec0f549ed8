// Builds the app once per base path for the browser tests (`npm test` builds dist/ for '/'; a
// sub-path build goes to test-results/ so both are exercised). The sub-path build also carries the
// test lessons of test/fixtures/lessons (build/lessons-plugin.ts), which a real build never has.

import { build } from 'vite';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** Lessons only the test builds carry. */
export const TEST_LESSONS = 'test/fixtures/lessons';

const built = new Map<string, Promise<string>>();

export function buildApp(base: string): Promise<string> {
  let pending = built.get(base);
  if (!pending) {
    pending = doBuild(base);
    built.set(base, pending);
  }
  return pending;
}

async function doBuild(base: string): Promise<string> {
  if (base === '/' && existsSync(resolve('dist/index.html')) && process.env.PP_REBUILD !== '1') return resolve('dist');
  const outDir = resolve('test-results', `dist${base.replace(/\//g, '_')}`);
  const before = process.env.PP_EXTRA_LESSONS;
  if (base !== '/') process.env.PP_EXTRA_LESSONS = TEST_LESSONS;
  try {
    await build({ base, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    if (before === undefined) delete process.env.PP_EXTRA_LESSONS;
    else process.env.PP_EXTRA_LESSONS = before;
  }
  return outDir;
}
