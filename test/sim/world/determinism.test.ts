import { describe, expect, test } from 'vitest';
import { TerminalSession } from '../../support/session.ts';

const SCRIPT = [
  'echo $RANDOM $RANDOM $RANDOM',
  'for i in 1 2 3; do echo "line $i" | cat; done',
  'mkdir -p data && cd data && touch a b c && ls',
  'echo $SECONDS $EPOCHSECONDS $$',
  'nosuchcommand; echo "status $?"',
];

async function transcript(seed: number): Promise<string> {
  const session = await new TerminalSession({ seed }).start();
  for (const line of SCRIPT) await session.run(line);
  const text = session.text();
  session.dispose();
  return text;
}

describe('one deterministic world', () => {
  test('the same seed, start time and input give a byte-identical transcript', async () => {
    const first = await transcript(42);
    const second = await transcript(42);
    expect(second).toBe(first);
    expect(first).toContain('line 3');
    expect(first).toContain('bash: nosuchcommand: command not found\nstatus 127');
  });

  test('another seed gives other random numbers', async () => {
    const randomLine = (text: string): string => text.split('\n')[1];
    expect(randomLine(await transcript(1))).not.toBe(randomLine(await transcript(2)));
  });
});
