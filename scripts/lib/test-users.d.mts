export interface TestUser {
  username: string;
  password: string;
  tags: string[];
  vhosts: string[];
}
export const TEST_VHOSTS: string[];
export const TEST_USERS: Record<'admin' | 'monitoring' | 'policymaker' | 'management' | 'none', TestUser>;
