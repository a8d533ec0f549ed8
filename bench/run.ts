// `npm run bench [GROUP...]`: runs benchmark groups and prints their figures against the targets
// the issues set. Figures are measurements, not tests: a missed target is reported, not failed.

import { formatFigure, missed, type Figure } from './report.ts';

type Group = () => Promise<Figure[]>;

const GROUPS: Record<string, { title: string; load: () => Promise<Group> }> = {
  kernel: { title: 'Kernel', load: async () => (await import('./kernel.bench.ts')).kernelBenchmarks },
  shell: { title: 'Shell and ETL toolbox (1,000,000-line CSV, against GNU on this machine)', load: async () => (await import('./shell.bench.ts')).shellBenchmarks },
  cron: { title: 'Cron (headless, fast-forward)', load: async () => (await import('./cron.bench.ts')).cronBenchmarks },
  app: { title: 'App in headless Chromium', load: async () => (await import('./app.bench.ts')).appBenchmarks },
  workspace: { title: 'Workspace persistence in headless Chromium', load: async () => (await import('./workspace.bench.ts')).workspaceBenchmarks }, // --- workspace persistence
};

export async function runBenchmarks(args: string[]): Promise<number> {
  const names = args.length > 0 ? args : Object.keys(GROUPS);
  const unknown = names.filter((n) => !(n in GROUPS));
  if (unknown.length > 0) {
    process.stderr.write(`pipeline-playground bench: unknown group ${unknown.join(', ')} (groups: ${Object.keys(GROUPS).join(', ')})\n`);
    return 2;
  }
  const all: Figure[] = [];
  for (const name of names) {
    const group = GROUPS[name];
    process.stdout.write(`${group.title}\n`);
    const figures = await (await group.load())();
    for (const figure of figures) process.stdout.write(`${formatFigure(figure)}\n`);
    all.push(...figures);
  }
  const misses = missed(all);
  process.stdout.write(misses.length === 0 ? '\nAll targets met.\n' : `\n${misses.length} target(s) missed: ${misses.map((m) => m.name).join('; ')}\n`);
  return 0;
}
