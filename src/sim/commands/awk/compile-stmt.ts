// Statements compiled to closures that report how they ended (NORMAL, BREAK, NEXT...). They run
// synchronously and return a number, or, when something had to wait (a getline, opening a
// redirection, a loop pausing at a CPU checkpoint), a promise of that number; whoever ran them
// then carries on asynchronously from that point. Fast programs never build a promise.

import type { Expr, Redirect, Stmt } from './ast.ts';
import type { AssignCompiler } from './compile-assign.ts';
import type { AsyncCompiler } from './compile-async.ts';
import { BREAK, CONTINUE, NEXT, NEXTFILE, NORMAL, RETURN, type Exec } from './compile-call.ts';
import type { ExprCompiler } from './compile-expr.ts';
import { ExitSignal } from './errors.ts';
import { sprintf } from './format.ts';
import type { Runtime } from './runtime.ts';
import { UNINIT } from './values.ts';
import { deleteAll, forIn, isDeleteLoop, loop } from './compile-loops.ts';

export class StmtCompiler {
  private readonly rt: Runtime;

  constructor(
    private readonly ex: ExprCompiler,
    private readonly asyncEx: AsyncCompiler,
    private readonly assign: AssignCompiler,
  ) {
    this.rt = ex.rt;
  }

  stmt(s: Stmt): Exec {
    switch (s.kind) {
      case 'block':
        return sequence(s.body.map((child) => this.stmt(child)));
      case 'expr':
        return this.withExprs([s.expr], ([e]) => {
          const v = this.ex.val(e);
          return () => {
            v();
            return NORMAL;
          };
        });
      case 'print':
      case 'printf':
        return this.withExprs([...s.args, ...(s.redirect ? [s.redirect.target] : [])], (exprs) => {
          const target = s.redirect ? exprs.pop()! : null;
          return this.output(s.kind, exprs, s.redirect, target);
        });
      case 'if': {
        const test = this.asyncEx.test(s.test);
        const then = this.stmt(s.then);
        const otherwise = s.else ? this.stmt(s.else) : () => NORMAL;
        return () => {
          const t = test();
          if (t === true) return then();
          if (t === false) return otherwise();
          return t.then((yes) => (yes ? then() : otherwise()));
        };
      }
      case 'while':
        return loop(this.rt, this.asyncEx.test(s.test), this.stmt(s.body), null, true);
      case 'do':
        return loop(this.rt, this.asyncEx.test(s.test), this.stmt(s.body), null, false);
      case 'for': {
        const init = s.init ? this.stmt({ kind: 'expr', expr: s.init, at: s.at }) : null;
        const test = s.test ? this.asyncEx.test(s.test) : null;
        const update = s.update ? this.stmt({ kind: 'expr', expr: s.update, at: s.at }) : null;
        const body = loop(this.rt, test, this.stmt(s.body), update, true);
        if (init === null) return body;
        return sequence([init, body]);
      }
      case 'forin':
        if (isDeleteLoop(s)) return deleteAll(this.ex.names.array(s.array, s.at), this.assign.setter(s.variable));
        return forIn(this.rt, this.ex.names.array(s.array, s.at), this.assign.setter(s.variable), this.stmt(s.body));
      case 'next':
        return () => NEXT;
      case 'nextfile':
        return () => NEXTFILE;
      case 'break':
        return () => BREAK;
      case 'continue':
        return () => CONTINUE;
      case 'exit': {
        if (s.value === null) {
          return () => {
            throw new ExitSignal(null);
          };
        }
        return this.withExprs([s.value], ([e]) => {
          const v = this.ex.num(e);
          return () => {
            throw new ExitSignal(exitCode(v()));
          };
        });
      }
      case 'return': {
        const rt = this.rt;
        if (s.value === null) {
          return () => {
            rt.retval = UNINIT;
            return RETURN;
          };
        }
        return this.withExprs([s.value], ([e]) => {
          const v = this.ex.val(e);
          return () => {
            rt.retval = v();
            return RETURN;
          };
        });
      }
      case 'delete': {
        const array = this.ex.names.array(s.name, s.at);
        if (s.subs === null) {
          return () => {
            array().clear();
            return NORMAL;
          };
        }
        return this.withExprs(s.subs, (subs) => {
          const key = this.ex.key(subs);
          return () => {
            array().delete(key());
            return NORMAL;
          };
        });
      }
    }
  }

  /** Builds a statement from its expressions; async parts are computed first, then it runs. */
  private withExprs(exprs: Expr[], build: (exprs: Expr[]) => Exec): Exec {
    if (!exprs.some((e) => this.asyncEx.isAsync(e))) return build(exprs);
    const hoisted = this.asyncEx.hoistAll(exprs);
    const sync = build(hoisted.exprs);
    const run = this.asyncEx.early(hoisted.early, sync);
    return () => {
      const completion = run();
      return typeof completion === 'number' ? completion : completion.then((c) => c);
    };
  }

  private output(kind: 'print' | 'printf', args: Expr[], redirect: Redirect | null, targetExpr: Expr | null): Exec {
    const rt = this.rt;
    const io = rt.io;
    let text: () => string;
    if (kind === 'printf') {
      const format = this.ex.str(args[0]);
      const values = args.slice(1).map((a) => this.ex.val(a));
      text = () => sprintf(format(), values.map((v) => v()), rt.convfmt);
    } else if (args.length === 0) {
      const fields = rt.fields;
      text = () => fields.record() + rt.ors;
    } else {
      const parts = args.map((a) => this.ex.output(a));
      if (parts.length === 1) {
        const [a] = parts;
        text = () => a() + rt.ors;
      } else if (parts.length === 2) {
        const [a, b] = parts;
        text = () => a() + rt.ofs + b() + rt.ors;
      } else {
        text = () => {
          let line = parts[0]();
          for (let i = 1; i < parts.length; i++) line += rt.ofs + parts[i]();
          return line + rt.ors;
        };
      }
    }
    if (redirect === null || targetExpr === null) {
      const stdout = io.stdout;
      return () => {
        stdout.write(text());
        return NORMAL;
      };
    }
    const target = this.ex.str(targetExpr);
    const mode = redirect.mode;
    return () => {
      const name = target();
      const line = text();
      const stream = io.output(name);
      if (stream !== undefined) {
        stream.write(line);
        return NORMAL;
      }
      return io.openOutput(name, mode).then((opened) => {
        opened.write(line);
        return NORMAL;
      });
    };
  }

}


/** Statements in order; from the first one that waits, the rest run asynchronously. */
export function sequence(list: Exec[]): Exec {
  if (list.length === 0) return () => NORMAL;
  if (list.length === 1) return list[0];
  const n = list.length;
  const resume = async (pending: Promise<number>, index: number): Promise<number> => {
    let completion = await pending;
    for (let i = index + 1; ; i++) {
      if (completion !== NORMAL) return completion;
      if (i >= n) return NORMAL;
      completion = await list[i]();
    }
  };
  return () => {
    for (let i = 0; i < n; i++) {
      const completion = list[i]();
      if (completion !== NORMAL) return typeof completion === 'number' ? completion : resume(completion, i);
    }
    return NORMAL;
  };
}

/** `exit expr`: the status the shell sees. */
function exitCode(n: number): number {
  const code = Math.trunc(n);
  return Number.isFinite(code) ? ((code % 256) + 256) % 256 : 0;
}
