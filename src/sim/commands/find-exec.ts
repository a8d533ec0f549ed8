// find -exec, -execdir, -ok and -okdir: "{}" replaced by the file name; the ";" form runs once per
// file and is true when the command succeeds, the "+" form collects names into as few command
// lines as fit (like xargs) and makes find exit 1 if one of them fails.

import { Errno } from '../kernel/errors.ts';
import { absolute, dirname, normalize } from '../fs/path.ts';
import { quoteLocale } from '../text/quote.ts';
import { FindUsageError } from './find-errors.ts';
import { runChild } from './xargs-spawn.ts';
import type { Built, FindEntry, FindSettings } from './find-primaries.ts';

const ARG_MAX = 131072;

export async function buildExec(name: string, rest: string[], settings: FindSettings): Promise<Built> {
  const inDirectory = name.endsWith('dir');
  const asks = name.startsWith('-ok');
  let end = -1;
  let batch = false;
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === ';') {
      end = i;
      break;
    }
    if (rest[i] === '+' && i > 0 && rest[i - 1] === '{}' && !asks) {
      end = i;
      batch = true;
      break;
    }
  }
  if (end <= 0) throw new FindUsageError(`missing argument to \`${name}'`);
  const template = rest.slice(0, end);
  if (batch && template.slice(0, -1).some((arg) => arg.includes('{}'))) throw new FindUsageError(`Only one instance of {} is supported with ${name} ... +`);
  const built = batch ? batchExec(template.slice(0, -1), inDirectory, settings) : singleExec(template, inDirectory, asks, settings);
  return { test: built, action: true, consumed: end + 1 };
}

/** The name a command sees ("./f" with -execdir) and the directory it runs in. */
function placeOf(e: FindEntry, settings: FindSettings, inDirectory: boolean): { name: string; cwd: string | undefined } {
  if (!inDirectory) return { name: e.path, cwd: undefined };
  const base = /[^/]+\/*$/.exec(e.path)?.[0] ?? '/';
  return { name: base.startsWith('/') ? base : `./${base}`, cwd: normalize(absolute(settings.ctx.proc.cwd, dirname(e.path))) };
}

function singleExec(template: string[], inDirectory: boolean, asks: boolean, settings: FindSettings): (e: FindEntry) => Promise<boolean> {
  const ctx = settings.ctx;
  return async (e) => {
    const { name, cwd } = placeOf(e, settings, inDirectory);
    const argv = template.map((arg) => arg.split('{}').join(name));
    if (asks && !(await confirmRun(settings, argv[0], name))) return false;
    try {
      const status = await runChild(ctx, argv, ctx.proc.fds.fork(), cwd);
      return status.kind === 'exited' && status.code === 0;
    } catch (error) {
      if (!(error instanceof Errno)) throw error;
      // The child could not exec: it reports this and exits 1, which only makes -exec false.
      await ctx.error(`${quoteLocale(argv[0])}: ${error.message}`);
      return false;
    }
  };
}

/** "< cmd ... file > ? " on stderr, answered on standard input. */
async function confirmRun(settings: FindSettings, command: string, name: string): Promise<boolean> {
  const ctx = settings.ctx;
  await ctx.flush();
  await ctx.stderr.write(`< ${command} ... ${name} > ? `);
  const answer = await ctx.stdin.nextLine();
  return answer !== null && /^[yY]/.test(answer);
}

function batchExec(command: string[], inDirectory: boolean, settings: FindSettings): (e: FindEntry) => Promise<boolean> {
  const ctx = settings.ctx;
  const commandChars = command.reduce((sum, arg) => sum + byteLength(arg) + 1, 0);
  let names: string[] = [];
  let chars = commandChars;
  let directory: string | undefined;
  const flush = async (): Promise<void> => {
    if (names.length === 0) return;
    const argv = [...command, ...names];
    const cwd = directory;
    names = [];
    chars = commandChars;
    try {
      const status = await runChild(ctx, argv, ctx.proc.fds.fork(), cwd);
      if (!(status.kind === 'exited' && status.code === 0)) settings.ok = false;
    } catch (error) {
      if (!(error instanceof Errno)) throw error;
      await ctx.error(`${quoteLocale(argv[0])}: ${error.message}`);
      settings.ok = false;
    }
  };
  settings.finishers.unshift(flush);
  return async (e) => {
    const { name, cwd } = placeOf(e, settings, inDirectory);
    const size = byteLength(name) + 1;
    // A full command line (or, with -execdir, a new directory) runs what has been collected.
    if (names.length > 0 && (chars + size > ARG_MAX || cwd !== directory)) await flush();
    directory = cwd;
    names.push(name);
    chars += size;
    return true;
  };
}

function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}
