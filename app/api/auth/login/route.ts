import { getWhoami, parseTags } from '@/lib/rabbitmq/overview';
import { BrokerError } from '@/lib/rabbitmq/errors';
import { loginSchema } from '@/lib/schemas/auth';
import { startSession } from '@/lib/session/session';
import { RouteError, withoutSession } from '@/lib/session/with-session';
import { canUseManagement, MANAGEMENT_TAGS } from '@/lib/tags';

// POST /api/auth/login — check the credentials against the broker (GET /api/whoami) and start a session
export const POST = withoutSession({ body: loginSchema }, async ({ body }) => {
  if (loopbackUsers().includes(body.username)) {
    throw new RouteError(
      'FORBIDDEN',
      `RabbitMQ lets "${body.username}" log in only from localhost. Warren talks to the broker from its own host, ` +
        'so it refuses this user to keep that rule: create a user of your own (set WARREN_LOOPBACK_USERS to change the list).',
    );
  }
  let tags: string[];
  try {
    tags = parseTags((await getWhoami(body)).tags);
  } catch (error) {
    if (error instanceof BrokerError && error.code === 'LOGIN_FAILED') {
      // 3.10 answers 401 "Not management user" for users without a management-capable tag.
      if (/not management user/i.test(error.message)) throw new RouteError('FORBIDDEN', noManagementTag(body.username));
      throw new RouteError('LOGIN_FAILED', loginRefusal(error.message));
    }
    throw error;
  }
  if (!canUseManagement(tags)) throw new RouteError('FORBIDDEN', noManagementTag(body.username));
  await startSession({ username: body.username, password: body.password, tags });
  return { username: body.username, tags };
});

/**
 * Users the broker restricts to loopback (its `loopback_users`, guest by default). Warren's own
 * connection to the broker comes from loopback, so without this check anyone who can reach
 * Warren could log in as guest/guest.
 */
function loopbackUsers(): string[] {
  const value = process.env.WARREN_LOOPBACK_USERS ?? 'guest';
  return value.split(',').map((name) => name.trim()).filter(Boolean);
}

function loginRefusal(reason: string): string {
  if (/login failed|not_authori[sz]ed/i.test(reason)) return 'Login failed: wrong username or password.';
  return `RabbitMQ refused the login: ${reason}`;
}

function noManagementTag(username: string): string {
  return (
    `User "${username}" has no management tag (${MANAGEMENT_TAGS.join(', ')}), so RabbitMQ does not let it use ` +
    'the management API. An administrator can add a tag under Admin → Users.'
  );
}
