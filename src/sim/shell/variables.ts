// Shell variables: scalars, indexed arrays (sparse, as in bash) and associative arrays, with
// attributes (export, readonly, integer, case conversion), and the dynamic scoping bash uses for
// `local` (a function sees its callers' locals).

import { AssocArray } from './assoc-array.ts';

export type VariableValue = string | IndexedArray | Map<string, string>;

/** A sparse indexed array; keys kept sorted on demand. */
export class IndexedArray {
  readonly items = new Map<number, string>();
  private sorted = true;
  private lastKey = -1;

  set(index: number, value: string): void {
    if (!this.items.has(index) && index < this.lastKey) this.sorted = false;
    this.items.set(index, value);
    if (index > this.lastKey) this.lastKey = index;
  }

  get(index: number): string | undefined {
    return this.items.get(index);
  }

  delete(index: number): void {
    this.items.delete(index);
  }

  keys(): number[] {
    if (!this.sorted) {
      const entries = [...this.items].sort(([a], [b]) => a - b);
      this.items.clear();
      for (const [key, value] of entries) this.items.set(key, value);
      this.sorted = true;
    }
    return [...this.items.keys()];
  }

  values(): string[] {
    return this.keys().map((k) => this.items.get(k)!);
  }

  get size(): number {
    return this.items.size;
  }

  /** The next index after the largest one (what `a+=(x)` appends at). */
  get nextIndex(): number {
    // lastKey only grows; after deletions it may no longer be present.
    if (this.items.size === 0) return 0;
    if (this.items.has(this.lastKey)) return this.lastKey + 1;
    let max = -1;
    for (const key of this.items.keys()) if (key > max) max = key;
    this.lastKey = max;
    return max + 1;
  }

  clone(): IndexedArray {
    const copy = new IndexedArray();
    for (const key of this.keys()) copy.set(key, this.items.get(key)!);
    return copy;
  }

  static of(values: readonly string[]): IndexedArray {
    const array = new IndexedArray();
    values.forEach((value, i) => array.set(i, value));
    return array;
  }
}

export interface Variable {
  value: VariableValue | undefined; // undefined: declared but unset (`declare x`, `local x`)
  exported?: boolean;
  readonly?: boolean;
  integer?: boolean;
  lowercase?: boolean;
  uppercase?: boolean;
}

/** One scope: the globals, or a function call's locals. */
export type Scope = Map<string, Variable>;

export class VariableStore {
  readonly global: Scope;
  /** Innermost last. */
  private readonly locals: Scope[] = [];

  constructor(global: Scope = new Map()) {
    this.global = global;
  }

  pushScope(): void {
    this.locals.push(new Map());
  }

  popScope(): void {
    this.locals.pop();
  }

  get depth(): number {
    return this.locals.length;
  }

  /** The variable a name refers to, looking through locals from the innermost out. */
  lookup(name: string): Variable | undefined {
    for (let i = this.locals.length - 1; i >= 0; i--) {
      const found = this.locals[i].get(name);
      if (found !== undefined) return found;
    }
    return this.global.get(name);
  }

  /** Where an assignment to `name` lands: the nearest scope that has it, else the globals. */
  scopeOf(name: string): Scope {
    for (let i = this.locals.length - 1; i >= 0; i--) if (this.locals[i].has(name)) return this.locals[i];
    return this.global;
  }

  /** Whether `name` is already declared in the innermost function scope. */
  isLocal(name: string): boolean {
    return this.locals.length > 0 && this.locals[this.locals.length - 1].has(name);
  }

  /** Declares `name` in the innermost function scope (for `local`); globals when not in a function. */
  declareLocal(name: string): Variable {
    const scope = this.locals.length > 0 ? this.locals[this.locals.length - 1] : this.global;
    let variable = scope.get(name);
    if (variable === undefined) {
      const outer = this.lookup(name);
      variable = { value: undefined, exported: outer?.exported };
      scope.set(name, variable);
    }
    return variable;
  }

  /** Gets or creates the variable an assignment writes to. */
  forAssignment(name: string): Variable {
    const scope = this.scopeOf(name);
    let variable = scope.get(name);
    if (variable === undefined) {
      variable = { value: undefined };
      scope.set(name, variable);
    }
    return variable;
  }

  unset(name: string): void {
    const scope = this.scopeOf(name);
    if (scope !== this.global) {
      // Unsetting a local leaves it declared-but-unset in that scope, hiding the caller's (bash's rule
      // for the scope that declared it).
      const variable = scope.get(name);
      if (variable) variable.value = undefined;
      return;
    }
    scope.delete(name);
  }

  /** Every visible name, innermost definition winning. */
  names(): string[] {
    const names = new Set<string>(this.global.keys());
    for (const scope of this.locals) for (const name of scope.keys()) names.add(name);
    return [...names];
  }

  /** A deep copy for a subshell. */
  clone(): VariableStore {
    const copy = new VariableStore(cloneScope(this.global));
    for (const scope of this.locals) copy.locals.push(cloneScope(scope));
    return copy;
  }
}

function cloneScope(scope: Scope): Scope {
  const copy: Scope = new Map();
  for (const [name, variable] of scope) {
    const value = variable.value;
    copy.set(name, {
      ...variable,
      value: value instanceof IndexedArray ? value.clone() : value instanceof AssocArray ? value.clone() : value instanceof Map ? AssocArray.from(value) : value,
    });
  }
  return copy;
}

/** The scalar view of a value: an array's element 0, as `$a` gives. */
export function scalarOf(value: VariableValue | undefined): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  if (value instanceof IndexedArray) return value.get(0);
  return value.get('0');
}

export function isValidName(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name);
}
