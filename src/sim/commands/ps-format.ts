// ps's output columns (procps-ng 4.0.2, ps/output.c): what each format specifier prints for a
// simulated process, its header, width and alignment, and show_one_proc's layout rules (right-
// aligned numbers, left-aligned names, a column that overflows pushes the next ones right, the
// last column takes what is left of the screen width).

import type { CommandContext } from './context.ts';
import type { Process } from '../kernel/process.ts';
import { brokenDown } from '../text/date-calendar.ts';
import { zoneFromTz } from './date-zone.ts';
import { strftime } from './date-format.ts';

export type Align = 'right' | 'left' | 'user' | 'unlimited';

export interface ColumnSpec {
  head: string;
  width: number;
  align: Align;
  /** Widths that follow the pid width (PIDMAX in procps). */
  pidMax?: boolean;
  print: (p: ProcInfo, env: PrintEnv) => string;
}

export interface FormatNode {
  name: string;
  width: number;
  align: Align;
  print: ColumnSpec['print'] | null;
}

/** What ps knows about one process (its /proc entry). */
export interface ProcInfo {
  pid: number;
  ppid: number;
  pgid: number;
  sid: number;
  tpgid: number;
  uid: number;
  user: string;
  gid: number;
  tty: string;
  state: string;
  startUs: number;
  cpuUs: number;
  comm: string;
  args: string;
  vsz: number;
  rss: number;
}

export interface PrintEnv {
  nowUs: number;
  /** Room left for an unlimited column. */
  maxRightward: number;
  /** ps -f (unix_f_option): "comm" shows the whole command line. */
  unixF: boolean;
  /** BSD c: "args" shows only the command name. */
  bsdC: boolean;
  localTime: (seconds: number, format: string) => string;
}

/** The pid width: digits of /proc/sys/kernel/pid_max (32768 here). */
export const PID_LENGTH = 5;
/** What /proc/meminfo would call MemTotal (kB); %MEM is relative to it. */
const MEM_TOTAL_KB = 4_028_736;

const seconds = (us: number): number => Math.floor(us / 1e6);
const elapsed = (p: ProcInfo, env: PrintEnv): number => Math.max(0, seconds(env.nowUs - p.startUs));
const two = (n: number): string => String(n).padStart(2, '0');

/** escape_str: control characters show as '?'; the text is cut to the room there is. */
function escaped(text: string, room: number): string {
  let out = '';
  let cells = 0;
  for (const char of text) {
    if (cells >= room) break;
    out += char < ' ' || char === '\x7f' ? '?' : char;
    cells++;
  }
  return out;
}

/** pr_c: CPU use over the process's life, in whole percent. */
function cpuPercent(p: ProcInfo, env: PrintEnv): number {
  const life = elapsed(p, env);
  return life > 0 ? Math.floor((p.cpuUs * 100) / 1e6 / life) : 0;
}

function timeColumn(total: number): string {
  const ss = total % 60;
  const mm = Math.floor(total / 60) % 60;
  const hh = Math.floor(total / 3600) % 24;
  const dd = Math.floor(total / 86400);
  return `${dd ? `${dd}-` : ''}${two(hh)}:${two(mm)}:${two(ss)}`;
}

function etimeColumn(total: number): string {
  const ss = total % 60;
  const mm = Math.floor(total / 60) % 60;
  const hh = Math.floor(total / 3600) % 24;
  const dd = Math.floor(total / 86400);
  return `${dd ? `${dd}-` : ''}${dd || hh ? `${two(hh)}:` : ''}${two(mm)}:${two(ss)}`;
}

function stime(p: ProcInfo, env: PrintEnv): string {
  const now = env.localTime(seconds(env.nowUs), '%Y %j');
  const start = env.localTime(seconds(p.startUs), '%Y %j');
  const format = now.slice(0, 4) !== start.slice(0, 4) ? '%Y' : now !== start ? '%b%d' : '%H:%M';
  return env.localTime(seconds(p.startUs), format);
}

function args(p: ProcInfo, env: PrintEnv): string {
  return escaped(env.bsdC ? p.comm : p.args, env.maxRightward);
}

function comm(p: ProcInfo, env: PrintEnv): string {
  return escaped(env.unixF ? p.args : p.comm, env.maxRightward);
}

function stat(p: ProcInfo): string {
  return `${p.state}${p.sid === p.pid ? 's' : ''}${p.pgid === p.tpgid ? '+' : ''}`;
}

const PID: ColumnSpec = { head: 'PID', width: 5, align: 'right', pidMax: true, print: (p) => String(p.pid) };
const PPID: ColumnSpec = { head: 'PPID', width: 5, align: 'right', pidMax: true, print: (p) => String(p.ppid) };
const PGID: ColumnSpec = { head: 'PGID', width: 5, align: 'right', pidMax: true, print: (p) => String(p.pgid) };
const SID: ColumnSpec = { head: 'SID', width: 5, align: 'right', pidMax: true, print: (p) => String(p.sid) };
const USER: ColumnSpec = { head: 'USER', width: 8, align: 'user', print: (p) => userName(p) };
const TIME: ColumnSpec = { head: 'TIME', width: 8, align: 'right', print: (p) => timeColumn(seconds(p.cpuUs)) };
const TTY: ColumnSpec = { head: 'TT', width: 8, align: 'left', print: (p) => p.tty };
const ARGS: ColumnSpec = { head: 'COMMAND', width: 27, align: 'unlimited', print: args };
const COMM: ColumnSpec = { head: 'COMMAND', width: 15, align: 'unlimited', print: comm };
const PCPU: ColumnSpec = {
  head: '%CPU', width: 4, align: 'right', print: (p, env) => {
    const life = elapsed(p, env);
    const permill = life > 0 ? Math.floor((p.cpuUs * 1000) / 1e6 / life) : 0;
    return permill > 999 ? String(Math.floor(permill / 10)) : `${Math.floor(permill / 10)}.${permill % 10}`;
  },
};
const PMEM: ColumnSpec = {
  head: '%MEM', width: 4, align: 'right', print: (p) => {
    const permill = Math.min(999, Math.floor((p.rss * 1000) / MEM_TOTAL_KB));
    return `${String(Math.floor(permill / 10)).padStart(2)}.${permill % 10}`;
  },
};

/** ps's format specifiers (the common ones). */
export const COLUMNS: Record<string, ColumnSpec> = {
  '%cpu': PCPU,
  '%mem': PMEM,
  args: ARGS,
  bsdtime: {
    head: 'TIME', width: 6, align: 'right', print: (p) => {
      const t = seconds(p.cpuUs);
      return `${String(Math.floor(t / 60)).padStart(3)}:${two(t % 60)}`;
    },
  },
  c: { head: 'C', width: 2, align: 'right', print: (p, env) => String(Math.min(99, cpuPercent(p, env))).padStart(2) },
  cmd: { ...ARGS, head: 'CMD' },
  comm: COMM,
  command: ARGS,
  cputime: TIME,
  egid: { head: 'EGID', width: 5, align: 'right', print: (p) => String(p.gid) },
  etime: { head: 'ELAPSED', width: 11, align: 'right', print: (p, env) => etimeColumn(elapsed(p, env)) },
  etimes: { head: 'ELAPSED', width: 7, align: 'right', print: (p, env) => String(elapsed(p, env)) },
  euid: { head: 'EUID', width: 5, align: 'right', print: (p) => String(p.uid) },
  euser: { ...USER, head: 'EUSER' },
  gid: { head: 'GID', width: 5, align: 'right', print: (p) => String(p.gid) },
  pcpu: PCPU,
  pgid: PGID,
  pgrp: { ...PGID, head: 'PGRP' },
  pid: PID,
  pmem: PMEM,
  ppid: PPID,
  rss: { head: 'RSS', width: 5, align: 'right', print: (p) => String(p.rss) },
  rssize: { head: 'RSS', width: 5, align: 'right', print: (p) => String(p.rss) },
  ruid: { head: 'RUID', width: 5, align: 'right', print: (p) => String(p.uid) },
  ruser: { ...USER, head: 'RUSER' },
  s: { head: 'S', width: 1, align: 'left', print: (p) => p.state },
  sess: { ...SID, head: 'SESS' },
  sid: SID,
  start_time: { head: 'START', width: 5, align: 'right', print: stime },
  stat: { head: 'STAT', width: 4, align: 'left', print: stat },
  state: { head: 'S', width: 1, align: 'left', print: (p) => p.state },
  stime: { head: 'STIME', width: 5, align: 'right', print: stime },
  time: TIME,
  tname: { ...TTY, head: 'TTY' },
  tpgid: { head: 'TPGID', width: 5, align: 'right', pidMax: true, print: (p) => String(p.tpgid) },
  tt: TTY,
  tty: TTY,
  ucmd: { ...COMM, head: 'CMD' },
  ucomm: COMM,
  uid: { head: 'UID', width: 5, align: 'right', print: (p) => String(p.uid) },
  uid_hack: { ...USER, head: 'UID' },
  uname: USER,
  user: USER,
  vsize: { head: 'VSZ', width: 6, align: 'right', print: (p) => String(p.vsz) },
  vsz: { head: 'VSZ', width: 6, align: 'right', print: (p) => String(p.vsz) },
};

/** Format macros (several columns under one name). */
export const MACROS: Record<string, string> = {
  OL_u: 'user,pid,pcpu,pmem,vsz,rss,tname,stat,start_time,bsdtime,args',
};

function userName(p: ProcInfo): string {
  // procps prints the uid when the name is longer than the column (8).
  return p.user.length > 8 ? String(p.uid) : p.user;
}

/** do_one_spec: a node (or the nodes of a macro), with an optional header override. */
export function oneSpec(spec: string, override?: string): FormatNode[] | undefined {
  const column = COLUMNS[spec];
  if (column) {
    let width = column.pidMax ? Math.max(PID_LENGTH, column.head.length) : column.width;
    let name = column.head;
    if (override !== undefined) {
      width = Math.max(width, override.length);
      name = override;
    }
    return [{ name, width, align: column.align, print: column.print }];
  }
  const macro = MACROS[spec];
  if (macro) return macro.split(',').flatMap((s) => oneSpec(s, override)!);
  return undefined;
}

/** show_one_proc: one line (the header when `p` is null), laid out as procps does. */
export function formatLine(nodes: FormatNode[], p: ProcInfo | null, env: Omit<PrintEnv, 'maxRightward'>, activeCols: number): string {
  let correct = 0;
  let actual = 0;
  let dospace = 0;
  let line = '';
  for (let i = 0; i < nodes.length; i++) {
    const fmt = nodes[i];
    const isLast = i === nodes.length - 1;
    let tmpspace = 0;
    let maxRightward: number;
    if (!isLast) maxRightward = fmt.width;
    else {
      tmpspace = correct - actual;
      if (tmpspace < 1) {
        tmpspace = dospace;
        maxRightward = activeCols - actual - tmpspace;
      } else maxRightward = activeCols - Math.max(correct, actual);
    }
    if (maxRightward < 0) maxRightward = 0;
    let text = p && fmt.print ? fmt.print(p, { ...env, maxRightward }) : fmt.name;
    let leftpad = 0;
    if (fmt.align === 'right') leftpad = Math.max(0, fmt.width - text.length);
    else if (fmt.align === 'unlimited' && activeCols - actual - tmpspace < 1) text = text.slice(0, 1);
    let space = correct - actual + leftpad;
    if (space < 1) space = dospace;
    if (space > 144) space = 144;
    line += ' '.repeat(space) + text;
    if (isLast) break;
    actual += space + text.length;
    correct += fmt.width;
    correct++;
    dospace = 1;
  }
  return `${line}\n`;
}

/** strftime in the process's time zone (ps sets TZ=:/etc/localtime unless TZ is set). */
export function localTimeFormatter(ctx: CommandContext): (epochSeconds: number, format: string) => string {
  const zone = zoneFromTz(ctx.getenv('TZ'));
  return (epochSeconds, format) => {
    const info = zone.at(epochSeconds);
    const fields = brokenDown(epochSeconds + info.offset);
    if (!fields) return '';
    return strftime(format, { fields, epochSeconds, nanoseconds: 0, zone: info });
  };
}

/** Plausible memory figures (kB) for a process: the playground does not simulate memory. */
export function memoryOf(proc: Process): { vsz: number; rss: number } {
  switch (proc.name) {
    case 'init':
      return { vsz: 167_744, rss: 11_968 };
    case 'bash':
    case 'sh':
      return { vsz: 8_212, rss: 4_820 };
    case 'ps':
      return { vsz: 11_180, rss: 4_432 };
    case 'sleep':
    case 'tail':
    case 'timeout':
    case 'cat':
    case 'yes':
      return { vsz: 5_480, rss: 1_024 };
    default:
      return { vsz: 6_844, rss: 2_112 };
  }
}
