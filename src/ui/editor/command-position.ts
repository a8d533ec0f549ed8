// Finding the command name under the pointer in a line of shell, for the hover that shows its
// summary: the word must be where bash looks for a command (start of a line or after | ; & ( { `
// $( or a reserved word such as `then`), possibly after `VAR=value` assignments — not an argument.

export interface WordAt {
  word: string;
  /** 1-based columns, end exclusive (Monaco's convention). */
  startColumn: number;
  endColumn: number;
}

const WORD_CHARS = /[A-Za-z0-9_.+\-[\]]/;
const STARTS_COMMAND = new Set(['if', 'then', 'else', 'elif', 'do', 'while', 'until', '!', 'time', '{', 'exec', 'command', 'builtin', 'nohup', 'sudo', 'xargs', 'env', 'timeout', 'watch']);

/** The command name at `column` (1-based) of `line`, or null when the word there is not one. */
export function commandAt(line: string, column: number): WordAt | null {
  const index = column - 1;
  if (index < 0 || index > line.length) return null;
  let start = index;
  while (start > 0 && WORD_CHARS.test(line[start - 1])) start--;
  let end = index;
  while (end < line.length && WORD_CHARS.test(line[end])) end++;
  if (end === start) return null;
  const word = line.slice(start, end);
  if (!/^[A-Za-z_[]/.test(word)) return null;
  if (line.slice(0, start).trimStart().startsWith('#') || line[end] === '=') return null;
  return inCommandPosition(line.slice(0, start)) ? { word, startColumn: start + 1, endColumn: end + 1 } : null;
}

/** Whether a word after `before` (the line up to it) is read as a command name. */
function inCommandPosition(before: string): boolean {
  const words = before.split(/\s+/).filter((w) => w !== '');
  // Walk back over assignments (`LANG=C sort`) and the words that run the next one as a command.
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i];
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(word) || STARTS_COMMAND.has(word)) continue;
    if (/(\||;|&|\(|`|\{)$/.test(word)) return true;
    // `timeout 5 cmd`: timeout's duration is not a command either.
    if (/^[0-9.]+[smhd]?$/.test(word) && words[i - 1] === 'timeout') continue;
    return false;
  }
  return true;
}
