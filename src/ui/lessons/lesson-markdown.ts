// A lesson's Markdown as HTML that is safe to insert into the page: `marked` renders it and
// DOMPurify removes everything that could run script (<script>, on* attributes, javascript: URLs,
// <iframe>, <object>, forms...). A lesson is data, never code for the page.

import { marked } from 'marked';
import DOMPurify from 'dompurify';

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
  const html = marked.parse(markdown, { async: false, gfm: true });
  return DOMPurify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'object', 'embed'],
  });
}
