// How bash prints variables back: `declare -p`, `export -p`, `readonly -p` and `set`.

import { IndexedArray, type Variable } from './variables.ts';
import { printfQuote } from './quoting.ts';

/** declare -p style: declare -x name="value", arrays as ([0]="a" [1]="b"). */
export function declareLine(name: string, variable: Variable): string {
  const value = variable.value;
  let flags = '';
  if (value instanceof IndexedArray) flags += 'a';
  if (value instanceof Map) flags += 'A';
  if (variable.integer) flags += 'i';
  if (variable.lowercase) flags += 'l';
  if (variable.readonly) flags += 'r';
  if (variable.uppercase) flags += 'u';
  if (variable.exported) flags += 'x';
  const head = `declare -${flags || '-'} ${name}`;
  if (value === undefined) return head;
  if (value instanceof IndexedArray) {
    return `${head}=(${value.keys().map((k) => `[${k}]=${doubleQuote(value.get(k)!)}`).join(' ')})`;
  }
  if (value instanceof Map) {
    return `${head}=(${[...value].map(([k, v]) => `[${quoteKey(k)}]=${doubleQuote(v)} `).join('')})`;
  }
  return `${head}=${doubleQuote(value)}`;
}

/** `set` style: name=value with the value quoted only when needed. */
export function setLine(name: string, variable: Variable): string | undefined {
  const value = variable.value;
  if (value === undefined) return undefined;
  if (value instanceof IndexedArray) return `${name}=(${value.keys().map((k) => `[${k}]=${doubleQuote(value.get(k)!)}`).join(' ')})`;
  if (value instanceof Map) return `${name}=(${[...value].map(([k, v]) => `[${quoteKey(k)}]=${doubleQuote(v)} `).join('')})`;
  return `${name}=${setQuote(value)}`;
}

function doubleQuote(value: string): string {
  if (/[\x00-\x08\x0b-\x1f\x7f]/.test(value)) return printfQuote(value);
  return `"${value.replace(/[\\"$`]/g, '\\$&')}"`;
}

function quoteKey(key: string): string {
  return /^[A-Za-z0-9_.-]+$/.test(key) ? key : doubleQuote(key);
}

function setQuote(value: string): string {
  if (value === '') return "''";
  if (/^[A-Za-z0-9_\-+=.,/:@%^]+$/.test(value)) return value;
  if (/[\x00-\x1f\x7f]/.test(value)) return printfQuote(value);
  return `'${value.replace(/'/g, "'\\''")}'`;
}
