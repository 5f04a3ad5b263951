import { objectFilterCheck } from './filter-check';

/** PF-GROUP-FILTER: the group object filter finds groups under the group search base (never reads `member`). */
export const groupFilterCheck = objectFilterCheck('group', {
  id: 'PF-GROUP-FILTER',
  title: 'Group filter finds groups',
  requires: ['PF-BASE-GROUPS'],
});
