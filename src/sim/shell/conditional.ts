// [[ … ]]: string and pattern comparisons, =~ with BASH_REMATCH, arithmetic comparisons, file tests.

import type { CondExpression } from './ast.ts';
import type { Interpreter } from './interpreter.ts';
import { matchPattern } from './pattern.ts';
import { evaluate } from './assign.ts';
import { fileCompare, fileTest, FILE_TEST_OPERATORS } from './file-tests.ts';
import { RegexSyntaxError, translateRegex } from '../text/posix-regex.ts';
import { IndexedArray } from './variables.ts';
import { compareCodePoints } from './glob.ts';

/** An =~ pattern that is not a valid extended regular expression. */
export class InvalidRegex {}

/** Returns true/false; throws InvalidRegex for an invalid regular expression, which makes [[ ]] return 2. */
export async function evaluateConditional(interpreter: Interpreter, expression: CondExpression): Promise<boolean> {
  const expander = interpreter.expander;
  const shell = interpreter.shell;
  switch (expression.type) {
    case 'and':
      return (await evaluateConditional(interpreter, expression.left)) && evaluateConditional(interpreter, expression.right);
    case 'or':
      return (await evaluateConditional(interpreter, expression.left)) || evaluateConditional(interpreter, expression.right);
    case 'not':
      return !(await evaluateConditional(interpreter, expression.operand));
    case 'word':
      return (await expander.word(expression.word)) !== '';
    case 'unary': {
      const operand = await expander.word(expression.operand);
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
      switch (expression.op) {
        case '==':
        case '=':
        case '!=': {
          const pattern = await expander.pattern(expression.right);
          const matched = matchPattern(pattern, left, { nocase: shell.shopt('nocasematch') });
          return expression.op === '!=' ? !matched : matched;
        }
        case '<':
        case '>': {
          const right = await expander.word(expression.right);
          const order = compareCodePoints(left, right);
          return expression.op === '<' ? order < 0 : order > 0;
        }
        case '=~':
          return matchRegex(interpreter, left, await expander.regex(expression.right));
        case '-nt':
        case '-ot':
        case '-ef':
          return fileCompare(shell, left, expression.op, await expander.word(expression.right));
        default: {
          const a = evaluate(shell, left);
          const b = evaluate(shell, await expander.word(expression.right));
          switch (expression.op) {
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
      }
    }
  }
}

function matchRegex(interpreter: Interpreter, text: string, pattern: string): boolean {
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

/** The expression as set -x shows it: operands expanded, operators as written. */
export async function describeConditional(interpreter: Interpreter, expression: CondExpression): Promise<string> {
  const word = (w: import('./ast.ts').Word): Promise<string> => interpreter.expander.word(w);
  switch (expression.type) {
    case 'and':
    case 'or':
      return `${await describeConditional(interpreter, expression.left)} ${expression.type === 'and' ? '&&' : '||'} ${await describeConditional(interpreter, expression.right)}`;
    case 'not':
      return `! ${await describeConditional(interpreter, expression.operand)}`;
    case 'word':
      return word(expression.word);
    case 'unary':
      return `${expression.op} ${await word(expression.operand)}`;
    case 'binary':
      return `${await word(expression.left)} ${expression.op} ${await word(expression.right)}`;
  }
}
