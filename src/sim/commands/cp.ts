// cp: copies files and, with -r, directory trees (the engine is in cp-copy.ts). This file reads
// the options the way GNU cp combines them (-a = -dR --preserve=all, the last of -i/-n wins,
// symlinks followed unless copying recursively) and pairs operands with destinations.

import { defineCommand } from './command.ts';
import type { CommandContext } from './context.ts';
import { Unsupported } from './context.ts';
import { quoteAlways } from '../text/quote.ts';
import { argmatch } from './cp-argmatch.ts';
import { copyEntry, type CopyOptions, type CopyState } from './cp-copy.ts';
import { pairOperands } from './cp-target.ts';

const HELP = `Usage: cp [OPTION]... [-T] SOURCE DEST
  or:  cp [OPTION]... SOURCE... DIRECTORY
  or:  cp [OPTION]... -t DIRECTORY SOURCE...
Copy SOURCE to DEST, or multiple SOURCE(s) to DIRECTORY.

Mandatory arguments to long options are mandatory for short options too.
  -a, --archive                same as -dR --preserve=all
      --attributes-only        don't copy the file data, just the attributes
      --backup[=CONTROL]       make a backup of each existing destination file
  -b                           like --backup but does not accept an argument
      --copy-contents          copy contents of special files when recursive
  -d                           same as --no-dereference --preserve=links
  -f, --force                  if an existing destination file cannot be
                                 opened, remove it and try again (this option
                                 is ignored when the -n option is also used)
  -i, --interactive            prompt before overwrite (overrides a previous -n
                                  option)
  -H                           follow command-line symbolic links in SOURCE
  -l, --link                   hard link files instead of copying
  -L, --dereference            always follow symbolic links in SOURCE
  -n, --no-clobber             do not overwrite an existing file (overrides
                                 a previous -i option)
  -P, --no-dereference         never follow symbolic links in SOURCE
  -p                           same as --preserve=mode,ownership,timestamps
      --preserve[=ATTR_LIST]   preserve the specified attributes (default:
                                 mode,ownership,timestamps), if possible
                                 additional attributes: context, links, xattr,
                                 all
      --no-preserve=ATTR_LIST  don't preserve the specified attributes
      --parents                use full source file name under DIRECTORY
  -R, -r, --recursive          copy directories recursively
      --reflink[=WHEN]         control clone/CoW copies. See below
      --remove-destination     remove each existing destination file before
                                 attempting to open it (contrast with --force)
      --sparse=WHEN            control creation of sparse files. See below
      --strip-trailing-slashes  remove any trailing slashes from each SOURCE
                                 argument
  -s, --symbolic-link          make symbolic links instead of copying
  -S, --suffix=SUFFIX          override the usual backup suffix
  -t, --target-directory=DIRECTORY  copy all SOURCE arguments into DIRECTORY
  -T, --no-target-directory    treat DEST as a normal file
  -u, --update                 copy only when the SOURCE file is newer
                                 than the destination file or when the
                                 destination file is missing
  -v, --verbose                explain what is being done
  -x, --one-file-system        stay on this file system
  -Z                           set SELinux security context of destination
                                 file to default type
      --context[=CTX]          like -Z, or if CTX is specified then set the
                                 SELinux or SMACK security context to CTX
      --help        display this help and exit
      --version     output version information and exit

By default, sparse SOURCE files are detected by a crude heuristic and the
corresponding DEST file is made sparse as well.  That is the behavior
selected by --sparse=auto.  Specify --sparse=always to create a sparse DEST
file whenever the SOURCE file contains a long enough sequence of zero bytes.
Use --sparse=never to inhibit creation of sparse files.

When --reflink[=always] is specified, perform a lightweight copy, where the
data blocks are copied only when modified.  If this is not possible the copy
fails, or if --reflink=auto is specified, fall back to a standard copy.
Use --reflink=never to ensure a standard copy is performed.

The backup suffix is '~', unless set with --suffix or SIMPLE_BACKUP_SUFFIX.
The version control method may be selected via the --backup option or through
the VERSION_CONTROL environment variable.  Here are the values:

  none, off       never make backups (even if --backup is given)
  numbered, t     make numbered backups
  existing, nil   numbered if numbered backups exist, simple otherwise
  simple, never   always make simple backups

As a special case, cp makes a backup of SOURCE when the force and backup
options are given and SOURCE and DEST are the same name for an existing,
regular file.
`;

const PRESERVE_ATTRIBUTES = ['mode', 'timestamps', 'ownership', 'links', 'context', 'xattr', 'all'];

export const cp = defineCommand({
  name: 'cp',
  summary: 'copy files and directories',
  help: HELP,
  async run(ctx) {
    const { options, operands } = ctx.parse([
      { short: 'a', long: 'archive' },
      { long: 'attributes-only' },
      { long: 'backup', arg: 'optional' },
      { short: 'b' },
      { long: 'copy-contents' },
      { short: 'd' },
      { short: 'f', long: 'force' },
      { short: 'i', long: 'interactive' },
      { short: 'H' },
      { short: 'l', long: 'link' },
      { short: 'L', long: 'dereference' },
      { short: 'n', long: 'no-clobber' },
      { short: 'P', long: 'no-dereference' },
      { short: 'p' },
      { long: 'preserve', arg: 'optional' },
      { long: 'no-preserve', arg: 'required' },
      { long: 'parents' },
      { short: 'R', long: 'recursive' },
      { short: 'r', key: 'recursive' },
      { long: 'reflink', arg: 'optional' },
      { long: 'remove-destination' },
      { long: 'sparse', arg: 'required' },
      { long: 'strip-trailing-slashes' },
      { short: 's', long: 'symbolic-link' },
      { short: 'S', long: 'suffix', arg: 'required' },
      { short: 't', long: 'target-directory', arg: 'required' },
      { short: 'T', long: 'no-target-directory' },
      { short: 'u', long: 'update' },
      { short: 'v', long: 'verbose' },
      { short: 'x', long: 'one-file-system' },
      { short: 'Z' },
      { long: 'context', arg: 'optional' },
    ]);
    const opts: CopyOptions = {
      recursive: false, dereference: 'always', noClobber: false, interactive: false, force: false, removeDestination: false,
      update: false, verbose: false, hardLink: false, symbolicLink: false, preserveMode: false, preserveOwnership: false,
      preserveTimestamps: false, preserveLinks: false,
    };
    let dereference: CopyOptions['dereference'] | undefined;
    let targetDirectory: string | undefined;
    let noTargetDirectory = false;
    let stripSlashes = false;
    let cloneOnly = false;
    for (const { key, value, spelled } of options) {
      switch (key) {
        case 'archive':
          Object.assign(opts, { recursive: true, preserveLinks: true, preserveMode: true, preserveOwnership: true, preserveTimestamps: true });
          dereference = 'never';
          break;
        case 'd':
          opts.preserveLinks = true;
          dereference = 'never';
          break;
        case 'force': opts.force = true; break;
        case 'interactive': [opts.interactive, opts.noClobber] = [true, false]; break;
        case 'no-clobber': [opts.noClobber, opts.interactive] = [true, false]; break;
        case 'H': dereference = 'command-line'; break;
        case 'dereference': dereference = 'always'; break;
        case 'no-dereference': dereference = 'never'; break;
        case 'link': opts.hardLink = true; break;
        case 'symbolic-link': opts.symbolicLink = true; break;
        case 'p': Object.assign(opts, { preserveMode: true, preserveOwnership: true, preserveTimestamps: true }); break;
        case 'preserve':
        case 'no-preserve': {
          const attributes = value === undefined ? ['mode', 'ownership', 'timestamps'] : await decodeAttributes(ctx, value, spelled);
          if (typeof attributes === 'number') return attributes;
          for (const attribute of attributes) setPreserved(opts, attribute, key === 'preserve');
          break;
        }
        case 'recursive': opts.recursive = true; break;
        case 'reflink': {
          const when = await argmatch(ctx, value ?? 'always', ['auto', 'always', 'never'], '--reflink');
          if (typeof when === 'number') return when;
          cloneOnly = when === 'always';
          break;
        }
        case 'remove-destination': opts.removeDestination = true; break;
        case 'sparse': {
          const when = await argmatch(ctx, value!, ['never', 'auto', 'always'], '--sparse');
          if (typeof when === 'number') return when;
          // Our files have no holes, so only "always" (which would punch them) differs visibly.
          if (when === 'always') throw new Unsupported('--sparse=always');
          break;
        }
        case 'strip-trailing-slashes': stripSlashes = true; break;
        case 'target-directory': targetDirectory = value; break;
        case 'no-target-directory': noTargetDirectory = true; break;
        case 'update': opts.update = true; break;
        case 'verbose': opts.verbose = true; break;
        case 'one-file-system': break; // there is one file system
        default: throw new Unsupported(spelled);
      }
    }
    if (opts.hardLink && opts.symbolicLink) {
      await ctx.error('cannot make both hard and symbolic links');
      return ctx.usageError('');
    }
    opts.dereference = dereference ?? (opts.recursive && !opts.hardLink ? 'never' : 'always');
    const pairs = await pairOperands(ctx, stripSlashes ? operands.map(stripTrailingSlashes) : operands, targetDirectory, noTargetDirectory);
    if (typeof pairs === 'number') return pairs;
    let ok = true;
    const session = pairs.length > 1 ? { sources: new Set<string>(), dests: new Set<string>() } : undefined;
    for (const { source, dest } of pairs) {
      if (cloneOnly && !opts.recursive) {
        // The disk is ext4-like: it cannot share blocks between files.
        await ctx.error(`failed to clone ${quoteAlways(dest)} from ${quoteAlways(source)}: Operation not supported`);
        ok = false;
        continue;
      }
      const state: CopyState = { topSource: source, topDest: dest, linked: new Map(), created: new Set(), session };
      ok = (await copyEntry(ctx, source, dest, opts, state, true)) && ok;
    }
    return ok ? 0 : 1;
  },
});

function setPreserved(opts: CopyOptions, attribute: string, on: boolean): void {
  if (attribute === 'mode' || attribute === 'all') opts.preserveMode = on;
  if (attribute === 'ownership' || attribute === 'all') opts.preserveOwnership = on;
  if (attribute === 'timestamps' || attribute === 'all') opts.preserveTimestamps = on;
  if (attribute === 'links' || attribute === 'all') opts.preserveLinks = on;
  if (attribute === 'context' && on) throw new Unsupported('--preserve=context');
}

async function decodeAttributes(ctx: CommandContext, list: string, option: string): Promise<string[] | number> {
  const out: string[] = [];
  for (const item of list.split(',')) {
    const attribute = await argmatch(ctx, item, PRESERVE_ATTRIBUTES, option);
    if (typeof attribute === 'number') return attribute;
    out.push(attribute);
  }
  return out;
}

function stripTrailingSlashes(path: string): string {
  const stripped = path.replace(/\/+$/, '');
  return stripped === '' && path !== '' ? '/' : stripped;
}
