// The shell grammar (bash(1) SHELL GRAMMAR) by recursive descent: lists, and-or lists, pipelines,
// simple and compound commands, functions, redirections and here-documents. Written by hand rather
// than with a parser generator because bash's grammar is context-sensitive (reserved words only in
// command position, here-documents read after the line ends, `((` vs `( (`), and because the exact
// error messages students see are part of what we teach.

import type {
  ArrayLiteral,
  Assignment,
  CaseItem,
  Command,
  CondExpression,
  Pipeline,
  Redirect,
  RedirectOp,
  Script,
  SimpleCommand,
  Statement,
  Word,
} from '../ast.ts';
import { WordParser } from './words.ts';
import { ShellSyntaxError } from '../syntax-error.ts';

export interface ParseOptions {
  /** Line number of the first line (1 for scripts; eval and sourced text keep their caller's). */
  firstLine?: number;
  /** Alias lookup for the first word of simple commands (interactive shells, expand_aliases). */
  alias?: (name: string) => string | undefined;
  /** shopt extglob, asked as each word is read: ?(…) *(…) +(…) @(…) !(…) are then part of words. */
  extglob?: () => boolean;
  /** dash's grammar: [[ is an ordinary word (a command dash does not have). */
  dash?: boolean;
}

interface Stop {
  words?: readonly string[];
  paren?: boolean;
  caseItem?: boolean;
}

const DECLARATION_BUILTINS = new Set(['declare', 'typeset', 'local', 'export', 'readonly']);
const REDIRECT_OPS: readonly RedirectOp[] = ['<<<', '<<-', '&>>', '&>', '<<', '<&', '<>', '>>', '>&', '>|', '<', '>'];
const LIST_ENDERS = ['then', 'else', 'elif', 'fi', 'do', 'done', 'esac', '}', 'in'];
const UNARY_TESTS = new Set(['-a', '-b', '-c', '-d', '-e', '-f', '-g', '-h', '-k', '-p', '-r', '-s', '-t', '-u', '-w', '-x', '-G', '-L', '-N', '-O', '-S', '-z', '-n', '-o', '-v', '-R']);
const BINARY_TESTS = new Set(['==', '=', '!=', '<', '>', '=~', '-eq', '-ne', '-lt', '-le', '-gt', '-ge', '-nt', '-ot', '-ef']);

export class Parser extends WordParser {
  private readonly expandingAliases = new Set<string>();

  constructor(
    source: string,
    private readonly options: ParseOptions = {},
  ) {
    super(source, options.firstLine ?? 1);
  }

  protected override extglobOn(): boolean {
    return this.options.extglob?.() ?? false;
  }

  /** The whole input as one script. */
  parseProgram(): Script {
    const script = this.parseList({});
    this.skipLinebreaks();
    if (!this.atEnd) throw this.unexpectedHere();
    if (this.pendingHeredocs.length > 0) this.readHeredocBodies();
    return script;
  }

  /**
   * The next complete command line: statements up to a newline outside any compound command. bash
   * reads scripts this way, running each line before parsing the next (so a syntax error late in a
   * script comes after the output of the lines before it). Null at the end of input.
   */
  nextCommands(): Statement[] | null {
    this.skipLinebreaks();
    if (this.atEnd) {
      if (this.pendingHeredocs.length > 0) this.readHeredocBodies();
      return null;
    }
    const script = this.parseList({}, true);
    if (this.pendingHeredocs.length > 0) this.readHeredocBodies();
    if (!this.atEnd && script.statements.length === 0) throw this.unexpectedHere();
    return script.statements;
  }

  protected parseNested(): Script {
    return this.parseList({ paren: true });
  }

  protected parseDetached(text: string, firstLine: number): Script {
    return new Parser(text, { ...this.options, firstLine }).parseProgram();
  }

  protected detachedWordParser(text: string): Parser {
    return new Parser(text, { ...this.options, firstLine: this.lineAt() });
  }

  // --- lists -----------------------------------------------------------------------------------------

  private parseList(stop: Stop, oneLine = false): Script {
    const statements: Statement[] = [];
    for (;;) {
      if (oneLine) this.skipBlanksAndComment();
      else this.skipLinebreaks();
      if (this.atEnd || this.atListEnd(stop)) break;
      if (oneLine && this.peek() === '\n') {
        this.consumeNewline();
        break;
      }
      const line = this.lineAt();
      const andOr = this.parseAndOr();
      const statement: Statement = { type: 'statement', andOr, background: false, line };
      statements.push(statement);
      this.skipBlanksAndComment();
      const op = this.peekOperator();
      if (op === '&') {
        this.pos++;
        statement.background = true;
      } else if (op === ';') {
        this.pos++;
      } else if (op === '\n') {
        this.consumeNewline();
        if (oneLine) break;
      } else if (!this.atEnd && !this.atListEnd(stop)) {
        throw this.unexpectedHere();
      }
    }
    return { statements };
  }

  private atListEnd(stop: Stop): boolean {
    const op = this.peekOperator();
    if (op === ')' && stop.paren) return true;
    if ((op === ';;' || op === ';&' || op === ';;&') && stop.caseItem) return true;
    const word = this.peekRawWord();
    return word !== undefined && (stop.words?.includes(word) ?? false);
  }

  private parseAndOr(): Statement['andOr'] {
    const first = this.parsePipeline();
    const rest: Statement['andOr']['rest'] = [];
    for (;;) {
      this.skipBlanks();
      const op = this.peekOperator();
      if (op !== '&&' && op !== '||') break;
      this.pos += 2;
      this.skipLinebreaks();
      rest.push({ op, pipeline: this.parsePipeline() });
    }
    return { first, rest };
  }

  private parsePipeline(): Pipeline {
    this.skipBlanks();
    const line = this.lineAt();
    let timed: Pipeline['timed'] = false;
    let negated = false;
    if (this.peekRawWord() === 'time') {
      this.pos += 4;
      this.skipBlanks();
      timed = 'default';
      if (this.peekRawWord() === '-p') {
        this.pos += 2;
        this.skipBlanks();
        timed = 'posix';
      }
    }
    while (this.peekRawWord() === '!') {
      this.pos++;
      this.skipBlanks();
      negated = !negated;
    }
    const pipeline: Pipeline = { type: 'pipeline', commands: [], stderrToo: [], negated, timed, line };
    if ((timed || negated) && this.atPipelineEnd()) return pipeline;
    pipeline.commands.push(this.parseCommand());
    for (;;) {
      this.skipBlanks();
      const op = this.peekOperator();
      if (op !== '|' && op !== '|&') break;
      this.pos += op.length;
      pipeline.stderrToo.push(op === '|&');
      this.skipLinebreaks();
      pipeline.commands.push(this.parseCommand());
    }
    return pipeline;
  }

  private atPipelineEnd(): boolean {
    const op = this.peekOperator();
    return this.atEnd || op === '\n' || op === ';' || op === '&' || op === '&&' || op === '||' || op === ')';
  }

  // --- commands --------------------------------------------------------------------------------------

  private parseCommand(): Command {
    this.skipBlanks();
    if (this.atEnd) throw this.error('eof', '');
    const line = this.lineAt();
    const op = this.peekOperator();
    if (op === '(') {
      if (this.peek(1) === '(') {
        const end = this.findArithmeticEnd(this.pos + 2);
        if (end >= 0) {
          const text = this.source.slice(this.pos + 2, end);
          const expression = this.arithmeticWord(text);
          this.pos = end + 2;
          return this.withRedirects({ type: 'arithmetic', expression, redirects: [], line });
        }
        if (end === -2) throw this.error('matching', ')', this.source.length);
      }
      this.pos++;
      const body = this.parseList({ paren: true });
      if (!this.acceptOperator(')')) throw this.atEnd ? this.error('eof', '') : this.unexpectedHere();
      if (body.statements.length === 0) throw this.error('token', ')', this.pos - 1);
      return this.withRedirects({ type: 'subshell', body, redirects: [], line });
    }
    const processSubstitution = (op === '<' || op === '>') && this.peek(1) === '(';
    if (op !== undefined && !this.startsRedirect() && !processSubstitution) throw this.unexpectedHere();
    const word = this.peekRawWord();
    switch (word) {
      case 'if':
        return this.parseIf(line);
      case 'while':
      case 'until':
        return this.parseWhile(line, word === 'until');
      case 'for':
        return this.parseFor(line);
      case 'select':
        return this.parseSelect(line);
      case 'case':
        return this.parseCase(line);
      case '{':
        return this.parseGroup(line);
      case '[[':
        if (this.options.dash) break;
        return this.parseConditional(line);
      case 'function':
        return this.parseFunctionKeyword(line);
      case undefined:
        break;
      default:
        if (LIST_ENDERS.includes(word) && word !== 'in') throw this.error('token', word);
        if (this.looksLikeFunctionDefinition(word)) return this.parseFunctionBody(word, line);
    }
    return this.parseSimpleCommand(line);
  }

  private withRedirects<T extends Command>(command: T): T {
    for (;;) {
      this.skipBlanks();
      if (!this.startsRedirect()) return command;
      command.redirects.push(this.parseRedirect());
    }
  }

  private parseSimpleCommand(line: number): SimpleCommand {
    const command: SimpleCommand = { type: 'simple', assignments: [], words: [], redirects: [], line };
    let declaration = false;
    for (;;) {
      this.skipBlanks();
      if (this.atEnd) break;
      if (this.startsRedirect()) {
        command.redirects.push(this.parseRedirect());
        continue;
      }
      const processSubstitution = (this.peek() === '<' || this.peek() === '>') && this.peek(1) === '(';
      if (this.peekOperator() !== undefined && !processSubstitution) break;
      if (this.peek() === '#') {
        this.skipBlanksAndComment();
        break;
      }
      if (command.words.length === 0) {
        const assignment = this.tryAssignment();
        if (assignment) {
          command.assignments.push(assignment);
          continue;
        }
        if (this.tryAlias()) continue;
      } else if (declaration) {
        const start = this.pos;
        const assignment = this.tryAssignment();
        if (assignment) {
          command.words.push({ parts: [{ type: 'literal', value: assignment.raw }], raw: this.source.slice(start, this.pos), assignment });
          continue;
        }
      }
      const word = this.readWord();
      if (word === undefined) throw this.unexpectedHere();
      if (command.words.length === 0 && word.parts.length === 1 && word.parts[0].type === 'literal') {
        declaration = DECLARATION_BUILTINS.has(word.parts[0].value);
      }
      command.words.push(word);
    }
    if (command.words.length === 0 && command.assignments.length === 0 && command.redirects.length === 0) {
      throw this.unexpectedHere();
    }
    return command;
  }

  /** Alias expansion: the alias text replaces the word in the input and is read again. */
  private tryAlias(): boolean {
    const lookup = this.options.alias;
    if (!lookup) return false;
    const name = this.peekRawWord();
    if (name === undefined || this.expandingAliases.has(name)) return false;
    const value = lookup(name);
    if (value === undefined) return false;
    this.expandingAliases.add(name);
    this.source = this.source.slice(0, this.pos) + value + this.source.slice(this.pos + name.length);
    this.indexLines();
    return true;
  }

  // --- assignments -------------------------------------------------------------------------------------

  private tryAssignment(): Assignment | undefined {
    const s = this.source;
    const start = this.pos;
    const match = /^[A-Za-z_][A-Za-z0-9_]*/.exec(s.slice(start, start + 256));
    if (!match) return undefined;
    let at = start + match[0].length;
    let index: Word | undefined;
    if (s[at] === '[') {
      let depth = 0;
      let close = -1;
      for (let i = at + 1; i < s.length; i++) {
        if (s[i] === '[') depth++;
        else if (s[i] === ']') {
          if (depth === 0) {
            close = i;
            break;
          }
          depth--;
        } else if (s[i] === '\n') break;
      }
      if (close < 0) return undefined;
      index = this.arithmeticWord(s.slice(at + 1, close));
      at = close + 1;
    }
    let append = false;
    if (s[at] === '+' && s[at + 1] === '=') {
      append = true;
      at++;
    }
    if (s[at] !== '=') return undefined;
    this.pos = at + 1;
    let value: Word | ArrayLiteral;
    if (s[this.pos] === '(' && index === undefined) {
      value = this.parseArrayLiteral();
    } else {
      value = this.readWord() ?? { parts: [], raw: '' };
    }
    return { name: match[0], index, value, append, raw: s.slice(start, this.pos) };
  }

  private parseArrayLiteral(): ArrayLiteral {
    this.pos++;
    const elements: ArrayLiteral['elements'] = [];
    for (;;) {
      this.skipLinebreaks();
      if (this.atEnd) throw this.error('matching', ')', this.source.length);
      if (this.peek() === ')') {
        this.pos++;
        return { type: 'array', elements };
      }
      let key: Word | undefined;
      if (this.peek() === '[') {
        const close = this.source.indexOf(']', this.pos);
        if (close > 0 && this.source[close + 1] === '=') {
          key = this.arithmeticWord(this.source.slice(this.pos + 1, close));
          this.pos = close + 2;
          const value = this.readWord() ?? { parts: [], raw: '' };
          elements.push({ key, value });
          continue;
        }
      }
      const value = this.readWord();
      if (value === undefined) throw this.unexpectedHere();
      elements.push({ value });
    }
  }

  private arithmeticWord(text: string): Word {
    const sub = new Parser(text, { firstLine: this.lineAt() });
    const parts = sub.parseParts({ mode: 'arith' });
    if (!sub.atEnd) return { parts: [{ type: 'literal', value: text }], raw: text };
    return { parts, raw: text };
  }

  // --- redirections ------------------------------------------------------------------------------------

  private startsRedirect(): boolean {
    const s = this.source;
    let at = this.pos;
    while (at < s.length && s[at] >= '0' && s[at] <= '9') at++;
    if (at === this.pos && s[at] === '{') {
      const close = s.indexOf('}', at);
      if (close > at + 1 && /^[A-Za-z_][A-Za-z0-9_]*$/.test(s.slice(at + 1, close))) at = close + 1;
    }
    // <( and >( start a process substitution, not a redirection.
    if (at === this.pos && (s[at] === '<' || s[at] === '>') && s[at + 1] === '(') return false;
    return REDIRECT_OPS.some((op) => s.startsWith(op, at)) && (at === this.pos || s[at] === '<' || s[at] === '>');
  }

  private parseRedirect(): Redirect {
    const s = this.source;
    let fd: number | undefined;
    let fdVariable: string | undefined;
    let at = this.pos;
    while (at < s.length && s[at] >= '0' && s[at] <= '9') at++;
    if (at > this.pos) fd = Number(s.slice(this.pos, at));
    else if (s[at] === '{') {
      const close = s.indexOf('}', at);
      fdVariable = s.slice(at + 1, close);
      at = close + 1;
    }
    const op = REDIRECT_OPS.find((o) => s.startsWith(o, at))!;
    this.pos = at + op.length;
    this.skipBlanks();
    const line = this.lineAt();
    const target = this.readWord();
    if (target === undefined) throw this.unexpectedHere();
    const redirect: Redirect = { op, fd, fdVariable, target };
    if (op === '<<' || op === '<<-') {
      const quoted = target.parts.some((p) => p.type !== 'literal');
      this.pendingHeredocs.push({ redirect, delimiter: delimiterText(target), quoted, stripTabs: op === '<<-', line });
    }
    return redirect;
  }

  // --- compound commands --------------------------------------------------------------------------------

  private expectWord(word: string): void {
    this.skipLinebreaks();
    if (this.peekRawWord() !== word) throw this.unexpectedHere();
    this.pos += word.length;
  }

  private nonEmpty(script: Script): Script {
    if (script.statements.length === 0) throw this.unexpectedHere();
    return script;
  }

  private parseIf(line: number): Command {
    this.pos += 2;
    const clauses: { condition: Script; body: Script }[] = [];
    let elseBody: Script | undefined;
    const condition = this.nonEmpty(this.parseList({ words: ['then'] }));
    this.expectWord('then');
    clauses.push({ condition, body: this.nonEmpty(this.parseList({ words: ['elif', 'else', 'fi'] })) });
    for (;;) {
      this.skipLinebreaks();
      const word = this.peekRawWord();
      if (word === 'elif') {
        this.pos += 4;
        const elifCondition = this.nonEmpty(this.parseList({ words: ['then'] }));
        this.expectWord('then');
        clauses.push({ condition: elifCondition, body: this.nonEmpty(this.parseList({ words: ['elif', 'else', 'fi'] })) });
        continue;
      }
      if (word === 'else') {
        this.pos += 4;
        elseBody = this.nonEmpty(this.parseList({ words: ['fi'] }));
      }
      this.expectWord('fi');
      return this.withRedirects({ type: 'if', clauses, elseBody, redirects: [], line });
    }
  }

  private parseWhile(line: number, until: boolean): Command {
    this.pos += 5; // 'while' and 'until' are both five letters
    const condition = this.nonEmpty(this.parseList({ words: ['do'] }));
    const body = this.parseDoGroup();
    return this.withRedirects({ type: 'while', until, condition, body, redirects: [], line });
  }

  /** The body of for and select: `do … done`, or bash's older `{ … }`. */
  private parseLoopBody(): Script {
    this.skipLinebreaks();
    if (this.peekRawWord() !== '{') return this.parseDoGroup();
    this.pos += 1;
    const body = this.nonEmpty(this.parseList({ words: ['}'] }));
    this.expectWord('}');
    return body;
  }

  private parseDoGroup(): Script {
    this.expectWord('do');
    const body = this.nonEmpty(this.parseList({ words: ['done'] }));
    this.expectWord('done');
    return body;
  }

  private parseFor(line: number): Command {
    this.pos += 3;
    this.skipBlanks();
    if (this.peekOperator() === '(' && this.peek(1) === '(') {
      const end = this.findArithmeticEnd(this.pos + 2);
      if (end < 0) throw end === -2 ? this.error('matching', ')', this.source.length) : this.unexpectedHere();
      const parts = splitArithFor(this.source.slice(this.pos + 2, end));
      if (parts === undefined) throw this.error('token', '(', this.pos);
      this.pos = end + 2;
      this.skipBlanks();
      if (this.peekOperator() === ';') this.pos++;
      const body = this.parseLoopBody();
      const [init, test, update] = parts.map((t) => this.arithmeticWord(t));
      return this.withRedirects({ type: 'arith-for', init, test, update, body, redirects: [], line });
    }
    const { variable, items } = this.parseForHead();
    const body = this.parseLoopBody();
    return this.withRedirects({ type: 'for', variable, items, body, redirects: [], line });
  }

  private parseSelect(line: number): Command {
    this.pos += 6;
    const { variable, items } = this.parseForHead();
    const body = this.parseLoopBody();
    return this.withRedirects({ type: 'select', variable, items, body, redirects: [], line });
  }

  private parseForHead(): { variable: string; items?: Word[] } {
    this.skipBlanks();
    const name = this.readWord();
    if (name === undefined) throw this.unexpectedHere();
    const variable = name.raw;
    this.skipBlanksAndComment();
    let items: Word[] | undefined;
    const save = this.pos;
    this.skipLinebreaks();
    if (this.peekRawWord() === 'in') {
      this.pos += 2;
      items = [];
      for (;;) {
        this.skipBlanks();
        if (this.atEnd) throw this.error('eof', '');
        const op = this.peekOperator();
        if (op === ';' || op === '\n') {
          if (op === ';') this.pos++;
          else this.consumeNewline();
          break;
        }
        if (op !== undefined) throw this.unexpectedHere();
        if (this.peek() === '#') {
          this.skipBlanksAndComment();
          continue;
        }
        const word = this.readWord();
        if (word === undefined) throw this.unexpectedHere();
        items.push(word);
      }
    } else {
      this.pos = save;
      this.skipBlanks();
      if (this.peekOperator() === ';') this.pos++;
    }
    return { variable, items };
  }

  private parseCase(line: number): Command {
    this.pos += 4;
    this.skipBlanks();
    const subject = this.readWord();
    if (subject === undefined) throw this.unexpectedHere();
    this.expectWord('in');
    const items: CaseItem[] = [];
    for (;;) {
      this.skipLinebreaks();
      if (this.atEnd) throw this.error('eof', '');
      if (this.peekRawWord() === 'esac') {
        this.pos += 4;
        return this.withRedirects({ type: 'case', subject, items, redirects: [], line });
      }
      if (this.peekOperator() === '(') this.pos++;
      const patterns: Word[] = [];
      for (;;) {
        this.skipBlanks();
        const pattern = this.readWord();
        if (pattern === undefined) throw this.unexpectedHere();
        patterns.push(pattern);
        this.skipBlanks();
        const op = this.peekOperator();
        if (op === '|') {
          this.pos++;
          continue;
        }
        if (op === ')') {
          this.pos++;
          break;
        }
        throw this.unexpectedHere();
      }
      const body = this.parseList({ words: ['esac'], caseItem: true });
      this.skipLinebreaks();
      const op = this.peekOperator();
      let terminator: CaseItem['terminator'] = ';;';
      if (op === ';;' || op === ';&' || op === ';;&') {
        terminator = op;
        this.pos += op.length;
      } else if (this.peekRawWord() !== 'esac') {
        throw this.unexpectedHere();
      }
      items.push({ patterns, body, terminator });
    }
  }

  private parseGroup(line: number): Command {
    this.pos += 1;
    const body = this.nonEmpty(this.parseList({ words: ['}'] }));
    this.expectWord('}');
    return this.withRedirects({ type: 'group', body, redirects: [], line });
  }

  private looksLikeFunctionDefinition(word: string): boolean {
    // `name=()` is an empty array assignment, not a function called "name=".
    if (/^[A-Za-z_][A-Za-z0-9_]*\+?=$/.test(word)) return false;
    const s = this.source;
    let at = this.pos + word.length;
    while (s[at] === ' ' || s[at] === '\t') at++;
    if (s[at] !== '(') return false;
    at++;
    while (s[at] === ' ' || s[at] === '\t') at++;
    return s[at] === ')';
  }

  private parseFunctionKeyword(line: number): Command {
    this.pos += 8;
    this.skipBlanks();
    const name = this.peekRawWord();
    if (name === undefined) throw this.unexpectedHere();
    if (this.looksLikeFunctionDefinition(name)) return this.parseFunctionBody(name, line);
    this.pos += name.length;
    return this.finishFunction(name, line);
  }

  private parseFunctionBody(name: string, line: number): Command {
    this.pos += name.length;
    this.skipBlanks();
    this.pos++; // (
    this.skipBlanks();
    this.pos++; // )
    return this.finishFunction(name, line);
  }

  private finishFunction(name: string, line: number): Command {
    this.skipLinebreaks();
    const bodyStart = this.pos;
    const word = this.peekRawWord();
    const compound = word === '{' || word === 'if' || word === 'while' || word === 'until' || word === 'for' || word === 'case' || word === '[[' || word === 'select' || this.peekOperator() === '(';
    if (!compound) throw this.atEnd ? this.error('eof', '') : this.unexpectedHere();
    const body = this.parseCommand();
    return { type: 'function', name, body, source: this.source.slice(bodyStart, this.pos), redirects: [], line };
  }

  // --- [[ … ]] -------------------------------------------------------------------------------------------

  // The error messages follow bash's cond_term in parse.y: an operator token is named in them, an
  // ordinary word is not, and some (an empty [[ ]]) print nothing at all.

  private parseConditional(line: number): Command {
    this.pos += 2;
    const expression = this.parseCondOr();
    this.skipCondBlanks();
    if (this.peekRawWord() !== ']]') {
      const token = this.condToken(true);
      // bash names the line where [[ began for this one.
      if (token.text === 'EOF') throw this.condError("unexpected EOF while looking for `]]'", token, undefined, line);
      throw this.condError(token.text === undefined ? 'syntax error in conditional expression' : `syntax error in conditional expression: unexpected token \`${token.text}'`, token);
    }
    this.pos += 2;
    return this.withRedirects({ type: 'conditional', expression, redirects: [], line });
  }

  private skipCondBlanks(): void {
    for (;;) {
      this.skipBlanks();
      if (this.peek() === '\n') this.consumeNewline();
      else return;
    }
  }

  /**
   * The token at the cursor inside [[ ]]: `text` names it in messages (undefined for an ordinary
   * word). At the end of input a line without its newline gets one, as bash's reader adds it,
   * unless newlines are being skipped there.
   */
  private condToken(newlinesSkipped: boolean): { text: string | undefined; end: number } {
    if (this.atEnd) {
      const synthesized = !newlinesSkipped && !this.source.endsWith('\n');
      return { text: synthesized ? 'newline' : 'EOF', end: this.pos };
    }
    const processSubstitution = (this.peek() === '<' || this.peek() === '>') && this.peek(1) === '(';
    const op = processSubstitution ? undefined : this.peekOperator();
    if (op === '\n') return { text: 'newline', end: this.pos + 1 };
    if (op !== undefined) return { text: op, end: this.pos + op.length };
    const raw = this.peekRawWord() ?? this.peek();
    return { text: raw === ']]' ? raw : undefined, end: this.pos + raw.length };
  }

  /** A [[ ]] error at `token`; whether only the end of input follows decides the status. */
  private condError(message: string, token: { text: string | undefined; end: number }, before?: ShellSyntaxError, line?: number): ShellSyntaxError {
    const eof = token.text === 'EOF';
    const rest = this.source.slice(token.end);
    const atEndOfInput = eof || (token.text === 'newline' && /^[ \t]*$/.test(rest));
    return new ShellSyntaxError('cond', message, line ?? (eof ? this.endLine() : this.lineAt()), this.lineTextAt(Math.min(this.pos, Math.max(0, this.source.length - 1))), eof, before, atEndOfInput);
  }

  private parseCondOr(): CondExpression {
    let left = this.parseCondAnd();
    for (;;) {
      this.skipCondBlanks();
      if (this.peekOperator() !== '||') return left;
      this.pos += 2;
      left = { type: 'or', left, right: this.parseCondAnd() };
    }
  }

  private parseCondAnd(): CondExpression {
    let left = this.parseCondNot();
    for (;;) {
      this.skipCondBlanks();
      if (this.peekOperator() !== '&&') return left;
      this.pos += 2;
      left = { type: 'and', left, right: this.parseCondNot() };
    }
  }

  private parseCondNot(): CondExpression {
    this.skipCondBlanks();
    if (this.peekRawWord() === '!') {
      this.pos++;
      return { type: 'not', operand: this.parseCondNot() };
    }
    return this.parseCondPrimary();
  }

  private parseCondPrimary(): CondExpression {
    this.skipCondBlanks();
    const first = this.condToken(true);
    // [[ ]], [[ ! ]], [[ a && ]]: bash gives up without a word.
    if (first.text === ']]') throw this.condError('', first);
    if (first.text === '(') {
      this.pos++;
      let inner: CondExpression;
      try {
        inner = this.parseCondOr();
      } catch (error) {
        if (error instanceof ShellSyntaxError && error.kind === 'cond') throw this.condError("expected `)'", this.condToken(true), error);
        throw error;
      }
      this.skipCondBlanks();
      if (this.peekOperator() !== ')') {
        const token = this.condToken(true);
        throw this.condError(token.text === undefined || token.text === 'EOF' ? "expected `)'" : `unexpected token \`${token.text}', expected \`)'`, token);
      }
      this.pos++;
      return { type: 'group', inner };
    }
    if (first.text !== undefined) throw this.condError(`unexpected token \`${first.text}' in conditional command`, first);
    const raw = this.peekRawWord();
    if (raw !== undefined && UNARY_TESTS.has(raw)) {
      this.pos += raw.length;
      this.skipBlanks();
      const operandToken = this.condToken(false);
      if (operandToken.text !== undefined) throw this.condError(`unexpected argument \`${operandToken.text}' to conditional unary operator`, operandToken);
      return { type: 'unary', op: raw, operand: this.readWord()! };
    }
    const left = this.readWord()!;
    this.skipBlanks();
    const opToken = this.condToken(false);
    const rawOp = opToken.text === '<' || opToken.text === '>' ? opToken.text : opToken.text === undefined ? this.peekRawWord() : undefined;
    if (rawOp === undefined || !BINARY_TESTS.has(rawOp)) {
      // [[ word ]] tests for a non-empty string.
      if (opToken.text === ']]' || opToken.text === '&&' || opToken.text === '||' || opToken.text === ')') return { type: 'word', word: left };
      throw this.condError(opToken.text === undefined ? 'conditional binary operator expected' : `unexpected token \`${opToken.text}', conditional binary operator expected`, opToken);
    }
    this.pos += rawOp.length;
    this.skipBlanks();
    const rightToken = this.condToken(false);
    if (rightToken.text !== undefined && !(rawOp === '=~' && rightToken.text === '(')) {
      throw this.condError(`unexpected argument \`${rightToken.text}' to conditional binary operator`, rightToken);
    }
    const right = this.readWord(rawOp === '=~' ? 'regex' : 'word')!;
    return { type: 'binary', op: rawOp, left, right };
  }
}

/** The here-document delimiter with quotes removed (a quoted delimiter also turns expansion off). */
function delimiterText(word: Word): string {
  let text = '';
  const visit = (parts: Word['parts']): void => {
    for (const part of parts) {
      if (part.type === 'literal' || part.type === 'quoted') text += part.value;
      else if (part.type === 'double') visit(part.parts);
      else if (part.type === 'parameter') text += part.braced ? `\${${part.name}}` : `$${part.name}`;
    }
  };
  visit(word.parts);
  return text;
}

/** Splits `init; test; update` of a C-style for; undefined when there are not exactly three parts. */
function splitArithFor(text: string): [string, string, string] | undefined {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const c of text) {
    if (c === '(') depth++;
    else if (c === ')') depth--;
    if (c === ';' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += c;
  }
  parts.push(current);
  return parts.length === 3 ? [parts[0], parts[1], parts[2]] : undefined;
}

export function parseScript(source: string, options: ParseOptions = {}): Script {
  return new Parser(source, options).parseProgram();
}
