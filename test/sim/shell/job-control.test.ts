// Job control at the terminal, transcript by transcript, as bash 5.2 prints it (recorded from bash
// -i on a pty; only the pids differ: the simulation's are deterministic).

import { afterEach, describe, expect, test } from 'vitest';
import { TerminalSession } from '../../support/session.ts';

let session: TerminalSession | undefined;
afterEach(() => session?.dispose());

async function shell(): Promise<TerminalSession> {
  session = await new TerminalSession({ rows: 40 }).start();
  await session.run("PS1='$ '; clear");
  return session;
}

/** Lets `seconds` of virtual time pass (background jobs run meanwhile). */
async function wait(s: TerminalSession, seconds: number): Promise<void> {
  await s.world.driver.fastForward({ untilUs: s.world.kernel.clock.nowUs + seconds * 1e6 });
}

describe('job control', () => {
  test('background jobs are announced, listed with jobs -l and -p, and reported when they end', async () => {
    const s = await shell();
    await s.run('sleep 100 &');
    await s.run('sleep 200 | cat &');
    await s.run('jobs');
    await s.run('jobs -l');
    await s.run('jobs -p');
    await s.run('echo $!');
    await s.run('kill %1');
    await s.run('fg %3');
    expect(s.screen()).toEqual([
      '$ sleep 100 &',
      '[1] 1002',
      '$ sleep 200 | cat &',
      '[2] 1004',
      '$ jobs',
      '[1]-  Running                 sleep 100 &',
      '[2]+  Running                 sleep 200 | cat &',
      '$ jobs -l',
      '[1]-  1002 Running                 sleep 100 &',
      '[2]+  1003 Running                 sleep 200',
      '      1004                       | cat &',
      '$ jobs -p',
      '1002',
      '1003',
      '$ echo $!',
      '1004',
      '$ kill %1',
      '[1]-  Terminated              sleep 100',
      '$ fg %3',
      'bash: fg: %3: no such job',
      '$',
    ]);
  });

  test('^Z stops the foreground job, bg resumes it, kill -9 ends it; fg and bg then have no job', async () => {
    const s = await shell();
    s.world.input('sleep 5\r');
    await wait(s, 1);
    await s.keys('\x1a');
    await s.run('jobs');
    await s.run('bg');
    await s.run('kill -9 %1');
    await s.run('fg');
    await s.run('bg');
    await s.run('echo $?');
    expect(s.screen()).toEqual([
      '$ sleep 5',
      '^Z',
      '[1]+  Stopped                 sleep 5',
      '$ jobs',
      '[1]+  Stopped                 sleep 5',
      '$ bg',
      '[1]+ sleep 5 &',
      '$ kill -9 %1',
      '[1]+  Killed                  sleep 5',
      '$ fg',
      'bash: fg: current: no such job',
      '$ bg',
      'bash: bg: current: no such job',
      '$ echo $?',
      '1',
      '$',
    ]);
  });

  test('Done and Exit N come before the next prompt; wait tells at once which job it saw end', async () => {
    const s = await shell();
    await s.run('(exit 3) &');
    await s.run('');
    await s.run('wait -n; echo $?');
    await s.run('sleep 0.1 & wait; echo "w $?"');
    await s.run('sleep 0.1 & sleep 0.3 & wait -n; echo "n $?"');
    await wait(s, 0.5);
    await s.run('');
    expect(s.screen()).toEqual([
      '$ (exit 3) &',
      '[1] 1002',
      '$',
      '[1]+  Exit 3                  ( exit 3 )',
      '$ wait -n; echo $?',
      '127',
      '$ sleep 0.1 & wait; echo "w $?"',
      '[1] 1003',
      '[1]+  Done                    sleep 0.1',
      'w 0',
      '$ sleep 0.1 & sleep 0.3 & wait -n; echo "n $?"',
      '[1] 1004',
      '[2] 1005',
      '[1]-  Done                    sleep 0.1',
      'n 0',
      '$',
      '[2]+  Done                    sleep 0.3',
      '$',
    ]);
  });

  test('a trap on INT runs instead of ending the script; EXIT runs at the end', async () => {
    const s = await shell();
    await s.run("bash -c 'trap \"echo caught\" INT; trap \"echo bye\" EXIT; kill -INT $$; echo on'");
    expect(s.screen()).toEqual(['$ bash -c \'trap "echo caught" INT; trap "echo bye" EXIT; kill -INT $$; echo on\'', 'caught', 'on', 'bye', '$']);
  });
});
