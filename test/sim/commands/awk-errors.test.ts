// awk's diagnostics: syntax errors with gawk's caret, parse-time errors, fatal runtime errors with
// (FILENAME=... FNR=...), warnings, usage errors and exit statuses, and gawk features this
// playground refuses loudly. Expectations were recorded from GNU Awk 5.2.1 (LC_ALL=C.UTF-8) by
// running the commented command with the real gawk installed as awk.

import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

describe('awk: syntax errors', () => {
  test('a missing closing brace', async () => {
    // awk '{print $1'; echo "st=$?"
    expect(await sh('awk \'{print $1\'; echo "st=$?"', 'x\n')).toEqual({ stdout: 'st=1\n', stderr: 'awk: cmd. line:1: {print $1\nawk: cmd. line:1:          ^ unexpected newline or end of string\n', status: 0 });
  });

  test('an unterminated string', async () => {
    // awk 'BEGIN{print "abc}'; echo "st=$?"
    expect(await sh('awk \'BEGIN{print "abc}\'; echo "st=$?"', 'x\n')).toEqual({ stdout: 'st=1\n', stderr: 'awk: cmd. line:1: BEGIN{print "abc}\nawk: cmd. line:1:             ^ unterminated string\n', status: 0 });
  });

  test('an operator without an operand', async () => {
    // awk 'BEGIN { x = 1 +; }'; echo "st=$?"
    expect(await sh('awk \'BEGIN { x = 1 +; }\'; echo "st=$?"', 'x\n')).toEqual({ stdout: 'st=1\n', stderr: 'awk: cmd. line:1: BEGIN { x = 1 +; }\nawk: cmd. line:1:                ^ syntax error\n', status: 0 });
  });

  test('a keyword where an operand belongs', async () => {
    // awk 'BEGIN { x = 1 + while }'; echo "st=$?"
    expect(await sh('awk \'BEGIN { x = 1 + while }\'; echo "st=$?"', 'x\n')).toEqual({ stdout: 'st=1\n', stderr: 'awk: cmd. line:1: BEGIN { x = 1 + while }\nawk: cmd. line:1:                 ^ syntax error\n', status: 0 });
  });

  test('an unclosed parenthesis', async () => {
    // awk 'BEGIN { x = (1 + 2 }'; echo "st=$?"
    expect(await sh('awk \'BEGIN { x = (1 + 2 }\'; echo "st=$?"', 'x\n')).toEqual({ stdout: 'st=1\n', stderr: 'awk: cmd. line:1: BEGIN { x = (1 + 2 }\nawk: cmd. line:1:                    ^ syntax error\n', status: 0 });
  });

  test('an error on a later line', async () => {
    // awk 'BEGIN { print 1
    // print 2 +
    // }'; echo "st=$?"
    expect(await sh('awk \'BEGIN { print 1\nprint 2 +\n}\'; echo "st=$?"', 'x\n')).toEqual({ stdout: 'st=1\n', stderr: 'awk: cmd. line:3: print 2 +\nawk: cmd. line:3:          ^ unexpected newline or end of string\n', status: 0 });
  });

  test('a newline where an operand belongs', async () => {
    // awk 'BEGIN { x = 1 + 
    // }'; echo "st=$?"
    expect(await sh('awk \'BEGIN { x = 1 + \n}\'; echo "st=$?"', 'x\n')).toEqual({ stdout: 'st=1\n', stderr: 'awk: cmd. line:2: BEGIN { x = 1 + \nawk: cmd. line:2:                 ^ unexpected newline or end of string\n', status: 0 });
  });

  test('the end of the program where an operand belongs', async () => {
    // awk 'BEGIN { x = 1 +'; echo "st=$?"
    expect(await sh('awk \'BEGIN { x = 1 +\'; echo "st=$?"', 'x\n')).toEqual({ stdout: 'st=1\n', stderr: 'awk: cmd. line:2: BEGIN { x = 1 +\nawk: cmd. line:2:                ^ unexpected newline or end of string\n', status: 0 });
  });

  test('tabs stay in the caret line', async () => {
    // awk 'BEGIN {	x =	1 + ; }'; echo "st=$?"
    expect(await sh('awk \'BEGIN {\tx =\t1 + ; }\'; echo "st=$?"', 'x\n')).toEqual({ stdout: 'st=1\n', stderr: 'awk: cmd. line:1: BEGIN {\tx =\t1 + ; }\nawk: cmd. line:1:        \t   \t    ^ syntax error\n', status: 0 });
  });

  test('an extra closing brace', async () => {
    // awk '{ print $1 } }
    // { print 3 }'; echo "st=$?"
    expect(await sh('awk \'{ print $1 } }\n{ print 3 }\'; echo "st=$?"', 'x\n')).toEqual({ stdout: 'st=1\n', stderr: 'awk: cmd. line:1: { print $1 } }\nawk: cmd. line:1:              ^ syntax error\n', status: 0 });
  });

  test('an unterminated regular expression', async () => {
    // awk '/abc'; echo "st=$?"
    expect(await sh('awk \'/abc\'; echo "st=$?"', 'x\n')).toEqual({ stdout: 'st=1\n', stderr: 'awk: cmd. line:1: /abc\nawk: cmd. line:1:  ^ unterminated regexp\n', status: 0 });
  });

  test('print > with no file', async () => {
    // awk 'BEGIN {print "a" > }'; echo "st=$?"
    expect(await sh('awk \'BEGIN {print "a" > }\'; echo "st=$?"', 'x\n')).toEqual({ stdout: 'st=1\n', stderr: 'awk: cmd. line:1: BEGIN {print "a" > }\nawk: cmd. line:1:                    ^ syntax error\n', status: 0 });
  });

  test('> in print is a redirection, so ?: after it is an error', async () => {
    // awk 'BEGIN{print 1>2 ? "a" : "b"}'; echo "st=$?"
    expect(await sh('awk \'BEGIN{print 1>2 ? "a" : "b"}\'; echo "st=$?"', 'x\n')).toEqual({ stdout: 'st=1\n', stderr: 'awk: cmd. line:1: BEGIN{print 1>2 ? "a" : "b"}\nawk: cmd. line:1:                 ^ syntax error\n', status: 0 });
  });

  test('a wrong number of arguments to a builtin', async () => {
    // awk 'BEGIN { print substr("x") }'; echo "st=$?"
    expect(await sh('awk \'BEGIN { print substr("x") }\'; echo "st=$?"', 'x\n')).toEqual({ stdout: 'st=1\n', stderr: 'awk: cmd. line:1: BEGIN { print substr("x") }\nawk: cmd. line:1:                         ^ 1 is invalid as number of arguments for substr\n', status: 0 });
  });

  test('return outside a function', async () => {
    // awk 'BEGIN { return }'; echo "st=$?"
    expect(await sh('awk \'BEGIN { return }\'; echo "st=$?"', 'x\n')).toEqual({ stdout: 'st=1\n', stderr: 'awk: cmd. line:1: BEGIN { return }\nawk: cmd. line:1:         ^ `return\' used outside function context\n', status: 0 });
  });

  test('a trailing comma', async () => {
    // awk 'BEGIN { print 1, }'; echo "st=$?"
    expect(await sh('awk \'BEGIN { print 1, }\'; echo "st=$?"', 'x\n')).toEqual({ stdout: 'st=1\n', stderr: 'awk: cmd. line:1: BEGIN { print 1, }\nawk: cmd. line:1:                  ^ syntax error\n', status: 0 });
  });

  test('comparisons do not chain', async () => {
    // awk 'BEGIN { print 1 < 2 < 3 }'; echo "st=$?"
    expect(await sh('awk \'BEGIN { print 1 < 2 < 3 }\'; echo "st=$?"', 'x\n')).toEqual({ stdout: 'st=1\n', stderr: 'awk: cmd. line:1: BEGIN { print 1 < 2 < 3 }\nawk: cmd. line:1:                     ^ syntax error\n', status: 0 });
  });
});

describe('awk: errors found before running', () => {
  test('division by a constant zero', async () => {
    // awk '{print 1/0}'; echo "st=$?"
    expect(await sh('awk \'{print 1/0}\'; echo "st=$?"', 'x\n')).toEqual({ stdout: 'st=1\n', stderr: 'awk: cmd. line:1: error: division by zero attempted\n', status: 0 });
  });

  test('next in BEGIN and END', async () => {
    // awk 'BEGIN { next }'; echo "st=$?"; awk 'END { next }'; echo "st=$?"
    expect(await sh('awk \'BEGIN { next }\'; echo "st=$?"; awk \'END { next }\'; echo "st=$?"')).toEqual({ stdout: 'st=1\nst=1\n', stderr: 'awk: cmd. line:1: error: `next\' used in BEGIN action\nawk: cmd. line:1: error: `next\' used in END action\n', status: 0 });
  });

  test('break outside a loop (gawk says it twice)', async () => {
    // awk 'BEGIN { break }'; echo "st=$?"
    expect(await sh('awk \'BEGIN { break }\'; echo "st=$?"')).toEqual({ stdout: 'st=1\n', stderr: 'awk: cmd. line:1: error: `break\' is not allowed outside a loop or switch\nawk: cmd. line:1: error: `break\' is not allowed outside a loop or switch\n', status: 0 });
  });

  test('a function named like its parameter, or defined twice', async () => {
    // awk 'function f(f) { }'; echo "st=$?"; awk 'function f(a) {} function f(b) {}'; echo "st=$?"
    expect(await sh('awk \'function f(f) { }\'; echo "st=$?"; awk \'function f(a) {} function f(b) {}\'; echo "st=$?"')).toEqual({ stdout: 'st=1\nst=1\n', stderr: 'awk: cmd. line:1: error: function `f\': cannot use function name as parameter name\nawk: cmd. line:1: error: function name `f\' previously defined\n', status: 0 });
  });

  test('calling an undefined function', async () => {
    // awk 'BEGIN { print foo(1) }'; echo "st=$?"
    expect(await sh('awk \'BEGIN { print foo(1) }\'; echo "st=$?"')).toEqual({ stdout: 'st=2\n', stderr: 'awk: cmd. line:1: fatal: function `foo\' not defined\n', status: 0 });
  });

  test('calling with too many arguments warns', async () => {
    // awk 'function f(x) { return } BEGIN { f(1,2); print "ok" }'; echo "st=$?"
    expect(await sh('awk \'function f(x) { return } BEGIN { f(1,2); print "ok" }\'; echo "st=$?"')).toEqual({ stdout: 'ok\nst=0\n', stderr: 'awk: cmd. line:1: warning: function `f\' called with more arguments than declared\n', status: 0 });
  });

  test('an invalid static regular expression', async () => {
    // awk '/(/'; echo "st=$?"; awk '/[[:foo:]]/'; echo "st=$?"
    expect(await sh('awk \'/(/\'; echo "st=$?"; awk \'/[[:foo:]]/\'; echo "st=$?"', 'x\n')).toEqual({ stdout: 'st=1\nst=1\n', stderr: 'awk: cmd. line:1: error: Unmatched ( or \\(: /(/\nawk: cmd. line:1: error: Invalid character class name: /[[:foo:]]/\n', status: 0 });
  });

  test('BEGIN and END need an action on the same line', async () => {
    // awk 'BEGIN
    // { print 1 }'; echo "st=$?"; awk 'END'; echo "st=$?"
    expect(await sh('awk \'BEGIN\n{ print 1 }\'; echo "st=$?"; awk \'END\'; echo "st=$?"')).toEqual({ stdout: 'st=1\nst=1\n', stderr: 'awk: cmd. line:2: BEGIN blocks must have an action part\nawk: cmd. line:1: END blocks must have an action part\n', status: 0 });
  });

  test('special variables cannot name functions or parameters', async () => {
    // awk 'function f(NR) { return NR } BEGIN { print f(1) }'; echo "st=$?"; awk 'function NR() { } BEGIN { }'; echo "st=$?"; awk 'function f(a, b, a) { } BEGIN { }'; echo "st=$?"
    expect(await sh('awk \'function f(NR) { return NR } BEGIN { print f(1) }\'; echo "st=$?"; awk \'function NR() { } BEGIN { }\'; echo "st=$?"; awk \'function f(a, b, a) { } BEGIN { }\'; echo "st=$?"')).toEqual({ stdout: 'st=1\nst=1\nst=1\n', stderr: 'awk: cmd. line:1: error: function `f\': cannot use special variable `NR\' as a function parameter\nawk: cmd. line:1: error: function name `NR\' previously defined\nawk: cmd. line:1: error: function `f\': parameter #3, `a\', duplicates parameter #1\n', status: 0 });
  });

  test('a function name used as a variable', async () => {
    // awk 'BEGIN { f = 1 } function f() {}'; echo "st=$?"
    expect(await sh('awk \'BEGIN { f = 1 } function f() {}\'; echo "st=$?"')).toEqual({ stdout: 'st=1\n', stderr: 'awk: cmd. line:1: error: function name `f\' previously defined\n', status: 0 });
  });

  test('unknown regexp escapes warn once, in and out of brackets', async () => {
    // printf 'a1\n' | awk '/\d/ { print "m" } { if ($0 ~ "a\\d") print "dyn"; if (match($0, /[\d]/)) print "br" } /\s/'
    expect(await sh('printf \'a1\\n\' | awk \'/\\d/ { print "m" } { if ($0 ~ "a\\\\d") print "dyn"; if (match($0, /[\\d]/)) print "br" } /\\s/\'')).toEqual({ stdout: '', stderr: 'awk: cmd. line:1: warning: regexp escape sequence `\\d\' is not a known regexp operator\n', status: 0 });
  });

  test('escape sequences that mean nothing warn', async () => {
    // awk 'BEGIN { s = "a\qb\/c"; print s }'; awk -v 'x=a\qb' 'BEGIN { print x }'
    expect(await sh('awk \'BEGIN { s = "a\\qb\\/c"; print s }\'; awk -v \'x=a\\qb\' \'BEGIN { print x }\'')).toEqual({ stdout: 'aqb/c\naqb\n', stderr: 'awk: cmd. line:1: warning: escape sequence `\\q\' treated as plain `q\'\nawk: cmd. line:1: warning: escape sequence `\\/\' treated as plain `/\'\nawk: warning: escape sequence `\\q\' treated as plain `q\'\n', status: 0 });
  });
});

describe('awk: fatal errors while running', () => {
  test('division by zero names the file and record', async () => {
    // echo x | awk '{x=0; print 1/x}'; echo "st=$?"; awk 'BEGIN{x=0; print 1/x}'; echo "st=$?"
    expect(await sh('echo x | awk \'{x=0; print 1/x}\'; echo "st=$?"; awk \'BEGIN{x=0; print 1/x}\'; echo "st=$?"')).toEqual({ stdout: 'st=2\nst=2\n', stderr: 'awk: cmd. line:1: (FILENAME=- FNR=1) fatal: division by zero attempted\nawk: cmd. line:1: fatal: division by zero attempted\n', status: 0 });
  });

  test('division by zero in % and the assignment operators', async () => {
    // awk 'BEGIN{ x = 0; print 5 % x }'; awk 'BEGIN{ x = 0; y = 5; y /= x }'; awk 'BEGIN{ x = 0; y = 5; y %= x }'; echo "st=$?"
    expect(await sh('awk \'BEGIN{ x = 0; print 5 % x }\'; awk \'BEGIN{ x = 0; y = 5; y /= x }\'; awk \'BEGIN{ x = 0; y = 5; y %= x }\'; echo "st=$?"')).toEqual({ stdout: 'st=2\n', stderr: 'awk: cmd. line:1: fatal: division by zero attempted in `%\'\nawk: cmd. line:1: fatal: division by zero attempted in `/=\'\nawk: cmd. line:1: fatal: division by zero attempted in `%=\'\n', status: 0 });
  });

  test('output before a fatal error is flushed first', async () => {
    // echo x | awk '{print "a"; x=0; print 1/x}' 2>&1 | cat
    expect(await sh('echo x | awk \'{print "a"; x=0; print 1/x}\' 2>&1 | cat')).toEqual({ stdout: 'a\nawk: cmd. line:1: (FILENAME=- FNR=1) fatal: division by zero attempted\n', stderr: '', status: 0 });
  });

  test('a scalar used as an array, after earlier output', async () => {
    // awk 'BEGIN{print "hi"; x = 1; x[1] = 2}'; echo "st=$?"
    expect(await sh('awk \'BEGIN{print "hi"; x = 1; x[1] = 2}\'; echo "st=$?"')).toEqual({ stdout: 'hi\nst=2\n', stderr: 'awk: cmd. line:1: fatal: attempt to use scalar `x\' as an array\n', status: 0 });
  });

  test('an array used as a scalar', async () => {
    // awk 'BEGIN{x[1]=1; print x}'; echo "st=$?"
    expect(await sh('awk \'BEGIN{x[1]=1; print x}\'; echo "st=$?"')).toEqual({ stdout: 'st=2\n', stderr: 'awk: cmd. line:1: fatal: attempt to use array `x\' in a scalar context\n', status: 0 });
  });

  test('array and scalar parameters mixed up', async () => {
    // awk 'function f(a){a[1]=1} BEGIN{x=1; f(x)}'; echo "st=$?"; awk 'function f(a) { return a } BEGIN{x[1]=1; f(x)}'; echo "st=$?"
    expect(await sh('awk \'function f(a){a[1]=1} BEGIN{x=1; f(x)}\'; echo "st=$?"; awk \'function f(a) { return a } BEGIN{x[1]=1; f(x)}\'; echo "st=$?"')).toEqual({ stdout: 'st=2\nst=2\n', stderr: 'awk: cmd. line:1: fatal: attempt to use scalar parameter `a\' as an array\nawk: cmd. line:1: fatal: attempt to use array `a (from x)\' in a scalar context\n', status: 0 });
  });

  test('negative field numbers and NF', async () => {
    // awk 'BEGIN{ print $-1 }'; echo "st=$?"; echo a | awk '{ $(-1) = 2 }'; echo "st=$?"; awk 'BEGIN{ NF = -1 }'; echo "st=$?"
    expect(await sh('awk \'BEGIN{ print $-1 }\'; echo "st=$?"; echo a | awk \'{ $(-1) = 2 }\'; echo "st=$?"; awk \'BEGIN{ NF = -1 }\'; echo "st=$?"')).toEqual({ stdout: 'st=2\nst=2\nst=2\n', stderr: 'awk: cmd. line:1: fatal: attempt to access field -1\nawk: cmd. line:1: (FILENAME=- FNR=1) fatal: attempt to access field -1\nawk: cmd. line:1: fatal: NF set to negative value\n', status: 0 });
  });

  test('an invalid dynamic regular expression', async () => {
    // awk '{ if ($0 ~ "(") print }'; echo "st=$?"
    expect(await sh('awk \'{ if ($0 ~ "(") print }\'; echo "st=$?"', 'x\n')).toEqual({ stdout: 'st=2\n', stderr: 'awk: cmd. line:1: (FILENAME=- FNR=1) fatal: invalid regexp: Unmatched ( or \\(: /(/\n', status: 0 });
  });

  test('next inside a function called from BEGIN or END', async () => {
    // awk 'function f() { next } BEGIN { f() }'; echo "st=$?"; awk 'function f() { next } END { f() }' </dev/null; echo "st=$?"
    expect(await sh('awk \'function f() { next } BEGIN { f() }\'; echo "st=$?"; awk \'function f() { next } END { f() }\' </dev/null; echo "st=$?"')).toEqual({ stdout: 'st=2\nst=2\n', stderr: 'awk: cmd. line:1: fatal: `next\' cannot be called from a `BEGIN\' rule\nawk: cmd. line:1: fatal: `next\' cannot be called from a `END\' rule\n', status: 0 });
  });

  test('not enough arguments for printf', async () => {
    // awk 'BEGIN { printf "%s %d %5s\n", "a" }'; echo "st=$?"
    expect(await sh('awk \'BEGIN { printf "%s %d %5s\\n", "a" }\'; echo "st=$?"')).toEqual({ stdout: 'st=2\n', stderr: 'awk: cmd. line:1: fatal: not enough arguments to satisfy format string\n\t`%s %d %5s\n\'\n\t    ^ ran out for this one\n', status: 0 });
  });

  test('a missing input file', async () => {
    // awk 1 nofile; echo "st=$?"; printf 'a\n' > f1; awk 1 f1 nofile; echo "st=$?"
    expect(await sh('awk 1 nofile; echo "st=$?"; printf \'a\\n\' > f1; awk 1 f1 nofile; echo "st=$?"')).toEqual({ stdout: 'st=2\na\nst=2\n', stderr: 'awk: fatal: cannot open file `nofile\' for reading: No such file or directory\nawk: cmd. line:1: fatal: cannot open file `nofile\' for reading: No such file or directory\n', status: 0 });
  });

  test('a directory operand is skipped with a warning', async () => {
    // printf 'a\n' > f1; mkdir d; awk 1 d f1; echo "st=$?"
    expect(await sh('printf \'a\\n\' > f1; mkdir d; awk 1 d f1; echo "st=$?"')).toEqual({ stdout: 'a\nst=0\n', stderr: 'awk: warning: command line argument `d\' is a directory: skipped\n', status: 0 });
  });

  test('a missing program file', async () => {
    // awk -f nofile; echo "st=$?"
    expect(await sh('awk -f nofile; echo "st=$?"')).toEqual({ stdout: 'st=2\n', stderr: 'awk: fatal: cannot open source file `nofile\' for reading: No such file or directory\n', status: 0 });
  });

  test('an invalid -v variable name', async () => {
    // awk -v 1x=3 'BEGIN{}'; echo "st=$?"
    expect(await sh('awk -v 1x=3 \'BEGIN{}\'; echo "st=$?"')).toEqual({ stdout: 'st=2\n', stderr: 'awk: fatal: `1x\' is not a legal variable name\n', status: 0 });
  });
});

describe('awk: command line', () => {
  test('no program prints the usage and exits 1', async () => {
    // awk 2>&1 | head -2; awk; echo "st=$?"
    expect(await sh('awk 2>&1 | head -2; awk; echo "st=$?"')).toEqual({ stdout: 'Usage: awk [POSIX or GNU style options] -f progfile [--] file ...\nUsage: awk [POSIX or GNU style options] [--] \'program\' file ...\nst=1\n', stderr: 'Usage: awk [POSIX or GNU style options] -f progfile [--] file ...\nUsage: awk [POSIX or GNU style options] [--] \'program\' file ...\nPOSIX options:\t\tGNU long options: (standard)\n\t-f progfile\t\t--file=progfile\n\t-F fs\t\t\t--field-separator=fs\n\t-v var=val\t\t--assign=var=val\nShort options:\t\tGNU long options: (extensions)\n\t-b\t\t\t--characters-as-bytes\n\t-c\t\t\t--traditional\n\t-C\t\t\t--copyright\n\t-d[file]\t\t--dump-variables[=file]\n\t-D[file]\t\t--debug[=file]\n\t-e \'program-text\'\t--source=\'program-text\'\n\t-E file\t\t\t--exec=file\n\t-g\t\t\t--gen-pot\n\t-h\t\t\t--help\n\t-i includefile\t\t--include=includefile\n\t-I\t\t\t--trace\n\t-l library\t\t--load=library\n\t-L[fatal|invalid|no-ext]\t--lint[=fatal|invalid|no-ext]\n\t-M\t\t\t--bignum\n\t-N\t\t\t--use-lc-numeric\n\t-n\t\t\t--non-decimal-data\n\t-o[file]\t\t--pretty-print[=file]\n\t-O\t\t\t--optimize\n\t-p[file]\t\t--profile[=file]\n\t-P\t\t\t--posix\n\t-r\t\t\t--re-interval\n\t-s\t\t\t--no-optimize\n\t-S\t\t\t--sandbox\n\t-t\t\t\t--lint-old\n\t-V\t\t\t--version\n\nTo report bugs, use the `gawkbug\' program.\nFor full instructions, see the node `Bugs\' in `gawk.info\'\nwhich is section `Reporting Problems and Bugs\' in the\nprinted version.  This same information may be found at\nhttps://www.gnu.org/software/gawk/manual/html_node/Bugs.html.\nPLEASE do NOT try to report bugs by posting in comp.lang.awk,\nor by using a web forum such as Stack Overflow.\n\ngawk is a pattern scanning and processing language.\nBy default it reads standard input and writes standard output.\n\nExamples:\n\tawk \'{ sum += $1 }; END { print sum }\' file\n\tawk -F: \'{ print $1 }\' /etc/passwd\n', status: 0 });
  });

  test('an unknown option', async () => {
    // awk -q 1 2>&1 | head -1; awk -q 1 2>/dev/null; echo "st=$?"
    expect(await sh('awk -q 1 2>&1 | head -1; awk -q 1 2>/dev/null; echo "st=$?"')).toEqual({ stdout: 'Usage: awk [POSIX or GNU style options] -f progfile [--] file ...\nst=1\n', stderr: '', status: 0 });
  });

  test('an option missing its argument', async () => {
    // awk -F 2>&1 | head -2
    expect(await sh('awk -F 2>&1 | head -2')).toEqual({ stdout: 'awk: option requires an argument -- F\nUsage: awk [POSIX or GNU style options] -f progfile [--] file ...\n', stderr: '', status: 0 });
  });

  test('-v without var=value', async () => {
    // awk -v x 1 2>&1 | head -3
    expect(await sh('awk -v x 1 2>&1 | head -3')).toEqual({ stdout: 'awk: `x\' argument to `-v\' not in `var=value\' form\n\nUsage: awk [POSIX or GNU style options] -f progfile [--] file ...\n', stderr: '', status: 0 });
  });

  test('--help and -h print the usage on stdout', async () => {
    // awk --help | head -3; awk -h | tail -2
    expect(await sh('awk --help | head -3; awk -h | tail -2')).toEqual({ stdout: 'Usage: awk [POSIX or GNU style options] -f progfile [--] file ...\nUsage: awk [POSIX or GNU style options] [--] \'program\' file ...\nPOSIX options:\t\tGNU long options: (standard)\n\tawk \'{ sum += $1 }; END { print sum }\' file\n\tawk -F: \'{ print $1 }\' /etc/passwd\n', stderr: '', status: 0 });
  });

  test('--version and -W version', async () => {
    // awk --version | head -2; awk -W version | head -1
    expect(await sh('awk --version | head -2; awk -W version | head -1')).toEqual({ stdout: 'GNU Awk 5.2.1, API 3.2, PMA Avon 8-g1, (GNU MPFR 4.2.0, GNU MP 6.2.1)\nCopyright (C) 1989, 1991-2022 Free Software Foundation.\nGNU Awk 5.2.1, API 3.2, PMA Avon 8-g1, (GNU MPFR 4.2.0, GNU MP 6.2.1)\n', stderr: '', status: 0 });
  });

  test('options stop at the program text', async () => {
    // echo 'a b' | awk '{print}' -v x=1; echo "st=$?"
    expect(await sh('echo \'a b\' | awk \'{print}\' -v x=1; echo "st=$?"')).toEqual({ stdout: 'st=2\n', stderr: 'awk: fatal: cannot open file `-v\' for reading: No such file or directory\n', status: 0 });
  });
});
