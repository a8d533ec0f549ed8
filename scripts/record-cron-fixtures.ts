// Records what Debian's REAL crontab (cron 3.0pl1-162, Debian 12) prints, for the crontab tests.
//
//   sudo npx tsx scripts/record-cron-fixtures.ts
//
// Needs: root, `apt-get install cron` (its daemon need not run), a user named `student`, and
// unshare(1). Nothing on the host changes: every run happens in a private mount namespace where a
// temporary directory is mounted over /var/spool/cron, so the host's crontabs are never touched.
//
// Inputs and outputs, in test/fixtures/cron/:
// - crontab-inputs.json: crontab files. Each is installed with `crontab -` as student; recorded in
//   crontab-inputs.expected.json: stderr, exit status, what `crontab -l` lists afterwards, and the
//   spool file itself (its "installed on" date replaced by DATE).
// - crontab-commands.json: shell snippets run as student (`bash -c`, in an empty directory that is
//   also HOME, environment: HOME PATH=/usr/bin:/bin LANG=C.UTF-8, stdin from "stdin" or empty);
//   recorded in crontab-commands.expected.json: stdout, stderr, status. The random part of
//   crontab -e's temporary directory (/tmp/crontab.XXXXXX) is written as XXXXXX, and the work
//   directory as /home/student.
//
// "REPLACE_LONG_n" in an input is replaced by a word of n 'x' characters (long-command cases).

import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'cron');

interface Run {
  stdout: string;
  stderr: string;
  status: number;
}

const uid = Number(spawnSync('id', ['-u', 'student']).stdout.toString().trim());
const crontabGid = Number(spawnSync('getent', ['group', 'crontab']).stdout.toString().split(':')[2]);
if (process.getuid?.() !== 0 || !Number.isFinite(uid) || !existsSync('/usr/bin/crontab')) {
  process.stderr.write('run as root on a machine with cron installed and a user named student\n');
  process.exit(2);
}

const base = mkdtempSync(join(tmpdir(), 'pp-cron-'));
chmodSync(base, 0o755);
const spool = join(base, 'spool');
const work = join(base, 'work');

function freshState(): void {
  rmSync(spool, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(spool, 'crontabs'), { recursive: true });
  chownSync(join(spool, 'crontabs'), 0, crontabGid);
  chmodSync(join(spool, 'crontabs'), 0o1730);
  mkdirSync(work);
  chownSync(work, uid, uid);
}

/** Runs `bash -c script` as student with the spool of this run mounted over /var/spool/cron. */
function asStudent(script: string, stdin: string): Run {
  const inner = `mount --bind ${spool} /var/spool/cron && cd ${work} && exec runuser -u student -- env -i HOME=${work} PATH=/usr/bin:/bin LANG=C.UTF-8 bash -c "$1"`;
  const result = spawnSync('unshare', ['-m', 'sh', '-c', inner, 'sh', script], { input: stdin, timeout: 15_000 });
  const clean = (text: string): string => text.split(work).join('/home/student').replace(/\/tmp\/crontab\.[A-Za-z0-9]{6}/g, '/tmp/crontab.XXXXXX');
  return { stdout: clean(result.stdout.toString()), stderr: clean(result.stderr.toString()), status: result.status ?? -1 };
}

function expandLong(text: string): string {
  return text.replace(/REPLACE_LONG_(\d+)/g, (_, n: string) => 'x'.repeat(Number(n)));
}

try {
  const inputs = JSON.parse(readFileSync(join(FIXTURES, 'crontab-inputs.json'), 'utf8')) as { name: string; input: string }[];
  const inputResults = inputs.map(({ name, input }) => {
    freshState();
    const install = asStudent('crontab -', expandLong(input));
    const list = asStudent('crontab -l', '');
    const file = join(spool, 'crontabs', 'student');
    const spoolFile = existsSync(file) ? readFileSync(file, 'utf8').replace(/installed on .{24}\)/, 'installed on DATE)') : null;
    return { name, stderr: install.stderr, status: install.status, list: list.stdout, listStatus: list.status, spoolFile };
  });
  writeFileSync(join(FIXTURES, 'crontab-inputs.expected.json'), `${JSON.stringify(inputResults, null, 2)}\n`);

  const commands = JSON.parse(readFileSync(join(FIXTURES, 'crontab-commands.json'), 'utf8')) as { name: string; script: string; stdin?: string }[];
  const commandResults = commands.map(({ name, script, stdin }) => {
    freshState();
    return { name, ...asStudent(script, stdin ?? '') };
  });
  writeFileSync(join(FIXTURES, 'crontab-commands.expected.json'), `${JSON.stringify(commandResults, null, 2)}\n`);
  process.stdout.write(`recorded ${inputResults.length} crontab files and ${commandResults.length} commands\n`);
} finally {
  rmSync(base, { recursive: true, force: true });
}
