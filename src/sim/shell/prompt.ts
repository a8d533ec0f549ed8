// PS1/PS2 prompt strings: bash's backslash escapes (\u \h \w \W \$ \t \d \j \! ...), then
// parameter expansion (promptvars). \[ \] mark non-printing sequences, excluded from the width.

import type { Interpreter } from './interpreter.ts';
import type { Prompt } from '../readline/line-editor.ts';
import { stringWidth } from '../text/wcwidth.ts';
import { Parser } from './parser/parser.ts';
import { BASH_VERSION } from './shell.ts';
import { rethrowTermination } from '../kernel/errors.ts';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export async function expandPrompt(interpreter: Interpreter, template: string): Promise<Prompt> {
  const shell = interpreter.shell;
  const now = new Date(shell.kernel.clock.nowMs);
  const two = (n: number): string => String(n).padStart(2, '0');
  let out = '';
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    if (c !== '\\' || i + 1 >= template.length) {
      out += c;
      continue;
    }
    const e = template[++i];
    switch (e) {
      case 'u':
        out += shell.system.userByUid(shell.proc.cred.uid)?.name ?? String(shell.proc.cred.uid);
        break;
      case 'h':
        out += shell.system.hostname.split('.')[0];
        break;
      case 'H':
        out += shell.system.hostname;
        break;
      case 'w':
      case 'W': {
        const pwd = shell.getScalar('PWD') ?? shell.proc.cwd;
        const home = shell.getScalar('HOME');
        let shown = home && home !== '/' && (pwd === home || pwd.startsWith(`${home}/`)) ? `~${pwd.slice(home.length)}` : pwd;
        if (e === 'W' && shown !== '~' && shown !== '/') shown = shown.slice(shown.lastIndexOf('/') + 1);
        out += shown;
        break;
      }
      case '$':
        out += shell.proc.cred.uid === 0 ? '#' : '$';
        break;
      case 'n':
        out += '\n';
        break;
      case 'r':
        out += '\r';
        break;
      case 'a':
        out += '\x07';
        break;
      case 'e':
        out += '\x1b';
        break;
      case 's':
        out += shell.arg0.replace(/^.*\//, '').replace(/^-/, '');
        break;
      case 'v':
        out += BASH_VERSION.split('.').slice(0, 2).join('.');
        break;
      case 'V':
        out += BASH_VERSION.split('(')[0];
        break;
      case 'j':
        out += String(shell.jobs.size);
        break;
      case '!':
        out += String(shell.historyBase + shell.history.length);
        break;
      case '#':
        out += String(shell.commandNumber);
        break;
      case 't':
        out += `${two(now.getUTCHours())}:${two(now.getUTCMinutes())}:${two(now.getUTCSeconds())}`;
        break;
      case 'T':
        out += `${two(now.getUTCHours() % 12 || 12)}:${two(now.getUTCMinutes())}:${two(now.getUTCSeconds())}`;
        break;
      case '@':
        out += `${two(now.getUTCHours() % 12 || 12)}:${two(now.getUTCMinutes())} ${now.getUTCHours() < 12 ? 'AM' : 'PM'}`;
        break;
      case 'A':
        out += `${two(now.getUTCHours())}:${two(now.getUTCMinutes())}`;
        break;
      case 'd':
        out += `${DAYS[now.getUTCDay()]} ${MONTHS[now.getUTCMonth()]} ${two(now.getUTCDate())}`;
        break;
      case '[':
        out += '\u0001';
        break;
      case ']':
        out += '\u0002';
        break;
      case '\\':
        out += '\\';
        break;
      default:
        if (/[0-7]/.test(e)) {
          const digits = /^[0-7]{1,3}/.exec(template.slice(i))![0];
          out += String.fromCharCode(parseInt(digits, 8));
          i += digits.length - 1;
        } else out += `\\${e}`;
    }
  }
  if (shell.shopt('promptvars') && /[$`]/.test(out)) out = await expandPromptVariables(interpreter, out);
  // \[ … \] regions are invisible: drop the markers, and leave their contents out of the width.
  const visible = out.replace(/\u0001[^\u0002]*\u0002?/g, '');
  return { text: out.replace(/[\u0001\u0002]/g, ''), width: stringWidth(visible) };
}

async function expandPromptVariables(interpreter: Interpreter, text: string): Promise<string> {
  try {
    const parser = new Parser(text);
    const parts = parser.parseParts({ mode: 'heredoc' });
    return await interpreter.expander.word({ parts, raw: text });
  } catch (error) {
    rethrowTermination(error);
    return text;
  }
}
