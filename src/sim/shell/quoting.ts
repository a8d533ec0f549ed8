// Quoting a value so the shell reads it back unchanged: ${v@Q}, `declare -p`, `set` output, `printf %q`.

/** bash's ${v@Q}: single quotes, with ' written as '\''. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, "'\\''")}'`;
}

/** printf %q: bare when safe, $'…' when there are control characters, else backslashes. */
export function printfQuote(value: string): string {
  if (value === '') return "''";
  if (/[\x00-\x1f\x7f]/.test(value)) return ansiCQuote(value);
  // bash's sh_backslash_quote: metacharacters and `,` always, `~` and `#` where they would expand.
  return value.replace(/[ \t\n'"\\|&;()<>!{}*[?\]^$`,]|(?<=^|[=:])~|^#/g, '\\$&');
}

const ANSI_C_ESCAPES: Record<string, string> = { '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\v': '\\v', '\x1b': '\\E', "'": "\\'", '\\': '\\\\' };

/** bash's ansic_quote: $'…' with C escapes, \E for escape, octal for other control characters. */
export function ansiCQuote(value: string): string {
  let out = "$'";
  for (const char of value) {
    const code = char.charCodeAt(0);
    out += ANSI_C_ESCAPES[char] ?? (code < 0x20 || code === 0x7f ? `\\${code.toString(8).padStart(3, '0')}` : char);
  }
  return `${out}'`;
}
