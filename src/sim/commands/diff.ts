// diff: compare files line by line. GNU diffutils 3.8: normal, unified (-u, -U N) and context
// (-c, -C N) output; -q, -s, -i, -b, -w, -Z, -B, -a, -t, -T, -N, -P, --label, -r over directories.
// Exit status 0 when the inputs are the same, 1 when they differ, 2 on trouble.

import { defineCommand } from './command.ts';
import type { CommandContext } from './context.ts';
import { Errno } from '../kernel/errors.ts';
import type { Inode } from '../fs/inode.ts';
import { RegularFileDescription } from '../fs/open-file.ts';
import { R_OK } from '../fs/filesystem.ts';
import { WriteError } from '../io/output-writer.ts';
import { SCAN_US_PER_BYTE } from '../kernel/cost-model.ts';
import { UsageError } from './getopt.ts';
import { compareCodePoints } from '../shell/glob.ts';
import { ByteTextWriter, utf8ToByteString } from './sort-byte-lines.ts';
import { diffFiles, type DiffSide } from './diff-files.ts';
import { DiffFailure, parseDiffOptions, type DiffConfig } from './diff-options.ts';
import { HELP } from './diff-help.ts';

const TROUBLE = 2;

export const diff = defineCommand({
  name: 'diff',
  summary: 'compare files line by line',
  help: HELP,
  usageStatus: TROUBLE,
  async run(ctx) {
    let config: DiffConfig | 'help';
    try {
      config = parseDiffOptions(ctx.args, ctx.stdout.mode === 'line');
    } catch (error) {
      if (!(error instanceof DiffFailure || error instanceof UsageError)) throw error;
      // diff words its usage errors with its name on both lines.
      await ctx.error(error.message);
      if (error instanceof UsageError || error.tryHelp) await ctx.error(`Try '${ctx.name} --help' for more information.`);
      return TROUBLE;
    }
    if (config === 'help') {
      await ctx.printHelp(HELP);
      return 0;
    }
    const comparison = new Comparison(ctx, config);
    try {
      const status = await comparison.compare(null, config.operands[0], config.operands[1]);
      await comparison.writer.flush();
      return status;
    } catch (error) {
      if (error instanceof WriteError) {
        await ctx.error(`standard output: ${error.errno.message}`);
        return TROUBLE;
      }
      if (!(error instanceof DiffFailure)) throw error;
      await comparison.writer.flush().catch(() => undefined);
      await ctx.error(error.message);
      return TROUBLE;
    }
  },
});

/** What GNU's stat step learned about one side. */
interface Side {
  name: string;
  state: 'unopened' | 'stdin' | 'nonexistent' | 'error';
  error?: Errno;
  inode?: Inode;
  /** The file type, as stat reports it ('fifo' for a pipe on standard input). */
  type: string;
  size: number;
}

/** A pair of directories being compared, for names of files inside them. */
interface Parent {
  names: [string, string];
  inodes: (Inode | undefined)[];
  parent: Parent | null;
}

function joinName(dir: string, name: string): string {
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

function fileType(side: Side): string {
  switch (side.type) {
    case 'file': return side.size === 0 ? 'regular empty file' : 'regular file';
    case 'dir': return 'directory';
    case 'symlink': return 'symbolic link';
    case 'fifo': return 'fifo';
    default: return 'character special file';
  }
}

class Comparison {
  readonly writer: ByteTextWriter;

  constructor(
    private readonly ctx: CommandContext,
    private readonly config: DiffConfig,
  ) {
    this.writer = new ByteTextWriter(ctx.stdout);
  }

  private async message(text: string): Promise<void> {
    await this.writer.write(utf8ToByteString(text));
  }

  private stat(name: string): Side {
    if (name === '-') {
      const description = this.ctx.stdin.description;
      if (description instanceof RegularFileDescription) {
        return { name, state: 'stdin', inode: description.inode, type: 'file', size: Math.max(0, description.inode.size - description.offset) };
      }
      return { name, state: 'stdin', type: description.kind === 'pipe' ? 'fifo' : 'device', size: 0 };
    }
    try {
      const inode = this.ctx.lookup(name, true);
      const stat = this.ctx.fs.stat(inode);
      return { name, state: 'unopened', inode, type: stat.type, size: stat.size };
    } catch (error) {
      if (!(error instanceof Errno)) throw error;
      return { name, state: 'error', error, type: 'file', size: 0 };
    }
  }

  /** compare_files: NAME0 and NAME1 (one may be null inside directories). */
  async compare(parent: Parent | null, name0: string | null, name1: string | null): Promise<number> {
    const c = this.config;
    if (!((name0 !== null && name1 !== null) || (c.unidirectionalNewFile && name1 !== null) || c.newFile)) {
      await this.message(`Only in ${parent!.names[name0 === null ? 1 : 0]}: ${name0 ?? name1}\n`);
      return 1;
    }
    const names = [name0 ?? name1!, name1 ?? name0!].map((n, f) => (parent ? joinName(parent.names[f], n) : n));
    const sides: Side[] = [];
    for (let f = 0; f < 2; f++) {
      const given = f === 0 ? name0 : name1;
      if (given === null) sides.push({ name: names[f], state: 'nonexistent', type: 'file', size: 0 });
      else if (f === 1 && names[1] === names[0]) sides.push({ ...sides[0] });
      else sides.push(this.stat(names[f]));
    }
    // -N and -P: a missing top-level file (or an empty inaccessible one) counts as empty.
    for (let f = 0; f < 2; f++) {
      const side = sides[f];
      const other = sides[1 - f];
      if (!(c.newFile || (f === 0 && c.unidirectionalNewFile))) continue;
      const empty = side.state === 'unopened' && side.type === 'file' && (side.inode!.mode & 0o777) === 0 && side.size === 0;
      const missing = side.state === 'error' && side.error!.code === 'ENOENT' && parent === null && (other.state === 'unopened' || other.state === 'stdin');
      if (empty || missing) sides[f] = { name: side.name, state: 'nonexistent', type: 'file', size: 0 };
    }
    for (let f = 0; f < 2; f++) if (sides[f].state === 'nonexistent') sides[f].type = sides[1 - f].type;
    let status = 0;
    for (const side of sides) {
      if (side.state !== 'error') continue;
      await this.writer.flush();
      await this.ctx.error(`${side.name}: ${side.error!.message}`);
      status = TROUBLE;
    }
    const isDir = (f: number): boolean => sides[f].type === 'dir';
    if (status === 0 && parent === null && isDir(0) !== isDir(1)) {
      // A file and a directory: compare with the file of the same name in the directory.
      const fileSide = isDir(0) ? 1 : 0;
      const dirSide = 1 - fileSide;
      if (sides[fileSide].name === '-') throw new DiffFailure("cannot compare '-' to a directory");
      const base = sides[fileSide].name.replace(/\/+$/, '').split('/').pop()!;
      sides[dirSide] = this.stat(joinName(sides[dirSide].name, base));
      if (sides[dirSide].state === 'error') {
        await this.writer.flush();
        await this.ctx.error(`${sides[dirSide].name}: ${sides[dirSide].error!.message}`);
        status = TROUBLE;
      }
    }
    if (status !== 0) return status;
    const [a, b] = sides;
    if (a.state === 'nonexistent' && b.state === 'nonexistent') return 0;
    if (a.state !== 'nonexistent' && b.state !== 'nonexistent' && a.inode !== undefined && a.inode === b.inode) {
      status = 0; // the same file
    } else if (isDir(0) && isDir(1)) {
      if (parent !== null && !c.recursive) {
        await this.message(`Common subdirectories: ${a.name} and ${b.name}\n`);
      } else status = await this.compareDirectories(parent, sides);
    } else if (isDir(0) || isDir(1) || (parent !== null && !(a.type === 'file' && b.type === 'file'))) {
      if (a.state === 'nonexistent' || b.state === 'nonexistent') {
        if ((isDir(0) || isDir(1)) && c.recursive && (c.newFile || (c.unidirectionalNewFile && a.state === 'nonexistent'))) {
          status = await this.compareDirectories(parent, sides);
        } else {
          await this.message(`Only in ${parent!.names[a.state === 'nonexistent' ? 1 : 0]}: ${name0 ?? name1}\n`);
          status = 1;
        }
      } else {
        const label = (f: number): string => c.labels[f] ?? sides[f].name;
        await this.message(`File ${label(0)} is a ${fileType(a)} while file ${label(1)} is a ${fileType(b)}\n`);
        status = 1;
      }
    } else status = await this.compareContents(sides, parent !== null);
    if (status === 0 && c.reportIdentical && !isDir(0)) {
      await this.message(`Files ${c.labels[0] ?? a.name} and ${c.labels[1] ?? b.name} are identical\n`);
    }
    // Like GNU, let the differences out at once.
    if (status !== 0) await this.writer.flush();
    return status;
  }

  private async read(side: Side): Promise<Uint8Array | null> {
    if (side.state === 'nonexistent') return new Uint8Array(0);
    const input = side.state === 'stdin' ? this.ctx.stdin : await this.ctx.openInput(side.name);
    try {
      return await input.readAll();
    } finally {
      this.ctx.closeInput(input);
    }
  }

  private async compareContents(sides: Side[], recursive: boolean): Promise<number> {
    const contents: DiffSide[] = [];
    for (let f = 0; f < 2; f++) {
      const side = sides[f];
      let bytes: Uint8Array | null;
      try {
        bytes = f === 1 && side.state === 'stdin' && sides[0].state === 'stdin' ? contents[0].bytes : await this.read(side);
      } catch (error) {
        if (!(error instanceof Errno)) throw error;
        await this.writer.flush();
        await this.ctx.error(`${side.name}: ${error.message}`);
        return TROUBLE;
      }
      // POSIX wants the current time for standard input.
      const mtimeUs = side.state === 'stdin' || side.inode === undefined ? this.ctx.kernel.clock.nowUs : side.inode.mtimeUs;
      contents.push({ name: side.name, bytes, mtimeUs, regular: side.type === 'file' });
    }
    // Every byte is read, hashed and compared a few times over.
    await this.ctx.tick(((contents[0].bytes?.length ?? 0) + (contents[1].bytes?.length ?? 0)) * 4 * SCAN_US_PER_BYTE);
    const sameSource = sides[0].state === 'stdin' && sides[1].state === 'stdin';
    const result = diffFiles(this.ctx, this.config, [contents[0], contents[1]], sameSource, recursive);
    await this.writer.write(result.text);
    return result.status;
  }

  /** diff_dirs: the entries of both directories in name order, each pair compared. */
  private async compareDirectories(parent: Parent | null, sides: Side[]): Promise<number> {
    const inodes = sides.map((s) => (s.state === 'nonexistent' ? undefined : s.inode));
    for (let p = parent; p !== null; p = p.parent) {
      if (inodes.every((inode, f) => inode === undefined || inode === p!.inodes[f])) {
        await this.ctx.error(`${sides[inodes[0] === undefined ? 1 : 0].name}: recursive directory loop`);
        return TROUBLE;
      }
    }
    const lists: string[][] = [];
    let status = 0;
    for (let f = 0; f < 2; f++) {
      const inode = inodes[f];
      if (inode === undefined || inode.type !== 'dir') {
        lists.push([]);
        continue;
      }
      if (!this.ctx.fs.canAccess(this.ctx.proc.cred, inode, R_OK)) {
        await this.ctx.error(`${sides[f].name}: Permission denied`);
        status = TROUBLE;
      }
      lists.push([...inode.entries.keys()].sort(compareCodePoints));
    }
    if (status !== 0) return status;
    const here: Parent = { names: [sides[0].name, sides[1].name], inodes, parent };
    let i = 0;
    let j = 0;
    while (i < lists[0].length || j < lists[1].length) {
      const order = i >= lists[0].length ? 1 : j >= lists[1].length ? -1 : compareCodePoints(lists[0][i], lists[1][j]);
      const result = await this.compare(here, order > 0 ? null : lists[0][i++], order < 0 ? null : lists[1][j++]);
      status = Math.max(status, result);
      await this.ctx.tick(1);
    }
    return status;
  }
}
