import path from 'node:path';
import { TEST_USERS, type TestUser } from '../../scripts/lib/test-users.mjs';

export { TEST_USERS };
export type Role = keyof typeof TEST_USERS;
export type { TestUser };

/** The test broker started by scripts/test.mjs (see its env contract). */
export const testBroker = {
  managementUrl: process.env.WARREN_TEST_MGMT_URL ?? 'http://127.0.0.1:15690',
  amqpUrl: process.env.WARREN_TEST_AMQP_URL ?? 'amqp://127.0.0.1:5690',
  name: process.env.WARREN_TEST_BROKER_NAME ?? 'warren-test',
  dataDir: process.env.WARREN_TEST_BROKER_DATA ?? path.resolve('.data/test'),
};

export const authFile = (role: Role) => path.resolve('.data/test/auth', `${role}.json`);
