// [[ … ]]: string and pattern comparisons, =~ with BASH_REMATCH, arithmetic comparisons, file tests.

import type { CondExpression } from './ast.ts';
import type { Interpreter } from './interpreter.ts';
import { matchPattern } from './pattern.ts';
import { evaluate } from './assign.ts';
import { fileCompare, fileTest, FILE_TEST_OPERATORS } from './file-tests.ts';
import { IndexedArray } from './variables.ts';
import { compareCodePoints } from './glob.ts';
import { traceLine } from './trace.ts';

/** An =~ pattern that is not a valid extended regular expression. */
export class InvalidRegex {}

/**
 * Returns true/false; throws InvalidRegex for an invalid regular expression, which makes [[ ]]
 * return 2. With set -x each test is traced as it runs, as bash does ("[[ ! -n x ]]").
 */
export async function evaluateConditional(interpreter: Interpreter, expression: CondExpression, negations = 0): Promise<boolean> {
  const expander = interpreter.expander;
  const shell = interpreter.shell;
  const trace = async (text: string): Promise<void> => {
    if (shell.option('xtrace')) await traceLine(interpreter, `[[ ${negations % 2 === 1 ? '! ' : ''}${text} ]]`);
  };
  const shown = (value: string): string => (value === '' ? "''" : value);
  switch (expression.type) {
    case 'and':
      return (await evaluateConditional(interpreter, expression.left)) && evaluateConditional(interpreter, expression.right);
    case 'or':
      return (await evaluateConditional(interpreter, expression.left)) || evaluateConditional(interpreter, expression.right);
    case 'not':
      return !(await evaluateConditional(interpreter, expression.operand, negations + 1));
    case 'group':
      return evaluateConditional(interpreter, expression.inner);
    case 'word': {
      const value = await expander.word(expression.word);
      await trace(`-n ${shown(value)}`);
      return value !== '';
    }
    case 'unary': {
      const operand = await expander.word(expression.operand);
      await trace(`${expression.op} ${shown(operand)}`);
      switch (expression.op) {
        case '-n':
          return operand !== '';
        case '-z':
          return operand === '';
        case '-v':
          return isVariableSet(interpreter, operand);
        case '-o':
          return shell.option(operand);
        case '-R':
          return false;
        default:
          return FILE_TEST_OPERATORS.has(expression.op) && fileTest(shell, expression.op, operand);
      }
    }
    case 'binary': {
      const left = await expander.word(expression.left);
      const op = expression.op;
      if (op === '==' || op === '=' || op === '!=') {
        const pattern = await expander.pattern(expression.right, { escapeEveryQuoted: shell.option('xtrace') });
        await trace(`${shown(left)} ${op} ${shown(pattern)}`);
        const matched = matchPattern(pattern, left, { nocase: shell.shopt('nocasematch'), extglob: shell.shopt('extglob') });
        return op === '!=' ? !matched : matched;
      }
      const right = op === '=~' ? await expander.regex(expression.right) : await expander.word(expression.right);
      await trace(`${shown(left)} ${op} ${shown(right)}`);
      switch (op) {
        case '<':
          return compareCodePoints(left, right) < 0;
        case '>':
          return compareCodePoints(left, right) > 0;
        case '=~':
          return await matchRegex(interpreter, left, right);
        case '-nt':
        case '-ot':
        case '-ef':
          return fileCompare(shell, left, op, right);
        default:
          return compareIntegers(op, evaluate(shell, left), evaluate(shell, right));
      }
    }
  }
}

function compareIntegers(op: string, a: bigint, b: bigint): boolean {
  switch (op) {
    case '-eq':
      return a === b;
    case '-ne':
      return a !== b;
    case '-lt':
      return a < b;
    case '-le':
      return a <= b;
    case '-gt':
      return a > b;
    default:
      return a >= b;
  }
}

/** [[ text =~ pattern ]]; the POSIX regex engine loads the first time (it is large, and rarely needed). */
async function matchRegex(interpreter: Interpreter, text: string, pattern: string): Promise<boolean> {
  const { RegexSyntaxError, translateRegex } = await import('../text/posix-regex.ts');
  const shell = interpreter.shell;
  let regex: RegExp;
  try {
    regex = new RegExp(translateRegex(pattern, 'extended').source, shell.shopt('nocasematch') ? 'isu' : 'su');
  } catch (error) {
    if (error instanceof RegexSyntaxError || error instanceof SyntaxError) throw new InvalidRegex();
    throw error;
  }
  const match = regex.exec(text);
  const rematch = shell.vars.forAssignment('BASH_REMATCH');
  rematch.value = IndexedArray.of(match ? match.map((m) => m ?? '') : []);
  return match !== null;
}

function isVariableSet(interpreter: Interpreter, operand: string): boolean {
  const shell = interpreter.shell;
  const element = /^([A-Za-z_][A-Za-z0-9_]*)\[(.*)\]$/.exec(operand);
  if (!element) return shell.isSet(operand);
  const value = shell.valueOf(element[1]);
  if (value instanceof Map) return value.has(element[2]);
  if (value instanceof IndexedArray) return value.get(Number(evaluate(shell, element[2]))) !== undefined;
  return value !== undefined && Number(evaluate(shell, element[2])) === 0;
}

