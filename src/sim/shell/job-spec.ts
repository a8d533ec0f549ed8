// Job specifications (%1, %%, %+, %-, %name, %?text) as bash resolves them.

import type { Job } from './jobs.ts';
import type { Shell } from './shell.ts';

/** The job a spec names, or bash's error text ("%3: no such job"). */
export function resolveJobSpec(shell: Shell, spec: string): Job | string {
  const jobs = shell.jobs;
  const body = spec.slice(1);
  let job: Job | undefined;
  if (body === '' || body === '%' || body === '+') job = jobs.current;
  else if (body === '-') job = jobs.previous;
  else if (/^\d+$/.test(body)) job = jobs.jobs.get(Number(body));
  else if (body.startsWith('?')) {
    const matches = jobs.list().filter((j) => j.command.includes(body.slice(1)));
    if (matches.length > 1) return `${spec}: ambiguous job spec`;
    job = matches[0];
  } else {
    const matches = jobs.list().filter((j) => j.command.startsWith(body));
    if (matches.length > 1) return `${spec}: ambiguous job spec`;
    job = matches[0];
  }
  return job ?? `${spec}: no such job`;
}
