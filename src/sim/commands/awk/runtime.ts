// The state a running awk program shares with its compiled closures: variables, the current
// record, the special variables (NR, FS, OFS...), redirections, and the CPU checkpoint that lets
// long loops yield. Closures read and write these fields directly; that is the fast path.

import type { CommandContext } from '../context.ts';
import { Prng } from '../../kernel/prng.ts';
import type { Where } from './ast.ts';
import { AwkFatal, label } from './errors.ts';
import { Fields } from './fields.ts';
import { AwkIO } from './io.ts';
import type { RecordMode } from './records.ts';
import { RegexCache } from './regex.ts';
import { splitBlanks, splitChars, splitOnChar, splitOnRegex, withNewlines, type Splitter } from './split.ts';
import type { AwkArray } from './array.ts';
import { toNum, toStr, UNINIT, type Value } from './values.ts';
import type { MainInput } from './main-input.ts';

/** Loop iterations (and calls) between two CPU checkpoints. */
export const STEPS_PER_CHECKPOINT = 2048;
/** Virtual CPU for one loop iteration or call, in microseconds. */
const STEP_US = 0.025;

export class Runtime {
  /** Global scalars and arrays, by slot. */
  readonly G: Value[] = [];
  readonly A: AwkArray[] = [];
  /** The running function's parameters and locals. */
  frame: (Value | AwkArray)[] = [];
  /** What the last `return` returned. */
  retval: Value = UNINIT;
  /** Values of async subexpressions, computed just before the synchronous rest of an expression. */
  prevals: Value[] = [];
  depth = 0;
  steps = STEPS_PER_CHECKPOINT;

  NR = 0;
  FNR = 0;
  RSTART = 0;
  RLENGTH = -1;
  FILENAME: Value = '';
  RT: Value = '';
  ARGC: Value = 0;
  private fsValue: Value = ' ';
  fs = ' ';
  ofsValue: Value = ' ';
  ofs = ' ';
  orsValue: Value = '\n';
  ors = '\n';
  private rsValue: Value = '\n';
  rs = '\n';
  subsepValue: Value = '\x1c';
  subsep = '\x1c';
  convfmtValue: Value = '%.6g';
  convfmt = '%.6g';
  ofmtValue: Value = '%.6g';
  ofmt = '%.6g';

  readonly fields: Fields;
  readonly io: AwkIO;
  readonly regexes = new RegexCache();
  private splitterCache: Splitter | null = splitBlanks;
  private modeCache: RecordMode | null = null;
  main: MainInput | null = null;

  random = new Prng(0);
  seed = 0;
  /** The rule running now, for messages that have no node of their own. */
  lastWhere: Where | null = null;
  /** Messages are prefixed with the name gawk was run as ("awk"). */
  readonly program: string;

  constructor(readonly ctx: CommandContext) {
    this.fields = new Fields(this);
    this.io = new AwkIO(ctx, () => this.recordMode());
    this.program = ctx.name.slice(ctx.name.lastIndexOf('/') + 1);
    this.regexes.warn = (message) => this.warnRegex(message, null);
  }

  // --- FS and RS ---------------------------------------------------------------------------

  splitter(): Splitter {
    if (this.splitterCache === null) this.splitterCache = this.splitterFor(this.fs, true);
    return this.splitterCache;
  }

  /** FS's rules, also used by split(): " " is blanks, one character is itself, else a regex. */
  splitterFor(fs: string, honourParagraphs: boolean): Splitter {
    let splitter: Splitter;
    if (fs === ' ') return splitBlanks;
    if (fs.length === 1) splitter = splitOnChar(fs);
    else if (fs === '') splitter = splitChars;
    else splitter = splitOnRegex(this.regex(fs));
    return honourParagraphs && this.rs === '' ? withNewlines(splitter) : splitter;
  }

  recordMode(): RecordMode {
    if (this.modeCache === null) {
      const rs = this.rs;
      if (rs === '') this.modeCache = { kind: 'paragraph' };
      else if (rs.length === 1) this.modeCache = { kind: 'char', separator: rs };
      else this.modeCache = { kind: 'regex', regex: this.regex(rs) };
    }
    return this.modeCache;
  }

  get FS(): Value {
    return this.fsValue;
  }

  set FS(v: Value) {
    this.fsValue = v;
    this.fs = toStr(v, this.convfmt);
    this.splitterCache = null;
  }

  get RS(): Value {
    return this.rsValue;
  }

  set RS(v: Value) {
    const rs = toStr(v, this.convfmt);
    this.rsValue = v;
    if (rs === this.rs) return;
    this.rs = rs;
    this.modeCache = null;
    this.splitterCache = null;
    const mode = this.recordMode();
    this.main?.setMode(mode);
    for (const reader of this.io.readers()) reader.setMode(mode);
  }

  get NF(): number {
    return this.fields.NF;
  }

  set NF(v: number) {
    this.fields.NF = v;
  }

  /** A dynamic regex (a string used as one), compiled once. */
  regex(text: string) {
    return this.regexes.get(text);
  }

  // --- CPU and output checkpoints ----------------------------------------------------------

  /** Called when `steps` runs out: pays for the work done, yields when the slice is used up. */
  checkpoint(): Promise<void> | undefined {
    this.steps = STEPS_PER_CHECKPOINT;
    const tick = this.ctx.tick(STEPS_PER_CHECKPOINT * STEP_US);
    if (!this.io.flushWanted) return tick;
    return (async () => {
      if (tick) await tick;
      await this.io.flush(false);
    })();
  }

  // --- messages ----------------------------------------------------------------------------

  /** "awk: cmd. line:1: (FILENAME=data FNR=3) " */
  prefix(at: Where | null): string {
    const where = label(at ?? this.lastWhere);
    const context = this.FNR > 0 ? `(FILENAME=${toStr(this.FILENAME, this.convfmt)} FNR=${this.FNR}) ` : '';
    return `${this.program}: ${where}${context}`;
  }

  warn(message: string, at: Where | null = null): void {
    this.io.message(`${this.prefix(at)}warning: ${message}\n`);
  }

  private readonly regexWarnings = new Set<string>();

  /** gawk says each thing about regular expressions once. */
  warnRegex(message: string, at: Where | null): void {
    if (this.regexWarnings.has(message)) return;
    this.regexWarnings.add(message);
    this.warn(message, at);
  }

  fatal(message: string): never {
    throw new AwkFatal(message);
  }

  /** ARGC as a number, for walking ARGV. */
  argc(): number {
    return toNum(this.ARGC);
  }
}
