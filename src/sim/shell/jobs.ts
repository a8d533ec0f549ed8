// The shell's job table: each pipeline started in the background (or stopped with ^Z) is a job
// with a number, a process group and the command text, as `jobs` lists them.

import type { ChildStatus } from '../kernel/process.ts';

export interface JobProcess {
  pid: number;
  status: ChildStatus | null; // null while running
  /** This process's part of a pipeline job, for `jobs -l` (absent for a one-process job). */
  command?: string;
}

export interface Job {
  id: number;
  pgid: number;
  command: string;
  processes: JobProcess[];
  state: 'running' | 'stopped' | 'done';
  /** A state change the user has not been told about yet (reported before the next prompt). */
  changed: boolean;
  background: boolean;
}

export class JobTable {
  readonly jobs = new Map<number, Job>();
  /** Most recent first: %+ is order[0], %- is order[1]. */
  private order: number[] = [];

  add(job: Omit<Job, 'id' | 'changed'>): Job {
    let id = 1;
    for (const existing of this.jobs.keys()) id = Math.max(id, existing + 1);
    const entry: Job = { ...job, id, changed: false };
    this.jobs.set(id, entry);
    this.touch(id);
    return entry;
  }

  touch(id: number): void {
    this.order = [id, ...this.order.filter((j) => j !== id)];
  }

  remove(id: number): void {
    this.jobs.delete(id);
    this.order = this.order.filter((j) => j !== id);
  }

  get current(): Job | undefined {
    return this.jobs.get(this.order[0]);
  }

  get previous(): Job | undefined {
    return this.jobs.get(this.order[1]);
  }

  byPid(pid: number): Job | undefined {
    for (const job of this.jobs.values()) if (job.processes.some((p) => p.pid === pid)) return job;
    return undefined;
  }

  list(): Job[] {
    return [...this.jobs.values()].sort((a, b) => a.id - b.id);
  }

  /** '+' for the current job, '-' for the previous one, ' ' otherwise (as `jobs` marks them). */
  mark(job: Job): string {
    if (job.id === this.order[0]) return '+';
    if (job.id === this.order[1]) return '-';
    return ' ';
  }

  get size(): number {
    return this.jobs.size;
  }
}
