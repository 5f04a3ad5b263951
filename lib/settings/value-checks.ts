/**
 * Checks of parsed JSON values, each naming the value's path and what it got: the settings-file
 * reader and the manifest reader share them, so a bad field reads the same wherever it is found.
 * Every failure is an `InputError` (the CLI prints the message and exits 2).
 */
import { InputError } from '../errors';

/**
 * A plain object (not null, not an array): the one test of "is this parsed JSON value an object" for
 * every reader of JSON input (settings, manifest, plan, adoption file, Okta API answers).
 */
export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** How a received value is shown in a message: `string "x"`, `an array of 2`, `nothing (missing)`. */
export function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return `an array of ${v.length}`;
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? `${v.slice(0, 60)}…` : v);
  if (typeof v === 'object') return 'an object';
  if (v === undefined) return 'nothing (missing)';
  if (typeof v === 'number' || typeof v === 'boolean') return `${typeof v} ${String(v)}`;
  return typeof v;
}

/** `v` as an object, or an InputError naming `path`. */
export function object(v: unknown, path: string): Record<string, unknown> {
  if (!isObject(v)) throw new InputError(`${path} must be an object, got ${describe(v)}`);
  return v;
}

/** `v` as an array, or an InputError naming `path`. */
export function array(v: unknown, path: string): unknown[] {
  if (!Array.isArray(v)) throw new InputError(`${path} must be an array, got ${describe(v)}`);
  return v;
}

/** `v` as a string (non-empty unless `nonEmpty` is false), or an InputError naming `path`. */
export function str(v: unknown, path: string, nonEmpty = true): string {
  if (typeof v !== 'string' || (nonEmpty && v.trim() === '')) {
    throw new InputError(`${path} must be a ${nonEmpty ? 'non-empty ' : ''}string, got ${describe(v)}`);
  }
  return v;
}

/** `v` as a boolean, or an InputError naming `path`. */
export function bool(v: unknown, path: string): boolean {
  if (typeof v !== 'boolean') throw new InputError(`${path} must be true or false, got ${describe(v)}`);
  return v;
}

/** `v` as a TCP port (1 to 65535), or an InputError naming `path`. */
export function port(v: unknown, path: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > 65535) {
    throw new InputError(`${path} must be an integer from 1 to 65535, got ${describe(v)}`);
  }
  return v;
}

/** `v` as an LDAP attribute or class name, or an InputError naming `path`. */
export function attribute(v: unknown, path: string): string {
  const s = str(v, path);
  if (!/^[A-Za-z][A-Za-z0-9-]*(;[A-Za-z0-9-]+)*$|^[0-9]+(\.[0-9]+)+$/.test(s)) {
    throw new InputError(
      `${path} must be an LDAP attribute or class name (letters, digits, '-'), got ${describe(v)}`,
    );
  }
  return s;
}

/** `v` as one of `allowed`, or an InputError naming `path` and listing them. */
export function oneOf(v: unknown, path: string, allowed: readonly string[]): string {
  if (typeof v !== 'string' || !allowed.includes(v)) {
    throw new InputError(`${path} must be one of ${allowed.join(', ')}; got ${describe(v)}`);
  }
  return v;
}

/** Runs `check` when `v` is set. */
export function optional(v: unknown, check: () => unknown): void {
  if (v !== undefined) check();
}

/** An InputError for the first key of `o` not in `keys` (with a did-you-mean for a case slip). */
export function knownKeys(o: Record<string, unknown>, path: string, keys: readonly string[]): void {
  for (const key of Object.keys(o)) {
    if (!keys.includes(key)) {
      const near = keys.find((k) => k.toLowerCase() === key.toLowerCase());
      const shown = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
      throw new InputError(
        `${path}.${shown} is not a known setting${near ? ` (did you mean ${path}.${near}?)` : ''}; known: ${keys.join(', ')}`,
      );
    }
  }
}
