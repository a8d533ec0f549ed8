// awk's built-in functions, printf, user-defined functions and the gawk extensions simulated,
// checked against GNU Awk 5.2.1 (LC_ALL=C.UTF-8): each expectation was recorded by running the
// commented command with the real gawk installed as awk.

import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

describe('awk: string functions', () => {
  test('substr, with gawk\'s handling of odd starts and lengths', async () => {
    // awk 'BEGIN { s = "hello"; print substr(s, 2, 3), substr(s, 0), substr(s, -1, 3), substr(s, 4, 100) "|" substr(s, 1.5) "|" substr(s, 2, 1.7) "|" substr(s, 6) "|" }'
    expect(await sh('awk \'BEGIN { s = "hello"; print substr(s, 2, 3), substr(s, 0), substr(s, -1, 3), substr(s, 4, 100) "|" substr(s, 1.5) "|" substr(s, 2, 1.7) "|" substr(s, 6) "|" }\'')).toEqual({ stdout: 'ell hello hel lo|hello|e||\n', stderr: '', status: 0 });
  });

  test('index, length and case conversion', async () => {
    // awk 'BEGIN { print index("foobar", "bar"), index("foo", "z"), index("abc", ""), length("héllo"), toupper("abc"), tolower("ÀBC"), toupper("straße") }'
    expect(await sh('awk \'BEGIN { print index("foobar", "bar"), index("foo", "z"), index("abc", ""), length("héllo"), toupper("abc"), tolower("ÀBC"), toupper("straße") }\'')).toEqual({ stdout: '4 0 1 5 ABC àbc STRAßE\n', stderr: '', status: 0 });
  });

  test('characters, not bytes, in a UTF-8 locale', async () => {
    // awk 'BEGIN { print substr("日本語テキスト", 3, 2), length("日本語"), index("日本語", "語"), match("日本語abc", /abc/), RSTART, RLENGTH }'
    expect(await sh('awk \'BEGIN { print substr("日本語テキスト", 3, 2), length("日本語"), index("日本語", "語"), match("日本語abc", /abc/), RSTART, RLENGTH }\'')).toEqual({ stdout: '語テ 3 3 4 4 3\n', stderr: '', status: 0 });
  });

  test('length of a number uses its string form', async () => {
    // awk 'BEGIN { print length(12345), length(1/4), length(0.1 + 0.2) }'
    expect(await sh('awk \'BEGIN { print length(12345), length(1/4), length(0.1 + 0.2) }\'')).toEqual({ stdout: '5 4 3\n', stderr: '', status: 0 });
  });

  test('split with a string, a regex, the default FS and the empty string', async () => {
    // awk 'BEGIN { n = split("a:b:c", arr, ":"); print n, arr[1], arr[3]; n = split("  a  b  ", w); print n, w[1] w[2]; n = split("a1b22c", r, /[0-9]+/); print n, r[3]; print split("abc", c, ""), c[2]; print split("", e), length(e) }'
    expect(await sh('awk \'BEGIN { n = split("a:b:c", arr, ":"); print n, arr[1], arr[3]; n = split("  a  b  ", w); print n, w[1] w[2]; n = split("a1b22c", r, /[0-9]+/); print n, r[3]; print split("abc", c, ""), c[2]; print split("", e), length(e) }\'')).toEqual({ stdout: '3 a c\n2 ab\n3 c\n3 b\n0 0\n', stderr: '', status: 0 });
  });

  test('split pieces that look numeric are numbers', async () => {
    // awk 'BEGIN { n = split("2024-01-15", d, "-"); print d[1] + 0, d[2] + 0, d[3] * 2, (d[2] < 9) }'
    expect(await sh('awk \'BEGIN { n = split("2024-01-15", d, "-"); print d[1] + 0, d[2] + 0, d[3] * 2, (d[2] < 9) }\'')).toEqual({ stdout: '2024 1 30 1\n', stderr: '', status: 0 });
  });

  test('split with a single-space regex keeps empty pieces', async () => {
    // awk 'BEGIN { print split(" a b ", x, / /), "[" x[1] "]" }'
    expect(await sh('awk \'BEGIN { print split(" a b ", x, / /), "[" x[1] "]" }\'')).toEqual({ stdout: '4 []\n', stderr: '', status: 0 });
  });

  test('sub and gsub return the count and change the target', async () => {
    // awk 'BEGIN { s = "hello world"; gsub(/o/, "0", s); print s; t = "aaa"; print sub(/a/, "b", t), t }'
    expect(await sh('awk \'BEGIN { s = "hello world"; gsub(/o/, "0", s); print s; t = "aaa"; print sub(/a/, "b", t), t }\'')).toEqual({ stdout: 'hell0 w0rld\n1 baa\n', stderr: '', status: 0 });
  });

  test('gsub on $0 re-splits the fields', async () => {
    // echo 'foo bar foo' | awk '{ n = gsub(/foo/, "[&]"); print n, $0, NF, $1 }'
    expect(await sh('echo \'foo bar foo\' | awk \'{ n = gsub(/foo/, "[&]"); print n, $0, NF, $1 }\'')).toEqual({ stdout: '2 [foo] bar [foo] 3 [foo]\n', stderr: '', status: 0 });
  });

  test('empty matches in gsub', async () => {
    // awk 'BEGIN { s = "abc"; gsub("", "-", s); print s; t = "aXbXXc"; gsub(/X*/, "-", t); print t; u = "hello"; gsub(/l*/, "-", u); print u }'
    expect(await sh('awk \'BEGIN { s = "abc"; gsub("", "-", s); print s; t = "aXbXXc"; gsub(/X*/, "-", t); print t; u = "hello"; gsub(/l*/, "-", u); print u }\'')).toEqual({ stdout: '-a-b-c-\n-a-b-c-\n-h-e-o-\n', stderr: '', status: 0 });
  });

  test('& and its escapes in replacements', async () => {
    // awk 'BEGIN { s = "foo bar"; sub(/o+/, "&&", s); print s; sub(/bar/, "\\&", s); print s; t = "xay"; gsub(/a/, "\\\\&", t); print t; u = "xay"; gsub(/a/, "\\\\\\&", u); print u }'
    expect(await sh('awk \'BEGIN { s = "foo bar"; sub(/o+/, "&&", s); print s; sub(/bar/, "\\\\&", s); print s; t = "xay"; gsub(/a/, "\\\\\\\\&", t); print t; u = "xay"; gsub(/a/, "\\\\\\\\\\\\&", u); print u }\'')).toEqual({ stdout: 'foooo bar\nfoooo &\nx\\ay\nx\\&y\n', stderr: '', status: 0 });
  });

  test('backslashes in replacements follow gawk', async () => {
    // awk 'BEGIN { s = "xay"; gsub(/a/, "\\\\", s); print s; t = "xay"; gsub(/a/, "\\\\\\\\", t); print t; u = "xay"; gsub(/a/, "\\q", u); print u }'
    expect(await sh('awk \'BEGIN { s = "xay"; gsub(/a/, "\\\\\\\\", s); print s; t = "xay"; gsub(/a/, "\\\\\\\\\\\\\\\\", t); print t; u = "xay"; gsub(/a/, "\\\\q", u); print u }\'')).toEqual({ stdout: 'x\\\\y\nx\\\\y\nx\\qy\n', stderr: '', status: 0 });
  });

  test('match sets RSTART and RLENGTH', async () => {
    // awk 'BEGIN { print match("foobar", /o+/), RSTART, RLENGTH; print match("x", /z/), RSTART, RLENGTH; print match("aaa", /a*/), RLENGTH }'
    expect(await sh('awk \'BEGIN { print match("foobar", /o+/), RSTART, RLENGTH; print match("x", /z/), RSTART, RLENGTH; print match("aaa", /a*/), RLENGTH }\'')).toEqual({ stdout: '2 2 2\n0 0 -1\n1 3\n', stderr: '', status: 0 });
  });

  test('leftmost-longest matching with alternation', async () => {
    // awk 'BEGIN { s = "abcd"; sub(/a|ab/, "X", s); print s; print match("xabcabc", /(abc)+/), RLENGTH }'
    expect(await sh('awk \'BEGIN { s = "abcd"; sub(/a|ab/, "X", s); print s; print match("xabcabc", /(abc)+/), RLENGTH }\'')).toEqual({ stdout: 'Xcd\n2 6\n', stderr: '', status: 0 });
  });

  test('sprintf', async () => {
    // awk 'BEGIN { x = sprintf("%03d-%s", 7, "z"); print x }'
    expect(await sh('awk \'BEGIN { x = sprintf("%03d-%s", 7, "z"); print x }\'')).toEqual({ stdout: '007-z\n', stderr: '', status: 0 });
  });

  test('stripping a carriage return', async () => {
    // awk '{ sub(/\r$/, ""); print length($0) }'
    expect(await sh('awk \'{ sub(/\\r$/, ""); print length($0) }\'', 'ab\r\ncd\r\n')).toEqual({ stdout: '2\n2\n', stderr: '', status: 0 });
  });
});

describe('awk: regular expressions', () => {
  test('bracket expressions with awk escapes', async () => {
    // awk 'BEGIN { if ("a]b" ~ /[]]/) print 1; if ("a-b" ~ /[a\-z]/) print 2; if ("x/y" ~ /x\/y/) print 3; if ("x/y" ~ "x/y") print 4 }'
    expect(await sh('awk \'BEGIN { if ("a]b" ~ /[]]/) print 1; if ("a-b" ~ /[a\\-z]/) print 2; if ("x/y" ~ /x\\/y/) print 3; if ("x/y" ~ "x/y") print 4 }\'')).toEqual({ stdout: '1\n2\n3\n4\n', stderr: '', status: 0 });
  });

  test('escapes, dot and negated brackets match newlines', async () => {
    // awk 'BEGIN { if ("tab\there" ~ /\t/) print "tab"; if ("a\nb" ~ /a.b/) print "dot"; if ("a\nb" ~ /a[^x]b/) print "neg"; if ("ab" ~ /^a|b$/) print "alt" }'
    expect(await sh('awk \'BEGIN { if ("tab\\there" ~ /\\t/) print "tab"; if ("a\\nb" ~ /a.b/) print "dot"; if ("a\\nb" ~ /a[^x]b/) print "neg"; if ("ab" ~ /^a|b$/) print "alt" }\'')).toEqual({ stdout: 'tab\ndot\nneg\nalt\n', stderr: '', status: 0 });
  });

  test('character classes and intervals', async () => {
    // awk 'BEGIN { if ("foo" ~ /^[[:alpha:]]+$/) print 1; if ("123" ~ /^[[:digit:]]{3}$/) print 2; if ("a b" ~ /[[:space:]]/) print 3; if ("aaa" ~ /^a{2,}$/) print 4 }'
    expect(await sh('awk \'BEGIN { if ("foo" ~ /^[[:alpha:]]+$/) print 1; if ("123" ~ /^[[:digit:]]{3}$/) print 2; if ("a b" ~ /[[:space:]]/) print 3; if ("aaa" ~ /^a{2,}$/) print 4 }\'')).toEqual({ stdout: '1\n2\n3\n4\n', stderr: '', status: 0 });
  });

  test('word boundaries: \\< \\> and gawk\'s \\y', async () => {
    // awk 'BEGIN { if ("word here" ~ /\<here\>/) print 1; if ("ab" ~ /a\yb/) print 2; if ("a b" ~ /a\y b/) print 3 }'
    expect(await sh('awk \'BEGIN { if ("word here" ~ /\\<here\\>/) print 1; if ("ab" ~ /a\\yb/) print 2; if ("a b" ~ /a\\y b/) print 3 }\'')).toEqual({ stdout: '1\n3\n', stderr: '', status: 0 });
  });

  test('dynamic regular expressions from strings', async () => {
    // awk 'BEGIN { re = "^[0-9]+$"; if ("123" ~ re) print "dyn"; if ("12a" !~ re) print "no"; s = "a.b.c"; gsub(".", "-", s); print s; t = "a.b"; gsub("\\.", "!", t); print t }'
    expect(await sh('awk \'BEGIN { re = "^[0-9]+$"; if ("123" ~ re) print "dyn"; if ("12a" !~ re) print "no"; s = "a.b.c"; gsub(".", "-", s); print s; t = "a.b"; gsub("\\\\.", "!", t); print t }\'')).toEqual({ stdout: 'dyn\nno\n-----\na!b\n', stderr: '', status: 0 });
  });
});

describe('awk: printf', () => {
  test('conversions, widths and precisions', async () => {
    // awk 'BEGIN { printf "%5s|%-5s|%.2s|%05d|%+d|%x|%X|%o|%e|%g|%%\n", "ab", "ab", "abcdef", 42, 42, 255, 255, 8, 1234.5, 0.0001234 }'
    expect(await sh('awk \'BEGIN { printf "%5s|%-5s|%.2s|%05d|%+d|%x|%X|%o|%e|%g|%%\\n", "ab", "ab", "abcdef", 42, 42, 255, 255, 8, 1234.5, 0.0001234 }\'')).toEqual({ stdout: '   ab|ab   |ab|00042|+42|ff|FF|10|1.234500e+03|0.0001234|%\n', stderr: '', status: 0 });
  });

  test('star widths and precisions', async () => {
    // awk 'BEGIN { printf "%*d|%-*d|%.*f|%*.*f|\n", 5, 42, 4, 7, 2, 3.14159, -8, 2, 3.14159 }'
    expect(await sh('awk \'BEGIN { printf "%*d|%-*d|%.*f|%*.*f|\\n", 5, 42, 4, 7, 2, 3.14159, -8, 2, 3.14159 }\'')).toEqual({ stdout: '   42|7   |3.14|3.14    |\n', stderr: '', status: 0 });
  });

  test('%c with numbers and strings', async () => {
    // awk 'BEGIN { printf "%c%c%c|%c|%c\n", 65, "hello", 256, 9731, 65.9 }'
    expect(await sh('awk \'BEGIN { printf "%c%c%c|%c|%c\\n", 65, "hello", 256, 9731, 65.9 }\'')).toEqual({ stdout: 'AhĀ|☃|A\n', stderr: '', status: 0 });
  });

  test('%c of a field that looks numeric is a character code', async () => {
    // echo 65 | awk '{ printf "%c|%c|%c\n", $1, $1 + 0, "65" }'
    expect(await sh('echo 65 | awk \'{ printf "%c|%c|%c\\n", $1, $1 + 0, "65" }\'')).toEqual({ stdout: 'A|A|6\n', stderr: '', status: 0 });
  });

  test('%d truncates and reads numeric prefixes', async () => {
    // awk 'BEGIN { printf "%d %d %d %i %d\n", 3.99, -3.99, "12abc", 1e18, "0x1A" }'
    expect(await sh('awk \'BEGIN { printf "%d %d %d %i %d\\n", 3.99, -3.99, "12abc", 1e18, "0x1A" }\'')).toEqual({ stdout: '3 -3 12 1000000000000000000 0\n', stderr: '', status: 0 });
  });

  test('negative numbers with unsigned conversions', async () => {
    // awk 'BEGIN { printf "%x %o %u %X\n", -1, -1, -1, 3000000000 }'
    expect(await sh('awk \'BEGIN { printf "%x %o %u %X\\n", -1, -1, -1, 3000000000 }\'')).toEqual({ stdout: 'ffffffffffffffff 1777777777777777777777 18446744073709551615 B2D05E00\n', stderr: '', status: 0 });
  });

  test('flags', async () => {
    // awk 'BEGIN { printf "%#x %#o %#.3g %+.1f % d %05.1f %-8.3s|%.3d\n", 255, 8, 1, 2.55, 3, -2.5, "abcdef", 5 }'
    expect(await sh('awk \'BEGIN { printf "%#x %#o %#.3g %+.1f % d %05.1f %-8.3s|%.3d\\n", 255, 8, 1, 2.55, 3, -2.5, "abcdef", 5 }\'')).toEqual({ stdout: '0xff 010 1.00 +2.5  3 -02.5 abc     |005\n', stderr: '', status: 0 });
  });

  test('exact rounding of %f, %e and %g', async () => {
    // awk 'BEGIN { printf "%.0f %.0f %.2f %.3e %.0e %G %g %g\n", 0.5, 1.5, 2.675, 0, 12345, 1e-10, 100000, 1000000 }'
    expect(await sh('awk \'BEGIN { printf "%.0f %.0f %.2f %.3e %.0e %G %g %g\\n", 0.5, 1.5, 2.675, 0, 12345, 1e-10, 100000, 1000000 }\'')).toEqual({ stdout: '0 2 2.67 0.000e+00 1e+04 1E-10 100000 1e+06\n', stderr: '', status: 0 });
  });

  test('infinity and NaN as gawk prints them', async () => {
    // awk 'BEGIN { printf "%f %d %g %5.1f|\n", -log(0), -log(0), log(0), log(0); print 1e300 * 1e300, -1e300 * 1e300 }'
    expect(await sh('awk \'BEGIN { printf "%f %d %g %5.1f|\\n", -log(0), -log(0), log(0), log(0); print 1e300 * 1e300, -1e300 * 1e300 }\'')).toEqual({ stdout: '+inf +inf -inf -inf|\n+inf -inf\n', stderr: '', status: 0 });
  });

  test('widths count characters', async () => {
    // awk 'BEGIN { printf "%s|%5s|%-5s|%.2s\n", "日本語", "日本", "é", "日本語" }'
    expect(await sh('awk \'BEGIN { printf "%s|%5s|%-5s|%.2s\\n", "日本語", "日本", "é", "日本語" }\'')).toEqual({ stdout: '日本語|   日本|é    |日本\n', stderr: '', status: 0 });
  });

  test('unknown conversions and a lone % are printed as they are', async () => {
    // awk 'BEGIN { printf "%5%|%z|%d%%|\n", 50 }'
    expect(await sh('awk \'BEGIN { printf "%5%|%z|%d%%|\\n", 50 }\'')).toEqual({ stdout: '%|%z|50%|\n', stderr: '', status: 0 });
  });

  test('extra arguments are ignored', async () => {
    // awk 'BEGIN { printf "%d %s\n", "1", 2, 3 }'
    expect(await sh('awk \'BEGIN { printf "%d %s\\n", "1", 2, 3 }\'')).toEqual({ stdout: '1 2\n', stderr: '', status: 0 });
  });

  test('%s of a number uses CONVFMT; integer OFMT and CONVFMT', async () => {
    // awk 'BEGIN { CONVFMT = "%.2f"; x = 3.14159; printf "%s %d\n", x, x; OFMT = "%d"; print 3.7 }'
    expect(await sh('awk \'BEGIN { CONVFMT = "%.2f"; x = 3.14159; printf "%s %d\\n", x, x; OFMT = "%d"; print 3.7 }\'')).toEqual({ stdout: '3.14 3\n3\n', stderr: '', status: 0 });
  });

  test('printf with parentheses and a redirection', async () => {
    // awk 'BEGIN { printf("%s-%s\n", "a", "b") > "/dev/stdout" }'
    expect(await sh('awk \'BEGIN { printf("%s-%s\\n", "a", "b") > "/dev/stdout" }\'')).toEqual({ stdout: 'a-b\n', stderr: '', status: 0 });
  });
});

describe('awk: arithmetic functions', () => {
  test('int, sqrt, exp, log, sin, cos, atan2', async () => {
    // awk 'BEGIN { print int(3.9), int(-3.9), sqrt(16), exp(0), log(1), sin(0), cos(0), atan2(0, -1) }'
    expect(await sh('awk \'BEGIN { print int(3.9), int(-3.9), sqrt(16), exp(0), log(1), sin(0), cos(0), atan2(0, -1) }\'')).toEqual({ stdout: '3 -3 4 1 0 0 1 3.14159\n', stderr: '', status: 0 });
  });

  test('int of strings', async () => {
    // awk 'BEGIN { print int("12abc"), int(""), int(" -3.9 ") }'
    expect(await sh('awk \'BEGIN { print int("12abc"), int(""), int(" -3.9 ") }\'')).toEqual({ stdout: '12 0 -3\n', stderr: '', status: 0 });
  });

  test('log of a negative number warns and gives NaN', async () => {
    // awk 'BEGIN { print log(-1) }'
    expect(await sh('awk \'BEGIN { print log(-1) }\'')).toEqual({ stdout: '-nan\n', stderr: 'awk: cmd. line:1: warning: log: received negative argument -1\n', status: 0 });
  });

  test('srand returns the previous seed and repeats the sequence', async () => {
    // awk 'BEGIN { srand(1); a = rand(); srand(1); b = rand(); print (a == b), (a >= 0 && a < 1), srand(5), srand() }'
    expect(await sh('awk \'BEGIN { srand(1); a = rand(); srand(1); b = rand(); print (a == b), (a >= 0 && a < 1), srand(5), srand() }\'')).toEqual({ stdout: '1 1 1 5\n', stderr: '', status: 0 });
  });
});

describe('awk: user-defined functions', () => {
  test('recursion', async () => {
    // awk 'function f(n) { return n <= 1 ? 1 : n * f(n - 1) } BEGIN { print f(10), f(20) }'
    expect(await sh('awk \'function f(n) { return n <= 1 ? 1 : n * f(n - 1) } BEGIN { print f(10), f(20) }\'')).toEqual({ stdout: '3628800 2432902008176640000\n', stderr: '', status: 0 });
  });

  test('deep recursion', async () => {
    // awk 'function depth(n) { return n == 0 ? 0 : 1 + depth(n - 1) } BEGIN { print depth(20000) }'
    expect(await sh('awk \'function depth(n) { return n == 0 ? 0 : 1 + depth(n - 1) } BEGIN { print depth(20000) }\'')).toEqual({ stdout: '20000\n', stderr: '', status: 0 });
  });

  test('arrays are passed by reference, extra parameters are locals', async () => {
    // awk 'function fill(arr, n,   i) { for (i = 1; i <= n; i++) arr[i] = i * i } BEGIN { fill(sq, 5); print sq[3], length(sq), i "|" }'
    expect(await sh('awk \'function fill(arr, n,   i) { for (i = 1; i <= n; i++) arr[i] = i * i } BEGIN { fill(sq, 5); print sq[3], length(sq), i "|" }\'')).toEqual({ stdout: '9 5 |\n', stderr: '', status: 0 });
  });

  test('swapping elements through an array parameter', async () => {
    // awk 'function swap(a, i, j,   t) { t = a[i]; a[i] = a[j]; a[j] = t } BEGIN { x[1] = "a"; x[2] = "b"; swap(x, 1, 2); print x[1] x[2] }'
    expect(await sh('awk \'function swap(a, i, j,   t) { t = a[i]; a[i] = a[j]; a[j] = t } BEGIN { x[1] = "a"; x[2] = "b"; swap(x, 1, 2); print x[1] x[2] }\'')).toEqual({ stdout: 'ba\n', stderr: '', status: 0 });
  });

  test('an unset variable becomes an array in the callee', async () => {
    // awk 'function f(arr) { arr["new"] = 1 } BEGIN { f(x); f(x); print length(x) }'
    expect(await sh('awk \'function f(arr) { arr["new"] = 1 } BEGIN { f(x); f(x); print length(x) }\'')).toEqual({ stdout: '1\n', stderr: '', status: 0 });
  });

  test('arrays passed on through several calls', async () => {
    // awk 'function outer(a) { inner(a); return length(a) } function inner(b) { b["k"] = 1 } BEGIN { print outer(arr), arr["k"] }'
    expect(await sh('awk \'function outer(a) { inner(a); return length(a) } function inner(b) { b["k"] = 1 } BEGIN { print outer(arr), arr["k"] }\'')).toEqual({ stdout: '1 1\n', stderr: '', status: 0 });
  });

  test('locals shadow globals; missing arguments are unset', async () => {
    // awk 'function h(  local) { local = 5; return local } function f(a, b) { return a + b } BEGIN { local = 1; print h(), local, f(1), f(1, 2) }'
    expect(await sh('awk \'function h(  local) { local = 5; return local } function f(a, b) { return a + b } BEGIN { local = 1; print h(), local, f(1), f(1, 2) }\'')).toEqual({ stdout: '5 1 1 3\n', stderr: '', status: 0 });
  });

  test('a function without return gives the unset value', async () => {
    // awk 'function noret() { x = 1 } BEGIN { y = noret(); print "[" y "]", x }'
    expect(await sh('awk \'function noret() { x = 1 } BEGIN { y = noret(); print "[" y "]", x }\'')).toEqual({ stdout: '[] 1\n', stderr: '', status: 0 });
  });

  test('numbers from fields keep comparing as numbers through parameters', async () => {
    // awk 'function max(a, b) { return a > b ? a : b } { m = max(m, $1) } END { print m }'
    expect(await sh('awk \'function max(a, b) { return a > b ? a : b } { m = max(m, $1) } END { print m }\'', '3\n10\n9\n')).toEqual({ stdout: '10\n', stderr: '', status: 0 });
  });

  test('a function reading input with getline', async () => {
    // printf '1\n2\n3\n' | awk 'function sum(   s) { while ((getline line) > 0) s += line; return s } NR == 1 { print $0 + sum() }'
    expect(await sh('printf \'1\\n2\\n3\\n\' | awk \'function sum(   s) { while ((getline line) > 0) s += line; return s } NR == 1 { print $0 + sum() }\'')).toEqual({ stdout: '6\n', stderr: '', status: 0 });
  });

  test('functions defined after use, with func', async () => {
    // awk 'BEGIN { print twice(4) } func twice(x) { return 2 * x }'
    expect(await sh('awk \'BEGIN { print twice(4) } func twice(x) { return 2 * x }\'')).toEqual({ stdout: '8\n', stderr: '', status: 0 });
  });
});

describe('awk: gawk extensions', () => {
  test('length(array) and delete array', async () => {
    // awk 'BEGIN { a[1]; a[2]; print length(a); delete a; print length(a) }'
    expect(await sh('awk \'BEGIN { a[1]; a[2]; print length(a); delete a; print length(a) }\'')).toEqual({ stdout: '2\n0\n', stderr: '', status: 0 });
  });

  test('gensub with groups, nth match and $0', async () => {
    // echo 'john smith' | awk '{ print gensub(/([a-z]+) ([a-z]+)/, "\\2, \\1", 1); print gensub(/o/, "0", 2, "foo boo"); print gensub(/b/, "X", "g", "abcb") }'
    expect(await sh('echo \'john smith\' | awk \'{ print gensub(/([a-z]+) ([a-z]+)/, "\\\\2, \\\\1", 1); print gensub(/o/, "0", 2, "foo boo"); print gensub(/b/, "X", "g", "abcb") }\'')).toEqual({ stdout: 'smith, john\nfo0 boo\naXcX\n', stderr: '', status: 0 });
  });

  test('gensub warns about a bad third argument', async () => {
    // awk 'BEGIN { print gensub(/b/, "X", 0, "abcb") }'
    expect(await sh('awk \'BEGIN { print gensub(/b/, "X", 0, "abcb") }\'')).toEqual({ stdout: 'aXcb\n', stderr: 'awk: cmd. line:1: warning: gensub: third argument `0\' treated as 1\n', status: 0 });
  });

  test('strtonum and the bit functions', async () => {
    // awk 'BEGIN { print strtonum("0x1A"), strtonum("017"), strtonum("12abc"); print and(12, 10), or(12, 10), xor(12, 10), lshift(1, 10), rshift(1024, 3), compl(0) }'
    expect(await sh('awk \'BEGIN { print strtonum("0x1A"), strtonum("017"), strtonum("12abc"); print and(12, 10), or(12, 10), xor(12, 10), lshift(1, 10), rshift(1024, 3), compl(0) }\'')).toEqual({ stdout: '26 15 12\n8 14 6 1024 128 9007199254740991\n', stderr: '', status: 0 });
  });

  test('asort and asorti', async () => {
    // awk 'BEGIN { a[1] = "b"; a[2] = 10; a[3] = "a"; a[4] = 2; n = asort(a); for (i = 1; i <= n; i++) printf "%s ", a[i]; print n; b["x"]; b["b"]; b[10]; b[9]; n = asorti(b, d); for (i = 1; i <= n; i++) printf "%s ", d[i]; print n }'
    expect(await sh('awk \'BEGIN { a[1] = "b"; a[2] = 10; a[3] = "a"; a[4] = 2; n = asort(a); for (i = 1; i <= n; i++) printf "%s ", a[i]; print n; b["x"]; b["b"]; b[10]; b[9]; n = asorti(b, d); for (i = 1; i <= n; i++) printf "%s ", d[i]; print n }\'')).toEqual({ stdout: '2 10 a b 4\n10 9 b x 4\n', stderr: '', status: 0 });
  });
});
