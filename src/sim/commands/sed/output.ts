// Where sed writes: its output (standard output, or the temporary file of -i) and the files of w
// and W. Each remembers whether its last line lacked a newline, which is added before the next
// output (execute.c's output_missing_newline), so "printf 'a' | sed p" prints "a\na".

export interface Sink {
  text: string;
  missingNewline: boolean;
}

export function newSink(): Sink {
  return { text: '', missingNewline: false };
}

export class OutputStreams {
  constructor(readonly delimiter: string) {}

  /** output_line(): text, then the delimiter unless the line had none. */
  line(sink: Sink, text: string, newline: boolean): void {
    if (sink.missingNewline) {
      sink.text += this.delimiter;
      sink.missingNewline = false;
    }
    if (newline) sink.text += text + this.delimiter;
    else {
      sink.text += text;
      sink.missingNewline = true;
    }
  }

  /** Raw text (appended a/r/R text, which carries its own newline). */
  raw(sink: Sink, text: string): void {
    if (sink.missingNewline) {
      sink.text += this.delimiter;
      sink.missingNewline = false;
    }
    sink.text += text;
  }
}

/** The `l` command's unambiguous form: octal escapes for bytes, \\ for backslash, wrapped lines ending in \. */
export function listLine(bytes: Uint8Array, lineLength: number, delimiter: string): string {
  let out = '';
  let width = 0;
  for (const b of bytes) {
    let o: string;
    if (b >= 0x20 && b < 0x7f) o = b === 0x5c ? '\\\\' : String.fromCharCode(b);
    else {
      switch (b) {
        case 0x07: o = '\\a'; break;
        case 0x08: o = '\\b'; break;
        case 0x0c: o = '\\f'; break;
        case 0x0a: o = '\\n'; break;
        case 0x0d: o = '\\r'; break;
        case 0x09: o = '\\t'; break;
        case 0x0b: o = '\\v'; break;
        default: o = `\\${b.toString(8).padStart(3, '0')}`;
      }
    }
    if (width + o.length >= lineLength && lineLength > 0) {
      out += `\\${delimiter}`;
      width = 0;
    }
    out += o;
    width += o.length;
  }
  return `${out}$${delimiter}`;
}
