import { describe, expect, test } from 'vitest';
import { bareKernel, runUntilExited } from '../../support/kernel.ts';
import { Pipe } from '../../../src/sim/kernel/pipe.ts';
import { FdTable } from '../../../src/sim/kernel/fd-table.ts';
import { OutputWriter } from '../../../src/sim/io/output-writer.ts';

/** Writes `chunks` through an OutputWriter into a pipe and returns what the reader received. */
async function throughWriter(chunks: (string | Uint8Array)[]): Promise<Uint8Array> {
  const { kernel, driver } = bareKernel();
  const [read, write] = Pipe.create();
  const readerFds = new FdTable();
  const writerFds = new FdTable();
  readerFds.add(read, 0);
  writerFds.add(write, 1);
  read.release();
  write.release();
  const received: Uint8Array[] = [];
  const writer = kernel.spawn({
    parent: null,
    argv: ['writer'],
    fds: writerFds,
    main: async (p) => {
      const out = new OutputWriter(p, 1);
      for (const chunk of chunks) await out.write(chunk);
      await out.flush();
      return 0;
    },
  });
  const reader = kernel.spawn({
    parent: null,
    argv: ['reader'],
    fds: readerFds,
    main: async (p) => {
      for (;;) {
        const bytes = await p.fds.get(0).read(p, 65536);
        if (bytes.length === 0) return 0;
        received.push(bytes.slice());
      }
    },
  });
  await runUntilExited(driver, writer, reader);
  return Buffer.concat(received);
}

describe('buffered output', () => {
  test('a short line followed by larger and larger blocks arrives whole and in order', async () => {
    const chunks = ['hi\n', 'a'.repeat(5000), new Uint8Array(30000).fill(98), 'c'.repeat(70000), 'end\n'];
    const expected = Buffer.concat(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : Buffer.from(c))));
    expect(Buffer.from(await throughWriter(chunks)).equals(expected)).toBe(true);
  });

  test('many small writes of multibyte text keep every byte', async () => {
    const chunks = Array.from({ length: 20000 }, (_, i) => `é${i}\n`);
    expect(Buffer.from(await throughWriter(chunks)).toString()).toBe(chunks.join(''));
  });
});
