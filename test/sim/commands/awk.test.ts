// awk: the language core, checked against GNU Awk 5.2.1 (LC_ALL=C.UTF-8). Each expectation was
// recorded by running the commented command with the real gawk installed as awk.

import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

describe('awk: fields and records', () => {
  test('-F, splits on commas and print joins with OFS', async () => {
    // awk -F, '{print $1, $3}'
    expect(await sh('awk -F, \'{print $1, $3}\'', 'alice,30,paris,100\nbob,25,london,200\ncarol,35,paris,50\ndave,40,berlin,75\n')).toEqual({ stdout: 'alice paris\nbob london\ncarol paris\ndave berlin\n', stderr: '', status: 0 });
  });

  test('sums by key, the classic ETL aggregate', async () => {
    // awk -F, '{s[$3]+=$4} END {print s["paris"], s["london"], s["berlin"], length(s)}'
    expect(await sh('awk -F, \'{s[$3]+=$4} END {print s["paris"], s["london"], s["berlin"], length(s)}\'', 'alice,30,paris,100\nbob,25,london,200\ncarol,35,paris,50\ndave,40,berlin,75\n')).toEqual({ stdout: '150 200 75 3\n', stderr: '', status: 0 });
  });

  test('NF, $NF and $(NF-1)', async () => {
    // awk -F, '{print NF, $NF, $(NF-1)}'
    expect(await sh('awk -F, \'{print NF, $NF, $(NF-1)}\'', 'alice,30,paris,100\nbob,25,london,200\ncarol,35,paris,50\ndave,40,berlin,75\n')).toEqual({ stdout: '4 100 paris\n4 200 london\n4 50 paris\n4 75 berlin\n', stderr: '', status: 0 });
  });

  test('assigning a field rebuilds $0 with OFS', async () => {
    // awk -F, -v OFS=';' '{$2 = $2 + 1; print}'
    expect(await sh('awk -F, -v OFS=\';\' \'{$2 = $2 + 1; print}\'', 'alice,30,paris,100\nbob,25,london,200\ncarol,35,paris,50\ndave,40,berlin,75\n')).toEqual({ stdout: 'alice;31;paris;100\nbob;26;london;200\ncarol;36;paris;50\ndave;41;berlin;75\n', stderr: '', status: 0 });
  });

  test('assigning past NF extends the record with empty fields', async () => {
    // awk '{ $6 = "f"; print; print NF }'
    expect(await sh('awk \'{ $6 = "f"; print; print NF }\'', 'a b c\n')).toEqual({ stdout: 'a b c   f\n6\n', stderr: '', status: 0 });
  });

  test('assigning NF truncates or extends', async () => {
    // echo 'a b c d e' | awk '{ NF -= 2; print; NF = 5; print; print NF }'
    expect(await sh('echo \'a b c d e\' | awk \'{ NF -= 2; print; NF = 5; print; print NF }\'')).toEqual({ stdout: 'a b c\na b c  \n5\n', stderr: '', status: 0 });
  });

  test('$1 = $1 squeezes blanks with the default FS', async () => {
    // awk '{ $1 = $1; print "[" $0 "]" }'
    expect(await sh('awk \'{ $1 = $1; print "[" $0 "]" }\'', '  a   b   c  \n')).toEqual({ stdout: '[a b c]\n', stderr: '', status: 0 });
  });

  test('assigning $0 re-splits it', async () => {
    // echo 'x y' | awk '{ print $0; $0 = "p q r"; print NF, $3 }'
    expect(await sh('echo \'x y\' | awk \'{ print $0; $0 = "p q r"; print NF, $3 }\'')).toEqual({ stdout: 'x y\n3 r\n', stderr: '', status: 0 });
  });

  test('a changed FS applies from the next record', async () => {
    // printf 'a:b c:d\ne:f g\n' | awk '{ FS = ":"; print $1 }'
    expect(await sh('printf \'a:b c:d\\ne:f g\\n\' | awk \'{ FS = ":"; print $1 }\'')).toEqual({ stdout: 'a:b\ne\n', stderr: '', status: 0 });
  });

  test('nonexistent fields are empty strings', async () => {
    // echo 'x' | awk '{ print $3 == 0, $3 == "", "[" $5 "]" }'
    expect(await sh('echo \'x\' | awk \'{ print $3 == 0, $3 == "", "[" $5 "]" }\'')).toEqual({ stdout: '0 1 []\n', stderr: '', status: 0 });
  });

  test('a single-character FS is literal, even a regex metacharacter', async () => {
    // echo 'a.b|c' | awk -F. '{ print $2 }'; echo 'a|b' | awk -F'|' '{ print $2 }'
    expect(await sh('echo \'a.b|c\' | awk -F. \'{ print $2 }\'; echo \'a|b\' | awk -F\'|\' \'{ print $2 }\'')).toEqual({ stdout: 'b|c\nb\n', stderr: '', status: 0 });
  });

  test('a longer FS is a regular expression', async () => {
    // echo 'aXXbXc' | awk -F'X+' '{ print $2, NF }'; echo 'a,b;c' | awk -F'[,;]' '{ print $3 }'
    expect(await sh('echo \'aXXbXc\' | awk -F\'X+\' \'{ print $2, NF }\'; echo \'a,b;c\' | awk -F\'[,;]\' \'{ print $3 }\'')).toEqual({ stdout: 'b 3\nc\n', stderr: '', status: 0 });
  });

  test('-F with a tab escape', async () => {
    // printf 'a\tb c\td\n' | awk -F'\t' '{ print $2 }'
    expect(await sh('printf \'a\\tb c\\td\\n\' | awk -F\'\\t\' \'{ print $2 }\'')).toEqual({ stdout: 'b c\n', stderr: '', status: 0 });
  });

  test('an empty FS splits into characters', async () => {
    // echo 'héllo' | awk -F '' '{ print NF, $2 }'
    expect(await sh('echo \'héllo\' | awk -F \'\' \'{ print NF, $2 }\'')).toEqual({ stdout: '5 é\n', stderr: '', status: 0 });
  });

  test('FS="[ ]" keeps empty fields between single spaces', async () => {
    // echo 'a  b' | awk -F'[ ]' '{ print NF }'
    expect(await sh('echo \'a  b\' | awk -F\'[ ]\' \'{ print NF }\'')).toEqual({ stdout: '3\n', stderr: '', status: 0 });
  });

  test('a regex FS matching at the start makes an empty first field', async () => {
    // echo '  lead' | awk -F' +' '{ print NF, "[" $1 "]" }'
    expect(await sh('echo \'  lead\' | awk -F\' +\' \'{ print NF, "[" $1 "]" }\'')).toEqual({ stdout: '2 []\n', stderr: '', status: 0 });
  });

  test('carriage returns stay in the last field', async () => {
    // printf 'a,b\r\n' | awk -F, '{ print length($2) }'
    expect(await sh('printf \'a,b\\r\\n\' | awk -F, \'{ print length($2) }\'')).toEqual({ stdout: '2\n', stderr: '', status: 0 });
  });

  test('assigned numbers in fields use CONVFMT in $0 and OFMT in print', async () => {
    // echo '5 apples' | awk '{ $1 = 1/3; print; OFMT = "%.2f"; print $1, $1 + 0 }'
    expect(await sh('echo \'5 apples\' | awk \'{ $1 = 1/3; print; OFMT = "%.2f"; print $1, $1 + 0 }\'')).toEqual({ stdout: '0.333333 apples\n0.33 0.33\n', stderr: '', status: 0 });
  });
});

describe('awk: patterns', () => {
  test('an expression pattern', async () => {
    // awk -F, '$2 > 28 {print $1}'
    expect(await sh('awk -F, \'$2 > 28 {print $1}\'', 'alice,30,paris,100\nbob,25,london,200\ncarol,35,paris,50\ndave,40,berlin,75\n')).toEqual({ stdout: 'alice\ncarol\ndave\n', stderr: '', status: 0 });
  });

  test('a regex pattern counts matches', async () => {
    // awk -F, '/paris/ {n++} END {print n}'
    expect(await sh('awk -F, \'/paris/ {n++} END {print n}\'', 'alice,30,paris,100\nbob,25,london,200\ncarol,35,paris,50\ndave,40,berlin,75\n')).toEqual({ stdout: '2\n', stderr: '', status: 0 });
  });

  test('a pattern without action prints the record', async () => {
    // awk 'NR % 2'
    expect(await sh('awk \'NR % 2\'', '1\n2\n3\n4\n5\n')).toEqual({ stdout: '1\n3\n5\n', stderr: '', status: 0 });
  });

  test('!seen[$0]++ removes duplicates', async () => {
    // awk '!seen[$0]++'
    expect(await sh('awk \'!seen[$0]++\'', 'a\nb\na\nc\nb\n')).toEqual({ stdout: 'a\nb\nc\n', stderr: '', status: 0 });
  });

  test('range patterns, including one that ends on its first line', async () => {
    // awk '/start/,/end/'
    expect(await sh('awk \'/start/,/end/\'', 'a\nstart\nb\nend\nc\nstart\nd\n')).toEqual({ stdout: 'start\nb\nend\nstart\nd\n', stderr: '', status: 0 });
  });

  test('a range whose ends match the same line', async () => {
    // awk '/x/,/x/ { print NR }'
    expect(await sh('awk \'/x/,/x/ { print NR }\'', 'x\ny\nx\nx\n')).toEqual({ stdout: '1\n3\n4\n', stderr: '', status: 0 });
  });

  test('NR ranges', async () => {
    // awk -F, 'NR==2, NR==3 {print NR": "$0}'
    expect(await sh('awk -F, \'NR==2, NR==3 {print NR": "$0}\'', 'alice,30,paris,100\nbob,25,london,200\ncarol,35,paris,50\ndave,40,berlin,75\n')).toEqual({ stdout: '2: bob,25,london,200\n3: carol,35,paris,50\n', stderr: '', status: 0 });
  });

  test('match operators with && and !~', async () => {
    // awk '$1 ~ /^[ab]/ && $2 !~ /x/'
    expect(await sh('awk \'$1 ~ /^[ab]/ && $2 !~ /x/\'', 'a y\nb x\nc z\naa w\n')).toEqual({ stdout: 'a y\naa w\n', stderr: '', status: 0 });
  });

  test('several BEGIN and END rules run in order', async () => {
    // awk 'BEGIN { print 1 } BEGIN { print 2 } END { print 3 } END { print NR }'
    expect(await sh('awk \'BEGIN { print 1 } BEGIN { print 2 } END { print 3 } END { print NR }\'', 'x\n')).toEqual({ stdout: '1\n2\n3\n1\n', stderr: '', status: 0 });
  });

  test('length without parentheses as a pattern', async () => {
    // awk 'length > 3'
    expect(await sh('awk \'length > 3\'', 'ab\nabcd\nabcde\n')).toEqual({ stdout: 'abcd\nabcde\n', stderr: '', status: 0 });
  });

  test('comments, blank-line skipping and next', async () => {
    // awk '/^#/ { next } NF { print $1 }'
    expect(await sh('awk \'/^#/ { next } NF { print $1 }\'', '# comment\n\nvalue 1\nother 2\n')).toEqual({ stdout: 'value\nother\n', stderr: '', status: 0 });
  });
});

describe('awk: values and comparisons', () => {
  test('numbers print as integers or through OFMT', async () => {
    // awk 'BEGIN { print 1/3, 100, 1e6, 1e20, 0.1+0.2, -0, 2^53, 3.0, "3.0"+0 }'
    expect(await sh('awk \'BEGIN { print 1/3, 100, 1e6, 1e20, 0.1+0.2, -0, 2^53, 3.0, "3.0"+0 }\'')).toEqual({ stdout: '0.333333 100 1000000 100000000000000000000 0.3 0 9007199254740992 3 3\n', stderr: '', status: 0 });
  });

  test('large integral values print in full, as gawk does', async () => {
    // awk 'BEGIN { print 1e15, 1e16, 2^62, 100000 * 100000, 123456789 * 1000 }'
    expect(await sh('awk \'BEGIN { print 1e15, 1e16, 2^62, 100000 * 100000, 123456789 * 1000 }\'')).toEqual({ stdout: '1000000000000000 10000000000000000 4611686018427387904 10000000000 123456789000\n', stderr: '', status: 0 });
  });

  test('OFMT for print, CONVFMT for concatenation and subscripts', async () => {
    // awk 'BEGIN { OFMT = "%.2f"; CONVFMT = "%.3f"; x = 3.14159; print x; print x ""; a[x] = 1; for (k in a) print k; print 17 }'
    expect(await sh('awk \'BEGIN { OFMT = "%.2f"; CONVFMT = "%.3f"; x = 3.14159; print x; print x ""; a[x] = 1; for (k in a) print k; print 17 }\'')).toEqual({ stdout: '3.14\n3.142\n3.142\n17\n', stderr: '', status: 0 });
  });

  test('string to number conversion reads the numeric prefix', async () => {
    // awk 'BEGIN { print "1e3"+0, ".5"+0, "+3"+0, "0x10"+0, " 12abc"+0, "-"+0, "+inf"+0, "inf"+0 }'
    expect(await sh('awk \'BEGIN { print "1e3"+0, ".5"+0, "+3"+0, "0x10"+0, " 12abc"+0, "-"+0, "+inf"+0, "inf"+0 }\'')).toEqual({ stdout: '1000 0.5 3 0 12 0 +inf 0\n', stderr: '', status: 0 });
  });

  test('input that looks numeric compares as a number', async () => {
    // echo '10 9' | awk '{ print ($1 < $2), ($1 < "9"), ($1 > 5) }'
    expect(await sh('echo \'10 9\' | awk \'{ print ($1 < $2), ($1 < "9"), ($1 > 5) }\'')).toEqual({ stdout: '0 1 1\n', stderr: '', status: 0 });
  });

  test('strnum rules field by field', async () => {
    // awk '{ print ($1 > $2) }'
    expect(await sh('awk \'{ print ($1 > $2) }\'', '10 9\nabc abd\n10 abc\n 2  10\n')).toEqual({ stdout: '1\n0\n0\n0\n', stderr: '', status: 0 });
  });

  test('a string constant compares as a string', async () => {
    // awk 'BEGIN { x = "10"; y = 9; print (x < y), (x+0 < y) }'
    expect(await sh('awk \'BEGIN { x = "10"; y = 9; print (x < y), (x+0 < y) }\'')).toEqual({ stdout: '1 0\n', stderr: '', status: 0 });
  });

  test('equality of fields with numbers', async () => {
    // awk '$1 == 1'
    expect(await sh('awk \'$1 == 1\'', '1\n001\n1.0\n+1\nx\n')).toEqual({ stdout: '1\n001\n1.0\n+1\n', stderr: '', status: 0 });
  });

  test('equality of fields with strings', async () => {
    // awk '$1 == "001"'
    expect(await sh('awk \'$1 == "001"\'', '1\n001\n01\n')).toEqual({ stdout: '001\n', stderr: '', status: 0 });
  });

  test('truth of fields: 0 and 0.0 are false, other text true', async () => {
    // echo 'abc 0 0.0 x' | awk '{ for (i = 1; i <= NF; i++) print i, ($i ? "T" : "F") }'
    expect(await sh('echo \'abc 0 0.0 x\' | awk \'{ for (i = 1; i <= NF; i++) print i, ($i ? "T" : "F") }\'')).toEqual({ stdout: '1 T\n2 F\n3 F\n4 T\n', stderr: '', status: 0 });
  });

  test('an unset variable is both 0 and empty', async () => {
    // awk 'BEGIN { if (x == 0 && x == "") print "uninit"; print length(x), x + 0, "[" x "]" }'
    expect(await sh('awk \'BEGIN { if (x == 0 && x == "") print "uninit"; print length(x), x + 0, "[" x "]" }\'')).toEqual({ stdout: 'uninit\n0 0 []\n', stderr: '', status: 0 });
  });

  test('concatenation binds looser than arithmetic', async () => {
    // awk 'BEGIN { print 1 " " -1, 1 - 1 " " 2, 10 % 3 * 2, 1 + 2 " " 3 + 4 }'
    expect(await sh('awk \'BEGIN { print 1 " " -1, 1 - 1 " " 2, 10 % 3 * 2, 1 + 2 " " 3 + 4 }\'')).toEqual({ stdout: '1-1 0 2 2 3 7\n', stderr: '', status: 0 });
  });

  test('operators and precedence', async () => {
    // awk 'BEGIN { print 7 % 3, -7 % 3, 2 ^ 10, 2 ** 3, 2 ^ 3 ^ 2, -2 ^ 2, 2 ^ -1, !0 + 1 }'
    expect(await sh('awk \'BEGIN { print 7 % 3, -7 % 3, 2 ^ 10, 2 ** 3, 2 ^ 3 ^ 2, -2 ^ 2, 2 ^ -1, !0 + 1 }\'')).toEqual({ stdout: '1 -1 1024 8 512 -4 0.5 2\n', stderr: '', status: 0 });
  });

  test('assignment operators', async () => {
    // awk 'BEGIN { x = 5; x += 2; x -= 1; x *= 3; x /= 2; x %= 5; x ^= 2; print x; a = b = c = 4; print a b c }'
    expect(await sh('awk \'BEGIN { x = 5; x += 2; x -= 1; x *= 3; x /= 2; x %= 5; x ^= 2; print x; a = b = c = 4; print a b c }\'')).toEqual({ stdout: '16\n444\n', stderr: '', status: 0 });
  });

  test('increment and decrement', async () => {
    // awk 'BEGIN { i = 5; print i++, i, ++i, i--, --i; a = "x"; b = a++; print a, b }'
    expect(await sh('awk \'BEGIN { i = 5; print i++, i, ++i, i--, --i; a = "x"; b = a++; print a, b }\'')).toEqual({ stdout: '5 6 7 7 5\n1 0\n', stderr: '', status: 0 });
  });

  test('unary operators on strings', async () => {
    // awk 'BEGIN { print -"3", +"4x", !"", !"a", !0, !"0" }'
    expect(await sh('awk \'BEGIN { print -"3", +"4x", !"", !"a", !0, !"0" }\'')).toEqual({ stdout: '-3 4 1 0 1 0\n', stderr: '', status: 0 });
  });

  test('the conditional operator and grouping in print', async () => {
    // awk 'BEGIN { print (1 > 0) ? "yes" : "no"; print (1)(2), "a" (1 < 2) }'
    expect(await sh('awk \'BEGIN { print (1 > 0) ? "yes" : "no"; print (1)(2), "a" (1 < 2) }\'')).toEqual({ stdout: 'yes\n12 a1\n', stderr: '', status: 0 });
  });

  test('assignment inside a condition', async () => {
    // awk 'BEGIN { x = 1; x == 1 && y = 2; print y }'
    expect(await sh('awk \'BEGIN { x = 1; x == 1 && y = 2; print y }\'')).toEqual({ stdout: '2\n', stderr: '', status: 0 });
  });

  test('integer-looking subscripts come back numeric from for-in', async () => {
    // awk 'BEGIN { a[10]; for (k in a) print (k < 9.5) }'
    expect(await sh('awk \'BEGIN { a[10]; for (k in a) print (k < 9.5) }\'')).toEqual({ stdout: '0\n', stderr: '', status: 0 });
  });

  test('gawk reads octal and hex constants in the program', async () => {
    // awk 'BEGIN { print 011, 0x1A, 1e3, .5 }'
    expect(await sh('awk \'BEGIN { print 011, 0x1A, 1e3, .5 }\'')).toEqual({ stdout: '9 26 1000 0.5\n', stderr: '', status: 0 });
  });
});

describe('awk: control flow', () => {
  test('while, continue and do-while', async () => {
    // awk 'BEGIN { while (i < 3) { i++; if (i == 2) continue; print i } do { j++ } while (j < 5); print j }'
    expect(await sh('awk \'BEGIN { while (i < 3) { i++; if (i == 2) continue; print i } do { j++ } while (j < 5); print j }\'')).toEqual({ stdout: '1\n3\n5\n', stderr: '', status: 0 });
  });

  test('for with break', async () => {
    // awk 'BEGIN { for (i = 0; i < 10; i++) { if (i == 3) break; print i } }'
    expect(await sh('awk \'BEGIN { for (i = 0; i < 10; i++) { if (i == 3) break; print i } }\'')).toEqual({ stdout: '0\n1\n2\n', stderr: '', status: 0 });
  });

  test('an endless for with break', async () => {
    // awk 'BEGIN { for (;;) { if (++i > 3) break }; print i }'
    expect(await sh('awk \'BEGIN { for (;;) { if (++i > 3) break }; print i }\'')).toEqual({ stdout: '4\n', stderr: '', status: 0 });
  });

  test('if/else over several lines', async () => {
    // awk 'BEGIN { if (0)
    //   print "a"
    // else
    //   print "b"
    // }'
    expect(await sh('awk \'BEGIN { if (0)\n  print "a"\nelse\n  print "b"\n}\'')).toEqual({ stdout: 'b\n', stderr: '', status: 0 });
  });

  test('next skips the remaining rules, exit still runs END', async () => {
    // printf '1\n2\n3\n4\n' | awk 'NR == 2 { next } { print } NR == 3 { exit } END { print "end" }'
    expect(await sh('printf \'1\\n2\\n3\\n4\\n\' | awk \'NR == 2 { next } { print } NR == 3 { exit } END { print "end" }\'')).toEqual({ stdout: '1\n3\nend\n', stderr: '', status: 0 });
  });

  test('exit status from exit in a rule, END still runs', async () => {
    // printf '1\n2\n3\n' | awk '{ exit 3 } END { print "end", NR }'; echo "st=$?"
    expect(await sh('printf \'1\\n2\\n3\\n\' | awk \'{ exit 3 } END { print "end", NR }\'; echo "st=$?"')).toEqual({ stdout: 'end 1\nst=3\n', stderr: '', status: 0 });
  });

  test('exit in END ends at once, keeping its status', async () => {
    // awk 'BEGIN { exit } END { print "end"; exit 4; print "no" }'; echo "st=$?"
    expect(await sh('awk \'BEGIN { exit } END { print "end"; exit 4; print "no" }\'; echo "st=$?"')).toEqual({ stdout: 'end\nst=4\n', stderr: '', status: 0 });
  });

  test('exit statuses are taken modulo 256', async () => {
    // awk 'BEGIN { exit -1 }'; echo $?; awk 'BEGIN { exit 3.9 }'; echo $?
    expect(await sh('awk \'BEGIN { exit -1 }\'; echo $?; awk \'BEGIN { exit 3.9 }\'; echo $?')).toEqual({ stdout: '255\n3\n', stderr: '', status: 0 });
  });

  test('nextfile moves to the next file', async () => {
    // printf 'a\nb\n' > f1; printf 'c\nd\n' > f2; awk 'FNR == 1 { nextfile } { print }' f1 f2; awk '{ print; nextfile }' f1 f2
    expect(await sh('printf \'a\\nb\\n\' > f1; printf \'c\\nd\\n\' > f2; awk \'FNR == 1 { nextfile } { print }\' f1 f2; awk \'{ print; nextfile }\' f1 f2')).toEqual({ stdout: 'a\nc\n', stderr: '', status: 0 });
  });

  test('long loops finish (and yield to the scheduler on the way)', async () => {
    // awk 'BEGIN { for (i = 0; i < 3000000; i++) n += i; print n }'
    expect(await sh('awk \'BEGIN { for (i = 0; i < 3000000; i++) n += i; print n }\'')).toEqual({ stdout: '4499998500000\n', stderr: '', status: 0 });
  });

  test('statements separated by newlines, semicolons and continuations', async () => {
    // awk '
    // BEGIN {
    //   # comment
    //   x = 1 + \
    //       2
    //   print x   # trailing
    //   print 1,
    //     2 ; ; print "z"
    // }
    // '
    expect(await sh('awk \'\nBEGIN {\n  # comment\n  x = 1 + \\\n      2\n  print x   # trailing\n  print 1,\n    2 ; ; print "z"\n}\n\'')).toEqual({ stdout: '3\n1 2\nz\n', stderr: '', status: 0 });
  });
});

describe('awk: arrays', () => {
  test('in, delete of an element and of the whole array', async () => {
    // awk 'BEGIN { a["x"] = 1; a["y"] = 2; delete a["x"]; print length(a), ("x" in a), ("y" in a); delete a; print length(a) }'
    expect(await sh('awk \'BEGIN { a["x"] = 1; a["y"] = 2; delete a["x"]; print length(a), ("x" in a), ("y" in a); delete a; print length(a) }\'')).toEqual({ stdout: '1 0 1\n0\n', stderr: '', status: 0 });
  });

  test('multi-dimensional subscripts with SUBSEP', async () => {
    // awk 'BEGIN { a[1,2] = 3; for (k in a) { split(k, p, SUBSEP); print p[1], p[2] }; if ((1,2) in a) print "yes" }'
    expect(await sh('awk \'BEGIN { a[1,2] = 3; for (k in a) { split(k, p, SUBSEP); print p[1], p[2] }; if ((1,2) in a) print "yes" }\'')).toEqual({ stdout: '1 2\nyes\n', stderr: '', status: 0 });
  });

  test('referencing an element creates it', async () => {
    // awk 'BEGIN { if (!(3 in a)) print "no"; if (a[3] == "") print "empty"; print length(a) }'
    expect(await sh('awk \'BEGIN { if (!(3 in a)) print "no"; if (a[3] == "") print "empty"; print length(a) }\'')).toEqual({ stdout: 'no\nempty\n1\n', stderr: '', status: 0 });
  });

  test('numeric subscripts are their string form', async () => {
    // awk 'BEGIN { a["1"] = "one"; print a[1]; a[01] = "x"; print a["1"]; a[0.5+0.5] = "y"; print a[1] }'
    expect(await sh('awk \'BEGIN { a["1"] = "one"; print a[1]; a[01] = "x"; print a["1"]; a[0.5+0.5] = "y"; print a[1] }\'')).toEqual({ stdout: 'one\nx\ny\n', stderr: '', status: 0 });
  });

  test('reversing lines through an array', async () => {
    // awk '{ a[NR] = $0 } END { for (i = NR; i > 0; i--) print a[i] }'
    expect(await sh('awk \'{ a[NR] = $0 } END { for (i = NR; i > 0; i--) print a[i] }\'', '1\n2\n3\n')).toEqual({ stdout: '3\n2\n1\n', stderr: '', status: 0 });
  });

  test('deleting every element inside for-in', async () => {
    // awk 'BEGIN { x["a"] = 1; x["b"]; for (k in x) delete x[k]; print length(x) }'
    expect(await sh('awk \'BEGIN { x["a"] = 1; x["b"]; for (k in x) delete x[k]; print length(x) }\'')).toEqual({ stdout: '0\n', stderr: '', status: 0 });
  });
});

describe('awk: --help names the program as invoked', () => {
  test('gawk prints "gawk" in the usage lines and in the examples, awk prints "awk"', async () => {
    // gawk --help | sed -n "1,2p;45,47p"; awk --help | sed -n "1p;46,47p"
    expect(await sh("gawk --help | sed -n \"1,2p;45,47p\"; awk --help | sed -n \"1p;46,47p\"")).toEqual({ stdout: "Usage: gawk [POSIX or GNU style options] -f progfile [--] file ...\nUsage: gawk [POSIX or GNU style options] [--] 'program' file ...\nExamples:\n\tgawk '{ sum += $1 }; END { print sum }' file\n\tgawk -F: '{ print $1 }' /etc/passwd\nUsage: awk [POSIX or GNU style options] -f progfile [--] file ...\n\tawk '{ sum += $1 }; END { print sum }' file\n\tawk -F: '{ print $1 }' /etc/passwd\n", stderr: "", status: 0 });
    // gawk --bogus 2>&1 | tail -2; echo ${PIPESTATUS[0]}
    expect(await sh("gawk --bogus 2>&1 | tail -2; echo ${PIPESTATUS[0]}")).toEqual({ stdout: "\tgawk '{ sum += $1 }; END { print sum }' file\n\tgawk -F: '{ print $1 }' /etc/passwd\n1\n", stderr: "", status: 0 });
  });
});
