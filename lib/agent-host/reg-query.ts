/**
 * Reads Windows registry values with `reg query`, the tool every Windows Server has. Its output (see
 * Microsoft's `reg query` documentation) is the key path on a line of its own, then one line per
 * value: four spaces, the value name, four spaces, the type (`REG_DWORD`, `REG_SZ`, …), four spaces,
 * the data (a DWORD as `0x…`). A missing key or value makes `reg` exit 1 with an `ERROR:` line.
 */

/** One registry value as `reg query` prints it. */
export interface RegistryValue {
  readonly name: string;
  /** e.g. `REG_DWORD`, `REG_SZ`. */
  readonly type: string;
  /** The data as printed (`0x1` for a DWORD). */
  readonly data: string;
}

/** One key with its values. */
export interface RegistryKey {
  /** Full key path as printed, e.g. `HKEY_LOCAL_MACHINE\SYSTEM\…\TLS 1.2\Server`. */
  readonly key: string;
  readonly values: readonly RegistryValue[];
}

/**
 * Parses the output of `reg query <key>` (with or without `/v <name>`): every key block, each with
 * its values; subkeys listed without values are kept as keys with no values. Pure; never throws.
 */
export function parseRegQuery(output: string): RegistryKey[] {
  const keys: { key: string; values: RegistryValue[] }[] = [];
  for (const line of output.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    if (/^HKEY_[A-Z_]+(\\|$)/.test(line)) {
      keys.push({ key: line.trimEnd(), values: [] });
      continue;
    }
    // Value names may contain single spaces; the separators are runs of four (reg pads with them).
    const match = /^ {4}(.*?) {4}(REG_[A-Z_0-9]+)(?: {4}(.*))?$/.exec(line.trimEnd());
    const current = keys[keys.length - 1];
    if (match && current !== undefined) {
      current.values.push({ name: match[1]!, type: match[2]!, data: match[3] ?? '' });
    }
  }
  return keys;
}

/** A DWORD's number from `reg query` data (`0x1` → 1), or undefined when it is not a DWORD. */
export function dwordValue(value: RegistryValue | undefined): number | undefined {
  if (value === undefined || value.type !== 'REG_DWORD' || !/^0x[0-9a-f]+$/i.test(value.data)) {
    return undefined;
  }
  return Number.parseInt(value.data.slice(2), 16);
}

/** The value with this name (case-insensitive, as the registry compares names) in a key. */
export function registryValue(key: RegistryKey | undefined, name: string): RegistryValue | undefined {
  return key?.values.find((v) => v.name.toLowerCase() === name.toLowerCase());
}
