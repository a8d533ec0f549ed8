// find's primaries: global options (-maxdepth ...), tests (-name, -type, -size ...) and actions
// (in find-actions.ts and find-exec.ts). Each is built once from its arguments, with GNU's
// messages for bad arguments, into a predicate evaluated for every file.

import type { CommandContext } from './context.ts';
import { Unsupported } from './context.ts';
import type { Inode } from '../fs/inode.ts';
import { R_OK, W_OK, X_OK } from '../fs/filesystem.ts';
import { matchPattern } from '../shell/pattern.ts';
import { quoteLocale } from '../text/quote.ts';
import { basename } from '../fs/path.ts';
import { FindHelpRequest, FindUsageError } from './find-errors.ts';
import { numericTest, permTest, sizeTest, timeTest, referenceTime } from './find-numeric.ts';
import { buildAction } from './find-actions.ts';
import { buildExec } from './find-exec.ts';
import { MOUNT } from './df-filesystem.ts';
import { compileFindRegex } from './find-regex.ts';

/** What find knows about the file being examined. */
export interface FindEntry {
  path: string;
  /** The command-line argument this file was found under. */
  start: string;
  depth: number;
  /** The file as the symlink mode sees it (followed with -L, or -H at depth 0). */
  inode: Inode;
  /** The directory entry itself (lstat). */
  link: Inode;
  /** For a symlink followed to nothing: true (its inode is then the link itself). */
  broken: boolean;
}

/** Global state of one find run that predicates read and change. */
export interface FindSettings {
  ctx: CommandContext;
  nowUs: number;
  follow: 'never' | 'command-line' | 'always';
  maxDepth: number;
  minDepth: number;
  depthFirst: boolean;
  dayStart: boolean;
  /** -regextype, for the -regex tests that follow it. */
  regexType: string;
  /** -delete was used (it turns on -depth). */
  deletes: boolean;
  prunes: boolean;
  ok: boolean;
  quit: boolean;
  /** Set by -prune for the entry being evaluated. */
  pruned: boolean;
  /** Run when the walk ends: pending -exec ... + batches, files to close. */
  finishers: (() => Promise<void>)[];
}

export type Predicate = (entry: FindEntry, settings: FindSettings) => boolean | Promise<boolean>;

export interface Built {
  test: Predicate;
  action: boolean;
  consumed: number;
}

const OPTIONS = new Set(['-maxdepth', '-mindepth', '-depth', '-d', '-xdev', '-mount', '-noleaf', '-ignore_readdir_race', '-noignore_readdir_race', '-daystart', '-follow', '-warn', '-nowarn', '-regextype']);
const REGEX_TYPES = ['findutils-default', 'ed', 'emacs', 'gnu-awk', 'grep', 'posix-awk', 'awk', 'posix-basic', 'posix-egrep', 'egrep', 'posix-extended', 'posix-minimal-basic', 'sed'];

export function isOption(name: string): boolean {
  return OPTIONS.has(name);
}

const always: Predicate = () => true;

export async function buildPrimary(name: string, rest: string[], settings: FindSettings): Promise<Built> {
  const arg = (): string => {
    if (rest[0] === undefined) throw new FindUsageError(`missing argument to \`${name}'`);
    return rest[0];
  };
  const test = (predicate: Predicate, consumed = 1): Built => ({ test: predicate, action: false, consumed });
  switch (name) {
    case '-maxdepth':
    case '-mindepth': {
      const value = arg();
      if (!/^\d+$/.test(value)) throw new FindUsageError(`Expected a positive decimal integer argument to ${name}, but got ${quoteLocale(value)}`);
      if (name === '-maxdepth') settings.maxDepth = Number(value);
      else settings.minDepth = Number(value);
      return test(always);
    }
    case '-depth':
    case '-d': settings.depthFirst = true; return test(always, 0);
    case '-daystart': settings.dayStart = true; return test(always, 0);
    case '-follow': settings.follow = 'always'; return test(always, 0);
    case '-xdev': case '-mount': case '-noleaf': case '-ignore_readdir_race': case '-noignore_readdir_race': case '-warn': case '-nowarn':
      return test(always, 0);
    case '-regextype': {
      const value = arg();
      if (!REGEX_TYPES.includes(value)) throw new FindUsageError(`Unknown regular expression type ${quoteLocale(value)}; valid types are ${REGEX_TYPES.map(quoteLocale).join(', ')}.`);
      settings.regexType = value;
      return test(always);
    }
    case '-true': return test(always, 0);
    case '-false': return test(() => false, 0);
    case '-name': case '-iname': {
      const pattern = arg();
      const nocase = name === '-iname';
      return test((e) => matchPattern(pattern, nameOf(e.path), { nocase }));
    }
    case '-path': case '-wholename': case '-ipath': case '-iwholename': {
      const pattern = arg();
      const nocase = name.startsWith('-i');
      return test((e) => matchPattern(pattern, e.path, { nocase }));
    }
    case '-lname': case '-ilname': {
      const pattern = arg();
      const nocase = name === '-ilname';
      return test((e) => e.link.type === 'symlink' && matchPattern(pattern, e.link.target, { nocase }));
    }
    case '-type': case '-xtype': {
      const types = parseTypeList(arg());
      if (name === '-type') return test((e) => types.includes(typeLetter(e.broken ? e.link : e.inode)));
      return test((e) => types.includes(typeLetter(xtypeInode(e, settings))));
    }
    case '-empty':
      return test((e) => (e.inode.type === 'file' ? e.inode.size === 0 : e.inode.type === 'dir' && e.inode.entries.size === 0), 0);
    case '-readable': return test((e) => settings.ctx.fs.canAccess(settings.ctx.proc.cred, e.inode, R_OK), 0);
    case '-writable': return test((e) => settings.ctx.fs.canAccess(settings.ctx.proc.cred, e.inode, W_OK), 0);
    case '-executable': return test((e) => settings.ctx.fs.canAccess(settings.ctx.proc.cred, e.inode, X_OK), 0);
    case '-links': return test(numericTest(name, arg(), (e) => settings.ctx.fs.stat(e.inode).nlink));
    case '-inum': return test(numericTest(name, arg(), (e) => e.inode.ino));
    case '-uid': return test(numericTest(name, arg(), (e) => e.inode.uid));
    case '-gid': return test(numericTest(name, arg(), (e) => e.inode.gid));
    case '-user': {
      const value = arg();
      const uid = settings.ctx.system.userByName(value)?.uid ?? (/^\d+$/.test(value) ? Number(value) : undefined);
      if (uid === undefined) throw new FindUsageError(`${quoteLocale(value)} is not the name of a known user`);
      return test((e) => e.inode.uid === uid);
    }
    case '-group': {
      const value = arg();
      const gid = settings.ctx.system.groups().find((g) => g.name === value)?.gid ?? (/^\d+$/.test(value) ? Number(value) : undefined);
      if (gid === undefined) throw new FindUsageError(`${quoteLocale(value)} is not the name of an existing group`);
      return test((e) => e.inode.gid === gid);
    }
    case '-nouser': return test((e) => settings.ctx.system.userByUid(e.inode.uid) === undefined, 0);
    case '-nogroup': return test((e) => settings.ctx.system.groupByGid(e.inode.gid) === undefined, 0);
    case '-fstype': {
      const value = arg();
      return test(() => value === MOUNT.type);
    }
    case '-size': return test(sizeTest(arg()));
    case '-perm': return test(permTest(arg()));
    case '-mtime': case '-atime': case '-ctime': case '-mmin': case '-amin': case '-cmin':
      return test(timeTest(name, arg(), settings));
    case '-newer': case '-anewer': case '-cnewer': {
      const reference = referenceTime(settings, arg(), 'm');
      const field = name === '-anewer' ? 'atimeUs' : name === '-cnewer' ? 'ctimeUs' : 'mtimeUs';
      return test((e) => e.inode[field] > reference);
    }
    case '-samefile': {
      const value = arg();
      const target = settings.ctx.lookup(value, settings.follow !== 'never');
      return test((e) => e.inode === target || e.link === target);
    }
    case '-prune':
      settings.prunes = true;
      return test(() => {
        settings.pruned = true;
        return true;
      }, 0);
    case '-quit':
      return test(() => {
        settings.quit = true;
        return true;
      }, 0);
    case '-exec': case '-execdir': case '-ok': case '-okdir':
      return buildExec(name, rest, settings);
    case '-print': case '-print0': case '-printf': case '-fprint': case '-fprint0': case '-fprintf': case '-ls': case '-fls': case '-delete':
      return buildAction(name, rest, settings);
    case '-regex': case '-iregex': {
      const matches = compileFindRegex(arg(), settings.regexType, name === '-iregex');
      return test((e) => matches(e.path));
    }
    case '--help':
      throw new FindHelpRequest();
    case '-context': case '-used': case '-files0-from':
      throw new Unsupported(name);
    default:
      if (/^-newer[acmBt][acmBt]$/.test(name)) throw new Unsupported(name);
      throw new FindUsageError(`unknown predicate \`${name}'`);
  }
}

/** -name looks at the last component, trailing slashes ignored ("/" stays "/"). */
export function nameOf(path: string): string {
  return basename(path);
}

function parseTypeList(text: string): string[] {
  const types: string[] = [];
  const parts = text.split(',');
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (part === '') {
      if (i === parts.length - 1 && i > 0) throw new FindUsageError(`Last file type in list argument to -type is missing, i.e., list is ending on: ','`);
      throw new FindUsageError(`Unknown argument to -type: ${text}`);
    }
    if (part.length > 1) {
      if ([...part].every((c) => 'bcdpflsD'.includes(c))) throw new FindUsageError("Must separate multiple arguments to -type using: ','");
      throw new FindUsageError(`Unknown argument to -type: ${part}`);
    }
    if (!'bcdpflsD'.includes(part)) throw new FindUsageError(`Unknown argument to -type: ${part}`);
    if (types.includes(part)) throw new FindUsageError(`Duplicate file type '${part}' in the argument list to -type.`);
    types.push(part);
  }
  return types;
}

export function typeLetter(inode: Inode): string {
  switch (inode.type) {
    case 'file': return 'f';
    case 'dir': return 'd';
    case 'symlink': return 'l';
    case 'fifo': return 'p';
    case 'device': return 'c';
  }
}

/** -xtype: the other view of a symlink (followed without -L, the link itself with -L). */
function xtypeInode(e: FindEntry, settings: FindSettings): Inode {
  if (e.link.type !== 'symlink') return e.link;
  if (settings.follow === 'always' || (settings.follow === 'command-line' && e.depth === 0)) return e.link;
  try {
    return settings.ctx.lookup(e.path, true);
  } catch {
    return e.link;
  }
}
