import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// `base` comes from the environment so the same build works at the site root (default './',
// relative paths) or under a sub-path such as GitHub Pages' /pipeline-playground/.
export default defineConfig({
  base: process.env.BASE ?? './',
  plugins: [svelte()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4096,
  },
});
