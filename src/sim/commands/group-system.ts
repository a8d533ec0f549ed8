// Commands of this group, registered in index.ts: the clock, the environment, identity and the
// machine (date, sleep, env, id, uname...), archives and compression (gzip, tar) and the simulated
// web (curl, wget).

import type { Command } from './command.ts';
import { curl } from './curl.ts';
import { date } from './date.ts';
import { env } from './env.ts';
import { gunzip } from './gunzip.ts';
import { gzip } from './gzip.ts';
import { hostname } from './hostname.ts';
import { id } from './id.ts';
import { printenv } from './printenv.ts';
import { sleep } from './sleep.ts';
import { tar } from './tar.ts';
import { uname } from './uname.ts';
import { wget } from './wget.ts';
import { whoami } from './whoami.ts';
import { zcat } from './zcat.ts';

export const systemCommands: Command[] = [curl, date, env, gunzip, gzip, hostname, id, printenv, sleep, tar, uname, wget, whoami, zcat];
