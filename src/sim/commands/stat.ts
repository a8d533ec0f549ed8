// stat: file (or, with -f, filesystem) status in GNU's default layout, --terse, or a -c/--printf
// FORMAT. Times come from the virtual clock with nanoseconds; the filesystem does not record
// birth times, so Birth is "-" as on filesystems that do not report one.

import { defineCommand } from './command.ts';
import type { CommandContext } from './context.ts';
import { Errno } from '../kernel/errors.ts';
import { FifoInode, S_IFIFO, type Inode } from '../fs/inode.ts';
import { quoteAlways, quoteLocale } from '../text/quote.ts';
import { argmatch } from './cp-argmatch.ts';
import { expandFormat, InvalidDirective } from './stat-format.ts';
import { fileDirective, filesystemDirective, type StatSubject } from './stat-fields.ts';

const HELP = `Usage: stat [OPTION]... FILE...
Display file or file system status.

Mandatory arguments to long options are mandatory for short options too.
  -L, --dereference     follow links
  -f, --file-system     display file system status instead of file status
      --cached=MODE     specify how to use cached attributes;
                          useful on remote file systems. See MODE below
  -c  --format=FORMAT   use the specified FORMAT instead of the default;
                          output a newline after each use of FORMAT
      --printf=FORMAT   like --format, but interpret backslash escapes,
                          and do not output a mandatory trailing newline;
                          if you want a newline, include \\n in FORMAT
  -t, --terse           print the information in terse form
      --help        display this help and exit
      --version     output version information and exit

The MODE argument of --cached can be: always, never, or default.
'always' will use cached attributes if available, while
'never' will try to synchronize with the latest attributes, and
'default' will leave it up to the underlying file system.

The valid format sequences for files (without --file-system):

  %a   permission bits in octal (note '#' and '0' printf flags)
  %A   permission bits and file type in human readable form
  %b   number of blocks allocated (see %B)
  %B   the size in bytes of each block reported by %b
  %C   SELinux security context string
  %d   device number in decimal (st_dev)
  %D   device number in hex (st_dev)
  %Hd  major device number in decimal
  %Ld  minor device number in decimal
  %f   raw mode in hex
  %F   file type
  %g   group ID of owner
  %G   group name of owner
  %h   number of hard links
  %i   inode number
  %m   mount point
  %n   file name
  %N   quoted file name with dereference if symbolic link
  %o   optimal I/O transfer size hint
  %s   total size, in bytes
  %r   device type in decimal (st_rdev)
  %R   device type in hex (st_rdev)
  %Hr  major device type in decimal, for character/block device special files
  %Lr  minor device type in decimal, for character/block device special files
  %t   major device type in hex, for character/block device special files
  %T   minor device type in hex, for character/block device special files
  %u   user ID of owner
  %U   user name of owner
  %w   time of file birth, human-readable; - if unknown
  %W   time of file birth, seconds since Epoch; 0 if unknown
  %x   time of last access, human-readable
  %X   time of last access, seconds since Epoch
  %y   time of last data modification, human-readable
  %Y   time of last data modification, seconds since Epoch
  %z   time of last status change, human-readable
  %Z   time of last status change, seconds since Epoch

Valid format sequences for file systems:

  %a   free blocks available to non-superuser
  %b   total data blocks in file system
  %c   total file nodes in file system
  %d   free file nodes in file system
  %f   free blocks in file system
  %i   file system ID in hex
  %l   maximum length of filenames
  %n   file name
  %s   block size (for faster transfers)
  %S   fundamental block size (for block counts)
  %t   file system type in hex
  %T   file system type in human readable form

--terse is equivalent to the following FORMAT:
    %n %s %b %f %u %g %D %i %h %t %T %X %Y %Z %W %o %C
--terse --file-system is equivalent to the following FORMAT:
    %n %i %l %t %s %S %b %f %a %c %d

NOTE: your shell may have its own version of stat, which usually supersedes
the version described here.  Please refer to your shell's documentation
for details about the options it supports.
`;

const FILE_FORMAT =
  '  File: %N\n  Size: %-10s\tBlocks: %-10b IO Block: %-6o %F\n' +
  'Device: %Hd,%Ld\tInode: %-11i Links: %h\n' +
  'Access: (%04a/%10.10A)  Uid: (%5u/%8U)   Gid: (%5g/%8G)\n' +
  'Access: %x\nModify: %y\nChange: %z\n Birth: %w\n';
const DEVICE_FORMAT = FILE_FORMAT.replace('Links: %h\n', 'Links: %-5h Device type: %Hr,%Lr\n');
const FILESYSTEM_FORMAT =
  '  File: "%n"\n    ID: %-8i Namelen: %-7l Type: %T\n' +
  'Block size: %-10s Fundamental block size: %S\n' +
  'Blocks: Total: %-10b Free: %-10f Available: %a\n' +
  'Inodes: Total: %-10c Free: %d\n';
const TERSE_FILE = '%n %s %b %f %u %g %D %i %h %t %T %X %Y %Z %W %o\n';
const TERSE_FILESYSTEM = '%n %i %l %t %s %S %b %f %a %c %d\n';

export const stat = defineCommand({
  name: 'stat',
  summary: 'display file or file system status',
  help: HELP,
  async run(ctx) {
    const { options, operands } = ctx.parse([
      { short: 'L', long: 'dereference' },
      { short: 'f', long: 'file-system' },
      { long: 'cached', arg: 'required' },
      { short: 'c', long: 'format', arg: 'required' },
      { long: 'printf', arg: 'required' },
      { short: 't', long: 'terse' },
    ]);
    let follow = false;
    let filesystem = false;
    let terse = false;
    let format: string | undefined;
    let escapes = false;
    for (const { key, value } of options) {
      if (key === 'dereference') follow = true;
      else if (key === 'file-system') filesystem = true;
      else if (key === 'terse') terse = true;
      else if (key === 'format') [format, escapes] = [value, false];
      else if (key === 'printf') [format, escapes] = [value, true];
      else if (key === 'cached') {
        const mode = await argmatch(ctx, value!, ['default', 'never', 'always'], '--cached');
        if (typeof mode === 'number') return mode;
      }
    }
    if (operands.length === 0) return ctx.usageError('missing operand');
    let ok = true;
    for (const file of operands) {
      await ctx.tick(5);
      let inode: Inode;
      try {
        inode = file === '-' && !filesystem ? stdinInode(ctx) : ctx.lookup(file, follow || filesystem);
      } catch (error) {
        if (!(error instanceof Errno)) throw error;
        const what = filesystem ? 'cannot read file system information for' : 'cannot statx';
        await ctx.error(`${what} ${quoteAlways(file)}: ${error.message}`);
        ok = false;
        continue;
      }
      const subject: StatSubject = { ctx, name: file, inode, quoted: format !== undefined, problems: [] };
      const chosen = format ?? (filesystem ? (terse ? TERSE_FILESYSTEM : FILESYSTEM_FORMAT) : terse ? TERSE_FILE : inode.type === 'device' ? DEVICE_FORMAT : FILE_FORMAT);
      const warnings: string[] = [];
      let text: string;
      try {
        text = expandFormat(chosen, (d) => (filesystem ? filesystemDirective(subject, d) : fileDirective(subject, d)), escapes ? (w) => warnings.push(w) : undefined);
      } catch (error) {
        if (!(error instanceof InvalidDirective)) throw error;
        await ctx.error(`${quoteLocale(error.message)}: invalid directive`);
        return 1;
      }
      for (const warning of warnings) await ctx.error(warning);
      for (const problem of subject.problems) await ctx.error(problem);
      if (subject.problems.length > 0) ok = false;
      // -c adds the newline after the expansion, so a trailing "%" stays a literal percent sign.
      await ctx.stdout.write(format !== undefined && !escapes ? `${text}\n` : text);
    }
    return ok ? 0 : 1;
  },
});

/** "stat -" describes standard input's file; a pipe is an anonymous fifo (mode 0600, ours). */
function stdinInode(ctx: CommandContext): Inode {
  const description = ctx.proc.fds.find(0) as { inode?: Inode; kind?: string } | undefined;
  if (description?.inode !== undefined) return description.inode;
  if (description?.kind === 'pipe') {
    const now = ctx.kernel.clock.nowUs;
    return new FifoInode(0, S_IFIFO | 0o600, ctx.proc.cred.uid, ctx.proc.cred.gid, now, now, now);
  }
  throw new Errno('EBADF');
}
