/**
 * Shapes of the Okta object ids an adoption file holds. Okta ids are 20 letters and digits that
 * start with a prefix naming the object type (`00g` group, `0pr` group rule, `00p` policy; e.g.
 * `00g1emaKYZTWRYYRRTSK`, `0pr3f7zMZZHPgUoWO0g4` in Okta's management API examples). Role
 * assignment ids have no published shape (the spec's example is `IFIFAX2BIRGUSTQ`, 15
 * characters), so only their alphabet is checked: an import id joins them with `/`.
 */

/** What an adopted id names. */
export type OktaIdKind = 'group' | 'groupRule' | 'policy' | 'roleAssignment';

interface IdShape {
  readonly prefix?: string;
  readonly pattern: RegExp;
  readonly describe: string;
}

const SHAPES: Record<OktaIdKind, IdShape> = {
  group: {
    prefix: '00g',
    pattern: /^00g[A-Za-z0-9]{17}$/,
    describe: "an Okta group id: 20 letters and digits starting with '00g', e.g. '00g1emaKYZTWRYYRRTSK'",
  },
  groupRule: {
    prefix: '0pr',
    pattern: /^0pr[A-Za-z0-9]{17}$/,
    describe: "a group rule id: 20 letters and digits starting with '0pr', e.g. '0pr3f7zMZZHPgUoWO0g4'",
  },
  policy: {
    prefix: '00p',
    pattern: /^00p[A-Za-z0-9]{17}$/,
    describe: "a policy id: 20 letters and digits starting with '00p', e.g. '00p5hvf2nvC1zbs0F0g4'",
  },
  roleAssignment: {
    pattern: /^[A-Za-z0-9]{1,64}$/,
    describe: "a role assignment id: letters and digits only, e.g. 'IFIFAX2BIRGUSTQ'",
  },
};

/** True when `id` has the shape of an Okta id of `kind`. */
export function isOktaIdOfKind(id: string, kind: OktaIdKind): boolean {
  return SHAPES[kind].pattern.test(id);
}

/** What an id of `kind` looks like, for messages. */
export function describeOktaId(kind: OktaIdKind): string {
  return SHAPES[kind].describe;
}

/** The kind whose prefix `id` carries (a group id where a rule id belongs, say), if any. */
export function oktaIdKindByPrefix(id: string): OktaIdKind | undefined {
  return (Object.keys(SHAPES) as OktaIdKind[]).find((kind) => {
    const prefix = SHAPES[kind].prefix;
    return prefix !== undefined && SHAPES[kind].pattern.test(id) && id.startsWith(prefix);
  });
}
