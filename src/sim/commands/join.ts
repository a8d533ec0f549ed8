// join: join lines of two files on a common field. GNU join 9.1: -1/-2/-j, -a/-v, -e, -o (and
// -o auto), -t, -i, --header, -z, and the order checks ("join: a:3: is not sorted: ..."), a warning
// by default, fatal with --check-order, off with --nocheck-order. Fields are byte strings.

import { defineCommand } from './command.ts';
import type { CommandContext } from './context.ts';
import { Errno } from '../kernel/errors.ts';
import { quoteName } from '../text/quote.ts';
import { ByteLineReader, ByteTextWriter, LineQueue, stringToBytes, utf8ToByteString } from './sort-byte-lines.ts';
import { HelpRequested, JoinFailure, parseJoinOptions, type JoinConfig } from './join-options.ts';
import { HELP } from './join-help.ts';

export const join = defineCommand({
  name: 'join',
  summary: 'join lines of two files on a common field',
  help: HELP,
  answersHelp: false,
  async run(ctx) {
    let joiner: Joiner | undefined;
    try {
      const config = parseJoinOptions(ctx.args);
      joiner = new Joiner(ctx, config);
      return await joiner.run();
    } catch (error) {
      if (error instanceof HelpRequested) {
        await ctx.printHelp(HELP);
        return 0;
      }
      if (!(error instanceof JoinFailure)) throw error;
      // Like GNU's die(): the message now, buffered output when the process exits.
      await ctx.error(error.message);
      await joiner?.writer.flush();
      return 1;
    }
  },
});

interface JoinLine {
  text: string;
  fields: string[];
}

/** GNU's uni_blank: the missing side of an unpaired line. */
const BLANK: JoinLine = { text: '', fields: [] };

function isBlank(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n';
}

/** xfields: a line's fields, split at the -t byte or at runs of blanks. */
function splitFields(text: string, tab: string | null): string[] {
  if (text === '') return [];
  if (tab === '\n') return [text];
  if (tab !== null) return text.split(tab);
  const fields: string[] = [];
  const end = text.length;
  let at = 0;
  while (isBlank(text[at])) if (++at === end) return fields;
  do {
    let sep = at + 1;
    while (sep !== end && !isBlank(text[sep])) sep++;
    fields.push(text.slice(at, sep));
    if (sep === end) return fields;
    for (at = sep + 1; at !== end && isBlank(text[at]); at++);
  } while (at !== end);
  // Trailing blanks leave an empty last field, as in GNU.
  fields.push('');
  return fields;
}

function upper(code: number): number {
  return code >= 0x61 && code <= 0x7a ? code - 0x20 : code;
}

class Joiner {
  readonly writer: ByteTextWriter;
  private readonly queues: LineQueue[] = [];
  private readonly lineNumbers = [0, 0];
  private readonly previous: (JoinLine | null)[] = [null, null];
  private readonly warned = [false, false];
  private seenUnpairable = false;
  private autocount = [0, 0];
  private readonly separator: string;
  private readonly filler: string | null;

  constructor(
    private readonly ctx: CommandContext,
    private readonly config: JoinConfig,
  ) {
    this.writer = new ByteTextWriter(ctx.stdout);
    this.separator = config.tab ?? ' ';
    this.filler = config.emptyFiller === null ? null : utf8ToByteString(config.emptyFiller);
  }

  private fieldOf(line: JoinLine, which: number): string {
    const n = which === 0 ? this.config.field1 : this.config.field2;
    return n < line.fields.length ? line.fields[n] : '';
  }

  /** keycmp: the join fields of line1 (file 1) and line2 (file 2), or of two lines of one file. */
  private compareKeys(line1: JoinLine, which1: number, line2: JoinLine, which2: number): number {
    const a = this.fieldOf(line1, which1);
    const b = this.fieldOf(line2, which2);
    if (a === '') return b === '' ? 0 : -1;
    if (b === '') return 1;
    if (this.config.ignoreCase) {
      const length = Math.min(a.length, b.length);
      for (let i = 0; i < length; i++) {
        const diff = upper(a.charCodeAt(i)) - upper(b.charCodeAt(i));
        if (diff !== 0) return diff;
      }
      return a.length - b.length;
    }
    return a < b ? -1 : a > b ? 1 : 0;
  }

  async run(): Promise<number> {
    const { names } = this.config;
    for (let which = 0; which < 2; which++) {
      let input;
      try {
        input = await this.ctx.openInput(names[which]);
      } catch (error) {
        if (!(error instanceof Errno)) throw error;
        throw new JoinFailure(`${quoteName(names[which])}: ${error.message}`);
      }
      this.queues.push(new LineQueue(new ByteLineReader(input, this.ctx, this.config.eol)));
    }
    // GNU's errno here is left over from an earlier failed lookup.
    if (names[0] === '-' && names[1] === '-') throw new JoinFailure('both files cannot be standard input: No such file or directory');
    await this.join();
    if (this.warned[0] || this.warned[1]) throw new JoinFailure('input is not in sorted order');
    await this.writer.flush();
    return 0;
  }

  /**
   * get_line: the next line of a file, checked for order against the one before. It answers at
   * once while the current batch of lines lasts (a promise only when more must be read or a
   * warning written), so that a million lines do not cost a million awaits.
   */
  private getLine(which: number): JoinLine | null | Promise<JoinLine | null> {
    const text = this.queues[which].take();
    if (text === undefined) return this.readLine(which);
    return this.accept(which, text);
  }

  private async readLine(which: number): Promise<JoinLine | null> {
    let text: string | null;
    try {
      text = await this.queues[which].next();
    } catch (error) {
      if (!(error instanceof Errno)) throw error;
      throw new JoinFailure(`read error: ${error.message}`);
    }
    return this.accept(which, text);
  }

  private accept(which: number, text: string | null): JoinLine | null | Promise<JoinLine | null> {
    if (text === null) return null;
    this.lineNumbers[which]++;
    const line: JoinLine = { text, fields: splitFields(text, this.config.tab) };
    const previous = this.previous[which];
    this.previous[which] = line;
    const warning = previous === null ? undefined : this.checkOrder(previous, line, which);
    return warning === undefined ? line : warning.then(() => line);
  }

  private checkOrder(previous: JoinLine, current: JoinLine, which: number): Promise<void> | undefined {
    const check = this.config.checkOrder;
    if (check === 'disabled' || !(check === 'enabled' || this.seenUnpairable) || this.warned[which]) return undefined;
    if (this.compareKeys(previous, which, current, which) <= 0) return undefined;
    const message = `${this.config.names[which]}:${this.lineNumbers[which]}: is not sorted: `;
    if (check === 'enabled') throw new JoinFailure(message + current.text);
    this.warned[which] = true;
    return this.ctx.stderr.write(stringToBytes(`${utf8ToByteString(`${this.ctx.name}: ${message}`)}${current.text}\n`));
  }

  /** advance_seq: reads the next line into seq (emptied first when `first`); false at the end. */
  private advance(seq: JoinLine[], first: boolean, which: number): boolean | Promise<boolean> {
    if (first) seq.length = 0;
    const line = this.getLine(which);
    if (line instanceof Promise) return line.then((l) => this.push(seq, l));
    return this.push(seq, line);
  }

  private push(seq: JoinLine[], line: JoinLine | null): boolean {
    if (line === null) return false;
    seq.push(line);
    return true;
  }

  private async join(): Promise<void> {
    const c = this.config;
    const seq1: JoinLine[] = [];
    const seq2: JoinLine[] = [];
    await this.advance(seq1, true, 0);
    await this.advance(seq2, true, 1);
    if (c.autoformat) this.autocount = [seq1.length ? seq1[0].fields.length : 0, seq2.length ? seq2[0].fields.length : 0];
    if (c.header && (seq1.length || seq2.length)) {
      await (this.print(seq1.length ? seq1[0] : BLANK, seq2.length ? seq2[0] : BLANK));
      this.previous[0] = this.previous[1] = null;
      if (seq1.length) await this.advance(seq1, true, 0);
      if (seq2.length) await this.advance(seq2, true, 1);
    }
    // In the loop, only what is a promise is awaited: the per-line work stays synchronous.
    while (seq1.length && seq2.length) {
      const diff = this.compareKeys(seq1[0], 0, seq2[0], 1);
      if (diff !== 0) {
        if (diff < 0 ? c.printUnpaired1 : c.printUnpaired2) {
          const pending = diff < 0 ? this.print(seq1[0], BLANK) : this.print(BLANK, seq2[0]);
          if (pending) await pending;
        }
        const more = diff < 0 ? this.advance(seq1, true, 0) : this.advance(seq2, true, 1);
        if (more instanceof Promise) await more;
        this.seenUnpairable = true;
        continue;
      }
      // Gather the lines of each file that share this join field.
      let eof1 = false;
      do {
        let more = this.advance(seq1, false, 0);
        if (more instanceof Promise) more = await more;
        if (!more) {
          eof1 = true;
          break;
        }
      } while (this.compareKeys(seq1[seq1.length - 1], 0, seq2[0], 1) === 0);
      let eof2 = false;
      do {
        let more = this.advance(seq2, false, 1);
        if (more instanceof Promise) more = await more;
        if (!more) {
          eof2 = true;
          break;
        }
      } while (this.compareKeys(seq1[0], 0, seq2[seq2.length - 1], 1) === 0);
      const count1 = eof1 ? seq1.length : seq1.length - 1;
      const count2 = eof2 ? seq2.length : seq2.length - 1;
      if (c.printPairables) {
        for (let i = 0; i < count1; i++) {
          for (let j = 0; j < count2; j++) {
            const pending = this.print(seq1[i], seq2[j]);
            if (pending) await pending;
          }
        }
      }
      // Keep only the line that ended the group (it starts the next one).
      for (const [seq, eof] of [[seq1, eof1], [seq2, eof2]] as const) {
        if (!eof) seq[0] = seq[seq.length - 1];
        seq.length = eof ? 0 : 1;
      }
    }
    // Read the rest of each file, to print unpaired lines or at least to check the order.
    const checkTail = c.checkOrder !== 'disabled' && !(this.warned[0] && this.warned[1]);
    for (const [which, seq, other, unpaired] of [[0, seq1, seq2, c.printUnpaired1], [1, seq2, seq1, c.printUnpaired2]] as const) {
      if (!((unpaired || checkTail) && seq.length)) continue;
      if (unpaired) await (which === 0 ? this.print(seq[0], BLANK) : this.print(BLANK, seq[0]));
      if (other.length) this.seenUnpairable = true;
      for (;;) {
        let line = this.getLine(which);
        if (line instanceof Promise) line = await line;
        if (line === null) break;
        if (unpaired) {
          const pending = which === 0 ? this.print(line, BLANK) : this.print(BLANK, line);
          if (pending) await pending;
        }
        if (this.warned[which] && !unpaired) break;
      }
    }
  }

  private field(n: number, line: JoinLine): string {
    const text = n < line.fields.length ? line.fields[n] : '';
    return text !== '' ? text : (this.filler ?? '');
  }

  /** prjoin: one output line from line1 and line2 (either may be BLANK). */
  private print(line1: JoinLine, line2: JoinLine): Promise<void> | undefined {
    const c = this.config;
    const parts: string[] = [];
    if (c.outputFields.length > 0) {
      for (const { file, field } of c.outputFields) {
        if (file === 0) parts.push(line1 === BLANK ? this.field(c.field2, line2) : this.field(c.field1, line1));
        else parts.push(this.field(field, file === 1 ? line1 : line2));
      }
    } else {
      parts.push(line1 === BLANK ? this.field(c.field2, line2) : this.field(c.field1, line1));
      for (const [line, joinField, autocount] of [[line1, c.field1, this.autocount[0]], [line2, c.field2, this.autocount[1]]] as const) {
        const count = c.autoformat ? autocount : line.fields.length;
        for (let i = 0; i < count; i++) if (i !== joinField) parts.push(this.field(i, line));
      }
    }
    return this.writer.write(parts.join(this.separator) + c.eol);
  }
}
