import { InputError } from '../errors';
import type { CliIo } from './cli-io';

/** `cdktf-okta-ldap diff` — not built yet (placeholder owned by the diff work). */
export async function diffCommand(_argv: string[], _io: CliIo): Promise<number> {
  throw new InputError('diff is not implemented yet');
}
