// Commands of this group, registered in index.ts.

import type { Command } from './command.ts';
import { head } from './head.ts';
import { tail } from './tail.ts';
import { tac } from './tac.ts';
import { cut } from './cut.ts';
import { tr } from './tr.ts';
import { paste } from './paste.ts';
import { wc } from './wc.ts';
import { nl } from './nl.ts';
import { fold } from './fold.ts';
import { rev } from './rev.ts';
import { expand } from './expand.ts';
import { column } from './column.ts';
import { seq } from './seq.ts';
import { yes } from './yes.ts';
import { basename } from './basename.ts';
import { dirname } from './dirname.ts';
import { realpath } from './realpath.ts';
import { readlink } from './readlink.ts';
import { printf } from './printf.ts';

export const textCommands: Command[] = [head, tail, tac, cut, tr, paste, wc, nl, fold, rev, expand, column, seq, yes, basename, dirname, realpath, readlink, printf];
