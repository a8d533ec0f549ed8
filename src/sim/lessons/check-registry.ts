// The check registry: each kind of check reads its YAML fields into a spec and evaluates it against
// a world. Built-in kinds live in builtin-checks.ts; later subsystems (Airflow, Kafka) register
// their own predicates here the same way. Checks are data: a lesson never supplies code.

import type { World } from '../world.ts';
import type { CommandResult } from './lesson-world.ts';

/** One check of a step, as the lesson wrote it. */
export interface Check {
  kind: string;
  /** The instructor's sentence shown to the student ("sales.csv has 5 lines"). */
  message: string;
  /** Revealed one at a time on demand. */
  hints: string[];
  /** The kind-specific fields, already validated by the kind's `parse`. */
  spec: unknown;
}

/** What a check may look at. */
export interface CheckContext {
  /** The student's world; read it, never change it. */
  world: World;
  /** The lesson's start time (ms), for clock checks. */
  lessonStartMs: number;
  /** Runs `bash -c script` as the student in a fresh copy of the world. */
  runCommand(script: string): Promise<CommandResult>;
  /** A file of the lesson folder (e.g. `solution/expected.csv`), or undefined. */
  resource(path: string): Uint8Array | undefined;
}

export interface CheckOutcome {
  passed: boolean;
  /** Why it failed, for the instructor and the student ("stdout was 'x', expected 'y'"). */
  detail?: string;
}

export interface CheckKind<Spec = unknown> {
  kind: string;
  /** Validates the fields (everything but kind, message, hints); returns a problem sentence or the spec. */
  parse(fields: Record<string, unknown>): Spec | string;
  evaluate(spec: Spec, context: CheckContext): Promise<CheckOutcome> | CheckOutcome;
}

const kinds = new Map<string, CheckKind>();

export function registerCheckKind<Spec>(kind: CheckKind<Spec>): void {
  if (kinds.has(kind.kind)) throw new Error(`check kind '${kind.kind}' is already registered`);
  kinds.set(kind.kind, kind as CheckKind);
}

export function checkKinds(): string[] {
  return [...kinds.keys()];
}

/** Reads one check from its YAML value: a Check, or a sentence saying what is wrong. */
export function parseCheck(raw: unknown): Check | string {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return 'a check must be a mapping with kind and message';
  const { kind, message, hints, ...fields } = raw as Record<string, unknown>;
  if (typeof kind !== 'string') return `missing 'kind' (one of: ${checkKinds().join(', ')})`;
  const definition = kinds.get(kind);
  if (!definition) return `unknown kind '${kind}' (one of: ${checkKinds().join(', ')})`;
  if (typeof message !== 'string' || message.trim() === '') return `${kind}: missing 'message' (the sentence the student sees)`;
  const hintList = hints === undefined ? [] : hints;
  if (!Array.isArray(hintList) || !hintList.every((h) => typeof h === 'string')) return `${kind}: 'hints' must be a list of strings`;
  const spec = definition.parse(fields);
  if (typeof spec === 'string') return `${kind}: ${spec}`;
  return { kind, message, hints: hintList as string[], spec };
}

export async function evaluateCheck(check: Check, context: CheckContext): Promise<CheckOutcome> {
  const definition = kinds.get(check.kind);
  if (!definition) return { passed: false, detail: `unknown check kind '${check.kind}'` };
  return definition.evaluate(check.spec, context);
}
