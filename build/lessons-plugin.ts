// The lessons in the build, for the lesson player (src/ui/lessons/lesson-sources.ts):
// - lesson files (lessons/*/files/**, solution/**) imported with `?lesson-file` become their bytes
//   (base64) and permission bits, so the player copies them into the world modes and all;
// - `virtual:extra-lessons` adds the lessons of the folder named by PP_EXTRA_LESSONS (the test
//   build's fixtures, e.g. a lesson whose Markdown tries to run script); empty otherwise;
// - on the dev server, a change to a lesson file tells the page (event `lessons:changed`), which
//   saves the machine and reloads, so an instructor sees an edit at once.

import type { Plugin } from 'vite';
import { readFileSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';

const EXTRA = 'virtual:extra-lessons';

export function lessonsPlugin(root = process.cwd(), extraDir = process.env.PP_EXTRA_LESSONS): Plugin {
  const lessonDirs = [resolve(root, 'lessons'), ...(extraDir ? [resolve(root, extraDir)] : [])].map((dir) => dir + sep);
  return {
    name: 'lessons',
    enforce: 'pre',
    resolveId(id) {
      return id === EXTRA ? `\0${EXTRA}` : null;
    },
    load(id) {
      if (id === `\0${EXTRA}`) {
        if (!extraDir) return 'export const markdown = {};\nexport const files = {};\n';
        const dir = `/${extraDir.replace(/^\.?\/+|\/+$/g, '')}`;
        return [
          `export const markdown = import.meta.glob('${dir}/*/lesson.md', { query: '?raw', import: 'default' });`,
          `export const files = import.meta.glob(['${dir}/*/files/**', '${dir}/*/solution/**'], { query: '?lesson-file', import: 'default' });`,
        ].join('\n');
      }
      const [path, query] = id.split('?');
      if (!path || !new URLSearchParams(query).has('lesson-file')) return null;
      this.addWatchFile(path);
      const data = readFileSync(path).toString('base64');
      const mode = statSync(path).mode & 0o777;
      return `export default ${JSON.stringify({ data, mode })};`;
    },
    handleHotUpdate({ file, server }) {
      if (!lessonDirs.some((dir) => resolve(file).startsWith(dir))) return undefined;
      server.ws.send({ type: 'custom', event: 'lessons:changed', data: { file } });
      return [];
    },
  };
}
