// The line editor, driven by keystrokes and checked on a real (headless) xterm screen.

import { afterEach, describe, expect, test } from 'vitest';
import { TerminalSession } from '../../support/session.ts';

const PROMPT = 'student@playground:~$ ';
const LEFT = '\x1b[D';
const RIGHT = '\x1b[C';
const UP = '\x1b[A';
const DOWN = '\x1b[B';
const HOME = '\x1b[H';
const END = '\x1b[F';
const DELETE = '\x1b[3~';
const BACKSPACE = '\x7f';

let session: TerminalSession;

afterEach(() => session?.dispose());

async function typed(keys: string, options: { cols?: number } = {}): Promise<TerminalSession> {
  session = await new TerminalSession({ cols: options.cols }).start();
  await session.keys(keys);
  return session;
}

describe('the line editor', () => {
  test('inserts in the middle of the line after moving left', async () => {
    await typed(`echo wrld${LEFT}${LEFT}${LEFT}o`);
    expect(session.screen()).toEqual([`${PROMPT}echo world`]);
    expect(session.cursor()).toEqual({ x: PROMPT.length + 'echo wo'.length, y: 0 });
    await session.keys('\r');
    expect(session.screen().slice(0, 2)).toEqual([`${PROMPT}echo world`, 'world']);
  });

  test('Home, End, Backspace and Delete edit where the cursor is', async () => {
    await typed(`Xecho hi!${HOME}${DELETE}${END}${BACKSPACE} there${LEFT.repeat(6)}${RIGHT}`);
    expect(session.screen()).toEqual([`${PROMPT}echo hi there`]);
    expect(session.cursor().x).toBe(PROMPT.length + 'echo hi '.length);
  });

  test('^A, ^E, ^U, ^K and ^W kill and move like readline', async () => {
    await typed('echo one two three\x17');
    expect(session.screen()).toEqual([`${PROMPT}echo one two`]);
    expect(session.cursor().x).toBe(PROMPT.length + 'echo one two '.length);
    await session.keys('\x01\x05\x01\x06\x06\x06\x06\x06\x0b');
    expect(session.screen()).toEqual([`${PROMPT}echo`]);
    expect(session.cursor().x).toBe(PROMPT.length + 'echo '.length);
    await session.keys('gone\x15kept\r');
    expect(session.screen()[1]).toBe('bash: kept: command not found');
  });

  test('Up and Down walk the history, keeping the line being typed', async () => {
    session = await new TerminalSession().start();
    await session.run('echo first');
    await session.run('echo second');
    await session.keys(`draft${UP}`);
    expect(session.screen().at(-1)).toBe(`${PROMPT}echo second`);
    await session.keys(UP);
    expect(session.screen().at(-1)).toBe(`${PROMPT}echo first`);
    await session.keys(`${DOWN}${DOWN}`);
    expect(session.screen().at(-1)).toBe(`${PROMPT}draft`);
  });

  test('^C abandons the line with ^C and a fresh prompt, and sets $? to 130', async () => {
    await typed('echo never\x03');
    await session.run('echo $?');
    expect(session.screen()).toEqual([`${PROMPT}echo never^C`, `${PROMPT}echo $?`, '130', PROMPT.trimEnd()]);
  });

  test('^C interrupts a runaway loop in the shell and the shell stays usable', async () => {
    session = await new TerminalSession().start();
    session.world.input('while true; do :; done\r');
    await session.world.driver.fastForward({ untilUs: session.world.kernel.clock.nowUs + 50_000 });
    const interruptedAt = session.world.kernel.clock.nowUs;
    await session.keys('\x03');
    expect(session.world.kernel.clock.nowUs - interruptedAt).toBeLessThan(100_000);
    await session.run('echo alive $?');
    expect(session.screen().slice(-2)).toEqual(['alive 130', PROMPT.trimEnd()]);
  });

  test('^L clears the screen and redraws the line at the top', async () => {
    session = await new TerminalSession().start();
    await session.run('echo one');
    await session.keys('echo two\x0c');
    expect(session.screen()).toEqual([`${PROMPT}echo two`]);
  });

  test('^D on an empty line exits the shell (bash prints "exit")', async () => {
    await typed('\x04');
    expect(session.text()).toContain(`${PROMPT}exit`);
  });

  test('Tab completes a unique command name, and a second Tab lists the candidates', async () => {
    await typed('mkd\t');
    expect(session.screen()).toEqual([`${PROMPT}mkdir`]);
    expect(session.cursor().x).toBe(PROMPT.length + 'mkdir '.length);
    await session.keys('\x15\r');
    await session.run('touch alpha1 alpha2 beta');
    await session.keys('ls alp\t');
    expect(session.screen().at(-1)).toBe(`${PROMPT}ls alpha`);
    await session.keys('\t');
    expect(session.screen().slice(-2)).toEqual(['alpha1  alpha2', `${PROMPT}ls alpha`]);
  });

  test('Tab completes paths, adding / after a directory', async () => {
    session = await new TerminalSession().start();
    await session.run('mkdir -p projects/alpha projects/beta && touch projects/alpha/data.csv');
    await session.keys('ls pro\t');
    expect(session.screen().at(-1)).toBe(`${PROMPT}ls projects/`);
    await session.keys('al\t');
    expect(session.screen().at(-1)).toBe(`${PROMPT}ls projects/alpha/`);
    await session.keys('\t');
    expect(session.screen().at(-1)).toBe(`${PROMPT}ls projects/alpha/data.csv`);
    expect(session.cursor().x).toBe(`${PROMPT}ls projects/alpha/data.csv `.length);
  });

  test('a line longer than the terminal wraps, and editing it redraws correctly', async () => {
    await typed(`echo ${'x'.repeat(30)}${LEFT.repeat(10)}Y`, { cols: 40 });
    expect(session.screen()).toEqual([`${PROMPT}echo ${'x'.repeat(13)}`, `${'x'.repeat(7)}Y${'x'.repeat(10)}`]);
    await session.keys('\r');
    expect(session.screen()[2]).toBe(`${'x'.repeat(20)}Y${'x'.repeat(10)}`);
  });

  test('Unicode input: accents and wide characters are edited as whole characters', async () => {
    await typed(`echo café 日本${BACKSPACE}語`);
    expect(session.screen()).toEqual([`${PROMPT}echo café 日語`]);
    await session.keys(`${LEFT}${LEFT}${LEFT}${BACKSPACE}\r`);
    expect(session.screen()[1]).toBe('caf 日語');
  });

  test('pasted text with several lines runs each line in turn', async () => {
    await typed('echo one\recho two\rpwd\r');
    expect(session.screen()).toEqual([`${PROMPT}echo one`, 'one', `${PROMPT}echo two`, 'two', `${PROMPT}pwd`, '/home/student', PROMPT.trimEnd()]);
  });
});
