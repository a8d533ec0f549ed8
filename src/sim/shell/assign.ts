// Assigning variables with bash's rules: readonly refuses, -i evaluates arithmetic, -l/-u convert
// case, arrays take subscripts, `+=` appends, and RANDOM/SECONDS keep their special meaning.

import { Prng } from '../kernel/prng.ts';
import { US_PER_SECOND } from '../kernel/clock.ts';
import { ArithmeticError, evaluateArithmetic, type ArithmeticEnvironment } from './arithmetic.ts';
import type { Shell } from './shell.ts';
import { IndexedArray, scalarOf, type Variable } from './variables.ts';

/** The assignment failed (readonly...): the message is ready to print after the shell's prefix. */
export class AssignmentError extends Error {}

export interface AssignOptions {
  index?: string | number;
  append?: boolean;
  /** `local`/`declare` inside a function: create in the current scope. */
  local?: boolean;
}

export function assignScalar(shell: Shell, name: string, value: string, options: AssignOptions = {}): void {
  const variable = options.local ? shell.vars.declareLocal(name) : shell.vars.forAssignment(name);
  if (variable.readonly) throw new AssignmentError(`${name}: readonly variable`);
  if (options.index !== undefined) return assignElement(shell, variable, name, options.index, value, options.append ?? false);
  if (variable.value instanceof IndexedArray || variable.value instanceof Map) {
    // `a=x` on an array sets element 0 (or key "0").
    return assignElement(shell, variable, name, 0, value, options.append ?? false);
  }
  let next = convert(shell, variable, value);
  if (options.append) {
    const current = scalarOf(variable.value) ?? '';
    next = variable.integer ? String(BigInt(current || '0') + BigInt(next)) : current + next;
  }
  variable.value = next;
  if (shell.option('allexport')) variable.exported = true;
  special(shell, name, next);
}

function assignElement(shell: Shell, variable: Variable, name: string, index: string | number, value: string, append: boolean): void {
  let converted = convert(shell, variable, value);
  if (variable.value instanceof Map) {
    const key = String(index);
    if (append) converted = (variable.value.get(key) ?? '') + converted;
    variable.value.set(key, converted);
    return;
  }
  if (!(variable.value instanceof IndexedArray)) {
    const array = new IndexedArray();
    if (typeof variable.value === 'string') array.set(0, variable.value);
    variable.value = array;
  }
  let n = typeof index === 'number' ? index : Number(evaluate(shell, index));
  if (n < 0) {
    n += variable.value.nextIndex;
    if (n < 0) throw new AssignmentError(`${name}[${index}]: bad array subscript`);
  }
  if (append) converted = (variable.value.get(n) ?? '') + converted;
  variable.value.set(n, converted);
}

/** Applies -i, -l, -u to a value about to be stored. */
function convert(shell: Shell, variable: Variable, value: string): string {
  if (variable.integer) return String(evaluate(shell, value));
  if (variable.lowercase) return value.toLowerCase();
  if (variable.uppercase) return value.toUpperCase();
  return value;
}

function special(shell: Shell, name: string, value: string): void {
  if (name === 'RANDOM') {
    shell.random = new Prng(Number(value) >>> 0);
    shell.randomUnset = false;
  } else if (name === 'SECONDS') {
    const elapsed = Math.floor((shell.kernel.clock.nowUs - shell.startUs) / US_PER_SECOND);
    shell.secondsOffset = (Number(value) || 0) - elapsed;
  }
}

export function assignArray(shell: Shell, name: string, given: IndexedArray | Map<string, string>, append: boolean): void {
  const variable = shell.vars.forAssignment(name);
  if (variable.readonly) throw new AssignmentError(`${name}: readonly variable`);
  const values = variable.integer || variable.lowercase || variable.uppercase ? convertElements(shell, variable, given) : given;
  if (append && variable.value instanceof IndexedArray && values instanceof IndexedArray) {
    let next = variable.value.nextIndex;
    for (const value of values.values()) variable.value.set(next++, value);
    return;
  }
  if (append && variable.value instanceof Map && values instanceof Map) {
    for (const [k, v] of values) variable.value.set(k, v);
    return;
  }
  if (append && typeof variable.value === 'string' && values instanceof IndexedArray) {
    const array = IndexedArray.of([variable.value]);
    let next = 1;
    for (const value of values.values()) array.set(next++, value);
    variable.value = array;
    return;
  }
  variable.value = values;
}

/** -i, -l, -u applied to each element of an array literal (declare -ai a=(1 2+3) stores 1 and 5). */
function convertElements(shell: Shell, variable: Variable, values: IndexedArray | Map<string, string>): IndexedArray | Map<string, string> {
  if (values instanceof Map) return new Map([...values].map(([key, value]) => [key, convert(shell, variable, value)]));
  const converted = new IndexedArray();
  for (const index of values.keys()) converted.set(index, convert(shell, variable, values.get(index)!));
  return converted;
}

/** Evaluates an arithmetic expression against the shell's variables. */
export function evaluate(shell: Shell, expression: string): bigint {
  return evaluateArithmetic(expression, arithmeticEnvironment(shell));
}

export function arithmeticEnvironment(shell: Shell): ArithmeticEnvironment {
  return {
    get(name, index) {
      const value = shell.valueOf(name);
      if (index === undefined) return scalarOf(value);
      if (value instanceof Map) return value.get(String(index));
      if (value instanceof IndexedArray) {
        let n = Number(index);
        if (n < 0) n += value.nextIndex;
        return value.get(n);
      }
      return Number(index) === 0 ? (value as string | undefined) : undefined;
    },
    set(name, value, index) {
      try {
        assignScalar(shell, name, String(value), { index: index === undefined ? undefined : typeof index === 'bigint' ? Number(index) : index });
      } catch (error) {
        if (error instanceof AssignmentError) throw new ArithmeticError(name, error.message.slice(name.length + 2), name);
        throw error;
      }
    },
    isAssociative(name) {
      return shell.vars.lookup(name)?.value instanceof Map;
    },
    get nounset() {
      return shell.option('nounset');
    },
  };
}
