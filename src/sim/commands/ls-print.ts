// Printing one ls listing (a directory's entries, or the file operands): each name quoted,
// colored and followed by its -F indicator, with -i/-s columns, in the long, single-column,
// column, across or comma format.

import type { CommandContext } from './context.ts';
import type { Inode } from '../fs/inode.ts';
import { stringWidth } from '../text/wcwidth.ts';
import { allocatedBlocks } from './du-blocks.ts';
import { colorOf, isColored, paint, resetSequence, type ColorSubject } from './ls-colors.ts';
import { layoutColumns, layoutCommas, type Cell } from './ls-columns.ts';
import { blocksText, longPrefixes, longRows } from './ls-long.ts';
import { quoteForLs, type QuotedName } from './ls-quote.ts';
import type { LsFile } from './ls-files.ts';
import type { LsOptions } from './ls-options.ts';

interface ListingStyle {
  /** Some name needed quotes: unquoted ones get a leading space to line up. */
  padUnquoted: boolean;
  inodeWidth: number;
  blocksWidth: number;
}

export function printListing(ctx: CommandContext, files: LsFile[], opts: LsOptions): string {
  if (files.length === 0) return '';
  const quoted = files.map((f) => quoteForLs(f.name, opts.quoting, opts.hideControl));
  const style: ListingStyle = {
    padUnquoted: alignsQuotes(opts) && quoted.some((q) => q.quoted),
    inodeWidth: Math.max(...files.map((f) => inodeText(f).length)),
    blocksWidth: Math.max(...files.map((f) => blocksOf(f, opts).length)),
  };
  const prefixOf = (f: LsFile): string =>
    (opts.inode ? `${inodeText(f).padStart(opts.format === 'commas' ? 0 : style.inodeWidth)} ` : '') +
    (opts.blocks ? `${blocksOf(f, opts).padStart(opts.format === 'commas' ? 0 : style.blocksWidth)} ` : '');
  if (opts.format === 'long') {
    const rows = longRows(ctx, files, opts);
    rows.forEach((row, i) => (row.prefix = prefixOf(files[i])));
    const prefixes = longPrefixes(rows, opts);
    return files.map((f, i) => `${prefixes[i]}${longName(f, quoted[i], prefixes[i].length, opts, style)}\n`).join('');
  }
  const cells: Cell[] = files.map((f, i) => {
    const prefix = prefixOf(f);
    const name = nameText(f, quoted[i], opts, style, 0);
    const indicator = opts.indicator === 'none' ? '' : indicatorOf(f.inode, f.type, opts);
    return { text: prefix + name.text + indicator, width: stringWidth(prefix) + name.width + indicator.length };
  });
  if (opts.format === 'single') return cells.map((c) => `${c.text}\n`).join('');
  if (opts.format === 'commas') return layoutCommas(cells, opts.width);
  return layoutColumns(cells, opts.width, opts.tabSize, opts.format === 'columns');
}

/** The width -C lays out for a name (used by --sort=width as well). */
export function displayWidth(f: LsFile, opts: LsOptions): number {
  return quoteForLs(f.name, opts.quoting, opts.hideControl).width;
}

/** "dir:" headers quote like names, and on a terminal quote a ':' in the name too. */
export function headerText(path: string, opts: LsOptions): string {
  return quoteForLs(path, opts.quoting, opts.hideControl, ':').text;
}

function alignsQuotes(opts: LsOptions): boolean {
  const layout = opts.format === 'long' || ((opts.format === 'columns' || opts.format === 'across') && opts.width > 0);
  return layout && (opts.quoting === 'shell' || opts.quoting === 'shell-escape' || opts.quoting === 'c-maybe');
}

function inodeText(f: LsFile): string {
  return f.inode ? String(f.inode.ino) : '?';
}

function blocksOf(f: LsFile, opts: LsOptions): string {
  return f.inode ? blocksText(allocatedBlocks(f.inode), opts) : '?';
}

/** The name, padded, colored (the first color of the run starts with a reset). */
function nameText(f: LsFile, quoted: QuotedName, opts: LsOptions, style: ListingStyle, startColumn: number, target = false): { text: string; width: number } {
  const pad = style.padUnquoted && !quoted.quoted && !target ? ' ' : '';
  const db = opts.colors;
  if (db === undefined) return { text: pad + quoted.text, width: pad.length + quoted.width };
  const subject: ColorSubject = target
    ? { name: f.link!.target, inode: f.link!.inode, type: f.link!.inode?.type ?? 'file', linkOk: f.link!.inode ? true : -1 }
    : { name: f.name, inode: f.inode, type: f.type, linkOk: f.link && f.inode ? f.link.inode !== undefined : true };
  const sequence = colorOf(db, subject);
  if (sequence === undefined && !isColored(db, 'no')) return { text: pad + quoted.text, width: pad.length + quoted.width };
  let text = pad;
  if (!db.used) {
    db.used = true;
    text = resetSequence(db) + text;
  }
  text += sequence === undefined ? quoted.text + resetSequence(db) : paint(db, sequence, quoted.text);
  const bytes = new TextEncoder().encode(quoted.text).length + pad.length;
  if (opts.width > 0 && Math.floor(startColumn / opts.width) !== Math.floor((startColumn + bytes - 1) / opts.width)) text += db.indicators.get('cl') ?? '';
  return { text, width: pad.length + quoted.width };
}

function longName(f: LsFile, quoted: QuotedName, column: number, opts: LsOptions, style: ListingStyle): string {
  const name = nameText(f, quoted, opts, style, column);
  if (f.inode?.type === 'symlink' && f.link) {
    const targetQuoted = quoteForLs(f.link.target, opts.quoting, opts.hideControl);
    const target = nameText(f, targetQuoted, opts, style, column + name.width + 4, true);
    const indicator = opts.indicator === 'none' || !f.link.inode ? '' : indicatorOf(f.link.inode, f.link.inode.type, opts);
    return `${name.text} -> ${target.text}${indicator}`;
  }
  return name.text + (opts.indicator === 'none' ? '' : indicatorOf(f.inode, f.type, opts));
}

/** -F's / * @ | (and -p's /, --file-type's all but *). */
function indicatorOf(inode: Inode | undefined, type: Inode['type'], opts: LsOptions): string {
  const kind = inode?.type ?? type;
  if (kind === 'file') return inode && opts.indicator === 'classify' && (inode.mode & 0o111) !== 0 ? '*' : '';
  if (kind === 'dir') return '/';
  if (opts.indicator === 'slash') return '';
  if (kind === 'symlink') return '@';
  if (kind === 'fifo') return '|';
  return '';
}
