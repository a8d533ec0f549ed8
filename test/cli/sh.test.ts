// The headless command, run as a user would run it: a real child process.

import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = join(process.cwd(), 'bin', 'pipeline-playground.js');

function cli(args: string[], input?: string, cwd = process.cwd()): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync(process.execPath, [BIN, ...args], { input, cwd, encoding: 'utf8', timeout: 30_000 });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

describe('pipeline-playground sh', () => {
  test('-c runs a command; stdout, stderr and the exit status pass through', () => {
    const result = cli(['sh', '-c', 'echo out; echo err >&2; nosuch; exit 4']);
    expect(result).toEqual({ stdout: 'out\n', stderr: 'err\nbash: line 1: nosuch: command not found\n', status: 4 });
  });

  test('-c takes $0 and positional parameters after the command', () => {
    expect(cli(['sh', '-c', 'echo "$0 $1 $#"', 'name', 'one', 'two']).stdout).toBe('name one 2\n');
  });

  test('-s reads commands from stdin, leaving the rest of stdin to the commands', () => {
    const result = cli(['sh', '-s'], 'echo first\ncat\nthese lines are read by cat\n');
    expect(result.stdout).toBe('first\nthese lines are read by cat\n');
    expect(result.status).toBe(0);
  });

  test('a script on this computer runs in the simulated machine, with its arguments', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pp-cli-'));
    writeFileSync(join(dir, 'hello.sh'), '#!/bin/bash\necho "hello $1 from $(pwd)"\n');
    expect(cli(['sh', join(dir, 'hello.sh'), 'world']).stdout).toBe('hello world from /home/student\n');
  });

  test('--seed and --now make runs repeatable', () => {
    const run = (): string => cli(['sh', '--seed', '7', '--now', '2026-01-15T09:00:00Z', '-c', 'echo $RANDOM $EPOCHSECONDS']).stdout;
    const first = run();
    expect(run()).toBe(first);
    expect(first.split(' ')[1]).toBe(`${Date.UTC(2026, 0, 15, 9) / 1000}\n`);
  });

  test('--import copies a host folder in, --export copies a simulated one out (x bit kept)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pp-cli-'));
    mkdirSync(join(dir, 'in', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'in', 'data.csv'), 'a,b\n1,2\n');
    writeFileSync(join(dir, 'in', 'sub', 'run.sh'), '#!/bin/sh\necho ran\n', { mode: 0o755 });
    const result = cli([
      'sh', '--import', `${join(dir, 'in')}:/home/student/lab`, '--export', `/home/student/lab:${join(dir, 'out')}`,
      '-c', 'cd lab && cat data.csv && ./sub/run.sh && mkdir made && touch made/new.txt',
    ]);
    expect(result.stdout).toBe('a,b\n1,2\nran\n');
    expect(existsSync(join(dir, 'out', 'made', 'new.txt'))).toBe(true);
    expect(readFileSync(join(dir, 'out', 'data.csv'), 'utf8')).toBe('a,b\n1,2\n');
    expect(statSync(join(dir, 'out', 'sub', 'run.sh')).mode & 0o111).not.toBe(0);
  });

  test('--help documents the command; an unknown flag prints usage and exits 2', () => {
    const help = cli(['sh', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: pipeline-playground sh [OPTION]... (-c COMMAND | -s | SCRIPT) [ARGS...]');
    const bad = cli(['sh', '--frobnicate', '-c', 'true']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("unknown option '--frobnicate'");
    expect(bad.stderr).toContain('Usage: pipeline-playground sh');
  });
});
