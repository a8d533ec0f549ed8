// Cron at scale: 30 simulated days of a crontab with 5 entries firing every minute (216,000 runs of
// `echo >> file`), headless with fast-forward time. The fire count must be exact.

import { bootWorld, runBashCommand } from '../test/support/world.ts';
import type { Figure } from './report.ts';

const DAYS = 30;
const ENTRIES = 5;

export async function cronBenchmarks(): Promise<Figure[]> {
  const world = bootWorld();
  const crontab = Array.from({ length: ENTRIES }, (_, i) => `* * * * * echo run >> /tmp/out${i}\n`).join('');
  await runBashCommand(world, 'crontab -', crontab);
  const started = performance.now();
  await runBashCommand(world, `sleep ${DAYS * 86400 + 2}`);
  const ms = performance.now() - started;
  const counted = await runBashCommand(world, `cat /tmp/out* | wc -l`);
  const runs = Number(counted.stdout.trim());
  const expected = DAYS * 1440 * ENTRIES;
  return [
    {
      name: `${DAYS} days of ${ENTRIES} every-minute entries (${expected.toLocaleString('en-US')} runs of echo >> file)`,
      value: Math.round(ms),
      unit: 'ms',
      target: { op: '<=', value: 2000 },
      note: `${(ms * 1000 / expected).toFixed(1)} µs per run; ${world.cron.snapshot().totalRuns.toLocaleString('en-US')} runs counted by cron`,
    },
    {
      name: 'fires counted in the output files',
      value: runs,
      unit: 'runs',
      target: { op: '==', value: expected },
    },
  ];
}
