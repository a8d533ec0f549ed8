// awk's diagnostics in gawk's words. Syntax errors quote the source line with a caret under the
// offending token; fatal errors stop the program with status 2; parse-time errors exit 1.

import type { Where } from './ast.ts';

/** One piece of program text: the command-line program or an -f file. */
export interface SourceText {
  /** "cmd. line" or the file name as given to -f. */
  readonly name: string;
  readonly text: string;
}

/** A syntax error: gawk prints the source line, a caret line, and exits 1. */
export class AwkSyntaxError extends Error {
  constructor(
    readonly source: SourceText,
    /** The line number gawk reports (one past a newline token's own line). */
    readonly line: number,
    /** Offset in the source of the line to quote. */
    readonly lineStart: number,
    /** Column of the caret within that line. */
    readonly column: number,
    message: string,
  ) {
    super(message);
  }

  /** The two lines gawk prints, without the program name prefix. */
  lines(): string[] {
    const text = this.source.text;
    let end = text.indexOf('\n', this.lineStart);
    if (end < 0) end = text.length;
    const quoted = text.slice(this.lineStart, end);
    // Tabs stay tabs; every other character is as many spaces as it has bytes (gawk counts bytes).
    let pad = '';
    for (const c of quoted.slice(0, this.column)) pad += c === '\t' ? '\t' : ' '.repeat(utf8Length(c));
    const label = `${this.source.name}:${this.line}:`;
    return [`${label} ${quoted}`, `${label} ${pad}^ ${this.message}`];
  }
}

function utf8Length(c: string): number {
  const code = c.codePointAt(0)!;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** An error found while checking the program ("error: `next' used in BEGIN action"): status 1. */
export class AwkCompileError extends Error {
  constructor(
    readonly at: Where | null,
    message: string,
    readonly fatal = false,
    /** How many times gawk prints it. */
    readonly repeat = 1,
    /** Printed without "error: " (gawk's "BEGIN blocks must have an action part"). */
    readonly plain = false,
  ) {
    super(message);
  }
}

/** A fatal runtime error: gawk prints "fatal: ..." (with FILENAME and FNR while reading) and exits 2. */
export class AwkFatal extends Error {
  constructor(
    message: string,
    readonly at: Where | null = null,
  ) {
    super(message);
  }
}

/** Thrown by `exit`: unwinds to the main loop, which runs END (or stops, when already in END). */
export class ExitSignal {
  constructor(readonly status: number | null) {}
}

/** `next` or `nextfile` reached inside a function, unwinding to the rule loop. */
export class NextSignal {
  constructor(readonly file: boolean) {}
}

export function label(at: Where | null): string {
  return at ? `${at.source}:${at.line}: ` : '';
}
