// Compiling sed scripts, after compile.c: addresses, commands and their arguments, `{ }` blocks and
// labels, the a/i/c text forms (one-liner "a text", classic "a\" + lines, and text continued into
// the next -e), with GNU's error messages at the same character positions.

import { Unsupported } from '../context.ts';
import type { OutputFile, ReadFile, SedCommand } from './program.ts';
import { EOF, SedPanic, type ScriptReader } from './script-reader.ts';
import { normalize, outputFile, parseAddress, parseSubstitute, parseTranslate, readFileArgument } from './arguments.ts';

const SEMICOLON = 0x3b;
const NEWLINE = 0x0a;
const BACKSLASH = 0x5c;

export interface CompileState {
  commands: SedCommand[];
  extended: boolean;
  sandbox: boolean;
  noDefaultOutput: boolean;
  firstScript: boolean;
  blocks: { index: number; location: string }[];
  labels: { name: string; index: number }[];
  /** a, i or c whose text continues in the next script chunk (sed -e 'a\' -e 'text'). */
  pendingText: { command: SedCommand; buffer: string; location: () => string } | null;
  outputs: Map<string, OutputFile>;
  readFiles: Map<string, ReadFile>;
  /** Some text of the script stands for bytes that are not UTF-8 (\xff): output is re-encoded. */
  escapes: boolean;
  /** Where run-time script errors are reported: the last script read, at its "char 0". */
  lastLocation: string;
}

export function newCompileState(extended: boolean, sandbox: boolean): CompileState {
  return {
    commands: [], extended, sandbox, noDefaultOutput: false, firstScript: true, blocks: [], labels: [],
    pendingText: null, outputs: new Map(), readFiles: new Map(), escapes: false, lastLocation: '',
  };
}

const isSpace = (ch: number): boolean => ch === 0x20 || (ch >= 0x09 && ch <= 0x0d);
const isDigit = (ch: number): boolean => ch >= 0x30 && ch <= 0x39;
const char = (ch: number): string => String.fromCodePoint(ch);

export function compileScript(reader: ScriptReader, state: CompileState): void {
  new Compiler(reader, state).compile();
  state.firstScript = false;
  const source = reader.source;
  state.lastLocation = source.kind === 'file' ? `file ${source.name} line ${reader.line}` : `-e expression #${source.index}, char 0`;
}

class Compiler {
  constructor(
    private readonly r: ScriptReader,
    private readonly s: CompileState,
  ) {}

  compile(): void {
    const r: ScriptReader = this.r;
    const s = this.s;
    if (s.pendingText) this.readText(null, NEWLINE);
    for (;;) {
      let ch = r.inchar();
      while (ch === SEMICOLON || isSpace(ch)) ch = r.inchar();
      if (ch === EOF) break;
      const cmd: SedCommand = { cmd: '', a1: null, a2: null, bang: false, rangeState: 'inactive' };
      const a1 = parseAddress(this.r, this.s, ch);
      if (a1) {
        if (a1.type === 'step' || a1.type === 'stepMod') r.fail('invalid usage of +N or ~N as first address');
        cmd.a1 = a1;
        ch = r.inNonblank();
        if (ch === 0x2c) {
          const a2 = parseAddress(this.r, this.s, r.inNonblank());
          if (!a2) r.fail("unexpected `,'");
          cmd.a2 = a2;
          ch = r.inNonblank();
        }
        if (a1.type === 'num' && a1.number === 0 && ((!cmd.a2 && ch !== 0x72) || (cmd.a2 && cmd.a2.type !== 'regex'))) {
          r.fail('invalid usage of line address 0');
        }
      }
      if (ch === 0x21) {
        cmd.bang = true;
        ch = r.inNonblank();
        if (ch === 0x21) r.fail("multiple `!'s");
      }
      cmd.cmd = ch === EOF ? '' : char(ch);
      if (!this.command(cmd, ch)) continue;
      s.commands.push(cmd);
    }
  }

  /** Parses the command's arguments; false for commands that are not kept (# and v). */
  private command(cmd: SedCommand, ch: number): boolean {
    const r: ScriptReader = this.r;
    const s = this.s;
    switch (cmd.cmd) {
      case '#': {
        if (cmd.a1) r.fail("comments don't accept any addresses");
        let c = r.inchar();
        // "#n" as the first two characters of the first script is -n.
        if (c === 0x6e && s.firstScript && r.line < 2 && r.atStartPlus(2)) s.noDefaultOutput = true;
        while (c !== EOF && c !== NEWLINE) c = r.inchar();
        return false;
      }
      case 'v': {
        const version = this.r.readLabel() || '4.0';
        if (compareVersions(version, '4.9') > 0) r.fail('expected newer version of sed');
        return false;
      }
      case '{':
        s.blocks.push({ index: s.commands.length, location: r.source.kind === 'file' ? `file ${r.source.name} line ${r.line}` : `-e expression #${r.source.index}, char 0` });
        cmd.bang = !cmd.bang;
        return true;
      case '}': {
        const block = s.blocks.pop();
        if (!block) r.fail("unexpected `}'");
        if (cmd.a1) r.fail("`}' doesn't want any addresses");
        this.r.readEndOfCommand();
        s.commands[block.index].jump = s.commands.length;
        return true;
      }
      case 'e':
        if (s.sandbox) r.fail('e/r/w commands disabled in sandbox mode');
        throw new Unsupported("the 'e' command");
      case 'a':
      case 'i':
      case 'c': {
        let c = r.inNonblank();
        if (c === EOF) r.fail("expected \\ after `a', `c' or `i'");
        if (c === BACKSLASH) c = r.inchar();
        else {
          r.savchar(c);
          c = NEWLINE;
        }
        this.readText(cmd, c);
        return true;
      }
      case ':': {
        if (cmd.a1) r.fail(": doesn't want any addresses");
        const label = this.r.readLabel();
        if (!label) r.fail('":" lacks a label');
        s.labels.push({ name: label, index: s.commands.length });
        return true;
      }
      case 'T':
      case 'b':
      case 't':
        cmd.label = this.r.readLabel();
        return true;
      case 'Q':
      case 'q':
      case 'L':
      case 'l': {
        if ((cmd.cmd === 'q' || cmd.cmd === 'Q') && cmd.a2) r.fail('command only uses one address');
        const c = r.inNonblank();
        if (isDigit(c)) cmd.intArg = this.r.readInteger(c);
        else {
          cmd.intArg = -1;
          r.savchar(c);
        }
        this.r.readEndOfCommand();
        return true;
      }
      case '=': case 'd': case 'D': case 'F': case 'g': case 'G': case 'h': case 'H':
      case 'n': case 'N': case 'p': case 'P': case 'z': case 'x':
        this.r.readEndOfCommand();
        return true;
      case 'r': {
        if (s.sandbox) r.fail('e/r/w commands disabled in sandbox mode');
        const name = this.r.readFilename();
        if (name === '') r.fail('missing filename in r/R/w/W commands');
        cmd.fileName = name;
        // 0r FILE: the file comes before the first line.
        if (cmd.a1 && cmd.a1.type === 'num' && cmd.a1.number === 0 && !cmd.a2) {
          cmd.a1.number = 1;
          cmd.appendFile = false;
        } else cmd.appendFile = true;
        return true;
      }
      case 'R':
        cmd.input = readFileArgument(this.r, this.s);
        return true;
      case 'W':
      case 'w':
        cmd.output = outputFile(this.r, this.s);
        return true;
      case 's':
        parseSubstitute(this.r, this.s, cmd);
        return true;
      case 'y':
        parseTranslate(this.r, this.s, cmd);
        return true;
      case '':
        return r.fail('missing command');
      default:
        return r.fail(`unknown command: \`${char(ch)}'`);
    }
  }

  /** a/i/c text up to an unescaped newline (compile.c's read_text). */
  private readText(cmd: SedCommand | null, leadin: number): void {
    const r: ScriptReader = this.r;
    const s = this.s;
    if (cmd) {
      cmd.text = null;
      s.pendingText = { command: cmd, buffer: '', location: () => r.location() };
    }
    const pending = s.pendingText!;
    if (leadin === EOF) return;
    if (leadin !== NEWLINE) pending.buffer += char(leadin);
    let ch = r.inchar();
    while (ch !== EOF && ch !== NEWLINE) {
      if (ch === BACKSLASH) {
        ch = r.inchar();
        if (ch !== EOF) pending.buffer += '\\';
      }
      if (ch === EOF) {
        pending.buffer += '\n';
        return;
      }
      pending.buffer += char(ch);
      ch = r.inchar();
    }
    pending.buffer += '\n';
    pending.command.text = normalize(this.r, this.s, pending.buffer, 'buffer');
    s.pendingText = null;
  }
}

/** After all scripts: unclosed blocks, a/i/c text left open, and jumps to labels. */
export function finishProgram(state: CompileState): void {
  const block = state.blocks.pop();
  if (block) throw new SedPanicAt(`${block.location}: unmatched \`{'`);
  if (state.pendingText) {
    const { command, buffer } = state.pendingText;
    command.text = buffer === '' ? null : buffer;
    state.pendingText = null;
  }
  const commands = state.commands;
  for (const cmd of commands) {
    if (cmd.cmd !== 'b' && cmd.cmd !== 't' && cmd.cmd !== 'T') continue;
    const label = cmd.label ?? '';
    // The last definition of a label wins.
    const target = [...state.labels].reverse().find((l) => l.name === label);
    if (target) cmd.jump = target.index;
    else if (label !== '') throw new SedPanic(`can't find label for jump to \`${label}'`);
    else cmd.jump = commands.length;
  }
}

/** An "unmatched `{'" error, reported like a script error (status 1). */
export class SedPanicAt extends Error {}

/** strverscmp() for the simple versions `v` takes. */
function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((x) => parseInt(x, 10) || 0);
  const pb = b.split('.').map((x) => parseInt(x, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
