// Builds the app once per base path for the browser tests (`npm test` builds dist/ for '/'; a
// sub-path build goes to test-results/ so both are exercised).

import { build } from 'vite';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

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
  await build({ base, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  return outDir;
}
