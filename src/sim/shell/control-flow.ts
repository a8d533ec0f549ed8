// Non-local control flow inside the interpreter, as exceptions that unwind to the construct that
// handles them. None of them is an error: each carries what bash does next.

/** `break N` leaving N enclosing loops. */
export class BreakLoop {
  constructor(public levels: number) {}
}

/** `continue N`. */
export class ContinueLoop {
  constructor(public levels: number) {}
}

/** `return N` from a function or a sourced file. */
export class ReturnFromFunction {
  constructor(readonly status: number) {}
}

/** `exit N`, `set -e`, or a fatal error in a non-interactive shell: the shell process ends. */
export class ExitShell {
  constructor(
    readonly status: number,
    /** The shell was replaced by `exec`: no EXIT trap runs. */
    readonly replaced = false,
  ) {}
}

/** ^C in an interactive shell running builtins: abandon the command line, status 130. */
export class Interrupted {
  readonly status = 130;
}

/**
 * An error bash reports and then abandons the current command (expansion errors, bad redirections
 * in special builtins...). A non-interactive shell exits with `status`; an interactive one returns
 * to the prompt. The message has been printed already.
 */
export class ShellAbort {
  constructor(readonly status: number) {}
}
