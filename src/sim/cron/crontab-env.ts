// A crontab's environment lines as cron's load_env reads them: NAME=VALUE with quotes allowed
// around either part, blanks around "=" ignored. Its quirks are what students meet: "MAILTO=" with
// nothing after it is not an assignment (cron then reads the line as a job), and a quoted value
// followed by more text is not one either.

/** cron's MAX_ENVSTR: a longer assignment is not one. */
const MAX_ENVSTR = 1000;

const enum EnvState {
  NameStart,
  Name,
  Equals1,
  Equals2,
  ValueStart,
  Value,
  Done,
  Error,
}

/** The assignment on a line, or false when it is not one. */
export function parseAssignment(line: string): [string, string] | false {
  let state = EnvState.NameStart;
  let quote = '';
  let name = '';
  let value = '';
  let i = 0;
  const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\v' || c === '\f';
  while (state !== EnvState.Error && i < line.length) {
    let c = line[i];
    if (state === EnvState.NameStart || state === EnvState.ValueStart) {
      if (c === "'" || c === '"') {
        quote = c;
        i++;
      }
      state++;
      if (i >= line.length) break;
      c = line[i];
    }
    if (state === EnvState.Name || state === EnvState.Value) {
      if (quote) {
        if (c === quote) {
          state++;
          i++;
          continue;
        }
        if (state === EnvState.Name && c === '=') {
          state = EnvState.Error;
          continue;
        }
      } else if (state === EnvState.Name) {
        if (isSpace(c)) {
          i++;
          state++;
          continue;
        }
        if (c === '=') {
          state++;
          continue;
        }
      }
      if (state === EnvState.Name) name += c;
      else value += c;
      i++;
    } else if (state === EnvState.Equals1) {
      if (c === '=') {
        state++;
        quote = '';
      } else if (!isSpace(c)) state = EnvState.Error;
      i++;
    } else if (isSpace(c)) i++;
    else state++;
  }
  if (state !== EnvState.Done && !(state === EnvState.Value && !quote)) return false;
  if (state === EnvState.Value) value = value.replace(/[ \t\n\r\v\f]+$/, '');
  // strdtb, then one pair of matching quotes around the whole value comes off.
  value = value.replace(/[ \t\n\r\v\f]+$/, '');
  if (value.length >= 2 && (value[0] === "'" || value[0] === '"') && value[value.length - 1] === value[0]) value = value.slice(1, -1);
  if (name.length + 1 + value.length >= MAX_ENVSTR - 1) return false;
  return [name, value];
}

