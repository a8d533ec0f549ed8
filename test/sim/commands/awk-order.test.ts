// awk's for (k in a) order, which follows gawk 5.2.1's internal array layout (array-order.ts):
// string hash tables, the integer tables and how they grow and shrink. Each expectation was
// recorded by running the commented command with the real gawk (LC_ALL=C.UTF-8) installed as awk.

import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

describe('awk: for-in order, string subscripts', () => {
  test('ten words come out in gawk\'s hash order', async () => {
    // awk '{s[$1]++} END {for (k in s) print k}' (input: "books\nmusic\ngarden\ntoys\nfood\ntools\nsport\nhealth\ngames\noffice\n")
    expect(await sh('awk \'{s[$1]++} END {for (k in s) print k}\'', 'books\nmusic\ngarden\ntoys\nfood\ntools\nsport\nhealth\ngames\noffice\n')).toEqual({ stdout: 'garden\ntools\nfood\ntoys\nbooks\nhealth\noffice\nsport\nmusic\ngames\n', stderr: '', status: 0 });
  });

  test('the order depends on the insertion order within a hash chain', async () => {
    // printf '%s\n' garden food tools toys books health office sport music games | awk '{s[$1]++} END {for (k in s) printf "%s ", k; print ""}'
    expect(await sh('printf \'%s\\n\' garden food tools toys books health office sport music games | awk \'{s[$1]++} END {for (k in s) printf "%s ", k; print ""}\'')).toEqual({ stdout: 'garden toys tools food books health sport office music games \n', stderr: '', status: 0 });
  });

  test('the table grows from 13 to 127 buckets at the 39th element', async () => {
    // awk 'BEGIN { for (n = 38; n <= 39; n++) { delete a; for (i = 1; i <= n; i++) a["k" i]; c = 0; for (k in a) if (c++ < 12) printf "%s ", k; print "" } }'
    expect(await sh('awk \'BEGIN { for (n = 38; n <= 39; n++) { delete a; for (i = 1; i <= n; i++) a["k" i]; c = 0; for (k in a) if (c++ < 12) printf "%s ", k; print "" } }\'')).toEqual({ stdout: 'k33 k24 k15 k1 k34 k25 k16 k2 k35 k26 k17 k3 \nk20 k21 k22 k23 k24 k25 k26 k27 k28 k29 k10 k11 \n', stderr: '', status: 0 });
  });

  test('and to 1021 buckets at the 382nd, 8191 at the 3064th', async () => {
    // awk 'BEGIN { for (i = 1; i <= 3064; i++) { a["w" i]; if (i == 381 || i == 382 || i == 3063 || i == 3064) { c = 0; for (k in a) if (c++ < 8) printf "%s ", k; print "" } } }'
    expect(await sh('awk \'BEGIN { for (i = 1; i <= 3064; i++) { a["w" i]; if (i == 381 || i == 382 || i == 3063 || i == 3064) { c = 0; for (k in a) if (c++ < 8) printf "%s ", k; print "" } } }\'')).toEqual({ stdout: 'w70 w71 w30 w72 w31 w73 w32 w74 \nw70 w71 w30 w72 w31 w73 w32 w74 \nw2600 w2601 w2602 w2603 w2604 w2605 w2606 w2607 \nw2600 w2601 w2602 w2603 w2604 w2605 w2606 w2607 \n', stderr: '', status: 0 });
  });

  test('UTF-8 subscripts hash by their bytes', async () => {
    // awk 'BEGIN { split("é ü ñ 日本 € 😀 ß Ω naïve café", w, " "); for (i in w) a[w[i]]; for (k in a) printf "%s ", k; print "" }'
    expect(await sh('awk \'BEGIN { split("é ü ñ 日本 € 😀 ß Ω naïve café", w, " "); for (i in w) a[w[i]]; for (k in a) printf "%s ", k; print "" }\'')).toEqual({ stdout: 'café € Ω 😀 é naïve ß ü 日本 ñ \n', stderr: '', status: 0 });
  });

  test('numeric strings that are not integers are strings: 01, +1, 1.0, 1e3', async () => {
    // awk 'BEGIN { a["01"]; a["+1"]; a["1.0"]; a["1e3"]; a[" 1"]; a["-0"]; a[""]; a["x"]; for (k in a) printf "[%s] ", k; print "" }'
    expect(await sh('awk \'BEGIN { a["01"]; a["+1"]; a["1.0"]; a["1e3"]; a[" 1"]; a["-0"]; a[""]; a["x"]; for (k in a) printf "[%s] ", k; print "" }\'')).toEqual({ stdout: '[] [1.0] [+1] [-0] [x] [ 1] [01] [1e3] \n', stderr: '', status: 0 });
  });

  test('SUBSEP subscripts', async () => {
    // awk 'BEGIN { for (i = 1; i <= 5; i++) for (j = 1; j <= 3; j++) a[i, j]; for (k in a) { split(k, p, SUBSEP); printf "%s,%s ", p[1], p[2] }; print "" }'
    expect(await sh('awk \'BEGIN { for (i = 1; i <= 5; i++) for (j = 1; j <= 3; j++) a[i, j]; for (k in a) { split(k, p, SUBSEP); printf "%s,%s ", p[1], p[2] }; print "" }\'')).toEqual({ stdout: '4,2 4,3 2,1 2,2 5,1 2,3 5,2 5,3 3,1 3,2 3,3 1,1 1,2 4,1 1,3 \n', stderr: '', status: 0 });
  });
});

describe('awk: for-in order, integer subscripts', () => {
  test('non-negative integers come out in ascending order', async () => {
    // seq 1 20 | awk '{s[$1]++} END {for (k in s) printf "%s ", k; print ""}'
    expect(await sh('seq 1 20 | awk \'{s[$1]++} END {for (k in s) printf "%s ", k; print ""}\'')).toEqual({ stdout: '1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 \n', stderr: '', status: 0 });
  });

  test('whatever order they were stored in', async () => {
    // awk 'BEGIN { for (i = 3000; i >= 0; i -= 150) a[i]; for (k in a) printf "%s ", k; print "" }'
    expect(await sh('awk \'BEGIN { for (i = 3000; i >= 0; i -= 150) a[i]; for (k in a) printf "%s ", k; print "" }\'')).toEqual({ stdout: '0 150 300 450 600 750 900 1050 1200 1350 1500 1650 1800 1950 2100 2250 2400 2550 2700 2850 3000 \n', stderr: '', status: 0 });
  });

  test('negative integers go to a hash table of their own', async () => {
    // awk 'BEGIN { for (i = -1; i >= -20; i--) a[i]; for (k in a) printf "%s ", k; print "" }'
    expect(await sh('awk \'BEGIN { for (i = -1; i >= -20; i--) a[i]; for (k in a) printf "%s ", k; print "" }\'')).toEqual({ stdout: '-13 -14 -6 -9 -12 -18 -4 -8 -20 -1 -16 -17 -3 -7 -2 -15 -10 -11 -5 -19 \n', stderr: '', status: 0 });
  });

  test('which grows at the 39th integer too', async () => {
    // awk 'BEGIN { for (n = 38; n <= 39; n++) { delete a; for (i = 1; i <= n; i++) a[-i * 7]; c = 0; for (k in a) if (c++ < 12) printf "%s ", k; print "" } }'
    expect(await sh('awk \'BEGIN { for (n = 38; n <= 39; n++) { delete a; for (i = 1; i <= n; i++) a[-i * 7]; c = 0; for (k in a) if (c++ < 12) printf "%s ", k; print "" } }\'')).toEqual({ stdout: '-252 -259 -63 -140 -203 -224 -126 -147 -14 -112 -84 -231 \n-266 -119 -7 -21 -238 -70 -35 -203 -133 -273 -189 -140 \n', stderr: '', status: 0 });
  });

  test('sparse integers overflow into a hash table, listed first', async () => {
    // awk 'BEGIN { for (i = 0; i < 100; i++) a[i * 100000]; c = 0; for (k in a) if (c++ < 30) printf "%s ", k; print "" }'
    expect(await sh('awk \'BEGIN { for (i = 0; i < 100; i++) a[i * 100000]; c = 0; for (k in a) if (c++ < 30) printf "%s ", k; print "" }\'')).toEqual({ stdout: '1700000 6200000 4500000 7200000 9300000 5600000 7900000 7600000 9500000 1000000 800000 2200000 7000000 5200000 3000000 3700000 5400000 6700000 4400000 6500000 8300000 3900000 7500000 2600000 1900000 5800000 8200000 6800000 9000000 2500000 \n', stderr: '', status: 0 });
  });

  test('integers past 2^31 are strings', async () => {
    // awk 'BEGIN { a[2147483647]; a[2147483648]; a[-2147483648]; a[-2147483649]; a[99999999999]; a[5]; for (k in a) printf "%s ", k; print "" }'
    expect(await sh('awk \'BEGIN { a[2147483647]; a[2147483648]; a[-2147483648]; a[-2147483649]; a[99999999999]; a[5]; for (k in a) printf "%s ", k; print "" }\'')).toEqual({ stdout: '2147483648 99999999999 -2147483648 -2147483649 5 2147483647 \n', stderr: '', status: 0 });
  });
});

describe('awk: for-in order, mixtures', () => {
  test('strings first, then integers in order, when the first subscript was an integer', async () => {
    // awk 'BEGIN { a[3]; a["x"]; a[1]; a[-4]; a["y"]; a[2]; a["z"]; a[-1]; for (k in a) printf "%s ", k; print "" }'
    expect(await sh('awk \'BEGIN { a[3]; a["x"]; a[1]; a[-4]; a["y"]; a[2]; a["z"]; a[-1]; for (k in a) printf "%s ", k; print "" }\'')).toEqual({ stdout: '-1 x y z -4 1 2 3 \n', stderr: '', status: 0 });
  });

  test('integers hashed as strings when the first subscript was a string', async () => {
    // awk 'BEGIN { a["x"]; a[3]; a[1]; a[-4]; a["y"]; a[2]; a["z"]; a[-1]; for (k in a) printf "%s ", k; print "" }'
    expect(await sh('awk \'BEGIN { a["x"]; a[3]; a[1]; a[-4]; a["y"]; a[2]; a["z"]; a[-1]; for (k in a) printf "%s ", k; print "" }\'')).toEqual({ stdout: '-1 x y z -4 1 2 3 \n', stderr: '', status: 0 });
  });

  test('a key column with a header line', async () => {
    // awk -F, '{c[$1]++} END {for (k in c) printf "%s ", k; print ""}' (input: "id,x\n3,a\n10,b\n7,c\n3,d\nn/a,e\n12,f\n")
    expect(await sh('awk -F, \'{c[$1]++} END {for (k in c) printf "%s ", k; print ""}\'', 'id,x\n3,a\n10,b\n7,c\n3,d\nn/a,e\n12,f\n')).toEqual({ stdout: '7 n/a 10 12 id 3 \n', stderr: '', status: 0 });
  });
});

describe('awk: for-in order, deletions', () => {
  test('deleting keeps the others in place', async () => {
    // awk 'BEGIN { for (i = 1; i <= 30; i++) a["k" i]; for (i = 1; i <= 30; i += 3) delete a["k" i]; for (k in a) printf "%s ", k; print "" }'
    expect(await sh('awk \'BEGIN { for (i = 1; i <= 30; i++) a["k" i]; for (i = 1; i <= 30; i += 3) delete a["k" i]; for (k in a) printf "%s ", k; print "" }\'')).toEqual({ stdout: 'k24 k15 k2 k26 k17 k3 k27 k18 k5 k29 k6 k8 k9 k20 k11 k30 k21 k12 k23 k14 \n', stderr: '', status: 0 });
  });

  test('a table never shrinks: re-inserting after deletes keeps the bigger table', async () => {
    // awk 'BEGIN { for (i = 1; i <= 40; i++) a["k" i]; for (i = 11; i <= 40; i++) delete a["k" i]; for (k in a) printf "%s ", k; print ""; delete a; for (i = 1; i <= 10; i++) a["k" i]; for (k in a) printf "%s ", k; print "" }'
    expect(await sh('awk \'BEGIN { for (i = 1; i <= 40; i++) a["k" i]; for (i = 11; i <= 40; i++) delete a["k" i]; for (k in a) printf "%s ", k; print ""; delete a; for (i = 1; i <= 10; i++) a["k" i]; for (k in a) printf "%s ", k; print "" }\'')).toEqual({ stdout: 'k10 k1 k2 k3 k4 k5 k6 k7 k8 k9 \nk1 k2 k3 k4 k5 k6 k7 k8 k10 k9 \n', stderr: '', status: 0 });
  });

  test('deleting from the integer hash table moves a neighbour into the gap', async () => {
    // awk 'BEGIN { for (i = 1; i <= 60; i++) a[-i]; for (i = 2; i <= 60; i += 5) delete a[-i]; for (k in a) printf "%s ", k; print "" }'
    expect(await sh('awk \'BEGIN { for (i = 1; i <= 60; i++) a[-i]; for (i = 2; i <= 60; i += 5) delete a[-i]; for (k in a) printf "%s ", k; print "" }\'')).toEqual({ stdout: '-10 -19 -38 -48 -55 -36 -21 -25 -35 -16 -51 -30 -40 -34 -39 -18 -43 -60 -54 -9 -33 -11 -58 -26 -28 -15 -23 -6 -59 -4 -56 -20 -46 -3 -5 -13 -24 -14 -41 -50 -44 -45 -1 -29 -49 -31 -53 -8 \n', stderr: '', status: 0 });
  });

  test('once its last integer is deleted, the array is its string part', async () => {
    // awk 'BEGIN { a[1]; a["p"]; a[2]; a["q"]; a["r"]; delete a[1]; delete a[2]; a[5]; a["s"]; for (k in a) printf "%s ", k; print "" }'
    expect(await sh('awk \'BEGIN { a[1]; a["p"]; a[2]; a["q"]; a["r"]; delete a[1]; delete a[2]; a[5]; a["s"]; for (k in a) printf "%s ", k; print "" }\'')).toEqual({ stdout: '5 p q r s \n', stderr: '', status: 0 });
  });

  test('an array emptied by deletes is typed again by its next subscript', async () => {
    // awk 'BEGIN { a["x"]; delete a["x"]; for (i = 5; i >= 1; i--) a[i]; for (k in a) printf "%s ", k; print "" }'
    expect(await sh('awk \'BEGIN { a["x"]; delete a["x"]; for (i = 5; i >= 1; i--) a[i]; for (k in a) printf "%s ", k; print "" }\'')).toEqual({ stdout: '1 2 3 4 5 \n', stderr: '', status: 0 });
  });

  test('for-in walks a snapshot: deleted elements are still visited, new ones are not', async () => {
    // awk 'BEGIN { a["x"]; a["y"]; a["z"]; for (k in a) { printf "%s ", k; delete a["z"]; delete a["y"]; a["new"] }; print length(a) }'
    expect(await sh('awk \'BEGIN { a["x"]; a["y"]; a["z"]; for (k in a) { printf "%s ", k; delete a["z"]; delete a["y"]; a["new"] }; print length(a) }\'')).toEqual({ stdout: 'x y z 2\n', stderr: '', status: 0 });
  });

  test('for (k in a) delete a[k] leaves k at the first subscript', async () => {
    // awk 'BEGIN { a["x"]; a["y"]; a["z"]; for (k in a) delete a[k]; print k, length(a); b["p"]; b["q"]; for (j in b) { delete b[j]; n++ }; print j, n }'
    expect(await sh('awk \'BEGIN { a["x"]; a["y"]; a["z"]; for (k in a) delete a[k]; print k, length(a); b["p"]; b["q"]; for (j in b) { delete b[j]; n++ }; print j, n }\'')).toEqual({ stdout: 'x 0\nq 2\n', stderr: '', status: 0 });
  });
});

describe('awk: for-in order, subscript types', () => {
  test('subscripts from the integer tables compare as numbers', async () => {
    // awk 'BEGIN { a[5]; a[20]; a[-3]; a["x"]; for (k in a) { c = (k < 10); printf "%s:%d ", k, c }; print "" }'
    expect(await sh('awk \'BEGIN { a[5]; a[20]; a[-3]; a["x"]; for (k in a) { c = (k < 10); printf "%s:%d ", k, c }; print "" }\'')).toEqual({ stdout: 'x:0 -3:1 5:1 20:0 \n', stderr: '', status: 0 });
  });

  test('in a string table, input that looks numeric compares as a number, other strings as strings', async () => {
    // echo 'x 5 1.0 07 abc' | awk '{ a[$1]; a[$2]; a[$3]; a[$4]; a[$5]; a["9"]; a[8]; for (k in a) { c = (k < 10); printf "%s:%d ", k, c }; print "" }'
    expect(await sh('echo \'x 5 1.0 07 abc\' | awk \'{ a[$1]; a[$2]; a[$3]; a[$4]; a[$5]; a["9"]; a[8]; for (k in a) { c = (k < 10); printf "%s:%d ", k, c }; print "" }\'')).toEqual({ stdout: '1.0:1 5:1 x:0 8:0 9:0 abc:0 07:1 \n', stderr: '', status: 0 });
  });
});

describe('awk: for-in order, other arrays', () => {
  test('split() and the elements of match()', async () => {
    // awk 'BEGIN { n = split("z y x w v u t s r q p", p); for (k in p) printf "%s=%s ", k, p[k]; print ""; match("ab12", /([a-z]+)([0-9]+)/, m); for (k in m) { split(k, q, SUBSEP); printf "%s ", q[1] (2 in q ? "/" q[2] : "") }; print "" }'
    expect(await sh('awk \'BEGIN { n = split("z y x w v u t s r q p", p); for (k in p) printf "%s=%s ", k, p[k]; print ""; match("ab12", /([a-z]+)([0-9]+)/, m); for (k in m) { split(k, q, SUBSEP); printf "%s ", q[1] (2 in q ? "/" q[2] : "") }; print "" }\'')).toEqual({ stdout: '1=z 2=y 3=x 4=w 5=v 6=u 7=t 8=s 9=r 10=q 11=p \n0/start 0/length 1/start 2/start 2/length 1/length 0 1 2 \n', stderr: '', status: 0 });
  });

  test('a function\'s local array', async () => {
    // awk 'function f(   loc, k) { for (k = 1; k <= 12; k++) loc["v" k]; for (k in loc) printf "%s ", k; print "" } BEGIN { f() }'
    expect(await sh('awk \'function f(   loc, k) { for (k = 1; k <= 12; k++) loc["v" k]; for (k in loc) printf "%s ", k; print "" } BEGIN { f() }\'')).toEqual({ stdout: 'v12 v3 v4 v5 v6 v7 v8 v9 v10 v1 v11 v2 \n', stderr: '', status: 0 });
  });

  test('asort does not depend on the order: equal values go by subscript', async () => {
    // awk 'BEGIN { split("1.0 1 01 0.5", v); a["c"] = v[1]; a["b"] = v[2]; a["a"] = v[3]; a["d"] = v[4]; a["e"] = "x"; n = asort(a, b); for (i = 1; i <= n; i++) printf "%s ", b[i]; print "" }'
    expect(await sh('awk \'BEGIN { split("1.0 1 01 0.5", v); a["c"] = v[1]; a["b"] = v[2]; a["a"] = v[3]; a["d"] = v[4]; a["e"] = "x"; n = asort(a, b); for (i = 1; i <= n; i++) printf "%s ", b[i]; print "" }\'')).toEqual({ stdout: '0.5 01 1 1.0 x \n', stderr: '', status: 0 });
  });
});
