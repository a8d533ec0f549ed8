// `pipeline-playground lessons dataset`, run as an instructor would: a real child process.

import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { datasetSeed, generateDataset } from '../../src/sim/datasets/index.ts';

const BIN = join(process.cwd(), 'bin', 'pipeline-playground.js');

function cli(args: string[]): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(process.execPath, [BIN, 'lessons', 'dataset', ...args], { encoding: 'utf8', timeout: 30_000 });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

describe('pipeline-playground lessons dataset', () => {
  test('prints a dataset: 20 rows of seed 1 by default, or --rows and --seed', () => {
    expect(cli(['access-log'])).toEqual({ stdout: decode(generateDataset('access-log', { rows: 20, seed: 1 })), stderr: '', status: 0 });
    expect(cli(['orders-csv', '--rows', '5', '--seed', '9']).stdout).toBe(decode(generateDataset('orders-csv', { rows: 5, seed: 9 })));
  });

  test('with --path and --start it prints the bytes a lesson with that seed gets at that path', () => {
    const startMs = Date.UTC(2026, 5, 1, 8);
    const expected = generateDataset('access-log', { rows: 3, seed: datasetSeed(4, 'data/access.log'), startMs });
    expect(cli(['access-log', '--rows', '3', '--seed', '4', '--path', './data/access.log', '--start', '2026-06-01T08:00:00Z']).stdout).toBe(decode(expected));
  });

  test('--help lists the generators; an unknown generator or option prints usage and exits 2', () => {
    const help = cli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: pipeline-playground lessons dataset NAME [--rows N] [--seed S]');
    expect(help.stdout).toMatch(/^ {2}access-log {4}a web shop's access log/m);
    expect(help.stdout).toMatch(/^ {2}orders-csv {4}a shop's orders/m);
    const unknown = cli(['weather']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^pipeline-playground lessons dataset: unknown generator 'weather' \(known: access-log, orders-csv\)\nUsage: /);
    const flag = cli(['access-log', '--colour']);
    expect(flag.status).toBe(2);
    expect(flag.stderr).toMatch(/^pipeline-playground lessons dataset: unknown option '--colour'\nUsage: /);
    expect(cli(['access-log', '--rows', '0']).stderr).toContain('--rows needs a whole number from 1 to 500000');
    expect(cli([]).stderr).toContain('missing the generator NAME');
  });
});
