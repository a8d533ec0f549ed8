// The starting tree of the machine: a small Debian-like box with a user `student`, the programs the
// playground implements in /usr/bin, and the /etc files the course's labs read (/etc/passwd has
// about thirty realistic entries for the first field-extraction lab).

import type { CommandRegistry } from '../commands/registry.ts';
import { nativeProgram } from '../exec.ts';
import { FileSystem } from './filesystem.ts';
import type { DirInode } from './inode.ts';

export const STUDENT = { uid: 1000, gid: 1000, groups: [1000, 24, 25, 27, 29, 44, 46, 100] } as const;
export const ROOT = { uid: 0, gid: 0, groups: [0] } as const;
export const HOSTNAME = 'playground';

const PASSWD = `root:x:0:0:root:/root:/bin/bash
daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
bin:x:2:2:bin:/bin:/usr/sbin/nologin
sys:x:3:3:sys:/dev:/usr/sbin/nologin
sync:x:4:65534:sync:/bin:/bin/sync
games:x:5:60:games:/usr/games:/usr/sbin/nologin
man:x:6:12:man:/var/cache/man:/usr/sbin/nologin
lp:x:7:7:lp:/var/spool/lpd:/usr/sbin/nologin
mail:x:8:8:mail:/var/mail:/usr/sbin/nologin
news:x:9:9:news:/var/spool/news:/usr/sbin/nologin
uucp:x:10:10:uucp:/var/spool/uucp:/usr/sbin/nologin
proxy:x:13:13:proxy:/bin:/usr/sbin/nologin
www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin
backup:x:34:34:backup:/var/backups:/usr/sbin/nologin
list:x:38:38:Mailing List Manager:/var/list:/usr/sbin/nologin
irc:x:39:39:ircd:/run/ircd:/usr/sbin/nologin
_apt:x:42:65534::/nonexistent:/usr/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
systemd-network:x:998:998:systemd Network Management:/:/usr/sbin/nologin
systemd-timesync:x:997:997:systemd Time Synchronization:/:/usr/sbin/nologin
messagebus:x:100:107::/nonexistent:/usr/sbin/nologin
sshd:x:101:65534::/run/sshd:/usr/sbin/nologin
postgres:x:102:110:PostgreSQL administrator,,,:/var/lib/postgresql:/bin/bash
mysql:x:103:111:MySQL Server,,,:/nonexistent:/bin/false
student:x:1000:1000:Student,,,:/home/student:/bin/bash
airflow:x:1001:1001:Apache Airflow,,,:/home/airflow:/bin/bash
kafka:x:1002:1002:Apache Kafka,,,:/opt/kafka:/bin/bash
alice:x:1003:1003:Alice Analyst,,,:/home/alice:/bin/bash
bob:x:1004:1004:Bob Builder,,,:/home/bob:/bin/bash
carol:x:1005:1005:Carol Engineer,,,:/home/carol:/bin/bash
`;

const GROUP = `root:x:0:
daemon:x:1:
bin:x:2:
sys:x:3:
adm:x:4:
tty:x:5:
disk:x:6:
lp:x:7:
mail:x:8:
news:x:9:
uucp:x:10:
man:x:12:
proxy:x:13:
kmem:x:15:
dialout:x:20:
cdrom:x:24:student
floppy:x:25:student
sudo:x:27:student
audio:x:29:student
www-data:x:33:
backup:x:34:
operator:x:37:
list:x:38:
irc:x:39:
src:x:40:
video:x:44:student
plugdev:x:46:student
staff:x:50:
games:x:60:
users:x:100:student
messagebus:x:107:
postgres:x:110:
mysql:x:111:
systemd-timesync:x:997:
systemd-network:x:998:
nogroup:x:65534:
student:x:1000:
airflow:x:1001:
kafka:x:1002:
alice:x:1003:
bob:x:1004:
carol:x:1005:
`;

const BASHRC = `# ~/.bashrc: executed by bash(1) for non-login shells.
# (Debian's default, shortened.)

# If not running interactively, don't do anything
case $- in
    *i*) ;;
      *) return;;
esac

# don't put duplicate lines or lines starting with space in the history.
HISTCONTROL=ignoreboth
HISTSIZE=1000
HISTFILESIZE=2000

# check the window size after each command and update LINES and COLUMNS.
shopt -s checkwinsize

PS1='\${debian_chroot:+($debian_chroot)}\\u@\\h:\\w\\$ '

# enable color support of ls and also add handy aliases
alias ls='ls --color=auto'
alias grep='grep --color=auto'

# some more ls aliases
alias ll='ls -alF'
alias la='ls -A'
alias l='ls -CF'
`;

const PROFILE = `# ~/.profile: executed by the command interpreter for login shells.

# if running bash
if [ -n "$BASH_VERSION" ]; then
    # include .bashrc if it exists
    if [ -f "$HOME/.bashrc" ]; then
	. "$HOME/.bashrc"
    fi
fi

# set PATH so it includes user's private bin if it exists
if [ -d "$HOME/bin" ] ; then
    PATH="$HOME/bin:$PATH"
fi
`;

export function buildBaseSystem(fs: FileSystem, commands: CommandRegistry): void {
  const dir = (path: string, mode = 0o755, owner: { uid: number; gid: number } = ROOT): DirInode => {
    const created = fs.mkdir(ROOT, '/', path, mode);
    created.uid = owner.uid;
    created.gid = owner.gid;
    return created;
  };
  const file = (path: string, content: string, mode = 0o644, owner: { uid: number; gid: number } = ROOT): void => {
    const inode = fs.createFile(ROOT, '/', path, mode);
    fs.setContent(inode, new TextEncoder().encode(content));
    inode.uid = owner.uid;
    inode.gid = owner.gid;
  };
  for (const path of ['/usr', '/usr/bin', '/usr/sbin', '/usr/lib', '/usr/lib/pipeline-playground', '/usr/local', '/usr/local/bin', '/usr/share', '/usr/games']) dir(path);
  fs.symlink(ROOT, '/', 'usr/bin', '/bin');
  fs.symlink(ROOT, '/', 'usr/sbin', '/sbin');
  fs.symlink(ROOT, '/', 'usr/lib', '/lib');
  for (const path of ['/etc', '/home', '/opt', '/srv', '/mnt', '/media', '/run', '/proc', '/var', '/var/log', '/var/lib', '/var/spool', '/var/cache', '/var/backups']) dir(path);
  dir('/root', 0o700);
  dir('/tmp', 0o1777);
  dir('/var/tmp', 0o1777);
  dir('/var/mail', 0o2775, { uid: 0, gid: 8 });
  dir('/dev');
  fs.mknodDevice(fs.lookupDir(ROOT, '/', '/dev'), 'null', 'null', 0o666);
  fs.mknodDevice(fs.lookupDir(ROOT, '/', '/dev'), 'zero', 'zero', 0o666);
  fs.mknodDevice(fs.lookupDir(ROOT, '/', '/dev'), 'full', 'full', 0o666);
  fs.mknodDevice(fs.lookupDir(ROOT, '/', '/dev'), 'random', 'random', 0o666);
  fs.mknodDevice(fs.lookupDir(ROOT, '/', '/dev'), 'urandom', 'urandom', 0o666);
  fs.mknodDevice(fs.lookupDir(ROOT, '/', '/dev'), 'tty', 'tty', 0o666);
  fs.symlink(ROOT, '/', '/proc/self/fd', '/dev/fd');
  fs.symlink(ROOT, '/', '/proc/self/fd/0', '/dev/stdin');
  fs.symlink(ROOT, '/', '/proc/self/fd/1', '/dev/stdout');
  fs.symlink(ROOT, '/', '/proc/self/fd/2', '/dev/stderr');

  file('/etc/passwd', PASSWD);
  file('/etc/group', GROUP);
  file('/etc/hostname', `${HOSTNAME}\n`);
  file('/etc/hosts', `127.0.0.1\tlocalhost\n127.0.1.1\t${HOSTNAME}\n\n::1\tlocalhost ip6-localhost ip6-loopback\n`);
  file('/etc/shells', '# /etc/shells: valid login shells\n/bin/sh\n/usr/bin/sh\n/bin/bash\n/usr/bin/bash\n');
  file('/etc/os-release', 'PRETTY_NAME="Pipeline Playground (Debian GNU/Linux 12 compatible)"\nNAME="Pipeline Playground"\nVERSION_ID="12"\nID=debian\nHOME_URL="https://github.com/"\n');
  file('/etc/profile', 'if [ "$(id -u)" -eq 0 ]; then\n  PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"\nelse\n  PATH="/usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games"\nfi\nexport PATH\n');
  file('/etc/bash.bashrc', '# System-wide .bashrc file for interactive bash(1) shells.\n');

  for (const name of commands.names()) file(`/usr/bin/${name}`, nativeProgram(name), 0o755);

  const student = { uid: STUDENT.uid, gid: STUDENT.gid };
  dir('/home/student', 0o755, student);
  file('/home/student/.bashrc', BASHRC, 0o644, student);
  file('/home/student/.profile', PROFILE, 0o644, student);
  file('/home/student/.bash_logout', '# ~/.bash_logout: executed by bash(1) when login shell exits.\n', 0o644, student);
}

/** The environment of the student's terminal session. */
export function studentEnvironment(): Map<string, string> {
  return new Map([
    ['HOME', '/home/student'],
    ['USER', 'student'],
    ['LOGNAME', 'student'],
    ['SHELL', '/bin/bash'],
    ['PATH', '/home/student/bin:/usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games'],
    ['TERM', 'xterm-256color'],
    ['LANG', 'C.UTF-8'],
    ['MAIL', '/var/mail/student'],
    ['PWD', '/home/student'],
  ]);
}
