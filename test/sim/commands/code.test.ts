// code, edit, nano and vi hand files to the page's editor (the `editor` service the worker host
// registers) and return at once; crontab -e without $EDITOR edits through the same service.

import { describe, expect, test } from 'vitest';
import { bootWorld, runBashCommand } from '../../support/world.ts';
import { EDITOR_SERVICE, type EditorService, type EditorSession, type EditorSessionEvent } from '../../../src/sim/editor-service.ts';
import { ROOT, STUDENT } from '../../../src/sim/fs/base-system.ts';
import type { World } from '../../../src/sim/world.ts';

/** An editor that records what it was asked to open. */
function recordingEditor(world: World): string[] {
  const opened: string[] = [];
  const service: EditorService = {
    open: (path) => opened.push(path),
    openSession: () => {
      throw new Error('no session expected');
    },
  };
  world.system.register(EDITOR_SERVICE, service);
  return opened;
}

function modeOf(world: World, path: string): string {
  return (world.kernel.fs.lookup(ROOT, '/', path).mode & 0o7777).toString(8);
}

function textOf(world: World, path: string): string {
  const inode = world.kernel.fs.lookup(ROOT, '/', path);
  if (inode.type !== 'file') throw new Error(`${path} is not a file`);
  return new TextDecoder().decode(inode.content());
}

describe('code, edit, nano, vi', () => {
  test.each(['code', 'edit', 'nano', 'vi'])('`%s notes.txt` creates the missing file (0644 under umask 022) and opens it, status 0, silent', async (name) => {
    const world = bootWorld();
    const opened = recordingEditor(world);
    const result = await runBashCommand(world, `${name} notes.txt`);
    expect(result).toEqual({ stdout: '', stderr: '', status: 0 });
    expect(opened).toEqual(['/home/student/notes.txt']);
    expect(modeOf(world, '/home/student/notes.txt')).toBe('644');
    expect(world.kernel.fs.lookup(ROOT, '/', '/home/student/notes.txt').uid).toBe(STUDENT.uid);
    expect(textOf(world, '/home/student/notes.txt')).toBe('');
  });

  test('the new file follows the umask, and an existing file keeps its content', async () => {
    const world = bootWorld();
    const opened = recordingEditor(world);
    const result = await runBashCommand(world, 'umask 077; code secret.txt; echo hi > old.txt; cd /tmp; vi ~/old.txt ../home/student/secret.txt');
    expect(result).toEqual({ stdout: '', stderr: '', status: 0 });
    expect(modeOf(world, '/home/student/secret.txt')).toBe('600');
    expect(textOf(world, '/home/student/old.txt')).toBe('hi\n');
    expect(opened).toEqual(['/home/student/secret.txt', '/home/student/old.txt', '/home/student/secret.txt']);
  });

  test('a directory, an unwritable folder and a device are refused with status 1; the rest still open', async () => {
    const world = bootWorld();
    const opened = recordingEditor(world);
    const result = await runBashCommand(world, 'nano /tmp /etc/new.conf /dev/null ok.sh');
    expect(result).toEqual({
      stdout: '',
      stderr: "nano: /tmp: Is a directory\nnano: /etc/new.conf: Permission denied\nnano: /dev/null: not a regular file\n",
      status: 1,
    });
    expect(opened).toEqual(['/home/student/ok.sh']);
  });

  test('editor options are not simulated: said plainly, status 2, nothing opened', async () => {
    const world = bootWorld();
    const opened = recordingEditor(world);
    expect(await runBashCommand(world, 'vi +10 notes.txt')).toEqual({ stdout: '', stderr: 'vi: +10: not supported in this playground\n', status: 2 });
    expect(await runBashCommand(world, 'code -g notes.txt:3')).toEqual({ stdout: '', stderr: 'code: -g: not supported in this playground\n', status: 2 });
    expect(await runBashCommand(world, 'code -- -odd-name')).toEqual({ stdout: '', stderr: '', status: 0 });
    expect(opened).toEqual(['/home/student/-odd-name']);
  });

  test('without the web page (the CLI) there is no editor to open: status 2', async () => {
    const world = bootWorld();
    expect(await runBashCommand(world, 'code notes.txt')).toEqual({
      stdout: '',
      stderr: 'code: an editor outside the web page: not supported in this playground\n',
      status: 2,
    });
  });

  test('--help describes what the command does here', async () => {
    const result = await runBashCommand(bootWorld(), 'nano --help');
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('Usage: nano [FILE]...');
  });
});

/** An editor whose student types each of `edits` in turn and saves; then closes the tab. */
function scriptedEditor(world: World, edits: string[], replies: { message: string; accepted: boolean }[], log: string[]): void {
  const service: EditorService = {
    open: () => {
      throw new Error('crontab -e opens a session');
    },
    openSession: (path, title) => {
      log.push(`open ${title}: ${textOf(world, path)}`);
      const session: EditorSession = {
        takeEvent: (): EditorSessionEvent => {
          const text = edits.shift();
          if (text === undefined) return 'closed';
          const file = world.kernel.fs.lookup(ROOT, '/', path);
          if (file.type === 'file') world.kernel.fs.setContent(file, new TextEncoder().encode(text));
          return 'saved';
        },
        whenNext: () => {
          throw new Error('the scripted student always has the next event ready');
        },
        reply: (message, accepted) => replies.push({ message, accepted }),
        end: () => log.push('end'),
      };
      return session;
    },
  };
  world.system.register(EDITOR_SERVICE, service);
}

describe('crontab -e in the workspace editor', () => {
  test('a save installs the crontab, with crontab\'s messages in the terminal and in the editor', async () => {
    const world = bootWorld();
    const replies: { message: string; accepted: boolean }[] = [];
    const log: string[] = [];
    scriptedEditor(world, ['* * * * * date >> ticks.log\n'], replies, log);
    const result = await runBashCommand(world, 'crontab -e; crontab -l');
    expect(result).toEqual({
      stdout: '* * * * * date >> ticks.log\n',
      stderr: 'no crontab for student - using an empty one\ncrontab: installing new crontab\n',
      status: 0,
    });
    expect(log[0]).toMatch(/^open crontab -e: # Edit this file to introduce tasks to be run by cron\.\n/);
    expect(log[1]).toBe('end');
    expect(replies).toEqual([{ message: 'crontab: installing new crontab\n', accepted: true }]);
    // The temporary copy is gone, as crontab removes it.
    expect((await runBashCommand(world, 'ls /tmp | grep -c crontab')).stdout).toBe('0\n');
  });

  test('an invalid save is rejected as crontab rejects it; the next save installs', async () => {
    const world = bootWorld();
    const replies: { message: string; accepted: boolean }[] = [];
    scriptedEditor(world, ['61 * * * * x\n', '1 * * * * x\n'], replies, []);
    const result = await runBashCommand(world, 'crontab -e 2>&1 | sed "s/crontab\\.[A-Za-z0-9]*/crontab.XXXXXX/"; crontab -l');
    expect(result.stdout).toBe(
      'no crontab for student - using an empty one\n' +
        'crontab: installing new crontab\n' +
        '"/tmp/crontab.XXXXXX/crontab":0: bad minute\n' +
        "errors in crontab file, can't install.\n" +
        'crontab: installing new crontab\n' +
        '1 * * * * x\n',
    );
    expect(replies.map((r) => r.accepted)).toEqual([false, true]);
    expect(replies[0].message).toMatch(/^crontab: installing new crontab\n"\/tmp\/crontab\.[A-Za-z0-9]{6}\/crontab":0: bad minute\nerrors in crontab file, can't install\.\n$/);
  });

  test('closing the tab without saving is "No modification made"; after a rejected save the edits are left', async () => {
    const world = bootWorld();
    scriptedEditor(world, [], [], []);
    expect(await runBashCommand(world, 'crontab -e')).toEqual({
      stdout: '',
      stderr: 'no crontab for student - using an empty one\nNo modification made\n',
      status: 0,
    });
    const rejected = bootWorld();
    scriptedEditor(rejected, ['bad\n'], [], []);
    const result = await runBashCommand(rejected, 'crontab -e');
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/errors in crontab file, can't install\.\ncrontab: edits left in \/tmp\/crontab\.[A-Za-z0-9]{6}\/crontab\n$/);
  });

  test('with EDITOR set, crontab -e still runs that editor, not the workspace', async () => {
    const world = bootWorld();
    scriptedEditor(world, ['never used\n'], [], []);
    const result = await runBashCommand(world, "EDITOR='sleep 1; sed -i 1i1\\ *\\ *\\ *\\ *\\ y' crontab -e; crontab -l | head -n 1");
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('1 * * * * y\n');
  });
});
