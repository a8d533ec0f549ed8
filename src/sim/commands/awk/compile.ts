// The whole program compiled: BEGIN actions, one closure running every pattern-action rule on the
// current record, END actions, and function bodies. Nothing of the syntax tree is looked at again
// while the program runs.

import type { Pattern, Program, Where } from './ast.ts';
import { analyze } from './analysis.ts';
import { Builtins } from './builtins.ts';
import { AssignCompiler } from './compile-assign.ts';
import { AsyncCompiler, type MaybeBool } from './compile-async.ts';
import { Calls, NORMAL, type Exec } from './compile-call.ts';
import { ExprCompiler } from './compile-expr.ts';
import { StmtCompiler } from './compile-stmt.ts';
import { Names } from './names.ts';
import type { Runtime } from './runtime.ts';

export interface CompiledProgram {
  begin: { exec: Exec; at: Where }[];
  /** Runs the pattern-action rules on the current record; null when there are none. */
  main: Exec | null;
  mainAt: Where | null;
  end: { exec: Exec; at: Where }[];
  names: Names;
  /** The program reads RT, so the main loop keeps it up to date. */
  usesRT: boolean;
}

interface MainRule {
  test: MaybeBool | null;
  action: Exec;
}

export function compileProgram(program: Program, rt: Runtime): CompiledProgram {
  const analysis = analyze(program);
  for (const warning of analysis.warnings) rt.warn(warning.message, warning.at);
  const names = new Names(rt, analysis);
  const ex = new ExprCompiler(rt, names, analysis);
  const assign = new AssignCompiler(ex);
  ex.assignments = assign;
  const calls = new Calls(ex);
  ex.calls = calls;
  ex.builtins = new Builtins(ex, assign);
  const asyncEx = new AsyncCompiler(ex, assign, calls);
  const statements = new StmtCompiler(ex, asyncEx, assign);

  for (const info of analysis.functions.values()) {
    names.fn = info;
    calls.body(info.def.name).exec = statements.stmt(info.def.body);
    names.fn = null;
  }

  const begin: CompiledProgram['begin'] = [];
  const end: CompiledProgram['end'] = [];
  const rules: MainRule[] = [];
  let mainAt: Where | null = null;
  for (const rule of program.rules) {
    const action = rule.action ? statements.stmt(rule.action) : printRecord(rt);
    if (rule.pattern.kind === 'begin') begin.push({ exec: action, at: rule.at });
    else if (rule.pattern.kind === 'end') end.push({ exec: action, at: rule.at });
    else {
      mainAt ??= rule.at;
      rules.push({ test: patternTest(rule.pattern, asyncEx), action });
    }
  }
  return { begin, main: rules.length > 0 ? mainRules(rules) : null, mainAt, end, names, usesRT: analysis.mentioned.has('RT') };
}

function printRecord(rt: Runtime): Exec {
  const fields = rt.fields;
  const stdout = rt.io.stdout;
  return () => {
    stdout.write(fields.record() + rt.ors);
    return NORMAL;
  };
}

function patternTest(pattern: Pattern, asyncEx: AsyncCompiler): MaybeBool | null {
  if (pattern.kind === 'expr') return asyncEx.test(pattern.expr);
  if (pattern.kind !== 'range') return null;
  const from = asyncEx.test(pattern.from);
  const to = asyncEx.test(pattern.to);
  let active = false;
  if (!asyncEx.isAsync(pattern.from) && !asyncEx.isAsync(pattern.to)) {
    return () => {
      if (!active) {
        if (!from()) return false;
        active = true;
      }
      if (to()) active = false;
      return true;
    };
  }
  return async () => {
    if (!active) {
      if (!(await from())) return false;
      active = true;
    }
    if (await to()) active = false;
    return true;
  };
}

/** All pattern-action rules on one record, stopping at `next`. */
function mainRules(rules: MainRule[]): Exec {
  const n = rules.length;
  const resume = async (index: number, pending: Promise<unknown>, tested: boolean): Promise<number> => {
    let value = await pending;
    for (let i = index; i < n; ) {
      if (tested) {
        if (value) {
          const completion = await rules[i].action();
          if (completion !== NORMAL) return completion;
        }
        i++;
        if (i >= n) break;
        value = rules[i].test === null ? true : await rules[i].test!();
        continue;
      }
      const completion = value as number;
      if (completion !== NORMAL) return completion;
      i++;
      if (i >= n) break;
      value = rules[i].test === null ? true : await rules[i].test!();
      tested = true;
    }
    return NORMAL;
  };
  return () => {
    for (let i = 0; i < n; i++) {
      const rule = rules[i];
      if (rule.test !== null) {
        const t = rule.test();
        if (t !== true) {
          if (t === false) continue;
          return resume(i, t, true);
        }
      }
      const completion = rule.action();
      if (completion !== NORMAL) {
        if (typeof completion === 'number') return completion;
        return resume(i, completion, false);
      }
    }
    return NORMAL;
  };
}
