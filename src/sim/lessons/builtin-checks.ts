// The built-in check kinds: a command's status and output (in a copy of the world), files and
// folders, modes, file content, the installed crontab, the command history and the clock.

import { registerCheckKind, type CheckContext, type CheckOutcome } from './check-registry.ts';
import { ROOT } from '../fs/base-system.ts';
import { Errno } from '../kernel/errors.ts';
import type { Inode } from '../fs/inode.ts';
import { HOME } from './lesson-world.ts';

type Fields = Record<string, unknown>;

const STUDENT_NAME = 'student';

// --- text expectations, shared by command, content and crontab --------------------------------

interface TextExpectation {
  equals?: string;
  contains?: string;
  regex?: RegExp;
  file?: string;
}

function readTextExpectation(fields: Fields, keys: { equals: string; contains: string; regex: string; file?: string }): TextExpectation | string {
  const expectation: TextExpectation = {};
  const str = (key: string): string | undefined | false => {
    const value = fields[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') return false;
    return value;
  };
  for (const [slot, key] of Object.entries(keys) as [keyof typeof keys, string][]) {
    const value = str(key);
    if (value === false) return `'${key}' must be a string`;
    if (value === undefined) continue;
    if (slot === 'regex') {
      try {
        expectation.regex = new RegExp(value, 'm');
      } catch (error) {
        return `'${key}' is not a valid regular expression: ${(error as Error).message}`;
      }
    } else expectation[slot] = value;
  }
  return expectation;
}

function matchText(actual: string, expectation: TextExpectation, what: string, context: CheckContext): CheckOutcome {
  if (expectation.equals !== undefined && actual !== expectation.equals) return { passed: false, detail: `${what} was ${quote(actual)}, expected ${quote(expectation.equals)}` };
  if (expectation.contains !== undefined && !actual.includes(expectation.contains)) return { passed: false, detail: `${what} does not contain ${quote(expectation.contains)}` };
  if (expectation.regex !== undefined && !expectation.regex.test(actual)) return { passed: false, detail: `${what} does not match /${expectation.regex.source}/` };
  if (expectation.file !== undefined) {
    const bytes = context.resource(expectation.file);
    if (!bytes) return { passed: false, detail: `the lesson has no file ${expectation.file}` };
    const expected = new TextDecoder().decode(bytes);
    if (actual !== expected) return { passed: false, detail: `${what} differs from ${expectation.file}` };
  }
  return { passed: true };
}

function quote(text: string): string {
  return JSON.stringify(text.length > 120 ? `${text.slice(0, 120)}…` : text);
}

function isEmpty(expectation: TextExpectation): boolean {
  return Object.values(expectation).every((v) => v === undefined);
}

function allowOnly(fields: Fields, allowed: readonly string[]): string | null {
  const extra = Object.keys(fields).find((key) => !allowed.includes(key));
  return extra === undefined ? null : `unknown field '${extra}' (known: ${allowed.join(', ')})`;
}

function requirePath(fields: Fields): string {
  const path = fields['path'];
  if (typeof path !== 'string' || path === '') return '';
  return path;
}

function absolute(path: string): string {
  if (path === '~') return HOME;
  if (path.startsWith('~/')) return `${HOME}/${path.slice(2)}`;
  return path.startsWith('/') ? path : `${HOME}/${path}`;
}

function lookup(context: CheckContext, path: string): Inode | null {
  try {
    return context.world.kernel.fs.lookup(ROOT, HOME, absolute(path));
  } catch (error) {
    if (error instanceof Errno) return null;
    throw error;
  }
}

// --- command -----------------------------------------------------------------------------------

interface CommandSpec {
  run: string;
  status?: number;
  stdout: TextExpectation;
  stderr: TextExpectation;
}

registerCheckKind<CommandSpec>({
  kind: 'command',
  parse(fields) {
    const extra = allowOnly(fields, ['run', 'status', 'stdout', 'stdoutContains', 'stdoutRegex', 'stdoutFile', 'stderr', 'stderrContains', 'stderrRegex']);
    if (extra) return extra;
    const run = fields['run'];
    if (typeof run !== 'string' || run.trim() === '') return "'run' must be the shell command to run";
    const status = fields['status'];
    if (status !== undefined && (typeof status !== 'number' || !Number.isInteger(status))) return "'status' must be a whole number";
    const stdout = readTextExpectation(fields, { equals: 'stdout', contains: 'stdoutContains', regex: 'stdoutRegex', file: 'stdoutFile' });
    if (typeof stdout === 'string') return stdout;
    const stderr = readTextExpectation(fields, { equals: 'stderr', contains: 'stderrContains', regex: 'stderrRegex' });
    if (typeof stderr === 'string') return stderr;
    if (status === undefined && isEmpty(stdout) && isEmpty(stderr)) return "give at least one expectation: 'status', 'stdout', 'stdoutContains', 'stdoutRegex', 'stdoutFile', 'stderr' or 'stderrContains'";
    return { run, status: status as number | undefined, stdout, stderr };
  },
  async evaluate(spec, context) {
    const result = await context.runCommand(spec.run);
    if (spec.status !== undefined && result.status !== spec.status) {
      const said = result.stderr.trim() ? ` (stderr: ${quote(result.stderr.trim())})` : '';
      return { passed: false, detail: `'${spec.run}' exited with status ${result.status}, expected ${spec.status}${said}` };
    }
    const out = matchText(result.stdout, spec.stdout, `the output of '${spec.run}'`, context);
    if (!out.passed) return out;
    return matchText(result.stderr, spec.stderr, `the error output of '${spec.run}'`, context);
  },
});

// --- file, dir, mode, content ------------------------------------------------------------------

for (const kind of ['file', 'dir'] as const) {
  registerCheckKind<{ path: string }>({
    kind,
    parse(fields) {
      const extra = allowOnly(fields, ['path']);
      if (extra) return extra;
      const path = requirePath(fields);
      return path ? { path } : "'path' must name a file (relative paths start in /home/student)";
    },
    evaluate({ path }, context) {
      const inode = lookup(context, path);
      if (!inode) return { passed: false, detail: `${path} does not exist` };
      const want = kind === 'dir' ? 'dir' : 'file';
      if (inode.type !== want) return { passed: false, detail: `${path} is not a ${kind === 'dir' ? 'directory' : 'regular file'}` };
      return { passed: true };
    },
  });
}

registerCheckKind<{ path: string; mode: number }>({
  kind: 'mode',
  parse(fields) {
    const extra = allowOnly(fields, ['path', 'mode']);
    if (extra) return extra;
    const path = requirePath(fields);
    if (!path) return "'path' must name a file";
    // YAML 1.2 reads 0755 as the decimal 755: either way the digits are the octal mode.
    const raw = fields['mode'];
    const digits = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.replace(/^0o/, '') : '';
    if (!/^[0-7]{3,4}$/.test(digits)) return "'mode' must be octal permission bits, like \"755\"";
    return { path, mode: parseInt(digits, 8) };
  },
  evaluate({ path, mode }, context) {
    const inode = lookup(context, path);
    if (!inode) return { passed: false, detail: `${path} does not exist` };
    const actual = inode.mode & 0o7777;
    if (actual !== mode) return { passed: false, detail: `${path} has mode ${actual.toString(8).padStart(3, '0')}, expected ${mode.toString(8).padStart(3, '0')}` };
    return { passed: true };
  },
});

registerCheckKind<{ path: string; text: TextExpectation }>({
  kind: 'content',
  parse(fields) {
    const extra = allowOnly(fields, ['path', 'equals', 'contains', 'regex', 'file']);
    if (extra) return extra;
    const path = requirePath(fields);
    if (!path) return "'path' must name a file";
    const text = readTextExpectation(fields, { equals: 'equals', contains: 'contains', regex: 'regex', file: 'file' });
    if (typeof text === 'string') return text;
    if (isEmpty(text)) return "give 'equals', 'contains', 'regex' or 'file'";
    return { path, text };
  },
  evaluate({ path, text }, context) {
    const inode = lookup(context, path);
    if (!inode) return { passed: false, detail: `${path} does not exist` };
    if (inode.type !== 'file') return { passed: false, detail: `${path} is not a regular file` };
    return matchText(new TextDecoder().decode(inode.content()), text, path, context);
  },
});

// --- crontab -------------------------------------------------------------------------------------

registerCheckKind<{ user: string; text: TextExpectation; installed: boolean }>({
  kind: 'crontab',
  parse(fields) {
    const extra = allowOnly(fields, ['user', 'equals', 'contains', 'regex', 'installed']);
    if (extra) return extra;
    const user = fields['user'] ?? STUDENT_NAME;
    if (typeof user !== 'string') return "'user' must be a user name";
    const installed = fields['installed'] ?? true;
    if (typeof installed !== 'boolean') return "'installed' must be true or false";
    const text = readTextExpectation(fields, { equals: 'equals', contains: 'contains', regex: 'regex' });
    if (typeof text === 'string') return text;
    return { user, text, installed };
  },
  evaluate({ user, text, installed }, context) {
    const spool = context.world.cron.readSpool(user);
    if (spool === null) return installed ? { passed: false, detail: `${user} has no crontab installed` } : { passed: true };
    if (!installed) return { passed: false, detail: `${user} still has a crontab installed` };
    return matchText(withoutSpoolHeader(spool), text, `${user}'s crontab`, context);
  },
});


/** crontab -l's view: the spool file without the three "DO NOT EDIT" header lines crontab(1) adds. */
function withoutSpoolHeader(spool: string): string {
  const lines = spool.split('\n');
  let skip = 0;
  while (skip < 3 && lines[skip]?.startsWith('# ')) skip++;
  return lines.slice(skip).join('\n');
}

// --- history -------------------------------------------------------------------------------------

registerCheckKind<{ command?: string; regex?: RegExp }>({
  kind: 'history',
  parse(fields) {
    const extra = allowOnly(fields, ['command', 'regex']);
    if (extra) return extra;
    const command = fields['command'];
    const regex = fields['regex'];
    if (command !== undefined && (typeof command !== 'string' || !/^[\w.+-]+$/.test(command))) return "'command' must be a command name, like cut";
    if (regex !== undefined && typeof regex !== 'string') return "'regex' must be a string";
    if (command === undefined && regex === undefined) return "give 'command' (a command name the student used) or 'regex' (a pattern a typed line matches)";
    try {
      return { command: command as string | undefined, regex: regex === undefined ? undefined : new RegExp(regex as string) };
    } catch (error) {
      return `'regex' is not a valid regular expression: ${(error as Error).message}`;
    }
  },
  evaluate({ command, regex }, context) {
    const lines = context.world.history.map((entry) => entry.command);
    const hit = lines.some((line) => (command === undefined || commandNames(line).includes(command)) && (regex === undefined || regex.test(line)));
    if (hit) return { passed: true };
    return { passed: false, detail: command !== undefined ? `no command line used ${command}` : `no command line matches /${regex!.source}/` };
  },
});

/** The command words of a typed line, roughly: the first word of each pipeline element or list item. */
export function commandNames(line: string): string[] {
  const names: string[] = [];
  for (const part of line.split(/\|\|?|&&?|;|\$\(|`|\(|\)|\{|\}|\b(?:then|do|else|time|!)\b/)) {
    const words = part.trim().split(/\s+/).filter((w) => w !== '' && !/^\w+=/.test(w));
    const first = words[0];
    if (first) names.push(first.replace(/^.*\//, ''));
  }
  return names;
}

// --- clock ---------------------------------------------------------------------------------------

registerCheckKind<{ atLeastMs: number; text: string }>({
  kind: 'clock',
  parse(fields) {
    const extra = allowOnly(fields, ['atLeast']);
    if (extra) return extra;
    const raw = fields['atLeast'];
    const match = typeof raw === 'string' ? /^(\d+)\s*(s|m|h|d)$/.exec(raw.trim()) : null;
    if (!match) return "'atLeast' must be a duration like 90s, 10m, 1h or 2d";
    const unit = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[match[2] as 's' | 'm' | 'h' | 'd'];
    return { atLeastMs: Number(match[1]) * unit, text: raw as string };
  },
  evaluate({ atLeastMs, text }, context) {
    const elapsed = context.world.kernel.clock.nowMs - context.lessonStartMs;
    if (elapsed >= atLeastMs) return { passed: true };
    return { passed: false, detail: `the clock ran for ${Math.floor(elapsed / 1000)}s since the lesson started, expected at least ${text}` };
  },
});
