// awk's input and output: files and ARGV, RS modes, getline in all its forms, redirections to files
// and commands, close, fflush and system, and the order output reaches the descriptors. Checked
// against GNU Awk 5.2.1 (LC_ALL=C.UTF-8): each expectation was recorded by running the commented
// command with the real gawk installed as awk.

import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

describe('awk: input files and ARGV', () => {
  test('FILENAME, FNR and NR across files', async () => {
    // printf 'a\nb\n' > f1; printf 'c\nd\n' > f2; awk '{ print FILENAME, FNR, NR }' f1 f2
    expect(await sh('printf \'a\\nb\\n\' > f1; printf \'c\\nd\\n\' > f2; awk \'{ print FILENAME, FNR, NR }\' f1 f2')).toEqual({ stdout: 'f1 1 1\nf1 2 2\nf2 1 3\nf2 2 4\n', stderr: '', status: 0 });
  });

  test('FILENAME is - for standard input', async () => {
    // echo x | awk '{ print "[" FILENAME "]" }'; awk 'BEGIN { print "[" FILENAME "]" } END { print "[" FILENAME "]" }' </dev/null
    expect(await sh('echo x | awk \'{ print "[" FILENAME "]" }\'; awk \'BEGIN { print "[" FILENAME "]" } END { print "[" FILENAME "]" }\' </dev/null')).toEqual({ stdout: '[-]\n[]\n[-]\n', stderr: '', status: 0 });
  });

  test('var=value operands take effect when reached', async () => {
    // printf 'a\n' > f1; awk '{ print x, $0 } END { print "end", x }' x=1 f1 x=2 f1 x=3
    expect(await sh('printf \'a\\n\' > f1; awk \'{ print x, $0 } END { print "end", x }\' x=1 f1 x=2 f1 x=3')).toEqual({ stdout: '1 a\n2 a\nend 3\n', stderr: '', status: 0 });
  });

  test('operand assignments are strnums with escapes processed', async () => {
    // echo | awk '{ print (y < 9), y, z }' y=10 'z=a\tb'
    expect(await sh('echo | awk \'{ print (y < 9), y, z }\' y=10 \'z=a\\tb\'')).toEqual({ stdout: '0 10 a\tb\n', stderr: '', status: 0 });
  });

  test('ARGV and ARGC', async () => {
    // awk 'BEGIN { print ARGC; for (i = 0; i < ARGC; i++) print i, ARGV[i] }' one two
    expect(await sh('awk \'BEGIN { print ARGC; for (i = 0; i < ARGC; i++) print i, ARGV[i] }\' one two')).toEqual({ stdout: '3\n0 awk\n1 one\n2 two\n', stderr: '', status: 0 });
  });

  test('ARGV can be changed in BEGIN', async () => {
    // printf 'x\n' > f1; printf 'y\n' > f2; awk 'BEGIN { ARGV[1] = "" } { print FILENAME, $0 }' f1 f2; awk 'BEGIN { ARGV[ARGC++] = "f1" } { print FILENAME, $0 }'
    expect(await sh('printf \'x\\n\' > f1; printf \'y\\n\' > f2; awk \'BEGIN { ARGV[1] = "" } { print FILENAME, $0 }\' f1 f2; awk \'BEGIN { ARGV[ARGC++] = "f1" } { print FILENAME, $0 }\'')).toEqual({ stdout: 'f2 y\nf1 x\n', stderr: '', status: 0 });
  });

  test('- names standard input among files', async () => {
    // printf 'f\n' > f1; echo s | awk '{ print FILENAME ": " $0 }' f1 - f1
    expect(await sh('printf \'f\\n\' > f1; echo s | awk \'{ print FILENAME ": " $0 }\' f1 - f1')).toEqual({ stdout: 'f1: f\n-: s\nf1: f\n', stderr: '', status: 0 });
  });

  test('the last line may lack a newline', async () => {
    // printf 'a\nb' > nonl; awk '{ print "[" $0 "]" }' nonl; awk 'BEGIN { while ((getline l < "nonl") > 0) print "<" l ">" }'
    expect(await sh('printf \'a\\nb\' > nonl; awk \'{ print "[" $0 "]" }\' nonl; awk \'BEGIN { while ((getline l < "nonl") > 0) print "<" l ">" }\'')).toEqual({ stdout: '[a]\n[b]\n<a>\n<b>\n', stderr: '', status: 0 });
  });

  test('ENVIRON', async () => {
    // X=hello awk 'BEGIN { print ENVIRON["X"], ("PATH" in ENVIRON) }'
    expect(await sh('X=hello awk \'BEGIN { print ENVIRON["X"], ("PATH" in ENVIRON) }\'')).toEqual({ stdout: 'hello 1\n', stderr: '', status: 0 });
  });

  test('-v assignments, with escapes, happen before BEGIN', async () => {
    // awk -v 'x=a\tb' -v n=10 'BEGIN { print x; print (n < 9) }'
    expect(await sh('awk -v \'x=a\\tb\' -v n=10 \'BEGIN { print x; print (n < 9) }\'')).toEqual({ stdout: 'a\tb\n0\n', stderr: '', status: 0 });
  });

  test('-v can set the special variables', async () => {
    // awk -v OFS=: -v 'FS=\t' '{ $1 = $1; print }'
    expect(await sh('awk -v OFS=: -v \'FS=\\t\' \'{ $1 = $1; print }\'', 'a\tb\tc\n')).toEqual({ stdout: 'a:b:c\n', stderr: '', status: 0 });
  });

  test('-f program files, several of them, and -e', async () => {
    // printf 'function add(a, b) { return a + b }\n' > lib.awk; printf 'BEGIN { print add(2, 3) }\n' > main.awk; awk -f lib.awk -f main.awk; awk -f lib.awk -e 'BEGIN { print add(1, 1) }'
    expect(await sh('printf \'function add(a, b) { return a + b }\\n\' > lib.awk; printf \'BEGIN { print add(2, 3) }\\n\' > main.awk; awk -f lib.awk -f main.awk; awk -f lib.awk -e \'BEGIN { print add(1, 1) }\'')).toEqual({ stdout: '5\n2\n', stderr: '', status: 0 });
  });

  test('an executable awk script with #!', async () => {
    // printf '#!/usr/bin/awk -f\nBEGIN { print "script", ARGV[1] }\n' > s.awk; chmod +x s.awk; ./s.awk arg1
    expect(await sh('printf \'#!/usr/bin/awk -f\\nBEGIN { print "script", ARGV[1] }\\n\' > s.awk; chmod +x s.awk; ./s.awk arg1')).toEqual({ stdout: 'script arg1\n', stderr: '', status: 0 });
  });

  test('the program from standard input with -f /dev/stdin', async () => {
    // awk -f /dev/stdin <<'EOF'
    // BEGIN { print "heredoc prog" }
    // EOF
    expect(await sh('awk -f /dev/stdin <<\'EOF\'\nBEGIN { print "heredoc prog" }\nEOF')).toEqual({ stdout: 'heredoc prog\n', stderr: '', status: 0 });
  });

  test('-- ends the options', async () => {
    // awk -- 'BEGIN { print "dd" }'
    expect(await sh('awk -- \'BEGIN { print "dd" }\'')).toEqual({ stdout: 'dd\n', stderr: '', status: 0 });
  });
});

describe('awk: record separators', () => {
  test('paragraph mode: blank lines separate records, newlines separate fields', async () => {
    // printf '\n\na b\nc\n\n\n\nd e\n\n' | awk 'BEGIN { RS = "" } { print NR ": [" $0 "] NF=" NF }'
    expect(await sh('printf \'\\n\\na b\\nc\\n\\n\\n\\nd e\\n\\n\' | awk \'BEGIN { RS = "" } { print NR ": [" $0 "] NF=" NF }\'')).toEqual({ stdout: '1: [a b\nc] NF=3\n2: [d e] NF=2\n', stderr: '', status: 0 });
  });

  test('paragraph mode with another FS still splits at newlines', async () => {
    // printf 'a,b\nc,d\n\ne\n' | awk 'BEGIN { RS = ""; FS = "," } { print NF; for (i = 1; i <= NF; i++) printf "<%s>", $i; print "" }'
    expect(await sh('printf \'a,b\\nc,d\\n\\ne\\n\' | awk \'BEGIN { RS = ""; FS = "," } { print NF; for (i = 1; i <= NF; i++) printf "<%s>", $i; print "" }\'')).toEqual({ stdout: '4\n<a><b><c><d>\n1\n<e>\n', stderr: '', status: 0 });
  });

  test('a one-character RS; the final newline stays in the last record', async () => {
    // printf 'a;b;c\n' | awk 'BEGIN { RS = ";" } { print NR ":[" $0 "]" }'
    expect(await sh('printf \'a;b;c\\n\' | awk \'BEGIN { RS = ";" } { print NR ":[" $0 "]" }\'')).toEqual({ stdout: '1:[a]\n2:[b]\n3:[c\n]\n', stderr: '', status: 0 });
  });

  test('a regular expression RS', async () => {
    // printf 'a12b345c\n' | awk 'BEGIN { RS = "[0-9]+" } { print NR ":" $0 }'; printf 'AxyBxyC' | awk -v RS=xy '{ print }'
    expect(await sh('printf \'a12b345c\\n\' | awk \'BEGIN { RS = "[0-9]+" } { print NR ":" $0 }\'; printf \'AxyBxyC\' | awk -v RS=xy \'{ print }\'')).toEqual({ stdout: '1:a\n2:b\n3:c\n\nA\nB\nC\n', stderr: '', status: 0 });
  });

  test('gawk\'s RT holds what ended each record', async () => {
    // printf 'a12b345c\n' | awk 'BEGIN { RS = "[0-9]+" } { print NR ":" $0 "|" RT "|" }'; printf 'p1\n\n\np2\n\n' | awk -v RS= '{ print $0 "[" length(RT) "]" }'; printf 'a\nb' | awk '{ print $0 "[" RT "]" }'
    expect(await sh('printf \'a12b345c\\n\' | awk \'BEGIN { RS = "[0-9]+" } { print NR ":" $0 "|" RT "|" }\'; printf \'p1\\n\\n\\np2\\n\\n\' | awk -v RS= \'{ print $0 "[" length(RT) "]" }\'; printf \'a\\nb\' | awk \'{ print $0 "[" RT "]" }\'')).toEqual({ stdout: '1:a|12|\n2:b|345|\n3:c\n||\np1[3]\np2[2]\na[\n]\nb[]\n', stderr: '', status: 0 });
  });

  test('changing RS in the middle of the input', async () => {
    // printf 'one\ntwo\nthree\n' | awk 'NR == 1 { RS = "e" } { print NR ": " $0 }'
    expect(await sh('printf \'one\\ntwo\\nthree\\n\' | awk \'NR == 1 { RS = "e" } { print NR ": " $0 }\'')).toEqual({ stdout: '1: one\n2: two\nthr\n3: \n4: \n\n', stderr: '', status: 0 });
  });

  test('ORS and OFS', async () => {
    // echo 'a b' | awk 'BEGIN { ORS = "|"; OFS = "-" } { print $1, $2; print $2 }'
    expect(await sh('echo \'a b\' | awk \'BEGIN { ORS = "|"; OFS = "-" } { print $1, $2; print $2 }\'')).toEqual({ stdout: 'a-b|b|', stderr: '', status: 0 });
  });

  test('END sees the last record', async () => {
    // printf 'l1\nl2 x\n' | awk 'END { print $0, NF, NR }'
    expect(await sh('printf \'l1\\nl2 x\\n\' | awk \'END { print $0, NF, NR }\'')).toEqual({ stdout: 'l2 x 2 2\n', stderr: '', status: 0 });
  });
});

describe('awk: getline', () => {
  test('plain getline reads the next record into $0 and counts it', async () => {
    // printf 'a\nb\nc\n' | awk 'NR == 1 { getline; print "got", $0 } { print NR, $0 }'
    expect(await sh('printf \'a\\nb\\nc\\n\' | awk \'NR == 1 { getline; print "got", $0 } { print NR, $0 }\'')).toEqual({ stdout: 'got b\n2 b\n3 c\n', stderr: '', status: 0 });
  });

  test('getline var leaves $0 alone', async () => {
    // printf 'a\nb\nc\n' | awk 'NR == 1 { getline x; print "got", x, $0 } { print NR, $0 }'
    expect(await sh('printf \'a\\nb\\nc\\n\' | awk \'NR == 1 { getline x; print "got", x, $0 } { print NR, $0 }\'')).toEqual({ stdout: 'got b a\n2 a\n3 c\n', stderr: '', status: 0 });
  });

  test('getline in BEGIN reads the main input', async () => {
    // awk 'BEGIN { getline; print "first:", $0, NR; getline x; print "second:", x, NR }'
    expect(await sh('awk \'BEGIN { getline; print "first:", $0, NR; getline x; print "second:", x, NR }\'', 'l1\nl2\n')).toEqual({ stdout: 'first: l1 1\nsecond: l2 2\n', stderr: '', status: 0 });
  });

  test('a getline loop over the main input', async () => {
    // awk 'BEGIN { while ((getline line) > 0) n++; print n }'
    expect(await sh('awk \'BEGIN { while ((getline line) > 0) n++; print n }\'', 'a\nb\nc\n')).toEqual({ stdout: '3\n', stderr: '', status: 0 });
  });

  test('getline < file, in a loop, and close to read it again', async () => {
    // printf 'x\ny\n' > in.txt; awk 'BEGIN { while ((getline l < "in.txt") > 0) print "1:", l; close("in.txt"); getline < "in.txt"; print "2:", $0, NF, NR }'
    expect(await sh('printf \'x\\ny\\n\' > in.txt; awk \'BEGIN { while ((getline l < "in.txt") > 0) print "1:", l; close("in.txt"); getline < "in.txt"; print "2:", $0, NF, NR }\'')).toEqual({ stdout: '1: x\n1: y\n2: x 1 0\n', stderr: '', status: 0 });
  });

  test('getline from a missing file returns -1', async () => {
    // awk 'BEGIN { print (getline line < "/nonexistent"); print (getline line < "/tmp") }'
    expect(await sh('awk \'BEGIN { print (getline line < "/nonexistent"); print (getline line < "/tmp") }\'')).toEqual({ stdout: '-1\n-1\n', stderr: '', status: 0 });
  });

  test('command | getline, one line per call until closed', async () => {
    // awk 'BEGIN { "echo hi; echo there" | getline x; print x; "echo hi; echo there" | getline y; print y; print close("echo hi; echo there") }'
    expect(await sh('awk \'BEGIN { "echo hi; echo there" | getline x; print x; "echo hi; echo there" | getline y; print y; print close("echo hi; echo there") }\'')).toEqual({ stdout: 'hi\nthere\n0\n', stderr: '', status: 0 });
  });

  test('command | getline in a loop sets $0 and NF but not NR', async () => {
    // awk 'BEGIN { while (("echo a b c" | getline) > 0) print NF, $2; print NR }'
    expect(await sh('awk \'BEGIN { while (("echo a b c" | getline) > 0) print NF, $2; print NR }\'')).toEqual({ stdout: '3 b\n0\n', stderr: '', status: 0 });
  });

  test('numbers read by getline are strnums', async () => {
    // awk 'BEGIN { "echo 10" | getline n; print (n < 9), n * 2 }'
    expect(await sh('awk \'BEGIN { "echo 10" | getline n; print (n < 9), n * 2 }\'')).toEqual({ stdout: '0 20\n', stderr: '', status: 0 });
  });

  test('getline < "-" reads standard input', async () => {
    // awk 'BEGIN { getline line < "-"; print "got " line }'
    expect(await sh('awk \'BEGIN { getline line < "-"; print "got " line }\'', 'stdin line\n')).toEqual({ stdout: 'got stdin line\n', stderr: '', status: 0 });
  });
});

describe('awk: output redirections', () => {
  test('> truncates once, then appends until closed; >> appends', async () => {
    // awk 'BEGIN { print 1 > "out1"; print 2 > "out1"; close("out1"); print 3 >> "out1"; close("out1"); while ((getline l < "out1") > 0) print l }'
    expect(await sh('awk \'BEGIN { print 1 > "out1"; print 2 > "out1"; close("out1"); print 3 >> "out1"; close("out1"); while ((getline l < "out1") > 0) print l }\'')).toEqual({ stdout: '1\n2\n3\n', stderr: '', status: 0 });
  });

  test('splitting input into files named by a field', async () => {
    // awk '{ print > ($1 ".txt") } END { close("a.txt"); close("b.txt"); system("cat a.txt b.txt") }'
    expect(await sh('awk \'{ print > ($1 ".txt") } END { close("a.txt"); close("b.txt"); system("cat a.txt b.txt") }\'', 'a 1\nb 2\na 3\n')).toEqual({ stdout: 'a 1\na 3\nb 2\n', stderr: '', status: 0 });
  });

  test('printing to a command', async () => {
    // awk 'BEGIN { cmd = "sort -r"; print "a" | cmd; print "c" | cmd; print "b" | cmd; close(cmd); print "done" }'
    expect(await sh('awk \'BEGIN { cmd = "sort -r"; print "a" | cmd; print "c" | cmd; print "b" | cmd; close(cmd); print "done" }\'')).toEqual({ stdout: 'c\nb\na\ndone\n', stderr: '', status: 0 });
  });

  test('commands still open are closed (and waited for) at exit', async () => {
    // awk 'BEGIN { print "a"; print "b" | "cat"; print "c" }' | cat
    expect(await sh('awk \'BEGIN { print "a"; print "b" | "cat"; print "c" }\' | cat')).toEqual({ stdout: 'a\nb\nc\n', stderr: '', status: 0 });
  });

  test('close returns the exit status of a command', async () => {
    // awk 'BEGIN { print "x" | "cat >/dev/null; exit 7"; print close("cat >/dev/null; exit 7"); "exit 5" | getline; print close("exit 5"); print close("never opened") }'
    expect(await sh('awk \'BEGIN { print "x" | "cat >/dev/null; exit 7"; print close("cat >/dev/null; exit 7"); "exit 5" | getline; print close("exit 5"); print close("never opened") }\'')).toEqual({ stdout: '7\n5\n-1\n', stderr: '', status: 0 });
  });

  test('/dev/stdout, /dev/stderr and -', async () => {
    // awk 'BEGIN { print "x" > "/dev/stdout"; print "y" > "-"; print "e" > "/dev/stderr" }'
    expect(await sh('awk \'BEGIN { print "x" > "/dev/stdout"; print "y" > "-"; print "e" > "/dev/stderr" }\'')).toEqual({ stdout: 'x\ny\n', stderr: 'e\n', status: 0 });
  });

  test('stdout is buffered when it is a pipe, stderr is not', async () => {
    // awk 'BEGIN { print 1; print 2 > "/dev/stderr"; print 3 }' 2>&1 | cat
    expect(await sh('awk \'BEGIN { print 1; print 2 > "/dev/stderr"; print 3 }\' 2>&1 | cat')).toEqual({ stdout: '2\n1\n3\n', stderr: '', status: 0 });
  });

  test('messages flush stdout first', async () => {
    // awk 'BEGIN { print "a"; print log(-1) }' 2>&1 | cat
    expect(await sh('awk \'BEGIN { print "a"; print log(-1) }\' 2>&1 | cat')).toEqual({ stdout: 'a\nawk: cmd. line:1: warning: log: received negative argument -1\n-nan\n', stderr: '', status: 0 });
  });

  test('system() flushes output first and returns the status', async () => {
    // awk 'BEGIN { print "a"; r = system("echo b; exit 3"); print "c", r }' | cat
    expect(await sh('awk \'BEGIN { print "a"; r = system("echo b; exit 3"); print "c", r }\' | cat')).toEqual({ stdout: 'a\nb\nc 3\n', stderr: '', status: 0 });
  });

  test('fflush', async () => {
    // awk 'BEGIN { print "a"; fflush(); system("echo b"); print "c"; print fflush("nothing") }'
    expect(await sh('awk \'BEGIN { print "a"; fflush(); system("echo b"); print "c"; print fflush("nothing") }\'')).toEqual({ stdout: 'a\nb\nc\n-1\n', stderr: 'awk: cmd. line:1: warning: fflush: `nothing\' is not an open file, pipe or co-process\n', status: 0 });
  });

  test('a failed redirection is fatal', async () => {
    // awk 'BEGIN { print "x" > "/nonexistent/f" }'; echo "st=$?"
    expect(await sh('awk \'BEGIN { print "x" > "/nonexistent/f" }\'; echo "st=$?"')).toEqual({ stdout: 'st=2\n', stderr: 'awk: cmd. line:1: fatal: cannot redirect to `/nonexistent/f\': No such file or directory\n', status: 0 });
  });
});
