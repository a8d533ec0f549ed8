// awk at the terminal: output appears line by line as input is typed, stdout and stderr interleave
// in program order (stdout is line buffered on a terminal, as in C stdio), and ^C stops a program
// stuck in an endless loop or recursion. Expected screens follow gawk 5.2.1 under `script`.

import { afterEach, describe, expect, test } from 'vitest';
import { TerminalSession } from '../../support/session.ts';

let session: TerminalSession | undefined;
afterEach(() => session?.dispose());

/** Lets virtual time run for a while without waiting for the program to finish. */
async function runFor(s: TerminalSession, micros: number): Promise<void> {
  await s.world.driver.fastForward({ untilUs: s.world.kernel.clock.nowUs + micros });
}

describe('awk at the terminal', () => {
  test('each typed line is answered at once', async () => {
    session = await new TerminalSession().start();
    await session.run(`awk '{ print NR ": " toupper($0) }'`);
    await session.run('hello');
    expect(session.screen()).toEqual([`student@playground:~$ awk '{ print NR ": " toupper($0) }'`, 'hello', '1: HELLO']);
    await session.run('world');
    await session.keys('\x04');
    expect(session.screen().slice(1)).toEqual(['hello', '1: HELLO', 'world', '2: WORLD', 'student@playground:~$']);
  });

  test('stdout and stderr interleave in program order', async () => {
    // script -qc "awk 'BEGIN { print \"out\"; print \"err\" > \"/dev/stderr\"; print \"out2\" }'" /dev/null
    session = await new TerminalSession({ cols: 120 }).start();
    await session.run(`awk 'BEGIN { print "out"; print "err" > "/dev/stderr"; print "out2" }'`);
    expect(session.screen().slice(1)).toEqual(['out', 'err', 'out2', 'student@playground:~$']);
  });

  test('^C stops an endless loop, in a rule or in a function', async () => {
    session = await new TerminalSession().start();
    for (const program of [`awk 'BEGIN { while (1) n++ }'`, `awk 'function f(n) { for (;;) n++ } BEGIN { f(1) }'`]) {
      session.world.input(`${program}\r`);
      await runFor(session, 500_000);
      await session.keys('\x03');
      await session.run('echo $?');
    }
    expect(session.screen().filter((line) => /^\d+$/.test(line))).toEqual(['130', '130']);
  });

  test('endless recursion ends with a fatal error instead of exhausting memory', async () => {
    session = await new TerminalSession({ cols: 120 }).start();
    await session.run(`awk 'function r(n) { return r(n + 1) } BEGIN { r(1) }'; echo $?`);
    expect(session.text()).toContain('awk: cmd. line:1: fatal: function calls nested more than 200000 deep (endless recursion?)');
    expect(session.screen().at(-2)).toBe('2');
  });
});
