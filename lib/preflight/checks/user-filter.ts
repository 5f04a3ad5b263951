import { objectFilterCheck } from './filter-check';

/** PF-USER-FILTER: the user object filter finds users under the user search base. */
export const userFilterCheck = objectFilterCheck('user', {
  id: 'PF-USER-FILTER',
  title: 'User filter finds users',
  requires: ['PF-BASE-USERS'],
});
