// The build's lesson plugin: the dev server tells the page when a lesson file changes (and only
// then), and the extra-lessons module is empty in a real build.

import { expect, test } from 'vitest';
import type { HmrContext, Plugin } from 'vite';
import { lessonsPlugin } from '../../build/lessons-plugin.ts';

function hotUpdate(plugin: Plugin, file: string): { result: unknown; sent: unknown[] } {
  const sent: unknown[] = [];
  const context = { file, server: { ws: { send: (payload: unknown) => sent.push(payload) } }, modules: [] } as unknown as HmrContext;
  const hook = plugin.handleHotUpdate as (ctx: HmrContext) => unknown;
  return { result: hook(context), sent };
}

test('a changed lesson file is announced to the page instead of a module update', () => {
  const plugin = lessonsPlugin('/repo', undefined);
  expect(hotUpdate(plugin, '/repo/lessons/03-shell-etl/lesson.md')).toEqual({
    result: [],
    sent: [{ type: 'custom', event: 'lessons:changed', data: { file: '/repo/lessons/03-shell-etl/lesson.md' } }],
  });
  expect(hotUpdate(plugin, '/repo/lessons/03-shell-etl/solution/step-1.sh').sent).toHaveLength(1);
});

test('other files update as usual; test lessons count only when the build includes them', () => {
  expect(hotUpdate(lessonsPlugin('/repo', undefined), '/repo/src/ui/App.svelte')).toEqual({ result: undefined, sent: [] });
  expect(hotUpdate(lessonsPlugin('/repo', undefined), '/repo/test/fixtures/lessons/99-x/lesson.md').sent).toHaveLength(0);
  expect(hotUpdate(lessonsPlugin('/repo', 'test/fixtures/lessons'), '/repo/test/fixtures/lessons/99-x/lesson.md').sent).toHaveLength(1);
  expect(hotUpdate(lessonsPlugin('/repo', undefined), '/repo/lessons-old/x.md').sent).toHaveLength(0);
});

test('the extra-lessons module is empty without PP_EXTRA_LESSONS, and globs the folder with it', () => {
  const load = (plugin: Plugin): string => (plugin.load as (id: string) => string)('\0virtual:extra-lessons');
  expect(load(lessonsPlugin('/repo', undefined))).toBe('export const markdown = {};\nexport const files = {};\n');
  expect(load(lessonsPlugin('/repo', 'test/fixtures/lessons/'))).toContain("import.meta.glob('/test/fixtures/lessons/*/lesson.md'");
});
