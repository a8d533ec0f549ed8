// id: user and group IDs of the process (its credentials) or of named users (from /etc/passwd and
// /etc/group, as getgrouplist sees them: primary group first, then the groups listing the user in
// file order). The process's supplementary groups are listed sorted, as the kernel keeps them.

import { defineCommand } from './command.ts';
import type { CommandContext } from './context.ts';
import { quoteLocale } from '../text/quote.ts';
import type { UserEntry } from '../system.ts';

const HELP = `Usage: id [OPTION]... [USER]...
Print user and group information for each specified USER,
or (when USER omitted) for the current process.

  -a             ignore, for compatibility with other versions
  -Z, --context  print only the security context of the process
  -g, --group    print only the effective group ID
  -G, --groups   print all group IDs
  -n, --name     print a name instead of a number, for -ugG
  -r, --real     print the real ID instead of the effective ID, with -ugG
  -u, --user     print only the effective user ID
  -z, --zero     delimit entries with NUL characters, not whitespace;
                   not permitted in default format
      --help        display this help and exit
      --version     output version information and exit

Without any OPTION, print some useful set of identified information.

GNU coreutils online help: <https://www.gnu.org/software/coreutils/>
Report any translation bugs to <https://translationproject.org/team/>
Full documentation <https://www.gnu.org/software/coreutils/id>
or available locally via: info '(coreutils) id invocation'
`;

interface Identity {
  uid: number;
  gid: number;
  /** All group IDs, the primary one first, without duplicates. */
  groups: number[];
}

export const id = defineCommand({
  name: 'id',
  summary: 'print real and effective user and group IDs',
  help: HELP,
  async run(ctx) {
    const { options, operands } = ctx.parse([
      { short: 'a' },
      { short: 'Z', long: 'context' },
      { short: 'g', long: 'group' },
      { short: 'G', long: 'groups' },
      { short: 'n', long: 'name' },
      { short: 'r', long: 'real' },
      { short: 'u', long: 'user' },
      { short: 'z', long: 'zero' },
    ]);
    const has = (key: string): boolean => options.some((o) => o.key === key);
    const [user, group, list, context] = ['user', 'group', 'groups', 'context'].map(has);
    if (context) return fail(ctx, '--context (-Z) works only on an SELinux-enabled kernel');
    if (Number(user) + Number(group) + Number(list) + Number(context) > 1) return fail(ctx, 'cannot print "only" of more than one choice');
    const defaultFormat = !(user || group || list || context);
    if (defaultFormat && (has('real') || has('name'))) return fail(ctx, 'cannot print only names or real IDs in default format');
    if (defaultFormat && has('zero')) return fail(ctx, 'option --zero not permitted in default format');
    const names = has('name');
    const zero = has('zero');
    const status = { ok: true };
    const targets: (Identity | undefined)[] = [];
    if (operands.length === 0) targets.push(processIdentity(ctx));
    for (const operand of operands) {
      const entry = findUser(ctx, operand);
      if (entry === undefined) {
        await ctx.stdout.flush();
        await ctx.error(`${quoteLocale(operand)}: no such user`);
        status.ok = false;
        continue;
      }
      targets.push(userIdentity(ctx, entry));
    }
    for (const who of targets) {
      if (who === undefined) continue;
      let line: string;
      if (user) line = await idName(ctx, who.uid, names, 'user', status);
      else if (group) line = await idName(ctx, who.gid, names, 'group', status);
      else if (list) {
        const parts: string[] = [];
        for (const gid of who.groups) parts.push(await idName(ctx, gid, names, 'group', status));
        line = parts.join(zero ? '\0' : ' ');
      } else line = fullInfo(ctx, who);
      const end = zero && list && operands.length > 1 ? '\0\0' : zero ? '\0' : '\n';
      await ctx.stdout.write(line + end);
    }
    return status.ok ? 0 : 1;
  },
});

async function fail(ctx: CommandContext, message: string): Promise<number> {
  await ctx.error(message);
  return 1;
}

function processIdentity(ctx: CommandContext): Identity {
  const { uid, gid, groups } = ctx.proc.cred;
  const others = [...groups].sort((a, b) => a - b).filter((g) => g !== gid);
  return { uid, gid, groups: [gid, ...new Set(others)] };
}

function userIdentity(ctx: CommandContext, entry: UserEntry): Identity {
  const member = ctx.system.groups().filter((g) => g.members.includes(entry.name)).map((g) => g.gid);
  return { uid: entry.uid, gid: entry.gid, groups: [...new Set([entry.gid, ...member])] };
}

/** A user name, or failing that an all-digits user ID, that /etc/passwd knows. */
export function findUser(ctx: CommandContext, spec: string): UserEntry | undefined {
  return ctx.system.userByName(spec) ?? (/^\d+$/.test(spec) ? ctx.system.userByUid(Number(spec)) : undefined);
}

/** The number, or with -n the name (reporting IDs without one, and printing the number then). */
async function idName(ctx: CommandContext, idNumber: number, names: boolean, kind: 'user' | 'group', status: { ok: boolean }): Promise<string> {
  if (!names) return String(idNumber);
  const name = kind === 'user' ? ctx.system.userByUid(idNumber)?.name : ctx.system.groupByGid(idNumber)?.name;
  if (name !== undefined) return name;
  await ctx.stdout.flush();
  await ctx.error(`cannot find name for ${kind} ID ${idNumber}`);
  status.ok = false;
  return String(idNumber);
}

function fullInfo(ctx: CommandContext, who: Identity): string {
  const named = (idNumber: number, name: string | undefined): string => (name === undefined ? String(idNumber) : `${idNumber}(${name})`);
  const groupName = (gid: number): string | undefined => ctx.system.groupByGid(gid)?.name;
  let line = `uid=${named(who.uid, ctx.system.userByUid(who.uid)?.name)} gid=${named(who.gid, groupName(who.gid))}`;
  if (who.groups.length > 0) line += ` groups=${who.groups.map((g) => named(g, groupName(g))).join(',')}`;
  return line;
}
