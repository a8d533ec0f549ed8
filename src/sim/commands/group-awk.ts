// Commands of this group, registered in index.ts.

import type { Command } from './command.ts';
import { awk, gawk } from './awk.ts';

export const awkCommands: Command[] = [awk, gawk];
