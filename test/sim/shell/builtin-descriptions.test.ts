// Every builtin has bash's long description, and every description belongs to a builtin (they live
// apart, in a module loaded on the first `help`).

import { expect, test } from 'vitest';
import { builtins, loadLazyBuiltins } from '../../../src/sim/shell/builtins/index.ts';
import { BUILTIN_DESCRIPTIONS } from '../../../src/sim/shell/builtins/builtin-descriptions.ts';

test('descriptions and builtins name the same set', () => {
  expect(Object.keys(BUILTIN_DESCRIPTIONS).sort()).toEqual([...builtins.keys()].sort());
});

test('builtins that load on first use are listed with the synopsis their module has', async () => {
  for (const real of await loadLazyBuiltins()) {
    expect({ name: real.name, synopsis: builtins.get(real.name)?.synopsis, special: builtins.get(real.name)?.special }).toEqual({ name: real.name, synopsis: real.synopsis, special: real.special });
  }
});
