// The values assignments store: a scalar word (expanded without splitting, with tildes after
// `=` and `:`), or an array literal `(a b [k]=v)` whose elements are expanded like command words.

import type { ArrayLiteral, Assignment, Word } from './ast.ts';
import type { Interpreter } from './interpreter.ts';
import { evaluate } from './assign.ts';
import { IndexedArray } from './variables.ts';
import { AssocArray } from './assoc-array.ts';

export async function expandArrayLiteral(interpreter: Interpreter, literal: ArrayLiteral, associative: boolean): Promise<IndexedArray | Map<string, string>> {
  const expander = interpreter.expander;
  if (associative) {
    const map = new AssocArray();
    for (const element of literal.elements) {
      if (element.key) map.set(await expander.word(element.key), await expander.word(element.value));
    }
    return map;
  }
  const array = new IndexedArray();
  let next = 0;
  for (const element of literal.elements) {
    if (element.key) {
      next = Number(evaluate(interpreter.shell, await expander.word(element.key)));
      array.set(next++, await expander.word(element.value));
    } else {
      for (const item of await expander.words([element.value])) array.set(next++, item);
    }
  }
  return array;
}

/** An assignment's value: a string, or an array for `name=(…)`. Throws ExpansionError on failure. */
export async function assignmentValue(interpreter: Interpreter, assignment: Assignment): Promise<string | IndexedArray | Map<string, string>> {
  const value = assignment.value;
  if ('type' in value && value.type === 'array') {
    const existing = interpreter.shell.vars.lookup(assignment.name)?.value;
    return expandArrayLiteral(interpreter, value, existing instanceof Map);
  }
  return interpreter.expander.word(value as Word, { tildeAfterColons: true });
}
