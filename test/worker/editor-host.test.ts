// The editor's calls over a real MessageChannel: files read and saved as the student, binary and
// over-quota files, live changes of open files, `code FILE` and `crontab -e` from the terminal,
// bash -n diagnostics and command summaries.

import { afterEach, describe, expect, test } from 'vitest';
import { MessageChannel } from 'node:worker_threads';
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { WorldHost } from '../../src/worker/world-host.ts';
import type { WorldApi, WorldUpdate } from '../../src/worker/protocol.ts';
import type { EditorFileStat } from '../../src/worker/editor-protocol.ts';
import type { World } from '../../src/sim/world.ts';
import { STUDENT } from '../../src/sim/fs/base-system.ts';

let channel: MessageChannel | undefined;

afterEach(() => {
  channel?.port1.close();
  channel?.port2.close();
});

interface Session {
  api: Comlink.Remote<WorldApi>;
  world: World;
  screen: () => string;
  opened: string[];
  changed: EditorFileStat[];
  ended: string[];
}

async function start(quotaBytes?: number): Promise<Session> {
  channel = new MessageChannel();
  let world: World | undefined;
  const host = new WorldHost(
    {
      setTimeout: (callback, ms) => setTimeout(callback, ms),
      yieldToHost: () => new Promise((resolve) => setImmediate(resolve)),
      now: () => performance.now(),
      transfer: (value, transferables) => Comlink.transfer(value, transferables),
    },
    (w) => {
      world = w;
      if (quotaBytes !== undefined) w.kernel.fs.quotaBytes = w.kernel.fs.usedBytes + quotaBytes;
    },
  );
  Comlink.expose(host, nodeEndpoint(channel.port1));
  const api = Comlink.wrap<WorldApi>(nodeEndpoint(channel.port2));
  let screen = '';
  const session = { api, screen: () => screen, opened: [] as string[], changed: [] as EditorFileStat[], ended: [] as string[] };
  await api.start(
    { seed: 1, startMs: Date.UTC(2026, 0, 1), cols: 120, rows: 24 },
    Comlink.proxy((update: WorldUpdate) => {
      if (update.output) screen += new TextDecoder().decode(update.output);
      if (update.editor?.open) session.opened.push(...update.editor.open);
      if (update.editor?.changed) session.changed.push(...update.editor.changed);
      if (update.editor?.ended) session.ended.push(...update.editor.ended);
    }),
  );
  await waitFor(() => screen.includes('student@playground:~$ '));
  return { ...session, world: world! };
}

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('the editor over the worker boundary', () => {
  test('saves as the student: a new file gets 0644, its stat and text read back', async () => {
    const { api } = await start();
    const saved = await api.editorWrite('/home/student/run.sh', 'echo hi\n');
    expect(saved.kind).toBe('saved');
    const stat = await api.editorStat('/home/student/run.sh');
    expect({ exists: stat.exists, size: stat.size, mode: (stat.mode & 0o7777).toString(8) }).toEqual({ exists: true, size: 8, mode: '644' });
    const file = await api.editorRead('/home/student/run.sh');
    expect(file).toEqual({ kind: 'text', text: 'echo hi\n', stat, writable: true });
  });

  test('binary files, directories, unreadable and read-only files', async () => {
    const { api, world } = await start();
    const fs = world.kernel.fs;
    const cred = { ...STUDENT, groups: [...STUDENT.groups] };
    fs.setContent(fs.createFile(cred, '/', '/home/student/blob.bin', 0o644), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]));
    fs.setContent(fs.createFile(cred, '/', '/home/student/latin1.txt', 0o644), new Uint8Array([0x63, 0x61, 0x66, 0xe9]));
    const binary = await api.editorRead('/home/student/blob.bin');
    expect(binary.kind === 'binary' && binary.stat.size).toBe(7);
    expect((await api.editorRead('/home/student/latin1.txt')).kind).toBe('binary');
    expect(await api.editorRead('/home/student')).toEqual({ kind: 'error', message: 'Is a directory' });
    expect(await api.editorRead('/etc/shadow')).toEqual({ kind: 'error', message: 'No such file or directory' });
    const passwd = await api.editorRead('/etc/passwd');
    expect(passwd.kind === 'text' && passwd.writable).toBe(false);
    expect(await api.editorWrite('/etc/passwd', 'x')).toEqual({ kind: 'error', message: 'Permission denied' });
  });

  test('a save over the quota is refused with the quota message and leaves the file as it was', async () => {
    const { api } = await start(1000);
    expect((await api.editorWrite('/home/student/a.txt', 'small\n')).kind).toBe('saved');
    expect(await api.editorWrite('/home/student/a.txt', 'x'.repeat(5000))).toEqual({ kind: 'error', message: 'No space left on device' });
    const file = await api.editorRead('/home/student/a.txt');
    expect(file.kind === 'text' && file.text).toBe('small\n');
  });

  test('a watched file appended to from the terminal is reported with its new size', async () => {
    const session = await start();
    const { api } = session;
    await api.editorWrite('/home/student/log.txt', 'one\n');
    await api.editorWatch(['/home/student/log.txt']);
    await api.input('echo two >> log.txt\r');
    await waitFor(() => session.changed.some((s) => s.size === 8));
    expect(session.changed.at(-1)).toMatchObject({ path: '/home/student/log.txt', exists: true, size: 8 });
  });

  test('`code notes.txt` in the terminal creates the file and asks the page to open it', async () => {
    const session = await start();
    await session.api.input('code notes.txt; echo "st=$?"\r');
    await waitFor(() => session.opened.length > 0 && session.screen().includes('st=0'));
    expect(session.opened).toEqual(['/home/student/notes.txt']);
  });

  test('crontab -e: the editor opens the copy; a bad save gets crontab\'s error, a good one installs and ends the session', async () => {
    const session = await start();
    const { api } = session;
    await api.input('crontab -e; echo "st=$?"\r');
    await waitFor(() => session.opened.length > 0);
    const path = session.opened[0];
    expect(path).toMatch(/^\/tmp\/crontab\.[A-Za-z0-9]{6}\/crontab$/);
    const file = await api.editorRead(path);
    expect(file.kind === 'text' && file.session).toBe('crontab -e');
    await api.editorWatch([path]);
    const rejected = await api.editorWrite(path, '61 * * * * date\n');
    expect(rejected.kind === 'saved' && rejected.session).toEqual({
      message: `crontab: installing new crontab\n"${path}":0: bad minute\nerrors in crontab file, can't install.\n`,
      accepted: false,
    });
    const installed = await api.editorWrite(path, '*/5 * * * * date >> ticks.log\n');
    expect(installed.kind === 'saved' && installed.session).toEqual({ message: 'crontab: installing new crontab\n', accepted: true });
    await waitFor(() => session.ended.includes(path) && session.screen().includes('st=0'));
    await api.input('crontab -l\r');
    await waitFor(() => session.screen().includes('*/5 * * * * date >> ticks.log\r\n'));
  });

  test('crontab -e: closing the tab without saving is "No modification made"', async () => {
    const session = await start();
    const { api } = session;
    await api.input('crontab -e; echo "st=$?"\r');
    await waitFor(() => session.opened.length > 0);
    await api.editorWatch([session.opened[0]]);
    await api.editorWatch([]);
    await waitFor(() => session.screen().includes('No modification made\r\nst=0'));
    expect(session.ended).toEqual([session.opened[0]]);
  });

  test('bash -n diagnostics with bash\'s wording and line', async () => {
    const { api } = await start();
    expect(await api.shellDiagnostics('if true; then echo x\n', 'a.sh')).toEqual([{ line: 2, severity: 'error', message: 'a.sh: line 2: syntax error: unexpected end of file' }]);
    expect(await api.shellDiagnostics('echo a\nfi\n', 'b.sh')).toEqual([
      { line: 2, severity: 'error', message: "b.sh: line 2: syntax error near unexpected token `fi'\nb.sh: line 2: `fi'" },
    ]);
    expect(await api.shellDiagnostics('cat <<EOF\nx\n', 'c.sh')).toEqual([
      { line: 2, severity: 'warning', message: "c.sh: line 2: warning: here-document at line 1 delimited by end-of-file (wanted `EOF')" },
    ]);
    expect(await api.shellDiagnostics('for f in *; do\n  wc -l "$f"\ndone\n', 'ok.sh')).toEqual([]);
  });

  test('command summaries: a program\'s NAME line and usage, a builtin\'s help, nothing for other words', async () => {
    const { api } = await start();
    expect(await api.commandSummary('cut')).toEqual({ name: 'cut', summary: 'remove sections from each line of files', usage: 'Usage: cut OPTION... [FILE]...\nPrint selected parts of lines from each FILE to standard output.' });
    const echo = await api.commandSummary('echo');
    expect(echo?.usage).toBe('echo: echo [-neE] [arg ...]');
    expect(echo?.summary).toBe('Write arguments to the standard output.');
    expect(await api.commandSummary('nosuchthing')).toBeNull();
  });
});
