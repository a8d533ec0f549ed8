// code, edit, nano and vi: open files in the page's editor pane. The playground has no full-screen
// terminal editor; these names are the ones students type from habit, so all four hand the file to
// the workspace editor (through the `editor` service the worker host registers) and return at once,
// as `code FILE` does. A missing file is created first, empty, with the caller's credentials and
// umask (as the real editors would on save), so the file tree and `ls` show it straight away.

import { defineCommand, type Command } from './command.ts';
import { Unsupported, type CommandContext } from './context.ts';
import { Errno } from '../kernel/errors.ts';
import { quoteName } from '../text/quote.ts';
import { EDITOR_SERVICE, type EditorService } from '../editor-service.ts';

function editorCommand(name: string, summary: string, usage: string): Command {
  return defineCommand({
    name,
    summary,
    help: `Usage: ${name} ${usage}
Open each FILE in the playground's editor pane, creating it (empty) when it does not
exist, and return at once. Save with Ctrl+S (Cmd+S on a Mac) in the editor.

      --help     display this help and exit
`,
    usageStatus: 2,
    run: (ctx) => openFiles(ctx),
  });
}

export const code = editorCommand('code', 'open files in the workspace editor', '[FILE]...');
export const edit = editorCommand('edit', 'open files in the workspace editor', '[FILE]...');
export const nano = editorCommand('nano', 'open files in the workspace editor (instead of GNU nano)', '[FILE]...');
export const vi = editorCommand('vi', 'open files in the workspace editor (instead of Vim)', '[FILE]...');

async function openFiles(ctx: CommandContext): Promise<number> {
  const files: string[] = [];
  let endOfOptions = false;
  for (const arg of ctx.args) {
    // Each editor has its own options (`code -g`, `vi +10`, `nano -l`); none is simulated, and a
    // silently ignored one would teach something false.
    if (!endOfOptions && arg === '--') endOfOptions = true;
    else if (!endOfOptions && arg.length > 1 && (arg.startsWith('-') || arg.startsWith('+'))) throw new Unsupported(arg);
    else files.push(arg);
  }
  const editor = ctx.system.service<EditorService>(EDITOR_SERVICE);
  if (!editor) throw new Unsupported('an editor outside the web page');
  let status = 0;
  const paths: string[] = [];
  for (const file of files) {
    const path = await prepareFile(ctx, file);
    if (path === null) status = 1;
    else paths.push(path);
  }
  for (const path of paths) editor.open(path);
  return status;
}

/** The file's absolute path, created when missing; null after printing why it cannot be edited. */
async function prepareFile(ctx: CommandContext, file: string): Promise<string | null> {
  const { fs, proc } = ctx;
  try {
    let inode;
    try {
      inode = ctx.lookup(file);
    } catch (error) {
      if (!(error instanceof Errno) || error.code !== 'ENOENT') throw error;
      inode = fs.createFile(proc.cred, proc.cwd, file, 0o666 & ~proc.umask);
    }
    if (inode.type === 'dir') throw new Errno('EISDIR');
    if (inode.type !== 'file') {
      await ctx.error(`${quoteName(file)}: not a regular file`);
      return null;
    }
    return fs.realpath(proc.cred, proc.cwd, file);
  } catch (error) {
    await ctx.fileError(file, error);
    return null;
  }
}
