import path from 'node:path';
import type { Role } from '../../tests/support/broker';

export { testBroker, TEST_USERS, type Role, type TestUser } from '../../tests/support/broker';

/** Where the setup project stores each role's logged-in session (cookie) for the specs. */
export const authFile = (role: Role) => path.resolve('.data/test/auth', `${role}.json`);
