// Path joining as GNU's file utilities print it: fts-style children ("d" + "e" → "d/e", "d/" → "d/e")
// and the destination of a copy or move into a directory ("dir/base").

import { basename } from '../fs/path.ts';

/** The path of `name` inside `parent`, as fts builds it (one trailing slash of the parent reused). */
export function childPath(parent: string, name: string): string {
  return parent.endsWith('/') ? parent + name : `${parent}/${name}`;
}

/** Where SOURCE goes in DIRECTORY: "dir/" + the source's last component. */
export function intoDirectory(directory: string, source: string): string {
  return childPath(directory, basename(source));
}
