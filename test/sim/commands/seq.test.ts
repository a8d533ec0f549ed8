// seq: sequences of numbers.
// Expectations were recorded from the real tools on Debian (GNU coreutils 9.1, util-linux 2.38.1,
// bash 5.2) with LC_ALL=C.UTF-8; the command that produced each one is in the comment above it
// (run after the fixture named in the call, where there is one).

import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

describe('seq', () => {
  test('LAST, FIRST LAST, FIRST INCREMENT LAST', async () => {
    // seq 3
    expect(await sh('seq 3')).toEqual({ stdout: '1\n2\n3\n', stderr: '', status: 0 });
    // seq 2 4
    expect(await sh('seq 2 4')).toEqual({ stdout: '2\n3\n4\n', stderr: '', status: 0 });
    // seq 1 2 8
    expect(await sh('seq 1 2 8')).toEqual({ stdout: '1\n3\n5\n7\n', stderr: '', status: 0 });
    // seq 5 -2 1
    expect(await sh('seq 5 -2 1')).toEqual({ stdout: '5\n3\n1\n', stderr: '', status: 0 });
    // seq 10 -3 -5
    expect(await sh('seq 10 -3 -5')).toEqual({ stdout: '10\n7\n4\n1\n-2\n-5\n', stderr: '', status: 0 });
    // seq 1 0
    expect(await sh('seq 1 0')).toEqual({ stdout: '', stderr: '', status: 0 });
    // seq 0 0
    expect(await sh('seq 0 0')).toEqual({ stdout: '0\n', stderr: '', status: 0 });
    // seq 7 200 1000
    expect(await sh('seq 7 200 1000')).toEqual({ stdout: '7\n207\n407\n607\n807\n', stderr: '', status: 0 });
  });

  test('floating point, formatted with the operands\' precision', async () => {
    // seq 0 0.1 0.5
    expect(await sh('seq 0 0.1 0.5')).toEqual({ stdout: '0.0\n0.1\n0.2\n0.3\n0.4\n0.5\n', stderr: '', status: 0 });
    // seq 1.5 3
    expect(await sh('seq 1.5 3')).toEqual({ stdout: '1.5\n2.5\n', stderr: '', status: 0 });
    // seq .5 1.5
    expect(await sh('seq .5 1.5')).toEqual({ stdout: '0.5\n1.5\n', stderr: '', status: 0 });
    // seq -.5 .5
    expect(await sh('seq -.5 .5')).toEqual({ stdout: '-0.5\n0.5\n', stderr: '', status: 0 });
    // seq 1. 3.
    expect(await sh('seq 1. 3.')).toEqual({ stdout: '1\n2\n3\n', stderr: '', status: 0 });
    // seq 1.25 0.25 2
    expect(await sh('seq 1.25 0.25 2')).toEqual({ stdout: '1.25\n1.50\n1.75\n2.00\n', stderr: '', status: 0 });
    // seq 0.1 0.1 1 | tail -n 2
    expect(await sh('seq 0.1 0.1 1 | tail -n 2')).toEqual({ stdout: '0.9\n1.0\n', stderr: '', status: 0 });
    // seq 0 0.000001 0.000003
    expect(await sh('seq 0 0.000001 0.000003')).toEqual({ stdout: '0.000000\n0.000001\n0.000002\n0.000003\n', stderr: '', status: 0 });
    // seq 1e-2 1e-2 3e-2
    expect(await sh('seq 1e-2 1e-2 3e-2')).toEqual({ stdout: '0.01\n0.02\n0.03\n', stderr: '', status: 0 });
    // seq 1e2 1e2 3e2
    expect(await sh('seq 1e2 1e2 3e2')).toEqual({ stdout: '100\n200\n300\n', stderr: '', status: 0 });
    // seq 2.0e1 2.1e1
    expect(await sh('seq 2.0e1 2.1e1')).toEqual({ stdout: '20\n21\n', stderr: '', status: 0 });
    // seq 0x10 0x12
    expect(await sh('seq 0x10 0x12')).toEqual({ stdout: '16\n17\n18\n', stderr: '', status: 0 });
    // seq " 2" +3
    expect(await sh('seq " 2" +3')).toEqual({ stdout: '2\n3\n', stderr: '', status: 0 });
  });

  test('-w pads with zeros to equal width', async () => {
    // seq -w 8 11
    expect(await sh('seq -w 8 11')).toEqual({ stdout: '08\n09\n10\n11\n', stderr: '', status: 0 });
    // seq -w -1 1
    expect(await sh('seq -w -1 1')).toEqual({ stdout: '-1\n00\n01\n', stderr: '', status: 0 });
    // seq -w 0.5 0.5 1.5
    expect(await sh('seq -w 0.5 0.5 1.5')).toEqual({ stdout: '0.5\n1.0\n1.5\n', stderr: '', status: 0 });
    // seq -w 1 .5 2
    expect(await sh('seq -w 1 .5 2')).toEqual({ stdout: '1.0\n1.5\n2.0\n', stderr: '', status: 0 });
    // seq -w 001 3
    expect(await sh('seq -w 001 3')).toEqual({ stdout: '001\n002\n003\n', stderr: '', status: 0 });
    // seq -w 10 -3 -5
    expect(await sh('seq -w 10 -3 -5')).toEqual({ stdout: '10\n07\n04\n01\n-2\n-5\n', stderr: '', status: 0 });
    // seq -w 1e3 1001
    expect(await sh('seq -w 1e3 1001')).toEqual({ stdout: '1000\n1001\n', stderr: '', status: 0 });
  });

  test('-s and -f', async () => {
    // seq -s, 5
    expect(await sh('seq -s, 5')).toEqual({ stdout: '1,2,3,4,5\n', stderr: '', status: 0 });
    // seq -s "" 3
    expect(await sh('seq -s "" 3')).toEqual({ stdout: '123\n', stderr: '', status: 0 });
    // seq -s ', ' 3
    expect(await sh('seq -s \', \' 3')).toEqual({ stdout: '1, 2, 3\n', stderr: '', status: 0 });
    // seq -s '\t' 3
    expect(await sh('seq -s \'\\t\' 3')).toEqual({ stdout: '1\\t2\\t3\n', stderr: '', status: 0 });
    // seq -s -1 3
    expect(await sh('seq -s -1 3')).toEqual({ stdout: '1-12-13\n', stderr: '', status: 0 });
    // seq -f "%03g" 3
    expect(await sh('seq -f "%03g" 3')).toEqual({ stdout: '001\n002\n003\n', stderr: '', status: 0 });
    // seq -f "x%.2fy" 1 0.5 2
    expect(await sh('seq -f "x%.2fy" 1 0.5 2')).toEqual({ stdout: 'x1.00y\nx1.50y\nx2.00y\n', stderr: '', status: 0 });
    // seq -f '%e' 1 3
    expect(await sh('seq -f \'%e\' 1 3')).toEqual({ stdout: '1.000000e+00\n2.000000e+00\n3.000000e+00\n', stderr: '', status: 0 });
    // seq -f '%G' 1e10 1e10
    expect(await sh('seq -f \'%G\' 1e10 1e10')).toEqual({ stdout: '1E+10\n', stderr: '', status: 0 });
    // seq -f 'a\nb%%%.1f' 1 2
    expect(await sh('seq -f \'a\\nb%%%.1f\' 1 2')).toEqual({ stdout: 'a\\nb%1.0\na\\nb%2.0\n', stderr: '', status: 0 });
    // seq --format=%.1f 2
    expect(await sh('seq --format=%.1f 2')).toEqual({ stdout: '1.0\n2.0\n', stderr: '', status: 0 });
  });

  test('large and endless sequences', async () => {
    // seq 99999999999999999998 99999999999999999999
    expect(await sh('seq 99999999999999999998 99999999999999999999')).toEqual({ stdout: '99999999999999999998\n99999999999999999999\n', stderr: '', status: 0 });
    // seq 1 inf | head -n 2
    expect(await sh('seq 1 inf | head -n 2')).toEqual({ stdout: '1\n2\n', stderr: '', status: 0 });
    // seq 1 3 inf | head -n 3
    expect(await sh('seq 1 3 inf | head -n 3')).toEqual({ stdout: '1\n4\n7\n', stderr: '', status: 0 });
    // seq 1 200000 | tail -n 2
    expect(await sh('seq 1 200000 | tail -n 2')).toEqual({ stdout: '199999\n200000\n', stderr: '', status: 0 });
    // seq 1 1e3 | tail -n 1
    expect(await sh('seq 1 1e3 | tail -n 1')).toEqual({ stdout: '1000\n', stderr: '', status: 0 });
  });

  test('negative numbers are operands, not options', async () => {
    // seq -- -2 0
    expect(await sh('seq -- -2 0')).toEqual({ stdout: '-2\n-1\n0\n', stderr: '', status: 0 });
    // seq -1 --help
    expect(await sh('seq -1 --help')).toEqual({ stdout: '', stderr: 'seq: invalid floating point argument: ‘--help’\nTry \'seq --help\' for more information.\n', status: 1 });
    // seq -inf 1 | head -n 2
    expect(await sh('seq -inf 1 | head -n 2')).toEqual({ stdout: '', stderr: 'seq: invalid option -- \'i\'\nTry \'seq --help\' for more information.\n', status: 0 });
  });

  test('errors', async () => {
    // seq
    expect(await sh('seq')).toEqual({ stdout: '', stderr: 'seq: missing operand\nTry \'seq --help\' for more information.\n', status: 1 });
    // seq 1 2 3 4
    expect(await sh('seq 1 2 3 4')).toEqual({ stdout: '', stderr: 'seq: extra operand ‘4’\nTry \'seq --help\' for more information.\n', status: 1 });
    // seq 1 .5 2 -w
    expect(await sh('seq 1 .5 2 -w')).toEqual({ stdout: '', stderr: 'seq: extra operand ‘-w’\nTry \'seq --help\' for more information.\n', status: 1 });
    // seq 1 0 5
    expect(await sh('seq 1 0 5')).toEqual({ stdout: '', stderr: 'seq: invalid Zero increment value: ‘0’\nTry \'seq --help\' for more information.\n', status: 1 });
    // seq x
    expect(await sh('seq x')).toEqual({ stdout: '', stderr: 'seq: invalid floating point argument: ‘x’\nTry \'seq --help\' for more information.\n', status: 1 });
    // seq nan
    expect(await sh('seq nan')).toEqual({ stdout: '', stderr: 'seq: invalid ‘not-a-number’ argument: ‘nan’\nTry \'seq --help\' for more information.\n', status: 1 });
    // seq -f %d 3
    expect(await sh('seq -f %d 3')).toEqual({ stdout: '', stderr: 'seq: format ‘%d’ has unknown %d directive\n', status: 1 });
    // seq -f abc 3
    expect(await sh('seq -f abc 3')).toEqual({ stdout: '', stderr: 'seq: format ‘abc’ has no % directive\n', status: 1 });
    // seq -f % 3
    expect(await sh('seq -f % 3')).toEqual({ stdout: '', stderr: 'seq: format ‘%’ ends in %\n', status: 1 });
    // seq -f %g%g 3
    expect(await sh('seq -f %g%g 3')).toEqual({ stdout: '', stderr: 'seq: format ‘%g%g’ has too many % directives\n', status: 1 });
    // seq -w -f %g 3
    expect(await sh('seq -w -f %g 3')).toEqual({ stdout: '', stderr: 'seq: format string may not be specified when printing equal width strings\nTry \'seq --help\' for more information.\n', status: 1 });
    // seq -x 3
    expect(await sh('seq -x 3')).toEqual({ stdout: '', stderr: 'seq: invalid option -- \'x\'\nTry \'seq --help\' for more information.\n', status: 1 });
  });

  test('--help', async () => {
    // seq --help
    expect((await sh('seq --help')).stdout.split('\n')[0]).toBe('Usage: seq [OPTION]... LAST');
    // seq --he
    expect((await sh('seq --he')).stdout.split('\n')[0]).toBe('Usage: seq [OPTION]... LAST');
  });
});
