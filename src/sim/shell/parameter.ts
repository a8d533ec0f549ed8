// Parameter expansion: $name, ${name[i]}, special parameters, and every ${…} operator bash 5.2 has
// (defaults, assignment, errors, alternatives, pattern removal and replacement, case modification,
// substrings, lengths, indirection, and the @Q/@U/@L/@u/@E/@A transformations).

import type { ParameterPart, Word } from './ast.ts';
import type { Expander } from './expand.ts';
import type { Shell } from './shell.ts';
import { ExpansionError } from './expand.ts';
import type { FieldBuilder } from './fields.ts';
import { compilePattern, hasGlobChars, patternToRegExpSource, unescapePattern, type PatternOptions } from './pattern.ts';
import { IndexedArray, isValidName, scalarOf } from './variables.ts';
import { ArithmeticError, UnboundVariable } from './arithmetic.ts';
import { assignScalar, evaluate } from './assign.ts';
import { compareCodePoints } from './glob.ts';
import { BadSubstitution, decodeEscape } from './parser/words.ts';
import { normalizeBytes } from '../text/byte-text.ts';
import { shellQuote } from './quoting.ts';

type Resolved = { list: false; value: string | undefined } | { list: true; values: string[]; star: boolean };

const FLAG_ORDER = 'abefhikmnptuvxBCEHPT';
const FLAG_OPTIONS: Record<string, string> = {
  a: 'allexport', b: 'notify', e: 'errexit', f: 'noglob', h: 'hashall', k: 'keyword', m: 'monitor',
  n: 'noexec', p: 'privileged', t: 'onecmd', u: 'nounset', v: 'verbose', x: 'xtrace', B: 'braceexpand',
  C: 'noclobber', E: 'errtrace', H: 'histexpand', P: 'physical', T: 'functrace',
};

export async function expandParameter(
  expander: Expander,
  part: ParameterPart,
  builder: FieldBuilder,
  quoted: boolean,
  joinLists: boolean,
): Promise<void> {
  const shell = expander.shell;
  if (part.badSubstitution !== undefined) throw new BadSubstitution(part.badSubstitution, shell.lineno);
  let name = part.name;
  let index = part.index;
  let resolved: Resolved;

  if (part.prefixMatch) {
    const names = shell.vars.names().filter((n) => n.startsWith(name) && shell.vars.lookup(n)?.value !== undefined).sort(compareCodePoints);
    return emit(expander, { list: true, values: names, star: part.prefixMatch === '*' }, builder, quoted, joinLists);
  }
  if (part.indirect) {
    if (index && isListIndex(index)) {
      const value = shell.valueOf(name);
      const keys = value instanceof IndexedArray ? value.keys().map(String) : value instanceof Map ? [...value.keys()] : value !== undefined ? ['0'] : [];
      return emit(expander, { list: true, values: keys, star: index.raw === '*' }, builder, quoted, joinLists);
    }
    const reference = (await resolve(expander, name, index)) as Resolved;
    const target = reference.list ? reference.values.join(' ') : reference.value;
    if (target === undefined || target === '') {
      if (target === undefined && !part.op) {
        await shell.printError(`${name}: invalid indirect expansion`);
        throw new ExpansionError(1);
      }
      resolved = { list: false, value: undefined };
    } else {
      const parsed = /^([A-Za-z_][A-Za-z0-9_]*)(?:\[(.*)\])?$|^([0-9]+|[@*#?$!0-])$/s.exec(target);
      if (!parsed) {
        await shell.printError(`${target}: invalid variable name`);
        throw new ExpansionError(1);
      }
      name = parsed[1] ?? parsed[3];
      index = parsed[2] !== undefined ? { parts: [{ type: 'literal', value: parsed[2] }], raw: parsed[2] } : undefined;
      resolved = await resolve(expander, name, index);
    }
  } else {
    resolved = await resolve(expander, name, index);
  }

  if (part.length) {
    if (resolved.list) return emit(expander, { list: false, value: String(resolved.values.length) }, builder, quoted, joinLists);
    if (resolved.value === undefined && shell.option('nounset') && name !== '@' && name !== '*') throw new UnboundVariable(unboundName(part, name, index));
    return emit(expander, { list: false, value: String(codePointLength(resolved.value ?? '')) }, builder, quoted, joinLists);
  }

  const op = part.op;
  const isUnset = resolved.list ? resolved.values.length === 0 : resolved.value === undefined;
  const isNull = resolved.list ? resolved.values.join('') === '' : (resolved.value ?? '') === '';
  if (op === undefined || !'-:-=:=+:+?:?'.includes(op) || op === ':') {
    if (isUnset && shell.option('nounset') && name !== '@' && name !== '*' && !(resolved.list && index)) {
      throw new UnboundVariable(unboundName(part, name, index));
    }
  }

  switch (op) {
    case undefined:
      return emit(expander, resolved, builder, quoted, joinLists);
    case '-':
    case ':-':
      if (op === '-' ? isUnset : isNull) return expander.into(part.arg!, builder, quoted);
      return emit(expander, resolved, builder, quoted, joinLists);
    case '+':
    case ':+':
      if (!(op === '+' ? isUnset : isNull)) return expander.into(part.arg!, builder, quoted);
      return;
    case '=':
    case ':=': {
      if (!(op === '=' ? isUnset : isNull)) return emit(expander, resolved, builder, quoted, joinLists);
      const value = await expander.word(part.arg!);
      if (!isValidName(name)) {
        await shell.printError(`$${name}: cannot assign in this way`);
        throw new ExpansionError(1);
      }
      await expander.guard(() => assignScalar(shell, name, value, index ? { index: indexKey(shell, name, index.raw) } : {}));
      return emit(expander, { list: false, value }, builder, quoted, joinLists);
    }
    case '?':
    case ':?': {
      if (!(op === '?' ? isUnset : isNull)) return emit(expander, resolved, builder, quoted, joinLists);
      const message = part.arg && part.arg.parts.length > 0 ? await expander.word(part.arg) : op === '?' ? 'parameter not set' : 'parameter null or not set';
      await shell.printError(`${displayName(name, index)}: ${message}`);
      throw new ExpansionError(expander.fatalStatus(), true);
    }
    case '#':
    case '##':
    case '%':
    case '%%': {
      const pattern = await expander.pattern(part.arg!);
      return emit(expander, mapValues(resolved, (v) => removePattern(v, pattern, op, { nocase: shell.shopt('nocasematch'), extglob: shell.shopt('extglob') })), builder, quoted, joinLists);
    }
    case '/':
    case '//':
    case '/#':
    case '/%': {
      const pattern = await expander.pattern(part.arg!);
      const replacement = part.arg2 ? await expander.pattern(part.arg2) : '';
      const ampersand = shell.shopt('patsub_replacement');
      return emit(expander, mapValues(resolved, (v) => replacePattern(v, pattern, replacement, op, ampersand, shell.shopt('extglob'))), builder, quoted, joinLists);
    }
    case '^':
    case '^^':
    case ',':
    case ',,':
    case '~':
    case '~~': {
      const pattern = part.arg && part.arg.parts.length > 0 ? await expander.pattern(part.arg) : '?';
      return emit(expander, mapValues(resolved, (v) => modifyCase(v, pattern, op, shell.shopt('extglob'))), builder, quoted, joinLists);
    }
    case ':':
      // An unset variable expands to nothing without its offset and length being evaluated.
      if (!resolved.list && resolved.value === undefined) return emit(expander, resolved, builder, quoted, joinLists);
      return emit(expander, await substring(expander, part, resolved, name), builder, quoted, joinLists);
    case '@': {
      const operator = part.arg ? await expander.word(part.arg) : '';
      return emit(expander, transform(expander, resolved, operator, name), builder, quoted, joinLists);
    }
  }
}

function isListIndex(index: Word): boolean {
  return index.raw === '@' || index.raw === '*';
}

/** How set -u names what is unset: "$2" for an unbraced positional parameter, else the name. */
function unboundName(part: ParameterPart, name: string, index: Word | undefined): string {
  return !part.braced && /^[0-9]$/.test(name) ? `$${name}` : displayName(name, index);
}

function displayName(name: string, index: Word | undefined): string {
  return index ? `${name}[${index.raw}]` : name;
}

function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) n++;
  }
  return n;
}

/** The key an element assignment or lookup uses: the raw text for associative arrays, else arithmetic. */
function indexKey(shell: Expander['shell'], name: string, raw: string): string | number {
  const value = shell.vars.lookup(name)?.value;
  if (value instanceof Map) return raw;
  return Number(evaluate(shell, raw));
}

async function resolve(expander: Expander, name: string, index: Word | undefined): Promise<Resolved> {
  const shell = expander.shell;
  if (name === '@' || name === '*') return { list: true, values: [...shell.positional], star: name === '*' };
  if (index === undefined) {
    switch (name) {
      case '#':
        return { list: false, value: String(shell.positional.length) };
      case '?':
        return { list: false, value: String(shell.lastStatus) };
      case '-':
        return { list: false, value: flags(expander) };
      case '$':
        return { list: false, value: String(shell.shellPid) };
      case '!':
        return { list: false, value: shell.lastBackgroundPid === undefined ? undefined : String(shell.lastBackgroundPid) };
      case '0':
        return { list: false, value: shell.arg0 };
    }
    if (/^[0-9]+$/.test(name)) return { list: false, value: shell.positional[Number(name) - 1] };
    return { list: false, value: scalarOf(shell.valueOf(name)) };
  }
  const value = shell.valueOf(name);
  if (isListIndex(index)) {
    const star = index.raw === '*';
    if (value === undefined) return { list: true, values: [], star };
    if (typeof value === 'string') return { list: true, values: [value], star };
    return { list: true, values: value instanceof IndexedArray ? value.values() : [...value.values()], star };
  }
  if (value instanceof Map) return { list: false, value: value.get(await expander.word(index)) };
  const subscript = await expander.word(index);
  let n = Number(await expander.guard(() => evaluate(shell, subscript)));
  if (value instanceof IndexedArray) {
    if (n < 0) n += value.nextIndex;
    if (n < 0) {
      // Reading a subscript before the start is reported but expands to nothing; the command runs.
      await shell.printError(`${name}: bad array subscript`);
      return { list: false, value: undefined };
    }
    return { list: false, value: value.get(n) };
  }
  return { list: false, value: n === 0 || n === -1 ? value : undefined };
}

function flags(expander: Expander): string {
  const shell = expander.shell;
  let out = '';
  for (const flag of FLAG_ORDER) {
    if (flag === 'i') {
      if (shell.interactive) out += 'i';
    } else if (shell.option(FLAG_OPTIONS[flag])) out += flag;
  }
  if (shell.commandString) out += 'c';
  else if (shell.interactive || shell.readingStdin) out += 's';
  return out;
}

function emit(expander: Expander, resolved: Resolved, builder: FieldBuilder, quoted: boolean, joinLists: boolean): void {
  if (!resolved.list) {
    const value = resolved.value ?? '';
    if (quoted) builder.quoted(value);
    else builder.split(value);
    return;
  }
  const { values, star } = resolved;
  if (joinLists || (quoted && star)) {
    const ifs = expander.ifs();
    const separator = star ? (expander.shell.getScalar('IFS') === undefined ? ' ' : ifs.slice(0, 1)) : ' ';
    const joined = values.join(separator);
    if (quoted) builder.quoted(joined);
    else builder.split(joined);
    return;
  }
  values.forEach((value, i) => {
    if (i > 0) builder.boundary();
    if (quoted) builder.quoted(value);
    else builder.split(value);
  });
}

function mapValues(resolved: Resolved, fn: (value: string) => string): Resolved {
  if (resolved.list) return { ...resolved, values: resolved.values.map(fn) };
  return { list: false, value: resolved.value === undefined ? undefined : fn(resolved.value) };
}

function removePattern(value: string, pattern: string, op: '#' | '##' | '%' | '%%', options: PatternOptions): string {
  if (!hasGlobChars(pattern, options.extglob)) {
    const literal = unescapePattern(pattern);
    if (op === '#' || op === '##') return value.startsWith(literal) ? value.slice(literal.length) : value;
    return value.endsWith(literal) ? value.slice(0, value.length - literal.length) : value;
  }
  const regex = compilePattern(pattern, options);
  const n = value.length;
  switch (op) {
    case '#':
      for (let i = 0; i <= n; i++) if (regex.test(value.slice(0, i))) return value.slice(i);
      return value;
    case '##':
      for (let i = n; i >= 0; i--) if (regex.test(value.slice(0, i))) return value.slice(i);
      return value;
    case '%':
      for (let i = n; i >= 0; i--) if (regex.test(value.slice(i))) return value.slice(0, i);
      return value;
    case '%%':
      for (let i = 0; i <= n; i++) if (regex.test(value.slice(i))) return value.slice(0, i);
      return value;
  }
}

function replacePattern(value: string, pattern: string, replacement: string, op: '/' | '//' | '/#' | '/%', ampersand: boolean, extglob: boolean): string {
  if (pattern === '') return value;
  const source = patternToRegExpSource(pattern, { extglob });
  const anchored = op === '/#' ? `^(?:${source})` : op === '/%' ? `(?:${source})$` : source;
  const regex = new RegExp(anchored, op === '//' ? 'gsu' : 'su');
  const render = (match: string): string => {
    let out = '';
    for (let i = 0; i < replacement.length; i++) {
      const c = replacement[i];
      if (c === '\\' && i + 1 < replacement.length) out += replacement[++i];
      else if (c === '&' && ampersand) out += match;
      else out += c;
    }
    return out;
  };
  return value.replace(regex, (match) => render(match));
}

function modifyCase(value: string, pattern: string, op: '^' | '^^' | ',' | ',,' | '~' | '~~', extglob: boolean): string {
  const regex = compilePattern(pattern, { extglob });
  const all = op === '^^' || op === ',,' || op === '~~';
  const change = (char: string): string =>
    op[0] === '^' ? char.toUpperCase() : op[0] === ',' ? char.toLowerCase() : char === char.toUpperCase() ? char.toLowerCase() : char.toUpperCase();
  let out = '';
  let first = true;
  for (const char of value) {
    if ((all || first) && regex.test(char)) out += change(char);
    else out += char;
    first = false;
  }
  return out;
}

async function substring(expander: Expander, part: ParameterPart, resolved: Resolved, name: string): Promise<Resolved> {
  const shell = expander.shell;
  const offsetText = await expander.word(part.arg!);
  const offset = Number(await expander.guard(() => evaluateNamed(shell, name, offsetText)));
  let length: number | undefined;
  if (part.hasArg2) {
    const lengthText = await expander.word(part.arg2!);
    length = Number(await expander.guard(() => evaluateNamed(shell, name, lengthText || '0')));
  }
  if (resolved.list) {
    let values = resolved.values;
    let start = offset;
    if (name === '@' || name === '*') {
      values = [shell.arg0, ...values];
    } else if (part.index) {
      // Array slices count by index, not position: ${a[@]:5} starts at the first index >= 5.
      const array = shell.valueOf(name);
      if (array instanceof IndexedArray) {
        const keys = array.keys();
        const from = offset < 0 ? keys.length + offset : keys.findIndex((k) => k >= offset);
        start = from < 0 ? keys.length : from;
      }
    }
    if (start < 0) start += values.length;
    if (start < 0 || start > values.length) return { ...resolved, values: [] };
    if (length !== undefined && length < 0) {
      await shell.printError(`${length}: substring expression < 0`);
      throw new ExpansionError(1);
    }
    return { ...resolved, values: values.slice(start, length === undefined ? undefined : start + length) };
  }
  const value = resolved.value ?? '';
  const chars = [...value];
  let start = offset < 0 ? chars.length + offset : offset;
  if (start < 0 || start > chars.length) return { list: false, value: start < 0 ? '' : '' };
  let end = chars.length;
  if (length !== undefined) {
    end = length < 0 ? chars.length + length : start + length;
    if (end < start) {
      await shell.printError(`${length}: substring expression < 0`);
      throw new ExpansionError(1);
    }
  }
  start = Math.min(start, chars.length);
  return { list: false, value: chars.slice(start, end).join('') };
}

function transform(expander: Expander, resolved: Resolved, operator: string, name: string): Resolved {
  const shell = expander.shell;
  const apply = (value: string): string => {
    switch (operator) {
      case 'Q':
        return shellQuote(value);
      case 'U':
        return value.toUpperCase();
      case 'u':
        return value.slice(0, 1).toUpperCase() + value.slice(1);
      case 'L':
        return value.toLowerCase();
      case 'E': {
        let out = '';
        for (let i = 0; i < value.length; i++) {
          if (value[i] !== '\\') {
            out += value[i];
            continue;
          }
          const decoded = decodeEscape(value, i + 1, true);
          out += decoded.text;
          i = decoded.end - 1;
        }
        return normalizeBytes(out);
      }
      case 'A':
        return `${name}=${shellQuote(value)}`;
      case 'a': {
        const variable = shell.vars.lookup(name);
        let attributes = '';
        if (variable?.value instanceof IndexedArray) attributes += 'a';
        if (variable?.value instanceof Map) attributes += 'A';
        if (variable?.integer) attributes += 'i';
        if (variable?.lowercase) attributes += 'l';
        if (variable?.readonly) attributes += 'r';
        if (variable?.uppercase) attributes += 'u';
        if (variable?.exported) attributes += 'x';
        return attributes;
      }
      default:
        return value;
    }
  };
  return mapValues(resolved, apply);
}

/** Arithmetic inside ${name:offset:length}: bash names the variable in its error messages. */
function evaluateNamed(shell: Shell, name: string, expression: string): bigint {
  try {
    return evaluate(shell, expression);
  } catch (error) {
    if (error instanceof ArithmeticError) throw new ArithmeticError(`${name}: ${error.expression.trimStart()}`, error.reason, error.token);
    throw error;
  }
}
