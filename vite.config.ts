import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { lessonsPlugin } from './build/lessons-plugin.ts';

// `base` comes from the environment so the same build works at the site root (default './',
// relative paths) or under a sub-path such as GitHub Pages' /pipeline-playground/.
export default defineConfig({
  base: process.env.BASE ?? './',
  plugins: [svelte(), lessonsPlugin()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // Every browser that runs es2022 supports <link rel="modulepreload">: no polyfill in the first download.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 4096,
  },
});
