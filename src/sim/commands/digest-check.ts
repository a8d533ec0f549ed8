// md5sum -c (and the sha*sum ones): parses each line of a checksum file the way coreutils'
// split_3 does (GNU "digest  name" / "digest *name", BSD "MD5 (name) = digest", a leading
// backslash for escaped names), verifies the files, and prints the summary warnings.

import type { CommandContext } from './context.ts';
import type { InputReader } from '../io/input-reader.ts';
import { Errno } from '../kernel/errors.ts';
import { digestFile, escapeName, quoteFile, type DigestAlgorithm } from './digest-command.ts';

export interface CheckOptions {
  ignoreMissing: boolean;
  quiet: boolean;
  status: boolean;
  strict: boolean;
  warn: boolean;
}

interface ParsedLine {
  hex: string;
  file: string;
}

export async function checkDigests(ctx: CommandContext, algorithm: DigestAlgorithm, checkFile: string, opts: CheckOptions): Promise<boolean> {
  let reader: InputReader;
  try {
    reader = await ctx.openInput(checkFile);
  } catch (error) {
    await ctx.fileError(checkFile, error);
    return false;
  }
  const fromStdin = checkFile === '-';
  const state = { bsdReversed: -1 };
  let lineNumber = 0;
  let misformatted = 0;
  let unreadable = 0;
  let mismatched = 0;
  let matched = 0;
  let properlyFormatted = false;
  try {
    for (;;) {
      const lines = await reader.nextLines();
      if (lines === null) break;
      for (let line of lines) {
        lineNumber++;
        if (line.startsWith('#')) continue;
        if (line.endsWith('\r')) line = line.slice(0, -1);
        if (line === '') continue;
        const parsed = parseLine(line, algorithm, state);
        if (parsed === undefined || (fromStdin && parsed.file === '-')) {
          misformatted++;
          if (opts.warn) await ctx.error(`${quoteFile(checkFile)}: ${lineNumber}: improperly formatted ${algorithm.tag} checksum line`);
          continue;
        }
        properlyFormatted = true;
        const shown = parsed.file.includes('\n') && !opts.status ? `\\${escapeName(parsed.file)}` : parsed.file;
        const actual = await digestFile(ctx, algorithm, parsed.file, opts.ignoreMissing);
        if (actual === undefined) {
          unreadable++;
          if (!opts.status) await ctx.stdout.write(`${shown}: FAILED open or read\n`);
          continue;
        }
        if (actual === 'missing') continue;
        const same = actual === parsed.hex.toLowerCase();
        if (same) matched++;
        else mismatched++;
        if (opts.status) continue;
        if (!same) await ctx.stdout.write(`${shown}: FAILED\n`);
        else if (!opts.quiet) await ctx.stdout.write(`${shown}: OK\n`);
      }
    }
  } catch (error) {
    if (!(error instanceof Errno)) throw error;
    await ctx.fileError(checkFile, error);
    return false;
  } finally {
    ctx.closeInput(reader);
  }
  if (!properlyFormatted) {
    await ctx.error(`${quoteFile(checkFile)}: no properly formatted checksum lines found`);
    return false;
  }
  if (!opts.status) {
    const plural = (n: number, one: string, many: string): string => `WARNING: ${n} ${n === 1 ? one : many}`;
    if (misformatted > 0) await ctx.error(plural(misformatted, 'line is improperly formatted', 'lines are improperly formatted'));
    if (unreadable > 0) await ctx.error(plural(unreadable, 'listed file could not be read', 'listed files could not be read'));
    if (mismatched > 0) await ctx.error(plural(mismatched, 'computed checksum did NOT match', 'computed checksums did NOT match'));
    if (opts.ignoreMissing && matched === 0) await ctx.error(`${quoteFile(checkFile)}: no file was verified`);
  }
  return mismatched === 0 && unreadable === 0 && (!opts.strict || misformatted === 0) && (!opts.ignoreMissing || matched > 0);
}

const isWhite = (c: string | undefined): boolean => c === ' ' || c === '\t';

/** coreutils' split_3: the digest and file name of a line, or undefined when it is malformed. */
function parseLine(line: string, algorithm: DigestAlgorithm, state: { bsdReversed: number }): ParsedLine | undefined {
  const hexLength = algorithm.bits / 4;
  let i = 0;
  while (isWhite(line[i])) i++;
  let escaped = false;
  if (line[i] === '\\') {
    i++;
    escaped = true;
  }
  if (line.startsWith(algorithm.tag, i)) {
    i += algorithm.tag.length;
    if (line[i] === ' ') i++;
    if (line[i] !== '(') return undefined;
    return parseBsd(line.slice(i + 1), hexLength, escaped);
  }
  if (line.length - i < hexLength + 2 + (line[i] === '\\' ? 1 : 0)) return undefined;
  const hex = line.slice(i, i + hexLength);
  i += hexLength;
  if (!isWhite(line[i])) return undefined;
  i++;
  if (!isHex(hex, hexLength)) return undefined;
  if (line.length - i === 1 || (line[i] !== ' ' && line[i] !== '*')) {
    // "digest name" with a single blank: the reversed BSD form, never mixed with the GNU one.
    if (state.bsdReversed === 0) return undefined;
    state.bsdReversed = 1;
  } else if (state.bsdReversed !== 1) {
    state.bsdReversed = 0;
    i++;
  }
  const file = escaped ? unescapeName(line.slice(i)) : line.slice(i);
  return file === undefined ? undefined : { hex, file };
}

function parseBsd(rest: string, hexLength: number, escaped: boolean): ParsedLine | undefined {
  const close = rest.lastIndexOf(')');
  if (rest === '' || close < 0) return undefined;
  const file = escaped ? unescapeName(rest.slice(0, close)) : rest.slice(0, close);
  if (file === undefined) return undefined;
  let i = close + 1;
  while (isWhite(rest[i])) i++;
  if (rest[i] !== '=') return undefined;
  i++;
  while (isWhite(rest[i])) i++;
  const hex = rest.slice(i);
  return isHex(hex, hexLength) ? { hex, file } : undefined;
}

function isHex(text: string, length: number): boolean {
  return text.length === length && /^[0-9a-fA-F]*$/.test(text);
}

/** \\ \n \r back to the characters; any other escape makes the line malformed. */
function unescapeName(text: string): string | undefined {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '\\') {
      out += text[i];
      continue;
    }
    const next = text[++i];
    if (next === '\\') out += '\\';
    else if (next === 'n') out += '\n';
    else if (next === 'r') out += '\r';
    else return undefined;
  }
  return out;
}
