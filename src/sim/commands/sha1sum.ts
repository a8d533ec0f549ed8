// sha1sum: SHA1 digests of files, printed or checked (the shared logic is in digest-command.ts).

import { digestCommand } from './digest-command.ts';
import { Sha1 } from './digest-sha1.ts';

export const sha1sum = digestCommand({
  name: 'sha1sum',
  tag: 'SHA1',
  bits: 160,
  standard: 'FIPS-180-1',
  create: () => new Sha1(),
});
