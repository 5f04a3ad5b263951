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
  setting: `directory.group.objectFilter, and in ${OKTA_INTEGRATION_SETTINGS} > Group object filter`,
  fixWhenEmpty: (c) =>
    `Check directory.group.objectClass (${c.settings.group.objectClass}) and directory.group.objectFilter (Group object class and Group object filter in ${OKTA_INTEGRATION_SETTINGS}), and that the groups are visible to the bind DN.`,
});
