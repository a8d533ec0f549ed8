// Running a compiled sed script on one cycle, as execute.c's execute_program() and
// match_address_p() do. It runs synchronously over lines already read; when it needs input that
// is not there yet (n, N, or `$` after them), it suspends and the driver (runner.ts) resumes it at
// the same command once more input has been read.

import { SedPanic, SedScriptError } from './script-reader.ts';
import type { InputLine, SedInput } from './input.ts';
import { OutputStreams, listLine, type Sink } from './output.ts';
import type { Address, SedCommand, SedRegex } from './program.ts';
import { substitute } from './substitute.ts';
import { encodeText } from '../../text/byte-text.ts';

export type CycleResult =
  | { kind: 'end'; autoprint: boolean }
  | { kind: 'quit'; status: number }
  /** Resume at `pc` after reading input, or the file `file`, or (`busy`) letting others run. */
  | { kind: 'suspend'; pc: number; file?: string; busy?: boolean };

/** Commands run before a long cycle (":a;ba" loops forever) yields the CPU. */
export const COMMANDS_PER_SLICE = 10000;

export interface ExecSettings {
  noDefaultOutput: boolean;
  delimiter: string;
  /** Wrapping width of `l` without an argument (-l N, or 70). */
  lineLength: number;
  /** Where a run-time script error is reported ("-e expression #1, char 0"). */
  location: string;
}

/** Reads r files: their text, null if unreadable (ignored), undefined when it must be read first. */
export type FileReader = (name: string) => string | null | undefined;

const SUSPEND = Symbol('suspend');

export class Executor {
  ps = '';
  psChomped = true;
  hs = '';
  hsChomped = true;
  replaced = false;
  /** Output may hold escaped bytes (see byte-text.ts). */
  escapes = false;
  appendQueue: ({ text: string } | { file: string })[] = [];
  private lastRegex: SedRegex | null = null;
  private readonly streams: OutputStreams;

  constructor(
    private readonly commands: SedCommand[],
    private readonly input: SedInput,
    private readonly settings: ExecSettings,
    /** The current output (standard output, or the file being edited in place). */
    public out: Sink,
    private readonly sinkOf: (cmd: SedCommand, fromSubst: boolean) => Sink,
    private readonly readFile: FileReader,
  ) {
    this.streams = new OutputStreams(settings.delimiter);
  }

  /** Starts a cycle on a new input line (read_pattern_space). */
  load(line: InputLine, append: boolean): void {
    this.dumpAppendQueue();
    this.replaced = false;
    this.ps = append ? this.ps + this.settings.delimiter + line.text : line.text;
    this.psChomped = line.chomped;
  }

  print(sink: Sink, text: string, chomped: boolean): void {
    this.streams.line(sink, text, chomped);
  }

  dumpAppendQueue(): void {
    if (this.appendQueue.length === 0) return;
    for (const item of this.appendQueue) {
      const text = 'text' in item ? item.text : this.readFile(item.file);
      if (text) this.streams.raw(this.out, text);
    }
    this.appendQueue = [];
  }

  runCycle(start: number): CycleResult {
    const commands = this.commands;
    const s = this.settings;
    const input = this.input;
    let steps = 0;
    for (let pc = start; pc < commands.length; ) {
      if (++steps > COMMANDS_PER_SLICE) return { kind: 'suspend', pc, busy: true };
      const cmd = commands[pc];
      const matched = cmd.a1 === null ? true : this.matchAddress(cmd);
      if (matched === SUSPEND) return { kind: 'suspend', pc };
      if (matched === cmd.bang) {
        pc++;
        continue;
      }
      switch (cmd.cmd) {
        case '{':
        case 'b':
          pc = cmd.jump!;
          continue;
        case 'a':
          if (cmd.text) this.appendQueue.push({ text: cmd.text });
          break;
        case 'c':
          if (cmd.rangeState !== 'active' && cmd.text) this.print(this.out, cmd.text.slice(0, -1), true);
          return { kind: 'end', autoprint: false };
        case 'd':
          return { kind: 'end', autoprint: false };
        case 'D': {
          const newline = this.ps.indexOf(s.delimiter);
          if (newline < 0) return { kind: 'end', autoprint: false };
          this.ps = this.ps.slice(newline + 1);
          pc = 0;
          continue;
        }
        case 'g':
          this.ps = this.hs;
          this.psChomped = this.hsChomped;
          break;
        case 'G':
          this.ps += s.delimiter + this.hs;
          this.psChomped = this.hsChomped;
          break;
        case 'h':
          this.hs = this.ps;
          this.hsChomped = this.psChomped;
          break;
        case 'H':
          this.hs += s.delimiter + this.ps;
          this.hsChomped = this.psChomped;
          break;
        case 'i':
          if (cmd.text) this.print(this.out, cmd.text.slice(0, -1), true);
          break;
        case 'l':
          this.streams.raw(this.out, listLine(encodeText(this.ps), cmd.intArg === -1 ? s.lineLength : cmd.intArg!, s.delimiter));
          break;
        case 'n':
        case 'N': {
          const last = input.isLast();
          if (last === undefined) return { kind: 'suspend', pc };
          if (cmd.cmd === 'n' || last) {
            if (!s.noDefaultOutput) this.print(this.out, this.ps, this.psChomped);
            if (last) return { kind: 'end', autoprint: false };
          }
          this.load(input.take()!, cmd.cmd === 'N');
          break;
        }
        case 'p':
          this.print(this.out, this.ps, this.psChomped);
          break;
        case 'P': {
          const newline = this.ps.indexOf(s.delimiter);
          if (newline < 0) this.print(this.out, this.ps, this.psChomped);
          else this.print(this.out, this.ps.slice(0, newline), true);
          break;
        }
        case 'q':
          if (!s.noDefaultOutput) this.print(this.out, this.ps, this.psChomped);
          this.dumpAppendQueue();
          return { kind: 'quit', status: cmd.intArg === -1 ? 0 : cmd.intArg! };
        case 'Q':
          return { kind: 'quit', status: cmd.intArg === -1 ? 0 : cmd.intArg! };
        case 'r': {
          const name = cmd.fileName!;
          if (cmd.appendFile) {
            if (this.readFile(name) === undefined) return { kind: 'suspend', pc, file: name };
            this.appendQueue.push({ file: name });
          } else {
            const text = this.readFile(name);
            if (text === undefined) return { kind: 'suspend', pc, file: name };
            if (text) this.streams.raw(this.out, text);
          }
          break;
        }
        case 'R': {
          const file = cmd.input!;
          if (file.lines && file.next < file.lines.length) this.appendQueue.push({ text: file.lines[file.next++] });
          break;
        }
        case 's':
          this.substitute(cmd);
          break;
        case 't':
          if (this.replaced) {
            this.replaced = false;
            pc = cmd.jump!;
            continue;
          }
          break;
        case 'T':
          if (!this.replaced) {
            pc = cmd.jump!;
            continue;
          }
          this.replaced = false;
          break;
        case 'w':
          this.print(this.sinkOf(cmd, false), this.ps, this.psChomped);
          break;
        case 'W': {
          const newline = this.ps.indexOf(s.delimiter);
          const sink = this.sinkOf(cmd, false);
          if (newline < 0) this.print(sink, this.ps, this.psChomped);
          else this.print(sink, this.ps.slice(0, newline), true);
          break;
        }
        case 'x':
          [this.ps, this.hs] = [this.hs, this.ps];
          [this.psChomped, this.hsChomped] = [this.hsChomped, this.psChomped];
          break;
        case 'y':
          this.ps = translate(this.ps, cmd.translate!);
          break;
        case 'z':
          this.ps = '';
          break;
        case '=':
          this.streams.raw(this.out, `${input.lineNumber}${s.delimiter}`);
          break;
        case 'F':
          this.streams.raw(this.out, `${input.fileName}${s.delimiter}`);
          break;
        case 'L':
          throw new SedPanic('INTERNAL ERROR: Bad cmd L');
      }
      pc++;
    }
    return { kind: 'end', autoprint: !s.noDefaultOutput };
  }

  private substitute(cmd: SedCommand): void {
    const sub = cmd.subst!;
    const regex = this.useRegex(sub.regex);
    const result = substitute(this.ps, regex.regex, sub.replacement, sub.global, sub.occurrence);
    if (!result) return;
    if (result.escapes) this.escapes = true;
    this.replaced = true;
    this.ps = result.text;
    if (sub.print) this.print(this.out, this.ps, this.psChomped);
    if (sub.output) this.print(this.sinkOf(cmd, true), this.ps, this.psChomped);
  }

  /** An empty regex (//) is the last regex used (match_regex's regex_last). */
  private useRegex(regex: SedRegex | null): SedRegex {
    if (regex) {
      this.lastRegex = regex;
      return regex;
    }
    if (!this.lastRegex) throw new SedScriptError(`${this.settings.location}: no previous regular expression`);
    return this.lastRegex;
  }

  private matchOne(addr: Address): boolean {
    const line = this.input.lineNumber;
    switch (addr.type) {
      case 'null':
        return true;
      case 'regex':
        return this.useRegex(addr.regex).regex.test(this.ps);
      case 'numMod':
        return line >= addr.number && (line - addr.number) % addr.step === 0;
      case 'step':
      case 'stepMod':
        return addr.number <= line;
      case 'last':
        return this.input.isLast() === true;
      case 'num':
        return addr.number === line;
    }
  }

  /** match_address_p(): ranges keep their state between lines. */
  private matchAddress(cmd: SedCommand): boolean | typeof SUSPEND {
    const a1 = cmd.a1!;
    const a2 = cmd.a2;
    if ((a1.type === 'last' || a2?.type === 'last') && this.input.isLast() === undefined) return SUSPEND;
    const line = this.input.lineNumber;
    if (cmd.rangeState !== 'active') {
      if (!a2) return this.matchOne(a1);
      if (a1.type === 'num') {
        if (cmd.rangeState === 'closed' || line < a1.number) return false;
      } else if (!this.matchOne(a1)) return false;
      cmd.rangeState = 'active';
      switch (a2.type) {
        case 'regex':
          return true;
        case 'num':
          if (line >= a2.number) cmd.rangeState = 'closed';
          return line <= a2.number || this.matchOne(a1);
        case 'step':
          a2.number = line + a2.step;
          return true;
        case 'stepMod':
          a2.number = line + a2.step - (line % a2.step);
          return true;
        default:
          break;
      }
    }
    if (a2!.type === 'num') {
      if (line >= a2!.number) cmd.rangeState = 'closed';
      return line <= a2!.number;
    }
    if (this.matchOne(a2!)) cmd.rangeState = 'closed';
    return true;
  }
}

function translate(text: string, map: Map<string, string>): string {
  let out = '';
  for (const ch of text) out += map.get(ch) ?? ch;
  return out;
}
