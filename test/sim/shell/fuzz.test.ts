// Fuzzing the shell: thousands of random and mutated scripts, seeded so any failure replays. Each
// must parse (or fail with a syntax error), run without an internal error, and end — runaway loops
// are cut by a virtual-time budget, which works only because the machine stays interruptible.

import { describe, expect, test } from 'vitest';
import { Prng } from '../../../src/sim/kernel/prng.ts';
import { Parser } from '../../../src/sim/shell/parser/parser.ts';
import { ShellSyntaxError } from '../../../src/sim/shell/syntax-error.ts';
import { BadSubstitution } from '../../../src/sim/shell/parser/words.ts';
import { bootWorld } from '../../support/world.ts';
import { FdTable } from '../../../src/sim/kernel/fd-table.ts';
import { STUDENT, studentEnvironment } from '../../../src/sim/fs/base-system.ts';
import { runBash } from '../../../src/sim/shell/invocation.ts';
import { openPath } from '../../../src/sim/kernel/open.ts';
import { SIG } from '../../../src/sim/kernel/signals.ts';
import type { World } from '../../../src/sim/world.ts';

const SEED = 20261125;
const SCRIPTS = 10_000;
const SCRIPTS_PER_WORLD = 250;
const VIRTUAL_BUDGET_US = 200_000;

const TOKENS = [
  'echo', 'x=1', 'y=$x', '$x', '"$x"', "'a b'", '$(echo a)', '`echo b`', '$((1+2))', '${x:-d}', '${#x}', '${x/a/b}',
  '${x:1:2}', '${!x}', '${arr[@]}', 'arr=(1 2)', 'if', 'then', 'elif', 'else', 'fi', 'for', 'i', 'in', 'do', 'done',
  'while', 'until', 'case', 'esac', ')', '(', ';;', ';&', '{', '}', '[[', ']]', '((', '))', '|', '||', '&&', '&', ';',
  '\n', '>', '>>', '<', '2>&1', '>/dev/null', '<<EOF', 'EOF', '<<<', '*', '?', '[a-z]', '{1..3}', '~', '!', 'function',
  'f()', 'f', 'return', 'break', 'continue', 'exit', 'true', 'false', 'cat', 'ls', 'read', 'local', 'declare', 'set -e',
  'set -u', 'set -x', 'trap', "'echo t'", 'EXIT', '$@', '$1', '$?', '$#', '\\', '#', '"', "'", '`', '$', '$(', '${',
  'a', 'b', '0', '1', '-n', '-z', '==', '=~', '-eq', 'test', '[', ']', 'let', 'i++', 'shift', 'eval', 'source', 'exec',
  'printf', "'%s\\n'", 'mkdir', 'rm', 'touch', 'cd', 'pwd', 'export', 'unset', 'sleep', '0.5', 'wait', 'kill', '%1',
];

const SEEDS = [
  'for i in 1 2 3; do echo $i; done',
  'x=5; while (( x > 0 )); do echo $x; (( x-- )); done',
  'case $1 in a|b) echo ab;; *) echo other;; esac',
  'f() { local v=$1; echo "${v:-none}"; return 2; }; f; f hi; echo $?',
  'arr=(a b c); for k in "${!arr[@]}"; do echo "$k=${arr[$k]}"; done',
  'cat <<EOF\nhello $USER\n$(echo sub)\nEOF',
  'if [[ -n $HOME && $HOME == /* ]]; then echo home; else echo no; fi',
  'echo {a,b}{1..2} ~/x *.txt "$(printf "%s" q)"',
  'trap "echo bye" EXIT; set -e; false || echo recovered; echo end',
  'read -r a b <<< "one two three"; echo "$a|$b"',
  'x=$(echo abc | cat); echo ${x^^} ${#x} ${x/b/B}',
  'mkdir -p d/e && cd d && touch f1 f2 && ls && cd .. && rm -r d',
  '{ echo out; echo err >&2; } 2>&1 | cat > o.txt; cat o.txt',
  'i=0; until [ $i -ge 3 ]; do i=$((i+1)); done; echo $i',
  'declare -A m=([k]=v); m[j]=w; echo ${m[k]} ${#m[@]}',
  'sleep 1 & wait $!; echo waited $?',
  'set -- a "b c"; for x; do printf "<%s>" "$x"; done; echo',
  'echo $(( (3 + 4) * 2 / 3 % 5 )) $(( 1 << 10 )) $(( -5 / 2 ))',
  'while :; do echo loop; break; done; until :; do :; done',
  'eval "echo evaluated \\$((2*3))"; type echo',
];

function randomScript(prng: Prng): string {
  const length = 1 + prng.int(30);
  const words: string[] = [];
  for (let i = 0; i < length; i++) words.push(TOKENS[prng.int(TOKENS.length)]);
  return words.join(prng.next() < 0.8 ? ' ' : '');
}

function mutatedScript(prng: Prng): string {
  let text = SEEDS[prng.int(SEEDS.length)];
  const edits = 1 + prng.int(4);
  for (let e = 0; e < edits; e++) {
    const at = prng.int(text.length + 1);
    switch (prng.int(4)) {
      case 0:
        text = text.slice(0, at) + text.slice(at + 1 + prng.int(4));
        break;
      case 1:
        text = text.slice(0, at) + TOKENS[prng.int(TOKENS.length)] + text.slice(at);
        break;
      case 2: {
        const from = prng.int(text.length);
        text = text.slice(0, at) + text.slice(from, from + 1 + prng.int(6)) + text.slice(at);
        break;
      }
      default:
        text = text.slice(0, at) + String.fromCharCode(32 + prng.int(95)) + text.slice(at);
    }
  }
  return text;
}

/** Runs `bash -c script` with output thrown away; kills it when it outlives its virtual budget. */
async function runBounded(world: World, script: string): Promise<void> {
  const kernel = world.kernel;
  const fds = new FdTable();
  const init = world.init;
  const devnull = await openPath(kernel, init, '/dev/null', { read: true, write: true });
  fds.add(devnull, 0);
  fds.add(devnull, 1);
  fds.add(devnull, 2);
  devnull.release();
  const argv = ['bash', '-c', script];
  const proc = kernel.spawn({
    parent: init,
    argv,
    cwd: '/home/student',
    env: studentEnvironment(),
    cred: { ...STUDENT, groups: [...STUDENT.groups] },
    fds,
    newSession: true,
    main: (p) => runBash(world.system, p, argv),
  });
  const deadline = kernel.clock.nowUs + VIRTUAL_BUDGET_US;
  await world.driver.fastForward({ done: () => !proc.alive, untilUs: deadline });
  // Whatever is left of this script's session (loops, background jobs) is killed.
  for (const leftover of [...kernel.processes.values()]) {
    if (leftover.sid === proc.sid && leftover.alive) kernel.terminate(leftover, SIG.KILL);
  }
  await world.driver.fastForward({ done: () => [...kernel.processes.values()].every((p) => p.sid !== proc.sid || !p.alive) });
}

describe('fuzzing the shell', () => {
  test(`${SCRIPTS} random and mutated scripts parse or fail cleanly, and run without internal errors or hangs`, async () => {
    const prng = new Prng(SEED);
    const scripts = Array.from({ length: SCRIPTS }, (_, n) => (n % 2 === 0 ? randomScript(prng) : mutatedScript(prng)));
    const internalErrors: string[] = [];
    let world: World | undefined;
    let syntaxErrors = 0;
    // FUZZ_FROM=N replays from script N (the world for N is booted as in a full run).
    const from = Number(process.env.FUZZ_FROM ?? '0');
    for (let n = from - (from % SCRIPTS_PER_WORLD); n < SCRIPTS; n++) {
      const script = scripts[n];
      try {
        new Parser(script).parseProgram();
      } catch (error) {
        if (error instanceof ShellSyntaxError || error instanceof BadSubstitution) syntaxErrors++;
        else throw new Error(`parsing script #${n} ${JSON.stringify(script)} threw ${error instanceof Error ? error.stack : String(error)}`);
      }
      if (n % SCRIPTS_PER_WORLD === 0) {
        world = bootWorld({ seed: n });
        world.kernel.onInternalError = (error) => internalErrors.push(`script #${n} ${JSON.stringify(script)}: ${error instanceof Error ? error.stack : String(error)}`);
      }
      const started = performance.now();
      await runBounded(world!, script);
      const wallMs = performance.now() - started;
      if (wallMs > 5_000) throw new Error(`script #${n} took ${Math.round(wallMs)} ms of real time: ${JSON.stringify(script)}`);
      if (internalErrors.length > 0) break;
    }
    expect(internalErrors).toEqual([]);
    // Sanity: the generator produces both valid and invalid scripts.
    if (from === 0) {
      expect(syntaxErrors).toBeGreaterThan(SCRIPTS / 10);
      expect(syntaxErrors).toBeLessThan(SCRIPTS);
    }
  }, 600_000);
});
