// The differential corpus: every script in test/fixtures/bash/<area>/<name>.sh is run in a fresh
// simulated world exactly as scripts/record-bash-fixtures.ts ran it with the real bash, and its
// stdout, stderr and exit status must be byte for byte what real bash produced
// (<name>.expected.json). Fixtures listed in test/fixtures/bash/DIVERGENT.md are known to differ
// today: for them the test fails if they now MATCH (so the list can only shrink).

import { readdirSync, readFileSync, statSync, existsSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { bootWorld } from '../../support/world.ts';
import { CORPUS_WORK_DIR, corpusEnvironment, runBashIn, writeStudentFiles, type CorpusResult } from '../../support/corpus-runner.ts';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/bash');
const DIVERGENT_FILE = join(FIXTURES, 'DIVERGENT.md');

interface Expected {
  stdout: string;
  stderr: string;
  status: number;
}

interface Fixture {
  /** "area/name" */
  id: string;
  scriptPath: string;
  expectedPath: string;
}

function listFixtures(): Fixture[] {
  const fixtures: Fixture[] = [];
  for (const area of readdirSync(FIXTURES).sort()) {
    const dir = join(FIXTURES, area);
    if (!statSync(dir).isDirectory()) continue;
    for (const file of readdirSync(dir).sort()) {
      if (!file.endsWith('.sh')) continue;
      const name = file.slice(0, -3);
      fixtures.push({ id: `${area}/${name}`, scriptPath: join(dir, file), expectedPath: join(dir, `${name}.expected.json`) });
    }
  }
  return fixtures;
}

/** "area/name: reason" lines of DIVERGENT.md (anything else there is commentary). */
function readDivergent(): Map<string, string> {
  const listed = new Map<string, string>();
  if (!existsSync(DIVERGENT_FILE)) return listed;
  for (const line of readFileSync(DIVERGENT_FILE, 'utf8').split('\n')) {
    const match = /^([a-z0-9][a-z0-9._-]*\/[a-z0-9][a-z0-9._-]*): (.+)$/.exec(line.trim());
    if (match) listed.set(match[1], match[2]);
  }
  return listed;
}

async function replay(fixture: Fixture): Promise<CorpusResult> {
  const world = bootWorld();
  const file = fixture.id.slice(fixture.id.indexOf('/') + 1) + '.sh';
  writeStudentFiles(world, CORPUS_WORK_DIR, { [file]: readFileSync(fixture.scriptPath, 'utf8') });
  return runBashIn(world, {
    argv: ['bash', file],
    cwd: CORPUS_WORK_DIR,
    env: corpusEnvironment(),
    input: '',
    realTimeoutMs: 10_000,
    virtualTimeoutUs: 120_000_000,
  });
}

function same(actual: CorpusResult, expected: Expected): boolean {
  return (
    actual.timedOut === undefined &&
    actual.internalErrors.length === 0 &&
    actual.stdout === expected.stdout &&
    actual.stderr === expected.stderr &&
    actual.status === expected.status
  );
}

const fixtures = listFixtures();
const divergent = readDivergent();
/** Fixtures that differ in this run (for BASH_CORPUS_REPORT). */
const differing = new Map<string, string>();

// BASH_CORPUS_REPORT=<file> writes the "area/name: reason" lines DIVERGENT.md would need for this
// run (known reasons kept, new ones marked TODO) — a help for updating it, never applied by itself.
afterAll(() => {
  const target = process.env.BASH_CORPUS_REPORT;
  if (!target) return;
  const lines = [...differing].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([id, reason]) => `${id}: ${reason}`);
  writeFileSync(target, lines.length > 0 ? `${lines.join('\n')}\n` : '');
});

describe('bash corpus', () => {
  test('DIVERGENT.md lists only fixtures that exist', () => {
    const ids = new Set(fixtures.map((f) => f.id));
    expect([...divergent.keys()].filter((id) => !ids.has(id))).toEqual([]);
  });

  test('every fixture has its recording', () => {
    expect(fixtures.filter((f) => !existsSync(f.expectedPath)).map((f) => f.id)).toEqual([]);
  });

  for (const fixture of fixtures) {
    test(`${fixture.id}.sh`, async () => {
      if (!existsSync(fixture.expectedPath)) throw new Error(`${fixture.id}: no recording; run npx tsx scripts/record-bash-fixtures.ts ${fixture.id}`);
      const expected = JSON.parse(readFileSync(fixture.expectedPath, 'utf8')) as Expected;
      const actual = await replay(fixture);
      const reason = divergent.get(fixture.id);
      if (!same(actual, expected)) differing.set(fixture.id, reason ?? 'TODO: describe how it differs');
      if (reason !== undefined) {
        if (same(actual, expected)) {
          throw new Error(`${fixture.id} now behaves exactly like bash: remove its line from test/fixtures/bash/DIVERGENT.md ("${reason}")`);
        }
        return;
      }
      if (actual.timedOut !== undefined) throw new Error(`${fixture.id}: ${actual.timedOut}\nstdout so far:\n${actual.stdout}\nstderr so far:\n${actual.stderr}`);
      expect(actual.internalErrors, 'internal errors of the simulation').toEqual([]);
      expect({ stdout: actual.stdout, stderr: actual.stderr, status: actual.status }).toEqual(expected);
    });
  }
});
