// The lessons bundled at build time (lessons/NN-slug/): lesson.md as text, files/ and solution/
// with their bytes and modes (the `lesson-files` plugin in vite.config.ts). Only the lazily loaded
// lesson panel imports this module, so lessons never weigh on the page's first download.

import type { LessonSource } from '../../worker/lessons/protocol.ts';

interface BundledFile {
  data: string;
  mode: number;
}

const markdown = import.meta.glob<string>('/lessons/*/lesson.md', { query: '?raw', import: 'default' });
const files = import.meta.glob<BundledFile>(['/lessons/*/files/**', '/lessons/*/solution/**'], { query: '?lesson-file', import: 'default' });

/** Every bundled lesson's folder, as `parseLesson` reads it, in folder order. */
export async function bundledLessons(): Promise<LessonSource[]> {
  const sources: LessonSource[] = [];
  for (const [path, load] of Object.entries(markdown).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const id = path.split('/')[2]!;
    const source: LessonSource = { id, file: path.slice(1), markdown: await load(), files: [], resources: new Map() };
    const prefix = `/lessons/${id}/`;
    for (const [filePath, loadFile] of Object.entries(files)) {
      if (!filePath.startsWith(prefix)) continue;
      const rel = filePath.slice(prefix.length);
      const { data, mode } = await loadFile();
      const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
      if (rel.startsWith('files/')) source.files.push({ path: rel.slice('files/'.length), bytes, mode });
      else source.resources.set(rel, bytes);
    }
    sources.push(source);
  }
  return sources;
}
