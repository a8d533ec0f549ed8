// The POSIX regex layer shared by grep, sed, awk and [[ =~ ]]: glibc's acceptance and messages,
// C.UTF-8 classes, leftmost-longest matching, grep's DFA warnings, and the byte-preserving codec.
// Expected values come from GNU grep 3.8 and sed 4.9 (the commands are shown in comments).

import { describe, expect, test } from 'vitest';
import { compilePosix, compileRegex, dfaDiagnostics, parsePosix, RegexSyntaxError, translateRegex, type RegexDialect } from '../../../src/sim/text/posix-regex.ts';
import { decodeBytes, encodeText, hasEncodingErrors } from '../../../src/sim/text/byte-text.ts';

function error(pattern: string, dialect: RegexDialect): string {
  try {
    parsePosix(pattern, dialect);
    return 'ok';
  } catch (e) {
    if (e instanceof RegexSyntaxError) return e.message;
    throw e;
  }
}

describe('pattern syntax and glibc messages', () => {
  test.each([
    // grep PATTERN     (grep -G, RE_SYNTAX_GREP)
    ['[', 'grep-basic', 'Invalid regular expression'],
    ['[a', 'grep-basic', 'Unmatched [, [^, [:, [., or [='],
    ['[[:alpha:', 'grep-basic', 'Unmatched [, [^, [:, [., or [='],
    ['\\(', 'grep-basic', 'Unmatched ( or \\('],
    ['\\)', 'grep-basic', 'Unmatched ) or \\)'],
    ['a\\{1', 'grep-basic', 'Unmatched \\{'],
    ['x\\{2,1\\}', 'grep-basic', 'Invalid content of \\{\\}'],
    ['a\\{1a\\}', 'grep-basic', 'Invalid content of \\{\\}'],
    ['[[:foo:]]', 'grep-basic', 'Invalid character class name'],
    ['[b-a]', 'grep-basic', 'Invalid range end'],
    ['[a-b-c]', 'grep-basic', 'Invalid range end'],
    ['[[=é=]]', 'grep-basic', 'Invalid collation character'],
    ['[[.space.]]', 'grep-basic', 'Invalid collation character'],
    ['\\', 'grep-basic', 'Trailing backslash'],
    ['\\(a\\)\\|\\1', 'grep-basic', 'Invalid back reference'],
    ['\\(a\\)\\2', 'grep-basic', 'Invalid back reference'],
    ['a**', 'grep-basic', 'ok'],
    ['\\{1\\}a', 'grep-basic', 'ok'],
    // grep -E PATTERN  (RE_SYNTAX_EGREP)
    ['(', 'grep-extended', 'Unmatched ( or \\('],
    ['(*)', 'grep-extended', 'Unmatched ( or \\('],
    [')', 'grep-extended', 'ok'],
    ['a{1', 'grep-extended', 'ok'],
    ['a{}', 'grep-extended', 'Invalid content of \\{\\}'],
    ['a{99999}', 'grep-extended', 'Regular expression too big'],
    ['*a', 'grep-extended', 'ok'],
    // sed 's/PATTERN//'   (RE_SYNTAX_POSIX_BASIC)
    ['a**', 'sed-basic', 'Invalid preceding regular expression'],
    ['\\{1\\}a', 'sed-basic', 'Invalid preceding regular expression'],
    ['a\\{2\\}*', 'sed-basic', 'Invalid preceding regular expression'],
    // sed -E 's/PATTERN//'   (RE_SYNTAX_POSIX_EXTENDED)
    ['*a', 'sed-extended', 'Invalid preceding regular expression'],
    ['a|*b', 'sed-extended', 'Invalid preceding regular expression'],
    ['^*h', 'sed-extended', 'Invalid preceding regular expression'],
    [')', 'sed-extended', 'Unmatched ) or \\)'],
    ['a{1', 'sed-extended', 'Unmatched \\{'],
    ['a+*', 'sed-extended', 'ok'],
  ] as [string, RegexDialect, string][])('%s (%s)', (pattern, dialect, message) => {
    expect(error(pattern, dialect)).toBe(message);
  });
});

describe('grep DFA diagnostics', () => {
  test('repetition operators with nothing to repeat warn, once per operator', () => {
    // $ grep -E '**a' a.txt   → grep: warning: * at start of expression (twice)
    expect(dfaDiagnostics('**a', true, true).warnings).toEqual(['* at start of expression', '* at start of expression']);
    expect(dfaDiagnostics('a|?b', true, true).warnings).toEqual(['? at start of expression']);
    expect(dfaDiagnostics('(+a)', true, true).warnings).toEqual(['+ at start of expression']);
    expect(dfaDiagnostics('{1}a', true, true).warnings).toEqual(['{...} at start of expression']);
    expect(dfaDiagnostics('^*a', true, true).warnings).toEqual(['* at start of expression']);
    // In a BRE a leading * is an ordinary character.
    expect(dfaDiagnostics('*a', false, true).warnings).toEqual([]);
  });

  test('"[:space:]" without outer brackets is an error', () => {
    // $ grep '[:space:]' a.txt   → grep: character class syntax is [[:space:]], not [:space:]
    expect(dfaDiagnostics('[:space:]', false, true).error).toBe('character class syntax is [[:space:]], not [:space:]');
    expect(dfaDiagnostics('[^:alpha:]', true, true).error).toBe('character class syntax is [[:space:]], not [:space:]');
    expect(dfaDiagnostics('[:a]', false, true).error).toBeUndefined();
  });
});

describe('matching', () => {
  test('leftmost-longest, not leftmost-first', () => {
    // $ echo xabcdy | grep -oE 'ab|abcd'   → abcd
    expect(compilePosix('ab|abcd', 'grep-extended').exec('xabcdy')).toMatchObject({ index: 1, end: 5 });
    // $ echo aab | grep -oE 'a*(ab)*'   → aab
    expect(compilePosix('a*(ab)*', 'grep-extended').exec('aab')).toMatchObject({ index: 0, end: 3 });
    // $ echo abcd | sed -E 's/(a|ab)(c|bcd)/[\1][\2]/'   → [a][bcd]
    expect(compilePosix('(a|ab)(c|bcd)', 'sed-extended').exec('abcd', 0, true)?.groups).toEqual(['abcd', 'a', 'bcd']);
  });

  test('leftmost-longest with back-references', () => {
    // $ echo bb | grep -o 'b\|\(b\)\1'   → bb
    expect(compilePosix('b\\|\\(b\\)\\1', 'grep-basic').exec('bb')).toMatchObject({ index: 0, end: 2 });
    // $ echo xaax | sed 's/a\|\(a\)\1/[&]/'   → x[aa]x
    expect(compilePosix('a\\|\\(a\\)\\1', 'sed-basic').exec('xaax', 0, true)).toMatchObject({ index: 1, end: 3, groups: ['aa', 'a'] });
  });

  test('glibc C.UTF-8 character classes', () => {
    const matches = (pattern: string, text: string): boolean => compilePosix(pattern, 'grep-basic').test(text);
    // $ echo € | grep '[[:punct:]]'   → €
    expect(matches('[[:punct:]]', '€')).toBe(true);
    // $ echo ٣ | grep '[[:alpha:]]'   → ٣   (non-ASCII digits are letters in glibc)
    expect(matches('[[:alpha:]]', '٣')).toBe(true);
    expect(matches('[[:digit:]]', '٣')).toBe(false);
    // Combining marks are not letters.
    expect(matches('[[:alpha:]]', '\u0301')).toBe(false);
    // $ echo é | grep '[a-z]'   → (nothing: ranges follow code points)
    expect(matches('[a-z]', 'é')).toBe(false);
    expect(matches('\\w', 'é')).toBe(true);
    // With -i, [:upper:] means letters.
    expect(compilePosix('[[:upper:]]', 'grep-basic', { icase: true }).test('σ')).toBe(true);
  });

  test('sed M: ^ and $ at embedded newlines, . does not match them', () => {
    expect(compilePosix('^t', 'sed-basic', { multiline: true }).exec('one\ntwo')).toMatchObject({ index: 4, end: 5 });
    expect(compilePosix('.*', 'sed-basic', { multiline: true }).exec('one\ntwo')).toMatchObject({ index: 0, end: 3 });
    expect(compilePosix('.*', 'sed-basic').exec('one\ntwo')).toMatchObject({ index: 0, end: 7 });
  });

  test('a back-reference of grep -E', () => {
    // $ printf 'abcabc\n' | grep -E '(abc)\1'
    expect(compilePosix('(abc)\\1', 'grep-extended').test('abcabc')).toBe(true);
  });
});

describe('the translateRegex API (awk, [[ =~ ]])', () => {
  test('source, groups and alternation', () => {
    const translated = translateRegex('(a|b)+c', 'extended');
    expect(translated.groups).toBe(1);
    expect(translated.hasAlternation).toBe(true);
    expect(new RegExp(translated.source, 'u').exec('xabbc')?.[0]).toBe('abbc');
    expect(new RegExp(translateRegex('a\\{2\\}', 'basic').source, 'su').test('aa')).toBe(true);
  });

  test('compileRegex accepts the old flags', () => {
    expect(compileRegex('HEL+O', 'extended', 'i').test('hello')).toBe(true);
    expect(compileRegex('x', 'basic', 'gsu').global).toBe(true);
  });

  test('invalid patterns throw RegexSyntaxError', () => {
    expect(() => translateRegex('(', 'extended')).toThrow(RegexSyntaxError);
  });
});

describe('bytes that are not UTF-8', () => {
  test('survive decoding and encoding, and are recognised', () => {
    const bytes = Uint8Array.from([0x61, 0xff, 0xc3, 0xa9, 0xe2, 0x82, 0x62]);
    const decoded = decodeBytes(bytes);
    expect(decoded.clean).toBe(false);
    expect(hasEncodingErrors(decoded.text)).toBe(true);
    expect(Array.from(encodeText(decoded.text))).toEqual(Array.from(bytes));
    expect(decodeBytes(new TextEncoder().encode('héllo'))).toEqual({ text: 'héllo', clean: true });
  });

  test('no character class matches them', () => {
    const text = decodeBytes(Uint8Array.from([0xff])).text;
    expect(compilePosix('.', 'sed-basic').test(text)).toBe(false);
    expect(compilePosix('[^a]', 'sed-basic').test(text)).toBe(false);
    expect(compilePosix('\\W', 'sed-basic').test(text)).toBe(false);
  });
});
