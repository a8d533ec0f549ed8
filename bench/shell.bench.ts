// The ETL toolbox on a million-line CSV: each pipeline runs in the simulated shell and, in the same
// process, with the real GNU tools on this machine; the figure is the ratio of the two wall times.
// Peak heap growth while the simulation runs is compared with the size of the input.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bootWorld, runBashCommand } from '../test/support/world.ts';
import { STUDENT } from '../src/sim/fs/base-system.ts';
import type { World } from '../src/sim/world.ts';
import type { Figure } from './report.ts';

const LINES = 1_000_000;
const PIPELINES: { name: string; script: string }[] = [
  { name: 'cut | sort | uniq -c | sort -rn | head', script: 'cut -d, -f3 sales.csv | sort | uniq -c | sort -rn | head' },
  { name: 'grep -c', script: 'grep -c Lyon sales.csv' },
  { name: "awk -F, '{s[$2]+=$4} END {...}'", script: "awk -F, '{s[$2]+=$4} END {for (k in s) print k, s[k]}' sales.csv" },
  { name: "sed 's/,/;/g'", script: "sed 's/,/;/g' sales.csv > /dev/null" },
  { name: 'tr a-z A-Z', script: 'tr a-z A-Z < sales.csv > /dev/null' },
];

export async function shellBenchmarks(): Promise<Figure[]> {
  const csv = generateCsv(LINES);
  const hostDir = mkdtempSync(join(tmpdir(), 'pp-bench-'));
  writeFileSync(join(hostDir, 'sales.csv'), csv);
  const figures: Figure[] = [];
  try {
    for (const pipeline of PIPELINES) {
      const gnu = timeGnu(hostDir, pipeline.script);
      const sim = await timeSimulated(csv, pipeline.script);
      if (sim.stdout !== gnu.stdout) process.stdout.write(`  (${pipeline.name}: the simulated output differs from GNU's)\n`);
      const ratio = sim.ms / gnu.ms;
      figures.push({
        name: `${pipeline.name} (time vs GNU)`,
        value: Math.round(ratio * 100) / 100,
        unit: '×',
        target: { op: '<=', value: 3 },
        note: `simulated ${Math.round(sim.ms)} ms, GNU ${Math.round(gnu.ms)} ms`,
      });
      figures.push({
        name: `${pipeline.name} (peak heap / input)`,
        value: Math.round((sim.peakHeapBytes / csv.length) * 100) / 100,
        unit: '×',
        target: { op: '<=', value: 4 },
        note: `+${mib(sim.peakHeapBytes)} MiB over ${mib(csv.length)} MiB of input`,
      });
    }
    figures.push(...(await streamingFigures(hostDir)));
  } finally {
    rmSync(hostDir, { recursive: true, force: true });
  }
  return figures;
}

/** Pipelines that must stream: they end early, or run in bounded memory. */
async function streamingFigures(hostDir: string): Promise<Figure[]> {
  const yes = await timeSimulated(new Uint8Array(0), 'yes | head -n 3');
  const seq = await timeSimulated(new Uint8Array(0), 'seq 1 10000000 | tail -n 1');
  const gnuSeq = timeGnu(hostDir, 'seq 1 10000000 | tail -n 1');
  return [
    { name: 'yes | head -n 3 (wall time)', value: Math.round(yes.ms), unit: 'ms', target: { op: '<=', value: 100 } },
    { name: 'seq 1 10000000 | tail -n 1 (peak heap growth)', value: Math.round(mib(seq.peakHeapBytes)), unit: 'MiB', target: { op: '<=', value: 32 }, note: `simulated ${Math.round(seq.ms)} ms, GNU ${Math.round(gnuSeq.ms)} ms` },
  ];
}

interface Timed {
  ms: number;
  stdout: string;
  peakHeapBytes: number;
}

/** Best of three runs with the real tools, in a directory holding sales.csv. */
function timeGnu(dir: string, script: string): Timed {
  let best = Infinity;
  let stdout = '';
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    const result = spawnSync('bash', ['-c', script], { cwd: dir, env: { LC_ALL: 'C.UTF-8', PATH: '/usr/bin:/bin' }, maxBuffer: 1 << 26 });
    best = Math.min(best, performance.now() - start);
    stdout = result.stdout.toString();
  }
  return { ms: best, stdout, peakHeapBytes: 0 };
}

/** Best of two runs in a fresh world; the heap is sampled while the first one runs. */
async function timeSimulated(csv: Uint8Array, script: string): Promise<Timed> {
  let best = Infinity;
  let stdout = '';
  let peakHeapBytes = 0;
  for (let i = 0; i < 2; i++) {
    const world = worldWithCsv(csv);
    collectGarbage();
    const baseline = process.memoryUsage().heapUsed;
    let peak = baseline;
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }, 2);
    const start = performance.now();
    const result = await runBashCommand(world, `cd ~ && ${script}`);
    const ms = performance.now() - start;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    if (result.status !== 0 || result.stderr !== '') throw new Error(`${script}: status ${result.status}: ${result.stderr}`);
    best = Math.min(best, ms);
    stdout = result.stdout;
    if (i === 0) peakHeapBytes = peak - baseline;
  }
  return { ms: best, stdout, peakHeapBytes };
}

function worldWithCsv(csv: Uint8Array): World {
  const world = bootWorld();
  const fs = world.kernel.fs;
  const cred = { ...STUDENT, groups: [...STUDENT.groups] };
  const file = fs.createFile(cred, '/home/student', 'sales.csv', 0o644, true);
  fs.setContent(file, csv);
  return world;
}

/** A deterministic sales table: id, product category, city, amount, date (~35 bytes a line). */
function generateCsv(lines: number): Uint8Array {
  const categories = ['books', 'music', 'garden', 'toys', 'food', 'tools', 'sport', 'health', 'games', 'office'];
  const cities = ['Lyon', 'Paris', 'Nantes', 'Lille', 'Nice', 'Brest', 'Dijon', 'Metz', 'Tours', 'Reims', 'Caen', 'Rouen'];
  let seed = 12345;
  const next = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  const rows: string[] = [];
  for (let i = 1; i <= lines; i++) {
    const amount = `${next(500)}.${String(next(100)).padStart(2, '0')}`;
    const date = `2026-${String(1 + next(12)).padStart(2, '0')}-${String(1 + next(28)).padStart(2, '0')}`;
    rows.push(`${i},${categories[next(categories.length)]},${cities[next(cities.length)]},${amount},${date}`);
  }
  return new TextEncoder().encode(`${rows.join('\n')}\n`);
}

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function mib(bytes: number): number {
  return Math.round((bytes / 1048576) * 10) / 10;
}
