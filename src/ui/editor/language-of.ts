// Which Monaco language shows a file: by its extension, then by its #! line, else plain text. Only
// the languages the lessons use are bundled (shell, Python for DAG files, Markdown, YAML); CSV and
// the rest are plain text.

export type EditorLanguage = 'shell' | 'python' | 'markdown' | 'yaml' | 'plaintext';

const BY_EXTENSION: Record<string, EditorLanguage> = {
  sh: 'shell',
  bash: 'shell',
  py: 'python',
  md: 'markdown',
  markdown: 'markdown',
  yml: 'yaml',
  yaml: 'yaml',
};

/** Shell startup files have no extension but are shell. */
const SHELL_NAMES = new Set(['.bashrc', '.bash_profile', '.profile', '.bash_logout', '.bash_aliases']);

export function languageOf(path: string, firstLine: string): EditorLanguage {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (SHELL_NAMES.has(name)) return 'shell';
  const dot = name.lastIndexOf('.');
  if (dot > 0) {
    const byExtension = BY_EXTENSION[name.slice(dot + 1).toLowerCase()];
    if (byExtension) return byExtension;
  }
  const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(firstLine);
  if (shebang) {
    // `#!/usr/bin/env python3` names the interpreter in its second word.
    const program = (shebang[1].endsWith('/env') && shebang[2] ? shebang[2] : shebang[1]).replace(/^.*\//, '');
    if (/^(ba|da|k|z)?sh$/.test(program)) return 'shell';
    if (/^python[0-9.]*$/.test(program)) return 'python';
  }
  return 'plaintext';
}
