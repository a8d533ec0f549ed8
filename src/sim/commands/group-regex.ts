// Commands of this group, registered in index.ts.

import type { Command } from './command.ts';
import { grep } from './grep.ts';
import { egrep } from './egrep.ts';
import { fgrep } from './fgrep.ts';
import { sed } from './sed.ts';

export const regexCommands: Command[] = [grep, egrep, fgrep, sed];
