// comm: compare two sorted files line by line. GNU comm 9.1: three columns (-1 -2 -3 hide them),
// --output-delimiter, --total, -z, and the order checks ("file 1 is not in sorted order", fatal with
// --check-order, off with --nocheck-order). Lines are byte strings compared in byte order.

import { defineCommand } from './command.ts';
import { Unsupported, type CommandContext } from './context.ts';
import { Errno } from '../kernel/errors.ts';
import { quoteLocale, quoteName } from '../text/quote.ts';
import { ByteLineReader, ByteTextWriter, LineQueue, utf8ToByteString } from './sort-byte-lines.ts';

const HELP = `Usage: comm [OPTION]... FILE1 FILE2
Compare sorted files FILE1 and FILE2 line by line.

When FILE1 or FILE2 (not both) is -, read standard input.

With no options, produce three-column output.  Column one contains
lines unique to FILE1, column two contains lines unique to FILE2,
and column three contains lines common to both files.

  -1                      suppress column 1 (lines unique to FILE1)
  -2                      suppress column 2 (lines unique to FILE2)
  -3                      suppress column 3 (lines that appear in both files)

      --check-order       check that the input is correctly sorted, even
                            if all input lines are pairable
      --nocheck-order     do not check that the input is correctly sorted
      --output-delimiter=STR  separate columns with STR
      --total             output a summary
  -z, --zero-terminated   line delimiter is NUL, not newline
      --help        display this help and exit
      --version     output version information and exit

Note, comparisons honor the rules specified by 'LC_COLLATE'.

Examples:
  comm -12 file1 file2  Print only lines present in both file1 and file2.
  comm -3 file1 file2  Print lines in file1 not in file2, and vice versa.
`;

/** "comm: MESSAGE", status 1. */
class CommFailure extends Error {}

type CheckOrder = 'default' | 'enabled' | 'disabled';

export const comm = defineCommand({
  name: 'comm',
  summary: 'compare two sorted files line by line',
  help: HELP,
  async run(ctx) {
    const { options, operands } = ctx.parse([
      { short: '1' }, { short: '2' }, { short: '3' }, { short: 'z', long: 'zero-terminated' },
      { long: 'check-order' }, { long: 'nocheck-order' }, { long: 'output-delimiter', arg: 'required' }, { long: 'total' },
      { long: 'version' },
    ]);
    const show = [true, true, true];
    let delimiter = '\n';
    let checkOrder: CheckOrder = 'default';
    let separator: string | null = null;
    let total = false;
    for (const { key, value, spelled } of options) {
      switch (key) {
        case '1': case '2': case '3': show[Number(key) - 1] = false; break;
        case 'zero-terminated': delimiter = '\0'; break;
        case 'check-order': checkOrder = 'enabled'; break;
        case 'nocheck-order': checkOrder = 'disabled'; break;
        case 'output-delimiter':
          if (separator !== null && separator !== value) {
            await ctx.error('multiple output delimiters specified');
            return 1;
          }
          separator = value!;
          break;
        case 'total': total = true; break;
        default: throw new Unsupported(spelled);
      }
    }
    if (operands.length < 2) {
      return ctx.usageError(operands.length === 0 ? 'missing operand' : `missing operand after ${quoteLocale(operands[operands.length - 1])}`);
    }
    if (operands.length > 2) return ctx.usageError(`extra operand ${quoteLocale(operands[2])}`);
    const writer = new ByteTextWriter(ctx.stdout);
    const comparison = new Comparison(ctx, writer, { show, delimiter, checkOrder, separator: separator ?? '\t', total });
    try {
      return await comparison.run(operands[0], operands[1]);
    } catch (error) {
      if (!(error instanceof CommFailure)) throw error;
      // Like GNU's die(): the message now, buffered output when the process exits.
      await ctx.error(error.message);
      await writer.flush();
      return 1;
    }
  },
});

interface CommSettings {
  show: boolean[];
  delimiter: string;
  checkOrder: CheckOrder;
  /** The user's text; empty means a NUL byte between columns (GNU writes one byte of ""). */
  separator: string;
  total: boolean;
}

class Comparison {
  private seenUnpairable = false;
  private readonly warned = [false, false];
  private readonly columnSeparator: string;

  constructor(
    private readonly ctx: CommandContext,
    private readonly writer: ByteTextWriter,
    private readonly settings: CommSettings,
  ) {
    this.columnSeparator = settings.separator === '' ? '\0' : utf8ToByteString(settings.separator);
  }

  async run(name1: string, name2: string): Promise<number> {
    const names = [name1, name2];
    const queues: LineQueue[] = [];
    const current: (string | null)[] = [null, null];
    for (let i = 0; i < 2; i++) {
      // Both "-": the two sides share standard input, a line at a time, as they share stdio's buffer.
      if (i === 1 && names[1] === '-' && names[0] === '-') queues.push(queues[0]);
      else queues.push(new LineQueue(new ByteLineReader(await this.open(names[i]), this.ctx, this.settings.delimiter)));
      current[i] = await this.read(queues[i], names[i]);
    }
    const totals = [0, 0, 0];
    const previous: (string | null)[] = [null, null];
    const older: (string | null)[] = [null, null];
    while (current[0] !== null || current[1] !== null) {
      const a = current[0];
      const b = current[1];
      const order = a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0;
      if (order === 0) {
        totals[2]++;
        await this.writeLine(b!, 3);
      } else {
        this.seenUnpairable = true;
        if (order < 0) {
          totals[0]++;
          await this.writeLine(a!, 1);
        } else {
          totals[1]++;
          await this.writeLine(b!, 2);
        }
      }
      for (let i = 0; i < 2; i++) {
        if (i === 0 ? order > 0 : order < 0) continue;
        older[i] = previous[i];
        previous[i] = current[i];
        let line = queues[i].take();
        if (line === undefined) line = await this.read(queues[i], names[i]);
        current[i] = line;
        // At the end, look at the last two lines again: an unpairable line may have been seen since.
        const warning = line !== null ? this.checkOrder(previous[i]!, line, i)
          : older[i] !== null ? this.checkOrder(older[i]!, previous[i]!, i) : undefined;
        if (warning) await warning;
      }
    }
    if (this.settings.total) {
      const sep = this.settings.separator === '' ? '' : this.columnSeparator;
      await this.writer.write(`${totals[0]}${sep}${totals[1]}${sep}${totals[2]}${sep}total${this.settings.delimiter}`);
    }
    if (names[0] === '-' && names[1] === '-') throw new CommFailure('-: Bad file descriptor');
    if (this.warned[0] || this.warned[1]) throw new CommFailure('input is not in sorted order');
    await this.writer.flush();
    return 0;
  }

  private async open(name: string) {
    try {
      return await this.ctx.openInput(name);
    } catch (error) {
      throw failure(name, error);
    }
  }

  private async read(queue: LineQueue, name: string): Promise<string | null> {
    try {
      return await queue.next();
    } catch (error) {
      throw failure(name, error);
    }
  }

  private writeLine(line: string, column: number): Promise<void> | undefined {
    const show = this.settings.show;
    if (!show[column - 1]) return undefined;
    let prefix = '';
    if (column >= 2 && show[0]) prefix += this.columnSeparator;
    if (column === 3 && show[1]) prefix += this.columnSeparator;
    return this.writer.write(prefix + line + this.settings.delimiter);
  }

  /** Warns (once per file) when `current` sorts before `previous`; --check-order makes it fatal. */
  private checkOrder(previous: string, current: string, file: number): Promise<void> | undefined {
    const check = this.settings.checkOrder;
    if (check === 'disabled' || !(check === 'enabled' || this.seenUnpairable) || this.warned[file]) return undefined;
    if (previous <= current) return undefined;
    if (check === 'enabled') throw new CommFailure(`file ${file + 1} is not in sorted order`);
    this.warned[file] = true;
    return this.ctx.error(`file ${file + 1} is not in sorted order`);
  }
}

function failure(name: string, error: unknown): CommFailure {
  if (!(error instanceof Errno)) throw error;
  return new CommFailure(`${quoteName(name)}: ${error.message}`);
}
