// sha256sum: SHA256 digests of files, printed or checked (the shared logic is in digest-command.ts).

import { digestCommand } from './digest-command.ts';
import { Sha256 } from './digest-sha256.ts';

export const sha256sum = digestCommand({
  name: 'sha256sum',
  tag: 'SHA256',
  bits: 256,
  standard: 'FIPS-180-2',
  create: () => new Sha256(),
});
