// The `--version` text of the GNU coreutils and util-linux programs in this group, as 9.1 and
// 2.38.1 print it.

/** coreutils' version_etc(): program, copyright, licence, then "Written by ...". */
export function coreutilsVersion(name: string, writtenBy: string): string {
  return `${name} (GNU coreutils) 9.1
Copyright (C) 2022 Free Software Foundation, Inc.
License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.
This is free software: you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.

${writtenBy}
`;
}

/** util-linux's one-line version banner. */
export function utilLinuxVersion(name: string): string {
  return `${name} from util-linux 2.38.1\n`;
}
