// Word expansion in bash's order: brace expansion; then tilde, parameter, arithmetic and command
// substitution (left to right); word splitting of unquoted results; pathname expansion; quote
// removal. Different contexts use different subsets (assignments are not split or globbed; case
// patterns keep quoting as escapes).

import type { CommandSubstitutionPart, ProcessSubstitutionPart, Word, WordPart } from './ast.ts';
import { braceExpand } from './brace.ts';
import { FieldBuilder, type Field } from './fields.ts';
import { glob } from './glob.ts';
import type { Shell } from './shell.ts';
import { expandParameter } from './parameter.ts';
import { ArithmeticError, UnboundVariable } from './arithmetic.ts';
import { evaluate, AssignmentError } from './assign.ts';
import { BadSubstitution } from './parser/words.ts';

/** What expansion needs from the interpreter: running $(…) and <(…). */
export interface Substitutions {
  command(part: CommandSubstitutionPart): Promise<string>;
  process(part: ProcessSubstitutionPart): Promise<string>;
}

/**
 * Expansion failed; the message is printed. Most failures abandon the current command line
 * (bash's DISCARD); `fatal` ones (unset variables under set -u, ${v:?}) end a non-interactive shell
 * with `status`.
 */
export class ExpansionError {
  constructor(
    readonly status: number,
    readonly fatal = false,
  ) {}
}

/** shopt -s failglob and a pattern matched nothing (the message is printed). */
export class NoGlobMatch extends ExpansionError {
  constructor() {
    super(1);
  }
}

export class Expander {
  constructor(
    readonly shell: Shell,
    private readonly substitutions: Substitutions,
  ) {}

  /** Full expansion of command words: brace, tilde, parameters, splitting, globbing. */
  async words(words: readonly Word[]): Promise<string[]> {
    const out: string[] = [];
    for (const word of words) {
      const braced = this.shell.option('braceexpand') ? braceExpand(word) : [word];
      for (const each of braced) {
        const fields = await this.fields(each);
        for (const field of fields) out.push(...(await this.pathnames(field)));
      }
    }
    return out;
  }

  /** One word to fields (split and globbed) without brace expansion: redirection targets. */
  async wordToFields(word: Word): Promise<string[]> {
    const out: string[] = [];
    for (const field of await this.fields(word)) out.push(...(await this.pathnames(field)));
    return out;
  }

  /** One word to one string: no splitting, no globbing (assignments, here-documents, [[ ]] operands). */
  async word(word: Word, options: { tildeAfterColons?: boolean } = {}): Promise<string> {
    const builder = new FieldBuilder('');
    await this.parts(word.parts, builder, false, { assignment: options.tildeAfterColons ?? false, wordStart: true, joinLists: true });
    return builder.finish().map((f) => f.value).join('');
  }

  /** One word as a pattern (case, [[ == ]], ${v#pattern}): quoted characters escaped. */
  async pattern(word: Word, options: { escapeEveryQuoted?: boolean } = {}): Promise<string> {
    // Escaping every quoted character matches the same strings; set -x shows the pattern that way.
    const builder = new FieldBuilder('', options.escapeEveryQuoted ? (text) => text.replace(/[^]/gu, '\\$&') : undefined);
    await this.parts(word.parts, builder, false, { assignment: false, wordStart: true, joinLists: true });
    return builder.finish().map((f) => f.pattern).join('');
  }

  /** The right side of [[ =~ ]]: quoted parts match literally, the rest is an extended regex. */
  async regex(word: Word): Promise<string> {
    const builder = new FieldBuilder('', (text) => text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'));
    await this.parts(word.parts, builder, false, { assignment: false, wordStart: true, joinLists: true });
    return builder.finish().map((f) => f.pattern).join('');
  }

  /** Expands into an existing builder (used for ${v:-word} operands, keeping their quoting). */
  async into(word: Word, builder: FieldBuilder, quoted: boolean): Promise<void> {
    await this.parts(word.parts, builder, quoted, { assignment: false, wordStart: false, joinLists: false });
  }

  async fields(word: Word): Promise<Field[]> {
    const builder = new FieldBuilder(this.ifs(), undefined, this.shell.shopt('extglob'));
    await this.parts(word.parts, builder, false, { assignment: false, wordStart: true, joinLists: false });
    return builder.finish();
  }

  ifs(): string {
    const value = this.shell.getScalar('IFS');
    return value ?? ' \t\n';
  }

  private async pathnames(field: Field): Promise<string[]> {
    const shell = this.shell;
    if (!field.glob || shell.option('noglob')) return [field.value];
    const matches = glob(shell.kernel.fs, shell.proc.cred, shell.proc.cwd, field.pattern, {
      dotglob: shell.shopt('dotglob'),
      nocaseglob: shell.shopt('nocaseglob'),
      globstar: shell.shopt('globstar'),
      globskipdots: shell.shopt('globskipdots'),
      extglob: shell.shopt('extglob'),
    });
    if (matches.length > 0) return matches;
    if (shell.shopt('failglob')) {
      await shell.printError(`no match: ${field.value}`);
      throw new NoGlobMatch();
    }
    if (shell.shopt('nullglob')) return [];
    return [field.value];
  }

  private async parts(
    parts: readonly WordPart[],
    builder: FieldBuilder,
    quoted: boolean,
    context: { assignment: boolean; wordStart: boolean; joinLists: boolean },
  ): Promise<void> {
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i];
      switch (part.type) {
        case 'literal': {
          let text = part.value;
          let assignmentLike = context.assignment;
          // An argument that looks like an assignment (a=~/x, PATH=$PATH:~/bin) gets an
          // assignment's tildes too, outside POSIX mode.
          if (i === 0 && context.wordStart && !context.assignment && !this.shell.option('posix')) {
            const name = /^[A-Za-z_][A-Za-z0-9_]*=/.exec(text);
            if (name && text.includes('~')) {
              builder.literal(name[0]);
              text = text.slice(name[0].length);
              assignmentLike = true;
            }
          }
          if (i === 0 && context.wordStart && text.startsWith('~')) {
            const expanded = this.tilde(text, parts.length === 1, assignmentLike);
            if (expanded !== undefined) {
              // The home directory is quoted text: no globbing or splitting of it.
              builder.quoted(expanded.home);
              text = expanded.rest;
            }
          }
          if (assignmentLike) text = this.assignmentTildes(text);
          if (quoted) builder.quoted(text);
          else builder.literal(text);
          break;
        }
        case 'quoted':
          builder.quoted(part.value);
          break;
        case 'double':
          // "" is an empty word, but "$@" with no arguments is no word at all.
          if (part.parts.length === 0 || !part.parts.every(isListExpansion)) builder.quoted('');
          await this.parts(part.parts, builder, true, { ...context, wordStart: false });
          break;
        case 'parameter':
          await this.guard(() => expandParameter(this, part, builder, quoted, context.joinLists));
          break;
        case 'command': {
          const output = await this.substitutions.command(part);
          const text = output.replace(/\n+$/, '');
          if (quoted) builder.quoted(text);
          else builder.split(text);
          break;
        }
        case 'arithmetic': {
          const expression = await this.word(part.expression);
          const value = String(await this.guard(() => evaluate(this.shell, expression)));
          if (quoted) builder.quoted(value);
          else builder.split(value);
          break;
        }
        case 'process': {
          const path = await this.substitutions.process(part);
          builder.quoted(path);
          break;
        }
      }
    }
  }

  /** Runs an expansion step, turning its errors into bash's messages. */
  async guard<T>(step: () => T | Promise<T>): Promise<T> {
    try {
      return await step();
    } catch (error) {
      if (error instanceof ArithmeticError) {
        await this.shell.printError(error.message);
        throw new ExpansionError(1);
      }
      if (error instanceof UnboundVariable) {
        await this.shell.printError(error.message);
        throw new ExpansionError(this.fatalStatus(), true);
      }
      if (error instanceof AssignmentError) {
        await this.shell.printError(error.message);
        throw new ExpansionError(1);
      }
      if (error instanceof BadSubstitution) {
        await this.shell.printError(error.message);
        throw new ExpansionError(1);
      }
      throw error;
    }
  }

  /** The status a fatal expansion error ends a non-interactive shell with: 127 for -c, 1 for scripts. */
  fatalStatus(): number {
    return this.shell.commandString ? 127 : 1;
  }

  /** ~, ~user, ~+, ~- at the start of a word; `whole` when the word has no other parts. */
  private tilde(text: string, whole: boolean, assignment = false): { home: string; rest: string } | undefined {
    // The prefix ends at a slash, and in an assignment also at a colon.
    const slash = assignment ? text.search(/[/:]/) : text.indexOf('/');
    if (slash < 0 && !whole) return undefined;
    const prefix = slash < 0 ? text.slice(1) : text.slice(1, slash);
    const home = this.tildeHome(prefix);
    if (home === undefined) return undefined;
    return { home, rest: slash < 0 ? '' : text.slice(slash) };
  }

  tildeHome(prefix: string): string | undefined {
    const shell = this.shell;
    if (prefix === '') return shell.getScalar('HOME') ?? shell.system.userByUid(shell.proc.cred.uid)?.home;
    if (prefix === '+') return shell.getScalar('PWD');
    if (prefix === '-') return shell.getScalar('OLDPWD');
    return shell.system.userByName(prefix)?.home;
  }

  /** In assignments, `~` also expands after `=` and `:` (PATH=~/bin:~/tools). */
  private assignmentTildes(text: string): string {
    if (!text.includes(':~')) return text;
    return text.replace(/:~([^:/]*)/g, (match, user: string) => {
      const home = this.tildeHome(user);
      return home === undefined ? match : `:${home}`;
    });
  }
}

/** Operators that may put their own text in place of the value. */
const DEFAULTING_OPERATORS = new Set([':-', '-', ':=', '=', ':+', '+', ':?', '?']);

/** $@ or ${a[@]}, maybe transformed (${@:2}, ${a[@]#x}): as many words as there are elements. */
function isListExpansion(part: WordPart): boolean {
  if (part.type !== 'parameter' || part.length) return false;
  if (part.prefixMatch) return part.prefixMatch === '@'; // "${!prefix@}": the matching names
  if (part.op !== undefined && DEFAULTING_OPERATORS.has(part.op)) return false;
  if (part.indirect) return part.index?.raw === '@'; // "${!a[@]}": the keys
  return part.name === '@' || part.index?.raw === '@';
}
