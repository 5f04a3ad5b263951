import { InputError } from '../errors';
import type { CliIo } from './cli-io';

/** `cdktf-okta-ldap report` — not built yet (placeholder owned by the report work). */
export async function reportCommand(_argv: string[], _io: CliIo): Promise<number> {
  throw new InputError('report is not implemented yet');
}
