// What a command name means to the shell, in bash's order: alias, keyword, function, builtin, file.
// Shared by type, command -v/-V and the editor's hover.

import type { FunctionDefinition } from './ast.ts';
import type { Shell } from './shell.ts';
import { builtins } from './builtins/index.ts';
import type { Builtin } from './builtins/builtin.ts';
import { X_OK } from '../fs/filesystem.ts';

export type NameKind =
  | { kind: 'alias'; value: string }
  | { kind: 'keyword' }
  | { kind: 'function'; definition: FunctionDefinition }
  | { kind: 'builtin' }
  | { kind: 'file'; path: string; hashed: boolean };

export const KEYWORDS = new Set(['if', 'then', 'else', 'elif', 'fi', 'case', 'esac', 'for', 'select', 'while', 'until', 'do', 'done', 'in', 'function', 'time', '{', '}', '!', '[[', ']]', 'coproc']);

export function describeName(shell: Shell, name: string, options: { all?: boolean; noFunctions?: boolean } = {}): NameKind[] {
  const found: NameKind[] = [];
  const alias = shell.aliases.get(name);
  if (alias !== undefined) found.push({ kind: 'alias', value: alias });
  if (KEYWORDS.has(name)) found.push({ kind: 'keyword' });
  const definition = shell.functions.get(name);
  if (definition && !options.noFunctions) found.push({ kind: 'function', definition });
  if (shellBuiltin(shell, name)) found.push({ kind: 'builtin' });
  if (name.includes('/')) {
    if (isExecutable(shell, name)) found.push({ kind: 'file', path: name, hashed: false });
    return found;
  }
  const hashed = shell.hash.get(name);
  if (hashed !== undefined && !options.all) {
    found.push({ kind: 'file', path: hashed, hashed: true });
    return found;
  }
  for (const dir of (shell.getScalar('PATH') ?? '').split(':')) {
    const path = `${dir === '' ? '.' : dir}/${name}`;
    if (isExecutable(shell, path)) {
      found.push({ kind: 'file', path, hashed: false });
      if (!options.all) break;
    }
  }
  return found;
}

function isExecutable(shell: Shell, path: string): boolean {
  try {
    const inode = shell.kernel.fs.lookup(shell.proc.cred, shell.proc.cwd, path);
    return inode.type === 'file' && shell.kernel.fs.canAccess(shell.proc.cred, inode, X_OK);
  } catch {
    return false;
  }
}

/** dash's builtins; bash's others are, to sh, commands that are not found. */
const DASH_BUILTINS = new Set(['.', ':', '[', 'alias', 'bg', 'break', 'cd', 'chdir', 'command', 'continue', 'echo', 'eval', 'exec', 'exit', 'export', 'false', 'fc', 'fg', 'getopts', 'hash', 'jobs', 'kill', 'local', 'printf', 'pwd', 'read', 'readonly', 'return', 'set', 'shift', 'test', 'times', 'trap', 'true', 'type', 'ulimit', 'umask', 'unalias', 'unset', 'wait']);

/** The builtin `name` runs, if any, in this shell (sh has dash's set). */
export function shellBuiltin(shell: Shell, name: string): Builtin | undefined {
  if (shell.dash && !DASH_BUILTINS.has(name)) return undefined;
  return builtins.get(name);
}
