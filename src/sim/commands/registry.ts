// The set of native commands installed on the machine (what /usr/bin holds). Commands are known by
// name at once and loaded when first run (see index.ts).

import type { Command } from './command.ts';

export type CommandLoader = () => Promise<Command>;

export class CommandRegistry {
  private readonly loaded = new Map<string, Command>();

  constructor(private readonly loaders: Readonly<Record<string, CommandLoader>>) {}

  has(name: string): boolean {
    return Object.hasOwn(this.loaders, name);
  }

  /** Every installed name, sorted. */
  names(): string[] {
    return Object.keys(this.loaders).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  /** The command if its module is loaded already. */
  loadedNow(name: string): Command | undefined {
    return this.loaded.get(name);
  }

  /** The command, loading its module the first time. */
  async load(name: string): Promise<Command | undefined> {
    const cached = this.loaded.get(name);
    if (cached !== undefined || !this.has(name)) return cached;
    const command = await this.loaders[name]();
    this.loaded.set(name, command);
    return command;
  }

  /** Every command, sorted by name (loads them all: `help` lists their summaries). */
  async list(): Promise<Command[]> {
    return Promise.all(this.names().map(async (name) => (await this.load(name))!));
  }
}
