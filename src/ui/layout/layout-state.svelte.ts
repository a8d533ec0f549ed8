// The workspace's arrangement, reactive: how much of the left column the editor takes, how wide the
// side panel is, and which panels are collapsed. Every change is remembered (layout-storage.ts), so
// a reload keeps the student's layout.

import { clamp, EDITOR_FRACTION, loadLayout, SIDE_WIDTH, writeLayout, type LayoutStorage } from './layout-storage.ts';

export { browserStorage, EDITOR_FRACTION, SIDE_WIDTH } from './layout-storage.ts';

export class LayoutState {
  /** The editor's share of the left column's height (the terminal has the rest). */
  editorFraction = $state<number>(EDITOR_FRACTION.initial);
  sideWidth = $state<number>(SIDE_WIDTH.initial);
  /** Collapsed until the first file opens: a student starts at the terminal. */
  editorOpen = $state(false);
  sideOpen = $state(true);

  constructor(private readonly storage: LayoutStorage | null) {
    const saved = loadLayout(storage);
    this.editorFraction = saved.editorFraction;
    this.sideWidth = saved.sideWidth;
    this.editorOpen = saved.editorOpen;
    this.sideOpen = saved.sideOpen;
  }

  setEditorFraction(value: number): void {
    this.editorFraction = clamp(value, EDITOR_FRACTION.min, EDITOR_FRACTION.max);
    this.save();
  }

  setSideWidth(value: number): void {
    this.sideWidth = clamp(Math.round(value), SIDE_WIDTH.min, SIDE_WIDTH.max);
    this.save();
  }

  setEditorOpen(open: boolean): void {
    this.editorOpen = open;
    this.save();
  }

  setSideOpen(open: boolean): void {
    this.sideOpen = open;
    this.save();
  }

  private save(): void {
    writeLayout(this.storage, { editorFraction: this.editorFraction, sideWidth: this.sideWidth, editorOpen: this.editorOpen, sideOpen: this.sideOpen });
  }
}
