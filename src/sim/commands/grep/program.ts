// grep's main(): options, patterns, what -q/-l/-L/-c imply for each other, colors, then every file
// operand; exit status 0 if a line was selected, 1 if none, 2 on error (unless -q matched).

import type { CommandContext } from '../context.ts';
import { Errno } from '../../kernel/errors.ts';
import { decodeBytes } from '../../text/byte-text.ts';
import type { Inode } from '../../fs/inode.ts';
import { RegularFileDescription } from '../../fs/open-file.ts';
import { CharDeviceDescription } from '../../fs/open-file.ts';
import { GrepUsageError, parseGrepArgs, type GrepOptions } from './options.ts';
import { addPatterns, compilePatterns, type PatternLine } from './patterns.ts';
import { DEFAULT_COLORS, LinePrinter, type Colors } from './printer.ts';
import { InputSearch, QuitOnMatch, utf8Length, type SearchConfig, type SharedState } from './searcher.ts';
import { FileWalker } from './walker.ts';

const USAGE = 'Usage: grep [OPTION]... PATTERNS [FILE]...\n';

export interface GrepTexts {
  help: string;
  version: string;
}

/** Runs grep with `args`; messages are prefixed with `name` (egrep and fgrep run it as "grep"). */
export async function runGrep(ctx: CommandContext, args: string[], name: string, texts: GrepTexts): Promise<number> {
  const say = async (message: string): Promise<void> => {
    // Like error(3), flush what is already printed first so messages land after it.
    await ctx.stdout.flush();
    await ctx.stderr.write(`${name}: ${message}\n`);
  };
  const usage = async (): Promise<number> => {
    await ctx.stderr.write(`${USAGE}Try '${name} --help' for more information.\n`);
    return 2;
  };
  let o: GrepOptions;
  try {
    o = parseGrepArgs(args);
  } catch (error) {
    if (!(error instanceof GrepUsageError)) throw error;
    await say(error.message);
    if (error.withUsage) await usage();
    return error.status;
  }
  for (const warning of o.warnings) await say(warning);
  if (o.showVersion) {
    await ctx.stdout.write(texts.version);
    return 0;
  }
  if (o.showHelp) {
    await ctx.stdout.write(texts.help);
    return 0;
  }

  // Patterns, one per line, duplicates dropped.
  const patterns: PatternLine[] = [];
  const seen = new Set<string>();
  let patternChars = 0;
  for (const source of o.patterns) {
    let text = source.value;
    if (source.kind === 'file') {
      try {
        const reader = await ctx.openInput(text);
        try {
          text = decodeBytes(await reader.readAll()).text;
        } finally {
          ctx.closeInput(reader);
        }
      } catch (error) {
        if (!(error instanceof Errno)) throw error;
        await say(`${source.value}: ${error.message}`);
        return 2;
      }
      if (text === '') continue;
      if (text.endsWith('\n')) text = text.slice(0, -1);
    }
    patternChars += text.length + 1;
    addPatterns(patterns, seen, text, source.kind === 'file' ? source.value : '');
  }
  const operands = [...o.operands];
  if (o.patternFromOperand) {
    if (operands.length === 0) return usage();
    let pattern = operands.shift()!;
    // "grep '\-x'" avoids the option reading; grep drops the backslash.
    if (o.matcher !== 'F' && pattern.startsWith('\\-')) pattern = pattern.slice(1);
    patternChars += pattern.length + 1;
    addPatterns(patterns, seen, pattern, '');
  }
  let invert = o.invert;
  let { words, lines } = o;
  if (patternChars === 0) {
    // No pattern at all (-f /dev/null): nothing matches.
    invert = !invert;
    words = lines = false;
    addPatterns(patterns, seen, '', '');
  }

  // -q overrides -l and -L, which override -c.
  const listFiles = o.quiet ? 'none' : o.listFiles;
  const countMatches = o.quiet || listFiles !== 'none' ? false : o.count;
  const doneOnMatch = o.quiet || listFiles !== 'none';
  const outQuiet = countMatches || doneOnMatch;
  const emptyKeys = patterns.length === 1 && patterns[0].text === '';
  if ((o.maxCount === 0 || (emptyKeys && invert && !lines && !words)) && listFiles !== 'nonmatching') return 1;

  const eol = o.nullData ? '\0' : '\n';
  const compiled = compilePatterns(patterns, { matcher: o.matcher, icase: o.icase, words, lines, eol });
  for (const message of compiled.errors) await say(message);
  if (compiled.errors.length > 0) return 2;
  for (const warning of compiled.warnings) await say(warning);
  const matcher = compiled.matcher!;

  const colors = await chooseColors(ctx, o.color, say);
  const operandCount = operands.length;
  const recursing = o.directories === 'recurse';
  let outFile = o.filenameOption === 0 && operandCount <= 1 ? (recursing ? -1 : 0) : o.filenameOption >= 0 ? 1 : 0;
  const omitDotSlash = operandCount === 0 && recursing && o.recursiveOption;
  if (operands.length === 0) operands.push(omitDotSlash ? '.' : '-');

  // --exclude-from files become exclude patterns in their place.
  const fileFilters: { glob: string; include: boolean }[] = [];
  for (const filter of o.fileFilters) {
    if (!('from' in filter)) {
      fileFilters.push(filter);
      continue;
    }
    try {
      const reader = await ctx.openInput(filter.from);
      const text = decodeBytes(await reader.readAll()).text;
      ctx.closeInput(reader);
      for (const glob of text.split('\n')) if (glob !== '') fileFilters.push({ glob, include: false });
    } catch (error) {
      if (!(error instanceof Errno)) throw error;
      await say(`${filter.from}: ${error.message}`);
      return 2;
    }
  }

  const config: SearchConfig = {
    eol, invert, maxCount: o.maxCount, countMatches, outQuiet, doneOnMatch, exitOnMatch: o.quiet,
    before: o.before, after: o.after, groupSeparator: o.groupSeparator,
    separatorColor: colors && colors.separator ? (text) => `${colors.sgrStart(colors.separator)}${text}${colors.sgrEnd}` : null,
    binaryFiles: o.binaryFiles, needLineNumbers: o.lineNumber || o.before >= 0 || o.after >= 0,
    needByteOffsets: o.byteOffset, lineBuffered: o.lineBuffered,
  };
  const shared: SharedState = { used: false };
  const stdoutFile = ctx.proc.fds.find(1);
  let errorSeen = false;
  const paintName = (text: string): string => (colors && colors.filename ? `${colors.sgrStart(colors.filename)}${text}${colors.sgrEnd}` : text);
  const paintSep = (text: string): string => (colors && colors.separator ? `${colors.sgrStart(colors.separator)}${text}${colors.sgrEnd}` : text);

  const walker = new FileWalker(
    ctx,
    { directories: o.directories, dereference: o.dereference, devices: o.devices, fileFilters, dirExcludes: o.dirExcludes, omitDotSlash },
    {
      firstOperand: (isDir) => {
        if (outFile < 0) outFile = isDir ? 1 : 0;
      },
      fileError: async (file, error, message) => {
        errorSeen = true;
        if (!o.noMessages) await say(`${file}: ${message ?? error.message}`);
      },
      search: async (reader, file, inode: Inode | null) => {
        if (!outQuiet && listFiles === 'none' && o.maxCount > 1 && inode?.type === 'file' && stdoutFile instanceof RegularFileDescription && stdoutFile.inode === inode) {
          errorSeen = true;
          if (!o.noMessages) await say(`${file}: input file is also the output`);
          return true;
        }
        const offsetWidth = o.initialTab ? String(inode?.type === 'file' ? ctx.fs.stat(inode).size + (o.lineNumber ? 1 : 0) : '9223372036854775807').length : 0;
        const printer = new LinePrinter(
          {
            filename: outFile > 0 ? file : null, nullAfterName: o.nullAfterName, lineNumber: o.lineNumber, byteOffset: o.byteOffset,
            initialTab: o.initialTab, offsetWidth, onlyMatching: o.onlyMatching, invert, colors,
            suppressEncodingErrors: o.binaryFiles !== 'text', eol,
          },
          matcher.extent,
          utf8Length,
        );
        let count = 0;
        try {
          const outcome = await new InputSearch(ctx, matcher, printer, config, shared).run(reader);
          count = outcome.count;
          if (outcome.binaryMatches) await say(`${file}: binary file matches`);
        } catch (error) {
          if (!(error instanceof Errno)) throw error;
          errorSeen = true;
          if (!o.noMessages) await say(`${file}: ${error.message}`);
        }
        if (countMatches) {
          const head = outFile > 0 ? paintName(file) + (o.nullAfterName ? '\0' : paintSep(':')) : '';
          await ctx.stdout.write(`${head}${count}\n`);
        }
        if (listFiles === (count === 0 ? 'nonmatching' : 'matching')) await ctx.stdout.write(`${paintName(file)}${o.nullAfterName ? '\0' : '\n'}`);
        if (o.lineBuffered) await ctx.stdout.flush();
        return count === 0;
      },
    },
  );

  let status = true;
  try {
    for (const operand of operands) status = (await walker.operand(operand, o.label ?? '(standard input)')) && status;
  } catch (error) {
    if (error instanceof QuitOnMatch) return 0;
    throw error;
  }
  return errorSeen ? 2 : status ? 1 : 0;
}

/** --color: on a terminal with "auto"; GREP_COLORS (and the old GREP_COLOR) change the defaults. */
async function chooseColors(ctx: CommandContext, when: GrepOptions['color'], say: (m: string) => Promise<void>): Promise<Colors | null> {
  if (when === 'never') return null;
  if (when === 'auto') {
    const out = ctx.proc.fds.find(1);
    const term = ctx.getenv('TERM');
    const tty = out !== undefined && !(out instanceof CharDeviceDescription) && out.isTerminal();
    if (!tty || term === undefined || term === 'dumb') return null;
  }
  const colors: Colors = { ...DEFAULT_COLORS, reverse: false, sgrStart: (code) => `\x1b[${code}m\x1b[K`, sgrEnd: '\x1b[m\x1b[K' };
  const legacy = ctx.getenv('GREP_COLOR');
  let legacyUsed = false;
  if (legacy && /^[0-9;]+$/.test(legacy)) {
    colors.selectedMatch = colors.contextMatch = legacy;
    legacyUsed = true;
  }
  const spec = ctx.getenv('GREP_COLORS');
  if (spec) {
    for (const item of spec.split(':')) {
      const [key, value] = item.split('=', 2) as [string, string | undefined];
      if (value !== undefined && !/^[0-9;]*$/.test(value)) break;
      const set = (field: keyof typeof DEFAULT_COLORS): void => {
        if (value !== undefined) colors[field] = value;
      };
      switch (key) {
        case 'mt': if (value !== undefined) colors.selectedMatch = colors.contextMatch = value; break;
        case 'ms': set('selectedMatch'); break;
        case 'mc': set('contextMatch'); break;
        case 'fn': set('filename'); break;
        case 'ln': set('lineNumber'); break;
        case 'bn': set('byteOffset'); break;
        case 'se': set('separator'); break;
        case 'sl': set('selectedLine'); break;
        case 'cx': set('contextLine'); break;
        case 'rv': colors.reverse = true; break;
        case 'ne':
          colors.sgrStart = (code) => `\x1b[${code}m`;
          colors.sgrEnd = '\x1b[m';
          break;
      }
    }
  }
  if (legacyUsed && (colors.selectedMatch === legacy || colors.contextMatch === legacy)) {
    await say(`warning: GREP_COLOR='${legacy}' is deprecated; use GREP_COLORS='mt=${legacy}'`);
  }
  return colors;
}
