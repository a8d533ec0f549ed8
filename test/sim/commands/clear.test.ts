// clear (ncurses 6.4): expected outputs recorded from the real one with TERM=xterm-256color, as the
// playground's terminal (the command is in each comment).
import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

describe('clear', () => {

  test("--help is an invalid option: getopt(\"T:Vx\") reads \"--help\" as the letter '-'", async () => {
    // $ clear --help; echo $?
    expect(await sh("clear --help; echo $?")).toEqual({ stdout: "1\n", stderr: "clear: invalid option -- '-'\nUsage: clear [options]\n\nOptions:\n  -T TERM     use this instead of $TERM\n  -V          print curses-version\n  -x          do not try to clear scrollback\n", status: 0 });
    // $ /usr/bin/clear --help 2>&1 >/dev/null | head -1; clear -q 2>&1 | head -1; clear -T 2>&1 | head -1
    expect(await sh("/usr/bin/clear --help 2>&1 >/dev/null | head -1; clear -q 2>&1 | head -1; clear -T 2>&1 | head -1")).toEqual({ stdout: "/usr/bin/clear: invalid option -- '-'\nclear: invalid option -- 'q'\nclear: option requires an argument -- 'T'\n", stderr: "", status: 0 });
    // $ clear foo -x; echo $?; clear -- foo; echo $?
    expect(await sh("clear foo -x; echo $?; clear -- foo; echo $?")).toEqual({ stdout: "1\n1\n", stderr: "Usage: clear [options]\n\nOptions:\n  -T TERM     use this instead of $TERM\n  -V          print curses-version\n  -x          do not try to clear scrollback\nUsage: clear [options]\n\nOptions:\n  -T TERM     use this instead of $TERM\n  -V          print curses-version\n  -x          do not try to clear scrollback\n", status: 0 });
  });

  test('clears as xterm does; -x keeps the scrollback; -V; $TERM', async () => {
    // $ clear | od -An -c; clear -x | od -An -c; clear -- | od -An -c; clear -T xterm | od -An -c
    expect(await sh("clear | od -An -c; clear -x | od -An -c; clear -- | od -An -c; clear -T xterm | od -An -c")).toEqual({ stdout: " 033   [   H 033   [   2   J 033   [   3   J\n 033   [   H 033   [   2   J\n 033   [   H 033   [   2   J 033   [   3   J\n 033   [   H 033   [   2   J 033   [   3   J\n", stderr: "", status: 0 });
    // $ clear -V; echo $?; clear -xV; echo $?
    expect(await sh("clear -V; echo $?; clear -xV; echo $?")).toEqual({ stdout: "ncurses 6.4.20221231\n0\nncurses 6.4.20221231\n0\n", stderr: "", status: 0 });
    // $ env -u TERM clear; echo $?; TERM= clear; echo $?; env -u TERM clear -T xterm | od -An -c
    expect(await sh("env -u TERM clear; echo $?; TERM= clear; echo $?; env -u TERM clear -T xterm | od -An -c")).toEqual({ stdout: "1\n1\n 033   [   H 033   [   2   J 033   [   3   J\n", stderr: "TERM environment variable not set.\n'': unknown terminal type.\n", status: 0 });
  });

  test('other terminal types are not simulated', async () => {
    // The real clear writes what each terminal's terminfo entry says (or "unknown terminal type").
    expect(await sh('clear -T vt100; echo $?; TERM=dumb clear; echo $?')).toEqual({
      stdout: '2\n2\n',
      stderr: "clear: terminal type 'vt100': not supported in this playground\nclear: terminal type 'dumb': not supported in this playground\n",
      status: 0,
    });
  });
});
