// Quoting a value so the shell reads it back unchanged: ${v@Q}, `declare -p`, `set` output, `printf %q`.

/** bash's ${v@Q}: single quotes, with ' written as '\''. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, "'\\''")}'`;
}

/** printf %q / `set -x` style: bare when safe, otherwise backslashes or $'…'. */
export function printfQuote(value: string): string {
  if (value === '') return "''";
  if (/[\x00-\x1f\x7f]/.test(value)) {
    let out = "$'";
    for (const char of value) {
      const code = char.charCodeAt(0);
      if (char === '\n') out += '\\n';
      else if (char === '\t') out += '\\t';
      else if (char === '\r') out += '\\r';
      else if (char === "'") out += "\\'";
      else if (char === '\\') out += '\\\\';
      else if (code < 0x20 || code === 0x7f) out += `\\${code.toString(8).padStart(3, '0')}`;
      else out += char;
    }
    return `${out}'`;
  }
  return value.replace(/[^A-Za-z0-9_\-+=.,/:@%^\u0080-\uffff]/g, '\\$&');
}
