import type { Builtin } from './builtin.ts';

export const times: Builtin = {
  name: 'times',
  special: true,
  synopsis: 'times',
  async run(ctx) {
    const proc = ctx.proc;
    const format = (us: number): string => {
      const minutes = Math.floor(us / 60_000_000);
      return `${minutes}m${((us - minutes * 60_000_000) / 1_000_000).toFixed(3)}s`;
    };
    await ctx.stdout.write(`${format(proc.cpuUserUs + proc.unpaidCpuUs)} ${format(proc.cpuSysUs)}\n${format(proc.childrenUserUs)} ${format(proc.childrenSysUs)}\n`);
    return 0;
  },
};
