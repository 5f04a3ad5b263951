import { OKTA_INTEGRATION_SETTINGS } from '../fault-outcome';
import { filterCheck } from './filter-check';

/** PF-USER-FILTER: the user object filter finds users under the user search base. */
export const userFilterCheck = filterCheck({
  id: 'PF-USER-FILTER',
  title: 'User filter finds users',
  requires: ['PF-BASE-USERS'],
  label: 'user filter',
  noun: 'user',
  base: (c) => c.settings.user.searchBase,
  filter: (c) => c.settings.user.objectFilter,
  setting: `directory.user.objectFilter, and in ${OKTA_INTEGRATION_SETTINGS} > User object filter`,
  fixWhenEmpty: (c) =>
    `Check directory.user.objectClass (${c.settings.user.objectClass}) and directory.user.objectFilter (User object class and User object filter in ${OKTA_INTEGRATION_SETTINGS}), and that the users are visible to the bind DN.`,
});
