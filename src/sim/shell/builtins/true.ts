import type { Builtin } from './builtin.ts';

export const trueBuiltin: Builtin = {
  name: 'true',
  synopsis: 'true',
  async run() {
    return 0;
  },
};

export const falseBuiltin: Builtin = {
  name: 'false',
  synopsis: 'false',
  async run() {
    return 1;
  },
};

export const colon: Builtin = {
  name: ':',
  special: true,
  synopsis: ':',
  async run() {
    return 0;
  },
};
