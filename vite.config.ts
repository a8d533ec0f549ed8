import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { readFileSync, statSync } from 'node:fs';

// Lesson files (lessons/*/files/**, solution/**) imported with `?lesson-file` become their bytes
// (base64) and permission bits, so the lesson player copies them into the world modes and all.
function lessonFiles(): Plugin {
  return {
    name: 'lesson-files',
    enforce: 'pre',
    load(id) {
      const [path, query] = id.split('?');
      if (!path || !new URLSearchParams(query).has('lesson-file')) return null;
      this.addWatchFile(path);
      const data = readFileSync(path).toString('base64');
      const mode = statSync(path).mode & 0o777;
      return `export default ${JSON.stringify({ data, mode })};`;
    },
  };
}

// `base` comes from the environment so the same build works at the site root (default './',
// relative paths) or under a sub-path such as GitHub Pages' /pipeline-playground/.
export default defineConfig({
  base: process.env.BASE ?? './',
  plugins: [svelte(), lessonFiles()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4096,
  },
});
