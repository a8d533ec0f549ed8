// Programs that never end on their own: ^C stops them quickly and the shell stays usable; endless
// recursion ends with bash's FUNCNEST message instead of taking the page down.

import { afterEach, describe, expect, test } from 'vitest';
import { TerminalSession } from '../../support/session.ts';

let session: TerminalSession | undefined;
afterEach(() => session?.dispose());

/** Lets the machine run for `us` of virtual time (a busy loop never waits for input). */
async function runFor(session: TerminalSession, us: number): Promise<void> {
  const outcome = await session.world.driver.fastForward({ untilUs: session.world.kernel.clock.nowUs + us });
  if (outcome !== 'done') throw new Error(`the machine stopped early: ${outcome}`);
}

describe('runaway commands', () => {
  test('^C ends `while true; do :; done` within 100 ms of virtual CPU and the prompt comes back', async () => {
    session = await new TerminalSession().start();
    session.world.input('while true; do :; done\r');
    await runFor(session, 2_000_000);
    const clock = session.world.kernel.clock;
    const pressed = clock.nowUs;
    await session.keys('\x03');
    expect(clock.nowUs - pressed).toBeLessThanOrEqual(100_000);
    await session.run('echo "still here $?"');
    expect(session.screen()).toEqual(['student@playground:~$ while true; do :; done', '^C', 'student@playground:~$ echo "still here $?"', 'still here 130', 'student@playground:~$']);
  });

  test('^C ends a busy awk loop and a busy pipeline too', async () => {
    session = await new TerminalSession().start();
    session.world.input("awk 'BEGIN { while (1) n++ }'\r");
    await runFor(session, 1_000_000);
    await session.keys('\x03');
    session.world.input('yes | cat > /dev/null\r');
    await runFor(session, 1_000_000);
    await session.keys('\x03');
    await session.run('echo done');
    expect(session.screen().slice(-3)).toEqual(['student@playground:~$ echo done', 'done', 'student@playground:~$']);
  });

  test('endless recursion stops at the nesting limit with a clear message; the shell goes on', async () => {
    session = await new TerminalSession().start();
    await session.run('f() { f; }; f');
    await session.run('echo "status $?"');
    expect(session.screen()).toEqual([
      'student@playground:~$ f() { f; }; f',
      'bash: f: maximum function nesting level exceeded (1000)',
      'student@playground:~$ echo "status $?"',
      'status 1',
      'student@playground:~$',
    ]);
  });

  test('FUNCNEST lowers the limit, as in bash', async () => {
    session = await new TerminalSession().start();
    await session.run('FUNCNEST=5; g() { echo -n "$1 "; g $(($1 + 1)); }; g 1');
    expect(session.screen()).toEqual([
      'student@playground:~$ FUNCNEST=5; g() { echo -n "$1 "; g $(($1 + 1)); }; g 1',
      '1 2 3 4 5 bash: g: maximum function nesting level exceeded (5)',
      'student@playground:~$',
    ]);
  });
});
