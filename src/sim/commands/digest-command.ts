// What md5sum, sha1sum and sha256sum share (coreutils' digest.c): printing "digest  name" lines
// (or BSD-style "MD5 (name) = digest" with --tag), and -c, which reads such lines back, recomputes
// each file's digest and reports OK / FAILED with the same warnings and exit status.

import { defineCommand, type Command } from './command.ts';
import type { CommandContext } from './context.ts';
import { Errno } from '../kernel/errors.ts';
import { SCAN_US_PER_BYTE, SYSCALL_US } from '../kernel/cost-model.ts';
import { quoteName } from '../text/quote.ts';
import type { Digest } from './digest-block.ts';
import { checkDigests, type CheckOptions } from './digest-check.ts';

export interface DigestAlgorithm {
  /** "md5sum" */
  name: string;
  /** "MD5": the tag of BSD-style lines and of messages. */
  tag: string;
  bits: number;
  /** "RFC 1321" */
  standard: string;
  create(): Digest;
}

export function digestCommand(algorithm: DigestAlgorithm): Command {
  return defineCommand({
    name: algorithm.name,
    summary: `compute and check ${algorithm.tag} message digest`,
    help: digestHelp(algorithm),
    async run(ctx) {
      const { options, operands } = ctx.parse([
        { short: 'b', long: 'binary' },
        { short: 'c', long: 'check' },
        { long: 'tag' },
        { short: 't', long: 'text' },
        { short: 'z', long: 'zero' },
        { long: 'ignore-missing' },
        { long: 'quiet' },
        { long: 'status' },
        { long: 'strict' },
        { short: 'w', long: 'warn' },
      ]);
      let binary = -1; // GNU's tri-state: unset, text (0) or binary (1)
      let check = false;
      let tag = false;
      let zero = false;
      const checkOptions: CheckOptions = { ignoreMissing: false, quiet: false, status: false, strict: false, warn: false };
      const checkOnly: string[] = [];
      for (const { key } of options) {
        if (key === 'binary') binary = 1;
        else if (key === 'text') binary = 0;
        else if (key === 'check') check = true;
        else if (key === 'tag') [tag, binary] = [true, 1];
        else if (key === 'zero') zero = true;
        else {
          checkOnly.push(key);
          if (key === 'ignore-missing') checkOptions.ignoreMissing = true;
          else if (key === 'quiet') [checkOptions.quiet, checkOptions.status, checkOptions.warn] = [true, false, false];
          else if (key === 'status') [checkOptions.status, checkOptions.quiet, checkOptions.warn] = [true, false, false];
          else if (key === 'strict') checkOptions.strict = true;
          else if (key === 'warn') [checkOptions.warn, checkOptions.status, checkOptions.quiet] = [true, false, false];
        }
      }
      if (tag && binary === 0) return ctx.usageError('--tag does not support --text mode');
      if (zero && check) return ctx.usageError('the --zero option is not supported when verifying checksums');
      if (tag && check) return ctx.usageError('the --tag option is meaningless when verifying checksums');
      if (binary >= 0 && check) return ctx.usageError('the --binary and --text options are meaningless when verifying checksums');
      for (const key of ['ignore-missing', 'status', 'warn', 'quiet', 'strict']) {
        if (!check && checkOnly.includes(key)) return ctx.usageError(`the --${key} option is meaningful only when verifying checksums`);
      }
      const files = operands.length > 0 ? operands : ['-'];
      let ok = true;
      for (const file of files) {
        if (check) ok = (await checkDigests(ctx, algorithm, file, checkOptions)) && ok;
        else ok = (await printDigest(ctx, algorithm, file, { binary: binary === 1 && !tag, tag, zero })) && ok;
      }
      return ok ? 0 : 1;
    },
  });
}

async function printDigest(ctx: CommandContext, algorithm: DigestAlgorithm, file: string, format: { binary: boolean; tag: boolean; zero: boolean }): Promise<boolean> {
  const digest = await digestFile(ctx, algorithm, file);
  if (digest === undefined) return false;
  const escape = !format.zero && /[\\\n\r]/.test(file);
  const name = escape ? escapeName(file) : file;
  const line = format.tag ? `${algorithm.tag} (${name}) = ${digest}` : `${digest} ${format.binary ? '*' : ' '}${name}`;
  await ctx.stdout.write(`${escape ? '\\' : ''}${line}${format.zero ? '\0' : '\n'}`);
  return true;
}

/** The hex digest of a file ("-" is standard input), or undefined after reporting why not. */
export async function digestFile(ctx: CommandContext, algorithm: DigestAlgorithm, file: string, missingOk = false): Promise<string | undefined | 'missing'> {
  let reader;
  try {
    reader = await ctx.openInput(file);
  } catch (error) {
    if (missingOk && error instanceof Errno && error.code === 'ENOENT') return 'missing';
    await ctx.fileError(file, error);
    return undefined;
  }
  const digest = algorithm.create();
  try {
    for (;;) {
      const chunk = await reader.read();
      if (chunk.length === 0) break;
      await ctx.tick(SYSCALL_US + chunk.length * SCAN_US_PER_BYTE);
      digest.update(chunk);
    }
  } catch (error) {
    await ctx.fileError(file, error);
    return undefined;
  } finally {
    ctx.closeInput(reader);
  }
  let hex = '';
  for (const byte of digest.digest()) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** Backslash, newline and carriage return as \\, \n and \r (the line then starts with a backslash). */
export function escapeName(name: string): string {
  return name.replace(/[\\\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\n' ? '\\n' : '\\r'));
}

export function quoteFile(file: string): string {
  return quoteName(file === '-' ? 'standard input' : file);
}

function digestHelp(a: DigestAlgorithm): string {
  return `Usage: ${a.name} [OPTION]... [FILE]...
Print or check ${a.tag} (${a.bits}-bit) checksums.

With no FILE, or when FILE is -, read standard input.
  -b, --binary          read in binary mode
  -c, --check           read checksums from the FILEs and check them
      --tag             create a BSD-style checksum
  -t, --text            read in text mode (default)
  -z, --zero            end each output line with NUL, not newline,
                          and disable file name escaping

The following five options are useful only when verifying checksums:
      --ignore-missing  don't fail or report status for missing files
      --quiet           don't print OK for each successfully verified file
      --status          don't output anything, status code shows success
      --strict          exit non-zero for improperly formatted checksum lines
  -w, --warn            warn about improperly formatted checksum lines

      --help        display this help and exit
      --version     output version information and exit

The sums are computed as described in ${a.standard}.
When checking, the input should be a former output of this program.
The default mode is to print a line with: checksum, a space,
a character indicating input mode ('*' for binary, ' ' for text
or where binary is insignificant), and name for each FILE.

Note: There is no difference between binary mode and text mode on GNU systems.
`;
}
