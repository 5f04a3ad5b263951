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
  setting: `${OKTA_INTEGRATION_SETTINGS} > User object class / User object filter`,
  fixWhenEmpty: (c) =>
    `Check User object class (${c.settings.user.objectClass}) and User object filter in ${OKTA_INTEGRATION_SETTINGS}, and that the users are visible to the bind DN.`,
});
