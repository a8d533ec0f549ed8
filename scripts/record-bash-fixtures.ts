// Records what the REAL bash on this machine prints for every script of the differential corpus.
//
//   npx tsx scripts/record-bash-fixtures.ts                 # every fixture
//   npx tsx scripts/record-bash-fixtures.ts quoting glob/star   # some areas or single fixtures
//   npx tsx scripts/record-bash-fixtures.ts --check         # re-run and report differences, write nothing
//
// (to be wired as the npm script "fixtures:bash": "tsx scripts/record-bash-fixtures.ts")
//
// Each test/fixtures/bash/<area>/<name>.sh is copied as <name>.sh into a fresh temporary directory
// <tmp>/work and run there exactly as test/sim/shell/bash-corpus.test.ts runs it in the simulation:
//
//   env -i LC_ALL=C.UTF-8 TZ=UTC PATH=/usr/local/bin:/usr/bin:/bin HOME=<tmp>/work bash <name>.sh
//
// with stdin from /dev/null, stdout and stderr pipes, and umask 022. The result is written next to
// the script as <name>.expected.json = { "stdout": …, "stderr": …, "status": N }. The only
// normalisation is the temporary directory: <tmp>/work becomes /home/student/work and <tmp> becomes
// /home/student, the paths of the same directories in the simulated run. Output that is not valid
// UTF-8 is refused (fixtures must not print binary data), and so is a script that needs more than
// 15 s.
//
// The machine should have GNU bash 5.2 and GNU coreutils 9, grep, sed and gawk first in PATH.
// Note that /bin/sh may be dash: fixtures running `sh` must only use what dash and bash agree on.

import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'bash');
const SIM_WORK = '/home/student/work';
const SIM_PARENT = '/home/student';
const TIMEOUT_MS = 15_000;

interface Expected {
  stdout: string;
  stderr: string;
  status: number;
}

function listFixtures(): string[] {
  const found: string[] = [];
  for (const area of readdirSync(FIXTURES).sort()) {
    const dir = join(FIXTURES, area);
    if (!statSync(dir).isDirectory()) continue;
    for (const file of readdirSync(dir).sort()) if (file.endsWith('.sh')) found.push(join(dir, file));
  }
  return found;
}

function replaceAll(text: string, from: string, to: string): string {
  return from === '' ? text : text.split(from).join(to);
}

function decode(bytes: Buffer, what: string, fixture: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`${fixture}: ${what} is not valid UTF-8; fixtures must not print binary data`);
  }
}

function record(script: string): Expected {
  const fixture = relative(FIXTURES, script);
  const parent = realpathSync(mkdtempSync(join(tmpdir(), 'bash-fixture-')));
  const work = join(parent, 'work');
  try {
    mkdirSync(work, { mode: 0o755 });
    const name = basename(script);
    copyFileSync(script, join(work, name));
    const env = ['-i', 'LC_ALL=C.UTF-8', 'TZ=UTC', 'PATH=/usr/local/bin:/usr/bin:/bin', `HOME=${work}`];
    // Node would connect stdout and stderr to sockets; a small bash wrapper puts pipes in between,
    // as the simulated run has (it matters for /dev/stdout, /dev/stderr and buffering).
    const wrapper = '"$@" > >(exec cat) 2> >(exec cat >&2); exit $?';
    const run = spawnSync('bash', ['-c', wrapper, 'record-wrapper', 'env', ...env, 'bash', name], {
      cwd: work,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: TIMEOUT_MS,
      killSignal: 'SIGKILL',
      maxBuffer: 16 * 1024 * 1024,
    });
    if (run.error) throw new Error(`${fixture}: ${run.error.message}`);
    if (run.signal) throw new Error(`${fixture}: killed by ${run.signal} (longer than ${TIMEOUT_MS} ms?)`);
    const normalise = (text: string): string => replaceAll(replaceAll(text, work, SIM_WORK), parent, SIM_PARENT);
    return {
      stdout: normalise(decode(run.stdout, 'stdout', fixture)),
      stderr: normalise(decode(run.stderr, 'stderr', fixture)),
      status: run.status ?? -1,
    };
  } finally {
    rmSync(parent, { recursive: true, force: true });
  }
}

function serialise(expected: Expected): string {
  return `${JSON.stringify({ stdout: expected.stdout, stderr: expected.stderr, status: expected.status }, null, 2)}\n`;
}

function main(): void {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const filters = args.filter((a) => a !== '--check').map((a) => a.replace(/\.sh$/, '').replace(/\/$/, ''));
  process.umask(0o022);
  const version = spawnSync('bash', ['-c', 'echo $BASH_VERSION'], { encoding: 'utf8' }).stdout.trim();
  if (!version.startsWith('5.2')) console.warn(`warning: recording with bash ${version}, the corpus targets bash 5.2`);
  const all = listFixtures();
  const chosen = filters.length === 0 ? all : all.filter((s) => {
    const id = relative(FIXTURES, s).replace(/\.sh$/, '');
    return filters.some((f) => id === f || id.startsWith(`${f}/`));
  });
  if (chosen.length === 0) throw new Error(`no fixture matches ${filters.join(' ')}`);
  let written = 0;
  let unchanged = 0;
  const differing: string[] = [];
  for (const script of chosen) {
    const text = serialise(record(script));
    const target = script.replace(/\.sh$/, '.expected.json');
    const before = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
    if (before === text) {
      unchanged++;
      continue;
    }
    if (check) {
      differing.push(relative(FIXTURES, script));
      continue;
    }
    writeFileSync(target, text);
    written++;
  }
  // Expected files whose script is gone.
  const stale = all.length === 0 ? [] : readdirSync(FIXTURES).flatMap((area) => {
    const dir = join(FIXTURES, area);
    if (!statSync(dir).isDirectory()) return [];
    return readdirSync(dir)
      .filter((f) => f.endsWith('.expected.json') && !existsSync(join(dir, f.replace(/\.expected\.json$/, '.sh'))))
      .map((f) => `${area}/${f}`);
  });
  if (check) {
    console.log(`${chosen.length} fixtures run: ${unchanged} match their recording, ${differing.length} differ`);
    for (const d of differing) console.log(`  differs: ${d}`);
  } else {
    console.log(`${chosen.length} fixtures run with bash ${version}: ${written} written, ${unchanged} unchanged`);
  }
  for (const s of stale) console.log(`  stale (no script): ${s}`);
  if (check && differing.length > 0) process.exitCode = 1;
}

main();
