// The work of gzip, gunzip and zcat (GNU gzip 1.12's treat_file and treat_stdin): each operand is
// compressed to NAME.gz or decompressed to NAME (or to standard output with -c), keeping the
// input's mode, owner and times, then the input is removed unless -k. Messages, warnings (status
// 2) and errors (status 1) are gzip's, always signed "gzip:" since gunzip and zcat exec gzip.

import type { CommandContext } from './context.ts';
import { Errno } from '../kernel/errors.ts';
import { R_OK } from '../fs/filesystem.ts';
import { S_ISGID, S_ISUID, S_ISVTX, type Inode } from '../fs/inode.ts';
import { RegularFileDescription } from '../fs/open-file.ts';
import { basename, dirname } from '../fs/path.ts';
import { gunzip, gzipMember, isGzip, memberHeader, type GunzipResult } from './gzip-format.ts';
import { listFile, listTotals, newListState, ratio, type ListState } from './gzip-list.ts';
import { parseGzipOptions, type GzipSettings } from './gzip-options.ts';
import { GUNZIP_HELP, GUNZIP_VERSION, ZCAT_HELP, ZCAT_VERSION } from './gzip-texts.ts';
import { zoneFromTz } from './date-zone.ts';
import { claimOutput, removeOutput, type Output } from './gzip-output.ts';
import { outputNameFor, suffixOf } from './gzip-names.ts';

export type GzipProgram = 'gzip' | 'gunzip' | 'zcat';

const ERROR = 1;
const WARNING = 2;
/** Virtual CPU per byte: deflate is slow, inflate quick. */
const DEFLATE_US_PER_BYTE = 0.05;
const INFLATE_US_PER_BYTE = 0.008;

/** abort_gzip(): a damaged stream ends gzip at once with status 1. */
class Abort extends Error {}

export async function runGzip(ctx: CommandContext, program: GzipProgram): Promise<number> {
  if (program !== 'gzip' && (ctx.args[0] === '--help' || ctx.args[0] === '--version')) {
    const texts = program === 'gunzip' ? [GUNZIP_HELP, GUNZIP_VERSION] : [ZCAT_HELP, ZCAT_VERSION];
    await ctx.stdout.write(ctx.args[0] === '--help' ? texts[0] : texts[1]);
    return 0;
  }
  const parsed = await parseGzipOptions(ctx, program !== 'gzip', program === 'zcat');
  if (typeof parsed === 'number') return parsed;
  const run = new GzipRun(ctx, parsed.settings);
  try {
    for (const file of parsed.files.length > 0 ? parsed.files : ['-']) await run.treat(file);
    if (parsed.settings.list && !parsed.settings.quiet && parsed.files.length > 1) await listTotals(ctx, run.listing, parsed.settings.verbose);
  } catch (error) {
    if (!(error instanceof Abort)) throw error;
    return ERROR;
  }
  return run.status;
}

class GzipRun {
  status = 0;
  readonly listing: ListState = newListState();

  constructor(
    private readonly ctx: CommandContext,
    private readonly settings: GzipSettings,
  ) {}

  private async say(text: string): Promise<void> {
    await this.ctx.stdout.flush();
    await this.ctx.stderr.write(text);
  }

  private async warn(text: string, before = ''): Promise<void> {
    if (!this.settings.quiet) await this.say(`${before}gzip: ${text}\n`);
    if (this.status === 0) this.status = WARNING;
  }

  private async fail(name: string, error: unknown): Promise<void> {
    if (!(error instanceof Errno)) throw error;
    await this.say(`gzip: ${name}: ${error.message}\n`);
    this.status = ERROR;
  }

  async treat(name: string): Promise<void> {
    if (name === '-') return this.treatStdin();
    const opened = await this.openInput(name);
    if (opened === undefined) return;
    const { path, inode } = opened;
    const s = this.settings;
    if (inode.type === 'dir') {
      if (s.recursive) return this.treatDir(path, inode);
      return this.warn(`${path} is a directory -- ignored`);
    }
    if (!s.toStdout) {
      if (inode.type !== 'file') return this.warn(`${path} is not a directory or a regular file - ignored`);
      if (inode.mode & S_ISUID) return this.warn(`${path} is set-user-ID on execution - ignored`);
      if (inode.mode & S_ISGID) return this.warn(`${path} is set-group-ID on execution - ignored`);
      if (!s.force && inode.mode & S_ISVTX) return this.warn(`${path} has the sticky bit set - file ignored`);
      if (!s.force && inode.nlink >= 2) return this.warn(`${path} has ${inode.nlink - 1} other link${inode.nlink === 2 ? '' : 's'} -- file ignored`);
    }
    let outName = 'stdout';
    if (!s.toStdout || s.list || s.test) {
      const made = await this.outputName(path);
      if (made === undefined) return;
      outName = made;
    }
    let data: Uint8Array;
    try {
      const reader = await this.ctx.openInput(path);
      data = await reader.readAll();
      this.ctx.closeInput(reader);
    } catch (error) {
      return this.fail(path, error);
    }
    if (s.decompress) return this.decompress(path, outName, data, inode);
    return this.compress(path, outName, data, inode);
  }

  private async treatStdin(): Promise<void> {
    const ctx = this.ctx;
    const s = this.settings;
    const stdinFd = ctx.proc.fds.find(0);
    const terminal = s.decompress ? stdinFd?.isTerminal() : ctx.proc.fds.find(1)?.isTerminal();
    if (!s.force && !s.list && terminal) {
      const verb = s.decompress ? 'read from' : 'written to';
      if (!s.quiet) await this.say(`gzip: compressed data not ${verb} a terminal. Use -f to force ${s.decompress ? 'de' : ''}compression.\nFor help, type: gzip -h\n`);
      throw new Abort();
    }
    const data = await ctx.stdin.readAll();
    const mtimeUs = stdinFd instanceof RegularFileDescription ? stdinFd.inode.mtimeUs : ctx.kernel.clock.nowUs;
    if (s.decompress) {
      const result = await this.inflate(data, s.force && !s.list);
      if (s.list) return this.list('stdout', data, result, mtimeUs);
      if (!(await this.reportStart('stdin', result))) return;
      if (!s.test) await this.emit(result);
      await this.reportEnd('stdin', result, undefined);
      if (s.verbose && s.test) await this.say(' OK\n');
      return;
    }
    const mtime = s.saveName && stdinFd instanceof RegularFileDescription ? Math.floor(mtimeUs / 1e6) : 0;
    const member = await this.deflate(data, { mtime, level: s.level });
    await ctx.stdout.write(member);
    if (s.verbose) await this.say(`${ratio(data.length - (member.length - 18), data.length)}\n`);
  }

  private async treatDir(path: string, dir: Inode & { type: 'dir' }): Promise<void> {
    for (const entry of [...dir.entries.keys()]) await this.treat(path.endsWith('/') ? `${path}${entry}` : `${path}/${entry}`);
  }

  /** open_input_file: the file, or with -d a name with a compression suffix added. */
  private async openInput(name: string): Promise<{ path: string; inode: Inode } | undefined> {
    const s = this.settings;
    const follow = s.toStdout || s.force;
    const stat = (path: string): Inode => {
      const inode = this.ctx.lookup(path, follow);
      if (inode.type === 'symlink') throw new Errno('ELOOP');
      if (!this.ctx.fs.canAccess(this.ctx.proc.cred, inode, R_OK)) throw new Errno('EACCES');
      return inode;
    };
    try {
      return { path: name, inode: stat(name) };
    } catch (error) {
      if (!(error instanceof Errno)) throw error;
      if (!s.decompress || error.code !== 'ENOENT' || this.suffixOf(name) !== undefined) {
        await this.fail(name, error);
        return undefined;
      }
    }
    const suffixes = [s.suffix, ...['.gz', '.z', '-z', '.Z'].filter((x) => !(x === '.gz' && s.suffix === '.gz'))];
    for (const suffix of suffixes) {
      try {
        return { path: name + suffix, inode: stat(name + suffix) };
      } catch (error) {
        if (!(error instanceof Errno)) throw error;
        if (error.code !== 'ENOENT') {
          await this.fail(name + suffix, error);
          return undefined;
        }
      }
    }
    await this.fail(name + s.suffix, new Errno('ENOENT'));
    return undefined;
  }

  private suffixOf(name: string): string | undefined {
    return suffixOf(name, this.settings.suffix);
  }

  /** make_ofname, with gzip's notices when a file is skipped. */
  private async outputName(path: string): Promise<string | undefined> {
    const made = outputNameFor(path, this.settings);
    if ('warn' in made) await this.warn(made.warn);
    else if ('note' in made) await this.say(`gzip: ${made.note}\n`);
    else if ('name' in made) return made.name;
    return undefined;
  }

  private async compress(path: string, outName: string, data: Uint8Array, inode: Inode): Promise<void> {
    const s = this.settings;
    const member = await this.deflate(data, {
      name: s.saveName ? basename(path) : undefined,
      mtime: s.saveName ? Math.floor(inode.mtimeUs / 1e6) : 0,
      level: s.level,
    });
    const output = s.toStdout ? undefined : await this.openOutput(outName);
    if (output === null) return;
    if (s.verbose) await this.say(`${path}:\t`);
    if (output) await output.write(member);
    else await this.ctx.stdout.write(member);
    const overhead = memberHeader(member)!.length + 8;
    await this.finish(path, outName, inode, output, ratio(data.length - (member.length - overhead), data.length));
  }

  private async decompress(path: string, outName: string, data: Uint8Array, inode: Inode): Promise<void> {
    const s = this.settings;
    const result = await this.inflate(data, s.force && s.toStdout && !s.list);
    if (s.list) return this.list(outName, data, result, inode.mtimeUs);
    if (!(await this.reportStart(path, result))) return;
    let target = outName;
    const original = result.members[0]?.name;
    if (s.restoreName && !s.toStdout && original) target = joinPath(dirname(path), basename(original));
    const output = s.toStdout ? undefined : await this.openOutput(target);
    if (output === null) return;
    if (s.verbose) await this.say(`${path}:\t`);
    if (output) await output.write(concatOutput(result));
    else if (!s.test) await this.emit(result);
    if (!(await this.reportEnd(path, result, output))) return;
    const last = result.members[result.members.length - 1];
    const total = concatOutput(result).length;
    const verdict = s.test ? ' OK' : ratio(total - (data.length - (last?.overhead ?? 0)), total);
    const restoredMtime = s.restoreName && result.members[0]?.mtime ? result.members[0].mtime * 1e6 : undefined;
    await this.finish(path, target, inode, output, verdict, restoredMtime);
  }

  private async deflate(data: Uint8Array, options: { name?: string; mtime: number; level: number }): Promise<Uint8Array> {
    await this.ctx.tick(data.length * DEFLATE_US_PER_BYTE);
    return gzipMember(data, options);
  }

  private async inflate(data: Uint8Array, passThrough: boolean): Promise<GunzipResult> {
    const result = gunzip(data, passThrough);
    await this.ctx.tick((data.length + result.output.length) * INFLATE_US_PER_BYTE);
    return result;
  }

  /** Problems with the first member's header: nothing is written then. False to stop. */
  private async reportStart(name: string, result: GunzipResult): Promise<boolean> {
    if (result.members.length > 0 || result.passthrough !== undefined || result.problems.length === 0) return true;
    const [first] = result.problems;
    if (first.text === 'unexpected end of file' && result.output.length === 0) {
      await this.say(`\ngzip: ${name}: ${first.text}\n`);
      throw new Abort();
    }
    if (first.fatal) return true;
    await this.say(first.newline ? `\ngzip: ${name}: ${first.text}\n` : `gzip: ${name}: ${first.text}\n`);
    this.status = ERROR;
    return false;
  }

  /** Problems met while decoding, after the output was written. False to stop. */
  private async reportEnd(name: string, result: GunzipResult, output: Output | undefined): Promise<boolean> {
    for (const problem of result.problems) await this.say(problem.newline ? `\ngzip: ${name}: ${problem.text}\n` : `gzip: ${name}: ${problem.text}\n`);
    if (result.problems.some((p) => p.fatal)) {
      if (output) removeOutput(this.ctx, output);
      throw new Abort();
    }
    if (result.problems.length > 0) {
      this.status = ERROR;
      if (output) removeOutput(this.ctx, output);
      return false;
    }
    if (result.trailing === 'garbage') await this.warn(`${name}: decompression OK, trailing garbage ignored`, '\n');
    if (result.trailing === 'zeros' && this.settings.verbose) await this.warn(`${name}: decompression OK, trailing zero bytes ignored`, '\n');
    return true;
  }

  private async emit(result: GunzipResult): Promise<void> {
    await this.ctx.stdout.write(concatOutput(result));
  }

  private async list(name: string, data: Uint8Array, result: GunzipResult, mtimeUs: number): Promise<void> {
    const header = isGzip(data) ? memberHeader(data) : undefined;
    if (header === undefined) {
      await this.reportStart(name, result);
      return;
    }
    const seconds = Math.floor(mtimeUs / 1e6);
    const local = seconds + zoneFromTz(this.ctx.getenv('TZ')).at(seconds).offset;
    const headerBytes = result.members.length > 1 ? 0 : header.length + 8;
    await listFile(this.ctx, this.listing, this.settings.verbose, { name, data, headerBytes, mtimeSeconds: local });
  }

  /** check_ofname and create_outfile: null when the name is taken and may not be replaced. */
  private async openOutput(name: string): Promise<Output | null> {
    const result = await claimOutput(this.ctx, name, this.settings.force, (text) => this.say(text));
    if (result === 'refused' && this.status === 0) this.status = WARNING;
    if (result === 'refused') return null;
    if (result instanceof Errno) {
      await this.fail(name, result);
      return null;
    }
    return result;
  }

  /** Verbose report, then the output takes the input's mode, owner and times, and the input goes. */
  private async finish(path: string, outName: string, inode: Inode, output: Output | undefined, verdict: string, mtimeUs?: number): Promise<void> {
    const s = this.settings;
    if (s.verbose) await this.say(`${verdict}${s.test ? '' : ` -- ${s.keep ? 'created' : 'replaced with'} ${outName}`}\n`);
    if (!output) return;
    output.finish(inode, mtimeUs);
    if (!s.keep) {
      try {
        this.ctx.fs.unlink(this.ctx.proc.cred, this.ctx.proc.cwd, path);
      } catch (error) {
        await this.fail(path, error);
      }
    }
  }
}

function concatOutput(result: GunzipResult): Uint8Array {
  if (result.passthrough === undefined) return result.output;
  const out = new Uint8Array(result.output.length + result.passthrough.length);
  out.set(result.output);
  out.set(result.passthrough, result.output.length);
  return out;
}

function joinPath(dir: string, name: string): string {
  return dir === '.' ? name : dir === '/' ? `/${name}` : `${dir}/${name}`;
}
