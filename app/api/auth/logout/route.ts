import { endSession } from '@/lib/session/session';
import { withoutSession } from '@/lib/session/with-session';

// POST /api/auth/logout — end the session (idempotent: works with an expired one too)
export const POST = withoutSession({}, async () => {
  await endSession();
  return undefined;
});
