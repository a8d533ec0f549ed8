// The programs installed on the machine (/usr/bin). One module per command.

import { CommandRegistry } from './registry.ts';
import { cat } from './cat.ts';
import { ls } from './ls.ts';
import { mkdir } from './mkdir.ts';
import { rm } from './rm.ts';
import { touch } from './touch.ts';
import { clear, echo, falseCommand, pwd, trueCommand } from './simple-programs.ts';
import { bash, sh } from './bash.ts';
import { which } from './which.ts';
import { textCommands } from './group-text.ts';
import { sortCompareCommands } from './group-sort-compare.ts';
import { regexCommands } from './group-regex.ts';
import { awkCommands } from './group-awk.ts';
import { filesCommands } from './group-files.ts';
import { systemCommands } from './group-system.ts';

export function standardCommands(): CommandRegistry {
  return new CommandRegistry().add(
    bash, sh, cat, clear, echo, falseCommand, ls, mkdir, pwd, rm, touch, trueCommand, which,
    ...textCommands, ...sortCompareCommands, ...regexCommands, ...awkCommands, ...filesCommands, ...systemCommands,
  );
}
