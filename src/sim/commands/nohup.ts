// nohup: runs a command immune to hangups (GNU coreutils 9.1, nohup.c). Like the real one it does
// not fork: it rearranges its own descriptors (a terminal on stdin becomes /dev/null opened for
// writing, a terminal on stdout is replaced by nohup.out or $HOME/nohup.out, a terminal on stderr
// follows stdout), ignores SIGHUP and execs the command in the same process, so the command and
// everything it starts inherit the ignored SIGHUP.

import { defineCommand } from './command.ts';
import { coreutilsVersion } from './text-version.ts';
import { resolveProgram } from './spawn-program.ts';
import { execve, resolveExec } from '../exec.ts';
import { Errno } from '../kernel/errors.ts';
import type { FileDescription } from '../kernel/file-description.ts';
import { SIG } from '../kernel/signals.ts';
import { quoteAlways } from '../text/quote.ts';

const HELP = `Usage: nohup COMMAND [ARG]...
  or:  nohup OPTION
Run COMMAND, ignoring hangup signals.

      --help        display this help and exit
      --version     output version information and exit

If standard input is a terminal, redirect it from an unreadable file.
If standard output is a terminal, append output to 'nohup.out' if possible,
'$HOME/nohup.out' otherwise.
If standard error is a terminal, redirect it to standard output.
To save output to FILE, use 'nohup COMMAND > FILE'.

NOTE: your shell may have its own version of nohup, which usually supersedes
the version described here.  Please refer to your shell's documentation
for details about the options it supports.

GNU coreutils online help: <https://www.gnu.org/software/coreutils/>
Report any translation bugs to <https://translationproject.org/team/>
Full documentation <https://www.gnu.org/software/coreutils/nohup>
or available locally via: info '(coreutils) nohup invocation'
`;

const EXIT_CANCELED = 125;
const POSIX_NOHUP_FAILURE = 127;
const EXIT_CANNOT_INVOKE = 126;
const EXIT_ENOENT = 127;
const encoder = new TextEncoder();

export const nohup = defineCommand({
  name: 'nohup',
  summary: 'run a command immune to hangups, with output to a non-tty',
  help: HELP,
  usageStatus: EXIT_CANCELED,
  async run(ctx) {
    const internalFailure = ctx.getenv('POSIXLY_CORRECT') !== undefined ? POSIX_NOHUP_FAILURE : EXIT_CANCELED;
    const { options, operands } = ctx.parse([{ long: 'version' }], { stopAtOperand: true });
    if (options.some((o) => o.key === 'version')) {
      await ctx.stdout.write(coreutilsVersion('nohup', 'Written by Jim Meyering.'));
      return 0;
    }
    if (operands.length === 0) {
      await ctx.error('missing operand');
      await ctx.usageError('');
      return internalFailure;
    }
    const proc = ctx.proc;
    const fds = proc.fds;
    const isTty = (fd: number): boolean => fds.find(fd)?.isTerminal() ?? false;
    const ignoringInput = isTty(0);
    const redirectingStdout = isTty(1);
    const stdoutIsClosed = !redirectingStdout && !fds.has(1);
    const redirectingStderr = isTty(2);

    if (ignoringInput) {
      // Opened for writing on purpose, so that any read fails.
      try {
        fds.setAdopted(0, await ctx.open('/dev/null', { write: true }));
      } catch (error) {
        if (!(error instanceof Errno)) throw error;
        await ctx.error(`failed to render standard input unusable: ${error.message}`);
        return internalFailure;
      }
      if (!redirectingStdout && !redirectingStderr) await ctx.error('ignoring input');
    }

    let out: FileDescription | undefined;
    if (redirectingStdout || (redirectingStderr && stdoutIsClosed)) {
      let file = 'nohup.out';
      const openOut = async (path: string): Promise<FileDescription> => {
        // umask(~0600) while creating it: the file gets exactly rw-------.
        const umask = proc.umask;
        proc.umask = ~0o600 & 0o777;
        try {
          return await ctx.open(path, { write: true, create: true, append: true }, 0o600);
        } finally {
          proc.umask = umask;
        }
      };
      try {
        out = await openOut(file);
      } catch (error) {
        if (!(error instanceof Errno)) throw error;
        const home = ctx.getenv('HOME');
        const inHome = home !== undefined ? `${home.replace(/\/+$/, '')}/${file}` : undefined;
        let homeError: unknown;
        if (inHome !== undefined) {
          try {
            out = await openOut(inHome);
          } catch (second) {
            if (!(second instanceof Errno)) throw second;
            homeError = second;
          }
        }
        if (out === undefined) {
          await ctx.error(`failed to open ${quoteAlways(file)}: ${error.message}`);
          if (homeError instanceof Errno) await ctx.error(`failed to open ${quoteAlways(inHome!)}: ${homeError.message}`);
          return internalFailure;
        }
        file = inHome!;
      }
      await ctx.error(`${ignoringInput ? 'ignoring input and appending output to' : 'appending output to'} ${quoteAlways(file)}`);
      if (redirectingStdout) fds.setAdopted(1, out);
    }

    let savedStderr: FileDescription | undefined;
    if (redirectingStderr) {
      savedStderr = fds.get(2).retain();
      if (!redirectingStdout) await ctx.error(ignoringInput ? 'ignoring input and redirecting stderr to stdout' : 'redirecting stderr to stdout');
      const target = redirectingStdout ? fds.find(1) : out;
      if (target) fds.set(2, target);
      if (stdoutIsClosed) out?.release();
    }
    await ctx.flush();

    proc.dispositions.set(SIG.HUP, 'ignore');
    const argv = operands;
    let status: number;
    try {
      const path = resolveProgram(ctx.system, proc, argv[0]);
      // execvp: a file without #! runs under /bin/sh.
      let viaShell = false;
      try {
        resolveExec(ctx.system, proc.cred, proc.cwd, path, argv);
      } catch (error) {
        if (!(error instanceof Errno && error.code === 'ENOEXEC')) throw error;
        viaShell = true;
      }
      savedStderr?.release();
      savedStderr = undefined;
      status = viaShell ? await execve(ctx.system, proc, '/bin/sh', ['sh', path, ...argv.slice(1)]) : await execve(ctx.system, proc, path, argv);
    } catch (error) {
      if (!(error instanceof Errno)) throw error;
      // The diagnostic goes to the original stderr (nohup saved it before redirecting).
      const message = `${ctx.name}: failed to run command ${quoteAlways(argv[0])}: ${error.message}\n`;
      const stderr = savedStderr ?? fds.find(2);
      if (stderr?.writable) await stderr.write(proc, encoder.encode(message));
      savedStderr?.release();
      return error.code === 'ENOENT' ? EXIT_ENOENT : EXIT_CANNOT_INVOKE;
    }
    return status;
  },
});
