// The shell's syntax tree. The parser produces it; the interpreter walks it; the editor's
// diagnostics come from the same parser. Node names follow bash's grammar (bash(1), SHELL GRAMMAR).

// --- words -----------------------------------------------------------------------------------------

export interface Word {
  parts: WordPart[];
  /** The word as written, for diagnostics, `declare -f` and the editor. */
  raw: string;
  /** Set on `name=value` arguments of declaration builtins (declare, local, export...): expanded as assignments. */
  assignment?: Assignment;
}

export type WordPart =
  | LiteralPart
  | QuotedPart
  | DoubleQuotedPart
  | ParameterPart
  | CommandSubstitutionPart
  | ArithmeticPart
  | ProcessSubstitutionPart;

/** Unquoted text: subject to brace expansion, tilde expansion, word splitting's neighbours, globbing. */
export interface LiteralPart {
  type: 'literal';
  value: string;
}

/** Text taken literally: '...', $'...' (escapes already decoded), or a backslash-escaped character. */
export interface QuotedPart {
  type: 'quoted';
  value: string;
}

export interface DoubleQuotedPart {
  type: 'double';
  parts: WordPart[];
}

export type ParameterOperator =
  | ':-' | '-' | ':=' | '=' | ':+' | '+' | ':?' | '?'
  | '#' | '##' | '%' | '%%'
  | '/' | '//' | '/#' | '/%'
  | '^' | '^^' | ',' | ',,' | '~' | '~~'
  | ':' // substring ${v:offset:length}
  | '@'; // transformation ${v@Q}

export interface ParameterPart {
  type: 'parameter';
  /** Variable name, positional number, or special parameter (@ * # ? - $ ! 0). */
  name: string;
  /** ${a[i]}: the subscript as written ('@' and '*' included). */
  index?: Word;
  /** ${#v}: length. */
  length?: boolean;
  /** ${!v}: indirection; with index '@'/'*' on an array, the keys (${!a[@]}). */
  indirect?: boolean;
  /** ${!prefix*} / ${!prefix@}: names starting with prefix. */
  prefixMatch?: '*' | '@';
  op?: ParameterOperator;
  /** Operand of the operator (word for :-, pattern for #, offset for :). */
  arg?: Word;
  /** Replacement for / and //, length for :offset:length. */
  arg2?: Word;
  /** True when the substring/replace form had the second separator (${v:1:} or ${v/a/}). */
  hasArg2?: boolean;
  /** A ${…} that did not parse, as written: expanding it fails with "bad substitution". */
  badSubstitution?: string;
  /** Written as ${...} (false for $name). */
  braced: boolean;
}

export interface CommandSubstitutionPart {
  type: 'command';
  body: Script;
  backquoted: boolean;
  /** Source text, kept for error messages and xtrace. */
  source: string;
}

export interface ArithmeticPart {
  type: 'arithmetic';
  /** The expression text; it is parameter-expanded first, then evaluated (as bash does). */
  expression: Word;
}

export interface ProcessSubstitutionPart {
  type: 'process';
  direction: '<' | '>';
  body: Script;
}

// --- commands --------------------------------------------------------------------------------------

export interface Script {
  statements: Statement[];
}

/** A list element: an and-or list, optionally run in the background. */
export interface Statement {
  type: 'statement';
  andOr: AndOrList;
  background: boolean;
  line: number;
}

export interface AndOrList {
  first: Pipeline;
  rest: { op: '&&' | '||'; pipeline: Pipeline }[];
}

export interface Pipeline {
  type: 'pipeline';
  commands: Command[];
  /** For each `|` after commands[i]: true when it was `|&` (stderr too). */
  stderrToo: boolean[];
  negated: boolean;
  timed: false | 'posix' | 'default';
  line: number;
}

export type Command =
  | SimpleCommand
  | SubshellCommand
  | GroupCommand
  | IfCommand
  | ForCommand
  | ArithForCommand
  | WhileCommand
  | CaseCommand
  | FunctionDefinition
  | ArithmeticCommand
  | ConditionalCommand
  | SelectCommand;

export interface Assignment {
  name: string;
  index?: Word;
  /** Scalar value, or an array literal `(a b [k]=v)`. */
  value: Word | ArrayLiteral;
  append: boolean;
  raw: string;
}

export interface ArrayLiteral {
  type: 'array';
  elements: { key?: Word; value: Word }[];
}

export interface SimpleCommand {
  type: 'simple';
  assignments: Assignment[];
  words: Word[];
  redirects: Redirect[];
  line: number;
}

export type RedirectOp =
  | '<' | '>' | '>>' | '>|' | '<>'
  | '<<' | '<<-' | '<<<'
  | '<&' | '>&'
  | '&>' | '&>>';

export interface Redirect {
  op: RedirectOp;
  /** The descriptor written before the operator (2 in 2>file); undefined means the default. */
  fd?: number;
  /** {name}>file: allocate a descriptor and store its number in the variable. */
  fdVariable?: string;
  target: Word;
  /** For << and <<-: the document, unexpanded when the delimiter was quoted. */
  heredoc?: { body: Word; quoted: boolean };
}

interface CompoundBase {
  redirects: Redirect[];
  line: number;
}

export interface SubshellCommand extends CompoundBase {
  type: 'subshell';
  body: Script;
}

export interface GroupCommand extends CompoundBase {
  type: 'group';
  body: Script;
}

export interface IfCommand extends CompoundBase {
  type: 'if';
  clauses: { condition: Script; body: Script }[];
  elseBody?: Script;
}

export interface ForCommand extends CompoundBase {
  type: 'for';
  variable: string;
  /** undefined: `for x; do` iterates over "$@". */
  items?: Word[];
  body: Script;
}

export interface SelectCommand extends CompoundBase {
  type: 'select';
  variable: string;
  items?: Word[];
  body: Script;
}

export interface ArithForCommand extends CompoundBase {
  type: 'arith-for';
  init: Word;
  test: Word;
  update: Word;
  body: Script;
}

export interface WhileCommand extends CompoundBase {
  type: 'while';
  until: boolean;
  condition: Script;
  body: Script;
}

export interface CaseCommand extends CompoundBase {
  type: 'case';
  subject: Word;
  items: CaseItem[];
}

export interface CaseItem {
  patterns: Word[];
  body: Script;
  terminator: ';;' | ';&' | ';;&';
}

export interface FunctionDefinition extends CompoundBase {
  type: 'function';
  name: string;
  body: Command;
  /** The definition's source text, for `declare -f` and `type`. */
  source: string;
}

export interface ArithmeticCommand extends CompoundBase {
  type: 'arithmetic';
  expression: Word;
}

export interface ConditionalCommand extends CompoundBase {
  type: 'conditional';
  expression: CondExpression;
}

export type CondExpression =
  | { type: 'and' | 'or'; left: CondExpression; right: CondExpression }
  | { type: 'not'; operand: CondExpression }
  /** ( … ): kept so that listings show it. */
  | { type: 'group'; inner: CondExpression }
  | { type: 'unary'; op: string; operand: Word }
  | { type: 'binary'; op: string; left: Word; right: Word }
  | { type: 'word'; word: Word };
