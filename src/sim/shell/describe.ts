// The text bash shows for a command in job messages ("[1]+  Stopped  sleep 100").

import type { Command } from './ast.ts';

export function describeCommand(command: Command): string {
  switch (command.type) {
    case 'simple': {
      const parts = [
        ...command.assignments.map((a) => a.raw),
        ...command.words.map((w) => w.raw),
        ...command.redirects.map((r) => `${r.fd ?? ''}${r.op} ${r.target.raw}`),
      ];
      return parts.join(' ');
    }
    case 'subshell':
      return '( … )';
    case 'group':
      return '{ … }';
    case 'function':
      return `${command.name} ()`;
    default:
      return command.type;
  }
}
