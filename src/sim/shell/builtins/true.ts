import type { Builtin } from './builtin.ts';

export const trueBuiltin: Builtin = {
  name: 'true',
  synopsis: 'true',
  description: `Return a successful result.

    Exit Status:
    Always succeeds.`,
  async run() {
    return 0;
  },
};

export const falseBuiltin: Builtin = {
  name: 'false',
  synopsis: 'false',
  description: `Return an unsuccessful result.

    Exit Status:
    Always fails.`,
  async run() {
    return 1;
  },
};

export const colon: Builtin = {
  name: ':',
  special: true,
  synopsis: ':',
  description: `Null command.

    No effect; the command does nothing.

    Exit Status:
    Always succeeds.`,
  async run() {
    return 0;
  },
};
