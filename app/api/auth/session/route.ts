import { withSession } from '@/lib/session/with-session';

// GET /api/auth/session — who is logged in, with the tags that shape the UI
export const GET = withSession({}, async ({ session }) => ({ username: session.username, tags: session.tags }));
