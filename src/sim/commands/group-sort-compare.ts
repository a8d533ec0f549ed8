// Commands of this group, registered in index.ts.

import type { Command } from './command.ts';
import { sort } from './sort.ts';
import { uniq } from './uniq.ts';
import { comm } from './comm.ts';
import { join } from './join.ts';
import { split } from './split.ts';
import { diff } from './diff.ts';

export const sortCompareCommands: Command[] = [sort, uniq, comm, join, split, diff];
