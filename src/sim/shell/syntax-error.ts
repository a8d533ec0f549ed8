// Syntax errors, carrying what bash needs to print them exactly:
//   token:    "syntax error near unexpected token `fi'" (then the offending line, quoted)
//   eof:      "syntax error: unexpected end of file"
//   matching: "unexpected EOF while looking for matching `\"'"
//   cond:     an error inside [[ ]], printed as is ("conditional binary operator expected"), or not
//             at all when empty ([[ ]]). bash reports these from its lexer, so the shell's $? is
//             left alone (see statusAfter).

export type SyntaxErrorKind = 'token' | 'eof' | 'matching' | 'cond';

export class ShellSyntaxError extends Error {
  constructor(
    readonly kind: SyntaxErrorKind,
    /** The token for 'token', the quote for 'matching', the text for 'cond'. */
    readonly detail: string,
    readonly line: number,
    /** The whole source line where the error is, for bash's second line (`...'). */
    readonly lineText: string,
    /** The input ended too early: an interactive shell reads another line (PS2) instead. */
    readonly incomplete: boolean,
    /** An error reported just before this one (a regex's unclosed `(' before the [[ ]] error). */
    readonly before?: ShellSyntaxError,
    /** Only end of input follows the error: bash's parser then forces a failing status. */
    readonly atEndOfInput = incomplete,
  ) {
    super(describe(kind, detail));
    this.name = 'ShellSyntaxError';
  }
}

function describe(kind: SyntaxErrorKind, detail: string): string {
  switch (kind) {
    case 'token':
      return `syntax error near unexpected token \`${detail}'`;
    case 'eof':
      return 'syntax error: unexpected end of file';
    case 'matching':
      return `unexpected EOF while looking for matching \`${detail}'`;
    case 'cond':
      return detail;
  }
}

/**
 * The status a script or -c string ends with after a syntax error, given $? before it: 2, except
 * for [[ ]] errors, which keep $? (forced to 2 only when it was 0 and the input ended there).
 */
export function statusAfter(error: ShellSyntaxError, lastStatus: number): number {
  if (error.kind !== 'cond') return 2;
  return error.atEndOfInput && lastStatus === 0 ? 2 : lastStatus;
}
