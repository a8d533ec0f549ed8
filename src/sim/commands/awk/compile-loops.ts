// Loops: while, do-while, for and for-in. Iterations run synchronously; when one part has to
// wait (or the CPU checkpoint pauses the program), the loop is suspended at that stage and resumed
// by a single async driver that runs the following iterations synchronously again — no promise
// per iteration, and no chain of promises growing with a long loop.

import type { MaybeBool } from './compile-async.ts';
import { BREAK, CONTINUE, NORMAL, type Exec } from './compile-call.ts';
import type { Runtime } from './runtime.ts';
import type { AwkArray } from './array.ts';
import type { Stmt } from './ast.ts';
import type { Value } from './values.ts';

/** Where a loop stopped to wait, and what it waits for. */
interface Suspension {
  stage: number;
  pending: Promise<unknown>;
}

const TEST = 0;
const BODY = 1;
const UPDATE = 2;
const CHECK = 3;

/** while, do-while (`testFirst` false) and for (its init runs before; `update` after each body). */
export function loop(rt: Runtime, test: MaybeBool | null, body: Exec, update: Exec | null, testFirst: boolean): Exec {
  const run = (entry: number): number | Suspension => {
    let stage = entry;
    for (;;) {
      if (stage <= TEST && test !== null) {
        const t = test();
        if (t !== true) {
          if (t === false) return NORMAL;
          return { stage: TEST, pending: t };
        }
      }
      if (stage <= BODY) {
        const completion = body();
        if (completion !== NORMAL) {
          if (typeof completion !== 'number') return { stage: BODY, pending: completion };
          if (completion === BREAK) return NORMAL;
          if (completion !== CONTINUE) return completion;
        }
      }
      if (stage <= UPDATE && update !== null) {
        const u = update();
        if (typeof u !== 'number') return { stage: UPDATE, pending: u };
      }
      if (--rt.steps < 0) {
        const pause = rt.checkpoint();
        if (pause !== undefined) return { stage: CHECK, pending: pause };
      }
      stage = TEST;
    }
  };
  const resume = async (first: Suspension): Promise<number> => {
    let suspension = first;
    for (;;) {
      const value = await suspension.pending;
      let entry: number;
      if (suspension.stage === TEST) {
        if (!value) return NORMAL;
        entry = BODY;
      } else if (suspension.stage === BODY) {
        const completion = value as number;
        if (completion === BREAK) return NORMAL;
        if (completion !== NORMAL && completion !== CONTINUE) return completion;
        entry = UPDATE;
      } else entry = suspension.stage === UPDATE ? CHECK : TEST;
      const next = run(entry);
      if (typeof next === 'number') return next;
      suspension = next;
    }
  };
  const start = testFirst ? TEST : BODY;
  return () => {
    const result = run(start);
    return typeof result === 'number' ? result : resume(result);
  };
}

/**
 * for (k in array): over a snapshot of the subscripts, suspended and resumed like the other loops.
 * As in gawk, the snapshot is taken once: elements deleted by the body are still visited, elements
 * added are not. The order is gawk's (array-order.ts).
 */
export function forIn(rt: Runtime, array: () => AwkArray, set: (v: Value) => void, body: Exec): Exec {
  /** Runs from key `index` on; a suspension's stage is the index it stopped at (negated: checkpoint). */
  const run = (keys: Value[], from: number): number | Suspension => {
    for (let i = from; i < keys.length; i++) {
      set(keys[i]);
      const completion = body();
      if (completion !== NORMAL) {
        if (typeof completion !== 'number') return { stage: i, pending: completion };
        if (completion === BREAK) return NORMAL;
        if (completion !== CONTINUE) return completion;
      }
      if (--rt.steps < 0) {
        const pause = rt.checkpoint();
        if (pause !== undefined) return { stage: -(i + 1), pending: pause };
      }
    }
    return NORMAL;
  };
  const resume = async (keys: Value[], first: Suspension): Promise<number> => {
    let suspension = first;
    for (;;) {
      const value = await suspension.pending;
      const next = suspension.stage < 0 ? -suspension.stage : suspension.stage + 1;
      if (suspension.stage >= 0) {
        const completion = value as number;
        if (completion === BREAK) return NORMAL;
        if (completion !== NORMAL && completion !== CONTINUE) return completion;
      }
      const result = run(keys, next);
      if (typeof result === 'number') return result;
      suspension = result;
    }
  };
  return () => {
    const keys = array().subscripts();
    const result = run(keys, 0);
    return typeof result === 'number' ? result : resume(keys, result);
  };
}

/**
 * Whether a for-in is `for (k in a) delete a[k]` (braces allowed), which gawk runs as `delete a`
 * after setting k to the first subscript only; what k holds afterwards shows the difference.
 * gawk leaves the loop alone when k is NR, FNR or NF, whose assignment has side effects.
 */
export function isDeleteLoop(s: Extract<Stmt, { kind: 'forin' }>): boolean {
  const variable = s.variable;
  if (variable.kind !== 'var' || variable.name === 'NR' || variable.name === 'FNR' || variable.name === 'NF') return false;
  let body = s.body;
  while (body.kind === 'block' && body.body.length === 1) body = body.body[0];
  if (body.kind !== 'delete' || body.name !== s.array || body.subs === null || body.subs.length !== 1) return false;
  const subscript = body.subs[0];
  return subscript.kind === 'var' && subscript.name === variable.name;
}

/** gawk's delete loop: the variable gets the subscript a for-in would visit first, then the array is emptied. */
export function deleteAll(array: () => AwkArray, set: (v: Value) => void): Exec {
  return () => {
    const a = array();
    if (a.size > 0) {
      set(a.subscripts()[0]);
      a.clear();
    }
    return NORMAL;
  };
}
