import { describe, expect, it } from 'vitest';
import { parseLesson, type Lesson } from '../../../src/sim/lessons/lesson.ts';
import { evaluateStep } from '../../../src/sim/lessons/lesson-checker.ts';
import { applySolution, createLessonWorld, runCommandIn } from '../../../src/sim/lessons/lesson-world.ts';
import { commandNames } from '../../../src/sim/lessons/builtin-checks.ts';
import { nodeWorldFactory } from '../../../src/cli/lessons-command.ts';
import type { World } from '../../../src/sim/world.ts';
import { FRONTMATTER, lessonSource } from './lesson-source.ts';

/** A one-step lesson with one check, its world with the starter files, and a way to evaluate. */
function oneCheck(yaml: string, resources: Record<string, string> = {}): { lesson: Lesson; world: World; passes: () => Promise<boolean | string> } {
  const lesson = parseLesson(
    lessonSource(`${FRONTMATTER}\n## Step\n\n\`\`\`check\n${yaml}\n\`\`\`\n`, { files: { 'data/in.txt': ['a\nb\nc\n', 0o644] }, resources }),
  );
  const world = createLessonWorld(nodeWorldFactory, lesson.meta.seed, lesson.meta.startMs, lesson.files);
  const passes = async (): Promise<boolean | string> => {
    const [result] = await evaluateStep(world, lesson, lesson.steps[0]!, nodeWorldFactory);
    return result!.outcome.passed || (result!.outcome.detail ?? 'failed');
  };
  return { lesson, world, passes };
}

const sh = (world: World, script: string) => runCommandIn(world, script);

describe('check kinds', () => {
  it('command: status and exact stdout, run in a copy of the world', async () => {
    const { world, passes } = oneCheck('kind: command\nrun: cat out.txt; echo made > side-effect.txt\nstatus: 0\nstdout: "3\\n"\nmessage: m');
    expect(await passes()).toBe('the output of \'cat out.txt; echo made > side-effect.txt\' was "", expected "3\\n"');
    await sh(world, 'wc -l < data/in.txt > out.txt');
    expect(await passes()).toBe(true);
    // The check's command ran in a copy: the student's world has no side-effect.txt.
    expect((await sh(world, 'ls')).stdout).toBe('data\nout.txt\n');
  });

  it('command: a wrong status fails with the status and stderr in the detail', async () => {
    const { passes } = oneCheck('kind: command\nrun: cat nope.txt\nstatus: 0\nmessage: m');
    expect(await passes()).toBe('\'cat nope.txt\' exited with status 1, expected 0 (stderr: "cat: nope.txt: No such file or directory")');
  });

  it('command: stdoutContains, stdoutRegex and stdoutFile', async () => {
    const contains = oneCheck('kind: command\nrun: cat data/in.txt\nstdoutContains: "b\\nc"\nmessage: m');
    expect(await contains.passes()).toBe(true);
    const regex = oneCheck('kind: command\nrun: cat data/in.txt\nstdoutRegex: "^z$"\nmessage: m');
    expect(await regex.passes()).toBe("the output of 'cat data/in.txt' does not match /^z$/");
    const file = oneCheck('kind: command\nrun: sort -r data/in.txt\nstdoutFile: solution/sorted.txt\nmessage: m', { 'solution/sorted.txt': 'c\nb\na\n' });
    expect(await file.passes()).toBe(true);
    const differs = oneCheck('kind: command\nrun: cat data/in.txt\nstdoutFile: solution/sorted.txt\nmessage: m', { 'solution/sorted.txt': 'c\nb\na\n' });
    expect(await differs.passes()).toBe("the output of 'cat data/in.txt' differs from solution/sorted.txt");
  });

  it('file and dir: exists and has the right type', async () => {
    const file = oneCheck('kind: file\npath: ~/out/result.txt\nmessage: m');
    expect(await file.passes()).toBe('~/out/result.txt does not exist');
    await sh(file.world, 'mkdir out');
    const dir = oneCheck('kind: dir\npath: /home/student/data\nmessage: m');
    expect(await dir.passes()).toBe(true);
    await sh(file.world, 'touch out/result.txt');
    expect(await file.passes()).toBe(true);
    const notDir = oneCheck('kind: dir\npath: data/in.txt\nmessage: m');
    expect(await notDir.passes()).toBe('data/in.txt is not a directory');
  });

  it('mode: octal as a string or as YAML digits; starter files keep their modes', async () => {
    const { world, passes } = oneCheck('kind: mode\npath: data/in.txt\nmode: 0755\nmessage: m');
    expect(await passes()).toBe('data/in.txt has mode 644, expected 755');
    await sh(world, 'chmod +x data/in.txt');
    expect(await passes()).toBe(true);
    expect(await oneCheck('kind: mode\npath: data/in.txt\nmode: "644"\nmessage: m').passes()).toBe(true);
  });

  it('content: equals, contains, regex and file', async () => {
    expect(await oneCheck('kind: content\npath: data/in.txt\nequals: "a\\nb\\nc\\n"\nmessage: m').passes()).toBe(true);
    expect(await oneCheck('kind: content\npath: data/in.txt\nequals: "a\\n"\nmessage: m').passes()).toBe('data/in.txt was "a\\nb\\nc\\n", expected "a\\n"');
    expect(await oneCheck('kind: content\npath: data/in.txt\ncontains: "x"\nmessage: m').passes()).toBe('data/in.txt does not contain "x"');
    expect(await oneCheck('kind: content\npath: data/in.txt\nregex: "^b$"\nmessage: m').passes()).toBe(true);
    expect(await oneCheck('kind: content\npath: data/in.txt\nfile: solution/in.txt\nmessage: m', { 'solution/in.txt': 'a\nb\nc\n' }).passes()).toBe(true);
    expect(await oneCheck('kind: content\npath: data\ncontains: a\nmessage: m').passes()).toBe('data is not a regular file');
  });

  it('crontab: the installed table, without the spool header', async () => {
    const { world, passes } = oneCheck('kind: crontab\nregex: "^0 \\\\* \\\\* \\\\* \\\\* .*etl\\\\.sh$"\nmessage: m');
    expect(await passes()).toBe('student has no crontab installed');
    await sh(world, 'echo "5 * * * * /home/student/etl.sh" | crontab -');
    expect(await passes()).toMatch(/^student's crontab does not match/);
    await sh(world, 'echo "0 * * * * /home/student/etl.sh" | crontab -');
    expect(await passes()).toBe(true);
    const exact = oneCheck('kind: crontab\nequals: "@daily date\\n"\nmessage: m');
    await sh(exact.world, 'echo "@daily date" | crontab -');
    expect(await exact.passes()).toBe(true);
    const none = oneCheck('kind: crontab\ninstalled: false\nmessage: m');
    expect(await none.passes()).toBe(true);
    await sh(none.world, 'echo "@daily date" | crontab -');
    expect(await none.passes()).toBe('student still has a crontab installed');
  });

  it('history: a command name used anywhere in a typed line, or a pattern', async () => {
    const { world, passes } = oneCheck('kind: history\ncommand: cut\nmessage: m');
    expect(await passes()).toBe('no command line used cut');
    world.history.push({ command: 'echo cut is a word here', atMs: 0 });
    expect(await passes()).toBe('no command line used cut');
    world.history.push({ command: 'cat /etc/passwd | /usr/bin/cut -d: -f1', atMs: 0 });
    expect(await passes()).toBe(true);
    expect(commandNames('LC_ALL=C sort x && (cd /tmp; ls) | tr a b; x=$(which tr)')).toEqual(['sort', 'cd', 'ls', 'tr', 'which']);
    const regex = oneCheck('kind: history\nregex: "\\\\|\\\\s*wc"\nmessage: m');
    await applySolution(regex.world, 'cat data/in.txt | wc -l\n');
    expect(await regex.passes()).toBe(true);
  });

  it('clock: ran for at least a duration since the lesson started', async () => {
    const { world, passes } = oneCheck('kind: clock\natLeast: 1h\nmessage: m');
    expect(await passes()).toBe('the clock ran for 0s since the lesson started, expected at least 1h');
    await sh(world, 'sleep 3599');
    expect(await passes()).toMatch(/ran for 3599s/);
    await sh(world, 'sleep 1');
    expect(await passes()).toBe(true);
  });
});
