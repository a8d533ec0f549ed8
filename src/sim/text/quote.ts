// Quoting of names in messages, as GNU coreutils do it (gnulib's quotearg):
// - quoteName: shell-escape style, used for file names in most errors ("cat: 'a b': No such file...").
//   A name is left bare when nothing in it is special to the shell.
// - quoteLocale: locale style, always quoted; in a UTF-8 locale with curly quotes (‘name’).

const ALWAYS_SPECIAL = new Set([' ', '!', '"', '$', '&', '(', ')', '*', ';', '<', '=', '>', '?', '[', '\\', '^', '`', '|', "'"]);

/** quotef(): shell-escape quoting, with ':' also quoted (coreutils quote file names this way). */
export function quoteName(name: string, options: { colon?: boolean; always?: boolean } = { colon: true }): string {
  if (name === '') return "''";
  if (!needsQuoting(name, options.colon ?? true)) return options.always ? `'${name}'` : name;
  const hasControl = /[\x00-\x1f\x7f]/.test(name);
  if (!hasControl && name.includes("'") && !/[\\"$`]/.test(name)) return `"${name}"`;
  let out = "'";
  for (const char of name) {
    if (char === "'") out += "'\\''";
    else if (isControl(char)) out += `'$'${controlEscape(char)}''`;
    else out += char;
  }
  out += "'";
  // Empty quote pairs left around an escape ("''$'\n'") are dropped as gnulib does, except at the start.
  return out.replace(/(.)''(?=\$')/g, '$1').replace(/''$/, (m, offset: number) => (offset === 0 ? m : ''));
}

function needsQuoting(name: string, colon: boolean): boolean {
  for (let i = 0; i < name.length; i++) {
    const char = name[i];
    if (ALWAYS_SPECIAL.has(char) || isControl(char)) return true;
    if ((char === '#' || char === '~') && i === 0) return true;
    if (colon && char === ':') return true;
  }
  return false;
}

function isControl(char: string): boolean {
  const code = char.charCodeAt(0);
  return code < 0x20 || code === 0x7f;
}

function controlEscape(char: string): string {
  switch (char) {
    case '\n':
      return '\\n';
    case '\t':
      return '\\t';
    case '\r':
      return '\\r';
    case '\x07':
      return '\\a';
    case '\b':
      return '\\b';
    case '\f':
      return '\\f';
    case '\v':
      return '\\v';
    default:
      return `\\${char.charCodeAt(0).toString(8).padStart(3, '0')}`;
  }
}

/** quoteaf(): shell-escape-always quoting, as ls, rm, touch, cp and mv print names ('b'). */
export function quoteAlways(name: string): string {
  return quoteName(name, { colon: false, always: true });
}

/** quote(): locale quoting, as in "mkdir: cannot create directory ‘x’". */
export function quoteLocale(text: string): string {
  return `‘${text}’`;
}
