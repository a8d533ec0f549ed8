// od: expected outputs recorded from GNU coreutils 9.1 (the command is in each comment).
import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

describe("od", () => {

  test("octal 2-byte words by default, the final address, a partial last line", async () => {
    // $ printf "hello world\n\001\177 tab\there" > f; od f
    expect(await sh("printf \"hello world\\n\\001\\177 tab\\there\" > f; od f")).toEqual({
      stdout: "0000000 062550 066154 020157 067567 066162 005144 077401 072040\n0000020 061141 064011 071145 000145\n0000027\n",
      stderr: "",
      status: 0,
    });
  });

  test("-c and -t c, with escapes and octal for other bytes", async () => {
    // $ echo AQL/AHg= | base64 -d > b; printf "hello world\n\001\177 tab\there" >> b; od -c b; od -t c b
    expect(await sh("echo AQL/AHg= | base64 -d > b; printf \"hello world\\n\\001\\177 tab\\there\" >> b; od -c b; od -t c b")).toEqual({
      stdout: "0000000 001 002 377  \\0   x   h   e   l   l   o       w   o   r   l   d\n0000020  \\n 001 177       t   a   b  \\t   h   e   r   e\n0000034\n0000000 001 002 377  \\0   x   h   e   l   l   o       w   o   r   l   d\n0000020  \\n 001 177       t   a   b  \\t   h   e   r   e\n0000034\n",
      stderr: "",
      status: 0,
    });
  });

  test("-t a names the control characters", async () => {
    // $ printf "a b\n\001\177\t" | od -t a
    expect(await sh("printf \"a b\\n\\001\\177\\t\" | od -t a")).toEqual({
      stdout: "0000000   a  sp   b  nl soh del  ht\n0000007\n",
      stderr: "",
      status: 0,
    });
  });

  test("-x, -b, -d, -o, -s, -i, and sized types", async () => {
    // $ printf "hello world\n" > f; od -x f; od -b f; od -d f; od -o f; od -s f; od -i f; od -t x1 f; od -t x4 f; od -t x8 f; od -t u1 f; od -t d1 f; od -t dC -t oS f
    expect(await sh("printf \"hello world\\n\" > f; od -x f; od -b f; od -d f; od -o f; od -s f; od -i f; od -t x1 f; od -t x4 f; od -t x8 f; od -t u1 f; od -t d1 f; od -t dC -t oS f")).toEqual({
      stdout: "0000000 6568 6c6c 206f 6f77 6c72 0a64\n0000014\n0000000 150 145 154 154 157 040 167 157 162 154 144 012\n0000014\n0000000 25960 27756  8303 28535 27762  2660\n0000014\n0000000 062550 066154 020157 067567 066162 005144\n0000014\n0000000  25960  27756   8303  28535  27762   2660\n0000014\n0000000  1819043176  1870078063   174353522\n0000014\n0000000 68 65 6c 6c 6f 20 77 6f 72 6c 64 0a\n0000014\n0000000 6c6c6568 6f77206f 0a646c72\n0000014\n0000000 6f77206f6c6c6568 000000000a646c72\n0000014\n0000000 104 101 108 108 111  32 119 111 114 108 100  10\n0000014\n0000000  104  101  108  108  111   32  119  111  114  108  100   10\n0000014\n0000000  104  101  108  108  111   32  119  111  114  108  100   10\n           062550    066154    020157    067567    066162    005144\n0000014\n",
      stderr: "",
      status: 0,
    });
  });

  test("-A chooses the address radix", async () => {
    // $ printf "hello world\n and more text here\n" > f; od -Ad -c f; od -Ax -t x2 f; od -An -tx1 f; od -Ao -c f
    expect(await sh("printf \"hello world\\n and more text here\\n\" > f; od -Ad -c f; od -Ax -t x2 f; od -An -tx1 f; od -Ao -c f")).toEqual({
      stdout: "0000000   h   e   l   l   o       w   o   r   l   d  \\n       a   n   d\n0000016       m   o   r   e       t   e   x   t       h   e   r   e  \\n\n0000032\n000000 6568 6c6c 206f 6f77 6c72 0a64 6120 646e\n000010 6d20 726f 2065 6574 7478 6820 7265 0a65\n000020\n 68 65 6c 6c 6f 20 77 6f 72 6c 64 0a 20 61 6e 64\n 20 6d 6f 72 65 20 74 65 78 74 20 68 65 72 65 0a\n0000000   h   e   l   l   o       w   o   r   l   d  \\n       a   n   d\n0000020       m   o   r   e       t   e   x   t       h   e   r   e  \\n\n0000040\n",
      stderr: "",
      status: 0,
    });
  });

  test("several formats line up", async () => {
    // $ printf "hello world\n" | od -tx1 -tc; printf "hello world\n" | od -t x1 -t d2
    expect(await sh("printf \"hello world\\n\" | od -tx1 -tc; printf \"hello world\\n\" | od -t x1 -t d2")).toEqual({
      stdout: "0000000  68  65  6c  6c  6f  20  77  6f  72  6c  64  0a\n          h   e   l   l   o       w   o   r   l   d  \\n\n0000014\n0000000  68 65  6c 6c  6f 20  77 6f  72 6c  64 0a\n         25960  27756   8303  28535  27762   2660\n0000014\n",
      stderr: "",
      status: 0,
    });
  });

  test("-N, -j and the traditional offset operand", async () => {
    // $ printf "hello world\n" > f; od -N 5 -c f; od -j 3 -c f; od -j 3 -N 4 -Ad -c f; od -t c -N 0x4 f; od -c f +3; od -c f 10; od -j 20 f; echo $?
    expect(await sh("printf \"hello world\\n\" > f; od -N 5 -c f; od -j 3 -c f; od -j 3 -N 4 -Ad -c f; od -t c -N 0x4 f; od -c f +3; od -c f 10; od -j 20 f; echo $?")).toEqual({
      stdout: "0000000   h   e   l   l   o\n0000005\n0000003   l   o       w   o   r   l   d  \\n\n0000014\n0000003   l   o       w\n0000007\n0000000   h   e   l   l\n0000004\n0000003   l   o       w   o   r   l   d  \\n\n0000014\n0000010   r   l   d  \\n\n0000014\n1\n",
      stderr: "od: cannot skip past end of combined input\n",
      status: 0,
    });
  });

  test("repeated lines become *, unless -v", async () => {
    // $ printf "%64s" "" | od -c; printf "%75s" "" | od -c; printf "%32s" "" | od -v -c
    expect(await sh("printf \"%64s\" \"\" | od -c; printf \"%75s\" \"\" | od -c; printf \"%32s\" \"\" | od -v -c")).toEqual({
      stdout: "0000000                                                                \n*\n0000100\n0000000                                                                \n*\n0000100                                            \n0000113\n0000000                                                                \n0000020                                                                \n0000040\n",
      stderr: "",
      status: 0,
    });
  });

  test("-w sets the bytes per line", async () => {
    // $ printf "hello world\n" > f; od -w4 -c f; od -w -c f; od -w3 -tx2 f
    expect(await sh("printf \"hello world\\n\" > f; od -w4 -c f; od -w -c f; od -w3 -tx2 f")).toEqual({
      stdout: "0000000   h   e   l   l\n0000004   o       w   o\n0000010   r   l   d  \\n\n0000014\n0000000   h   e   l   l   o       w   o   r   l   d  \\n\n0000014\n0000000 6568\n0000002 6c6c\n0000004 206f\n0000006 6f77\n0000010 6c72\n0000012 0a64\n0000014\n",
      stderr: "od: warning: invalid width 3; using 2 instead\n",
      status: 0,
    });
  });

  test("the z suffix shows printable characters", async () => {
    // $ printf "hello world\n tab\there" | od -t x1z; printf "hello world\n" | od -tx2z
    expect(await sh("printf \"hello world\\n tab\\there\" | od -t x1z; printf \"hello world\\n\" | od -tx2z")).toEqual({
      stdout: "0000000 68 65 6c 6c 6f 20 77 6f 72 6c 64 0a 20 74 61 62  >hello world. tab<\n0000020 09 68 65 72 65                                   >.here<\n0000025\n0000000 6568 6c6c 206f 6f77 6c72 0a64            >hello world.<\n0000014\n",
      stderr: "",
      status: 0,
    });
  });

  test("files are concatenated; errors", async () => {
    // $ echo ab > f; echo cd > g; od -c f g; od nope; echo $?; od -c f nope; echo $?
    expect(await sh("echo ab > f; echo cd > g; od -c f g; od nope; echo $?; od -c f nope; echo $?")).toEqual({
      stdout: "0000000   a   b  \\n   c   d  \\n\n0000006\n1\n0000000   a   b  \\n\n0000003\n1\n",
      stderr: "od: nope: No such file or directory\nod: nope: No such file or directory\n",
      status: 0,
    });
  });

  test("bad arguments", async () => {
    // $ od -t q; echo $?; od -t x3; echo $?; od -A q; echo $?; od -N x; echo $?
    expect(await sh("od -t q; echo $?; od -t x3; echo $?; od -A q; echo $?; od -N x; echo $?")).toEqual({
      stdout: "1\n1\n1\n1\n",
      stderr: "od: invalid character 'q' in type string ‘q’\nod: invalid type string ‘x3’;\nthis system doesn't provide a 3-byte integral type\nod: invalid output address radix 'q'; it must be one character from [doxn]\nod: invalid -N argument 'x'\n",
      status: 0,
    });
  });
});
