// The machine's services as programs see them: the kernel, the installed commands, and the user and
// group databases (read from /etc/passwd and /etc/group, so editing those files changes them).

import type { Kernel } from './kernel/kernel.ts';
import type { CommandRegistry } from './commands/registry.ts';
import { decodeUtf8 } from './io/input-reader.ts';
import type { Shell } from './shell/shell.ts';

export interface UserEntry {
  name: string;
  uid: number;
  gid: number;
  gecos: string;
  home: string;
  shell: string;
}

export interface GroupEntry {
  name: string;
  gid: number;
  members: string[];
}

const ROOT = { uid: 0, gid: 0, groups: [0] };

export class System {
  hostname = 'playground';
  /** Told when an interactive shell starts (the world listens to the terminal's one). */
  shellStarted: ((shell: Shell) => void) | undefined;
  /** Services later subsystems register (cron, airflow, kafka), looked up by name. */
  private readonly services = new Map<string, unknown>();

  constructor(
    readonly kernel: Kernel,
    readonly commands: CommandRegistry,
  ) {}

  users(): UserEntry[] {
    return this.readTable('/etc/passwd', 7).map((f) => ({
      name: f[0],
      uid: Number(f[2]),
      gid: Number(f[3]),
      gecos: f[4],
      home: f[5],
      shell: f[6],
    }));
  }

  groups(): GroupEntry[] {
    return this.readTable('/etc/group', 4).map((f) => ({
      name: f[0],
      gid: Number(f[2]),
      members: f[3] ? f[3].split(',') : [],
    }));
  }

  userByUid(uid: number): UserEntry | undefined {
    return this.users().find((u) => u.uid === uid);
  }

  userByName(name: string): UserEntry | undefined {
    return this.users().find((u) => u.name === name);
  }

  groupByGid(gid: number): GroupEntry | undefined {
    return this.groups().find((g) => g.gid === gid);
  }

  register<T>(name: string, service: T): void {
    this.services.set(name, service);
  }

  service<T>(name: string): T | undefined {
    return this.services.get(name) as T | undefined;
  }

  private readTable(path: string, fields: number): string[][] {
    let text: string;
    try {
      const inode = this.kernel.fs.lookup(ROOT, '/', path);
      if (inode.type !== 'file') return [];
      text = decodeUtf8(inode.content());
    } catch {
      return [];
    }
    const rows: string[][] = [];
    for (const line of text.split('\n')) {
      if (line === '' || line.startsWith('#')) continue;
      const row = line.split(':');
      if (row.length >= fields) rows.push(row);
    }
    return rows;
  }
}
