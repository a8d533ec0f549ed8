// awk's tokens. The whole program is tokenized up front; whether `/` starts a regular expression
// or divides depends only on the token before it (an operand before it means division), which is
// how every awk resolves that ambiguity in practice.

import { Unsupported } from '../context.ts';
import { AwkSyntaxError, type SourceText } from './errors.ts';

export type TokenType =
  | 'number' | 'string' | 'regex' | 'name' | 'funcname' | 'builtin' | 'newline' | 'eof'
  | 'BEGIN' | 'END' | 'function' | 'if' | 'else' | 'while' | 'for' | 'do' | 'break' | 'continue'
  | 'next' | 'nextfile' | 'exit' | 'return' | 'delete' | 'getline' | 'print' | 'printf' | 'in'
  | '{' | '}' | '(' | ')' | '[' | ']' | ';' | ',' | '+' | '-' | '*' | '/' | '%' | '^' | '!' | '>' | '<'
  | '|' | '?' | ':' | '~' | '$' | '=' | '+=' | '-=' | '*=' | '/=' | '%=' | '^=' | '==' | '<=' | '>='
  | '!=' | '++' | '--' | '&&' | '||' | '>>' | '!~';

export interface Token {
  type: TokenType;
  /** Name, keyword or operator text; a string's processed value; a regex's source. */
  text: string;
  value: number;
  source: SourceText;
  /** Offset of the token in its source. */
  start: number;
  line: number;
  /** Offset where the token's line begins. */
  lineStart: number;
  /** Whitespace came right before it (a user function call needs `name(` with none). */
  spaced: boolean;
}

/** gawk syntax the playground does not simulate: using it fails loudly rather than misparsing. */
const GAWK_KEYWORDS = new Set(['BEGINFILE', 'ENDFILE', 'switch']);

const KEYWORDS = new Set<string>([
  'BEGIN', 'END', 'function', 'if', 'else', 'while', 'for', 'do', 'break', 'continue', 'next',
  'nextfile', 'exit', 'return', 'delete', 'getline', 'print', 'printf', 'in',
]);

export const BUILTINS = new Set<string>([
  'length', 'substr', 'index', 'split', 'sub', 'gsub', 'match', 'sprintf', 'sin', 'cos', 'atan2',
  'exp', 'log', 'sqrt', 'int', 'rand', 'srand', 'tolower', 'toupper', 'system', 'close', 'fflush',
  // gawk extensions, recognized so that using them fails loudly or works as in gawk.
  'gensub', 'asort', 'asorti', 'patsplit', 'strftime', 'systime', 'mktime', 'strtonum', 'and', 'or',
  'xor', 'lshift', 'rshift', 'compl', 'isarray', 'typeof', 'bindtextdomain', 'dcgettext', 'dcngettext', 'mkbool',
]);

/** How many arguments each standard builtin takes (gawk rejects other counts while parsing). */
export const ARITY: Record<string, [number, number]> = {
  length: [0, 1], substr: [2, 3], index: [2, 2], split: [2, 4], sub: [2, 3], gsub: [2, 3], match: [2, 3],
  sprintf: [1, Infinity], sin: [1, 1], cos: [1, 1], atan2: [2, 2], exp: [1, 1], log: [1, 1], sqrt: [1, 1],
  int: [1, 1], rand: [0, 0], srand: [0, 1], tolower: [1, 1], toupper: [1, 1], system: [1, 1], close: [1, 2], fflush: [0, 1],
  // gawk extensions simulated here (extensions.ts).
  gensub: [3, 4], strtonum: [1, 1], and: [2, Infinity], or: [2, Infinity], xor: [2, Infinity], lshift: [2, 2],
  rshift: [2, 2], compl: [1, 1], systime: [0, 0], asort: [1, 3], asorti: [1, 3],
};

const OPERATORS: string[] = [
  '&&', '||', '>>', '!~', '==', '<=', '>=', '!=', '++', '--', '+=', '-=', '*=', '/=', '%=', '^=', '**=', '**',
  '{', '}', '(', ')', '[', ']', ';', ',', '+', '-', '*', '/', '%', '^', '!', '>', '<', '|', '?', ':', '~', '$', '=',
];

/** Token types after which `/` divides rather than starting a regex. */
const OPERAND_END = new Set<TokenType>(['number', 'string', 'regex', 'name', 'builtin', ')', ']', '$', '++', '--', 'getline']);

export interface LexWarning {
  source: SourceText;
  line: number;
  message: string;
}

export function tokenize(source: SourceText, warnings: LexWarning[]): Token[] {
  const text = source.text;
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  let spaced = true;
  const push = (type: TokenType, start: number, tokenText: string, value = 0): void => {
    tokens.push({ type, text: tokenText, value, source, start, line, lineStart, spaced });
    spaced = false;
  };
  const fail = (at: number, message: string, atLine = line, atLineStart = lineStart): never => {
    throw new AwkSyntaxError(source, atLine, atLineStart, at - atLineStart, message);
  };
  while (i < text.length) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      spaced = true;
      continue;
    }
    if (c === '\\' && (text[i + 1] === '\n' || (text[i + 1] === '\r' && text[i + 2] === '\n'))) {
      i += text[i + 1] === '\n' ? 2 : 3;
      line++;
      lineStart = i;
      spaced = true;
      continue;
    }
    if (c === '#') {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    if (c === '\n') {
      push('newline', i, '\n');
      i++;
      line++;
      lineStart = i;
      spaced = true;
      continue;
    }
    const start = i;
    if (c === '"') {
      const { value, end } = readString(text, i + 1, (message) => warnings.push({ source, line, message }));
      if (end < 0) fail(start, 'unterminated string');
      // A backslash-newline inside the string continues it onto the next line.
      for (let j = start; j < end; j++) {
        if (text[j] === '\n') {
          line++;
          lineStart = j + 1;
        }
      }
      push('string', start, value);
      i = end;
      continue;
    }
    const previous = tokens.length > 0 ? tokens[tokens.length - 1].type : 'newline';
    if (c === '/' && !OPERAND_END.has(previous)) {
      const end = regexEnd(text, i + 1);
      if (end < 0 || text[end] !== '/') fail(start + 1, 'unterminated regexp');
      push('regex', start, text.slice(i + 1, end));
      i = end + 1;
      continue;
    }
    if (isDigit(c) || (c === '.' && isDigit(text[i + 1]))) {
      const { value, end } = readNumber(text, i);
      push('number', start, text.slice(i, end), value);
      i = end;
      continue;
    }
    if (isWordStart(c)) {
      let end = i + 1;
      while (end < text.length && isWordChar(text[end])) end++;
      const word = text.slice(i, end);
      i = end;
      if (GAWK_KEYWORDS.has(word)) throw new Unsupported(`gawk's ${word}`);
      if (word === 'func') push('function', start, word);
      else if (KEYWORDS.has(word)) push(word as TokenType, start, word);
      else if (BUILTINS.has(word)) push('builtin', start, word);
      else push(text[end] === '(' ? 'funcname' : 'name', start, word);
      continue;
    }
    if (c === '@' && /^@(?:include|load|namespace|[A-Za-z_])/.test(text.slice(i, i + 12))) {
      throw new Unsupported(`gawk's ${/^@[A-Za-z_]*/.exec(text.slice(i))![0]}`);
    }
    if (text.startsWith('|&', i)) throw new Unsupported("gawk's |& (coprocesses)");
    const op = OPERATORS.find((o) => text.startsWith(o, i));
    if (op === undefined) fail(i, 'syntax error');
    i += op!.length;
    // `**` and `**=` are gawk's spellings of `^` and `^=`.
    const type = (op === '**' ? '^' : op === '**=' ? '^=' : op) as TokenType;
    push(type, start, op!);
  }
  // gawk ends the program text with a newline of its own, and reports it on the following line.
  if (tokens.length === 0 || tokens[tokens.length - 1].type !== 'newline') push('newline', text.length, '\n');
  tokens.push({ type: 'eof', text: '', value: 0, source, start: text.length, line, lineStart, spaced: true });
  return tokens;
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function isWordStart(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
}

function isWordChar(c: string): boolean {
  return isWordStart(c) || isDigit(c);
}

function readNumber(text: string, start: number): { value: number; end: number } {
  const hex = /^0[xX][0-9a-fA-F]+/.exec(text.slice(start, start + 40));
  if (hex) return { value: parseInt(hex[0].slice(2), 16), end: start + hex[0].length };
  const match = /^(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/.exec(text.slice(start, start + 400))!;
  const digits = match[0];
  // gawk reads a leading 0 as octal in program text (011 is 9) unless 8 or 9 follow.
  if (/^0[0-7]+$/.test(digits)) return { value: parseInt(digits, 8), end: start + digits.length };
  return { value: Number(digits), end: start + digits.length };
}

/** A string constant's value with escapes processed; end is just past the closing quote, or -1. */
export function readString(text: string, start: number, warn: (message: string) => void): { value: string; end: number } {
  let value = '';
  let i = start;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') return { value, end: i + 1 };
    if (c === '\n') return { value, end: -1 };
    if (c !== '\\') {
      value += c;
      i++;
      continue;
    }
    const escaped = decodeEscape(text, i + 1, warn);
    if (escaped === null) return { value, end: -1 };
    value += escaped.text;
    i = escaped.end;
  }
  return { value, end: -1 };
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\', '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

/** One escape sequence after a backslash at `at - 1`; null at end of text. */
export function decodeEscape(text: string, at: number, warn: (message: string) => void): { text: string; end: number } | null {
  const c = text[at];
  if (c === undefined) return null;
  if (c === '\n') return { text: '', end: at + 1 };
  if (c in SIMPLE_ESCAPES) return { text: SIMPLE_ESCAPES[c], end: at + 1 };
  if (c >= '0' && c <= '7') {
    let end = at;
    while (end < at + 3 && text[end] >= '0' && text[end] <= '7') end++;
    return { text: String.fromCharCode(parseInt(text.slice(at, end), 8) & 0xff), end };
  }
  if (c === 'x') {
    const hex = /^[0-9a-fA-F]{1,2}/.exec(text.slice(at + 1, at + 3));
    if (hex) return { text: String.fromCharCode(parseInt(hex[0], 16)), end: at + 1 + hex[0].length };
    warn('no hex digits in `\\x\' escape sequence');
    return { text: 'x', end: at + 1 };
  }
  warn(`escape sequence \`\\${c}' treated as plain \`${c}'`);
  return { text: c, end: at + 1 };
}

/** Where a regex literal ends: the next `/` outside brackets and escapes, or -1 at a newline/end. */
function regexEnd(text: string, start: number): number {
  let i = start;
  let inBracket = false;
  while (i < text.length) {
    const c = text[i];
    if (c === '\n') return i;
    if (c === '\\') {
      if (text[i + 1] === '\n' || text[i + 1] === undefined) return -1;
      i += 2;
      continue;
    }
    if (inBracket) {
      if (c === '[' && (text[i + 1] === ':' || text[i + 1] === '.' || text[i + 1] === '=')) {
        const close = text.indexOf(`${text[i + 1]}]`, i + 2);
        if (close >= 0 && !text.slice(i, close).includes('\n')) {
          i = close + 2;
          continue;
        }
      }
      if (c === ']') inBracket = false;
      i++;
      continue;
    }
    if (c === '[') {
      inBracket = true;
      i++;
      // A ] right after [ or [^ is a member, not the end.
      if (text[i] === '^') i++;
      if (text[i] === ']') i++;
      continue;
    }
    if (c === '/') return i;
    i++;
  }
  return -1;
}
