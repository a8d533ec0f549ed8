// ls's options as GNU ls 9.1 combines them: the last format option wins (-l, -1, -C, -x, -m),
// -c/-u choose the time shown (and sorted by, without -l), quoting and columns depend on whether
// standard output is a terminal, and unsupported options fail loudly.

import type { CommandContext } from './context.ts';
import { Unsupported } from './context.ts';
import { quoteLocale } from '../text/quote.ts';
import { argmatch } from './cp-argmatch.ts';
import { QUOTING_STYLES, type QuotingStyle } from './ls-quote.ts';
import { loadColors, type ColorDatabase } from './ls-colors.ts';

export type Format = 'long' | 'single' | 'columns' | 'across' | 'commas';
export type SortKey = 'name' | 'none' | 'size' | 'time' | 'version' | 'extension' | 'width';
export type Indicator = 'none' | 'slash' | 'file-type' | 'classify';

export interface LsOptions {
  show: 'visible' | 'almost-all' | 'all';
  ignoreBackups: boolean;
  ignore: string[];
  hide: string[];
  directory: boolean;
  recursive: boolean;
  format: Format;
  showOwner: boolean;
  showGroup: boolean;
  showAuthor: boolean;
  numericIds: boolean;
  timeStyle: 'locale' | 'full-iso' | 'long-iso' | 'iso';
  sort: SortKey;
  reverse: boolean;
  time: 'mtime' | 'atime' | 'ctime';
  directoriesFirst: boolean;
  human: 0 | 1024 | 1000;
  inode: boolean;
  blocks: boolean;
  indicator: Indicator;
  colors: ColorDatabase | undefined;
  quoting: QuotingStyle;
  hideControl: boolean;
  dereference: 'never' | 'command-line' | 'command-line-dirs' | 'always';
  width: number;
  tabSize: number;
  tty: boolean;
}

const SPECS = [
  ['a', 'all'], ['A', 'almost-all'], [undefined, 'author'], ['b', 'escape'], [undefined, 'block-size', 'required'],
  ['B', 'ignore-backups'], ['c'], ['C'], [undefined, 'color', 'optional'], ['d', 'directory'], ['D', 'dired'], ['f'],
  ['F', 'classify', 'optional'], [undefined, 'file-type'], [undefined, 'format', 'required'], [undefined, 'full-time'],
  ['g'], [undefined, 'group-directories-first'], ['G', 'no-group'], ['h', 'human-readable'], [undefined, 'si'],
  ['H', 'dereference-command-line'], [undefined, 'dereference-command-line-symlink-to-dir'], [undefined, 'hide', 'required'],
  [undefined, 'hyperlink', 'optional'], [undefined, 'indicator-style', 'required'], ['i', 'inode'], ['I', 'ignore', 'required'],
  ['k', 'kibibytes'], ['l'], ['L', 'dereference'], ['m'], ['n', 'numeric-uid-gid'], ['N', 'literal'], ['o'],
  ['p'], ['q', 'hide-control-chars'], [undefined, 'show-control-chars'], ['Q', 'quote-name'],
  [undefined, 'quoting-style', 'required'], ['r', 'reverse'], ['R', 'recursive'], ['s', 'size'], ['S'],
  [undefined, 'sort', 'required'], [undefined, 'time', 'required'], [undefined, 'time-style', 'required'], ['t'],
  ['T', 'tabsize', 'required'], ['u'], ['U'], ['v'], ['w', 'width', 'required'], ['x'], ['X'], ['Z', 'context'],
  [undefined, 'zero'], ['1'],
].map(([short, long, arg]) => ({ short, long, arg: (arg ?? 'none') as 'none' | 'required' | 'optional', key: long ?? short }));

const TIME_STYLES = `Valid arguments are:
  - [posix-]full-iso
  - [posix-]long-iso
  - [posix-]iso
  - [posix-]locale
  - +FORMAT (e.g., +%H:%M) for a 'date'-style format
`;

/** The options, or an exit status after a usage error has been reported. */
export async function parseLsOptions(ctx: CommandContext): Promise<{ opts: LsOptions; operands: string[] } | number> {
  const { options, operands } = ctx.parse(SPECS);
  const tty = ctx.stdout.mode === 'line';
  const o: LsOptions = {
    show: 'visible', ignoreBackups: false, ignore: [], hide: [], directory: false, recursive: false, format: tty ? 'columns' : 'single',
    showOwner: true, showGroup: true, showAuthor: false, numericIds: false, timeStyle: 'locale', sort: 'name', reverse: false, time: 'mtime',
    directoriesFirst: false, human: 0, inode: false, blocks: false, indicator: 'none', colors: undefined, quoting: 'literal',
    hideControl: tty, dereference: 'command-line-dirs', width: 80, tabSize: 8, tty,
  };
  let quoting: QuotingStyle | undefined;
  let hideControl: boolean | undefined;
  let questionMarks = false;
  let sortGiven = false;
  let timeGiven = false;
  let dereference: LsOptions['dereference'] | undefined;
  let width: number | undefined;
  const when = async (value: string | undefined, option: string): Promise<boolean | number> => {
    const answer = await argmatch(ctx, value ?? 'always', [['always', 'yes', 'force'], ['never', 'no', 'none'], ['auto', 'tty', 'if-tty']], option);
    if (typeof answer === 'number') return answer;
    return ['always', 'yes', 'force'].includes(answer) || (['auto', 'tty', 'if-tty'].includes(answer) && tty);
  };
  for (const { key, value, spelled } of options) {
    switch (key) {
      case 'all': o.show = 'all'; break;
      case 'almost-all': o.show = 'almost-all'; break;
      case 'author': o.showAuthor = true; break;
      case 'escape': quoting = 'escape'; break;
      case 'ignore-backups': o.ignoreBackups = true; break;
      case 'c': [o.time, timeGiven] = ['ctime', true]; break;
      case 'u': [o.time, timeGiven] = ['atime', true]; break;
      case 'C': o.format = 'columns'; break;
      case 'x': o.format = 'across'; break;
      case 'm': o.format = 'commas'; break;
      case '1': if (o.format !== 'long') o.format = 'single'; break;
      case 'l': o.format = 'long'; break;
      case 'g': [o.format, o.showOwner] = ['long', false]; break;
      case 'o': [o.format, o.showGroup] = ['long', false]; break;
      case 'numeric-uid-gid': [o.format, o.numericIds] = ['long', true]; break;
      case 'no-group': o.showGroup = false; break;
      case 'color': {
        const on = await when(value, '--color');
        if (typeof on === 'number') return on;
        o.colors = on ? loadColors(ctx.getenv('LS_COLORS'), ctx.getenv('TERM'), ctx.getenv('COLORTERM')) : undefined;
        break;
      }
      case 'directory': o.directory = true; break;
      case 'f': [o.show, o.sort, sortGiven] = ['all', 'none', true]; break;
      case 'classify': {
        const on = await when(value, '--classify');
        if (typeof on === 'number') return on;
        o.indicator = on ? 'classify' : 'none';
        break;
      }
      case 'file-type': o.indicator = 'file-type'; break;
      case 'p': o.indicator = 'slash'; break;
      case 'indicator-style': {
        const style = await argmatch(ctx, value!, ['none', 'slash', 'file-type', 'classify'], '--indicator-style');
        if (typeof style === 'number') return style;
        o.indicator = style as Indicator;
        break;
      }
      case 'format': {
        const word = await argmatch(ctx, value!, [['verbose', 'long'], 'commas', ['horizontal', 'across'], 'vertical', 'single-column'], '--format');
        if (typeof word === 'number') return word;
        o.format = ({ verbose: 'long', long: 'long', commas: 'commas', horizontal: 'across', across: 'across', vertical: 'columns', 'single-column': 'single' } as const)[word as 'long'];
        break;
      }
      case 'full-time': [o.format, o.timeStyle] = ['long', 'full-iso']; break;
      case 'group-directories-first': o.directoriesFirst = true; break;
      case 'human-readable': o.human = 1024; break;
      case 'si': o.human = 1000; break;
      case 'kibibytes': break; // 1 KiB blocks are already the default
      case 'dereference-command-line': dereference = 'command-line'; break;
      case 'dereference-command-line-symlink-to-dir': dereference = 'command-line-dirs'; break;
      case 'dereference': dereference = 'always'; break;
      case 'hide': o.hide.push(value!); break;
      case 'ignore': o.ignore.push(value!); break;
      case 'inode': o.inode = true; break;
      case 'literal': quoting = 'literal'; break;
      case 'quote-name': quoting = 'c'; break;
      case 'hide-control-chars': [hideControl, questionMarks] = [true, true]; break;
      case 'show-control-chars': hideControl = false; break;
      case 'quoting-style': {
        const style = await argmatch(ctx, value!, QUOTING_STYLES, '--quoting-style');
        if (typeof style === 'number') return style;
        quoting = style as QuotingStyle;
        break;
      }
      case 'reverse': o.reverse = true; break;
      case 'recursive': o.recursive = true; break;
      case 'size': o.blocks = true; break;
      case 'S': [o.sort, sortGiven] = ['size', true]; break;
      case 't': [o.sort, sortGiven] = ['time', true]; break;
      case 'U': [o.sort, sortGiven] = ['none', true]; break;
      case 'v': [o.sort, sortGiven] = ['version', true]; break;
      case 'X': [o.sort, sortGiven] = ['extension', true]; break;
      case 'sort': {
        const word = await argmatch(ctx, value!, ['none', 'time', 'size', 'extension', 'version', 'width'], '--sort');
        if (typeof word === 'number') return word;
        [o.sort, sortGiven] = [word as SortKey, true];
        break;
      }
      case 'time': {
        const word = await argmatch(ctx, value!, [['atime', 'access', 'use'], ['ctime', 'status'], ['birth', 'creation']], '--time');
        if (typeof word === 'number') return word;
        if (word === 'birth' || word === 'creation') throw new Unsupported(`--time=${word}`);
        [o.time, timeGiven] = [word === 'ctime' || word === 'status' ? 'ctime' : 'atime', true];
        break;
      }
      case 'time-style': {
        const style = value!.replace(/^posix-/, '');
        if (style.startsWith('+')) throw new Unsupported('--time-style=+FORMAT');
        if (!['full-iso', 'long-iso', 'iso', 'locale'].includes(style)) {
          await ctx.error(`invalid argument ${quoteLocale(value!)} for ${quoteLocale('time style')}`);
          await ctx.stderr.write(TIME_STYLES);
          return ctx.usageError('');
        }
        o.timeStyle = style as LsOptions['timeStyle'];
        break;
      }
      case 'tabsize': {
        if (!/^\d+$/.test(value!)) {
          await ctx.error(`invalid tab size: ${quoteLocale(value!)}`);
          return 2;
        }
        o.tabSize = Number(value);
        break;
      }
      case 'width': {
        if (!/^\d+$/.test(value!)) {
          await ctx.error(`invalid line width: ${quoteLocale(value!)}`);
          return 2;
        }
        width = Number(value);
        break;
      }
      case 'hyperlink':
        if (value === 'never' || value === 'no' || value === 'none') break;
        throw new Unsupported(spelled);
      default:
        throw new Unsupported(spelled);
    }
  }
  // Without -l, -c and -u sort by that time too (unless a sort was asked for).
  if (timeGiven && o.format !== 'long' && !sortGiven) o.sort = 'time';
  // On a terminal names are shell-escaped, unless -q asked for question marks instead.
  o.quoting = quoting ?? defaultQuoting(ctx, tty && !questionMarks);
  o.hideControl = hideControl ?? tty;
  o.dereference = dereference ?? (o.directory || o.indicator === 'classify' || o.format === 'long' ? 'never' : 'command-line-dirs');
  o.width = width ?? (await lineWidth(ctx, tty));
  if (o.width === 0) o.tabSize = 0;
  return { opts: o, operands };
}

function defaultQuoting(ctx: CommandContext, terminal: boolean): QuotingStyle {
  const fromEnv = ctx.getenv('QUOTING_STYLE');
  if (fromEnv !== undefined && (QUOTING_STYLES as readonly string[]).includes(fromEnv)) return fromEnv as QuotingStyle;
  return terminal ? 'shell-escape' : 'literal';
}

/** The terminal's width on a terminal, else $COLUMNS, else 80. */
async function lineWidth(ctx: CommandContext, tty: boolean): Promise<number> {
  if (tty) return ctx.kernel.tty.size.cols;
  const columns = ctx.getenv('COLUMNS');
  if (columns !== undefined && columns !== '') {
    if (/^\d+$/.test(columns)) return Number(columns);
    await ctx.error(`ignoring invalid width in environment variable COLUMNS: ${quoteLocale(columns)}`);
  }
  return 80;
}
