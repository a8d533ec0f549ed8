// find: walks each starting point (in directory order, depth-first, preorder unless -depth) and
// evaluates the expression for every file: tests, operators and actions are in find-parse.ts and
// the find-*.ts files it uses. Errors keep the walk going and make the exit status 1.

import { defineCommand } from './command.ts';
import { Unsupported } from './context.ts';
import { Errno } from '../kernel/errors.ts';
import type { Inode } from '../fs/inode.ts';
import { R_OK, X_OK } from '../fs/filesystem.ts';
import { quoteLocale } from '../text/quote.ts';
import { childPath } from './cp-paths.ts';
import { FindUsageError, parseExpression, type Expr } from './find-parse.ts';
import { FindHelpRequest } from './find-errors.ts';
import type { FindEntry, FindSettings } from './find-primaries.ts';

const HELP = `Usage: find [-H] [-L] [-P] [-Olevel] [-D debugopts] [path...] [expression]

Default path is the current directory; default expression is -print.
Expression may consist of: operators, options, tests, and actions.

Operators (decreasing precedence; -and is implicit where no others are given):
      ( EXPR )   ! EXPR   -not EXPR   EXPR1 -a EXPR2   EXPR1 -and EXPR2
      EXPR1 -o EXPR2   EXPR1 -or EXPR2   EXPR1 , EXPR2

Positional options (always true):
      -daystart -follow -nowarn -regextype -warn

Normal options (always true, specified before other expressions):
      -depth -files0-from FILE -maxdepth LEVELS -mindepth LEVELS
       -mount -noleaf -xdev -ignore_readdir_race -noignore_readdir_race

Tests (N can be +N or -N or N):
      -amin N -anewer FILE -atime N -cmin N -cnewer FILE -context CONTEXT
      -ctime N -empty -false -fstype TYPE -gid N -group NAME -ilname PATTERN
      -iname PATTERN -inum N -iwholename PATTERN -iregex PATTERN
      -links N -lname PATTERN -mmin N -mtime N -name PATTERN -newer FILE
      -nouser -nogroup -path PATTERN -perm [-/]MODE -regex PATTERN
      -readable -writable -executable
      -wholename PATTERN -size N[bcwkMG] -true -type [bcdpflsD] -uid N
      -used N -user NAME -xtype [bcdpfls]

Actions:
      -delete -print0 -printf FORMAT -fprintf FILE FORMAT -print 
      -fprint0 FILE -fprint FILE -ls -fls FILE -prune -quit
      -exec COMMAND ; -exec COMMAND {} + -ok COMMAND ;
      -execdir COMMAND ; -execdir COMMAND {} + -okdir COMMAND ;

Other common options:
      --help                   display this help and exit
      --version                output version information and exit

Valid arguments for -D:
exec, opt, rates, search, stat, time, tree, all, help
Use '-D help' for a description of the options, or see find(1)
`;

export const find = defineCommand({
  name: 'find',
  summary: 'search for files in a directory hierarchy',
  help: HELP,
  // --help is read where find reads an expression (`find . --help`), never as -name's pattern.
  answersHelp: false,
  async run(ctx) {
    const args = ctx.args;

    const settings: FindSettings = {
      ctx, nowUs: ctx.kernel.clock.nowUs, follow: 'never', maxDepth: Infinity, minDepth: 0, depthFirst: false, dayStart: false, regexType: 'findutils-default',
      deletes: false, prunes: false, ok: true, quit: false, pruned: false, finishers: [],
    };
    let i = 0;
    for (; i < args.length; i++) {
      const arg = args[i];
      if (arg === '-H') settings.follow = 'command-line';
      else if (arg === '-L') settings.follow = 'always';
      else if (arg === '-P') settings.follow = 'never';
      else if (/^-O\d*$/.test(arg)) continue;
      else if (arg === '-D') throw new Unsupported('-D');
      else if (arg === '--') {
        i++;
        break;
      } else break;
    }
    const paths: string[] = [];
    while (i < args.length && !looksLikeExpression(args[i])) paths.push(args[i++]);
    let expr: Expr;
    try {
      const explicitDepth = args.slice(i).some((a) => a === '-depth' || a === '-d');
      expr = await parseExpression(args.slice(i), settings);
      if (settings.deletes && settings.prunes && !explicitDepth) {
        throw new FindUsageError('The -delete action automatically turns on -depth, but -prune does nothing when -depth is in effect.  If you want to carry on anyway, just explicitly use the -depth option.');
      }
    } catch (error) {
      if (error instanceof FindHelpRequest) {
        await ctx.printHelp(HELP);
        return 0;
      }
      if (!(error instanceof FindUsageError)) throw error;
      await ctx.error(error.message);
      for (const finish of settings.finishers) await finish();
      return 1;
    }
    for (const start of paths.length > 0 ? paths : ['.']) {
      if (settings.quit) break;
      const entry = await startEntry(settings, start);
      if (entry === undefined) continue;
      await visit(settings, expr, entry, []);
    }
    for (const finish of settings.finishers) await finish();
    return settings.ok ? 0 : 1;
  },
});

/** Where the paths end: the first argument that starts an expression. */
function looksLikeExpression(arg: string): boolean {
  if (arg.startsWith('-')) return arg.length > 1;
  return arg === '(' || arg === '!' || arg === ')' || arg === ',';
}

async function startEntry(settings: FindSettings, start: string): Promise<FindEntry | undefined> {
  try {
    const link = settings.ctx.lookup(start, false);
    return entryFor(settings, start, start, 0, link);
  } catch (error) {
    if (!(error instanceof Errno)) throw error;
    await settings.ctx.error(`${quoteLocale(start)}: ${error.message}`);
    settings.ok = false;
    return undefined;
  }
}

function entryFor(settings: FindSettings, path: string, start: string, depth: number, link: Inode): FindEntry {
  const follow = settings.follow === 'always' || (settings.follow === 'command-line' && depth === 0);
  if (!follow || link.type !== 'symlink') return { path, start, depth, inode: link, link, broken: false };
  try {
    return { path, start, depth, inode: settings.ctx.lookup(path, true), link, broken: false };
  } catch {
    return { path, start, depth, inode: link, link, broken: true };
  }
}

async function visit(settings: FindSettings, expr: Expr, entry: FindEntry, ancestors: { inode: Inode; path: string }[]): Promise<void> {
  const ctx = settings.ctx;
  await ctx.tick(4);
  const dir = entry.inode.type === 'dir' ? entry.inode : undefined;
  if (dir !== undefined) {
    const loop = ancestors.find((a) => a.inode === dir);
    if (loop !== undefined) {
      await ctx.error(`File system loop detected; ${quoteLocale(entry.path)} is part of the same file system loop as ${quoteLocale(loop.path)}.`);
      settings.ok = false;
      return;
    }
  }
  settings.pruned = false;
  if (!settings.depthFirst && entry.depth >= settings.minDepth) await evaluate(expr, entry, settings);
  if (settings.quit) return;
  const descend = dir !== undefined && entry.depth < settings.maxDepth && (settings.depthFirst || !settings.pruned);
  if (descend) {
    if (!ctx.fs.canAccess(ctx.proc.cred, dir, R_OK)) {
      await ctx.error(`${quoteLocale(entry.path)}: Permission denied`);
      settings.ok = false;
    } else {
      const inner = [...ancestors, { inode: dir, path: entry.path }];
      for (const [name, link] of [...dir.entries]) {
        const path = childPath(entry.path, name);
        if (!ctx.fs.canAccess(ctx.proc.cred, dir, X_OK)) {
          await ctx.error(`${quoteLocale(path)}: Permission denied`);
          settings.ok = false;
          continue;
        }
        await visit(settings, expr, entryFor(settings, path, entry.start, entry.depth + 1, link), inner);
        if (settings.quit) return;
      }
    }
  }
  if (settings.depthFirst && entry.depth >= settings.minDepth) await evaluate(expr, entry, settings);
}

async function evaluate(expr: Expr, entry: FindEntry, settings: FindSettings): Promise<boolean> {
  switch (expr.kind) {
    case 'primary':
      return expr.test(entry, settings);
    case 'not':
      return !(await evaluate(expr.expr, entry, settings));
    case 'and':
      return (await evaluate(expr.left, entry, settings)) && !settings.quit && evaluate(expr.right, entry, settings);
    case 'or':
      return (await evaluate(expr.left, entry, settings)) || (!settings.quit && evaluate(expr.right, entry, settings));
    case 'comma':
      await evaluate(expr.left, entry, settings);
      return !settings.quit && evaluate(expr.right, entry, settings);
  }
}
