import {
  generalizedTime,
  INCREMENTAL_SLOW_EXCESS_MS,
  incrementalSearchIsSlow,
} from '../../../lib/preflight/checks/incremental-import';
import { runPreflight } from '../../../lib/preflight/run-preflight';
import { SlapdFixture, startSlapd } from '../../support/slapd-fixture';
import { finding } from '../preflight-test-helpers';
import { integrationModel } from '../../../lib/model/integration-model';

let dir: SlapdFixture;
let hidden: SlapdFixture;

beforeAll(async () => {
  [dir, hidden] = await Promise.all([startSlapd(), startSlapd({ hiddenAttributes: ['modifyTimestamp'] })]);
});
afterAll(async () => {
  await Promise.all([dir?.stop(), hidden?.stop()]);
});

const FILTER = /^\(&\(objectclass=inetorgperson\)\(modifyTimestamp>=\d{14}Z\)\)$/;

describe('PF-INCREMENTAL on the real slapd', () => {
  test('passes: modifyTimestamp on every sampled user, and the search for users changed in the last day finds one', async () => {
    const report = await runPreflight(integrationModel({ settings: dir.settings() }), {
      bindPassword: dir.bindPassword,
      ca: dir.caPem,
    });
    const f = finding(report, 'PF-INCREMENTAL');
    expect(f.status).toBe('pass');
    expect(f.message).toMatch(
      /^modifyTimestamp readable on 5 of 5 sampled users; the incremental-import search \(users changed since \d{14}Z, size limit 1\) answered in [\d.]+ ms, the plain user-filter search [\d.]+ ms$/,
    );
    expect(f.evidence).toMatchObject({
      matched: 1,
      sampledUsers: 5,
      modifyTimestampOnSampledUsers: 5,
      search: { base: dir.usersDn, sizeLimit: 1 },
    });
    expect((f.evidence.search as { filter: string }).filter).toMatch(FILTER);
    expect(typeof f.evidence.searchMs).toBe('number');
    expect(typeof f.evidence.userFilterSearchMs).toBe('number');
  });

  test('a recent time after every change: the search matches nothing and still answers', async () => {
    const now = new Date(Date.now() + 3 * 24 * 3600 * 1000);
    const report = await runPreflight(integrationModel({ settings: dir.settings() }), {
      bindPassword: dir.bindPassword,
      ca: dir.caPem,
      now,
    });
    const f = finding(report, 'PF-INCREMENTAL');
    expect(f.status).toBe('pass');
    expect(f.evidence.matched).toBe(0);
    const since = generalizedTime(new Date(now.getTime() - 24 * 3600 * 1000));
    expect((f.evidence.search as { filter: string }).filter).toBe(
      `(&(objectclass=inetorgperson)(modifyTimestamp>=${since}))`,
    );
  });

  test('warns (and the run stays ok) when the bind DN cannot read modifyTimestamp', async () => {
    const report = await runPreflight(integrationModel({ settings: hidden.settings() }), {
      bindPassword: hidden.bindPassword,
      ca: hidden.caPem,
    });
    const f = finding(report, 'PF-INCREMENTAL');
    expect(f.status).toBe('warn');
    expect(f.message).toBe(
      'modifyTimestamp is on none of the 5 sampled users: incremental imports cannot tell which users changed (full imports still work)',
    );
    expect(f.fix).toContain('operational attribute modifyTimestamp');
    expect(f.evidence).toMatchObject({ matched: 0, modifyTimestampOnSampledUsers: 0 });
    expect(report.ok).toBe(true);
  });
});

describe('incrementalSearchIsSlow', () => {
  test.each([
    [5, 3, false],
    [INCREMENTAL_SLOW_EXCESS_MS + 2.9, 3, false],
    [INCREMENTAL_SLOW_EXCESS_MS + 3, 3, true],
    [900, 40, true],
    [INCREMENTAL_SLOW_EXCESS_MS - 1, undefined, false],
    [INCREMENTAL_SLOW_EXCESS_MS, undefined, true],
  ])('search %p ms, user-filter search %p ms -> slow %p', (searchMs, baseline, slow) => {
    expect(incrementalSearchIsSlow(searchMs, baseline)).toBe(slow);
  });
});

test('generalizedTime writes RFC 4517 GeneralizedTime in UTC, whole seconds', () => {
  expect(generalizedTime(new Date('2026-12-01T15:04:05.678Z'))).toBe('20261201150405Z');
});
