// The syntax tree the parser builds and the compiler turns into closures. Every node carries the
// source line it came from, for gawk-style runtime messages ("awk: cmd. line:3: fatal: ...").

export interface Where {
  /** "cmd. line" for the program text, or the -f file name. */
  readonly source: string;
  readonly line: number;
}

export type Expr =
  | { kind: 'num'; value: number; at: Where }
  | { kind: 'str'; value: string; at: Where }
  | { kind: 'regex'; source: string; at: Where }
  | { kind: 'var'; name: string; at: Where }
  | { kind: 'field'; index: Expr; at: Where }
  | { kind: 'index'; name: string; subs: Expr[]; at: Where }
  | { kind: 'assign'; op: AssignOp; target: Lvalue; value: Expr; at: Where }
  | { kind: 'cond'; test: Expr; yes: Expr; no: Expr; at: Where }
  | { kind: 'and' | 'or'; left: Expr; right: Expr; at: Where }
  | { kind: 'in'; subs: Expr[]; name: string; at: Where }
  | { kind: 'match'; negate: boolean; left: Expr; right: Expr; at: Where }
  | { kind: 'binary'; op: ArithOp; left: Expr; right: Expr; at: Where }
  | { kind: 'compare'; op: CompareOp; left: Expr; right: Expr; at: Where }
  | { kind: 'concat'; parts: Expr[]; at: Where }
  | { kind: 'unary'; op: '-' | '+' | '!'; operand: Expr; at: Where }
  | { kind: 'incdec'; op: '++' | '--'; prefix: boolean; target: Lvalue; at: Where }
  | { kind: 'call'; name: string; args: Expr[]; at: Where }
  | { kind: 'builtin'; name: string; args: Expr[]; at: Where }
  | { kind: 'getline'; from: 'main' | 'file' | 'cmd'; target: Lvalue | null; source: Expr | null; at: Where }
  | { kind: 'group'; expr: Expr; at: Where }
  /** Compiler-made: the value of an async subexpression, computed beforehand (Runtime.prevals). */
  | { kind: 'preval'; slot: number; at: Where };

export type Lvalue = Extract<Expr, { kind: 'var' | 'field' | 'index' }>;

export type ArithOp = '+' | '-' | '*' | '/' | '%' | '^';
export type CompareOp = '<' | '<=' | '==' | '!=' | '>' | '>=';
export type AssignOp = '=' | '+=' | '-=' | '*=' | '/=' | '%=' | '^=';

export interface Redirect {
  mode: '>' | '>>' | '|';
  target: Expr;
}

export type Stmt =
  | { kind: 'print' | 'printf'; args: Expr[]; redirect: Redirect | null; at: Where }
  | { kind: 'expr'; expr: Expr; at: Where }
  | { kind: 'if'; test: Expr; then: Stmt; else: Stmt | null; at: Where }
  | { kind: 'while'; test: Expr; body: Stmt; at: Where }
  | { kind: 'do'; body: Stmt; test: Expr; at: Where }
  | { kind: 'for'; init: Expr | null; test: Expr | null; update: Expr | null; body: Stmt; at: Where }
  | { kind: 'forin'; variable: Lvalue; array: string; body: Stmt; at: Where }
  | { kind: 'block'; body: Stmt[]; at: Where }
  | { kind: 'next' | 'nextfile' | 'break' | 'continue'; at: Where }
  | { kind: 'exit' | 'return'; value: Expr | null; at: Where }
  | { kind: 'delete'; name: string; subs: Expr[] | null; at: Where };

export type Pattern =
  | { kind: 'begin' }
  | { kind: 'end' }
  | { kind: 'always' }
  | { kind: 'expr'; expr: Expr }
  | { kind: 'range'; from: Expr; to: Expr };

export interface Rule {
  pattern: Pattern;
  /** null: the default action, print $0. */
  action: Stmt | null;
  at: Where;
}

export interface FunctionDef {
  name: string;
  params: string[];
  body: Stmt;
  at: Where;
}

export interface Program {
  rules: Rule[];
  functions: Map<string, FunctionDef>;
}
