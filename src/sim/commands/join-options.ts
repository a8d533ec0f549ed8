// join's command line, read in order as GNU's getopt("-a:e:i1:2:j:o:t:v:z") does: operands and
// options interleave, because `-j1 2`, `-j2 1` and `-o 1.1 2.2` may take a following word as their
// argument or leave it as a file name, depending on how many file names turn up.

import { UsageError, getopt } from './getopt.ts';
import { Unsupported } from './context.ts';
import { quoteAlways, quoteLocale } from '../text/quote.ts';
import { utf8ToByteString } from './sort-byte-lines.ts';

/** A field in the -o list: file 0 is the join field, else file 1 or 2 and a zero-based field. */
export interface OutputField {
  file: 0 | 1 | 2;
  field: number;
}

export interface JoinConfig {
  names: string[];
  field1: number;
  field2: number;
  printPairables: boolean;
  printUnpaired1: boolean;
  printUnpaired2: boolean;
  emptyFiller: string | null;
  autoformat: boolean;
  outputFields: OutputField[];
  /** The -t byte (as a one-character byte string); '\n' for -t '' (whole line); null for blanks. */
  tab: string | null;
  ignoreCase: boolean;
  checkOrder: 'default' | 'enabled' | 'disabled';
  header: boolean;
  eol: string;
}

/** "join: MESSAGE", status 1. */
export class JoinFailure extends Error {}

const UNSET = -1;
const SIZE_MAX = Number.MAX_SAFE_INTEGER;

/** string_to_join_field: a 1-based field number as a zero-based one. */
function joinField(text: string): number {
  const match = /^[ \t\n\v\f\r]*\+?(\d+)$/.exec(text);
  const value = match === null ? 0 : Number(match[1]);
  if (match === null || value === 0) throw new JoinFailure(`invalid field number: ${quoteLocale(text)}`);
  return Math.min(value, SIZE_MAX) - 1;
}

function fieldSpec(spec: string): OutputField {
  switch (spec[0]) {
    case '0':
      if (spec.length > 1) throw new JoinFailure(`invalid field specifier: ${quoteLocale(spec)}`);
      return { file: 0, field: 0 };
    case '1':
    case '2':
      if (spec[1] !== '.') throw new JoinFailure(`invalid field specifier: ${quoteLocale(spec)}`);
      return { file: spec[0] === '1' ? 1 : 2, field: joinField(spec.slice(2)) };
    default:
      throw new JoinFailure(`invalid file number in field spec: ${quoteLocale(spec)}`);
  }
}

type Status = 'operand' | 'j1' | 'j2' | 'o';

const LONG = [
  { long: 'ignore-case', key: 'i' }, { long: 'check-order' }, { long: 'nocheck-order' },
  { long: 'zero-terminated', key: 'z' }, { long: 'header' }, { long: 'help' }, { long: 'version' },
];

/** Thrown when --help is reached (join reads --help itself: "--he" is ambiguous with --header). */
export class HelpRequested extends Error {}
const WITH_ARGUMENT = 'ae12jotv';

export function parseJoinOptions(args: readonly string[]): JoinConfig {
  const config: JoinConfig = {
    names: [], field1: UNSET, field2: UNSET, printPairables: true, printUnpaired1: false, printUnpaired2: false,
    emptyFiller: null, autoformat: false, outputFields: [], tab: null, ignoreCase: false, checkOrder: 'default',
    header: false, eol: '\n',
  };
  const statuses: Status[] = [];
  const jCount = [0, 0];
  let previous: Status = 'operand';

  const setField = (which: 1 | 2, value: number): void => {
    const current = which === 1 ? config.field1 : config.field2;
    if (current !== UNSET && current !== value) throw new JoinFailure(`incompatible join fields ${current + 1}, ${value + 1}`);
    if (which === 1) config.field1 = value;
    else config.field2 = value;
  };
  const addFields = (list: string): void => {
    for (const spec of list.split(/[, \t]/)) config.outputFields.push(fieldSpec(spec));
  };
  /** add_file_name: a third name settles what an earlier ambiguous one was. */
  const addName = (name: string, status: Status): Status => {
    if (config.names.length === 2) {
      const index = statuses[0] === 'operand' ? 1 : 0;
      const arg = config.names[index];
      switch (statuses[index]) {
        case 'operand': throw new UsageError(`extra operand ${quoteAlways(name)}`);
        case 'j1': jCount[0]--; setField(1, joinField(arg)); break;
        case 'j2': jCount[1]--; setField(2, joinField(arg)); break;
        case 'o': addFields(arg); break;
      }
      if (index === 0) {
        statuses[0] = statuses[1];
        config.names[0] = config.names[1];
      }
      config.names.length = 1;
      statuses.length = 1;
    }
    statuses.push(status);
    config.names.push(name);
    return status === 'o' ? 'o' : 'operand';
  };

  const option = (letter: string, value: string | undefined, attachedJ: boolean): Status => {
    switch (letter) {
      case 'v':
      case 'a': {
        if (letter === 'v') config.printPairables = false;
        const match = /^[ \t\n\v\f\r]*\+?(\d+)$/.exec(value!);
        const file = match === null ? 0 : Number(match[1]);
        if (file !== 1 && file !== 2) throw new JoinFailure(`invalid field number: ${quoteLocale(value!)}`);
        if (file === 1) config.printUnpaired1 = true;
        else config.printUnpaired2 = true;
        return 'operand';
      }
      case 'e':
        if (config.emptyFiller !== null && config.emptyFiller !== value) throw new JoinFailure('conflicting empty-field replacement strings');
        config.emptyFiller = value!;
        return 'operand';
      case 'i': config.ignoreCase = true; return 'operand';
      case '1': setField(1, joinField(value!)); return 'operand';
      case '2': setField(2, joinField(value!)); return 'operand';
      case 'j':
        if (attachedJ && (value === '1' || value === '2')) {
          // "-j1" may be "-j 1" or the obsolete "-j1 FIELD".
          jCount[value === '2' ? 1 : 0]++;
          return value === '2' ? 'j2' : 'j1';
        }
        setField(1, joinField(value!));
        setField(2, config.field1);
        return 'operand';
      case 'o':
        if (value === 'auto') {
          config.autoformat = true;
          return 'operand';
        }
        addFields(value!);
        return 'o';
      case 't': {
        const bytes = utf8ToByteString(value!);
        let tab = bytes === '' ? '\n' : bytes[0];
        if (bytes.length > 1) {
          if (bytes === '\\0') tab = '\0';
          else throw new JoinFailure(`multi-character tab ${quoteLocale(value!)}`);
        }
        if (config.tab !== null && config.tab !== tab) throw new JoinFailure('incompatible tabs');
        config.tab = tab;
        return 'operand';
      }
      case 'z': config.eol = '\0'; return 'operand';
      case 'check-order': config.checkOrder = 'enabled'; return 'operand';
      case 'nocheck-order': config.checkOrder = 'disabled'; return 'operand';
      case 'header': config.header = true; return 'operand';
      case 'help': throw new HelpRequested();
      default: throw new Unsupported(`--${letter}`);
    }
  };

  let i = 0;
  for (; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      i++;
      break;
    }
    let status: Status = 'operand';
    if (arg.startsWith('--')) {
      status = option(getopt([arg], LONG).options[0].key, undefined, false);
    } else if (arg.startsWith('-') && arg.length > 1) {
      for (let j = 1; j < arg.length; j++) {
        const letter = arg[j];
        if (!WITH_ARGUMENT.includes(letter)) {
          if (letter !== 'i' && letter !== 'z') throw new UsageError(`invalid option -- '${letter}'`);
          status = option(letter, undefined, false);
          continue;
        }
        let value = arg.slice(j + 1);
        if (value === '') {
          if (i + 1 >= args.length) throw new UsageError(`option requires an argument -- '${letter}'`);
          value = args[++i];
        }
        status = option(letter, value, j === 1 && arg.length > 2);
        break;
      }
    } else status = addName(arg, previous);
    previous = status;
  }
  for (; i < args.length; i++) addName(args[i], 'operand');
  if (config.names.length !== 2) {
    throw new UsageError(config.names.length === 0 ? 'missing operand' : `missing operand after ${quoteLocale(args[args.length - 1])}`);
  }
  // "-j1" or "-j2" left without an argument means -j 1 or -j 2.
  for (let k = 0; k < 2; k++) {
    if (jCount[k] !== 0) {
      setField(1, k);
      setField(2, k);
    }
  }
  if (config.field1 === UNSET) config.field1 = 0;
  if (config.field2 === UNSET) config.field2 = 0;
  return config;
}
