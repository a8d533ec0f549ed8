// column: columnate lists (util-linux 2.38.1): entries filled into columns (default) or rows
// (-x) to the output width, or a table (-t) split on whitespace or the -s separators. The JSON,
// tree and per-column table options are not simulated.

import { defineCommand } from './command.ts';
import type { CommandContext } from './context.ts';
import { Unsupported } from './context.ts';
import { Errno } from '../kernel/errors.ts';
import type { InputReader } from '../io/input-reader.ts';
import { SCAN_US_PER_BYTE } from '../kernel/cost-model.ts';
import { displayWidth, fillColumns, fillRows, formatTable, splitCells } from './column-layout.ts';
import { utilLinuxVersion } from './text-version.ts';

const HELP = `
Usage:
 column [options] [<file>...]

Columnate lists.

Options:
 -t, --table                      create a table
 -n, --table-name <name>          table name for JSON output
 -O, --table-order <columns>      specify order of output columns
 -N, --table-columns <names>      comma separated columns names
 -l, --table-columns-limit <num>  maximal number of input columns
 -E, --table-noextreme <columns>  don't count long text from the columns to column width
 -d, --table-noheadings           don't print header
 -e, --table-header-repeat        repeat header for each page
 -H, --table-hide <columns>       don't print the columns
 -R, --table-right <columns>      right align text in these columns
 -T, --table-truncate <columns>   truncate text in the columns when necessary
 -W, --table-wrap <columns>       wrap text in the columns when necessary
 -L, --keep-empty-lines           don't ignore empty lines
 -J, --json                       use JSON output format for table

 -r, --tree <column>              column to use tree-like output for the table
 -i, --tree-id <column>           line ID to specify child-parent relation
 -p, --tree-parent <column>       parent to specify child-parent relation

 -c, --output-width <width>       width of output in number of characters
 -o, --output-separator <string>  columns separator for table output (default is two spaces)
 -s, --separator <string>         possible table delimiters
 -x, --fillrows                   fill rows before columns

 -h, --help                       display this help
 -V, --version                    display version

For more details see column(1).
`;

const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

export const column = defineCommand({
  name: 'column',
  summary: 'columnate lists',
  help: HELP,
  async run(ctx) {
    const { options, operands } = ctx.parse([
      { short: 'c', long: 'output-width', arg: 'required' },
      { long: 'columns', arg: 'required', key: 'output-width' },
      { short: 'd', long: 'table-noheadings' },
      { short: 'E', long: 'table-noextreme', arg: 'required' },
      { short: 'e', long: 'table-header-repeat' },
      { short: 'H', long: 'table-hide', arg: 'required' },
      { short: 'h' },
      { short: 'i', long: 'tree-id', arg: 'required' },
      { short: 'J', long: 'json' },
      { short: 'l', long: 'table-columns-limit', arg: 'required' },
      { short: 'L', long: 'keep-empty-lines' },
      { long: 'table-empty-lines', key: 'keep-empty-lines' },
      { short: 'N', long: 'table-columns', arg: 'required' },
      { short: 'n', long: 'table-name', arg: 'required' },
      { short: 'O', long: 'table-order', arg: 'required' },
      { short: 'o', long: 'output-separator', arg: 'required' },
      { short: 'p', long: 'tree-parent', arg: 'required' },
      { short: 'R', long: 'table-right', arg: 'required' },
      { short: 'r', long: 'tree', arg: 'required' },
      { short: 's', long: 'separator', arg: 'required' },
      { short: 'T', long: 'table-truncate', arg: 'required' },
      { short: 't', long: 'table' },
      { short: 'V', long: 'version' },
      { short: 'W', long: 'table-wrap', arg: 'required' },
      { short: 'x', long: 'fillrows' },
    ]);
    let mode: 'columns' | 'rows' | 'table' = 'columns';
    let termWidth: number | undefined;
    let separators = '\t ';
    let greedy = true;
    let outputSeparator = '  ';
    let keepEmpty = false;
    let exclusive = '';
    for (const { key, value, spelled } of options) {
      // --table and --fillrows exclude each other, whichever comes first.
      if (key === 'table' || key === 'fillrows') {
        const name = key === 'table' ? '--table' : '--fillrows';
        if (exclusive !== '' && exclusive !== name) {
          await ctx.error('mutually exclusive arguments: --table --fillrows');
          return 1;
        }
        exclusive = name;
      }
      switch (key) {
        case 'output-width': {
          const text = value!;
          const digits = /^\s*\+?[0-9]+$/.test(text);
          const number = digits ? Number(text.trim()) : NaN;
          if (!digits && !/^\s*-[0-9]+$/.test(text)) {
            await ctx.error(`invalid columns argument: '${text}'`);
            return 1;
          }
          if (!digits || number > 0xffffffff) {
            await ctx.error(`invalid columns argument: '${text}': Numerical result out of range`);
            return 1;
          }
          termWidth = number;
          break;
        }
        case 'keep-empty-lines':
          keepEmpty = true;
          break;
        case 'output-separator':
          outputSeparator = value!;
          break;
        case 'separator':
          separators = value!;
          greedy = false;
          break;
        case 'table':
          mode = 'table';
          break;
        case 'fillrows':
          mode = 'rows';
          break;
        case 'h':
          await ctx.printHelp(HELP);
          return 0;
        case 'version':
          await ctx.stdout.write(utilLinuxVersion('column'));
          return 0;
        default:
          // JSON output, trees, and the per-column table options (names, order, alignment,
          // truncation, wrapping, hiding) need libsmartcols' full layout engine.
          throw new Unsupported(spelled);
      }
    }
    termWidth ??= terminalWidth(ctx);
    const lines: string[] = [];
    let status = 0;
    for (const file of operands.length > 0 ? operands : [null]) {
      let reader: InputReader;
      try {
        reader = file === null ? ctx.stdin : await ctx.openInput(file === '-' ? './-' : file);
      } catch (error) {
        if (!(error instanceof Errno)) throw error;
        await ctx.error(`${file}: ${error.message}`);
        status = 1;
        continue;
      }
      try {
        const data = await reader.readAll();
        await ctx.tick(data.length * SCAN_US_PER_BYTE);
        lines.push(...splitLines(data));
      } catch (error) {
        if (!(error instanceof Errno)) throw error;
        await ctx.error(`read failed: ${error.message}`);
        return 1;
      } finally {
        if (file !== null) ctx.closeInput(reader);
      }
    }
    // Blank lines are dropped unless -L; the others keep their leading blanks.
    const kept = lines.filter((line) => keepEmpty || line.trim() !== '');
    if (mode === 'table') {
      if (kept.length === 0) return status;
      const rows = kept.map((line) => (line.trim() === '' ? [] : splitCells(line, separators, greedy)));
      // Only empty lines (with -L) make a table without columns, which libsmartcols fails to print.
      if (rows.every((row) => row.length === 0)) return 1;
      await ctx.stdout.write(formatTable(rows, outputSeparator));
      return status;
    }
    const entries = kept.map((line) => (line.trim() === '' ? '' : line));
    if (entries.length === 0) return status;
    const widths = entries.map(displayWidth);
    const maxLength = Math.max(...widths);
    if (maxLength >= termWidth) await ctx.stdout.write(entries.map((e) => `${e}\n`).join(''));
    else await ctx.stdout.write(mode === 'rows' ? fillRows(entries, widths, maxLength, termWidth) : fillColumns(entries, widths, maxLength, termWidth));
    return status;
  },
});

/** get_terminal_width(80): the terminal's width, else $COLUMNS, else 80. */
function terminalWidth(ctx: CommandContext): number {
  if (ctx.proc.fds.find(1)?.isTerminal()) return ctx.kernel.tty.size.cols;
  const columns = Number(ctx.getenv('COLUMNS'));
  return Number.isInteger(columns) && columns > 0 ? columns : 80;
}

/** The input's lines, with bytes that are not UTF-8 shown as \\xHH as util-linux does. */
function splitLines(data: Uint8Array): string[] {
  const lines: string[] = [];
  let start = 0;
  while (start < data.length) {
    let end = data.indexOf(0x0a, start);
    if (end < 0) end = data.length;
    lines.push(decodeLine(data.subarray(start, end)));
    start = end + 1;
  }
  return lines;
}

function decodeLine(bytes: Uint8Array): string {
  try {
    return strict.decode(bytes);
  } catch {
    let out = '';
    let i = 0;
    while (i < bytes.length) {
      let end = i + 1;
      // Take the longest valid prefix one character at a time.
      while (end <= bytes.length && end - i <= 4) {
        try {
          out += strict.decode(bytes.subarray(i, end));
          break;
        } catch {
          end++;
        }
      }
      if (end > bytes.length || end - i > 4) {
        out += `\\x${bytes[i].toString(16).padStart(2, '0')}`;
        i++;
      } else i = end;
    }
    return out || lenient.decode(bytes);
  }
}
