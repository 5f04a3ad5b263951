import { OKTA_INTEGRATION_SETTINGS } from '../fault-outcome';
import { filterCheck } from './filter-check';

/** PF-GROUP-FILTER: the group object filter finds groups under the group search base (never reads `member`). */
export const groupFilterCheck = filterCheck({
  id: 'PF-GROUP-FILTER',
  title: 'Group filter finds groups',
  requires: ['PF-BASE-GROUPS'],
  label: 'group filter',
  noun: 'group',
  base: (c) => c.settings.group.searchBase,
  filter: (c) => c.settings.group.objectFilter,
  setting: `${OKTA_INTEGRATION_SETTINGS} > Group object class / Group object filter`,
  fixWhenEmpty: (c) =>
    `Check Group object class (${c.settings.group.objectClass}) and Group object filter in ${OKTA_INTEGRATION_SETTINGS}, and that the groups are visible to the bind DN.`,
});
