// The users and vhosts the test harness creates on its own broker, one per tag the UI must
// handle. Shared by scripts/test.mjs (which creates them) and the tests (which log in as them).
export const TEST_VHOSTS = ['/', 'team-a', 'team-b'];

export const TEST_USERS = {
  admin: { username: 'warren-admin', password: 'admin-secret-1', tags: ['administrator'], vhosts: ['/', 'team-a', 'team-b'] },
  monitoring: { username: 'warren-monitor', password: 'monitor-secret-1', tags: ['monitoring'], vhosts: ['/', 'team-a', 'team-b'] },
  policymaker: { username: 'warren-policy', password: 'policy-secret-1', tags: ['policymaker'], vhosts: ['/', 'team-a'] },
  management: { username: 'warren-team-a', password: 'team-a-secret-1', tags: ['management'], vhosts: ['team-a'] },
  none: { username: 'warren-notag', password: 'notag-secret-1', tags: [], vhosts: ['/'] },
};
