// Shell-aware editing on top of Monaco: bash -n diagnostics from the playground's own parser (run in
// the worker, a moment after typing stops) drawn as markers, a hover over a command name with its
// `--help` summary, and crontab's verdict on a rejected crontab -e save drawn the same way.

import type { editor, IDisposable } from 'monaco-editor/editor';
import type { Monaco } from './monaco-setup.ts';
import type { WorldClient } from '../world-client.svelte.ts';
import type { ShellDiagnostic } from '../../worker/editor-protocol.ts';
import { commandAt } from './command-position.ts';

const CHECK_DELAY_MS = 250;
const OWNER = 'bash -n';

export class ShellChecker {
  private readonly disposables: IDisposable[] = [];

  constructor(
    private readonly monaco: Monaco,
    private readonly world: WorldClient,
  ) {
    this.disposables.push(
      monaco.languages.registerHoverProvider('shell', {
        provideHover: async (model, position) => {
          const found = commandAt(model.getLineContent(position.lineNumber), position.column);
          if (!found) return null;
          const summary = await world.editor.commandSummary(found.word);
          if (!summary) return null;
          return {
            range: new monaco.Range(position.lineNumber, found.startColumn, position.lineNumber, found.endColumn),
            contents: [{ value: `**${summary.name}** — ${summary.summary}` }, { value: `\`\`\`text\n${summary.usage}\n\`\`\`` }],
          };
        },
      }),
    );
  }

  /** Checks `model` now and after every pause in typing, until it is disposed. */
  watch(model: editor.ITextModel, fileName: string): void {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let generation = 0;
    const check = async (): Promise<void> => {
      const mine = ++generation;
      const diagnostics = await this.world.editor.shellDiagnostics(model.getValue(), fileName);
      // An older answer arriving after a newer edit must not overwrite the newer one.
      if (mine !== generation || model.isDisposed()) return;
      this.monaco.editor.setModelMarkers(model, OWNER, diagnostics.map((d) => this.marker(model, d)));
    };
    const change = model.onDidChangeContent(() => {
      clearTimeout(timer);
      timer = setTimeout(() => void check(), CHECK_DELAY_MS);
    });
    model.onWillDispose(() => {
      clearTimeout(timer);
      change.dispose();
    });
    void check();
  }

  /**
   * crontab's `"file":N: bad minute` as a marker. cron's N is the count of lines before the bad one
   * (0 for the first line), so the marker goes on line N + 1.
   */
  showCrontabVerdict(model: editor.ITextModel, message: string): void {
    const match = /^"[^"]*":(\d+): .*$/m.exec(message);
    const markers = match
      ? [this.marker(model, { line: Number(match[1]) + 1, severity: 'error', message: message.replace(/^crontab: installing new crontab\n/, '').trimEnd() })]
      : [];
    this.monaco.editor.setModelMarkers(model, 'crontab', markers);
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }

  /**
   * A diagnostic's line as a marker. bash reports "unexpected end of file" on the line after the
   * last; the underline goes on the last line with text, so it is visible.
   */
  private marker(model: editor.ITextModel, diagnostic: ShellDiagnostic): editor.IMarkerData {
    let line = Math.min(diagnostic.line, model.getLineCount());
    while (line > 1 && model.getLineContent(line).trim() === '') line--;
    const startColumn = Math.max(1, model.getLineFirstNonWhitespaceColumn(line));
    return {
      severity: diagnostic.severity === 'error' ? this.monaco.MarkerSeverity.Error : this.monaco.MarkerSeverity.Warning,
      message: diagnostic.message,
      source: OWNER,
      startLineNumber: line,
      startColumn,
      endLineNumber: line,
      endColumn: model.getLineMaxColumn(line),
    };
  }
}
