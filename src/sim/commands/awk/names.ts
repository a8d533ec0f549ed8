// Where each name lives: a function's parameters in the call frame, globals in slots of the
// runtime, special variables behind accessors that keep FS, OFS, NF... in effect. A name used in
// the wrong kind (a scalar as an array) compiles to code that fails the way gawk does when run.

import { Unsupported } from '../context.ts';
import type { Where } from './ast.ts';
import type { Analysis, FunctionInfo, Kind } from './analysis.ts';
import { AwkFatal } from './errors.ts';
import type { Runtime } from './runtime.ts';
import { AwkArray } from './array.ts';
import { toNum, toStr, UNINIT, type Value } from './values.ts';

export interface ScalarAccess {
  get: () => Value;
  set: (v: Value) => void;
}

/** gawk's special variables this playground does not simulate: using one fails loudly. */
const GAWK_ONLY = new Set([
  'PROCINFO', 'IGNORECASE', 'FPAT', 'FIELDWIDTHS', 'BINMODE', 'ERRNO', 'ARGIND', 'SYMTAB', 'FUNCTAB',
  'LINT', 'TEXTDOMAIN', 'PREC', 'ROUNDMODE',
]);

function specials(rt: Runtime): Record<string, ScalarAccess> {
  const str = (v: Value): string => toStr(v, rt.convfmt);
  return {
    NF: { get: () => rt.NF, set: (v) => (rt.NF = toNum(v)) },
    NR: { get: () => rt.NR, set: (v) => (rt.NR = toNum(v)) },
    FNR: { get: () => rt.FNR, set: (v) => (rt.FNR = toNum(v)) },
    RSTART: { get: () => rt.RSTART, set: (v) => (rt.RSTART = toNum(v)) },
    RLENGTH: { get: () => rt.RLENGTH, set: (v) => (rt.RLENGTH = toNum(v)) },
    FS: { get: () => rt.FS, set: (v) => (rt.FS = v) },
    RS: { get: () => rt.RS, set: (v) => (rt.RS = v) },
    OFS: { get: () => rt.ofsValue, set: (v) => ((rt.ofsValue = v), (rt.ofs = str(v))) },
    ORS: { get: () => rt.orsValue, set: (v) => ((rt.orsValue = v), (rt.ors = str(v))) },
    SUBSEP: { get: () => rt.subsepValue, set: (v) => ((rt.subsepValue = v), (rt.subsep = str(v))) },
    CONVFMT: { get: () => rt.convfmtValue, set: (v) => ((rt.convfmtValue = v), (rt.convfmt = str(v))) },
    OFMT: { get: () => rt.ofmtValue, set: (v) => ((rt.ofmtValue = v), (rt.ofmt = str(v))) },
    FILENAME: { get: () => rt.FILENAME, set: (v) => (rt.FILENAME = v) },
    ARGC: { get: () => rt.ARGC, set: (v) => (rt.ARGC = v) },
    // gawk's RT: the text that ended the current record.
    RT: { get: () => rt.RT, set: (v) => (rt.RT = v) },
  };
}

/** ARGV and ENVIRON always hold these array slots. */
export const ARGV_SLOT = 0;
export const ENVIRON_SLOT = 1;

export class Names {
  private readonly specials: Record<string, ScalarAccess>;
  private readonly scalarSlots = new Map<string, number>();
  private readonly arraySlots = new Map<string, number>([['ARGV', ARGV_SLOT], ['ENVIRON', ENVIRON_SLOT]]);
  /** The function being compiled (its parameters shadow globals), or null at the top level. */
  fn: FunctionInfo | null = null;

  constructor(
    private readonly rt: Runtime,
    private readonly analysis: Analysis,
  ) {
    this.specials = specials(rt);
    rt.A[ARGV_SLOT] = new AwkArray();
    // gawk makes ENVIRON a string table even if a variable's name looks like a number.
    rt.A[ENVIRON_SLOT] = new AwkArray(true);
  }

  private param(name: string): number {
    return this.fn === null ? -1 : this.fn.def.params.indexOf(name);
  }

  kindOf(name: string): Kind {
    const i = this.param(name);
    if (i >= 0) return this.fn!.kinds[i];
    if (name in this.specials) return 'scalar';
    return this.analysis.globals.get(name) ?? 'scalar';
  }

  isParam(name: string): boolean {
    return this.param(name) >= 0;
  }

  scalar(name: string, at: Where): ScalarAccess {
    checkSupported(name);
    const i = this.param(name);
    const rt = this.rt;
    if (i >= 0) {
      if (this.fn!.kinds[i] === 'array') return failing(`attempt to use array \`${name}' in a scalar context`, at);
      return { get: () => rt.frame[i] as Value, set: (v) => (rt.frame[i] = v) };
    }
    const special = this.specials[name];
    if (special) return special;
    if (this.kindOf(name) === 'array') return failing(`attempt to use array \`${name}' in a scalar context`, at);
    const G = rt.G;
    const slot = this.scalarSlot(name);
    return { get: () => G[slot], set: (v) => (G[slot] = v) };
  }

  array(name: string, at: Where): () => AwkArray {
    checkSupported(name);
    const i = this.param(name);
    const rt = this.rt;
    if (i >= 0) {
      if (this.fn!.kinds[i] !== 'array') return failing(`attempt to use scalar parameter \`${name}' as an array`, at).get as () => never;
      return () => rt.frame[i] as AwkArray;
    }
    if (name in this.specials || this.kindOf(name) !== 'array') {
      return failing(`attempt to use scalar \`${name}' as an array`, at).get as () => never;
    }
    const map = this.arrayMap(name);
    return () => map;
  }

  private scalarSlot(name: string): number {
    let slot = this.scalarSlots.get(name);
    if (slot === undefined) {
      slot = this.rt.G.length;
      this.rt.G.push(UNINIT);
      this.scalarSlots.set(name, slot);
    }
    return slot;
  }

  private arrayMap(name: string): AwkArray {
    let slot = this.arraySlots.get(name);
    if (slot === undefined) {
      slot = this.rt.A.length;
      this.rt.A.push(new AwkArray());
      this.arraySlots.set(name, slot);
    }
    return this.rt.A[slot];
  }

  /** For -v and `var=value` operands: the setter of a global scalar (created if new). */
  assignGlobal(name: string, value: Value): void {
    checkSupported(name);
    const special = this.specials[name];
    if (special) {
      special.set(value);
      return;
    }
    if (this.analysis.globals.get(name) === 'array') throw new AwkFatal(`cannot assign to array \`${name}'`);
    if (this.analysis.functions.has(name)) throw new AwkFatal(`cannot use function \`${name}' as variable name`);
    this.rt.G[this.scalarSlot(name)] = value;
  }
}

function checkSupported(name: string): void {
  if (GAWK_ONLY.has(name)) throw new Unsupported(`gawk variable ${name}`);
}

function failing(message: string, at: Where): ScalarAccess {
  const fail = (): never => {
    throw new AwkFatal(message, at);
  };
  return { get: fail, set: fail };
}
