// The texts `help NAME` prints in its formats; `NAME --help` prints the long one.

import type { Builtin } from './builtin.ts';
import type { Process } from '../../kernel/process.ts';
import { BASH_VERSION } from '../shell.ts';

type Descriptions = Record<string, string>;

/**
 * bash's long descriptions (builtin-descriptions.ts), loaded on the first `help` or `--help`: host
 * work the process waits on like outside input, so the clock does not move meanwhile.
 */
export async function loadDescriptions(proc: Process): Promise<Descriptions> {
  return proc.block<Descriptions>((wake, fail) => void import('./builtin-descriptions.ts').then((m) => wake(m.BUILTIN_DESCRIPTIONS), fail), { interruptible: false, external: true });
}

export type HelpFormat = 'long' | 'short' | 'describe' | 'manpage';

export function helpText(builtin: Builtin, format: HelpFormat, descriptions: Descriptions): string {
  const description = descriptions[builtin.name] ?? '';
  const summary = description.split('\n')[0];
  const body = description
    .split('\n')
    .map((line, i) => (i === 0 ? `    ${line}` : line === '' ? '    ' : line))
    .join('\n');
  switch (format) {
    case 'short':
      return `${builtin.name}: ${builtin.synopsis}\n`;
    case 'describe':
      return `${builtin.name} - ${summary}\n`;
    case 'long':
      return `${builtin.name}: ${builtin.synopsis}\n${body}\n`;
    case 'manpage':
      return `NAME\n    ${builtin.name} - ${summary}\n\nSYNOPSIS\n    ${builtin.synopsis}\n\nDESCRIPTION\n${body}\n\nSEE ALSO\n    bash(1)\n\nIMPLEMENTATION
    GNU bash, version ${BASH_VERSION} (x86_64-pc-linux-gnu)
    Copyright (C) 2022 Free Software Foundation, Inc.
    License GPLv3+: GNU GPL version 3 or later <http://gnu.org/licenses/gpl.html>\n\n`;
  }
}
