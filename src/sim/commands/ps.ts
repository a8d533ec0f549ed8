// ps: a snapshot of the simulated kernel's process table (procps-ng 4.0.2). Options are parsed the
// way ps/parser.c does it: first as Unix (SysV) options, and if that fails, once more as BSD ones;
// then the selection (select.c's table of "same user / same terminal / session leader") and the
// format (-f, BSD u, -o lists; sortformat.c). Columns are in ps-format.ts.
// The terminal is pts/0; processes of other sessions have none (?). Memory is not simulated, so
// VSZ, RSS and %MEM show typical figures for the program.

import { defineCommand } from './command.ts';
import type { CommandContext } from './context.ts';
import { Unsupported } from './context.ts';
import { COLUMNS, PID_LENGTH, formatLine, localTimeFormatter, memoryOf, oneSpec, type FormatNode, type ProcInfo } from './ps-format.ts';
import type { Process } from '../kernel/process.ts';
import { SYSCALL_US } from '../kernel/cost-model.ts';

const HELP = `
Usage:
 ps [options]

 Try 'ps --help <simple|list|output|threads|misc|all>'
  or 'ps --help <s|l|o|t|m|a>'
 for additional help text.

For more details see ps(1).
`;

const VERSION = 'ps from procps-ng 4.0.2\n';
const TERMINAL = 'pts/0';
const UNLIMITED = 128 * 1024;

type SelectionType = 'pid' | 'ppid' | 'pgrp' | 'sess' | 'euid' | 'ruid' | 'comm';

interface Options {
  allProcesses: boolean;
  /** SS_U_a, SS_U_d, SS_B_a, SS_B_x, SS_B_g */
  simpleSelect: Set<string>;
  selections: { type: SelectionType; values: (number | string)[] }[];
  formatF: boolean;
  formatBu: boolean;
  formats: string[];
  header: 'default' | 'none' | 'multi';
  preferBsd: boolean;
  negate: boolean;
  runningOnly: boolean;
  unixF: boolean;
  bsdC: boolean;
  wCount: number;
  cols: number | undefined;
  /** --version, --help, V: what to print instead of the listing. */
  exit: string | undefined;
}

class ParseError extends Error {}

/** How many arguments ps got (options that must come alone check it). */
let argCount = 0;

function freshOptions(): Options {
  return {
    allProcesses: false,
    simpleSelect: new Set(),
    selections: [],
    formatF: false,
    formatBu: false,
    formats: [],
    header: 'default',
    preferBsd: false,
    negate: false,
    runningOnly: false,
    unixF: false,
    bsdC: false,
    wCount: 0,
    cols: undefined,
    exit: undefined,
  };
}

export const ps = defineCommand({
  name: 'ps',
  summary: 'report a snapshot of the current processes.',
  help: HELP,
  answersHelp: false,
  async run(ctx) {
    let options: Options;
    try {
      options = parseArguments(ctx);
    } catch (error) {
      if (!(error instanceof ParseError)) throw error;
      await ctx.stderr.write(`error: ${error.message}\n${HELP}`);
      return 1;
    }
    if (options.exit !== undefined) {
      await ctx.stdout.write(options.exit);
      return 0;
    }
    return listProcesses(ctx, options);
  },
});

// --- parsing (ps/parser.c) ------------------------------------------------------------------------

function parseArguments(ctx: CommandContext): Options {
  const args = ctx.args;
  let firstError: string | undefined;
  for (const forceBsd of [false, true]) {
    const options = freshOptions();
    if (forceBsd) options.preferBsd = true;
    try {
      parseAll(ctx, args, options, forceBsd);
      finishFormats(options);
      return options;
    } catch (error) {
      // The second (BSD) try only matters if it succeeds; otherwise the first error is reported.
      if (!(error instanceof ParseError) && !(forceBsd && error instanceof Unsupported)) throw error;
      firstError ??= (error as Error).message;
    }
  }
  throw new ParseError(firstError);
}

function parseAll(ctx: CommandContext, args: readonly string[], o: Options, forceBsd: boolean): void {
  argCount = args.length;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const next = (): string | undefined => (i + 1 < args.length && args[i + 1] !== '' ? args[++i] : undefined);
    switch (argType(arg)) {
      case 'gnu':
        i = parseGnu(ctx, args, i, o);
        break;
      case 'sysv':
        if (!forceBsd) {
          parseSysv(ctx, arg, next, o);
          break;
        }
        o.preferBsd = true;
        parseBsd(arg, next, o, forceBsd);
        break;
      case 'bsd':
        o.preferBsd = true;
        parseBsd(arg, next, o, forceBsd);
        break;
      case 'pids':
        o.preferBsd = true;
        trailingPids(args.slice(i), o);
        i = args.length;
        break;
      default:
        throw new ParseError('garbage option');
    }
  }
}

function argType(arg: string): 'gnu' | 'sysv' | 'bsd' | 'pids' | 'fail' {
  const letter = (c: string | undefined): boolean => c !== undefined && /^[a-zA-Z]$/.test(c);
  if (letter(arg[0])) return 'bsd';
  if (/^[0-9+]/.test(arg)) return 'pids';
  if (arg[0] !== '-') return 'fail';
  if (letter(arg[1])) return 'sysv';
  if (/^[0-9]/.test(arg[1] ?? '')) return 'pids';
  if (arg[1] !== '-') return 'fail';
  if (letter(arg[2])) return 'gnu';
  return 'fail';
}

/** parse_list: items separated by spaces, commas or tabs; no empty items. */
function parseList<T>(text: string, item: (s: string) => T): T[] {
  if (text === '' || /^[ ,\t]|[ ,\t]$|[ ,\t]{2}/.test(text)) throw new ParseError('improper list');
  return text.split(/[ ,\t]/).map(item);
}

/** parse_pid: strtoul with base 0. */
function parsePid(text: string): number {
  let value: number;
  if (/^0[xX][0-9a-fA-F]+$/.test(text)) value = parseInt(text.slice(2), 16);
  else if (/^0[0-7]*$/.test(text)) value = parseInt(text, 8);
  else if (/^[1-9][0-9]*$/.test(text)) value = Number(text);
  else throw new ParseError('process ID list syntax error');
  if (value < 1 || value > 0x7fffffff) throw new ParseError('process ID out of range');
  return value;
}

function parseUser(ctx: CommandContext, negate: boolean): (text: string) => number {
  return (text) => {
    if (/^[0-9]+$/.test(text)) return Number(text);
    const user = ctx.system.userByName(text);
    if (user) return user.uid;
    if (!negate) throw new ParseError('user name does not exist');
    return -1;
  };
}

function select(o: Options, type: SelectionType, values: (number | string)[]): void {
  o.selections.push({ type, values });
}

const SYSV_UNSUPPORTED = 'FGHLMOPTZcgjlmqsty';

function parseSysv(ctx: CommandContext, arg: string, next: () => string | undefined, o: Options): void {
  for (let j = 1; j < arg.length; j++) {
    const c = arg[j];
    const optArg = (): string | undefined => (j + 1 < arg.length ? arg.slice(j + 1) : next());
    switch (c) {
      case 'A':
      case 'e':
        o.allProcesses = true;
        break;
      case 'a':
        o.simpleSelect.add('U_a');
        break;
      case 'd':
        o.simpleSelect.add('U_d');
        break;
      case 'f':
        o.formatF = true;
        o.unixF = true;
        break;
      case 'N':
        o.negate = true;
        break;
      case 'o': {
        const value = optArg();
        if (value === undefined) throw new ParseError('format specification must follow -o');
        o.formats.push(value);
        return;
      }
      case 'p': {
        const value = optArg();
        if (value === undefined) throw new ParseError('list of process IDs must follow -p');
        select(o, 'pid', parseList(value, parsePid));
        return;
      }
      case 'C': {
        const value = optArg();
        if (value === undefined) throw new ParseError('list of command names must follow -C');
        select(o, 'comm', parseList(value, (s) => s));
        return;
      }
      case 'u': {
        const value = optArg();
        if (value === undefined) throw new ParseError('list of users must follow -u');
        select(o, 'euid', parseList(value, parseUser(ctx, o.negate)));
        return;
      }
      case 'w':
        o.wCount++;
        break;
      case 'V':
        if (argCount !== 1) throw new ParseError('the option is exclusive: -V');
        o.exit = VERSION;
        return;
      case 'x':
        throw new ParseError('must set personality to get -x option');
      case '-':
        throw new ParseError("embedded '-' among SysV options makes no sense");
      default:
        if (SYSV_UNSUPPORTED.includes(c)) throw new Unsupported(`-${c}`);
        throw new ParseError('unsupported SysV option');
    }
  }
}

const BSD_UNSUPPORTED = 'HLMOSXZefgjklmnqstvU';

function parseBsd(arg: string, next: () => string | undefined, o: Options, forceBsd: boolean): void {
  let start = 0;
  if (arg[0] === '-') {
    if (!forceBsd) throw new ParseError('cannot happen - problem #1');
    start = 1;
  } else if (forceBsd) throw new ParseError('second chance parse failed, not BSD or SysV');
  for (let j = start; j < arg.length; j++) {
    const c = arg[j];
    const optArg = (): string | undefined => (j + 1 < arg.length ? arg.slice(j + 1) : next());
    if (c >= '0' && c <= '9') {
      select(o, 'pid', parseList(arg.slice(j), parsePid));
      return;
    }
    switch (c) {
      case 'a':
        o.simpleSelect.add('B_a');
        break;
      case 'x':
        o.simpleSelect.add('B_x');
        break;
      case 'g':
        o.simpleSelect.add('B_g');
        break;
      case 'u':
        o.formatBu = true;
        break;
      case 'c':
        o.bsdC = true;
        break;
      case 'h':
        if (o.header !== 'default') throw new ParseError('only one heading option may be specified');
        o.header = 'none';
        break;
      case 'r':
        o.runningOnly = true;
        break;
      case 'w':
        o.wCount++;
        break;
      case 'T':
        select(o, 'sess', ['tty']);
        break;
      case 'o': {
        const value = optArg();
        if (value === undefined) throw new ParseError('format specification must follow o');
        o.formats.push(value);
        return;
      }
      case 'p': {
        const value = optArg();
        if (value === undefined) throw new ParseError('list of process IDs must follow p');
        select(o, 'pid', parseList(value, parsePid));
        return;
      }
      case 'V':
        if (argCount !== 1) throw new ParseError('the option is exclusive: V');
        o.exit = VERSION;
        return;
      case 'W':
        throw new ParseError('obsolete W option not supported (you have a /dev/drum?)');
      case '-':
        throw new ParseError("embedded '-' among BSD options makes no sense");
      default:
        if (BSD_UNSUPPORTED.includes(c)) throw new Unsupported(c);
        throw new ParseError('unsupported option (BSD syntax)');
    }
  }
}

const GNU_UNSUPPORTED = ['Group', 'User', 'context', 'cumulative', 'forest', 'group', 'info', 'lines', 'quick-pid', 'rows', 'sid', 'sort', 'tty', 'user'];
const NO_HEADERS = ['no-header', 'no-headers', 'no-heading', 'no-headings', 'noheader', 'noheaders', 'noheading', 'noheadings'];
const HEADERS = ['header', 'headers', 'heading', 'headings'];

function parseGnu(ctx: CommandContext, args: readonly string[], i: number, o: Options): number {
  const s = args[i].slice(2);
  const nameLength = s.search(/[:=]|$/);
  const name = s.slice(0, nameLength);
  const rest = s.slice(nameLength);
  // grab_gnu_arg: after ':' or '=', or the next argument.
  const grab = (): string | undefined => {
    if (rest !== '') return rest.length > 1 ? rest.slice(1) : undefined;
    if (i + 1 < args.length && args[i + 1] !== '') return args[++i];
    return undefined;
  };
  if (nameLength > 15) throw new ParseError('unknown gnu long option');
  if (NO_HEADERS.includes(name)) {
    if (rest !== '') throw new ParseError('option --no-heading does not take an argument');
    if (o.header !== 'default') throw new ParseError('only one heading option may be specified');
    o.header = 'none';
    return i;
  }
  if (HEADERS.includes(name)) {
    if (rest !== '') throw new ParseError('option --heading does not take an argument');
    if (o.header !== 'default') throw new ParseError('only one heading option may be specified');
    o.header = 'multi';
    return i;
  }
  switch (name) {
    case 'pid':
    case 'ppid': {
      const value = grab();
      if (value === undefined) throw new ParseError(`list of process IDs must follow --${name}`);
      select(o, name, parseList(value, parsePid));
      return i;
    }
    case 'format': {
      const value = grab();
      if (value === undefined) throw new ParseError('format specification must follow --format');
      o.formats.push(value);
      return i;
    }
    case 'cols':
    case 'columns':
    case 'width': {
      const value = grab();
      const n = value !== undefined && /^[0-9]+$/.test(value) ? Number(value) : NaN;
      if (!(n > 0 && n < 2_000_000_000)) throw new ParseError('number of columns must follow --cols, --width, or --columns');
      o.cols = n;
      return i;
    }
    case 'deselect':
      if (rest !== '') throw new ParseError('option --deselect does not take an argument');
      o.negate = true;
      return i;
    case 'version':
      if (args.length !== 1) throw new ParseError('the option is exclusive: --version');
      o.exit = VERSION;
      return i;
    case 'help': {
      const topic = grab();
      if (topic === undefined) {
        o.exit = HELP;
        return i;
      }
      throw new Unsupported(`--help ${topic}`);
    }
  }
  if (GNU_UNSUPPORTED.includes(name)) throw new Unsupported(`--${name}`);
  void ctx;
  throw new ParseError('unknown gnu long option');
}

function trailingPids(args: readonly string[], o: Options): void {
  const pids: number[] = [];
  const groups: number[] = [];
  const sessions: number[] = [];
  for (const data of args) {
    if (data[0] === '-') groups.push(parsePid(data.slice(1)));
    else if (data[0] === '+') sessions.push(parsePid(data.slice(1)));
    else pids.push(parsePid(data));
  }
  if (pids.length) select(o, 'pid', pids);
  if (groups.length) select(o, 'pgrp', groups);
  if (sessions.length) select(o, 'sess', sessions);
}

/** process_sf_options + the default formats (generate_sysv_list, OL_u). */
function finishFormats(o: Options): void {
  const nodes: FormatNode[] = [];
  for (const text of o.formats) nodes.push(...formatParse(text));
  const formatFlags = (o.formatF ? 1 : 0) + (o.formatBu ? 1 : 0);
  if (nodes.length > 0) {
    if (formatFlags) throw new ParseError('conflicting format options');
  } else if (o.formatF && o.formatBu) throw new ParseError('conflicting format options');
  else if (o.formatBu) nodes.push(...oneSpec('OL_u')!);
  else {
    const list: string[] = [];
    if (o.formatF) list.push('uid_hack', 'pid', 'ppid', 'c', 'stime');
    else list.push('pid');
    list.push('tname');
    if (o.preferBsd) {
      if (!o.formatF) list.push('stat');
      list.push('bsdtime', o.formatF ? 'cmd' : 'args');
    } else list.push('time', o.formatF ? 'cmd' : 'ucmd');
    for (const spec of list) nodes.push(...oneSpec(spec)!);
  }
  formatNodes.set(o, nodes);
  // select_bits_setup
  const simple = o.simpleSelect;
  if (simple.size > 0 || o.preferBsd) {
    const key = [...simple].sort().join(',');
    const valid = ['', 'U_a', 'U_d', 'U_a,U_d', 'B_a', 'B_x', 'B_a,B_x', 'B_g', 'B_a,B_g', 'B_g,B_x', 'B_a,B_g,B_x'];
    if (!valid.includes(key)) throw new ParseError('process selection options conflict');
  }
}

const formatNodes = new WeakMap<Options, FormatNode[]>();

/** format_parse: "pid,comm=Command,args:40"; the last item's header may hold commas and spaces. */
function formatParse(text: string): FormatNode[] {
  let items = 0;
  let needItem = true;
  for (const char of text) {
    if (' ,\t\n'.includes(char)) {
      if (needItem) throw new ParseError('improper format list');
      needItem = true;
    } else {
      if (needItem) items++;
      needItem = false;
    }
  }
  if (items === 0) throw new ParseError('empty format list');
  let rest = needItem ? text.slice(0, -1) : text;
  const nodes: FormatNode[] = [];
  while (items--) {
    // Every item but the last ends at a separator; the last one's header may hold separators.
    let item = rest;
    const sep = rest.search(/[ ,\t\n]/);
    if (items > 0 && sep >= 0) {
      item = rest.slice(0, sep);
      rest = rest.slice(sep + 1);
    } else rest = '';
    let override: string | undefined;
    const equal = item.indexOf('=');
    if (equal >= 0) {
      override = item.slice(equal + 1);
      item = item.slice(0, equal);
    }
    let width: number | undefined;
    const colon = item.indexOf(':');
    if (colon >= 0) {
      const digits = item.slice(colon + 1);
      if (!/^[1-9][0-9]*$/.test(digits)) throw new ParseError('column widths must be unsigned decimal numbers');
      width = Number(digits);
      item = item.slice(0, colon);
    }
    const found = oneSpec(item, override);
    if (!found) {
      if (/^[a-z_%0-9]+$/.test(item) && KNOWN_UNSIMULATED.includes(item)) throw new Unsupported(`format specifier ${item}`);
      throw new ParseError(`unknown user-defined format specifier "${item}"`);
    }
    if (width !== undefined) {
      if (found.length > 1) throw new ParseError('can not set width for a macro (multi-column) format specifier');
      found[0].width = width;
    }
    nodes.push(...found);
  }
  return nodes;
}

/** Real specifiers whose data the playground does not have. */
const KNOWN_UNSIMULATED = [
  'addr', 'blocked', 'caught', 'cgroup', 'class', 'cls', 'cp', 'drs', 'environ', 'esp', 'eip', 'f', 'flags', 'fname', 'fuser', 'ignored',
  'label', 'lstart', 'lwp', 'maj_flt', 'majflt', 'min_flt', 'minflt', 'ni', 'nice', 'nlwp', 'nwchan', 'pending', 'pri', 'psr', 'rtprio',
  'sched', 'sgi_p', 'sig', 'sigcatch', 'sigignore', 'sigmask', 'size', 'spid', 'start', 'stackp', 'suid', 'suser', 'svgid', 'svuid', 'sz',
  'thcount', 'tid', 'trs', 'wchan', 'bsdstart', 'cputimes', 'times', 'ouid', 'pidns', 'lsession', 'luid', 'machine', 'seat', 'unit', 'uunit',
];

// --- listing ----------------------------------------------------------------------------------------

function infoOf(ctx: CommandContext, proc: Process): ProcInfo {
  const tty = ctx.kernel.tty;
  const onTerminal = tty.sessionId !== 0 && proc.sid === tty.sessionId;
  const zombie = !proc.alive;
  const comm = proc.name.slice(0, 15);
  const memory = zombie ? { vsz: 0, rss: 0 } : memoryOf(proc);
  return {
    pid: proc.pid,
    ppid: proc.ppid,
    pgid: proc.pgid,
    sid: proc.sid,
    tpgid: onTerminal ? tty.foregroundPgid : -1,
    uid: proc.cred.uid,
    gid: proc.cred.gid,
    user: ctx.system.userByUid(proc.cred.uid)?.name ?? String(proc.cred.uid),
    tty: onTerminal ? TERMINAL : '?',
    state: stateOf(ctx, proc),
    startUs: proc.startUs,
    cpuUs: proc.cpuUserUs + proc.cpuSysUs + (proc === ctx.proc ? proc.unpaidCpuUs : 0),
    comm: zombie ? `${comm} <defunct>` : comm,
    args: zombie ? `[${comm}] <defunct>` : proc.argv.join(' ') || `[${comm}]`,
    vsz: memory.vsz,
    rss: memory.rss,
  };
}

function stateOf(ctx: CommandContext, proc: Process): string {
  switch (proc.state) {
    case 'zombie':
      return 'Z';
    case 'stopped':
      return 'T';
    case 'running':
      return 'R';
    default:
      // A process that is only paying for the CPU it used is running, not sleeping.
      return proc === ctx.proc || proc.computing ? 'R' : 'S';
  }
}

async function listProcesses(ctx: CommandContext, o: Options): Promise<number> {
  const nodes = formatNodes.get(o)!;
  const me = infoOf(ctx, ctx.proc);
  const out = ctx.proc.fds.find(1);
  let cols = out?.isTerminal() ? ctx.kernel.tty.size.cols : UNLIMITED;
  const columnsEnv = ctx.getenv('COLUMNS');
  if (columnsEnv && /^[0-9]+$/.test(columnsEnv) && Number(columnsEnv) > 0 && Number(columnsEnv) < UNLIMITED) cols = Number(columnsEnv);
  if (o.cols !== undefined) cols = o.cols;
  if (o.wCount && cols < 132) cols = 132;
  if (o.wCount > 1) cols = UNLIMITED;
  // check_header_width: the line is as wide as a multiple of the screen that fits the columns.
  let total = 0;
  nodes.forEach((n, i) => {
    total += (n.align === 'unlimited' && i === nodes.length - 1 ? 3 : n.width) + (i > 0 ? 1 : 0);
  });
  let activeCols = cols;
  for (let i = 1; activeCols < total; i++) activeCols = cols * i;

  const env = { nowUs: ctx.kernel.clock.nowUs, unixF: o.unixF, bsdC: o.bsdC, localTime: localTimeFormatter(ctx) };
  const wanted = [...ctx.kernel.processes.values()]
    .sort((a, b) => a.pid - b.pid)
    .map((proc) => infoOf(ctx, proc))
    .filter((p) => wants(o, p, me));
  await ctx.tick(SYSCALL_US * (ctx.kernel.processes.size + 1));
  // check_headers: no header line when every column's header is empty (-o pid=).
  const headerRows = o.header === 'none' || nodes.every((n) => n.name === '') ? 0 : 1;
  const rows = o.header === 'multi' ? Math.max(1, ctx.kernel.tty.size.rows - 1) : Infinity;
  let printed = 0;
  if (wanted.length === 0) {
    if (headerRows) await ctx.stdout.write(formatLine(nodes, null, env, activeCols));
    return 1;
  }
  for (const p of wanted) {
    if (headerRows && printed % rows === 0) await ctx.stdout.write(formatLine(nodes, null, env, activeCols));
    await ctx.stdout.write(formatLine(nodes, p, env, activeCols));
    printed++;
  }
  return 0;
}

/** want_this_proc (select.c). */
function wants(o: Options, p: ProcInfo, me: ProcInfo): boolean {
  let accepted = true;
  if (!o.allProcesses) {
    const byTable = (o.simpleSelect.size > 0 || o.selections.length === 0) && tableAccepts(o, p, me);
    accepted = byTable || listed(o, p, me);
  }
  if (o.runningOnly && p.state !== 'R') accepted = false;
  return o.negate ? !accepted : accepted;
}

function tableAccepts(o: Options, p: ProcInfo, me: ProcInfo): boolean {
  let bits: number;
  const simple = [...o.simpleSelect];
  if (simple.length === 0 && !o.preferBsd) bits = 0xaa00;
  else {
    const s = new Set(simple);
    if (!s.has('U_a') && !s.has('U_d')) s.add('B_g');
    const key = [...s].sort().join(',');
    const table: Record<string, number> = {
      'U_a,U_d': 0x3f3f,
      U_a: 0x0303,
      U_d: 0x3333,
      B_g: 0x0a0a,
      'B_a,B_g': 0x0f0f,
      'B_g,B_x': 0xaaaa,
      'B_a,B_g,B_x': 0xffff,
    };
    bits = table[key] ?? 0;
  }
  const index = (p.uid === me.uid ? 1 : 0) | (p.sid === p.pid ? 2 : 0) | (p.tty === '?' ? 4 : 0) | (p.tty === me.tty ? 8 : 0);
  return (bits & (1 << index)) !== 0;
}

function listed(o: Options, p: ProcInfo, me: ProcInfo): boolean {
  for (const { type, values } of o.selections) {
    switch (type) {
      case 'pid':
        if (values.includes(p.pid)) return true;
        break;
      case 'ppid':
        if (values.includes(p.ppid)) return true;
        break;
      case 'pgrp':
        if (values.includes(p.pgid)) return true;
        break;
      case 'sess':
        // BSD T: the processes on our terminal.
        if (values.includes('tty') ? p.tty === me.tty : values.includes(p.sid)) return true;
        break;
      case 'euid':
      case 'ruid':
        if (values.includes(p.uid)) return true;
        break;
      case 'comm': {
        const name = p.comm;
        if (values.some((v) => String(v).slice(0, 15) === name || (name.length === 15 && String(v).startsWith(name)))) return true;
        break;
      }
    }
  }
  return false;
}

export { COLUMNS, PID_LENGTH };
