import { describe, expect, test } from 'vitest';
import { bareKernel, runUntilExited, statusOf } from '../../support/kernel.ts';
import { Pipe, PIPE_CAPACITY } from '../../../src/sim/kernel/pipe.ts';
import { FdTable } from '../../../src/sim/kernel/fd-table.ts';
import { SIG } from '../../../src/sim/kernel/signals.ts';
import { Errno } from '../../../src/sim/kernel/errors.ts';
import { CPU_QUANTUM_US } from '../../../src/sim/kernel/process.ts';

function pipeFds(): { readerFds: FdTable; writerFds: FdTable; pipe: Pipe } {
  const [read, write] = Pipe.create();
  const readerFds = new FdTable();
  const writerFds = new FdTable();
  readerFds.add(read, 0);
  writerFds.add(write, 1);
  read.release();
  write.release();
  return { readerFds, writerFds, pipe: read.pipe };
}

describe('processes', () => {
  test('get increasing pids, their parent, cwd and environment, and report their exit status', async () => {
    const { kernel, driver } = bareKernel();
    const parent = kernel.spawn({ parent: null, argv: ['init'], cwd: '/tmp', env: new Map([['A', '1']]), main: async () => 0 });
    const child = kernel.spawn({ parent, argv: ['child'], main: async () => 3 });
    expect(child.pid).toBe(parent.pid + 1);
    expect(child.ppid).toBe(parent.pid);
    expect(child.pgid).toBe(parent.pgid);
    expect(child.cwd).toBe('/tmp');
    expect(child.env.get('A')).toBe('1');
    await runUntilExited(driver, parent, child);
    expect(statusOf(child)).toBe('exited 3');
  });

  test('waitpid reports a child that exits, and ECHILD when there is none', async () => {
    const { kernel, driver } = bareKernel();
    const seen: string[] = [];
    const parent = kernel.spawn({
      parent: null,
      argv: ['parent'],
      main: async (p) => {
        kernel.spawn({ parent: p, argv: ['child'], main: async (c) => { await c.sleep(1_000_000); return 7; } });
        const result = await kernel.waitpid(p, -1);
        seen.push(`${result!.status.kind} ${(result!.status as { code: number }).code} at ${kernel.clock.nowUs}`);
        await kernel.waitpid(p, -1).catch((e: Errno) => seen.push(e.code));
        return 0;
      },
    });
    await runUntilExited(driver, parent);
    expect(seen).toEqual(['exited 7 at 1000000', 'ECHILD']);
  });
});

describe('pipes', () => {
  test('hold 64 KiB: a writer blocks until the reader drains it (backpressure)', async () => {
    const { kernel, driver } = bareKernel();
    const { readerFds, writerFds, pipe } = pipeFds();
    const log: string[] = [];
    const writer = kernel.spawn({
      parent: null, argv: ['writer'], fds: writerFds,
      main: async (p) => {
        await p.fds.get(1).write(p, new Uint8Array(PIPE_CAPACITY + 1000));
        log.push(`writer done at ${kernel.clock.nowUs}`);
        return 0;
      },
    });
    const reader = kernel.spawn({
      parent: null, argv: ['reader'], fds: readerFds,
      main: async (p) => {
        await p.sleep(5_000);
        log.push(`buffered before reading: ${pipe.bytesBuffered}`);
        let total = 0;
        for (;;) {
          const chunk = await p.fds.get(0).read(p, 65536);
          if (chunk.length === 0) break;
          total += chunk.length;
        }
        log.push(`reader got ${total}`);
        return 0;
      },
    });
    await runUntilExited(driver, writer, reader);
    expect(log).toEqual([`buffered before reading: ${PIPE_CAPACITY}`, 'writer done at 5000', `reader got ${PIPE_CAPACITY + 1000}`]);
  });

  test('a write with no reader left kills the writer with SIGPIPE (status 141)', async () => {
    const { kernel, driver } = bareKernel();
    const { readerFds, writerFds } = pipeFds();
    const writes: number[] = [];
    const yes = kernel.spawn({
      parent: null, argv: ['yes'], fds: writerFds,
      main: async (p) => {
        for (let i = 0; ; i++) {
          await p.fds.get(1).write(p, new TextEncoder().encode('y\n'));
          writes.push(i);
        }
      },
    });
    const head = kernel.spawn({
      parent: null, argv: ['head'], fds: readerFds,
      main: async (p) => {
        await p.fds.get(0).read(p, 6);
        return 0;
      },
    });
    await runUntilExited(driver, yes, head);
    expect(statusOf(head)).toBe('exited 0');
    expect(statusOf(yes)).toBe(`killed by ${SIG.PIPE}`);
  });

  test('a writer that ignores SIGPIPE gets EPIPE instead', async () => {
    const { kernel, driver } = bareKernel();
    const { readerFds, writerFds } = pipeFds();
    readerFds.closeAll();
    let error = '';
    const writer = kernel.spawn({
      parent: null, argv: ['w'], fds: writerFds,
      main: async (p) => {
        p.dispositions.set(SIG.PIPE, 'ignore');
        await p.fds.get(1).write(p, new Uint8Array(1)).catch((e: Errno) => (error = e.code));
        return 0;
      },
    });
    await runUntilExited(driver, writer);
    expect(error).toBe('EPIPE');
  });

  test('the reader sees end of file once every writer has closed', async () => {
    const { kernel, driver } = bareKernel();
    const { readerFds, writerFds } = pipeFds();
    const chunks: string[] = [];
    const writer = kernel.spawn({ parent: null, argv: ['w'], fds: writerFds, main: async (p) => { await p.fds.get(1).write(p, new TextEncoder().encode('last')); return 0; } });
    const reader = kernel.spawn({
      parent: null, argv: ['r'], fds: readerFds,
      main: async (p) => {
        for (;;) {
          const chunk = await p.fds.get(0).read(p, 100);
          chunks.push(chunk.length === 0 ? 'EOF' : new TextDecoder().decode(chunk));
          if (chunk.length === 0) return 0;
        }
      },
    });
    await runUntilExited(driver, writer, reader);
    expect(chunks).toEqual(['last', 'EOF']);
  });
});

describe('signals', () => {
  test('INT and TERM end a sleeping process (128 + signal); KILL cannot be ignored', async () => {
    const { kernel, driver } = bareKernel();
    const sleeper = (): ReturnType<typeof kernel.spawn> => kernel.spawn({ parent: null, argv: ['sleep'], main: async (p) => { await p.sleep(10_000_000); return 0; } });
    const a = sleeper();
    const b = sleeper();
    const c = sleeper();
    c.dispositions.set(SIG.KILL, 'ignore');
    c.dispositions.set(SIG.TERM, 'ignore');
    await driver.fastForward({ untilUs: 1000 });
    kernel.kill(null, a.pid, SIG.INT);
    kernel.kill(null, b.pid, SIG.TERM);
    kernel.kill(null, c.pid, SIG.TERM);
    kernel.kill(null, c.pid, SIG.KILL);
    await runUntilExited(driver, a, b, c);
    expect([statusOf(a), statusOf(b), statusOf(c)]).toEqual(['killed by 2', 'killed by 15', 'killed by 9']);
    expect(kernel.clock.nowUs).toBe(1000);
  });

  test('STOP freezes a process (its parent hears of it) and CONT lets it finish', async () => {
    const { kernel, driver } = bareKernel();
    const reports: string[] = [];
    const parent = kernel.spawn({
      parent: null,
      argv: ['parent'],
      main: async (p) => {
        const child = kernel.spawn({ parent: p, argv: ['worker'], main: async (c) => { await c.sleep(1_000); return 4; } });
        kernel.kill(p, child.pid, SIG.STOP);
        const stopped = await kernel.waitpid(p, child.pid, { untraced: true });
        reports.push(stopped!.status.kind);
        await p.sleep(50_000);
        reports.push(`still ${child.state} at ${kernel.clock.nowUs}`);
        kernel.kill(p, child.pid, SIG.CONT);
        const done = await kernel.waitpid(p, child.pid);
        reports.push(`${done!.status.kind} at ${kernel.clock.nowUs}`);
        return 0;
      },
    });
    await runUntilExited(driver, parent);
    expect(reports).toEqual(['stopped', 'still stopped at 50000', 'exited at 50000']);
  });

  test('a caught signal interrupts a blocking wait with EINTR', async () => {
    const { kernel, driver } = bareKernel();
    let outcome = '';
    const proc = kernel.spawn({
      parent: null,
      argv: ['trapper'],
      main: async (p) => {
        p.dispositions.set(SIG.USR1, 'catch');
        await p.sleep(1_000_000).catch((e: Errno) => (outcome = `${e.code}, caught ${p.caughtSignals.join()}`));
        return 0;
      },
    });
    await driver.fastForward({ untilUs: 10 });
    kernel.kill(null, proc.pid, SIG.USR1);
    await runUntilExited(driver, proc);
    expect(outcome).toBe(`EINTR, caught ${SIG.USR1}`);
  });
});

describe('time and quiescence', () => {
  test('time jumps only when every process is blocked', async () => {
    const { kernel, driver } = bareKernel();
    const stamps: number[] = [];
    const busy = kernel.spawn({
      parent: null,
      argv: ['busy'],
      main: async () => {
        stamps.push(kernel.clock.nowUs);
        for (let i = 0; i < 1000; i++) await Promise.resolve();
        stamps.push(kernel.clock.nowUs);
        return 0;
      },
    });
    const sleeper = kernel.spawn({ parent: null, argv: ['sleep'], main: async (p) => { await p.sleep(60_000_000); stamps.push(kernel.clock.nowUs); return 0; } });
    await runUntilExited(driver, busy, sleeper);
    expect(stamps).toEqual([0, 0, 60_000_000]);
  });

  test('a CPU-bound loop is preempted every quantum and virtual time passes while it computes', async () => {
    const { kernel, driver } = bareKernel();
    let slices = 0;
    let stopped = -1;
    const spinner = kernel.spawn({
      parent: null,
      argv: ['spin'],
      main: async (p) => {
        for (;;) {
          const pending = p.tick(100);
          if (pending) {
            slices++;
            await pending;
          }
        }
      },
    });
    const killer = kernel.spawn({
      parent: null,
      argv: ['killer'],
      main: async (p) => {
        await p.sleep(95_000);
        kernel.kill(p, spinner.pid, SIG.INT);
        stopped = kernel.clock.nowUs;
        return 0;
      },
    });
    await runUntilExited(driver, spinner, killer);
    expect(statusOf(spinner)).toBe('killed by 2');
    expect(stopped).toBe(95_000);
    expect(slices).toBe(Math.floor(95_000 / CPU_QUANTUM_US) + 1);
    expect(kernel.clock.nowUs).toBeLessThanOrEqual(95_000 + CPU_QUANTUM_US);
  });

  test('fast-forward reports a deadlock when everything waits and nothing is scheduled', async () => {
    const { kernel, driver } = bareKernel();
    const { readerFds, writerFds } = pipeFds();
    void writerFds;
    kernel.spawn({ parent: null, argv: ['stuck'], fds: readerFds, main: async (p) => { await p.fds.get(0).read(p, 1); return 0; } });
    expect(await driver.fastForward({ done: () => false })).toBe('deadlock');
  });
});
