// The lines GNU packages print at the end of every `--help`: where to find documentation and report
// bugs. Each command's help text stops before them; printHelp (context.ts) adds the right ones.

const COREUTILS = new Set(
  ('base64 basename cat chmod comm cp cut date df dirname du echo env expand false fold head id join ln ls md5sum mkdir mv nl od ' +
    'paste printenv printf pwd readlink realpath rm rmdir seq sha1sum sha256sum sleep sort split stat tac tail tee touch tr true ' +
    'uname uniq wc whoami yes').split(' '),
);
const FINDUTILS = new Set(['find', 'xargs']);

export function helpTrailer(name: string): string {
  if (COREUTILS.has(name)) {
    const node = name === 'sha256sum' ? 'sha2 utilities' : `${name} invocation`;
    return `GNU coreutils online help: <https://www.gnu.org/software/coreutils/>
Report any translation bugs to <https://translationproject.org/team/>
Full documentation <https://www.gnu.org/software/coreutils/${name}>
or available locally via: info '(coreutils) ${node}'
`;
  }
  if (FINDUTILS.has(name)) {
    return `Please see also the documentation at https://www.gnu.org/software/findutils/.
You can report (and track progress on fixing) bugs in the "${name}"
program via the GNU findutils bug-reporting page at
https://savannah.gnu.org/bugs/?group=findutils or, if
you have no web access, by sending email to <bug-findutils@gnu.org>.
`;
  }
  if (name === 'diff') {
    return `Report bugs to: bug-diffutils@gnu.org
GNU diffutils home page: <https://www.gnu.org/software/diffutils/>
General help using GNU software: <https://www.gnu.org/gethelp/>
`;
  }
  return '';
}

/**
 * A command's help text followed by its package's trailer, after a blank line (GNU prints "\n" and
 * the trailer after the usage text; texts here may already end with that blank line).
 */
export function withHelpTrailer(name: string, help: string): string {
  const trailer = helpTrailer(name);
  if (trailer === '' || help.includes(trailer.slice(0, trailer.indexOf('\n')))) return help;
  return `${help}${help.endsWith('\n\n') ? '' : '\n'}${trailer}`;
}
