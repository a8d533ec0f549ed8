// Syntax errors, carrying what bash needs to print them exactly:
//   token:    "syntax error near unexpected token `fi'" (then the offending line, quoted)
//   eof:      "syntax error: unexpected end of file"
//   matching: "unexpected EOF while looking for matching `\"'"
//   message:  any other text, printed as is ("unexpected token `newline', conditional binary operator expected")

export type SyntaxErrorKind = 'token' | 'eof' | 'matching' | 'message';

export class ShellSyntaxError extends Error {
  constructor(
    readonly kind: SyntaxErrorKind,
    /** The token for 'token', the quote for 'matching', the text for 'message'. */
    readonly detail: string,
    readonly line: number,
    /** The whole source line where the error is, for bash's second line (`...'). */
    readonly lineText: string,
    /** The input ended too early: an interactive shell reads another line (PS2) instead. */
    readonly incomplete: boolean,
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
    case 'message':
      return detail;
  }
}
