// Tab completion for the interactive shell, as bash does it without programmable completion:
// command names (aliases, functions, builtins, keywords, programs on PATH) in command position,
// variable names after $, and file names everywhere else.

import type { Completion, CompletionCandidate } from '../readline/line-editor.ts';
import type { Interpreter } from './interpreter.ts';
import { builtins } from './builtins/index.ts';
import { X_OK } from '../fs/filesystem.ts';

const KEYWORDS = ['if', 'then', 'else', 'elif', 'fi', 'case', 'esac', 'for', 'select', 'while', 'until', 'do', 'done', 'in', 'function', 'time', '{', '}', '!', '[[', ']]', 'coproc'];

export async function completeLine(interpreter: Interpreter, line: string, cursor: number): Promise<Completion> {
  const before = line.slice(0, cursor);
  let start = cursor;
  while (start > 0 && !/[\s|&;()<>]/.test(before[start - 1]) && before[start - 2] !== '\\') start--;
  const word = unescape(before.slice(start));
  const dollar = /\$\{?([A-Za-z_][A-Za-z0-9_]*)?$/.exec(word);
  if (dollar) {
    const prefix = dollar[1] ?? '';
    const braced = dollar[0].startsWith('${');
    const head = before.slice(0, cursor - dollar[0].length + (braced ? 2 : 1));
    const names = interpreter.shell.vars.names().filter((n) => n.startsWith(prefix)).sort();
    return {
      start: head.length,
      candidates: names.map((n) => ({ insert: braced ? `${n}}` : n, display: n, addSpace: !braced })),
    };
  }
  const commandPosition = /(^|[|&;(]|\$\()\s*$/.test(before.slice(0, start));
  if (commandPosition && !word.includes('/')) return { start, candidates: commandNames(interpreter, word) };
  const raw = before.slice(start);
  return { start, candidates: fileNames(interpreter, word, raw.slice(0, raw.lastIndexOf('/') + 1), commandPosition) };
}

function commandNames(interpreter: Interpreter, prefix: string): CompletionCandidate[] {
  const shell = interpreter.shell;
  const names = new Set<string>();
  for (const name of shell.aliases.keys()) names.add(name);
  for (const name of shell.functions.keys()) names.add(name);
  for (const name of builtins.keys()) names.add(name);
  for (const name of KEYWORDS) names.add(name);
  const fs = shell.kernel.fs;
  for (const dir of (shell.getScalar('PATH') ?? '').split(':')) {
    try {
      const inode = fs.lookupDir(shell.proc.cred, shell.proc.cwd, dir || '.');
      for (const [name, child] of inode.entries) {
        if (child.type !== 'dir' && fs.canAccess(shell.proc.cred, child, X_OK)) names.add(name);
      }
    } catch {
      // a PATH entry that does not exist
    }
  }
  return [...names]
    .filter((n) => n.startsWith(prefix))
    .sort()
    .map((n) => ({ insert: escape(n), display: n, addSpace: true }));
}

/** `rawDir` is the directory part as the user typed it (kept as is in the completion). */
function fileNames(interpreter: Interpreter, word: string, rawDir: string, executablesOnly: boolean): CompletionCandidate[] {
  const shell = interpreter.shell;
  const fs = shell.kernel.fs;
  const slash = word.lastIndexOf('/');
  const dirPart = slash >= 0 ? word.slice(0, slash + 1) : '';
  const prefix = word.slice(slash + 1);
  let dirPath = dirPart === '' ? '.' : dirPart;
  if (dirPath.startsWith('~')) {
    const home = interpreter.expander.tildeHome(dirPath.slice(1, dirPath.indexOf('/') < 0 ? undefined : dirPath.indexOf('/')));
    if (home !== undefined) dirPath = home + dirPath.slice(dirPath.indexOf('/') < 0 ? dirPath.length : dirPath.indexOf('/'));
  }
  let dir;
  try {
    dir = fs.lookupDir(shell.proc.cred, shell.proc.cwd, dirPath.startsWith('/') ? dirPath : `${shell.proc.cwd}/${dirPath}`);
  } catch {
    return [];
  }
  const out: CompletionCandidate[] = [];
  for (const name of [...dir.entries.keys()].sort()) {
    if (!name.startsWith(prefix)) continue;
    if (name.startsWith('.') && !prefix.startsWith('.')) continue;
    let isDir = false;
    try {
      isDir = fs.lookup(shell.proc.cred, fs.pathOf(dir), name).type === 'dir';
    } catch {
      isDir = false;
    }
    if (executablesOnly && !isDir) {
      const inode = dir.entries.get(name)!;
      if (!fs.canAccess(shell.proc.cred, inode, X_OK)) continue;
    }
    out.push({ insert: rawDir + escape(name) + (isDir ? '/' : ''), display: name + (isDir ? '/' : ''), addSpace: !isDir });
  }
  return out;
}

/** Backslash-escapes characters the shell would otherwise split or expand. */
function escape(name: string): string {
  return name.replace(/[\s'"\\$`&|;()<>*?[\]{}!#~]/g, '\\$&');
}

function unescape(word: string): string {
  return word.replace(/\\(.)/g, '$1');
}
