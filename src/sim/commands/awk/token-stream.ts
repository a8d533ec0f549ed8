// The parser's view of the token list: lookahead, optional newlines, and syntax errors placed where
// gawk puts its caret (at the offending token; one line down for an unexpected newline).

import type { Where } from './ast.ts';
import { AwkSyntaxError } from './errors.ts';
import type { Token, TokenType } from './lexer.ts';

export class TokenStream {
  pos = 0;
  private readonly wheres = new Map<string, Where>();

  constructor(readonly tokens: Token[]) {}

  get peek(): Token {
    return this.tokens[this.pos];
  }

  get type(): TokenType {
    return this.tokens[this.pos].type;
  }

  lookahead(n: number): Token {
    return this.tokens[Math.min(this.pos + n, this.tokens.length - 1)];
  }

  is(type: TokenType): boolean {
    return this.tokens[this.pos].type === type;
  }

  next(): Token {
    const token = this.tokens[this.pos];
    if (token.type !== 'eof') this.pos++;
    return token;
  }

  accept(type: TokenType): boolean {
    if (this.is(type)) {
      this.next();
      return true;
    }
    return false;
  }

  expect(type: TokenType): Token {
    if (!this.is(type)) throw this.error();
    return this.next();
  }

  skipNewlines(): void {
    while (this.is('newline')) this.pos++;
  }

  /** The source line of the current token, shared between nodes of one line. */
  where(token: Token = this.peek): Where {
    const key = `${token.source.name}\n${token.line}`;
    let at = this.wheres.get(key);
    if (at === undefined) {
      at = { source: token.source.name, line: token.line };
      this.wheres.set(key, at);
    }
    return at;
  }

  /** A syntax error at the current token (or the given one), worded as gawk words it. */
  error(token: Token = this.peek, message?: string): AwkSyntaxError {
    const column = token.start - token.lineStart;
    if (token.type === 'newline') {
      return new AwkSyntaxError(token.source, token.line + 1, token.lineStart, column, message ?? 'unexpected newline or end of string');
    }
    if (token.type === 'eof') {
      return new AwkSyntaxError(token.source, token.line, token.lineStart, column, message ?? 'unexpected newline or end of string');
    }
    return new AwkSyntaxError(token.source, token.line, token.lineStart, column, message ?? 'syntax error');
  }
}
