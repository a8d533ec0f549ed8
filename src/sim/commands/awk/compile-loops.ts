// Loops: while, do-while, for and for-in. Iterations run synchronously; when one part has to
// wait (or the CPU checkpoint pauses the program), the loop is suspended at that stage and resumed
// by a single async driver that runs the following iterations synchronously again — no promise
// per iteration, and no chain of promises growing with a long loop.

import type { MaybeBool } from './compile-async.ts';
import { BREAK, CONTINUE, NORMAL, type Exec } from './compile-call.ts';
import type { Runtime } from './runtime.ts';
import { StrNum, type AwkArray, type Value } from './values.ts';

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
 * for (k in array): over a snapshot of the keys, suspended and resumed like the other loops. The
 * order is insertion order; gawk's is unspecified (hash order), so programs must not rely on it.
 */
export function forIn(rt: Runtime, array: () => AwkArray, set: (v: Value) => void, body: Exec): Exec {
  /** Runs from key `index` on; a suspension's stage is the index it stopped at (negated: checkpoint). */
  const run = (keys: string[], from: number): number | Suspension => {
    for (let i = from; i < keys.length; i++) {
      set(keyValue(keys[i]));
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
  const resume = async (keys: string[], first: Suspension): Promise<number> => {
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
    const keys = Array.from(array().keys());
    const result = run(keys, 0);
    return typeof result === 'number' ? result : resume(keys, result);
  };
}

/** gawk gives integer-looking subscripts back as numbers (they compare numerically). */
function keyValue(key: string): Value {
  const c = key.charCodeAt(0);
  if ((c >= 0x30 && c <= 0x39) || c === 0x2d) {
    if (/^(?:0|-?[1-9][0-9]{0,15})$/.test(key)) return new StrNum(key, Number(key));
  }
  return key;
}
