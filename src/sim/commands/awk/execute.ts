// Running a compiled program: BEGIN, then every record of the main input through the rules, then
// END; `exit` skips to END (or ends the program when already there). Records come in batches, and
// the virtual CPU and the output buffers are settled once per batch, not once per record.

import { SCAN_US_PER_BYTE } from '../../kernel/cost-model.ts';
import { NEXT, NEXTFILE, type Exec } from './compile-call.ts';
import type { CompiledProgram } from './compile.ts';
import { AwkFatal, ExitSignal, NextSignal } from './errors.ts';
import type { Runtime } from './runtime.ts';

/** Virtual CPU for running the rules on one record, in microseconds. */
const RECORD_US = 0.3;

/** Runs BEGIN or END actions; returns the exit status an `exit` asked for, or undefined. */
async function runActions(rt: Runtime, actions: CompiledProgram['begin'], rule: 'BEGIN' | 'END'): Promise<ExitSignal | undefined> {
  for (const action of actions) {
    rt.lastWhere = action.at;
    try {
      await action.exec();
    } catch (error) {
      if (error instanceof ExitSignal) return error;
      if (error instanceof NextSignal) throw new AwkFatal(`\`${error.file ? 'nextfile' : 'next'}' cannot be called from a \`${rule}' rule`);
      throw error;
    }
  }
  return undefined;
}

/** Returns the exit status. */
export async function execute(rt: Runtime, program: CompiledProgram): Promise<number> {
  let status = 0;
  let exit = await runActions(rt, program.begin, 'BEGIN');
  if (exit === undefined && (program.main !== null || program.end.length > 0)) {
    try {
      await mainLoop(rt, program.main, program);
    } catch (error) {
      if (!(error instanceof ExitSignal)) throw error;
      exit = error;
    }
  }
  if (exit?.status != null) status = exit.status;
  const endExit = await runActions(rt, program.end, 'END');
  if (endExit?.status != null) status = endExit.status;
  await rt.io.closeAll();
  return status;
}

async function mainLoop(rt: Runtime, main: Exec | null, program: CompiledProgram): Promise<void> {
  const input = rt.main!;
  const fields = rt.fields;
  const mainAt = program.mainAt;
  const usesRT = program.usesRT;
  let records = 0;
  for (;;) {
    const record = input.take();
    if (record === undefined) {
      // A batch is done: pay for it and let its output out before reading on.
      const tick = rt.ctx.tick(records * RECORD_US + input.collectBytes() * SCAN_US_PER_BYTE);
      records = 0;
      if (tick) await tick;
      if (rt.io.flushWanted) await rt.io.flush(false);
      if (!(await input.fill())) return;
      continue;
    }
    records++;
    rt.NR++;
    rt.FNR++;
    fields.setRecord(record);
    if (usesRT) rt.RT = input.terminator();
    if (main === null) continue;
    rt.lastWhere = mainAt;
    let completion: number;
    try {
      const run = main();
      completion = typeof run === 'number' ? run : await run;
    } catch (error) {
      if (!(error instanceof NextSignal)) throw error;
      completion = error.file ? NEXTFILE : NEXT;
    }
    if (completion === NEXTFILE) input.skipFile();
  }
}
