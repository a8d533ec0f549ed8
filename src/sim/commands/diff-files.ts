// diff_2_files: two files' contents compared and reported, as diffutils 3.8 does it: binary files
// (a NUL in the first 4 KiB) only "differ", -q says "Files a and b differ", and otherwise the edit
// script is printed in the chosen style under its headers ("--- a\t2026-11-25 10:00:00.000000000 +0000").

import type { CommandContext } from './context.ts';
import { compareTexts, toLines, type DiffText } from './diff-analyze.ts';
import { ScriptPrinter } from './diff-format.ts';
import type { DiffConfig } from './diff-options.ts';
import { bytesToString, utf8ToByteString } from './sort-byte-lines.ts';
import { zoneFromTz } from './date-zone.ts';

/** One side of a comparison: its name, contents (null when it does not exist) and times. */
export interface DiffSide {
  name: string;
  bytes: Uint8Array | null;
  /** Modification time in microseconds (now, for standard input). */
  mtimeUs: number;
  regular: boolean;
}

/** What the comparison of two files printed, and its status (0 same, 1 different). */
export interface FilesResult {
  text: string;
  status: number;
}

/** Whether a file looks binary to GNU diff: a NUL byte in its first 4096 bytes. */
function isBinary(bytes: Uint8Array | null): boolean {
  return bytes !== null && bytes.subarray(0, 4096).includes(0);
}

function byteString(bytes: Uint8Array | null, stripCr: boolean): string {
  const text = bytes === null ? '' : bytesToString(bytes);
  return stripCr ? text.replace(/\r\n/g, '\n') : text;
}

/** c_escape: a name with spaces or control characters is shown in C-style double quotes. */
function escapeName(name: string): string {
  if (!/[\x00-\x1f "\\]/.test(name)) return name;
  const escapes: Record<string, string> = { '\x07': 'a', '\b': 'b', '\t': 't', '\n': 'n', '\v': 'v', '\f': 'f', '\r': 'r', '"': '"', '\\': '\\' };
  let out = '"';
  for (const c of name) {
    if (escapes[c]) out += `\\${escapes[c]}`;
    else if (c.charCodeAt(0) < 32) out += `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`;
    else out += c;
  }
  return `${out}"`;
}

/** "%Y-%m-%d %H:%M:%S.%N %z" in the process's time zone. */
function timestamp(ctx: CommandContext, us: number): string {
  const seconds = Math.floor(us / 1e6);
  const nanos = String((us - seconds * 1e6) * 1000).padStart(9, '0');
  const offset = zoneFromTz(ctx.getenv('TZ')).at(seconds).offset;
  const d = new Date((seconds + offset) * 1000);
  const two = (n: number): string => String(n).padStart(2, '0');
  const sign = offset < 0 ? '-' : '+';
  const minutes = Math.floor(Math.abs(offset) / 60);
  return `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}.${nanos} ${sign}${two(Math.floor(minutes / 60))}${two(minutes % 60)}`;
}

/**
 * Compares two existing (or -N missing) files. `sameSource` is true for "diff - -".
 * `recursive` adds the "diff -r a/x b/x" line GNU prints before each file's differences.
 */
export function diffFiles(ctx: CommandContext, config: DiffConfig, sides: [DiffSide, DiffSide], sameSource: boolean, recursive: boolean): FilesResult {
  const label = (f: number): string => config.labels[f] ?? sides[f].name;
  const [a, b] = sides;
  if (!config.text && (isBinary(a.bytes) || isBinary(b.bytes))) {
    const sizeA = a.bytes?.length ?? 0;
    const sizeB = b.bytes?.length ?? 0;
    let changes: boolean;
    if (sizeA !== sizeB && sizeA > 0 && sizeB > 0 && a.regular && b.regular) changes = true;
    else if (sameSource) changes = false;
    else changes = sizeA !== sizeB || !(a.bytes ?? new Uint8Array(0)).every((byte, i) => byte === b.bytes![i]);
    const message = `${config.brief ? 'Files' : 'Binary files'} ${label(0)} and ${label(1)} differ\n`;
    return { text: changes ? utf8ToByteString(message) : '', status: changes ? 1 : 0 };
  }
  const texts: [DiffText, DiffText] = [toLines(byteString(a.bytes, config.stripTrailingCr)), toLines(byteString(b.bytes, config.stripTrailingCr))];
  if (sameSource) texts[1] = texts[0];
  const script = compareTexts(texts[0], texts[1], {
    ignoreCase: config.ignoreCase, whiteSpace: config.whiteSpace, minimal: config.minimal,
    speedLargeFiles: config.speedLargeFiles, horizonLines: config.horizonLines,
  });
  const printer = new ScriptPrinter(texts, {
    style: config.style, context: config.context, initialTab: config.initialTab, expandTabs: config.expandTabs,
    tabSize: config.tabSize, suppressBlankEmpty: config.suppressBlankEmpty, ignoreBlankLines: config.ignoreBlankLines,
    whiteSpace: config.whiteSpace,
  });
  const changes = config.ignoreBlankLines ? script.some((change) => printer.analyze([change]).changes !== 0) : script.length > 0;
  if (!changes) return { text: '', status: 0 };
  if (config.brief) return { text: utf8ToByteString(`Files ${label(0)} and ${label(1)} differ\n`), status: 1 };
  let header = '';
  const names = sides.map((side) => escapeName(side.name));
  if (recursive) header += `diff${config.switches} ${names[0]} ${names[1]}\n`;
  if (config.style !== 'normal') {
    const marks = config.style === 'unified' ? ['---', '+++'] : ['***', '---'];
    for (let f = 0; f < 2; f++) {
      header += config.labels[f] !== undefined ? `${marks[f]} ${config.labels[f]}\n` : `${marks[f]} ${names[f]}\t${timestamp(ctx, sides[f].mtimeUs)}\n`;
    }
  }
  if (config.style === 'normal') printer.printNormal(script);
  else printer.printContext(script);
  const body = printer.take();
  // GNU prints the headers with the first hunk, so a diff whose hunks all vanish (-B) prints nothing.
  return { text: body === '' ? '' : utf8ToByteString(header) + body, status: 1 };
}
