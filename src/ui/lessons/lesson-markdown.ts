// A lesson's Markdown as HTML that is safe to insert into the page: `marked` renders it and
// DOMPurify removes everything that could run script (<script>, on* attributes, javascript: URLs,
// <iframe>, <object>, forms...). A lesson is data, never code for the page.
// A fence whose info string ends in `run` (```sh run) is a runnable snippet: it is marked with
// `data-runnable`, and the player adds the button that types it into the terminal.

import { Marked } from 'marked';
import DOMPurify from 'dompurify';

const marked = new Marked({
  gfm: true,
  renderer: {
    code({ text, lang }) {
      const words = (lang ?? '').trim().split(/\s+/);
      const runnable = words.length > 1 && words[words.length - 1] === 'run';
      const language = words[0] ? ` class="language-${escapeHtml(words[0])}"` : '';
      return `<pre${runnable ? ' data-runnable="true"' : ''}><code${language}>${escapeHtml(text.endsWith('\n') ? text : `${text}\n`)}</code></pre>\n`;
    },
  },
});

let hooked = false;

export function renderLessonMarkdown(markdown: string): string {
  if (!hooked) {
    hooked = true;
    // Links leave the playground in a new tab that cannot reach back into it.
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName === 'A' && node.hasAttribute('href')) {
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    });
  }
  const html = marked.parse(markdown, { async: false });
  return DOMPurify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'object', 'embed'],
  });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
