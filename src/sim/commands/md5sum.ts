// md5sum: MD5 digests of files, printed or checked (the shared logic is in digest-command.ts).

import { digestCommand } from './digest-command.ts';
import { Md5 } from './digest-md5.ts';

export const md5sum = digestCommand({
  name: 'md5sum',
  tag: 'MD5',
  bits: 128,
  standard: 'RFC 1321',
  create: () => new Md5(),
});
