// mkdir: expected outputs recorded from GNU coreutils 9.1 with LC_ALL=C.UTF-8 (the command is in
// each comment).
import { describe, expect, test } from 'vitest';
import { sh } from '../../support/world.ts';

describe('mkdir', () => {
  test('--help', async () => {
    // $ mkdir --help
    expect(await sh('mkdir --help')).toEqual({
      stdout: `Usage: mkdir [OPTION]... DIRECTORY...
Create the DIRECTORY(ies), if they do not already exist.

Mandatory arguments to long options are mandatory for short options too.
  -m, --mode=MODE   set file mode (as in chmod), not a=rwx - umask
  -p, --parents     no error if existing, make parent directories as needed,
                    with their file modes unaffected by any -m option.
  -v, --verbose     print a message for each created directory
  -Z                   set SELinux security context of each created directory
                         to the default type
      --context[=CTX]  like -Z, or if CTX is specified then set the SELinux
                         or SMACK security context to CTX
      --help        display this help and exit
      --version     output version information and exit

GNU coreutils online help: <https://www.gnu.org/software/coreutils/>
Report any translation bugs to <https://translationproject.org/team/>
Full documentation <https://www.gnu.org/software/coreutils/mkdir>
or available locally via: info '(coreutils) mkdir invocation'
`,
      stderr: '',
      status: 0,
    });
  });

  test('-p, -v, -m', async () => {
    // $ mkdir -pv a/b/c; mkdir a; echo $?; mkdir -m 700 m; stat -c %A m
    expect(await sh("mkdir -pv a/b/c; mkdir a; echo $?; mkdir -m 700 m; stat -c %A m")).toEqual({ stdout: "mkdir: created directory 'a'\nmkdir: created directory 'a/b'\nmkdir: created directory 'a/b/c'\n1\ndrwx------\n", stderr: "mkdir: cannot create directory ‘a’: File exists\n", status: 0 });
  });

  test('-Z and --context: security contexts are not simulated', async () => {
    // The real mkdir creates the directory and warns "ignoring --context; it requires an
    // SELinux/SMACK-enabled kernel"; the playground says it does not have them rather than pretend.
    expect(await sh('mkdir -Z d; echo $?; mkdir --context=user_u:object_r:tmp_t d; echo $?; mkdir -pZ d; echo $?; ls -d d')).toEqual({
      stdout: '2\n2\n2\n',
      stderr:
        'mkdir: -Z: not supported in this playground\n' +
        'mkdir: --context: not supported in this playground\n' +
        'mkdir: -Z: not supported in this playground\n' +
        "ls: cannot access 'd': No such file or directory\n",
      status: 2,
    });
  });
});
