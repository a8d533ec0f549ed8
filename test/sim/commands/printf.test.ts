// printf: the coreutils program /usr/bin/printf, and bash's builtin where it differs (%Q, %(fmt)T).
// Expectations were recorded from the real tools on Debian (GNU coreutils 9.1, util-linux 2.38.1,
// bash 5.2) with LC_ALL=C.UTF-8; the command that produced each one is in the comment above it
// (run after the fixture named in the call, where there is one).

import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

describe('printf', () => {
  test('formats its arguments, reusing the format', async () => {
    // /usr/bin/printf '%s,%s\n' a b c
    expect(await sh('/usr/bin/printf \'%s,%s\\n\' a b c')).toEqual({ stdout: 'a,b\nc,\n', stderr: '', status: 0 });
    // /usr/bin/printf '%5.2f|%-5s|%05d|%x|%o|%e|%g|%c\n' 3.14159 ab 42 255 8 12345.678 0.0001 xyz
    expect(await sh('/usr/bin/printf \'%5.2f|%-5s|%05d|%x|%o|%e|%g|%c\\n\' 3.14159 ab 42 255 8 12345.678 0.0001 xyz')).toEqual({ stdout: ' 3.14|ab   |00042|ff|10|1.234568e+04|0.0001|x\n', stderr: '', status: 0 });
    // /usr/bin/printf '%.3s\n' abcdef
    expect(await sh('/usr/bin/printf \'%.3s\\n\' abcdef')).toEqual({ stdout: 'abc\n', stderr: '', status: 0 });
    // /usr/bin/printf '%*d|\n' 5 3
    expect(await sh('/usr/bin/printf \'%*d|\\n\' 5 3')).toEqual({ stdout: '    3|\n', stderr: '', status: 0 });
    // /usr/bin/printf '100%%\n'
    expect(await sh('/usr/bin/printf \'100%%\\n\'')).toEqual({ stdout: '100%\n', stderr: '', status: 0 });
    // /usr/bin/printf '%s'
    expect(await sh('/usr/bin/printf \'%s\'')).toEqual({ stdout: '', stderr: '', status: 0 });
  });

  test('escapes, %b and %q, character constants', async () => {
    // /usr/bin/printf '\x41\101\u00e9\n'
    expect(await sh('/usr/bin/printf \'\\x41\\101\\u00e9\\n\'')).toEqual({ stdout: 'AAé\n', stderr: '', status: 0 });
    // /usr/bin/printf '%s\n' '\101'
    expect(await sh('/usr/bin/printf \'%s\\n\' \'\\101\'')).toEqual({ stdout: '\\101\n', stderr: '', status: 0 });
    // /usr/bin/printf '%q\n' 'a b'
    expect(await sh('/usr/bin/printf \'%q\\n\' \'a b\'')).toEqual({ stdout: '\'a b\'\n', stderr: '', status: 0 });
    // /usr/bin/printf "%d\n" "'a"
    expect(await sh('/usr/bin/printf "%d\\n" "\'a"')).toEqual({ stdout: '97\n', stderr: '', status: 0 });
    // /usr/bin/printf '%i\n' 0x1f 010
    expect(await sh('/usr/bin/printf \'%i\\n\' 0x1f 010')).toEqual({ stdout: '31\n8\n', stderr: '', status: 0 });
    // /usr/bin/printf 'a\c' x; echo
    expect(await sh('/usr/bin/printf \'a\\c\' x; echo')).toEqual({ stdout: 'a\n', stderr: '', status: 0 });
  });

  test('bad numbers, excess arguments, invalid conversions', async () => {
    // /usr/bin/printf '%d\n' x
    expect(await sh('/usr/bin/printf \'%d\\n\' x')).toEqual({ stdout: '0\n', stderr: '/usr/bin/printf: ‘x’: expected a numeric value\n', status: 1 });
    // /usr/bin/printf '%d\n' 12abc
    expect(await sh('/usr/bin/printf \'%d\\n\' 12abc')).toEqual({ stdout: '12\n', stderr: '/usr/bin/printf: ‘12abc’: value not completely converted\n', status: 1 });
    // /usr/bin/printf '%d\n' 99999999999999999999
    expect(await sh('/usr/bin/printf \'%d\\n\' 99999999999999999999')).toEqual({ stdout: '9223372036854775807\n', stderr: '/usr/bin/printf: ‘99999999999999999999’: Numerical result out of range\n', status: 1 });
    // /usr/bin/printf 'hello\n' a b
    expect(await sh('/usr/bin/printf \'hello\\n\' a b')).toEqual({ stdout: 'hello\n', stderr: '/usr/bin/printf: warning: ignoring excess arguments, starting with ‘a’\n', status: 0 });
    // /usr/bin/printf '%z' 1
    expect(await sh('/usr/bin/printf \'%z\' 1')).toEqual({ stdout: '', stderr: '/usr/bin/printf: %z: invalid conversion specification\n', status: 1 });
  });

  test('only a lone --help is an option', async () => {
    // /usr/bin/printf
    expect(await sh('/usr/bin/printf')).toEqual({ stdout: '', stderr: '/usr/bin/printf: missing operand\nTry \'/usr/bin/printf --help\' for more information.\n', status: 1 });
    // /usr/bin/printf --help x
    expect(await sh('/usr/bin/printf --help x')).toEqual({ stdout: '--help', stderr: '/usr/bin/printf: warning: ignoring excess arguments, starting with ‘x’\n', status: 0 });
    // /usr/bin/printf -- '%s\n' a
    expect(await sh('/usr/bin/printf -- \'%s\\n\' a')).toEqual({ stdout: 'a\n', stderr: '', status: 0 });
    // /usr/bin/printf '%s\n' -- -x
    expect(await sh('/usr/bin/printf \'%s\\n\' -- -x')).toEqual({ stdout: '--\n-x\n', stderr: '', status: 0 });
    // /usr/bin/printf -x
    expect(await sh('/usr/bin/printf -x')).toEqual({ stdout: '-x', stderr: '', status: 0 });
  });

  test('--help', async () => {
    // (exec printf --help)
    expect((await sh('(exec printf --help)')).stdout.split('\n')[0]).toBe('Usage: printf FORMAT [ARGUMENT]...');
  });

  test('/usr/bin/printf knows neither %Q nor %(fmt)T; it counts bytes too', async () => {
    // /usr/bin/printf '%Q|' a; echo $?; /usr/bin/printf '%.3Q|' a; echo $?; /usr/bin/printf '%(%Y)T|' 0; echo $?; /usr/bin/printf '%5(%Y)T|' 0; echo $?
    expect(await sh("/usr/bin/printf '%Q|' a; echo $?; /usr/bin/printf '%.3Q|' a; echo $?; /usr/bin/printf '%(%Y)T|' 0; echo $?; /usr/bin/printf '%5(%Y)T|' 0; echo $?")).toEqual({ stdout: "1\n1\n1\n1\n", stderr: "/usr/bin/printf: %Q: invalid conversion specification\n/usr/bin/printf: %.3Q: invalid conversion specification\n/usr/bin/printf: %(: invalid conversion specification\n/usr/bin/printf: %5(: invalid conversion specification\n", status: 0 });
    // /usr/bin/printf '%.1s|%5s|%-4c|%c|' é é é '' | od -An -c
    expect(await sh("/usr/bin/printf '%.1s|%5s|%-4c|%c|' é é é '' | od -An -c")).toEqual({ stdout: " 303   |             303 251   | 303               |  \\0   |\n", stderr: "", status: 0 });
  });
});

describe('printf: the bash builtin', () => {
  test("help printf and printf --help (status 2) print bash's long help", async () => {
    // help printf
    expect(await sh('help printf')).toEqual({ stdout: "printf: printf [-v var] format [arguments]\n    Formats and prints ARGUMENTS under control of the FORMAT.\n    \n    Options:\n      -v var\tassign the output to shell variable VAR rather than\n    \t\tdisplay it on the standard output\n    \n    FORMAT is a character string which contains three types of objects: plain\n    characters, which are simply copied to standard output; character escape\n    sequences, which are converted and copied to the standard output; and\n    format specifications, each of which causes printing of the next successive\n    argument.\n    \n    In addition to the standard format specifications described in printf(1),\n    printf interprets:\n    \n      %b\texpand backslash escape sequences in the corresponding argument\n      %q\tquote the argument in a way that can be reused as shell input\n      %Q\tlike %q, but apply any precision to the unquoted argument before\n    \t\tquoting\n      %(fmt)T\toutput the date-time string resulting from using FMT as a format\n    \t        string for strftime(3)\n    \n    The format is re-used as necessary to consume all of the arguments.  If\n    there are fewer arguments than the format requires,  extra format\n    specifications behave as if a zero value or null string, as appropriate,\n    had been supplied.\n    \n    Exit Status:\n    Returns success unless an invalid option is given or a write or assignment\n    error occurs.\n", stderr: '', status: 0 });
    // printf --help
    expect(await sh('printf --help')).toEqual({ stdout: "printf: printf [-v var] format [arguments]\n    Formats and prints ARGUMENTS under control of the FORMAT.\n    \n    Options:\n      -v var\tassign the output to shell variable VAR rather than\n    \t\tdisplay it on the standard output\n    \n    FORMAT is a character string which contains three types of objects: plain\n    characters, which are simply copied to standard output; character escape\n    sequences, which are converted and copied to the standard output; and\n    format specifications, each of which causes printing of the next successive\n    argument.\n    \n    In addition to the standard format specifications described in printf(1),\n    printf interprets:\n    \n      %b\texpand backslash escape sequences in the corresponding argument\n      %q\tquote the argument in a way that can be reused as shell input\n      %Q\tlike %q, but apply any precision to the unquoted argument before\n    \t\tquoting\n      %(fmt)T\toutput the date-time string resulting from using FMT as a format\n    \t        string for strftime(3)\n    \n    The format is re-used as necessary to consume all of the arguments.  If\n    there are fewer arguments than the format requires,  extra format\n    specifications behave as if a zero value or null string, as appropriate,\n    had been supplied.\n    \n    Exit Status:\n    Returns success unless an invalid option is given or a write or assignment\n    error occurs.\n", stderr: '', status: 2 });
  });

  test('%Q quotes like %q, but a precision written in digits cuts the argument, not the quoted text', async () => {
    // printf '%Q|%.3Q|%.3q|%10Q|%-10.2Q|%.0Q|%Q|\n' 'a b c' 'a b c' 'a b c' 'a b' "a'b" abc ''
    expect(await sh("printf '%Q|%.3Q|%.3q|%10Q|%-10.2Q|%.0Q|%Q|\\n' 'a b c' 'a b c' 'a b c' 'a b' \"a'b\" abc ''")).toEqual({ stdout: "a\\ b\\ c|a\\ b|a\\ |      a\\ b|a\\'       |''|''|\n", stderr: "", status: 0 });
    // printf '%.*Q|%s|%5.*Q|%.Q|%.10Q|\n' 2 'a b c' x 1 'a b c' abc 'a b'
    expect(await sh("printf '%.*Q|%s|%5.*Q|%.Q|%.10Q|\\n' 2 'a b c' x 1 'a b c' abc 'a b'")).toEqual({ stdout: "a\\ b\\ c|x|a\\ b\\ c||a\\ b|\n", stderr: "", status: 0 });
    // printf '%.2Q|%.2q|%.5q|%5Q|%.0q|%*Q|\n' $'a\tb' $'a\tb' $'a\tb' '' abc 6 'a b'
    expect(await sh("printf '%.2Q|%.2q|%.5q|%5Q|%.0q|%*Q|\\n' $'a\\tb' $'a\\tb' $'a\\tb' '' abc 6 'a b'")).toEqual({ stdout: "$'a\\t'|$'|$'a\\t|   ''||  a\\ b|\n", stderr: "", status: 0 });
  });

  test("%(fmt)T formats seconds with glibc's strftime, then pads and cuts like %s", async () => {
    // printf '%(%Y-%m-%d %H:%M:%S)T|%(%Y)T|%10(%Y)T|%-10(%Y)T|%.2(%Y)T|%*(%Y)T|\n' 0 86400000 0 0 0 8 0
    expect(await sh("printf '%(%Y-%m-%d %H:%M:%S)T|%(%Y)T|%10(%Y)T|%-10(%Y)T|%.2(%Y)T|%*(%Y)T|\\n' 0 86400000 0 0 0 8 0")).toEqual({ stdout: "1970-01-01 00:00:00|1972|      1970|1970      |19|    1970|\n", stderr: "", status: 0 });
    // printf '%()T|%(%c)T|%(%x %X %D %r %Z %z %s %N %P)T|%((%Y))T|\n' 0 0 0 0
    expect(await sh("printf '%()T|%(%c)T|%(%x %X %D %r %Z %z %s %N %P)T|%((%Y))T|\\n' 0 0 0 0")).toEqual({ stdout: "00:00:00|Thu Jan  1 00:00:00 1970|01/01/70 00:00:00 01/01/70 12:00:00 AM UTC +0000 0 %N am|(1970)|\n", stderr: "", status: 0 });
    // printf '%(%10Y|%-d|%_5H|%^a|%#Z|%Ey|%Od|%e|%-5Y)T\n%(%10z|%_10z|%10%%|%_10D|%-10R|%+4Y|%:z|%q)T\n' 1234567890 1234567890
    expect(await sh("printf '%(%10Y|%-d|%_5H|%^a|%#Z|%Ey|%Od|%e|%-5Y)T\\n%(%10z|%_10z|%10%%|%_10D|%-10R|%+4Y|%:z|%q)T\\n' 1234567890 1234567890")).toEqual({ stdout: "0000002009|13|   23|FRI|utc|09|13|13| 2009\n         +0000000000|         +         0|         %%|  02/13/09|     23:31|%+4Y|%:z|%q\n", stderr: "", status: 0 });
  });

  test("the argument is an integer as for %d; a bad time format spec is a warning and prints '%'", async () => {
    // printf '%(%Y)T|\n' abc 12abc; echo $?
    expect(await sh("printf '%(%Y)T|\\n' abc 12abc; echo $?")).toEqual({ stdout: "1970|\n1970|\n1\n", stderr: "bash: line 1: printf: abc: invalid number\nbash: line 1: printf: 12abc: invalid number\n", status: 0 });
    // printf '%(%Y)T|\n' 99999999999999999999 -3 "'a"; echo $?
    expect(await sh("printf '%(%Y)T|\\n' 99999999999999999999 -3 \"'a\"; echo $?")).toEqual({ stdout: "1970|\n1969|\n1970|\n0\n", stderr: "bash: line 1: printf: warning: 99999999999999999999: Numerical result out of range\n", status: 0 });
    // printf '%(%Y)10T|\n' 0; echo $?
    expect(await sh("printf '%(%Y)10T|\\n' 0; echo $?")).toEqual({ stdout: "%(1\n", stderr: "bash: line 1: printf: warning: `1': invalid time format specification\nbash: line 1: printf: `Y': invalid format character\n", status: 0 });
    // printf '%(%s)x|\n' 5; echo $?
    expect(await sh("printf '%(%s)x|\\n' 5; echo $?")).toEqual({ stdout: "%(5)x|\n0\n", stderr: "bash: line 1: printf: warning: `x': invalid time format specification\n", status: 0 });
  });

  test('years beyond an int fall back to the epoch; 128 bytes or more print nothing; the format is reused', async () => {
    // printf '%(%F %T %a)T|\n' 99999999999 9999999999999 -9999999999999 67768036191676799 67768036191676800
    expect(await sh("printf '%(%F %T %a)T|\\n' 99999999999 9999999999999 -9999999999999 67768036191676799 67768036191676800")).toEqual({ stdout: "5138-11-16 09:46:39 Wed|\n318857-05-20 17:46:39 Sun|\n-314918-08-13 06:13:21 Sun|\n-2147481749-12-31 23:59:59 Wed|\n1970-01-01 00:00:00 Thu|\n", stderr: "", status: 0 });
    // printf '%(%Y%Y%Y%Y%Y%Y%Y%Y%Y%Y%Y%Y%Y%Y%Y%Y%Y%Y%Y%Y%Y%Y%Y%Y%Y%Y%Y%Y%Y%Y%Y1)T|\n' 0 0 0
    expect(await sh("printf '%(%Y%Y%Y%Y%Y%Y%Y%Y%Y%Y%Y%Y%Y%Y%Y%Y%Y%Y%Y%Y%Y%Y%Y%Y%Y%Y%Y%Y%Y%Y%Y1)T|\\n' 0 0 0")).toEqual({ stdout: "19701970197019701970197019701970197019701970197019701970197019701970197019701970197019701970197019701970197019701970197019701|\n19701970197019701970197019701970197019701970197019701970197019701970197019701970197019701970197019701970197019701970197019701|\n19701970197019701970197019701970197019701970197019701970197019701970197019701970197019701970197019701970197019701970197019701|\n", stderr: "", status: 0 });
    // printf '%(%Y)T %s|' 0 x 1000000000 y; echo
    expect(await sh("printf '%(%Y)T %s|' 0 x 1000000000 y; echo")).toEqual({ stdout: "1970 x|2001 y|\n", stderr: "", status: 0 });
  });

  test("TZ counts only when exported; no argument or -1 is now, -2 the shell's start", async () => {
    // TZ=Asia/Tokyo printf '%(%F %T %Z)T|' 0; TZ=UTC+3 printf '%(%F %T %Z %z)T|\n' 0
    expect(await sh("TZ=Asia/Tokyo printf '%(%F %T %Z)T|' 0; TZ=UTC+3 printf '%(%F %T %Z %z)T|\\n' 0")).toEqual({ stdout: "1970-01-01 09:00:00 JST|1969-12-31 21:00:00 UTC -0300|\n", stderr: "", status: 0 });
    // TZ=Asia/Tokyo; printf '%(%Z)T|' 0; export TZ; printf '%(%Z)T|' 0; f() { local TZ=JST-9; printf '%(%Z)T|' 0; }; unset TZ; f; export TZ=UTC; f; echo
    expect(await sh("TZ=Asia/Tokyo; printf '%(%Z)T|' 0; export TZ; printf '%(%Z)T|' 0; f() { local TZ=JST-9; printf '%(%Z)T|' 0; }; unset TZ; f; export TZ=UTC; f; echo")).toEqual({ stdout: "UTC|JST|UTC|JST|\n", stderr: "", status: 0 });
    // [ "$(printf '%(%F %H)T' -1)" = "$(date '+%F %H')" ] && [ "$(printf '%(%F %H)T')" = "$(date '+%F %H')" ] && echo now
    expect(await sh("[ \"$(printf '%(%F %H)T' -1)\" = \"$(date '+%F %H')\" ] && [ \"$(printf '%(%F %H)T')\" = \"$(date '+%F %H')\" ] && echo now")).toEqual({ stdout: "now\n", stderr: "", status: 0 });
    // s=$(printf '%(%s)T' -2); sleep 2; [ "$(printf '%(%s)T' -2)" = "$s" ] && [ $(( $(printf '%(%s)T' -1) - s )) -ge 2 ] && echo start
    expect(await sh("s=$(printf '%(%s)T' -2); sleep 2; [ \"$(printf '%(%s)T' -2)\" = \"$s\" ] && [ $(( $(printf '%(%s)T' -1) - s )) -ge 2 ] && echo start")).toEqual({ stdout: "start\n", stderr: "", status: 0 });
  });

  test('-v assigns; widths and precisions count bytes; %c takes one byte, or a NUL without one', async () => {
    // printf -v v '%(%F)T|%.2Q' 0 'a b'; echo "$v"
    expect(await sh("printf -v v '%(%F)T|%.2Q' 0 'a b'; echo \"$v\"")).toEqual({ stdout: "1970-01-01|a\\ \n", stderr: "", status: 0 });
    // printf '%.1s|%.1b|%5s|%-4c|%c|%3c|' é é é é '' | od -An -c
    expect(await sh("printf '%.1s|%.1b|%5s|%-4c|%c|%3c|' é é é é '' | od -An -c")).toEqual({ stdout: " 303   | 303   |             303 251   | 303               |  \\0\n   |          \\0   |\n", stderr: "", status: 0 });
  });
});
