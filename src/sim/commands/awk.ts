// awk, modelled on GNU Awk 5.2.1 in a UTF-8 locale: the POSIX language plus gawk's common
// extensions (length(array), delete array, nextfile, fflush, **, -e, regex RS and RT, gensub,
// strtonum, bit functions, asort/asorti), gawk's messages and exit statuses; other gawk features
// fail loudly. The program is parsed by hand (awk/parser.ts), compiled to JavaScript closures
// (awk/compile*.ts) and run over input read in large batches (awk/execute.ts).

import { defineCommand } from './command.ts';
import type { CommandContext } from './context.ts';
import { Errno } from '../kernel/errors.ts';
import { tokenize, decodeEscape, type LexWarning, type Token } from './awk/lexer.ts';
import { parseProgram } from './awk/parser.ts';
import { AwkCompileError, AwkFatal, AwkSyntaxError, label, type SourceText } from './awk/errors.ts';
import { parseCommandLine, type AwkOptions } from './awk/options.ts';
import { USAGE, VERSION } from './awk/usage.ts';
import { Runtime } from './awk/runtime.ts';
import { compileProgram } from './awk/compile.ts';
import { execute } from './awk/execute.ts';
import { MainInput } from './awk/main-input.ts';
import { ARGV_SLOT, ENVIRON_SLOT } from './awk/names.ts';
import { inputValue } from './awk/values.ts';
import { AwkRegexError } from './awk/regex.ts';
import type { Program } from './awk/ast.ts';

const VARIABLE = /^[A-Za-z_][A-Za-z0-9_]*$/;

async function runAwk(ctx: CommandContext): Promise<number> {
  const name = ctx.name.slice(ctx.name.lastIndexOf('/') + 1);
  const usage = usageAs(name);
  const parsed = parseCommandLine(ctx.args);
  if (parsed.kind === 'help') {
    await ctx.stdout.write(usage);
    return 0;
  }
  if (parsed.kind === 'version') {
    await ctx.stdout.write(VERSION);
    return 0;
  }
  if (parsed.kind === 'usage') {
    if (parsed.message !== null) await ctx.stderr.write(`${name}: ${parsed.message}\n`);
    await ctx.stderr.write(usage);
    return 1;
  }
  const options = parsed.options;
  const program = await load(ctx, name, options);
  if (typeof program === 'number') return program;

  const rt = new Runtime(ctx);
  let status: number;
  try {
    const compiled = compileProgram(program, rt);
    setUp(rt, options, compiled.names.assignGlobal.bind(compiled.names), name);
    status = await execute(rt, compiled);
  } catch (error) {
    status = await report(rt, error);
  }
  return status;
}

/** Reads and parses every source; a number is the exit status of a failure already reported. */
async function load(ctx: CommandContext, name: string, options: AwkOptions): Promise<Program | number> {
  const tokens: Token[] = [];
  const warnings: LexWarning[] = [];
  try {
    for (const source of options.sources) {
      let text: SourceText;
      if (source.kind === 'text') text = { name: 'cmd. line', text: source.text };
      else {
        try {
          const reader = await ctx.openInput(source.path);
          text = { name: source.path, text: await reader.readAllText() };
          ctx.closeInput(reader);
        } catch (error) {
          if (!(error instanceof Errno)) throw error;
          await ctx.stderr.write(`${name}: fatal: cannot open source file \`${source.path}' for reading: ${error.message}\n`);
          return 2;
        }
      }
      const more = tokenize(text, warnings);
      if (tokens.length > 0) tokens.pop();
      tokens.push(...more);
    }
    for (const warning of warnings) await ctx.stderr.write(`${name}: ${warning.source.name}:${warning.line}: warning: ${warning.message}\n`);
    return parseProgram(tokens);
  } catch (error) {
    for (const warning of warnings) await ctx.stderr.write(`${name}: ${warning.source.name}:${warning.line}: warning: ${warning.message}\n`);
    if (error instanceof AwkSyntaxError) {
      for (const line of error.lines()) await ctx.stderr.write(`${name}: ${line}\n`);
      return 1;
    }
    if (error instanceof AwkCompileError) {
      const kind = error.plain ? '' : error.fatal ? 'fatal: ' : 'error: ';
      const line = `${name}: ${label(error.at)}${kind}${error.message}\n`;
      await ctx.stderr.write(line.repeat(error.repeat));
      return error.fatal ? 2 : 1;
    }
    throw error;
  }
}

/** ARGV, ENVIRON, FS from -F, -v assignments, and the main input with its operand assignments. */
function setUp(rt: Runtime, options: AwkOptions, assign: (name: string, value: ReturnType<typeof inputValue>) => void, name: string): void {
  const argv = rt.A[ARGV_SLOT];
  argv.set('0', name);
  options.operands.forEach((operand, i) => argv.set(String(i + 1), inputValue(operand)));
  rt.ARGC = options.operands.length + 1;
  const environ = rt.A[ENVIRON_SLOT];
  for (const [key, value] of rt.ctx.proc.env) environ.set(key, inputValue(value));
  const assignment = (text: string): void => {
    const eq = text.indexOf('=');
    const variable = text.slice(0, eq);
    if (!VARIABLE.test(variable)) throw new AwkFatal(`\`${variable}' is not a legal variable name`);
    assign(variable, inputValue(processEscapes(rt, text.slice(eq + 1))));
  };
  if (options.fs !== null) rt.FS = processEscapes(rt, options.fs);
  for (const text of options.assignments) assignment(text);
  rt.main = new MainInput(rt, assignment);
}

/** Command-line values get the escape sequences of string constants, as in gawk. */
function processEscapes(rt: Runtime, text: string): string {
  if (!text.includes('\\')) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '\\') {
      out += text[i];
      continue;
    }
    const decoded = decodeEscape(text, i + 1, (message) => rt.warn(message));
    if (decoded === null) {
      out += '\\';
      continue;
    }
    out += decoded.text;
    i = decoded.end - 1;
  }
  return out;
}

/** A fatal error: output so far is flushed first (as gawk does), then the message; status 2. */
async function report(rt: Runtime, error: unknown): Promise<number> {
  let message: string;
  let at = null;
  if (error instanceof AwkFatal) {
    message = error.message;
    at = error.at;
  } else if (error instanceof AwkRegexError) message = `invalid regexp: ${error.message}`;
  else if (error instanceof AwkCompileError) {
    await rt.io.flush(true);
    await rt.ctx.stderr.write(`${rt.program}: ${label(error.at)}${error.fatal ? 'fatal' : 'error'}: ${error.message}\n`);
    return error.fatal ? 2 : 1;
  } else throw error;
  rt.io.message(`${rt.prefix(at)}fatal: ${message}\n`);
  try {
    await rt.io.closeAll();
  } catch {
    // Already failing: what could not be flushed is lost, as when gawk dies.
  }
  return 2;
}

/** gawk names itself as invoked in the usage lines and in the examples at the end. */
function usageAs(name: string): string {
  return USAGE.replace(/^(Usage: |\t)awk /gm, `$1${name} `);
}

export const awk = defineCommand({
  name: 'awk',
  summary: 'pattern scanning and text processing language',
  help: USAGE,
  usageStatus: 1,
  run: runAwk,
});

export const gawk = defineCommand({
  name: 'gawk',
  summary: 'pattern scanning and text processing language',
  help: usageAs('gawk'),
  usageStatus: 1,
  run: runAwk,
});
