// The arguments of sed commands, after compile.c: addresses, the s command's regex, replacement
// and flags, y's character lists, and the files of w, W and R.

import { Unsupported } from '../context.ts';
import { compileSedRegex, type Address, type OutputFile, type ReadFile, type SedCommand } from './program.ts';
import { parseReplacement } from './replacement.ts';
import { EOF, type ScriptReader } from './script-reader.ts';
import { normalizeText } from './text-escapes.ts';
import type { CompileState } from './parser.ts';

const SEMICOLON = 0x3b;
const NEWLINE = 0x0a;
const BACKSLASH = 0x5c;
const CLOSE_BRACE = 0x7d;
const isDigit = (ch: number): boolean => ch >= 0x30 && ch <= 0x39;

/** s/REGEX/REPLACEMENT/FLAGS */
export function parseSubstitute(r: ScriptReader, s: CompileState, cmd: SedCommand): void {
      const slash = r.inchar();
  const pattern = r.matchSlash(slash, true);
  if (pattern === null) r.fail("unterminated `s' command");
  const replacementText = r.matchSlash(slash, false);
  if (replacementText === null) r.fail("unterminated `s' command");
  const replacement = parseReplacement(normalize(r, s, replacementText, 'replacement'));
  const subst = { regex: null, replacement, global: false, print: 0, occurrence: 0, output: null } as NonNullable<SedCommand['subst']>;
  cmd.subst = subst;
  let icase = false;
  let multiline = false;
  for (let done = false; !done; ) {
    const ch = r.inNonblank();
    switch (ch) {
      case 0x69: case 0x49: icase = true; break; // i I
      case 0x6d: case 0x4d: multiline = true; break; // m M
      case 0x65: throw new Unsupported('s///e');
      case 0x70: // p
        if (subst.print) r.fail("multiple `p' options to `s' command");
        subst.print = 1;
        break;
      case 0x67: // g
        if (subst.global) r.fail("multiple `g' options to `s' command");
        subst.global = true;
        break;
      case 0x77: // w
        subst.output = outputFile(r, s);
        done = true;
        break;
      case CLOSE_BRACE:
      case 0x23:
        r.savchar(ch);
        done = true;
        break;
      case EOF:
      case NEWLINE:
      case SEMICOLON:
        done = true;
        break;
      case 0x0d:
        if (r.inchar() === NEWLINE) done = true;
        else r.fail("unknown option to `s'");
        break;
      default:
        if (isDigit(ch)) {
          if (subst.occurrence) r.fail("multiple number options to `s' command");
          subst.occurrence = r.readInteger(ch);
          if (!subst.occurrence) r.fail("number option to `s' command may not be zero");
          break;
        }
        r.fail("unknown option to `s'");
    }
  }
  subst.regex = compileSedRegex(pattern, { icase, multiline, extended: s.extended }, replacement.maxGroup + 1, r);
}

/** y/SOURCE/DEST/ */
export function parseTranslate(r: ScriptReader, s: CompileState, cmd: SedCommand): void {
      const slash = r.inchar();
  const fromText = r.matchSlash(slash, false);
  if (fromText === null) r.fail("unterminated `y' command");
  const toText = r.matchSlash(slash, false);
  if (toText === null) r.fail("unterminated `y' command");
  const from = [...normalize(r, s, fromText, 'buffer')];
  const to = [...normalize(r, s, toText, 'buffer')];
  if (from.length !== to.length) r.fail("strings for `y' command are different lengths");
  const map = new Map<string, string>();
  // The first occurrence of a character decides (translate_mb stops at the first pair).
  for (let i = 0; i < from.length; i++) if (!map.has(from[i])) map.set(from[i], to[i]);
  cmd.translate = map;
  r.readEndOfCommand();
}

/** An address starting with `ch` (N, $, /re/, \%re%, first~step, +N, ~N), or null. */
export function parseAddress(r: ScriptReader, s: CompileState, ch: number): Address | null {
      if (ch === 0x2f || ch === BACKSLASH) {
    if (ch === BACKSLASH) ch = r.inchar();
    const text = r.matchSlash(ch, true);
    if (text === null) r.fail('unterminated address regex');
    let icase = false;
    let multiline = false;
    for (;;) {
      const flag = r.inNonblank();
      if (flag === 0x49) icase = true;
      else if (flag === 0x4d) multiline = true;
      else {
        r.savchar(flag);
        break;
      }
    }
    return { type: 'regex', number: 0, step: 0, regex: compileSedRegex(text, { icase, multiline, extended: s.extended }, 0, r) };
  }
  if (isDigit(ch)) {
    const number = r.readInteger(ch);
    const next = r.inNonblank();
    if (next !== 0x7e) {
      r.savchar(next);
      return { type: 'num', number, step: 0, regex: null };
    }
    const step = r.readInteger(r.inNonblank());
    return step > 0 ? { type: 'numMod', number, step, regex: null } : { type: 'num', number, step: 0, regex: null };
  }
  if (ch === 0x2b || ch === 0x7e) {
    const step = r.readInteger(r.inNonblank());
    if (step === 0) return { type: 'null', number: 0, step: 0, regex: null };
    return { type: ch === 0x2b ? 'step' : 'stepMod', number: 0, step, regex: null };
  }
  if (ch === 0x24) return { type: 'last', number: 0, step: 0, regex: null };
  return null;
}

/** a/i/c text up to an unescaped newline (compile.c's read_text). */

/** normalizeText, noting escaped bytes that make output re-encoding necessary. */
export function normalize(r: ScriptReader, s: CompileState, text: string, kind: 'buffer' | 'replacement'): string {
  const result = normalizeText(text, kind, () => r.location());
  if (/[\udc80-\udcff]/u.test(result)) s.escapes = true;
  return result;
}

/** The file of w, W or s///w (one entry per name; /dev/stdout and /dev/stderr are special). */
export function outputFile(r: ScriptReader, s: CompileState): OutputFile {
  if (s.sandbox) r.fail('e/r/w commands disabled in sandbox mode');
  const name = r.readFilename();
  if (name === '') r.fail('missing filename in r/R/w/W commands');
  let file = s.outputs.get(name);
  if (!file) {
    const special = name === '/dev/stdout' ? 'stdout' : name === '/dev/stderr' ? 'stderr' : undefined;
    file = { name, special };
    s.outputs.set(name, file);
  }
  return file;
}

/** The file of R, read a line at a time. */
export function readFileArgument(r: ScriptReader, s: CompileState): ReadFile {
  if (s.sandbox) r.fail('e/r/w commands disabled in sandbox mode');
  const name = r.readFilename();
  if (name === '') r.fail('missing filename in r/R/w/W commands');
  let file = s.readFiles.get(name);
  if (!file) {
    file = { name, lines: null, next: 0 };
    s.readFiles.set(name, file);
  }
  return file;
}
