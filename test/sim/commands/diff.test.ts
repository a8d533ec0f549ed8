// diff, compared with GNU diffutils 3.8 (LC_ALL=C.UTF-8): every expectation below was recorded from
// the real command shown in the comment above it.

import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

describe('diff', () => {
  test('normal format: a, d and c commands; exit status 1 when files differ', async () => {
    // printf 'a\nb\nc\n' > f1; printf 'a\nB\nc\nd\n' > f2; diff f1 f2; echo $?
    expect(await sh('printf \'a\\nb\\nc\\n\' > f1; printf \'a\\nB\\nc\\nd\\n\' > f2; diff f1 f2; echo $?')).toEqual({ stdout: '2c2\n< b\n---\n> B\n3a4\n> d\n1\n', stderr: '', status: 0 });
    // printf 'a\nb\nc\n' > f1; printf 'b\nc\n' > f2; diff f1 f2
    expect(await sh('printf \'a\\nb\\nc\\n\' > f1; printf \'b\\nc\\n\' > f2; diff f1 f2')).toEqual({ stdout: '1d0\n< a\n', stderr: '', status: 1 });
    // printf 'a\nb\nc\n' > f1; printf 'a\nb\nc\n' > f2; diff f1 f2; echo $?
    expect(await sh('printf \'a\\nb\\nc\\n\' > f1; printf \'a\\nb\\nc\\n\' > f2; diff f1 f2; echo $?')).toEqual({ stdout: '0\n', stderr: '', status: 0 });
    // printf '' > f1; printf 'x\ny\n' > f2; diff f1 f2; diff f2 f1
    expect(await sh('printf \'\' > f1; printf \'x\\ny\\n\' > f2; diff f1 f2; diff f2 f1')).toEqual({ stdout: '0a1,2\n> x\n> y\n1,2d0\n< x\n< y\n', stderr: '', status: 1 });
    // printf 'a\nb\nc\nd\ne\nf\n' > f1; printf 'a\nX\nc\nd\nY\nZ\nf\n' > f2; diff f1 f2
    expect(await sh('printf \'a\\nb\\nc\\nd\\ne\\nf\\n\' > f1; printf \'a\\nX\\nc\\nd\\nY\\nZ\\nf\\n\' > f2; diff f1 f2')).toEqual({ stdout: '2c2\n< b\n---\n> X\n5c5,6\n< e\n---\n> Y\n> Z\n', stderr: '', status: 1 });
  });

  test('lines without a final newline are flagged', async () => {
    // printf 'a\nb' > f1; printf 'a\nb\n' > f2; diff f1 f2; echo $?
    expect(await sh('printf \'a\\nb\' > f1; printf \'a\\nb\\n\' > f2; diff f1 f2; echo $?')).toEqual({ stdout: '2c2\n< b\n\\ No newline at end of file\n---\n> b\n1\n', stderr: '', status: 0 });
    // printf 'a\nb' > f1; printf 'a\nc' > f2; diff f1 f2
    expect(await sh('printf \'a\\nb\' > f1; printf \'a\\nc\' > f2; diff f1 f2')).toEqual({ stdout: '2c2\n< b\n\\ No newline at end of file\n---\n> c\n\\ No newline at end of file\n', stderr: '', status: 1 });
    // printf 'a\nb' > f1; printf 'a\nb' > f2; diff f1 f2; echo $?
    expect(await sh('printf \'a\\nb\' > f1; printf \'a\\nb\' > f2; diff f1 f2; echo $?')).toEqual({ stdout: '0\n', stderr: '', status: 0 });
    // printf 'a\nb' > f1; printf 'a\nc' > f2; touch -d '2026-11-25 10:00:00' f1 f2; diff -u f1 f2
    expect(await sh('printf \'a\\nb\' > f1; printf \'a\\nc\' > f2; touch -d \'2026-11-25 10:00:00\' f1 f2; diff -u f1 f2')).toEqual({ stdout: '--- f1\t2026-11-25 10:00:00.000000000 +0000\n+++ f2\t2026-11-25 10:00:00.000000000 +0000\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n', stderr: '', status: 1 });
  });

  test('unified format, with headers from the files\' modification times', async () => {
    // printf 'a\nb\nc\n' > f1; printf 'a\nB\nc\nd\n' > f2; touch -d '2026-11-25 10:00:00' f1 f2; diff -u f1 f2; echo $?
    expect(await sh('printf \'a\\nb\\nc\\n\' > f1; printf \'a\\nB\\nc\\nd\\n\' > f2; touch -d \'2026-11-25 10:00:00\' f1 f2; diff -u f1 f2; echo $?')).toEqual({ stdout: '--- f1\t2026-11-25 10:00:00.000000000 +0000\n+++ f2\t2026-11-25 10:00:00.000000000 +0000\n@@ -1,3 +1,4 @@\n a\n-b\n+B\n c\n+d\n1\n', stderr: '', status: 0 });
    // printf '1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n' > f1; printf '1\nX\n3\n4\n5\n6\n7\n8\n9\n10\nY\n12\n' > f2; touch -d '2026-11-25 10:00:00' f1 f2; diff -u f1 f2
    expect(await sh('printf \'1\\n2\\n3\\n4\\n5\\n6\\n7\\n8\\n9\\n10\\n11\\n12\\n\' > f1; printf \'1\\nX\\n3\\n4\\n5\\n6\\n7\\n8\\n9\\n10\\nY\\n12\\n\' > f2; touch -d \'2026-11-25 10:00:00\' f1 f2; diff -u f1 f2')).toEqual({ stdout: '--- f1\t2026-11-25 10:00:00.000000000 +0000\n+++ f2\t2026-11-25 10:00:00.000000000 +0000\n@@ -1,5 +1,5 @@\n 1\n-2\n+X\n 3\n 4\n 5\n@@ -8,5 +8,5 @@\n 8\n 9\n 10\n-11\n+Y\n 12\n', stderr: '', status: 1 });
    // printf '1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n' > f1; printf '1\nX\n3\n4\n5\n6\n7\n8\n9\n10\nY\n12\n' > f2; touch -d '2026-11-25 10:00:00' f1 f2; diff -U 1 f1 f2; diff -U0 f1 f2; diff --unified=4 f1 f2
    expect(await sh('printf \'1\\n2\\n3\\n4\\n5\\n6\\n7\\n8\\n9\\n10\\n11\\n12\\n\' > f1; printf \'1\\nX\\n3\\n4\\n5\\n6\\n7\\n8\\n9\\n10\\nY\\n12\\n\' > f2; touch -d \'2026-11-25 10:00:00\' f1 f2; diff -U 1 f1 f2; diff -U0 f1 f2; diff --unified=4 f1 f2')).toEqual({ stdout: '--- f1\t2026-11-25 10:00:00.000000000 +0000\n+++ f2\t2026-11-25 10:00:00.000000000 +0000\n@@ -1,3 +1,3 @@\n 1\n-2\n+X\n 3\n@@ -10,3 +10,3 @@\n 10\n-11\n+Y\n 12\n--- f1\t2026-11-25 10:00:00.000000000 +0000\n+++ f2\t2026-11-25 10:00:00.000000000 +0000\n@@ -2 +2 @@\n-2\n+X\n@@ -11 +11 @@\n-11\n+Y\n--- f1\t2026-11-25 10:00:00.000000000 +0000\n+++ f2\t2026-11-25 10:00:00.000000000 +0000\n@@ -1,12 +1,12 @@\n 1\n-2\n+X\n 3\n 4\n 5\n 6\n 7\n 8\n 9\n 10\n-11\n+Y\n 12\n', stderr: '', status: 1 });
    // printf '1\n2\n3\n4\n5\n6\n7\n8\n' > f1; printf '1\n2\n3\n4\nX\n6\n7\n8\n' > f2; touch -d '2026-11-25 10:00:00' f1 f2; diff -2 -u f1 f2; diff -u1 f1 f2
    expect(await sh('printf \'1\\n2\\n3\\n4\\n5\\n6\\n7\\n8\\n\' > f1; printf \'1\\n2\\n3\\n4\\nX\\n6\\n7\\n8\\n\' > f2; touch -d \'2026-11-25 10:00:00\' f1 f2; diff -2 -u f1 f2; diff -u1 f1 f2')).toEqual({ stdout: '--- f1\t2026-11-25 10:00:00.000000000 +0000\n+++ f2\t2026-11-25 10:00:00.000000000 +0000\n@@ -3,5 +3,5 @@\n 3\n 4\n-5\n+X\n 6\n 7\n--- f1\t2026-11-25 10:00:00.000000000 +0000\n+++ f2\t2026-11-25 10:00:00.000000000 +0000\n@@ -4,3 +4,3 @@\n 4\n-5\n+X\n 6\n', stderr: '', status: 1 });
    // printf '' > f1; printf 'x\n' > f2; touch -d '2026-11-25 10:00:00' f1 f2; diff -u f1 f2; diff -u f2 f1
    expect(await sh('printf \'\' > f1; printf \'x\\n\' > f2; touch -d \'2026-11-25 10:00:00\' f1 f2; diff -u f1 f2; diff -u f2 f1')).toEqual({ stdout: '--- f1\t2026-11-25 10:00:00.000000000 +0000\n+++ f2\t2026-11-25 10:00:00.000000000 +0000\n@@ -0,0 +1 @@\n+x\n--- f2\t2026-11-25 10:00:00.000000000 +0000\n+++ f1\t2026-11-25 10:00:00.000000000 +0000\n@@ -1 +0,0 @@\n-x\n', stderr: '', status: 1 });
    // printf 'a\n' > f1; printf 'b\n' > f2; touch -d '2026-11-25 10:00:00Z' f1 f2; TZ=Asia/Tokyo diff -u f1 f2
    expect(await sh('printf \'a\\n\' > f1; printf \'b\\n\' > f2; touch -d \'2026-11-25 10:00:00Z\' f1 f2; TZ=Asia/Tokyo diff -u f1 f2')).toEqual({ stdout: '--- f1\t2026-11-25 19:00:00.000000000 +0900\n+++ f2\t2026-11-25 19:00:00.000000000 +0900\n@@ -1 +1 @@\n-a\n+b\n', stderr: '', status: 1 });
    // printf 'a\n' > f1; printf 'b\n' > f2; touch -d '2026-11-25 10:00:00' f1 f2; diff -u --label old --label new f1 f2; diff -u -L old f1 f2 | head -2
    expect(await sh('printf \'a\\n\' > f1; printf \'b\\n\' > f2; touch -d \'2026-11-25 10:00:00\' f1 f2; diff -u --label old --label new f1 f2; diff -u -L old f1 f2 | head -2')).toEqual({ stdout: '--- old\n+++ new\n@@ -1 +1 @@\n-a\n+b\n--- old\n+++ f2\t2026-11-25 10:00:00.000000000 +0000\n', stderr: '', status: 0 });
  });

  test('context format', async () => {
    // printf 'a\nb\nc\n' > f1; printf 'a\nB\nc\nd\n' > f2; touch -d '2026-11-25 10:00:00' f1 f2; diff -c f1 f2
    expect(await sh('printf \'a\\nb\\nc\\n\' > f1; printf \'a\\nB\\nc\\nd\\n\' > f2; touch -d \'2026-11-25 10:00:00\' f1 f2; diff -c f1 f2')).toEqual({ stdout: '*** f1\t2026-11-25 10:00:00.000000000 +0000\n--- f2\t2026-11-25 10:00:00.000000000 +0000\n***************\n*** 1,3 ****\n  a\n! b\n  c\n--- 1,4 ----\n  a\n! B\n  c\n+ d\n', stderr: '', status: 1 });
    // printf 'a\nb\nc\nd\ne\nf\ng\nh\n' > f1; printf 'a\nb\nc\nX\ne\nf\ng\nh\n' > f2; touch -d '2026-11-25 10:00:00' f1 f2; diff --context=1 f1 f2; diff -C 0 f1 f2
    expect(await sh('printf \'a\\nb\\nc\\nd\\ne\\nf\\ng\\nh\\n\' > f1; printf \'a\\nb\\nc\\nX\\ne\\nf\\ng\\nh\\n\' > f2; touch -d \'2026-11-25 10:00:00\' f1 f2; diff --context=1 f1 f2; diff -C 0 f1 f2')).toEqual({ stdout: '*** f1\t2026-11-25 10:00:00.000000000 +0000\n--- f2\t2026-11-25 10:00:00.000000000 +0000\n***************\n*** 3,5 ****\n  c\n! d\n  e\n--- 3,5 ----\n  c\n! X\n  e\n*** f1\t2026-11-25 10:00:00.000000000 +0000\n--- f2\t2026-11-25 10:00:00.000000000 +0000\n***************\n*** 4 ****\n! d\n--- 4 ----\n! X\n', stderr: '', status: 1 });
    // printf 'a\nb\nc\n' > f1; printf 'a\nc\n' > f2; touch -d '2026-11-25 10:00:00' f1 f2; diff -c f1 f2
    expect(await sh('printf \'a\\nb\\nc\\n\' > f1; printf \'a\\nc\\n\' > f2; touch -d \'2026-11-25 10:00:00\' f1 f2; diff -c f1 f2')).toEqual({ stdout: '*** f1\t2026-11-25 10:00:00.000000000 +0000\n--- f2\t2026-11-25 10:00:00.000000000 +0000\n***************\n*** 1,3 ****\n  a\n- b\n  c\n--- 1,2 ----\n', stderr: '', status: 1 });
  });

  test('-i, -b, -w, -Z and -B ignore some differences', async () => {
    // printf 'Hello\nworld\n' > f1; printf 'hello\nWORLD\n' > f2; diff -i f1 f2; echo $?
    expect(await sh('printf \'Hello\\nworld\\n\' > f1; printf \'hello\\nWORLD\\n\' > f2; diff -i f1 f2; echo $?')).toEqual({ stdout: '0\n', stderr: '', status: 0 });
    // printf 'a  b\nc \n' > f1; printf 'a b\nc\n' > f2; diff -b f1 f2; echo $?; diff f1 f2
    expect(await sh('printf \'a  b\\nc \\n\' > f1; printf \'a b\\nc\\n\' > f2; diff -b f1 f2; echo $?; diff f1 f2')).toEqual({ stdout: '0\n1,2c1,2\n< a  b\n< c \n---\n> a b\n> c\n', stderr: '', status: 1 });
    // printf 'a b\n' > f1; printf 'ab\n' > f2; diff -w f1 f2; echo $?; diff -b f1 f2
    expect(await sh('printf \'a b\\n\' > f1; printf \'ab\\n\' > f2; diff -w f1 f2; echo $?; diff -b f1 f2')).toEqual({ stdout: '0\n1c1\n< a b\n---\n> ab\n', stderr: '', status: 1 });
    // printf 'a \n' > f1; printf 'a\n' > f2; diff -Z f1 f2; echo $?
    expect(await sh('printf \'a \\n\' > f1; printf \'a\\n\' > f2; diff -Z f1 f2; echo $?')).toEqual({ stdout: '0\n', stderr: '', status: 0 });
    // printf 'a\n\nb\n' > f1; printf 'a\nb\n\n' > f2; diff -B f1 f2; echo $?
    expect(await sh('printf \'a\\n\\nb\\n\' > f1; printf \'a\\nb\\n\\n\' > f2; diff -B f1 f2; echo $?')).toEqual({ stdout: '0\n', stderr: '', status: 0 });
    // printf 'a\nb\n' > f1; printf 'a\n\nc\n' > f2; diff -B f1 f2; echo $?
    expect(await sh('printf \'a\\nb\\n\' > f1; printf \'a\\n\\nc\\n\' > f2; diff -B f1 f2; echo $?')).toEqual({ stdout: '2c2,3\n< b\n---\n> \n> c\n1\n', stderr: '', status: 0 });
  });

  test('-q, -s, -t, -T and --suppress-blank-empty', async () => {
    // printf 'a\n' > f1; printf 'b\n' > f2; diff -q f1 f2; echo $?; diff -q f1 f1; echo $?
    expect(await sh('printf \'a\\n\' > f1; printf \'b\\n\' > f2; diff -q f1 f2; echo $?; diff -q f1 f1; echo $?')).toEqual({ stdout: 'Files f1 and f2 differ\n1\n0\n', stderr: '', status: 0 });
    // printf 'a\n' > f1; cp f1 f2; diff -s f1 f2; echo $?
    expect(await sh('printf \'a\\n\' > f1; cp f1 f2; diff -s f1 f2; echo $?')).toEqual({ stdout: 'Files f1 and f2 are identical\n0\n', stderr: '', status: 0 });
    // printf 'a\tb\n' > f1; printf 'a\tc\n' > f2; diff -t f1 f2; diff -T f1 f2
    expect(await sh('printf \'a\\tb\\n\' > f1; printf \'a\\tc\\n\' > f2; diff -t f1 f2; diff -T f1 f2')).toEqual({ stdout: '1c1\n< a       b\n---\n> a       c\n1c1\n<\ta\tb\n---\n>\ta\tc\n', stderr: '', status: 1 });
    // printf 'a\n\nb\n' > f1; printf 'x\n\ny\n' > f2; touch -d '2026-11-25 10:00:00' f1 f2; diff -u --suppress-blank-empty f1 f2
    expect(await sh('printf \'a\\n\\nb\\n\' > f1; printf \'x\\n\\ny\\n\' > f2; touch -d \'2026-11-25 10:00:00\' f1 f2; diff -u --suppress-blank-empty f1 f2')).toEqual({ stdout: '--- f1\t2026-11-25 10:00:00.000000000 +0000\n+++ f2\t2026-11-25 10:00:00.000000000 +0000\n@@ -1,3 +1,3 @@\n-a\n+x\n\n-b\n+y\n', stderr: '', status: 1 });
  });

  test('binary files and -a', async () => {
    // printf 'a\0b\n' > b1; printf 'a\0c\n' > b2; diff b1 b2; echo $?; diff -q b1 b2; diff -a b1 b2 | od -c
    expect(await sh('printf \'a\\0b\\n\' > b1; printf \'a\\0c\\n\' > b2; diff b1 b2; echo $?; diff -q b1 b2; diff -a b1 b2 | od -c')).toEqual({ stdout: 'Binary files b1 and b2 differ\n1\nFiles b1 and b2 differ\n0000000   1   c   1  \\n   <       a  \\0   b  \\n   -   -   -  \\n   >    \n0000020   a  \\0   c  \\n\n0000024\n', stderr: '', status: 0 });
    // printf 'a\0b\n' > b1; cp b1 b2; diff b1 b2; echo $?
    expect(await sh('printf \'a\\0b\\n\' > b1; cp b1 b2; diff b1 b2; echo $?')).toEqual({ stdout: '0\n', stderr: '', status: 0 });
  });

  test('standard input, missing files and -N', async () => {
    // printf 'a\nb\n' > f1; printf 'a\nc\n' | diff f1 -; echo $?
    expect(await sh('printf \'a\\nb\\n\' > f1; printf \'a\\nc\\n\' | diff f1 -; echo $?')).toEqual({ stdout: '2c2\n< b\n---\n> c\n1\n', stderr: '', status: 0 });
    // printf 'a\n' | diff - -; echo $?
    expect(await sh('printf \'a\\n\' | diff - -; echo $?')).toEqual({ stdout: '0\n', stderr: '', status: 0 });
    // printf 'x\n' > f; diff f nope; echo $?
    expect(await sh('printf \'x\\n\' > f; diff f nope; echo $?')).toEqual({ stdout: '2\n', stderr: 'diff: nope: No such file or directory\n', status: 0 });
    // diff nope1 nope2; echo $?
    expect(await sh('diff nope1 nope2; echo $?')).toEqual({ stdout: '2\n', stderr: 'diff: nope1: No such file or directory\ndiff: nope2: No such file or directory\n', status: 0 });
    // printf 'x\n' > f; diff -N f nope; echo $?; diff -N nope f; echo $?
    expect(await sh('printf \'x\\n\' > f; diff -N f nope; echo $?; diff -N nope f; echo $?')).toEqual({ stdout: '1d0\n< x\n1\n0a1\n> x\n1\n', stderr: '', status: 0 });
    // printf 'x\n' > f; diff -P nope f; echo $?; diff -P f nope; echo $?
    expect(await sh('printf \'x\\n\' > f; diff -P nope f; echo $?; diff -P f nope; echo $?')).toEqual({ stdout: '0a1\n> x\n1\n2\n', stderr: 'diff: nope: No such file or directory\n', status: 0 });
  });

  test('a directory and a file, and whole directories', async () => {
    // mkdir d; printf 'x\n' > d/f; printf 'y\n' > f; diff f d; echo $?; diff d f; echo $?
    expect(await sh('mkdir d; printf \'x\\n\' > d/f; printf \'y\\n\' > f; diff f d; echo $?; diff d f; echo $?')).toEqual({ stdout: '1c1\n< y\n---\n> x\n1\n1c1\n< x\n---\n> y\n1\n', stderr: '', status: 0 });
    // mkdir d; printf 'x\n' > f; diff f d; echo $?
    expect(await sh('mkdir d; printf \'x\\n\' > f; diff f d; echo $?')).toEqual({ stdout: '2\n', stderr: 'diff: d/f: No such file or directory\n', status: 0 });
    // mkdir d; printf 'x\n' > f; diff - d < f; echo $?
    expect(await sh('mkdir d; printf \'x\\n\' > f; diff - d < f; echo $?')).toEqual({ stdout: '2\n', stderr: 'diff: cannot compare \'-\' to a directory\n', status: 0 });
    // mkdir a b; printf '1\n' > a/same; cp a/same b/same; printf 'x\n' > a/diff; printf 'y\n' > b/diff; printf 'o\n' > a/only; mkdir a/sub b/sub; diff a b; echo $?
    expect(await sh('mkdir a b; printf \'1\\n\' > a/same; cp a/same b/same; printf \'x\\n\' > a/diff; printf \'y\\n\' > b/diff; printf \'o\\n\' > a/only; mkdir a/sub b/sub; diff a b; echo $?')).toEqual({ stdout: 'diff a/diff b/diff\n1c1\n< x\n---\n> y\nOnly in a: only\nCommon subdirectories: a/sub and b/sub\n1\n', stderr: '', status: 0 });
    // mkdir a b; printf 'x\n' > a/diff; printf 'y\n' > b/diff; printf 'o\n' > b/only; diff -q a b; echo $?
    expect(await sh('mkdir a b; printf \'x\\n\' > a/diff; printf \'y\\n\' > b/diff; printf \'o\\n\' > b/only; diff -q a b; echo $?')).toEqual({ stdout: 'Files a/diff and b/diff differ\nOnly in b: only\n1\n', stderr: '', status: 0 });
    // mkdir -p a/sub b/sub a/x; printf '1\n' > a/sub/f; printf '2\n' > b/sub/f; printf 'n\n' > a/x/n; touch -d '2026-11-25 10:00:00' a/sub/f b/sub/f; diff -r a b; echo $?; diff -ru a b; echo $?
    expect(await sh('mkdir -p a/sub b/sub a/x; printf \'1\\n\' > a/sub/f; printf \'2\\n\' > b/sub/f; printf \'n\\n\' > a/x/n; touch -d \'2026-11-25 10:00:00\' a/sub/f b/sub/f; diff -r a b; echo $?; diff -ru a b; echo $?')).toEqual({ stdout: 'diff -r a/sub/f b/sub/f\n1c1\n< 1\n---\n> 2\nOnly in a: x\n1\ndiff -ru a/sub/f b/sub/f\n--- a/sub/f\t2026-11-25 10:00:00.000000000 +0000\n+++ b/sub/f\t2026-11-25 10:00:00.000000000 +0000\n@@ -1 +1 @@\n-1\n+2\nOnly in a: x\n1\n', stderr: '', status: 0 });
    // mkdir -p a/sub b; printf '1\n' > a/sub/f; printf 'g\n' > a/g; touch -d '2026-11-25 10:00:00' a/sub/f a/g; diff -rN a b; echo $?
    expect(await sh('mkdir -p a/sub b; printf \'1\\n\' > a/sub/f; printf \'g\\n\' > a/g; touch -d \'2026-11-25 10:00:00\' a/sub/f a/g; diff -rN a b; echo $?')).toEqual({ stdout: 'diff -rN a/g b/g\n1d0\n< g\ndiff -rN a/sub/f b/sub/f\n1d0\n< 1\n1\n', stderr: '', status: 0 });
    // mkdir a b; printf 'x\n' > a/f; mkdir b/f; diff a b; echo $?
    expect(await sh('mkdir a b; printf \'x\\n\' > a/f; mkdir b/f; diff a b; echo $?')).toEqual({ stdout: 'File a/f is a regular file while file b/f is a directory\n1\n', stderr: '', status: 0 });
    // mkdir a b; printf 'x\n' > a/f; cp a/f b/f; diff -s a b; echo $?; diff -rs a b; echo $?
    expect(await sh('mkdir a b; printf \'x\\n\' > a/f; cp a/f b/f; diff -s a b; echo $?; diff -rs a b; echo $?')).toEqual({ stdout: 'Files a/f and b/f are identical\n0\nFiles a/f and b/f are identical\n0\n', stderr: '', status: 0 });
  });

  test('many changes among repeated lines come out as GNU\'s hunks', async () => {
    // printf '16\n12\n27\n12\n13\n24\n14\n37\n20\n13\n8\n8\n31\n22\n2\n4\n17\n10\n7\n28\n30\n17\n13\n26\n24\n33\n31\n20\n39\n28\n20\n4\n2\n17\n38\n2\n17\n36\n22\n19\n36\n1\n8\n25\n29\n12\n1\n17\n15\n9\n3\n7\n28\n6\n34\n23\n4\n12\n12\n30\n16\n11\n0\n30\n34\n2\n11\n14\n17\n22\n34\n33\n32\n39\n10\n25\n14\n5\n26\n24\n' > a; printf '16\n12\n27\n12\n13\n24\n14\n37\n20\n13\n8\n8\n31\n22\n2\n4\n17\n10\n7\n28\n30\n17\n13\n26\n24\nnew\n33\n31\n20\n39\n28\n20\n4\n2\n17\n38\n2\n17\n36\n22\n19\n36\n1\n8\n25\n29\n12\n1\n0\n15\n9\n3\n7\n28\n6\n34\n23\n4\n12\n12\n30\n16\n11\n0\n30\n34\n2\n11\n14\n17\n22\n34\n33\n32\n39\n10\n25\n14\n5\n26\n24\n' > b; touch -d '2026-11-25 10:00:00' a b; diff -B a b; echo $?
    expect(await sh('printf \'16\\n12\\n27\\n12\\n13\\n24\\n14\\n37\\n20\\n13\\n8\\n8\\n31\\n22\\n2\\n4\\n17\\n10\\n7\\n28\\n30\\n17\\n13\\n26\\n24\\n33\\n31\\n20\\n39\\n28\\n20\\n4\\n2\\n17\\n38\\n2\\n17\\n36\\n22\\n19\\n36\\n1\\n8\\n25\\n29\\n12\\n1\\n17\\n15\\n9\\n3\\n7\\n28\\n6\\n34\\n23\\n4\\n12\\n12\\n30\\n16\\n11\\n0\\n30\\n34\\n2\\n11\\n14\\n17\\n22\\n34\\n33\\n32\\n39\\n10\\n25\\n14\\n5\\n26\\n24\\n\' > a; printf \'16\\n12\\n27\\n12\\n13\\n24\\n14\\n37\\n20\\n13\\n8\\n8\\n31\\n22\\n2\\n4\\n17\\n10\\n7\\n28\\n30\\n17\\n13\\n26\\n24\\nnew\\n33\\n31\\n20\\n39\\n28\\n20\\n4\\n2\\n17\\n38\\n2\\n17\\n36\\n22\\n19\\n36\\n1\\n8\\n25\\n29\\n12\\n1\\n0\\n15\\n9\\n3\\n7\\n28\\n6\\n34\\n23\\n4\\n12\\n12\\n30\\n16\\n11\\n0\\n30\\n34\\n2\\n11\\n14\\n17\\n22\\n34\\n33\\n32\\n39\\n10\\n25\\n14\\n5\\n26\\n24\\n\' > b; touch -d \'2026-11-25 10:00:00\' a b; diff -B a b; echo $?')).toEqual({ stdout: '25a26\n> new\n48c49\n< 17\n---\n> 0\n1\n', stderr: '', status: 0 });
    // printf 'y\nx\n' > a; printf '' > b; touch -d '2026-11-25 10:00:00' a b; diff  a b; echo $?
    expect(await sh('printf \'y\\nx\\n\' > a; printf \'\' > b; touch -d \'2026-11-25 10:00:00\' a b; diff  a b; echo $?')).toEqual({ stdout: '1,2d0\n< y\n< x\n1\n', stderr: '', status: 0 });
    // printf 'b\nb\nb\na\na\nc\nc\nb\nc\na\nc\na\na\nb\na\na\nc\nc\nc\nb\na\nb\na\nc\nb\nb\nc\nb\nb\nb\nb\na\nc\nb\nc\na\na\nb\nb\na\nb\na\nc\nc\nc\nc\na\nb\nb\na\na\na\nc\na\nb\nb\nb\nc\nb\nb\nc\na\nb\nc\na\nc\nc\nb\nb\na\nb\na\nc\nb\nb\nb\nc\na\nc\nc\n' > a; printf 'a\nb\nb\nb\na\na\nc\nc\nb\nc\na\nc\na\na\nb\na\na\nc\nc\nb\na\nb\na\nc\nb\nb\nc\nb\nb\nb\nb\na\nc\nb\nc\na\na\nb\nb\na\nb\na\nc\nc\nc\nc\na\nb\nb\na\na\nc\na\nb\nb\nb\nc\nb\nb\nb\nc\na\nb\nc\na\nc\nc\nb\nb\na\nb\na\nc\nb\nb\nb\nc\na\nc\nc\n' > b; touch -d '2026-11-25 10:00:00' a b; diff -u a b; echo $?
    expect(await sh('printf \'b\\nb\\nb\\na\\na\\nc\\nc\\nb\\nc\\na\\nc\\na\\na\\nb\\na\\na\\nc\\nc\\nc\\nb\\na\\nb\\na\\nc\\nb\\nb\\nc\\nb\\nb\\nb\\nb\\na\\nc\\nb\\nc\\na\\na\\nb\\nb\\na\\nb\\na\\nc\\nc\\nc\\nc\\na\\nb\\nb\\na\\na\\na\\nc\\na\\nb\\nb\\nb\\nc\\nb\\nb\\nc\\na\\nb\\nc\\na\\nc\\nc\\nb\\nb\\na\\nb\\na\\nc\\nb\\nb\\nb\\nc\\na\\nc\\nc\\n\' > a; printf \'a\\nb\\nb\\nb\\na\\na\\nc\\nc\\nb\\nc\\na\\nc\\na\\na\\nb\\na\\na\\nc\\nc\\nb\\na\\nb\\na\\nc\\nb\\nb\\nc\\nb\\nb\\nb\\nb\\na\\nc\\nb\\nc\\na\\na\\nb\\nb\\na\\nb\\na\\nc\\nc\\nc\\nc\\na\\nb\\nb\\na\\na\\nc\\na\\nb\\nb\\nb\\nc\\nb\\nb\\nb\\nc\\na\\nb\\nc\\na\\nc\\nc\\nb\\nb\\na\\nb\\na\\nc\\nb\\nb\\nb\\nc\\na\\nc\\nc\\n\' > b; touch -d \'2026-11-25 10:00:00\' a b; diff -u a b; echo $?')).toEqual({ stdout: '--- a\t2026-11-25 10:00:00.000000000 +0000\n+++ b\t2026-11-25 10:00:00.000000000 +0000\n@@ -1,3 +1,4 @@\n+a\n b\n b\n b\n@@ -16,7 +17,6 @@\n a\n c\n c\n-c\n b\n a\n b\n@@ -49,7 +49,6 @@\n b\n a\n a\n-a\n c\n a\n b\n@@ -58,6 +57,7 @@\n c\n b\n b\n+b\n c\n a\n b\n1\n', stderr: '', status: 0 });
    // printf 'f\nd\na\nf\na\n' > a; printf 'f\nf\nf\nf\nnew\nf\na\nd\ng\n' > b; touch -d '2026-11-25 10:00:00' a b; diff  a b; echo $?
    expect(await sh('printf \'f\\nd\\na\\nf\\na\\n\' > a; printf \'f\\nf\\nf\\nf\\nnew\\nf\\na\\nd\\ng\\n\' > b; touch -d \'2026-11-25 10:00:00\' a b; diff  a b; echo $?')).toEqual({ stdout: '2,3c2,5\n< d\n< a\n---\n> f\n> f\n> f\n> new\n5a8,9\n> d\n> g\n1\n', stderr: '', status: 0 });
  });

  test('usage errors', async () => {
    // diff; echo $?
    expect(await sh('diff; echo $?')).toEqual({ stdout: '2\n', stderr: 'diff: missing operand after \'diff\'\ndiff: Try \'diff --help\' for more information.\n', status: 0 });
    // diff f; echo $?
    expect(await sh('diff f; echo $?')).toEqual({ stdout: '2\n', stderr: 'diff: missing operand after \'f\'\ndiff: Try \'diff --help\' for more information.\n', status: 0 });
    // diff a b c; echo $?
    expect(await sh('diff a b c; echo $?')).toEqual({ stdout: '2\n', stderr: 'diff: extra operand \'c\'\ndiff: Try \'diff --help\' for more information.\n', status: 0 });
    // printf 'x\n' > f; diff -c -u f f; echo $?
    expect(await sh('printf \'x\\n\' > f; diff -c -u f f; echo $?')).toEqual({ stdout: '2\n', stderr: 'diff: conflicting output style options\ndiff: Try \'diff --help\' for more information.\n', status: 0 });
    // printf 'x\n' > f; diff -U x f f; echo $?
    expect(await sh('printf \'x\\n\' > f; diff -U x f f; echo $?')).toEqual({ stdout: '2\n', stderr: 'diff: invalid context length \'x\'\ndiff: Try \'diff --help\' for more information.\n', status: 0 });
    // diff --foo a b; echo $?
    expect(await sh('diff --foo a b; echo $?')).toEqual({ stdout: '2\n', stderr: 'diff: unrecognized option \'--foo\'\ndiff: Try \'diff --help\' for more information.\n', status: 0 });
    // diff -j a b; echo $?
    expect(await sh('diff -j a b; echo $?')).toEqual({ stdout: '2\n', stderr: 'diff: invalid option -- \'j\'\ndiff: Try \'diff --help\' for more information.\n', status: 0 });
    // printf 'x\n' > f; diff -L a -L b -L c f f; echo $?
    expect(await sh('printf \'x\\n\' > f; diff -L a -L b -L c f f; echo $?')).toEqual({ stdout: '2\n', stderr: 'diff: too many file label options\n', status: 0 });
    // printf 'x\n' > f; diff --horizon-lines=x f f; echo $?
    expect(await sh('printf \'x\\n\' > f; diff --horizon-lines=x f f; echo $?')).toEqual({ stdout: '2\n', stderr: 'diff: invalid horizon length \'x\'\ndiff: Try \'diff --help\' for more information.\n', status: 0 });
    // diff --help | head -2
    expect(await sh('diff --help | head -2')).toEqual({ stdout: 'Usage: diff [OPTION]... FILES\nCompare FILES line by line.\n', stderr: '', status: 0 });
  });

  test('file headers show the simulated modification time', async () => {
    // The world starts at 2026-11-25 10:00:00 UTC; the files are written then.
    expect((await sh("printf 'a\\n' > f1; printf 'b\\n' > f2; diff -u f1 f2")).stdout).toBe(
      '--- f1\t2026-11-25 10:00:00.000000000 +0000\n+++ f2\t2026-11-25 10:00:00.000000000 +0000\n@@ -1 +1 @@\n-a\n+b\n',
    );
  });

  test('output styles the playground does not implement say so', async () => {
    expect(await sh("printf 'x\\n' > f; diff -y f f")).toEqual({
      stdout: '',
      stderr: 'diff: -y: not supported in this playground\n',
      status: 2,
    });
  });
});
