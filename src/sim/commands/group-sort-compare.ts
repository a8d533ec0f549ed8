// Commands of this group, registered in index.ts.

import type { Command } from './command.ts';

export const sortCompareCommands: Command[] = [];
