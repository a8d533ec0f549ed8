// pipeline-playground: the headless command. Subcommands run the same world as the web page.

import { runShellCommand, SH_USAGE } from './sh-command.ts';

const USAGE = `Usage: pipeline-playground COMMAND [ARGS...]

Commands:
  sh       run shell commands or a script in a simulated machine (see 'sh --help')
  lessons  validate lessons headless, scaffold a new one, or print a generated dataset
           (see 'lessons --help')
  bench    run the benchmarks and print their figures

Options:
  --help   show this help
`;

export async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  switch (command) {
    case 'sh':
      return runShellCommand(rest);
    case 'lessons': {
      const { runLessonsCommand } = await import('./lessons-command.ts');
      return runLessonsCommand(rest);
    }
    case 'bench': {
      const { runBenchmarks } = await import('../../bench/run.ts');
      return runBenchmarks(rest);
    }
    case '--help':
    case '-h':
    case 'help':
      process.stdout.write(USAGE);
      return 0;
    case undefined:
      process.stderr.write(USAGE);
      return 2;
    default:
      process.stderr.write(`pipeline-playground: unknown command '${command}'\n${USAGE}`);
      return 2;
  }
}

export { SH_USAGE };
