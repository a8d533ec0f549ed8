// Commands of this group, registered in index.ts: file utilities (copying, linking, permissions,
// metadata, searching, checksums and dumps).

import type { Command } from './command.ts';
import { base64 } from './base64.ts';
import { chmod } from './chmod.ts';
import { cp } from './cp.ts';
import { df } from './df.ts';
import { du } from './du.ts';
import { find } from './find.ts';
import { ln } from './ln.ts';
import { mv } from './mv.ts';
import { md5sum } from './md5sum.ts';
import { sha1sum } from './sha1sum.ts';
import { sha256sum } from './sha256sum.ts';
import { od } from './od.ts';
import { rmdir } from './rmdir.ts';
import { stat } from './stat.ts';
import { tee } from './tee.ts';
import { xargs } from './xargs.ts';

export const filesCommands: Command[] = [base64, chmod, cp, df, du, find, ln, md5sum, mv, od, rmdir, sha1sum, sha256sum, stat, tee, xargs];
