// How ls writes a file name under each --quoting-style (gnulib quotearg): literal, shell and
// shell-always, shell-escape and shell-escape-always ($'\n' escapes), c, escape and locale;
// with -q (the default on a terminal) nongraphic characters become '?' where they are not escaped.

import { quoteName } from '../text/quote.ts';
import { stringWidth } from '../text/wcwidth.ts';

export const QUOTING_STYLES = ['literal', 'shell', 'shell-always', 'shell-escape', 'shell-escape-always', 'c', 'c-maybe', 'escape', 'locale', 'clocale'] as const;
export type QuotingStyle = (typeof QUOTING_STYLES)[number];

export interface QuotedName {
  text: string;
  width: number;
  /** The name came out inside quotes (other names are then indented by one space to line up). */
  quoted: boolean;
}

/** The characters that make the shell styles quote a name (# and ~ only at the start). */
const SHELL_SPECIAL = /[ !"$&'()*;<=>?[\\^`|]/;
const CONTROL = /[\x00-\x1f\x7f]/;
const C_ESCAPES: Record<string, string> = { '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\v': '\\v', '\\': '\\\\' };

export function quoteForLs(name: string, style: QuotingStyle, hideControl: boolean, extraQuoted = ''): QuotedName {
  const text = quoteText(name, style, hideControl, extraQuoted);
  return { text, width: stringWidth(text), quoted: /^['"‘$]/.test(text) && text !== name };
}

function quoteText(name: string, style: QuotingStyle, hide: boolean, extra: string): string {
  const hidden = (text: string): string => (hide ? text.replace(/[\x00-\x1f\x7f]/g, '?') : text);
  const needsExtra = extra !== '' && [...extra].some((c) => name.includes(c));
  switch (style) {
    case 'literal':
      return hidden(name);
    case 'shell':
    case 'shell-always': {
      // Tabs and newlines need quotes; other control characters only once -q has made them '?'.
      const needs = style === 'shell-always' || name === '' || SHELL_SPECIAL.test(name) || /[\t\n]/.test(name) || (hide && CONTROL.test(name)) || needsExtra || name.startsWith('~') || name.startsWith('#');
      if (!needs) return hidden(name);
      if (name.includes("'") && !/[\\"$`]/.test(name) && !CONTROL.test(name)) return `"${name}"`;
      return `'${hidden(name).replace(/'/g, "'\\''")}'`;
    }
    case 'shell-escape':
      return needsExtra && !CONTROL.test(name) && !SHELL_SPECIAL.test(name) ? `'${name}'` : quoteName(name, { colon: extra.includes(':') });
    case 'shell-escape-always':
      return quoteName(name, { colon: extra.includes(':'), always: true });
    case 'c':
      return `"${cEscapes(name, '"')}"`;
    case 'c-maybe': {
      const escaped = cEscapes(name, '"');
      return escaped === name && !needsExtra ? name : `"${escaped}"`;
    }
    case 'escape':
      return cEscapes(name, ' ');
    case 'locale':
    case 'clocale':
      return `‘${cEscapes(name, '')}’`;
  }
}

/** C-style backslash escapes, with `also` (a quote, or the space for -b) escaped too. */
function cEscapes(name: string, also: string): string {
  let out = '';
  for (const c of name) {
    if (c in C_ESCAPES) out += C_ESCAPES[c];
    else if (also !== '' && also.includes(c)) out += `\\${c}`;
    else if (CONTROL.test(c)) out += `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`;
    else out += c;
  }
  return out;
}
