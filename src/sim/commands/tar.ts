// tar: GNU tar 1.34's create (-c), list (-t) and extract (-x) on real archives (tar-ustar.ts),
// optionally through gzip (-z, and detected when reading). Errors are reported as they happen and
// end with "Exiting with failure status due to previous errors" (status 2).

import { defineCommand } from './command.ts';
import type { CommandContext } from './context.ts';
import { Errno } from '../kernel/errors.ts';
import { UsageError } from './getopt.ts';
import type { Inode } from '../fs/inode.ts';
import { gunzip, gzipMember, isGzip } from './gzip-format.ts';
import { zoneFromTz } from './date-zone.ts';
import { TAR_HELP, TAR_USAGE, TAR_VERSION } from './tar-help.ts';
import { parseTarArgs, TarUsage, trailingExcludeMessages, type TarSettings } from './tar-options.ts';
import { createArchive, TarFatal, type TarReport } from './tar-create.ts';
import { readEntries } from './tar-extract.ts';

const FAILURE = 2;
const TRY = "Try 'tar --help' or 'tar --usage' for more information.\n";

export const tar = defineCommand({
  name: 'tar',
  summary: 'an archiving utility',
  help: TAR_HELP,
  answersHelp: false,
  async run(ctx) {
    let parsed;
    try {
      parsed = parseTarArgs(ctx, { help: TAR_HELP, usage: TAR_USAGE, version: TAR_VERSION });
    } catch (error) {
      if (error instanceof TarUsage) {
        await ctx.stderr.write(`tar: ${error.message}\n${TRY}`);
        return error.status;
      }
      if (error instanceof UsageError) {
        await ctx.stderr.write(`tar: ${error.message}\n${TRY}`);
        return 64;
      }
      throw error;
    }
    if ('print' in parsed) {
      await ctx.stdout.write(parsed.print);
      return 0;
    }
    const settings = parsed;
    if (settings.mode === 'create' && settings.names.length === 0) {
      await ctx.stderr.write(`tar: Cowardly refusing to create an empty archive\n${TRY}`);
      return FAILURE;
    }
    const verboseToStderr = (settings.mode === 'create' && settings.archive === '-') || settings.toStdout;
    const report: TarReport = {
      message: async (text) => {
        await ctx.stdout.flush();
        await ctx.stderr.write(`tar: ${text}\n`);
      },
      verbose: async (text) => {
        await (verboseToStderr ? ctx.stderr : ctx.stdout).write(text);
      },
      failed: false,
      warnedPrefixes: new Set(),
      style: { zone: zoneFromTz(settings.utc ? 'UTC0' : ctx.getenv('TZ')), numericOwner: settings.numericOwner, fullTime: settings.fullTime, width: 18 },
    };
    try {
      if (settings.mode === 'create') await create(ctx, settings, report);
      else await extractOrList(ctx, settings, report);
    } catch (error) {
      if (!(error instanceof TarFatal)) throw error;
      await ctx.stderr.write('tar: Error is not recoverable: exiting now\n');
      return FAILURE;
    }
    if (report.failed) {
      await report.message('Exiting with failure status due to previous errors');
      return FAILURE;
    }
    return 0;
  },
});

async function create(ctx: CommandContext, settings: TarSettings, report: TarReport): Promise<void> {
  const trailing = trailingExcludeMessages(settings.trailingExcludes);
  if (trailing) {
    await ctx.stderr.write(trailing);
    report.failed = true;
  }
  let description;
  let archiveInode: Inode | undefined;
  if (settings.archive !== '-') {
    try {
      description = await ctx.open(settings.archive, { write: true, create: true, truncate: true }, 0o666);
      archiveInode = ctx.lookup(settings.archive);
    } catch (error) {
      if (!(error instanceof Errno)) throw error;
      await report.message(`${settings.archive}: Cannot open: ${error.message}`);
      throw new TarFatal();
    }
  }
  let archive = await createArchive(ctx, settings, report, archiveInode);
  if (settings.gzip) {
    await ctx.tick(archive.length * 0.05);
    archive = gzipMember(archive, { mtime: 0, level: 6 });
  }
  if (description) {
    await description.write(ctx.proc, archive);
    description.release();
  } else await ctx.stdout.write(archive);
}

async function extractOrList(ctx: CommandContext, settings: TarSettings, report: TarReport): Promise<void> {
  let data: Uint8Array;
  try {
    const reader = await ctx.openInput(settings.archive);
    data = await reader.readAll();
    ctx.closeInput(reader);
  } catch (error) {
    if (!(error instanceof Errno)) throw error;
    await report.message(`${settings.archive}: Cannot open: ${error.message}`);
    throw new TarFatal();
  }
  if (settings.mode === 'extract' && settings.directory !== undefined) {
    try {
      const dir = ctx.lookup(settings.directory);
      if (dir.type !== 'dir') throw new Errno('ENOTDIR');
    } catch (error) {
      if (!(error instanceof Errno)) throw error;
      await report.message(`${settings.directory}: Cannot open: ${error.message}`);
      throw new TarFatal();
    }
  }
  if (settings.gzip || isGzip(data)) {
    const result = gunzip(data);
    if (result.problems.length > 0 && result.members.length === 0 && result.output.length === 0) {
      for (const problem of result.problems) await ctx.stderr.write(`${problem.newline ? '\n' : ''}gzip: stdin: ${problem.text}\n`);
      await report.message('Child returned status 1');
      throw new TarFatal();
    }
    data = result.output;
  }
  await ctx.tick(data.length * 0.002);
  await readEntries(ctx, settings, report, data);
}
