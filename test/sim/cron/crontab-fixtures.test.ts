// crontab against Debian's real crontab (cron 3.0pl1-162), recorded by scripts/record-cron-fixtures.ts:
// every crontab file is accepted or rejected with the same message, line number and status, lists
// back the same, and is stored under the same header; the command-line cases (options, -e with
// editors, -r with confirmation) print what the real one printed.

import { describe, expect, test } from 'vitest';
import { bootWorld, runBashCommand } from '../../support/world.ts';
import inputs from '../../fixtures/cron/crontab-inputs.json';
import inputsExpected from '../../fixtures/cron/crontab-inputs.expected.json';
import commands from '../../fixtures/cron/crontab-commands.json';
import commandsExpected from '../../fixtures/cron/crontab-commands.expected.json';
import { ROOT } from '../../../src/sim/fs/base-system.ts';

interface InputCase {
  name: string;
  input: string;
}
interface InputExpected {
  name: string;
  stderr: string;
  status: number;
  list: string;
  listStatus: number;
  spoolFile: string | null;
}
interface CommandCase {
  name: string;
  script: string;
  stdin?: string;
}
interface CommandExpected {
  name: string;
  stdout: string;
  stderr: string;
  status: number;
}

const long = (text: string): string => text.replace(/REPLACE_LONG_(\d+)/g, (_m, n: string) => 'x'.repeat(Number(n)));

describe('crontab - installs what Debian\'s crontab installs, and rejects what it rejects', () => {
  (inputs as InputCase[]).forEach((fixture, index) => {
    const expected = (inputsExpected as InputExpected[])[index];
    test(fixture.name, async () => {
      const world = bootWorld();
      const installed = await runBashCommand(world, 'crontab -', long(fixture.input));
      expect({ stderr: installed.stderr, status: installed.status }).toEqual({ stderr: expected.stderr, status: expected.status });
      const listed = await runBashCommand(world, 'crontab -l 2>/dev/null');
      expect({ list: listed.stdout, status: listed.status }).toEqual({ list: long(expected.list), status: expected.listStatus });
      let spool: string | null = null;
      try {
        const file = world.kernel.fs.lookup(ROOT, '/', '/var/spool/cron/crontabs/student');
        if (file.type === 'file') spool = new TextDecoder().decode(file.content()).replace(/installed on .{24}\)/, 'installed on DATE)');
      } catch {
        spool = null;
      }
      expect(spool).toEqual(expected.spoolFile === null ? null : long(expected.spoolFile));
    });
  });
});

describe('crontab - its options, -e and -r as Debian\'s crontab answers them', () => {
  (commands as CommandCase[]).forEach((fixture, index) => {
    const expected = (commandsExpected as CommandExpected[])[index];
    test(fixture.name, async () => {
      const result = await runBashCommand(bootWorld(), fixture.script, fixture.stdin ?? '');
      const scrub = (text: string): string => text.replace(/\/tmp\/crontab\.[A-Za-z0-9]{6}/g, '/tmp/crontab.XXXXXX');
      expect({ stdout: scrub(result.stdout), stderr: scrub(result.stderr), status: result.status }).toEqual({ stdout: expected.stdout, stderr: expected.stderr, status: expected.status });
    });
  });
});
