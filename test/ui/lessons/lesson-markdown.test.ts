// @vitest-environment jsdom
// A lesson's Markdown reaches the page through marked and DOMPurify: whatever the lesson holds,
// nothing in it can run script.

import { expect, test } from 'vitest';
import { renderLessonMarkdown } from '../../../src/ui/lessons/lesson-markdown.ts';

function render(markdown: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = renderLessonMarkdown(markdown);
  return root;
}

test('a <script> in a lesson is removed', () => {
  const root = render('Hello\n\n<script>window.pwned = 1</script>\n\n**bold**');
  expect(root.querySelector('script')).toBeNull();
  expect(root.innerHTML).not.toContain('pwned');
  expect(root.querySelector('strong')?.textContent).toBe('bold');
});

test('an onerror attribute and javascript: links are removed', () => {
  const root = render('<img src="x" onerror="window.pwned = 1">\n\n[click](javascript:alert(1)) <a href="javascript:alert(2)">a</a> <svg onload="alert(3)"></svg>');
  expect(root.innerHTML).not.toMatch(/onerror|onload|javascript:/i);
  for (const element of root.querySelectorAll('*')) for (const attribute of element.attributes) expect(attribute.name.startsWith('on')).toBe(false);
});

test('iframes, forms and styles are removed; code blocks and links stay, links open safely', () => {
  const root = render('<iframe src="https://example.com"></iframe><form><input></form><style>body{}</style>\n\n```sh\nhead -n 3 data.csv\n```\n\n[docs](https://example.com)');
  expect(root.querySelector('iframe, form, input, style')).toBeNull();
  expect(root.querySelector('pre code')?.textContent).toBe('head -n 3 data.csv\n');
  const link = root.querySelector('a')!;
  expect(link.getAttribute('href')).toBe('https://example.com');
  expect(link.getAttribute('rel')).toBe('noopener noreferrer');
});

test('a fence marked "run" becomes a runnable snippet; other fences and raw attributes do not', () => {
  const root = render('```sh run\ncut -d: -f1 /etc/passwd | head -n 3\n```\n\n```sh\necho <not run>\n```\n\n<pre data-runnable="true">rm -rf ~</pre>');
  const snippets = root.querySelectorAll('pre[data-runnable]');
  expect(snippets.length).toBe(2); // the lesson's own and the raw one: both only ever typed, never run by the page
  expect(snippets[0]!.textContent).toBe('cut -d: -f1 /etc/passwd | head -n 3\n');
  expect(snippets[0]!.querySelector('code')!.className).toBe('language-sh');
  expect(root.querySelectorAll('pre')[1]!.hasAttribute('data-runnable')).toBe(false);
  expect(root.querySelectorAll('pre')[1]!.textContent).toBe('echo <not run>\n');
});
