// The text bash shows for a command in job messages ("[1]+  Stopped  sleep 100"): simple
// commands as written, compound ones as bash's printer shows them ("( exit 3 )").

import type { AndOrList, Command, Pipeline } from './ast.ts';
import { printCommand } from './function-format.ts';

export function describeCommand(command: Command): string {
  if (command.type === 'simple') {
    const parts = [
      ...command.assignments.map((a) => a.raw),
      ...command.words.map((w) => w.raw),
      ...command.redirects.map((r) => `${r.fd ?? ''}${r.op} ${r.target.raw}`),
    ];
    return parts.join(' ');
  }
  return printCommand(command, 0, false).replace(/\s*\n\s*/g, ' ');
}

export function describePipeline(pipeline: Pipeline): string {
  return pipeline.commands.map(describeCommand).join(' | ');
}

export function describeAndOr(list: AndOrList): string {
  return [describePipeline(list.first), ...list.rest.map((r) => `${r.op} ${describePipeline(r.pipeline)}`)].join(' ');
}
