// The list of installed programs: every name loads the command of that name, and each one is a
// program file in /usr/bin that answers --help.

import { describe, expect, test } from 'vitest';
import { standardCommands } from '../../../src/sim/commands/index.ts';
import { bootWorld, runBashCommand } from '../../support/world.ts';

describe('installed programs', () => {
  test('each name in the manifest loads the command with that name', async () => {
    const registry = standardCommands();
    const names = registry.names();
    expect(names.length).toBeGreaterThan(70);
    const loaded = await registry.list();
    expect(loaded.map((command) => command.name)).toEqual(names);
  });

  test('/usr/bin holds exactly the installed programs, and each prints a usage with --help', async () => {
    const world = bootWorld();
    const listing = await runBashCommand(world, 'ls /usr/bin');
    expect(listing.stdout.trim().split(/\s+/)).toEqual(standardCommands().names());
    const help = await runBashCommand(world, 'for p in /usr/bin/*; do case $p in */true|*/false|*/clear) continue;; esac; "$p" --help </dev/null 2>&1 | grep -qi usage || echo "no usage: $p"; done');
    expect(help.stdout).toBe('');
  });
});
