import { expect, test as setup } from '@playwright/test';
import { authFile, TEST_USERS, type Role } from './env';

// Logs each management-capable test user in once; specs reuse the session cookie.
for (const role of ['admin', 'monitoring', 'policymaker', 'management'] as Role[]) {
  setup(`log in as ${role}`, async ({ request }) => {
    const user = TEST_USERS[role];
    const response = await request.post('/api/auth/login', { data: { username: user.username, password: user.password } });
    expect(response.status(), await response.text()).toBe(200);
    await request.storageState({ path: authFile(role) });
  });
}
