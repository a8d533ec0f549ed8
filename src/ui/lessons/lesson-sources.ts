// The lessons bundled at build time (lessons/NN-slug/): lesson.md as text, files/ and solution/
// with their bytes and modes (the `lesson-files` plugin in vite.config.ts). Only the lazily loaded
// lesson panel imports this module, so lessons never weigh on the page's first download.

import type { LessonSource } from '../../worker/lessons/protocol.ts';
import * as extra from 'virtual:extra-lessons';

interface BundledFile {
  data: string;
  mode: number;
}

// The course's lessons, then any a test build adds (build/lessons-plugin.ts; none in a real build).
const markdown: Record<string, () => Promise<string>> = {
  ...import.meta.glob<string>('/lessons/*/lesson.md', { query: '?raw', import: 'default' }),
  ...(extra.markdown as Record<string, () => Promise<string>>),
};
const files: Record<string, () => Promise<BundledFile>> = {
  ...import.meta.glob<BundledFile>(['/lessons/*/files/**', '/lessons/*/solution/**'], { query: '?lesson-file', import: 'default' }),
  ...(extra.files as Record<string, () => Promise<BundledFile>>),
};

/** Every bundled lesson's folder, as `parseLesson` reads it, in folder order. */
export async function bundledLessons(): Promise<LessonSource[]> {
  const paths = Object.keys(markdown).sort((a, b) => (folderOf(a) < folderOf(b) ? -1 : 1));
  return Promise.all(paths.map((path) => readLesson(path)));
}

/** One bundled lesson's folder, or null when there is no lesson `id`. */
export async function lessonSource(id: string): Promise<LessonSource | null> {
  const path = Object.keys(markdown).find((p) => folderOf(p) === id);
  return path ? readLesson(path) : null;
}

/** `/lessons/03-shell-etl/lesson.md` → `03-shell-etl`. */
function folderOf(path: string): string {
  const parts = path.split('/');
  return parts[parts.length - 2]!;
}

async function readLesson(path: string): Promise<LessonSource> {
  const id = folderOf(path);
  const source: LessonSource = { id, file: path.slice(1), markdown: await markdown[path]!(), files: [], resources: new Map() };
  const prefix = path.slice(0, -'lesson.md'.length);
  for (const [filePath, loadFile] of Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!filePath.startsWith(prefix)) continue;
    const rel = filePath.slice(prefix.length);
    const { data, mode } = await loadFile();
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    if (rel.startsWith('files/')) source.files.push({ path: rel.slice('files/'.length), bytes, mode });
    else source.resources.set(rel, bytes);
  }
  return source;
}
