import { InputError } from '../errors';
import type { CliIo } from './cli-io';

/** `cdktf-okta-ldap preflight` — not built yet (placeholder owned by the preflight work). */
export async function preflightCommand(_argv: string[], _io: CliIo): Promise<number> {
  throw new InputError('preflight is not implemented yet');
}
