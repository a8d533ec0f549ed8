// hostname (Debian's hostname 3.23): the machine's name (System.hostname, "playground") and what
// /etc/hosts says about it (-f, -d, -a, -i). Setting it needs root, as on Linux. The network
// addresses (-I) are the simulated machine's single interface, 10.0.2.15.

import { defineCommand } from './command.ts';
import { Unsupported, type CommandContext } from './context.ts';
import { getopt, UsageError } from './getopt.ts';
import { Errno } from '../kernel/errors.ts';

const USAGE = `Usage: hostname [-b] {hostname|-F file}         set host name (from file)
       hostname [-a|-A|-d|-f|-i|-I|-s|-y]       display formatted name
       hostname                                 display host name

       {yp,nis,}domainname {nisdomain|-F file}  set NIS domain name (from file)
       {yp,nis,}domainname                      display NIS domain name

       dnsdomainname                            display dns domain name

       hostname -V|--version|-h|--help          print info and exit

Program name:
       {yp,nis,}domainname=hostname -y
       dnsdomainname=hostname -d

Program options:
    -a, --alias            alias names
    -A, --all-fqdns        all long host names (FQDNs)
    -b, --boot             set default hostname if none available
    -d, --domain           DNS domain name
    -f, --fqdn, --long     long host name (FQDN)
    -F, --file             read host name or NIS domain name from given file
    -i, --ip-address       addresses for the host name
    -I, --all-ip-addresses all addresses for the host
    -s, --short            short host name
    -y, --yp, --nis        NIS/YP domain name

Description:
   This command can get or set the host name or the NIS domain name. You can
   also get the DNS domain or the FQDN (fully qualified domain name).
   Unless you are using bind or NIS for host lookups you can change the
   FQDN (Fully Qualified Domain Name) and the DNS domain name (which is
   part of the FQDN) in the /etc/hosts file.
`;

/** The address of the machine's (simulated) network interface. */
const INTERFACE_ADDRESS = '10.0.2.15';

export const hostname = defineCommand({
  name: 'hostname',
  summary: 'show or set the system\'s host name',
  help: USAGE,
  // hostname prints its usage itself, and exits with 255 even for --help.
  answersHelp: false,
  async run(ctx) {
    let parsed;
    try {
      parsed = getopt(ctx.args, [
        { short: 'a', long: 'alias' }, { short: 'A', long: 'all-fqdns' }, { short: 'b', long: 'boot' },
        { short: 'd', long: 'domain' }, { short: 'f', long: 'fqdn' }, { long: 'long', key: 'fqdn' },
        { short: 'F', long: 'file', arg: 'required' }, { short: 'h', long: 'help' }, { short: 'i', long: 'ip-address' },
        { short: 'I', long: 'all-ip-addresses' }, { short: 's', long: 'short' }, { short: 'V', long: 'version' },
        { long: 'verbose' }, { short: 'y', long: 'yp' }, { long: 'nis', key: 'yp' },
      ]);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      await ctx.error(error.message);
      await ctx.stdout.write(USAGE);
      return 255;
    }
    let type = '';
    let file: string | undefined;
    for (const { key, value } of parsed.options) {
      if (key === 'help') {
        await ctx.stdout.write(USAGE);
        return 255;
      }
      if (key === 'version') {
        await ctx.stdout.write('hostname 3.23\n');
        return 0;
      }
      if (key === 'verbose') throw new Unsupported('--verbose');
      if (key === 'file') file = value;
      else if (key !== 'boot') type = key;
    }
    if (parsed.operands.length > 1) {
      await ctx.stderr.write(USAGE);
      return 255;
    }
    if (file !== undefined || parsed.operands.length === 1) return setName(ctx, file, parsed.operands[0]);
    return show(ctx, type);
  },
});

async function show(ctx: CommandContext, type: string): Promise<number> {
  const name = ctx.system.hostname;
  const fail = async (message: string): Promise<number> => {
    await ctx.error(message);
    return 1;
  };
  switch (type) {
    case '':
      return print(ctx, name);
    case 'short':
      return print(ctx, name.split('.')[0]);
    case 'all-ip-addresses':
      return print(ctx, `${INTERFACE_ADDRESS} `);
    case 'all-fqdns':
      return print(ctx, '');
    case 'yp':
      // hostname prints this one on standard output.
      await ctx.stdout.write('hostname: Local domain name not set\n');
      return 1;
  }
  const entries = (await hostsFile(ctx)).filter((e) => e.names.includes(name));
  if (entries.length === 0) return fail('Name or service not known');
  const canonical = entries[0].names[0];
  switch (type) {
    case 'fqdn':
      return print(ctx, canonical);
    case 'domain':
      return canonical.includes('.') ? print(ctx, canonical.slice(canonical.indexOf('.') + 1)) : 0;
    case 'alias':
      return print(ctx, entries[0].names.slice(1).join(' '));
    default:
      return print(ctx, entries.map((e) => e.address).join(' '));
  }
}

async function print(ctx: CommandContext, text: string): Promise<number> {
  await ctx.stdout.write(`${text}\n`);
  return 0;
}

async function setName(ctx: CommandContext, file: string | undefined, operand: string | undefined): Promise<number> {
  let name = operand ?? '';
  if (file !== undefined) {
    try {
      const reader = await ctx.openInput(file);
      const text = await reader.readAllText();
      ctx.closeInput(reader);
      name = text.split('\n').find((line) => line.trim() !== '' && !line.startsWith('#'))?.trim() ?? '';
    } catch (error) {
      if (!(error instanceof Errno)) throw error;
      await ctx.error(error.message);
      return 1;
    }
  }
  if (!/^[A-Za-z0-9][A-Za-z0-9.-]*$/.test(name) || name.length > 64) {
    await ctx.error('the specified hostname is invalid');
    return 1;
  }
  if (ctx.proc.cred.uid !== 0) {
    await ctx.error('you must be root to change the host name');
    return 1;
  }
  ctx.system.hostname = name;
  return 0;
}

/** The address and names of each /etc/hosts line. */
async function hostsFile(ctx: CommandContext): Promise<{ address: string; names: string[] }[]> {
  let text = '';
  try {
    const reader = await ctx.openInput('/etc/hosts');
    text = await reader.readAllText();
    ctx.closeInput(reader);
  } catch (error) {
    if (!(error instanceof Errno)) throw error;
  }
  const entries: { address: string; names: string[] }[] = [];
  for (const line of text.split('\n')) {
    const fields = line.replace(/#.*/, '').trim().split(/\s+/);
    if (fields.length >= 2 && fields[0] !== '') entries.push({ address: fields[0], names: fields.slice(1) });
  }
  return entries;
}
