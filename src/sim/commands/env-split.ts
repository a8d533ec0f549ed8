// env -S STRING (--split-string): splits one argument into several, as needed on "#!" lines where
// the kernel passes everything after the interpreter as a single argument. Quotes, backslash
// escapes, ${VAR} expansion and '#' comments follow GNU env's build_argv.

/** A malformed -S string; the message is GNU env's. */
export class SplitError extends Error {}

const SPACES = ' \t\n\v\f\r';

export function splitString(text: string, getenv: (name: string) => string | undefined): string[] {
  const args: string[] = [];
  let separated = true;
  let single = false;
  let double = false;
  let i = 0;
  const append = (chars: string): void => {
    if (separated) {
      args.push('');
      separated = false;
    }
    args[args.length - 1] += chars;
  };
  scan: while (i < text.length) {
    const c = text[i];
    let out = c;
    switch (c) {
      case "'":
        if (double) break;
        single = !single;
        append('');
        i++;
        continue;
      case '"':
        if (single) break;
        double = !double;
        append('');
        i++;
        continue;
      case ' ': case '\t': case '\n': case '\v': case '\f': case '\r':
        if (single || double) break;
        separated = true;
        while (i < text.length && SPACES.includes(text[i])) i++;
        continue;
      case '#':
        if (!separated) break;
        break scan;
      case '\\': {
        if (single && text[i + 1] !== '\\' && text[i + 1] !== "'") break;
        const next = text[++i];
        switch (next) {
          case '"': case '#': case '$': case "'": case '\\':
            out = next;
            break;
          case '_':
            if (!double) {
              i++;
              separated = true;
              continue scan;
            }
            out = ' ';
            break;
          case 'c':
            if (double) throw new SplitError("'\\c' must not appear in double-quoted -S string");
            break scan;
          case 'f': out = '\f'; break;
          case 'n': out = '\n'; break;
          case 'r': out = '\r'; break;
          case 't': out = '\t'; break;
          case 'v': out = '\v'; break;
          case undefined:
            throw new SplitError('invalid backslash at end of string in -S');
          default:
            throw new SplitError(`invalid sequence '\\${next}' in -S`);
        }
        break;
      }
      case '$': {
        if (single) break;
        const match = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}/.exec(text.slice(i));
        if (!match) throw new SplitError(`only \${VARNAME} expansion is supported, error at: ${text.slice(i)}`);
        const value = getenv(match[1]);
        if (value !== undefined) append(value);
        i += match[0].length;
        continue;
      }
    }
    append(out);
    i++;
  }
  if (single || double) throw new SplitError('no terminating quote in -S string');
  return args;
}
